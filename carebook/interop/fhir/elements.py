"""Reading FHIR's data types as an EHR writes them, leniently (no SQL, no carebook records).

Each function takes a piece of FHIR JSON that may be missing, of the wrong shape, or partial,
and returns what carebook can use of it ("" or None or an empty list when there is nothing):
the words of a CodeableConcept, a whole day of a date, a dateTime as wall-clock time in a
zone, a HumanName, ContactPoints by rank, the home Address, a Timing in a coordinator's words.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, TypeVar

from carebook.core.moments import wall_clock

Json = dict[str, Any]

T = TypeVar("T")


_GEOLOCATION = "http://hl7.org/fhir/StructureDefinition/geolocation"


def as_list(value: Any) -> list[Any]:
    if isinstance(value, list):
        return value
    return [] if value is None else [value]


def dicts(value: Any) -> list[Json]:
    return [item for item in as_list(value) if isinstance(item, dict)]


def as_dict(value: Any) -> Json:
    return value if isinstance(value, dict) else {}


def text_of(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def concept_text(concept: Any) -> str:
    """What a CodeableConcept says in words: its text, else a coding's display, else a code."""
    if not isinstance(concept, dict):
        return ""
    text = text_of(concept.get("text"))
    if text:
        return text
    codings = dicts(concept.get("coding"))
    return next(
        (text_of(c.get("display")) for c in codings if text_of(c.get("display"))),
        next((text_of(c.get("code")) for c in codings if text_of(c.get("code"))), ""),
    )


def codes(concept: Any) -> list[tuple[str, str]]:
    return [
        (text_of(c.get("system")), text_of(c.get("code")))
        for concept_ in as_list(concept)
        if isinstance(concept_, dict)
        for c in dicts(concept_.get("coding"))
    ]


def code_in(concept: Any, mapping: dict[str, T]) -> T | None:
    for _system, code in codes(concept):
        if code in mapping:
            return mapping[code]
    return None


_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def date_of(value: Any) -> date | None:
    """The day of a FHIR date or dateTime (as written); None unless it gives a whole day."""
    text = text_of(value)
    if not _FULL_DATE.match(text):
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def moment(value: Any, zone: str) -> datetime | None:
    """A dateTime or instant as wall-clock time in `zone` (to the minute); a date alone, or a
    time without an offset, is taken as written.

    Raises ValidationError (domain's) for a moment outside the dates carebook keeps, as
    written or in `zone` (9999-12-31T23:59:00Z, 0001-01-01T00:00:00+14:00): a fault of the
    resource it is in, never an overflow."""
    text = text_of(value)
    if not _FULL_DATE.match(text):
        return None
    try:
        written = datetime.fromisoformat(text)
    except ValueError:
        return None
    return wall_clock(written, zone).replace(second=0, microsecond=0)


def notes_of(resource: Json) -> list[Json]:
    return [note for note in dicts(resource.get("note")) if text_of(note.get("text"))]


