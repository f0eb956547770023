"""The assessment instruments (PHQ-9, Katz ADL, Morse …): their items, bands and scoring."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from carebook.core.errors import ValidationError
from carebook.core.resource_files import resource
from carebook.core.words import translate


@dataclass(frozen=True, slots=True)
class Answer:
    """One choice of an item and the points the scale gives it."""

    points: int
    label: str


@dataclass(frozen=True, slots=True)
class Item:
    """One question or observation; `id` is the key its answer is kept under ("q1", "bathing")."""

    id: str
    text: str
    answers: tuple[Answer, ...]


@dataclass(frozen=True, slots=True)
class Band:
    """What a total from `low` to `high` (both included) means."""

    low: int
    high: int
    label: str
    severity: str  # one of SEVERITIES


@dataclass(frozen=True, slots=True)
class Flag:
    """An item answer the coordinator must see whatever the total (PHQ-9's item 9)."""

    item: str
    at_least: int
    text: str
    urgent: bool


@dataclass(frozen=True, slots=True)
class Instrument:
    """A scale as carebook scores it; `totals_only` ones (licensed text) keep no items."""

    id: str
    name: str
    short: str
    version: str
    code: str  # LOINC code of the total score; "" if none is known
    code_display: str
    source: str
    licence: str
    totals_only: bool
    items: tuple[Item, ...]
    low: int
    high: int
    higher_is_worse: bool
    bands: tuple[Band, ...]
    flags: tuple[Flag, ...]
    item_codes: dict[str, str]  # LOINC code per item id; {} when unknown


@dataclass(frozen=True, slots=True)
class Score:
    """A total, the band it falls in and the flags its answers raised."""

    total: int
    band: Band | None
    flags: tuple[Flag, ...]


class InstrumentFileError(ValueError):
    """An instrument's file in resources/instruments is malformed; it needs fixing, not the user."""


SEVERITIES = ("none", "mild", "moderate", "severe", "high")

# The order a coordinator meets them in a list: function, mood, cognition, safety. A file not
# named here still loads, after these, in the order of its id.
_ORDER = (
    "katz-adl",
    "lawton-iadl",
    "barthel",
    "phq-2",
    "phq-9",
    "gad-7",
    "gds-15",
    "mini-cog",
    "morse-fall",
    "home-safety",
    "moca",
    "mmse",
    "slums",
    "braden",
)

_FIELDS = frozenset(
    [
        "id",
        "name",
        "short",
        "version",
        "code",
        "code_display",
        "source",
        "licence",
        "totals_only",
        "low",
        "high",
        "higher_is_worse",
        "items",
        "bands",
        "flags",
        "item_codes",
    ]
)
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_ITEM_ID = re.compile(r"[a-z][a-z0-9_]*")
_LOINC = re.compile(r"\d{1,7}-\d")


# -- reading a file ------------------------------------------------------------------------------


def _loinc_is_whole(code: str) -> bool:
    """Whether a LOINC code's last digit is its mod-10 check digit, which catches a typing slip."""
    digits = [int(char) for char in code if char.isdigit()]
    total = 0
    for place, digit in enumerate(reversed(digits)):
        if place % 2 == 1:
            digit *= 2
            digit = digit - 9 if digit > 9 else digit
        total += digit
    return total % 10 == 0


class _Reader:
    """Typed access to one file's JSON, each refusal naming the file and the place."""

    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, message: str) -> InstrumentFileError:
        return InstrumentFileError(f"{self.where}: {message}")

    def text(self, data: Mapping[str, Any], key: str, *, may_be_empty: bool = False) -> str:
        value = data.get(key)
        if not isinstance(value, str) or (not may_be_empty and not value.strip()):
            raise self.fail(f"'{key}' must be {'text' if may_be_empty else 'non-empty text'}")
        return value

    def number(self, data: Mapping[str, Any], key: str) -> int:
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(f"'{key}' must be a whole number")
        return value

    def truth(self, data: Mapping[str, Any], key: str) -> bool:
        value = data.get(key)
        if not isinstance(value, bool):
            raise self.fail(f"'{key}' must be true or false")
        return value

    def rows(self, data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(row, dict) for row in value):
            raise self.fail(f"'{key}' must be a list of objects")
        return value

    def loinc(self, code: str, what: str) -> str:
        if code and not (_LOINC.fullmatch(code) and _loinc_is_whole(code)):
            raise self.fail(f"{what} '{code}' is not a LOINC code (its check digit is wrong)")
        return code


