"""How often and how much, in the words carebook's medication list uses ("three times daily")."""

from __future__ import annotations

import re
from typing import Any

from carebook.interop.fhir import elements as fe

Json = dict[str, Any]

_COUNTS = {3: "three times", 4: "four times", 5: "five times", 6: "six times"}
_COUNTED = re.compile(r"^(\d+) times\b")
#: UCUM's units of time, as a FHIR Timing names them.
_PERIOD_UNITS = {"min": "min", "h": "h", "hr": "h", "d": "d", "wk": "wk", "mo": "mo", "a": "a"}
#: A UCUM annotation ("{tbl}", "{puff}"): the words inside the braces.
_ANNOTATION = re.compile(r"\{([^{}]*)\}")
_ANNOTATION_WORDS = {"tbl": "tablet", "tab": "tablet", "cap": "capsule", "puff": "puff"}
#: UCUM units that read better as words.
_UNIT_WORDS = {"[iu]": "units", "u": "units", "[drp]": "drops"}
#: Units counted one by one, said in the plural for any amount but one ("2 tablets").
_COUNTED_UNITS = ("tablet", "capsule", "puff", "drop", "patch", "sachet", "spray", "unit")


def timing_text(timing: Any) -> str:
    """A FHIR Timing in words ("twice daily", "three times daily", "every 8 hours")."""
    said = fe.timing_words(_tidy(timing))
    return _COUNTED.sub(lambda found: _COUNTS.get(int(found.group(1)), found.group(0)), said)


def _tidy(timing: Any) -> Any:
    """The Timing with only what a Timing can hold where its words are read from: codes as
    text in dayOfWeek and when (an object there is dropped), and a frequency and period of
    sane size (an absurd one is left unsaid)."""
    repeat = fe.as_dict(fe.as_dict(timing).get("repeat"))
    if not repeat:
        return timing
    tidy = dict(repeat)
    for key in ("dayOfWeek", "when"):
        tidy[key] = [code for code in fe.as_list(repeat.get(key)) if isinstance(code, str)]
    for key in ("frequency", "period"):
        value = repeat.get(key)
        if isinstance(value, int | float) and not 0 < value <= 10_000:
            tidy.pop(key)
    return {**fe.as_dict(timing), "repeat": tidy}


def every(value: float, unit: str, institution: bool) -> Json | None:
    """The Timing.repeat of a C-CDA period ("every `value` `unit`"); an institution-specified
    period that divides a day ("12 h") is that many times daily, as the C-CDA guide reads it."""
    unit = _PERIOD_UNITS.get(unit.strip().casefold(), "")
    if not unit or value <= 0 or value > 10_000:
        return None
    hours = value if unit == "h" else value * 24 if unit == "d" else 0.0
    if hours and (institution or unit == "d"):
        times = 24 / hours
        if times >= 1 and abs(times - round(times)) < 1e-6:
            return {"frequency": round(times), "period": 1, "periodUnit": "d"}
    return {"frequency": 1, "period": round(value, 4), "periodUnit": unit}


def amount_text(value: Any, unit: Any) -> str:
    """An amount and its unit as a dose is written ("2 tablet", "40 mg", "5 mL")."""
    amount = fe.decimal_text(value)
    if not amount:
        return ""
    return " ".join(part for part in (amount, unit_text(unit, amount)) if part)


def unit_text(unit: Any, amount: str = "1") -> str:
    """A unit in words, for `amount` of it: a UCUM annotation's words ("{tbl}" is "tablet"),
    "units" for "[IU]", a counted unit in the plural ("2 tablets"); none for "1"."""
    said = _ANNOTATION.sub(
        lambda found: _ANNOTATION_WORDS.get(found.group(1).casefold(), found.group(1)),
        fe.text_of(unit),
    )
    said = " ".join(said.split())
    said = _UNIT_WORDS.get(said.casefold(), said)
    if said == "1":
        return ""
    if amount != "1" and said.casefold() in _COUNTED_UNITS:
        return said + "s"
    return said


def decimal(text: Any) -> float | None:
    """A number written in an XML attribute ("12", "0.5"); None for anything else."""
    said = fe.text_of(text)
    if not re.fullmatch(r"\d{1,9}(\.\d{1,9})?", said):
        return None
    return float(said)
