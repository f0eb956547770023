"""`carebook assess` and `carebook instruments`: a standard assessment scored and kept from its
answers (or from a total scored on paper), and the instruments carebook knows."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from carebook.cli.common import open_store
from carebook.cli.refusal import CommandError
from carebook.cli.reports import find_patient
from carebook.core.clinical_records import AssessmentResult
from carebook.core.dates import parse_date
from carebook.core.instruments import Instrument, instrument, instruments
from carebook.core.words import translate

if TYPE_CHECKING:
    from carebook.store.assessments import Scored
    from carebook.store.caseload import Store


def add_parsers(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add `assess` and `instruments` to the sub-commands."""
    assess = commands.add_parser(
        "assess",
        help=translate(
            "CliAssess", "score and keep a standard assessment (PHQ-9, Katz ADL, MoCA total …)"
        ),
        description=translate(
            "CliAssess",
            "Score an assessment from each item's points, in the order the instrument "
            "lists its items (see `carebook instruments`), or keep a total scored on paper. "
            "An answer that needs acting on at once (PHQ-9's item 9) makes an urgent task.",
        ),
    )
    db_option(assess)
    assess.add_argument(
        "patient",
        metavar="PATIENT",
        help=translate(
            "CliAssess", "the patient's carebook id, or a name (or phone, or MRN) to find"
        ),
    )
    assess.add_argument(
        "--instrument",
        required=True,
        metavar="ID",
        help=translate("CliAssess", "phq-9, gad-7, katz-adl, moca … (see `carebook instruments`)"),
    )
    given = assess.add_mutually_exclusive_group(required=True)
    given.add_argument(
        "--answers",
        metavar="1,0,2,…",
        help=translate("CliAssess", "each item's points, in item order, by commas"),
    )
    given.add_argument(
        "--total", metavar="N", help=translate("CliAssess", "the total scored on the paper form")
    )
    assess.add_argument(
        "--date", metavar="YYYY-MM-DD", help=translate("CliAssess", "the day it was scored (today)")
    )
    assess.add_argument(
        "--by", default="", metavar="NAME", help=translate("CliAssess", "who scored it")
    )
    assess.add_argument("--comment", default="", metavar="TEXT")
    assess.add_argument("--format", choices=("text", "json"), default="text")

    listing = commands.add_parser(
        "instruments",
        help=translate("CliAssess", "the assessment instruments: ids, names, ranges, licences"),
        description=translate(
            "CliAssess", "Every assessment instrument carebook scores, with its id for `assess`."
        ),
    )
    db_option(listing)
    listing.add_argument("--format", choices=("text", "json"), default="text")


def run(args: argparse.Namespace) -> int:
    if args.command == "instruments":
        print(_instruments_text() if args.format == "text" else _instruments_json(), end="")
        return 0
    return _assess(args)


# -- assess --------------------------------------------------------------------------------------


def _assess(args: argparse.Namespace) -> int:
    found = instrument(args.instrument.strip().lower())
    day = parse_date(args.date, "--date") if args.date else None
    answers = None if args.answers is None else answers_of(found, args.answers)
    total = None if args.total is None else _total(args.total)
    if answers is not None and found.totals_only:
        raise CommandError(
            translate(
                "CliAssess",
                "{instrument} is kept as its total only (its items are licensed); give --total N "
                "({low}–{high})",
            ).format(instrument=found.short, low=found.low, high=found.high)
        )
    store = open_store(args, writing=True)
    try:
        patient_id = find_patient(store, args.patient)
        result = AssessmentResult(
            patient_id=patient_id,
            instrument=found.id,
            on_date=day or store.assessments.today(),
            scored_by=args.by.strip(),
            total=0,
            comment=args.comment.strip(),
        )
        scored = store.assessments.record(result, answers, total)
        name = _name(store, patient_id)
    finally:
        store.close()
    shaped = result_json(scored)
    if args.format == "json":
        print(json.dumps(shaped, indent=2, ensure_ascii=False))
    else:
        print(_result_text(found, scored, name), end="")
    return 0


