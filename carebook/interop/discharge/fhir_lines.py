"""One FHIR MedicationRequest or MedicationStatement as a line of the discharge list."""

from __future__ import annotations

from typing import Any

from carebook.core.reconciliation import DischargeLine
from carebook.core.words import translate
from carebook.interop.discharge import lines as dl
from carebook.interop.discharge.fhir_refs import Held, Index
from carebook.interop.discharge.words import amount_text, timing_text, unit_text
from carebook.interop.fhir import elements as fe

Json = dict[str, Any]

#: The units a strength is given per ("250 mg/5 mL"); per anything else (a tablet) it is not.
_PER_UNITS = ("ml", "l", "dl", "g")
#: The statuses that say the medicine is no longer taken (stopped in hospital, or done).
_NOT_TAKING = {
    "MedicationRequest": ("stopped", "completed", "cancelled"),
    "MedicationStatement": ("stopped", "completed", "not-taken"),
}


def medicine_line(held: Held, index: Index, problems: list[str]) -> DischargeLine | None:
    """The line `held` gives; None, with a problem line, for one entered in error or that
    names no medicine."""
    r = held.resource
    kind = held.type
    name, strength = _medicine(held, index)
    status = fe.text_of(r.get("status"))
    if status == "entered-in-error":
        problems.append(
            translate(
                "DischargeImport",
                "{where}: {medicine} is marked as entered in error, so it is left out",
            ).format(
                where=held.where,
                medicine=dl.plain(name)[:80] or translate("DischargeImport", "a medicine"),
            )
        )
        return None
    if dl.nameless(name):
        problems.append(
            translate(
                "DischargeImport", "{where}: a {kind} that does not name the medicine is left out"
            ).format(where=held.where, kind=kind)
        )
        return None
    taking = status not in _NOT_TAKING.get(kind, ()) and r.get("doNotPerform") is not True
    dosages = fe.dicts(r.get("dosageInstruction" if kind == "MedicationRequest" else "dosage"))
    dose = _dosage(dosages[0]) if dosages else _Dosage()
    later = [_said(dosage) for dosage in dosages[1:]]
    instructions = [*dose.instructions, *(f"Then: {said}" for said in later if said)]
    if not taking:
        reasons = [fe.concept_text(c) for c in fe.as_list(r.get("statusReason"))]
        reason = dl.joined(reasons)
        if reason:
            instructions.insert(0, f"Stopped: {reason}")
    indications = [fe.concept_text(c) for c in fe.as_list(r.get("reasonCode"))]
    for value in fe.as_list(r.get("reasonReference")):
        found = index.resolve(value, held)
        said = fe.concept_text(found.resource.get("code")) if found is not None else ""
        indications.append(said or fe.text_of(fe.as_dict(value).get("display")))
    return dl.line(
        name,
        held.where,
        problems,
        strength=strength,
        dose=dose.dose,
        route=dose.route,
        frequency=dose.frequency,
        as_needed=dose.as_needed,
        as_needed_reason=dose.reason,
        indication=dl.joined(indications),
        instructions=dl.joined(instructions, "\n"),
        taking=taking,
    )


def _medicine(held: Held, index: Index) -> tuple[str, str]:
    """(name, strength): the concept's words, or the referenced (or contained) Medication's
    code, else its ingredients; the strength from the Medication's ingredients."""
    r = held.resource
    name = fe.concept_text(r.get("medicationCodeableConcept"))
    if name:
        return name, ""
    reference = r.get("medicationReference")
    medication = index.resolve(reference, held)
    if medication is None or medication.type != "Medication":
        return fe.text_of(fe.as_dict(reference).get("display")), ""
    m = medication.resource
    ingredients = fe.dicts(m.get("ingredient"))
    named = [_ingredient_name(i, medication, index) for i in ingredients]
    name = (
        fe.concept_text(m.get("code"))
        or dl.joined(named, " + ")
        or fe.text_of(fe.as_dict(reference).get("display"))
    )
    strengths = [_ratio(i.get("strength")) for i in ingredients]
    return name, dl.joined(strengths, " / ")