def _items(read: _Reader, data: Mapping[str, Any], low: int, high: int) -> tuple[Item, ...]:
    items: list[Item] = []
    for row in read.rows(data, "items"):
        item_id = read.text(row, "id")
        if not _ITEM_ID.fullmatch(item_id):
            raise read.fail(f"item id '{item_id}' must be lowercase letters, digits and _")
        if any(item.id == item_id for item in items):
            raise read.fail(f"item '{item_id}' appears twice")
        answers = tuple(
            Answer(read.number(answer, "points"), read.text(answer, "label"))
            for answer in read.rows(row, "answers")
        )
        points = [answer.points for answer in answers]
        if len(answers) < 2:
            raise read.fail(f"item '{item_id}' needs at least two answers")
        # A kept answer is its points, so two answers worth the same would read back as one.
        if len(set(points)) != len(points):
            raise read.fail(f"item '{item_id}' gives the same points to two answers")
        if min(points) < 0 or max(points) > high - low:
            raise read.fail(f"item '{item_id}' has points outside 0..{high - low}")
        items.append(Item(item_id, read.text(row, "text"), answers))
    return tuple(items)


def _bands(read: _Reader, data: Mapping[str, Any], low: int, high: int) -> tuple[Band, ...]:
    bands: list[Band] = []
    expected = low
    for row in read.rows(data, "bands"):
        band = Band(
            read.number(row, "low"),
            read.number(row, "high"),
            read.text(row, "label"),
            read.text(row, "severity"),
        )
        if band.severity not in SEVERITIES:
            raise read.fail(f"band '{band.label}' has severity '{band.severity}'")
        if band.low != expected or band.high < band.low:
            raise read.fail(
                f"band '{band.label}' ({band.low}-{band.high}) should start at {expected}: "
                "bands run from the lowest total up, without a gap or an overlap"
            )
        bands.append(band)
        expected = band.high + 1
    if bands and expected != high + 1:
        raise read.fail(f"the bands end at {expected - 1}, not at the highest total {high}")
    return tuple(bands)


def _flags(read: _Reader, data: Mapping[str, Any], items: Sequence[Item]) -> tuple[Flag, ...]:
    by_id = {item.id: item for item in items}
    flags: list[Flag] = []
    for row in read.rows(data, "flags"):
        flag = Flag(
            read.text(row, "item"),
            read.number(row, "at_least"),
            read.text(row, "text"),
            read.truth(row, "urgent"),
        )
        item = by_id.get(flag.item)
        if item is None:
            raise read.fail(f"a flag names item '{flag.item}', which the instrument has not")
        points = [answer.points for answer in item.answers]
        if not min(points) < flag.at_least <= max(points):
            raise read.fail(f"the flag on '{flag.item}' could never, or would always, be raised")
        flags.append(flag)
    return tuple(flags)


def read_instrument(data: Mapping[str, Any], where: str = "instrument") -> Instrument:
    """An instrument from its file's JSON, every rule of resources/instruments/README.md checked."""
    read = _Reader(where)
    if set(data) != _FIELDS:
        missing, unknown = sorted(_FIELDS - set(data)), sorted(set(data) - _FIELDS)
        raise read.fail(f"fields missing {missing}, unknown {unknown}")
    instrument_id = read.text(data, "id")
    if not _ID.fullmatch(instrument_id):
        raise read.fail(f"id '{instrument_id}' must be lowercase words joined by -")
    low, high = read.number(data, "low"), read.number(data, "high")
    if low >= high:
        raise read.fail(f"the total runs from {low} to {high}")
    totals_only = read.truth(data, "totals_only")
    items = _items(read, data, low, high)
    if totals_only and items:
        raise read.fail("a totals-only instrument keeps no items")
    if not totals_only:
        if not items:
            raise read.fail("an itemised instrument needs its items")
        lowest = sum(min(answer.points for answer in item.answers) for item in items)
        highest = sum(max(answer.points for answer in item.answers) for item in items)
        if (lowest, highest) != (low, high):
            raise read.fail(f"the items add up to {lowest}-{highest}, not {low}-{high}")
    codes = data.get("item_codes")
    if not isinstance(codes, dict):
        raise read.fail("'item_codes' must be an object")
    item_ids = {item.id for item in items}
    for item_id, code in codes.items():
        if item_id not in item_ids or not isinstance(code, str):
            raise read.fail(f"'item_codes' names '{item_id}', which is not an item with a code")
        read.loinc(code, f"the code of item '{item_id}'")
    code = read.loinc(read.text(data, "code", may_be_empty=True), "the code")
    code_display = read.text(data, "code_display", may_be_empty=True)
    if bool(code) != bool(code_display):
        raise read.fail("'code' and 'code_display' are given together or not at all")
    return Instrument(
        id=instrument_id,
        name=read.text(data, "name"),
        short=read.text(data, "short"),
        version=read.text(data, "version"),
        code=code,
        code_display=code_display,
        source=read.text(data, "source"),
        licence=read.text(data, "licence"),
        totals_only=totals_only,
        items=items,
        low=low,
        high=high,
        higher_is_worse=read.truth(data, "higher_is_worse"),
        bands=_bands(read, data, low, high),
        flags=_flags(read, data, items),
        item_codes=dict(codes),
    )


