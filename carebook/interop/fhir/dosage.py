"""A medication's dosage as FHIR: the one Dosage of its MedicationStatement, and back.

What a coordinator writes ("1-2 tablets", "twice daily", "08:00, 20:00", "at most 8 tablets a
day") is structured as far as its words allow (doseAndRate, timing, maxDosePerPeriod); the
words themselves stay in the Dosage's text and the timing's code.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from carebook.core.records import Medication
from carebook.interop.fhir import elements as fe
from carebook.interop.fhir import values as fv

Json = dict[str, Any]


# A number ("2", "0.5", "2,5", "½", "1½"), a range ("1-2", "1 to 2"), then a unit of words.
_NUMBER = r"(\d+(?:[.,]\d+)?[¼½¾⅓⅔⅛]?|[¼½¾⅓⅔⅛])"
_AMOUNT = re.compile(rf"{_NUMBER}(?:\s*(?:-|–|to)\s*{_NUMBER})?\s*([^\W\d_][\w/%.µ ]*)?")
_UCUM_UNITS = {
    "mg": "mg",
    "g": "g",
    "mcg": "ug",
    "microgram": "ug",
    "micrograms": "ug",
    "ml": "mL",
    "l": "L",
    "%": "%",
}


def _number(text: str) -> float:
    fraction = text[-1] if not text[-1].isdigit() else ""
    whole = text[:-1] if fraction else text
    value = float(whole.replace(",", ".")) if whole else 0.0
    return round(value + (unicodedata.numeric(fraction) if fraction else 0.0), 4)


def _decimal(value: float) -> int | float:
    return int(value) if value.is_integer() else value


def _quantity(value: float, unit: str) -> Json:
    quantity: Json = {"value": _decimal(value)}
    if unit:
        quantity["unit"] = unit
        code = _UCUM_UNITS.get(unit.casefold())
        if code:
            quantity.update(system=fv.UCUM, code=code)
    return quantity


def _amount(text: str) -> tuple[float, float | None, str] | None:
    """ "2 tablets" -> (2, None, "tablets"), "1-2 puffs" -> (1, 2, "puffs"); None unless the whole
    text is such an amount of something positive."""
    match = _AMOUNT.fullmatch(text.strip())
    if not match:
        return None
    low = _number(match.group(1))
    high = _number(match.group(2)) if match.group(2) else None
    if low <= 0 or (high is not None and high < low):
        return None
    return low, high, (match.group(3) or "").strip()


_CLOCK = re.compile(r"([01]?\d|2[0-3])[:.]([0-5]\d)")


def _times_of_day(text: str) -> list[str] | None:
    """ "08:00, 20:00" -> ["08:00:00", "20:00:00"]; None unless it is only such times."""
    parts = [part.strip() for part in re.split(r",|;|\band\b", text) if part.strip()]
    times = []
    for part in parts:
        match = _CLOCK.fullmatch(part)
        if not match:
            return None
        times.append(f"{int(match.group(1)):02d}:{match.group(2)}:00")
    return sorted(set(times)) or None


_COUNTS = {"once": 1, "one": 1, "twice": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_UNITS = {
    "day": "d",
    "daily": "d",
    "week": "wk",
    "weekly": "wk",
    "month": "mo",
    "monthly": "mo",
    "hour": "h",
    "hours": "h",
    "days": "d",
    "weeks": "wk",
}
_WEEKDAYS = {
    "monday": "mon",
    "tuesday": "tue",
    "wednesday": "wed",
    "thursday": "thu",
    "friday": "fri",
    "saturday": "sat",
    "sunday": "sun",
}
_TIMES = (
    r"(?P<count>once|twice|(?:\d+|one|two|three|four|five|six) times?)\s+"
    r"(?:(?:a|per|each|every)\s+)?(?P<unit>daily|day|weekly|week|monthly|month)"
)
_EVERY = r"every\s+(?P<every>\d+)\s+(?P<units>hours|days|weeks)"
_BARE = r"(?P<bare>daily|weekly|monthly)"
_ON_DAYS = r"(?:\s*\((?P<days>[a-z, ]+)\)|\s+on\s+(?P<days_on>[a-z, ]+?))?"
_FREQUENCY = re.compile(rf"(?:{_TIMES}|{_EVERY}|{_BARE}){_ON_DAYS}")
_WHEN = {
    "at night": "NIGHT",
    "at bedtime": "HS",
    "in the morning": "MORN",
    "every morning": "MORN",
    "in the evening": "EVE",
    "every evening": "EVE",
}


def _repeat(frequency: str) -> Json | None:
    """The Timing.repeat a written frequency means, when it is one of the common phrasings."""
    text = " ".join(frequency.casefold().split())
    if text in _WHEN:
        return {"when": [_WHEN[text]]}
    match = _FREQUENCY.fullmatch(text)
    if not match:
        return None
    if match.group("every"):
        repeat: Json = {
            "frequency": 1,
            "period": int(match.group("every")),
            "periodUnit": _UNITS[match.group("units")],
        }
    elif match.group("bare"):
        repeat = {"frequency": 1, "period": 1, "periodUnit": _UNITS[match.group("bare")]}
    else:
        count = match.group("count").split()[0]
        times = int(count) if count.isdigit() else _COUNTS[count]
        repeat = {"frequency": times, "period": 1, "periodUnit": _UNITS[match.group("unit")]}
    days = match.group("days") or match.group("days_on")
    if days:
        names = [
            _WEEKDAYS.get(day.strip().removesuffix("s")) for day in re.split(r",|\band\b", days)
        ]
        if not all(names):
            return None
        repeat["dayOfWeek"] = names
    return repeat


def dosage_of(medication: Medication) -> Json:
    """The one Dosage of a MedicationStatement, structured as far as the text allows."""
    sig = [medication.dose, medication.route, medication.frequency]
    times = _times_of_day(medication.times_of_day) if medication.times_of_day.strip() else None
    if medication.times_of_day.strip():
        sig.append(f"at {medication.times_of_day.strip()}")
    clauses = [" ".join(" ".join(part.split()) for part in sig if part.strip())]
    if medication.as_needed:
        reason = medication.as_needed_reason.strip()
        clauses.append(f"as needed for {reason}" if reason else "as needed")
    if medication.max_per_day.strip():
        clauses.append(f"at most {medication.max_per_day.strip()} a day")
    dosage: Json = {
        "text": "; ".join(clause for clause in clauses if clause),
        "patientInstruction": medication.instructions.strip(),
    }
    timing: Json = {}
    repeat = _repeat(medication.frequency) if medication.frequency.strip() else None
    if times:
        if repeat is not None and "when" in repeat:
            repeat = None  # FHIR allows times of day or periods of day, not both
        repeat = {**(repeat or {}), "timeOfDay": times}
    if repeat:
        timing["repeat"] = repeat
    written = " ".join(
        part
        for part in (
            medication.frequency.strip(),
            ""
            if times or not medication.times_of_day.strip()
            else f"at {medication.times_of_day.strip()}",
        )
        if part
    )
    if written:
        timing["code"] = fv.text(written)
    dosage["timing"] = timing
    if medication.as_needed and medication.as_needed_reason.strip():
        dosage["asNeededCodeableConcept"] = fv.text(medication.as_needed_reason.strip())
    else:
        dosage["asNeededBoolean"] = medication.as_needed
    if medication.route.strip():
        dosage["route"] = fv.text(medication.route.strip())
    dose = _amount(medication.dose)
    if dose is not None:
        low, high, unit = dose
        dosage["doseAndRate"] = [
            {"doseQuantity": _quantity(low, unit)}
            if high is None
            else {"doseRange": {"low": _quantity(low, unit), "high": _quantity(high, unit)}}
        ]
    most = _amount(medication.max_per_day)
    if most is not None and most[1] is None:
        dosage["maxDosePerPeriod"] = {
            "numerator": _quantity(most[0], most[2]),
            "denominator": {"value": 1, "unit": "day", "system": fv.UCUM, "code": "d"},
        }
    return fv.prune(dosage)


def dose_into(medication: Medication, dosage: Json) -> list[str]:
    """A Dosage's parts into the medication; what it says beyond them, as instructions."""
    rates = fe.dicts(dosage.get("doseAndRate"))
    if rates:
        rate = rates[0]
        if isinstance(rate.get("doseQuantity"), dict):
            medication.dose = fe.quantity_text(rate["doseQuantity"])
        elif isinstance(rate.get("doseRange"), dict):
            low, high = rate["doseRange"].get("low"), rate["doseRange"].get("high")
            amounts = [
                fe.decimal_text(q.get("value")) if isinstance(q, dict) else "" for q in (low, high)
            ]
            unit = next(
                (
                    fe.text_of(q.get("unit"))
                    for q in (low, high)
                    if isinstance(q, dict) and fe.text_of(q.get("unit"))
                ),
                "",
            )
            if all(amounts):
                medication.dose = f"{amounts[0]}-{amounts[1]} {unit}".strip()
    medication.route = fe.concept_text(dosage.get("route"))
    timing = dosage.get("timing")
    medication.frequency = fe.timing_words(timing)
    medication.times_of_day = fe.times_of_day(timing)
    reason = fe.concept_text(dosage.get("asNeededCodeableConcept"))
    medication.as_needed = dosage.get("asNeededBoolean") is True or bool(reason)
    medication.as_needed_reason = reason
    most = dosage.get("maxDosePerPeriod")
    if isinstance(most, dict):
        per = fe.as_dict(most.get("denominator"))
        unit = fe.text_of(per.get("code")) or fe.text_of(per.get("unit"))
        day = (per.get("value"), unit) in ((1, "d"), (1, "day"), (24, "h"))
        if day:
            medication.max_per_day = fe.quantity_text(most.get("numerator"))
    said = [fe.text_of(dosage.get("patientInstruction"))]
    said += [fe.concept_text(c) for c in fe.as_list(dosage.get("additionalInstruction"))]
    if not (
        medication.dose
        or medication.route
        or medication.frequency
        or medication.times_of_day
        or any(said)
    ):
        said.append(fe.text_of(dosage.get("text")))
    return [part for part in said if part]