def answers_of(found: Instrument, typed: str) -> dict[str, int]:
    """`--answers 1,0,2,…` as {item id: points}, in the instrument's item order; an empty
    place is an item not answered (the score then says which)."""
    if found.totals_only:
        return {}
    places = [part.strip() for part in typed.split(",")]
    if len(places) > len(found.items):
        raise CommandError(
            translate(
                "CliAssess",
                "{instrument} has {items} items but {answers} answers were given; "
                "give one number per item, in order (see `carebook instruments`)",
            ).format(instrument=found.short, items=len(found.items), answers=len(places))
        )
    answers: dict[str, int] = {}
    for number, (item, place) in enumerate(zip(found.items, places, strict=False), start=1):
        if not place:
            continue
        if not (place.isascii() and place.lstrip("-").isdigit()) or len(place) > 6:
            raise CommandError(
                translate(
                    "CliAssess", "answer {number} should be a whole number of points (got {typed})"
                ).format(number=number, typed=repr(place))
            )
        points = int(place)
        allowed = [answer.points for answer in item.answers]
        if points not in allowed:
            raise CommandError(
                translate(
                    "CliAssess", "item {number} takes {choices} or {last} (got {points})"
                ).format(
                    number=number,
                    choices=", ".join(str(point) for point in allowed[:-1]),
                    last=allowed[-1],
                    points=points,
                )
            )
        answers[item.id] = points
    return answers


def _total(typed: str) -> int:
    text = typed.strip()
    if not (text.isascii() and text.lstrip("-").isdigit()) or len(text) > 6:
        raise CommandError(
            translate(
                "CliAssess", "--total should be a whole number of points (got {typed})"
            ).format(typed=repr(typed))
        )
    return int(text)


def _name(store: Store, patient_id: int) -> str:
    patient = store.patients.patient(patient_id)
    if patient is None:
        return translate("CliAssess", "patient {id}").format(id=patient_id)
    return patient.display_name


def result_json(scored: Scored) -> dict[str, Any]:
    """A kept result as `assess --format json` prints it (fields are added, never renamed)."""
    result = scored.result
    return {
        "id": result.id,
        "instrument": result.instrument,
        "version": result.instrument_version,
        "date": result.on_date.isoformat(),
        "total": result.total,
        "band": result.band,
        "flags": [flag for flag in result.flags.split("; ") if flag],
        "urgent_task": None if scored.task is None else scored.task.id,
    }


def _result_text(found: Instrument, scored: Scored, name: str) -> str:
    result = scored.result
    said = (
        translate(
            "CliAssess",
            "{instrument} for {name} on {day}: {total} of {high}, {band} (result {id}).",
        )
        if result.band
        else translate(
            "CliAssess", "{instrument} for {name} on {day}: {total} of {high} (result {id})."
        )
    )
    lines = [
        said.format(
            instrument=found.short,
            name=name,
            day=result.on_date.isoformat(),
            total=result.total,
            high=found.high,
            band=result.band,
            id=result.id,
        )
    ]
    for flag in (flag for flag in result.flags.split("; ") if flag):
        lines.append(translate("CliAssess", "Flag: {flag}.").format(flag=flag))
    if scored.task is not None:
        lines.append(
            translate("CliAssess", "Urgent task {id} made: {title}.").format(
                id=scored.task.id, title=scored.task.title
            )
        )
    return "\n".join(lines) + "\n"


# -- instruments ---------------------------------------------------------------------------------


def _instruments_text() -> str:
    lines = []
    for found in instruments():
        kept = (
            translate("CliAssess", "{low}–{high}, total only; {licence}")
            if found.totals_only
            else translate("CliAssess", "{low}–{high}, {items} items; {licence}")
        )
        lines.append(f"{found.id:<12}  {found.name}")
        said = kept.format(
            low=found.low, high=found.high, items=len(found.items), licence=found.licence
        )
        lines.append(f"{'':<12}  {said}")
    return "\n".join(lines) + "\n"


def _instruments_json() -> str:
    shaped = [
        {
            "id": found.id,
            "name": found.name,
            "short": found.short,
            "version": found.version,
            "low": found.low,
            "high": found.high,
            "higher_is_worse": found.higher_is_worse,
            "totals_only": found.totals_only,
            "items": [item.id for item in found.items],
            "bands": [
                {"low": band.low, "high": band.high, "label": band.label} for band in found.bands
            ],
            "code": found.code,
            "source": found.source,
            "licence": found.licence,
        }
        for found in instruments()
    ]
    return json.dumps(shaped, indent=2, ensure_ascii=False) + "\n"
