"""`carebook measure` and `carebook measures`: a vital sign or the coordinator's own measure
kept in its stored unit (a doubtful one only with a reason), and a patient's measures and
assessments as text, JSON, CSV or a printable PDF."""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable
from datetime import datetime, time
from typing import TYPE_CHECKING, Any

from carebook.cli.common import emit, open_store, output_path, write_pdf
from carebook.cli.refusal import CommandError
from carebook.cli.reports import find_patient
from carebook.core.calendar_words import clock_text
from carebook.core.clinical_records import MeasureKind, Measurement
from carebook.core.clinical_rules import measurement_doubts
from carebook.core.dates import parse_date
from carebook.core.measures import BY_ID, Vital, shown, stored
from carebook.core.words import translate
from carebook.interop.measures_csv import measure_rows, number, reading_row

if TYPE_CHECKING:
    from pathlib import Path

    from carebook.store.caseload import Store

#: A number typed with its unit stuck to it ("165lb", "98.6°F").
_NUMBER_AND_UNIT = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(\S*)\s*$")
#: A reading of another day, given no --time, is kept at noon.
_NOON = time(12, 0)


def _patient_help() -> str:
    return translate(
        "CliMeasures", "the patient's carebook id, or a name (or phone, or MRN) to find"
    )


def add_parsers(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add `measure` and `measures` to the sub-commands."""
    vitals = ", ".join(BY_ID)
    measure = commands.add_parser(
        "measure",
        help=translate(
            "CliMeasures",
            "keep a reading: blood pressure, pulse, weight … or a measure of your own",
        ),
        description=translate(
            "CliMeasures",
            "Keep a reading in the measure's stored unit (kg, °C, mg/dL); one typed in "
            "another unit (lb, °F, mmol/L) is converted. A reading that looks like a typo (a "
            "weight of 700 kg, a blood pressure of 300/20) is refused unless --reason says why "
            "it is right.",
        ),
    )
    db_option(measure)
    measure.add_argument("patient", metavar="PATIENT", help=_patient_help())
    measure.add_argument(
        "--kind",
        required=True,
        metavar="ID",
        help=translate("CliMeasures", "{vitals}, or the name of your own measure").format(
            vitals=vitals
        ),
    )
    measure.add_argument(
        "value",
        metavar="VALUE",
        help=translate("CliMeasures", "the reading; blood pressure as 128/82"),
    )
    measure.add_argument(
        "unit",
        nargs="?",
        default="",
        metavar="UNIT",
        help=translate("CliMeasures", "lb, °F, mmol/L …"),
    )
    measure.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help=translate("CliMeasures", "the day it was taken (today)"),
    )
    measure.add_argument(
        "--time",
        metavar="HH:MM",
        help=translate("CliMeasures", "when it was taken (now; noon for another day)"),
    )
    measure.add_argument(
        "--reason",
        default="",
        metavar="TEXT",
        help=translate("CliMeasures", "why a reading that looks wrong is right"),
    )
    measure.add_argument("--note", default="", metavar="TEXT")

    listing = commands.add_parser(
        "measures",
        help=translate(
            "CliMeasures", "a patient's measures and assessments as text, JSON, CSV or PDF"
        ),
        description=translate(
            "CliMeasures", "Every reading and assessment result of a patient, oldest first."
        ),
    )
    db_option(listing)
    listing.add_argument("patient", metavar="PATIENT", help=_patient_help())
    listing.add_argument("--format", choices=("text", "json", "csv", "pdf"), default="text")
    listing.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=translate("CliMeasures", "write to FILE (needed for pdf)"),
    )


def run(args: argparse.Namespace) -> int:
    if args.command == "measures":
        return _measures(args)
    return _measure(args)


# -- measure -------------------------------------------------------------------------------------


def _measure(args: argparse.Namespace) -> int:
    day = parse_date(args.date, "--date") if args.date else None
    at = _time(args.time) if args.time else None
    value, second, unit = _value(args.value, args.unit)
    store = open_store(args, writing=True)
    try:
        patient_id = find_patient(store, args.patient)
        custom = None if args.kind.strip().lower() in BY_ID else _custom(store, args.kind)
        taken = _taken(store, day, at)
        reading = Measurement(
            patient_id=patient_id,
            kind=args.kind.strip().lower() if custom is None else f"custom:{custom.id}",
            taken_at=taken,
            value=value,
            override_reason=args.reason.strip(),
            note=args.note.strip(),
        )
        if custom is None:
            _vital_reading(reading, BY_ID[reading.kind], second, unit)
        else:
            _custom_reading(reading, custom, second, unit)
        doubts = measurement_doubts(reading, custom)
        if doubts and not reading.override_reason:
            raise CommandError(
                translate(
                    "CliMeasures", "{doubts} Correct it, or keep it as it is with --reason TEXT."
                ).format(doubts=" ".join(doubts))
            )
        store.measurements.add_measurement(reading)
        said = _kept_text(store, reading, custom)
    finally:
        store.close()
    print(said, end="")
    return 0


def _time(typed: str) -> time:
    try:
        return datetime.strptime(typed.strip(), "%H:%M").time()
    except ValueError:
        raise CommandError(
            translate("CliMeasures", "--time is a time such as 09:30 (got {typed})").format(
                typed=repr(typed)
            )
        ) from None


def _taken(store: Store, day: Any, at: time | None) -> datetime:
    """When the reading was taken: now by default; a time still to come is refused."""
    now = store.measurements.clock().replace(second=0, microsecond=0, tzinfo=None)
    day = day or now.date()
    taken = datetime.combine(day, at or (now.time() if day == now.date() else _NOON))
    if taken > now:
        raise CommandError(
            translate(
                "CliMeasures",
                "a reading taken at {day} {time} is still to come; give when it was taken",
            ).format(day=taken.date().isoformat(), time=clock_text(taken))
        )
    return taken


def _value(typed: str, unit: str) -> tuple[float, float | None, str]:
    """VALUE (and UNIT) as the reading's number, the second number of a blood pressure, the
    unit it was typed in."""
    first, slash, rest = typed.partition("/")
    matched = _NUMBER_AND_UNIT.match(rest if slash else first)
    if not slash:
        if matched is None:
            raise CommandError(
                translate(
                    "CliMeasures", "VALUE should be a number such as 72.5 (got {typed})"
                ).format(typed=repr(typed))
            )
        stuck = matched.group(2)
        if stuck and unit:
            raise CommandError(
                translate(
                    "CliMeasures", "VALUE {typed} has its unit already; give UNIT once"
                ).format(typed=repr(typed))
            )
        return float(matched.group(1)), None, unit.strip() or stuck
    try:
        systolic = float(first)
    except ValueError:
        systolic = None
    if systolic is None or matched is None or "/" in matched.group(2):
        raise CommandError(
            translate(
                "CliMeasures", "a blood pressure is written as two numbers, 128/82 (got {typed})"
            ).format(typed=repr(typed))
        )
    return systolic, float(matched.group(1)), unit.strip() or matched.group(2)


def _vital_reading(reading: Measurement, vital: Vital, second: float | None, unit: str) -> None:
    if vital.second_name and second is None:
        raise CommandError(
            translate("CliMeasures", "{measure} is two numbers, such as 128/82").format(
                measure=vital.name
            )
        )
    if not vital.second_name and second is not None:
        raise CommandError(
            translate("CliMeasures", "{measure} is one number (got two, with a /)").format(
                measure=vital.name
            )
        )
    reading.value = stored(vital, reading.value, unit)
    reading.second = second
    known = {u.name.lower(): u.name for u in vital.units}
    reading.entered_unit = known.get(unit.lower(), vital.unit) if unit else vital.unit


def _custom_reading(
    reading: Measurement, kind: MeasureKind, second: float | None, unit: str
) -> None:
    if second is not None:
        raise CommandError(
            translate("CliMeasures", "{measure} is one number (got two, with a /)").format(
                measure=kind.name
            )
        )
    if unit and unit.lower() != kind.unit.lower():
        raise CommandError(
            translate("CliMeasures", "{measure} is measured in {unit}, not {typed}").format(
                measure=kind.name, unit=kind.unit, typed=unit
            )
        )
    reading.entered_unit = kind.unit


def _custom(store: Store, typed: str) -> MeasureKind:
    """The coordinator's own measure named `typed` (or "custom:N")."""
    wanted = typed.strip().lower()
    kinds = store.measurements.measure_kinds()
    for kind in kinds:
        if kind.name.strip().lower() == wanted or f"custom:{kind.id}" == wanted:
            return kind
    refusal = (
        translate("CliMeasures", "no measure {typed}; carebook knows {vitals}; and your own: {own}")
        if kinds
        else translate("CliMeasures", "no measure {typed}; carebook knows {vitals}")
    )
    raise CommandError(
        refusal.format(
            typed=repr(typed),
            vitals=", ".join(BY_ID),
            own=", ".join(kind.name for kind in kinds),
        )
    )


def _kept_text(store: Store, reading: Measurement, custom: MeasureKind | None) -> str:
    name = _name(store, reading.patient_id)
    kept = translate("CliMeasures", "{measure} {value} for {name} at {day} {time} (reading {id}).")
    when = {"day": reading.taken_at.date().isoformat(), "time": clock_text(reading.taken_at)}
    if custom is not None:
        value = f"{number(reading.value)} {custom.unit}"
        lines = [kept.format(measure=custom.name, value=value, name=name, id=reading.id, **when)]
    else:
        vital = BY_ID[reading.kind]
        value = shown(vital, reading.value, reading.second, reading.entered_unit)
        if reading.entered_unit != vital.unit:
            value = translate("CliMeasures", "{value} (kept as {stored})").format(
                value=value, stored=shown(vital, reading.value, reading.second)
            )
        lines = [kept.format(measure=vital.name, value=value, name=name, id=reading.id, **when)]
        if reading.kind in ("weight", "height"):
            bmi = store.measurements.bmi_of(reading.patient_id)
            if bmi is not None:
                lines.append(translate("CliMeasures", "BMI {bmi}.").format(bmi=f"{bmi:.1f}"))
    if reading.override_reason:
        lines.append(
            translate("CliMeasures", "Kept although it looked doubtful: {reason}").format(
                reason=reading.override_reason
            )
        )
    return "\n".join(lines) + "\n"


def _name(store: Store, patient_id: int) -> str:
    patient = store.patients.patient(patient_id)
    if patient is None:
        return translate("CliMeasures", "patient {id}").format(id=patient_id)
    return patient.display_name


# -- measures ------------------------------------------------------------------------------------


def _measures(args: argparse.Namespace) -> int:
    output = output_path(args)
    store = open_store(args)
    try:
        patient_id = find_patient(store, args.patient)
        if args.format == "pdf":
            assert output is not None  # output_path insists on it for a PDF
            _pdf(store, patient_id, output)
            return 0
        if args.format == "csv":
            from carebook.interop.measures_csv import measures_csv  # loaded only for a CSV

            text = measures_csv(store, patient_id)
        else:
            text = _shaped(store, patient_id, args.format)
    finally:
        store.close()
    emit(text, output)
    return 0


def _pdf(store: Store, patient_id: int, output: Path) -> None:
    from carebook.reports.measures_report import measures_document  # loaded only for a PDF

    document = measures_document(store, patient_id)
    write_pdf(document, output, None, translate("CliMeasures", "Measures and assessments"))


def _shaped(store: Store, patient_id: int, format_name: str) -> str:
    readings = store.measurements.readings(patient_id)
    results = store.assessments.results(patient_id)
    kinds = store.measurements.measure_kinds()
    name = _name(store, patient_id)
    if format_name == "json":
        custom = {f"custom:{kind.id}": kind for kind in kinds}
        shaped = {
            "patient_id": patient_id,
            "patient": name,
            "measurements": [_reading_json(reading, custom) for reading in readings],
            "assessments": [
                {
                    "id": result.id,
                    "instrument": result.instrument,
                    "version": result.instrument_version,
                    "date": result.on_date.isoformat(),
                    "total": result.total,
                    "band": result.band,
                    "flags": [flag for flag in result.flags.split("; ") if flag],
                    "scored_by": result.scored_by,
                    "comment": result.comment,
                }
                for result in results
            ],
            "bmi": store.measurements.bmi_of(patient_id),
        }
        return json.dumps(shaped, indent=2, ensure_ascii=False) + "\n"
    custom = {f"custom:{kind.id}": kind for kind in kinds}
    lines = [
        (row.date, row.time, row.name, f"{row.value} {row.unit}", row.band, row.flags, row.note)
        for row in measure_rows([], results, kinds)
    ]
    for reading in readings:
        row = reading_row(reading, custom)
        lines.append(
            (row.date, row.time, row.name, _shown(reading, custom), row.band, row.flags, row.note)
        )
    if not lines:
        return (
            translate("CliMeasures", "No measures or assessments for {name}.").format(name=name)
            + "\n"
        )
    said = [translate("CliMeasures", "Measures and assessments of {name}").format(name=name)]
    for day, at, what, value, *rest in sorted(lines, key=lambda line: line[:2]):
        notes = "; ".join(part for part in rest if part)
        said.append(f"{day} {at:<5}  {what[:24]:<24}  {value:<16}  {notes}".rstrip())
    bmi = store.measurements.bmi_of(patient_id)
    if bmi is not None:
        said.append(
            translate("CliMeasures", "BMI {bmi} (the latest weight and height).").format(
                bmi=f"{bmi:.1f}"
            )
        )
    return "\n".join(said) + "\n"


def _shown(reading: Measurement, custom: dict[str, MeasureKind]) -> str:
    """A reading as it was typed: "128/82 mmHg", "165.0 lb", "14 cm"."""
    vital = BY_ID.get(reading.kind)
    if vital is not None:
        return shown(vital, reading.value, reading.second, reading.entered_unit)
    kind = custom.get(reading.kind)
    return f"{number(reading.value)} {kind.unit if kind else reading.entered_unit}".strip()


def _reading_json(reading: Measurement, custom: dict[str, MeasureKind]) -> dict[str, Any]:
    vital = BY_ID.get(reading.kind)
    kind = custom.get(reading.kind)
    return {
        "id": reading.id,
        "measure": vital.id if vital is not None else kind.name if kind else reading.kind,
        "taken_at": reading.taken_at.isoformat(timespec="minutes"),
        "value": reading.value,
        "second": reading.second,
        "unit": vital.unit if vital is not None else kind.unit if kind else "",
        "entered_unit": reading.entered_unit,
        "shown": _shown(reading, custom),
        "reason": reading.override_reason,
        "note": reading.note,
    }