def _in_order(instrument: Instrument) -> tuple[bool, int, str]:
    place = _ORDER.index(instrument.id) if instrument.id in _ORDER else len(_ORDER)
    return (instrument.totals_only, place, instrument.id)


@functools.cache
def instruments() -> tuple[Instrument, ...]:
    """Every instrument shipped with carebook, read once; the itemised ones first."""
    folder = resource("instruments")
    found: dict[str, Instrument] = {}
    for source in folder.iterdir():
        if not source.name.endswith(".json"):
            continue
        where = f"instruments/{source.name}"
        read = _instrument_file(source.read_text(encoding="utf-8"), where)
        if f"{read.id}.json" != source.name:
            raise InstrumentFileError(f"{where}: the file is named after its id, '{read.id}'")
        found[read.id] = read
    return tuple(sorted(found.values(), key=_in_order))


def _instrument_file(text: str, where: str) -> Instrument:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InstrumentFileError(f"{where}: not JSON ({error})") from error
    if not isinstance(data, dict):
        raise InstrumentFileError(f"{where}: not a JSON object")
    return read_instrument(data, where)


def instrument(instrument_id: str) -> Instrument:
    """The instrument with this id ("phq-9"); a ValidationError listing the known ones if none."""
    for known in instruments():
        if known.id == instrument_id:
            return known
    names = ", ".join(known.id for known in instruments())
    raise ValidationError(
        translate("Instruments", "No instrument '{instrument_id}'; carebook knows: {names}").format(
            instrument_id=instrument_id, names=names
        ),
        "instrument",
    )


# -- scoring -------------------------------------------------------------------------------------


def _choices(points: Sequence[int]) -> str:
    """ "0, 1, 2 or 3" """
    words = [str(point) for point in points]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"


def band_of(instrument: Instrument, total: int) -> Band | None:
    """The band a total falls in; None outside the instrument's range."""
    for band in instrument.bands:
        if band.low <= total <= band.high:
            return band
    return None


def score(instrument: Instrument, answers: Mapping[str, int]) -> Score:
    """The total of every item's answer (item id -> the points chosen), its band and its flags.

    Every item must be answered: a total with a gap would read as a better score than it is."""
    if instrument.totals_only:
        raise ValidationError(
            translate(
                "Instruments",
                "The {short} is kept as its total only, its items being licensed; give the total",
            ).format(short=instrument.short),
            "total",
        )
    for item_id in answers:
        if all(item.id != item_id for item in instrument.items):
            raise ValidationError(
                translate("Instruments", "The {short} has no item '{item_id}'").format(
                    short=instrument.short, item_id=item_id
                ),
                item_id,
            )
    total = 0
    for number, item in enumerate(instrument.items, start=1):
        if item.id not in answers:
            raise ValidationError(
                translate(
                    "Instruments",
                    "Item {number} ({text}) is not answered; the total is not computed",
                ).format(number=number, text=item.text),
                item.id,
            )
        points = answers[item.id]
        allowed = [answer.points for answer in item.answers]
        if type(points) is not int or points not in allowed:
            raise ValidationError(
                translate("Instruments", "Item {number} takes {allowed}").format(
                    number=number, allowed=_choices(allowed)
                ),
                item.id,
            )
        total += points
    raised = tuple(flag for flag in instrument.flags if answers[flag.item] >= flag.at_least)
    return Score(total, band_of(instrument, total), raised)


def score_total(instrument: Instrument, total: int) -> Score:
    """A total entered from the paper form; its items, and so its flags, are unknown."""
    if type(total) is not int or not instrument.low <= total <= instrument.high:
        raise ValidationError(
            translate("Instruments", "A {short} total runs from {low} to {high}").format(
                short=instrument.short, low=instrument.low, high=instrument.high
            ),
            "total",
        )
    return Score(total, band_of(instrument, total), ())
