"""One C-CDA Medication Activity (a substanceAdministration) as a line of the discharge list."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from xml.etree.ElementTree import Element

from carebook.core.reconciliation import DischargeLine
from carebook.core.words import translate
from carebook.interop.discharge import ccda_xml as cx
from carebook.interop.discharge import lines as dl
from carebook.interop.discharge.words import amount_text, decimal, every, timing_text, unit_text

#: Status codes that say the medicine is no longer taken.
_NOT_TAKING = ("aborted", "cancelled", "completed")
#: The SNOMED code for "drug or medicament", which a negated entry uses to say "no medicines".
_NO_MEDICINES = ("410942007",)
_INSTRUCTION = "2.16.840.1.113883.10.20.22.4.20"
_FREE_TEXT_SIG = "2.16.840.1.113883.10.20.22.4.147"
#: The events of the day a dose is tied to (EIVL_TS), as FHIR's Timing names them.
_EVENTS = (
    "HS",
    "WAKE",
    "C",
    "CM",
    "CD",
    "CV",
    "AC",
    "ACM",
    "ACD",
    "ACV",
    "PC",
    "PCM",
    "PCD",
    "PCV",
)


def activities(entry: Element) -> Iterator[Element]:
    """The Medication Activities of an entry: its substanceAdministration, or those a
    Discharge Medication act wraps; never one inside another (a free-text sig)."""
    for element in entry:
        if element.tag == cx.V3 + "substanceAdministration":
            yield element
        else:
            yield from activities(element)


def medicine_line(
    activity: Element, narrative: cx.Narrative, where: str, problems: list[str]
) -> DischargeLine | None:
    """The line an activity gives; None for an entry that says there are no medicines, and,
    with a problem line, for one nullified or that names no medicine."""
    negated = activity.get("negationInd", "").strip() == "true"
    material = cx.child(activity, "consumable", "manufacturedProduct", "manufacturedMaterial")
    code = cx.child(material, "code")
    if negated and (cx.codes(code) & set(_NO_MEDICINES) or not cx.concept(code, narrative)):
        return None  # "no medicines": nothing to list
    name = (
        cx.concept(code, narrative)
        or cx.text_of(cx.child(material, "name"), narrative)
        or cx.text_of(cx.child(activity, "text"), narrative)
    )
    status = cx.attribute(cx.child(activity, "statusCode"), "code")
    if status == "nullified":
        problems.append(
            translate(
                "DischargeImport",
                "{where}: {medicine} is marked as entered in error, so it is left out",
            ).format(where=where, medicine=name[:80] or translate("DischargeImport", "a medicine"))
        )
        return None
    if dl.nameless(name):
        problems.append(
            translate("DischargeImport", "{where}: a medicine without a name is left out").format(
                where=where
            )
        )
        return None
    dose = _dose(cx.child(activity, "doseQuantity"))
    route = cx.concept(cx.child(activity, "routeCode"), narrative)
    frequency = timing_text({"repeat": _repeat(activity)})
    reasons = [
        cx.concept(cx.child(pre, "criterion", "value"), narrative)
        or cx.text_of(cx.child(pre, "criterion", "text"), narrative)
        for pre in cx.children(activity, "precondition")
    ]
    instructions = [*_instructions(activity, narrative)]
    if not (dose or route or frequency):
        instructions.insert(0, cx.text_of(cx.child(activity, "text"), narrative))
    return dl.line(
        name,
        where,
        problems,
        dose=dose,
        route=route,
        frequency=frequency,
        as_needed=bool(cx.children(activity, "precondition")),
        as_needed_reason=dl.joined(reasons),
        indication=dl.joined(list(_related(activity, "RSON", narrative))),
        instructions=dl.joined(instructions, "\n"),
        taking=not negated and status not in _NOT_TAKING,
    )


def _dose(quantity: Element | None) -> str:
    """A doseQuantity ("1", "40 mg"), or its range ("1-2 tablet")."""
    if quantity is None:
        return ""
    said = amount_text(decimal(quantity.get("value")), quantity.get("unit"))
    if said:
        return said
    low, high = cx.child(quantity, "low"), cx.child(quantity, "high")
    first, last = decimal(cx.attribute(low, "value")), decimal(cx.attribute(high, "value"))
    if first is None or last is None:
        return ""
    unit = unit_text(cx.attribute(low, "unit") or cx.attribute(high, "unit"), "2")
    span = f"{amount_text(first, '')}-{amount_text(last, '')}"
    return f"{span} {unit}".strip()


def _repeat(activity: Element) -> dict[str, Any]:
    """The Timing.repeat of an activity's periodic (PIVL_TS) and event (EIVL_TS) times."""
    repeat: dict[str, Any] = {}
    for time in cx.children(activity, "effectiveTime"):
        kind = cx.type_of(time)
        if kind == "PIVL_TS":
            period = cx.child(time, "period")
            value = decimal(cx.attribute(period, "value"))
            institution = cx.attribute(time, "institutionSpecified") == "true"
            found = every(value, cx.attribute(period, "unit"), institution) if value else None
            if found:
                repeat.update(found)
        elif kind == "EIVL_TS":
            event = cx.attribute(cx.child(time, "event"), "code")
            if event in _EVENTS:
                repeat.setdefault("when", []).append(event)
    return repeat


def _related(activity: Element, type_code: str, narrative: cx.Narrative) -> Iterator[str]:
    """The words of the observations related to the activity by `type_code` (RSON: why)."""
    for related in cx.children(activity, "entryRelationship"):
        if related.get("typeCode") != type_code:
            continue
        observation = cx.child(related, "observation")
        said = cx.concept(cx.child(observation, "value"), narrative) or cx.text_of(
            cx.child(observation, "text"), narrative
        )
        if said:
            yield said


def _instructions(activity: Element, narrative: cx.Narrative) -> Iterator[str]:
    """The patient's instructions (Instruction acts) and a free-text sig of the activity."""
    for related in cx.children(activity, "entryRelationship"):
        for inner in related:
            found = cx.templates(inner)
            if _INSTRUCTION in found:
                yield cx.text_of(cx.child(inner, "text"), narrative) or cx.concept(
                    cx.child(inner, "code"), narrative
                )
            elif _FREE_TEXT_SIG in found:
                yield cx.text_of(cx.child(inner, "text"), narrative)