def _ingredient_name(ingredient: Json, medication: Held, index: Index) -> str:
    said = fe.concept_text(ingredient.get("itemCodeableConcept"))
    if said:
        return said
    found = index.resolve(ingredient.get("itemReference"), medication)
    if found is not None:
        return fe.concept_text(found.resource.get("code"))
    return fe.text_of(fe.as_dict(ingredient.get("itemReference")).get("display"))


def _ratio(value: Any) -> str:
    """A strength ("500 mg", "250 mg/5 mL", "10 mg/mL"): a Ratio's numerator, over its
    denominator when that is a volume or a weight (not when it is one tablet)."""
    ratio = fe.as_dict(value)
    top = fe.as_dict(ratio.get("numerator"))
    amount = amount_text(top.get("value"), top.get("unit") or top.get("code"))
    per = fe.as_dict(ratio.get("denominator"))
    unit = unit_text(per.get("unit") or per.get("code"))
    if not amount or unit.casefold() not in _PER_UNITS:
        return amount
    if per.get("value") in (None, 1):
        return f"{amount}/{unit}"
    return f"{amount}/{amount_text(per.get('value'), unit)}"


class _Dosage:
    """What one Dosage says, in the discharge line's terms."""

    def __init__(self) -> None:
        self.dose = ""
        self.route = ""
        self.frequency = ""
        self.as_needed = False
        self.reason = ""
        self.instructions: list[str] = []


def _dosage(dosage: Json) -> _Dosage:
    said = _Dosage()
    said.dose = _dose(dosage)
    said.route = fe.concept_text(dosage.get("route"))
    timing = dosage.get("timing")
    said.frequency = timing_text(timing)
    said.reason = fe.concept_text(dosage.get("asNeededCodeableConcept"))
    said.as_needed = dosage.get("asNeededBoolean") is True or bool(said.reason)
    times = fe.times_of_day(timing)
    if times:
        said.instructions.append(f"At {times}")
    most = fe.as_dict(dosage.get("maxDosePerPeriod"))
    if most:
        top = fe.as_dict(most.get("numerator"))
        per = fe.as_dict(most.get("denominator"))
        amount = amount_text(top.get("value"), top.get("unit") or top.get("code"))
        unit = fe.text_of(per.get("code")) or fe.text_of(per.get("unit"))
        if amount and (per.get("value"), unit) in ((1, "d"), (1, "day"), (24, "h")):
            said.instructions.append(f"At most {amount} a day")
    said.instructions.append(fe.text_of(dosage.get("patientInstruction")))
    said.instructions += [
        fe.concept_text(c) for c in fe.as_list(dosage.get("additionalInstruction"))
    ]
    if not (said.dose or said.route or said.frequency):
        said.instructions.insert(0, fe.text_of(dosage.get("text")))  # the words alone
    said.instructions = [part for part in said.instructions if part]
    return said


def _dose(dosage: Json) -> str:
    for rate in fe.dicts(dosage.get("doseAndRate")):
        quantity = fe.as_dict(rate.get("doseQuantity"))
        if quantity:
            return amount_text(quantity.get("value"), quantity.get("unit") or quantity.get("code"))
        span = fe.as_dict(rate.get("doseRange"))
        low, high = fe.as_dict(span.get("low")), fe.as_dict(span.get("high"))
        first, last = fe.decimal_text(low.get("value")), fe.decimal_text(high.get("value"))
        unit = unit_text(low.get("unit") or high.get("unit") or low.get("code"), "2")
        if first and last:
            return f"{first}-{last} {unit}".strip()
    return ""


def _said(dosage: Json) -> str:
    """A later Dosage (a tapering dose) in a few words."""
    text = fe.text_of(dosage.get("text"))
    if text:
        return text
    said = _dosage(dosage)
    return " ".join(part for part in (said.dose, said.route, said.frequency) if part)
