"""The rules that make a record savable, checked over many generated inputs."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carebook.core.errors import ValidationError
from carebook.core.records import (
    Allergy,
    Appointment,
    CarePlan,
    Condition,
    Contact,
    Medication,
    Note,
    Patient,
    Task,
)
from carebook.core.validation import (
    EARLIEST,
    LONG_FIELDS,
    LONG_TEXT,
    SHORT_TEXT,
    WORDED_DOSES,
    check_lengths,
    dose_amount,
    readable_dose,
    validate_medication,
    validate_patient,
    validate_task,
)
from carebook.store.caseload import Store

#: Text as a keyboard types it on one line, in any script: no control characters (line breaks,
#: tabs), lone surrogates, or the invisible marks that reorder text, each refused on its own.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
TYPED = st.characters(
    exclude_characters=BIDI_CONTROLS + "\u2028\u2029", exclude_categories=["Cs", "Cc"]
)

TODAY = date(2026, 3, 2)

#: Positive amounts as a coordinator types them: "2", "0.5", "2,5", "12.25".
AMOUNTS = st.one_of(
    st.integers(1, 10_000).map(str),
    st.builds(
        lambda whole, frac, mark: f"{whole}{mark}{frac}",
        st.integers(0, 999),
        st.integers(1, 99).map(lambda n: f"{n:02d}"),
        st.sampled_from([".", ","]),
    ),
)
UNITS = st.sampled_from(
    ["", "tablet", "tablets", "ml", "mg", "puffs", "drops", "units", "sachet", "mcg/kg"]
)
RANGE_WORDS = st.sampled_from(["-", " - ", " to ", "–", " – ", "to"])


def _number(text: str) -> float:
    return float(text.replace(",", "."))


# -- dose amounts --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "1",
        "0.5 ml",
        "1-2 puffs",
        "2,5 mg",
        "2 tablets",
        "1 to 2 tablets",
        "1–2 puffs",
        " 3 caps",
        "10",
    ],
)
def test_these_doses_start_with_a_positive_amount(text: str) -> None:
    assert dose_amount(text)


@pytest.mark.parametrize(
    "text",
    [
        "-1",
        "-2 tablets",
        "0",
        "0 ml",
        "0.0",
        "0,0 mg",
        "0-2",
        "2-1 puffs",
        "abc",
        "",
        " ",
        ".5 ml",
        "- 1",
    ],
)
def test_these_doses_do_not(text: str) -> None:
    assert not dose_amount(text)


@given(AMOUNTS, UNITS)
def test_a_positive_amount_with_or_without_a_unit_is_an_amount(amount: str, unit: str) -> None:
    assert dose_amount(f"{amount} {unit}".strip())
    validate_medication(
        Medication(patient_id=1, name="Drug", dose=f"{amount} {unit}".strip(), max_per_day=amount)
    )


@given(AMOUNTS, AMOUNTS, RANGE_WORDS, UNITS)
def test_a_range_is_an_amount_only_when_it_rises(low: str, high: str, word: str, unit: str) -> None:
    text = f"{low}{word}{high} {unit}".strip()
    assert dose_amount(text) == (_number(low) <= _number(high))


@given(AMOUNTS, UNITS)
def test_a_negative_or_zero_amount_is_refused_as_the_dose(amount: str, unit: str) -> None:
    for text in (f"-{amount} {unit}", f"0 {unit}", f"0-{amount} {unit}"):
        assert not dose_amount(text.strip())
        with pytest.raises(ValidationError) as refused:
            validate_medication(Medication(patient_id=1, name="Drug", dose=text.strip()))
        assert refused.value.field == "dose"
        with pytest.raises(ValidationError) as refused:
            validate_medication(Medication(patient_id=1, name="Drug", max_per_day=text.strip()))
        assert refused.value.field == "max_per_day"


@given(st.sampled_from(WORDED_DOSES), st.text(TYPED, max_size=30))
def test_a_dose_in_words_is_accepted(opening: str, rest: str) -> None:
    # "apply thinly", "as per INR book", "one tablet": directions a carer can follow.
    validate_medication(
        Medication(patient_id=1, name="Cream", dose=f"{opening.strip().title()} {rest}")
    )


@pytest.mark.parametrize(
    "text",
    ["Aplicar una capa fina", "Según indicaciones", "Una tableta", "Dos inhalaciones", "Media"],
)
def test_a_dose_in_spanish_words_is_accepted(text: str) -> None:
    validate_medication(Medication(patient_id=1, name="Crema", dose=text))


@pytest.mark.parametrize(
    "text", ["lots", "some", "x", "abc mg", "-2 tablets", "0 tablets", "dose", "unos"]
)
def test_a_dose_without_an_amount_or_directions_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as refused:
        validate_medication(Medication(patient_id=1, name="Drug", dose=text))
    assert refused.value.field == "dose"


@given(st.text(max_size=40))
def test_dose_amount_never_fails_on_any_text(text: str) -> None:
    assert dose_amount(text) in (True, False)


@given(st.text(TYPED, max_size=40))
def test_a_dose_is_savable_exactly_when_it_is_blank_words_or_an_amount(text: str) -> None:
    medication = Medication(patient_id=1, name="Drug", dose=text)
    stripped = text.strip()
    savable = not stripped or readable_dose(stripped)
    if savable:
        validate_medication(medication)
    else:
        with pytest.raises(ValidationError) as refused:
            validate_medication(medication)
        assert refused.value.field == "dose"


@pytest.mark.parametrize("text", ["5mg", "10ml", "2tabs", "0.5ml"])
def test_an_amount_written_against_its_unit_is_still_an_amount(text: str) -> None:
    # "5mg" starts with a positive amount as surely as "5 mg" does.
    assert dose_amount(text)


@pytest.mark.parametrize("text", ["½ tablet", "1½ tablets", "¼ tablet"])
def test_a_fraction_of_a_tablet_is_a_positive_dose(text: str) -> None:
    # Half tablets are everyday in older people's medication lists.
    validate_medication(Medication(patient_id=1, name="Warfarin", dose=text))


# -- lengths -------------------------------------------------------------------------------------

RECORDS: list[Any] = [
    Patient(given="Ann"),
    Contact(name="Liv"),
    Condition(patient_id=1, description="Gout"),
    Allergy(patient_id=1, substance="Latex"),
    Medication(patient_id=1, name="Drug"),
    Appointment(patient_id=1, start=datetime(2026, 3, 3, 9, 0)),
    Task(title="Call"),
    CarePlan(patient_id=1, title="Plan"),
    Note(patient_id=1, written_at=datetime(2026, 3, 2), text="Seen"),
]
TEXT_FIELDS = [
    (record, item.name)
    for record in RECORDS
    for item in dataclasses.fields(record)
    if isinstance(getattr(record, item.name), str)
]


@pytest.mark.parametrize(
    ("record", "name"), TEXT_FIELDS, ids=[f"{type(r).__name__}.{n}" for r, n in TEXT_FIELDS]
)
def test_every_text_field_is_capped_at_its_limit_and_the_refusal_names_it(
    record: Any, name: str
) -> None:
    limit = LONG_TEXT if name in LONG_FIELDS else SHORT_TEXT
    check_lengths(dataclasses.replace(record, **{name: "x" * limit}))
    with pytest.raises(ValidationError) as refused:
        check_lengths(dataclasses.replace(record, **{name: "x" * (limit + 1)}))
    assert refused.value.field == name
    assert f"{limit:,}" in str(refused.value)


@pytest.mark.parametrize(
    ("record", "name"), TEXT_FIELDS, ids=[f"{type(r).__name__}.{n}" for r, n in TEXT_FIELDS]
)
@pytest.mark.parametrize("bad", ["\x00", "\ud800", "\udfff"])
def test_no_text_field_takes_a_character_that_cannot_be_saved(
    record: Any, name: str, bad: str
) -> None:
    with pytest.raises(ValidationError, match="cannot be saved") as refused:
        check_lengths(dataclasses.replace(record, **{name: f"12 Mill Lane{bad}, Leeds"}))
    assert refused.value.field == name


@given(st.integers(0, 2 * SHORT_TEXT), st.sampled_from(["x", "é", "😀", "中", " "]))
def test_a_limit_counts_characters_not_bytes(length: int, char: str) -> None:
    contact = Contact(name="Liv", phone=char * length)
    if length <= SHORT_TEXT:
        check_lengths(contact)
    else:
        with pytest.raises(ValidationError):
            check_lengths(contact)


def _kept(char: str, free_text: bool) -> bool:
    """Whether a field keeps `char`: free text keeps its line breaks and tabs."""
    if char in BIDI_CONTROLS:
        return False
    if free_text and char in "\n\r\t\u2028\u2029":
        return True
    return unicodedata.category(char) not in ("Cc", "Cs", "Zl", "Zp")


def _first_refusal(record: Any) -> str | None:
    """The field check_lengths must name, worked out the plain way, field by field."""
    for item in dataclasses.fields(record):
        value = getattr(record, item.name)
        if not isinstance(value, str):
            continue
        limit = LONG_TEXT if item.name in LONG_FIELDS else SHORT_TEXT
        if len(value) > limit or not all(_kept(c, item.name in LONG_FIELDS) for c in value):
            return item.name
    return None


_CELLS = st.one_of(
    st.text(max_size=40),
    st.text(st.sampled_from("ab \x00\ud800é\n\r\t\x1f\u202e\u2028\u2069"), max_size=8),
    st.integers(SHORT_TEXT - 2, SHORT_TEXT + 2).map(lambda n: "x" * n),
)


@given(
    st.fixed_dictionaries(
        {
            name: _CELLS
            for name in ("given", "family", "phone", "postal_code", "notes", "access_notes")
        }
    )
)
def test_the_quick_look_at_a_record_refuses_what_the_plain_one_does(texts: dict[str, Any]) -> None:
    record = Patient(**texts)
    expected = _first_refusal(record)
    if expected is None:
        check_lengths(record)
    else:
        with pytest.raises(ValidationError) as refused:
            check_lengths(record)
        assert refused.value.field == expected


def test_free_text_fields_take_long_text() -> None:
    assert {"notes", "access_notes", "instructions", "details", "text"} <= LONG_FIELDS
    check_lengths(Patient(given="Ann", notes="x" * LONG_TEXT, access_notes="y" * LONG_TEXT))


# -- patients ------------------------------------------------------------------------------------

#: Any text with something other than white space in it, in any script.
NAMES = st.text(TYPED, max_size=SHORT_TEXT).filter(lambda text: text.strip() != "")
MAYBE_NAMES = st.one_of(st.just(""), st.just("  "), NAMES)
BIRTH_DATES = st.one_of(st.none(), st.dates(min_value=EARLIEST, max_value=TODAY))


@st.composite
def patients(draw: st.DrawFn) -> Patient:
    names = [draw(MAYBE_NAMES), draw(MAYBE_NAMES), draw(MAYBE_NAMES)]
    if not any(name.strip() for name in names):
        names[draw(st.integers(0, 2))] = draw(NAMES)
    return Patient(
        given=names[0],
        family=names[1],
        preferred_name=names[2],
        birth_date=draw(BIRTH_DATES),
        lat=draw(st.one_of(st.none(), st.floats(-90, 90))),
        lon=draw(st.one_of(st.none(), st.floats(-180, 180))),
        email=draw(st.one_of(st.just(""), st.emails())),
        phone=draw(st.text(TYPED, max_size=SHORT_TEXT)),
        notes=draw(st.text(TYPED, max_size=200)),
    )


@given(patients())
def test_a_patient_with_a_name_in_any_script_and_a_plausible_birth_date_is_savable(
    patient: Patient,
) -> None:
    validate_patient(patient, TODAY)


@given(NAMES, st.dates(min_value=EARLIEST, max_value=TODAY))
def test_a_single_name_is_enough_whichever_name_it_is(name: str, born: date) -> None:
    for patient in (Patient(given=name), Patient(family=name), Patient(preferred_name=name)):
        validate_patient(dataclasses.replace(patient, birth_date=born), TODAY)


@given(
    st.text(alphabet=st.characters(categories=["Zs", "Cc"]), max_size=20).filter(
        lambda text: not text.strip()
    )
)
def test_a_name_of_white_space_alone_is_refused(blank: str) -> None:
    with pytest.raises(ValidationError) as refused:
        validate_patient(Patient(given=blank, family=blank, preferred_name=blank), TODAY)
    assert refused.value.field == "given"


@given(
    NAMES,
    st.one_of(
        st.dates(min_value=date(TODAY.year, TODAY.month, TODAY.day + 1)),
        st.dates(max_value=date(EARLIEST.year - 1, 12, 31)),
    ),
)
def test_an_impossible_birth_date_is_refused(name: str, born: date) -> None:
    with pytest.raises(ValidationError) as refused:
        validate_patient(Patient(given=name, birth_date=born), TODAY)
    assert refused.value.field == "birth_date"


@given(st.text(TYPED, max_size=60).filter(lambda text: "@" not in text and text != ""))
def test_an_email_without_an_at_is_refused(email: str) -> None:
    with pytest.raises(ValidationError) as refused:
        validate_patient(Patient(given="Ann", email=email), TODAY)
    assert refused.value.field == "email"


@given(st.one_of(st.floats(max_value=-90.0001), st.floats(min_value=90.0001)))
def test_a_latitude_off_the_globe_is_refused(lat: float) -> None:
    with pytest.raises(ValidationError) as refused:
        validate_patient(Patient(given="Ann", lat=lat), TODAY)
    assert refused.value.field == "lat"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = Store.open(
        tmp_path_factory.mktemp("validation") / "caseload.sqlite3",
        clock=lambda: datetime.combine(TODAY, time(7, 30)),
    )
    yield store
    store.close()


@settings(max_examples=60, deadline=None)
@given(patients())
def test_what_validation_accepts_the_caseload_file_stores_and_gives_back(
    store: Store, patient: Patient
) -> None:
    saved = store.patients.add_patient(dataclasses.replace(patient))
    assert saved.id is not None
    assert store.patients.patient(saved.id) == dataclasses.replace(patient, id=saved.id)


def test_the_store_refuses_what_validation_refuses_and_keeps_nothing(tmp_path: Path) -> None:
    store = Store.open(
        tmp_path / "caseload.sqlite3", clock=lambda: datetime.combine(TODAY, time(7, 30))
    )
    try:
        with pytest.raises(ValidationError):
            store.patients.add_patient(Patient(given="\u00a0\u2003"))
        assert store.counts().patients == 0
    finally:
        store.close()


# -- tasks ---------------------------------------------------------------------------------------


@given(
    st.text(TYPED, max_size=SHORT_TEXT).filter(lambda text: text.strip() != ""),
    st.times().map(lambda moment: moment.replace(second=0, microsecond=0)),
)
def test_a_task_time_needs_a_date(title: str, at: time) -> None:
    with pytest.raises(ValidationError) as refused:
        validate_task(Task(title=title, due_time=at))
    assert refused.value.field == "due_date"
    validate_task(Task(title=title, due_date=TODAY, due_time=at))