def decimal_text(value: Any) -> str:
    """A FHIR decimal as carebook writes an amount: "2", "2.5"."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def quantity_text(quantity: Any) -> str:
    if not isinstance(quantity, dict):
        return ""
    amount = decimal_text(quantity.get("value"))
    unit = text_of(quantity.get("unit")) or text_of(quantity.get("code"))
    return " ".join(part for part in (amount, unit) if part)


_PERIOD_WORDS = {
    "d": ("daily", "day"),
    "wk": ("weekly", "week"),
    "mo": ("monthly", "month"),
    "h": ("hourly", "hour"),
    "a": ("yearly", "year"),
    "min": ("", "minute"),
}


_DAY_WORDS = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}


_WHEN_WORDS = {
    "MORN": "in the morning",
    "AFT": "in the afternoon",
    "EVE": "in the evening",
    "NIGHT": "at night",
    "HS": "at bedtime",
    "WAKE": "on waking",
    "C": "with meals",
    "CM": "with breakfast",
    "CD": "with lunch",
    "CV": "with the evening meal",
    "AC": "before meals",
    "PC": "after meals",
}


_COUNT_WORDS = {1: "once", 2: "twice"}


def timing_words(timing: Any) -> str:
    """A Timing in a coordinator's words: its code's text, else "twice daily", "every 8 hours",
    "once weekly (Monday)", "at night"."""
    if not isinstance(timing, dict):
        return ""
    written = concept_text(timing.get("code"))
    if written:
        return written
    repeat = as_dict(timing.get("repeat"))
    if not repeat:
        return ""
    said = ""
    unit = text_of(repeat.get("periodUnit"))
    frequency, period = repeat.get("frequency"), repeat.get("period")
    if unit in _PERIOD_WORDS and isinstance(period, int | float) and not isinstance(period, bool):
        adverb, noun = _PERIOD_WORDS[unit]
        count = int(frequency) if isinstance(frequency, int) and frequency > 0 else 1
        if period == 1 and adverb:
            said = f"{_COUNT_WORDS.get(count, f'{count} times')} {adverb}"
        else:
            every = f"every {decimal_text(period)} {noun}s"
            said = every if count == 1 else f"{count} times {every}"
    days = [_DAY_WORDS[day] for day in as_list(repeat.get("dayOfWeek")) if day in _DAY_WORDS]
    if days:
        said = f"{said or 'on'} ({', '.join(days)})" if said else f"on {', '.join(days)}"
    when = [_WHEN_WORDS[code] for code in as_list(repeat.get("when")) if code in _WHEN_WORDS]
    if when:
        said = " ".join(part for part in (said, " and ".join(when)) if part)
    return said


def times_of_day(timing: Any) -> str:
    repeat = timing.get("repeat") if isinstance(timing, dict) else None
    if not isinstance(repeat, dict):
        return ""
    times = [text_of(value)[:5] for value in as_list(repeat.get("timeOfDay")) if text_of(value)]
    return ", ".join(times)


def person_name(names: Any) -> tuple[str, str, str]:
    """(given, family, preferred) from a list of HumanNames."""
    listed = dicts(names)
    usable = [n for n in listed if text_of(n.get("use")) not in ("old", "maiden", "anonymous")]
    main = next(
        (n for n in usable if text_of(n.get("use")) in ("official", "usual")),
        next((n for n in usable if text_of(n.get("use")) != "nickname"), None),
    )
    given = family = ""
    if main is not None:
        given = " ".join(text_of(g) for g in as_list(main.get("given")) if text_of(g))
        family = text_of(main.get("family"))
        if not (given or family):
            text = text_of(main.get("text"))
            given, _space, family = text.rpartition(" ")
            if not given:
                given, family = family, ""
    nickname = next((n for n in listed if text_of(n.get("use")) == "nickname"), None)
    preferred = ""
    if nickname is not None:
        preferred = next(
            (text_of(g) for g in as_list(nickname.get("given")) if text_of(g)),
            text_of(nickname.get("text")),
        )
    return given, family, preferred if preferred != given else ""


def name_text(resource: Json) -> str:
    """A contact's (or place's) name as one line."""
    name = resource.get("name")
    if isinstance(name, str):
        return name.strip()
    for human in dicts(name):
        text = text_of(human.get("text"))
        if text:
            return text
        parts = [text_of(p) for key in ("prefix", "given") for p in as_list(human.get(key))]
        parts += [text_of(human.get("family"))] + [text_of(p) for p in as_list(human.get("suffix"))]
        said = " ".join(part for part in parts if part)
        if said:
            return said
    return ""


def contact_points(points: Any) -> tuple[list[str], str, str]:
    """(phones in rank order, the first fax, the first email) of ContactPoints."""
    usable = [
        p for p in dicts(points) if text_of(p.get("value")) and text_of(p.get("use")) != "old"
    ]
    ranked = sorted(usable, key=lambda p: _rank(p.get("rank")))
    phones = [text_of(p["value"]) for p in ranked if text_of(p.get("system")) in ("phone", "sms")]
    fax = next((text_of(p["value"]) for p in ranked if text_of(p.get("system")) == "fax"), "")
    email = next((text_of(p["value"]) for p in ranked if text_of(p.get("system")) == "email"), "")
    return phones, fax, email


def _rank(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 10**6


def home_address(addresses: Any) -> Json | None:
    usable = [a for a in dicts(addresses) if text_of(a.get("use")) != "old"]
    return next(
        (a for a in usable if text_of(a.get("use")) == "home"), usable[0] if usable else None
    )


def address_text(addresses: Any) -> str:
    address = home_address(addresses)
    if address is None:
        return ""
    text = text_of(address.get("text"))
    if text:
        return text
    parts = [text_of(line) for line in as_list(address.get("line"))]
    tail = " ".join(
        p for p in (text_of(address.get("state")), text_of(address.get("postalCode"))) if p
    )
    return ", ".join(part for part in (*parts, text_of(address.get("city")), tail) if part)


def geolocation(address: Json) -> tuple[float | None, float | None]:
    for extension in dicts(address.get("extension")):
        if extension.get("url") != _GEOLOCATION:
            continue
        values = {
            text_of(part.get("url")): part.get("valueDecimal")
            for part in dicts(extension.get("extension"))
        }
        lat, lon = values.get("latitude"), values.get("longitude")
        if isinstance(lat, int | float) and isinstance(lon, int | float):
            return float(lat), float(lon)
    return None, None


def language(communication: Any) -> str:
    listed = dicts(communication)
    chosen = next((c for c in listed if c.get("preferred") is True), listed[0] if listed else None)
    return concept_text(chosen.get("language")) if chosen is not None else ""


def bounds(dosage: Json) -> Json:
    timing = as_dict(dosage.get("timing"))
    repeat = as_dict(timing.get("repeat"))
    bounds = repeat.get("boundsPeriod")
    return bounds if isinstance(bounds, dict) else {}


def target_text(target: Json) -> str:
    if text_of(target.get("detailString")):
        return text_of(target["detailString"])
    for key in ("detailQuantity",):
        if isinstance(target.get(key), dict):
            return quantity_text(target[key])
    if isinstance(target.get("detailRange"), dict):
        low, high = target["detailRange"].get("low"), target["detailRange"].get("high")
        return " to ".join(quantity_text(q) for q in (low, high) if quantity_text(q))
    if isinstance(target.get("detailCodeableConcept"), dict):
        return concept_text(target["detailCodeableConcept"])
    return ""
