"""A discharge list beside the current medicines: matched by ingredient, each line continued,
changed, new, stopped in hospital or not on the list; accepted lines named as the user writes."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carebook.core.reconciliation import (
    Change,
    DischargeLine,
    DischargeList,
    compare,
    discharge_text,
    parse_accepted,
    patient_differences,
)
from carebook.core.records import Medication
from carebook.core.vocabularies import MedicationStatus


def med(number: int, name: str, **fields: object) -> Medication:
    values: dict[str, object] = {"id": number, "patient_id": 1, "name": name}
    values.update(fields)
    return Medication(**values)  # type: ignore[arg-type]


CURRENT = [
    med(1, "Amlodipine", strength="5 mg", dose="1 tablet", route="oral", frequency="once daily"),
    med(2, "Furosemide", strength="40 mg", dose="1 tablet", route="oral", frequency="once daily"),
    med(
        3,
        "Ibuprofen",
        strength="400 mg",
        dose="1 tablet",
        route="oral",
        frequency="three times daily",
    ),
    med(4, "Simvastatin", strength="40 mg", dose="1 tablet", route="oral", frequency="at night"),
    med(5, "Old cream", status=MedicationStatus.STOPPED),
]
DISCHARGE = [
    DischargeLine(
        name="Amlodipine 5mg tablets", strength="5 mg", dose="1 tablet", frequency="once daily"
    ),
    DischargeLine(name="Frusemide", strength="80 mg", dose="1 tablet", frequency="once daily"),
    DischargeLine(name="Ibuprofen 400 mg", taking=False),
    DischargeLine(name="Apixaban", strength="2.5 mg", dose="1 tablet", frequency="twice daily"),
]


def test_each_line_says_what_the_discharge_list_does_to_the_medicine() -> None:
    lines = compare(CURRENT, DISCHARGE)
    said = [(line.number, line.change, line.name) for line in lines]
    assert said == [
        (1, Change.CONTINUED, "Amlodipine 5mg tablets"),
        (2, Change.CHANGED, "Frusemide"),  # the UK spelling of furosemide: the same ingredient
        (3, Change.STOPPED, "Ibuprofen 400 mg"),
        (4, Change.NEW, "Apixaban"),
        (5, Change.NOT_LISTED, "Simvastatin"),
    ]
    assert lines[1].differences == ("strength",) and lines[1].current is CURRENT[1]
    assert all(line.current is None or line.current.id != 5 for line in lines)  # stopped: left out


def test_a_list_that_does_not_say_a_field_does_not_change_it() -> None:
    [line] = compare([CURRENT[0]], [DischargeLine(name="Amlodipine")])
    assert line.change is Change.CONTINUED


def test_accepted_lines_are_all_or_numbers_and_ranges_of_lines_that_change_something() -> None:
    lines = compare(CURRENT, DISCHARGE)
    assert parse_accepted("all", lines) == {2, 3, 4, 5}
    assert parse_accepted("2, 4-5", lines) == {2, 4, 5}
    for wrong, says in (
        ("1", "continued"),
        ("9", "numbered 9"),
        ("two", "not a line"),
        ("5-2", "range"),
    ):
        with pytest.raises(ValueError, match=says):
            parse_accepted(wrong, lines)


@given(st.text(max_size=40))
def test_reading_accepted_lines_never_fails_but_with_a_message(text: str) -> None:
    lines = compare(CURRENT, DISCHARGE)
    try:
        accepted = parse_accepted(text, lines)
    except ValueError as error:
        assert str(error)
    else:
        assert accepted <= {2, 3, 4, 5}


def test_a_list_for_another_patient_is_said_plainly() -> None:
    theirs = DischargeList(source="x.json", patient_name="SMITH, John", birth_date=date(1950, 1, 2))
    assert patient_differences("John", "Smith", date(1950, 1, 2), theirs) == []
    assert patient_differences("Jöhn", "Smíth", None, theirs) == []
    found = patient_differences("Mary", "Jones", date(1951, 3, 4), theirs)
    assert len(found) == 2 and "born 02 Jan 1950" in found[0] and "SMITH, John" in found[1]
    assert patient_differences("Mary", "Jones", None, DischargeList(source="x.csv")) == []


def test_how_the_discharge_list_says_it_is_taken() -> None:
    line = DischargeLine(
        name="Oramorph", strength="10 mg/5 ml", dose="5 ml", as_needed=True, as_needed_reason="pain"
    )
    assert discharge_text(line) == "10 mg/5 ml · 5 ml · as needed for pain"
    assert discharge_text(DischargeLine(name="X", taking=False)) == "stopped"
