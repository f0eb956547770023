"""A medication the form would ask more of is still keepable: the form insists, an import keeps
it and says what is missing."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carebook.core.errors import ValidationError
from carebook.core.incomplete import AS_NEEDED_REASON, incomplete, incomplete_medication
from carebook.core.kinds import validate_record
from carebook.core.records import Allergy, Medication
from carebook.core.validation import check_medication, validate_medication

TODAY = date(2026, 3, 2)


def test_an_as_needed_medication_without_a_reason_is_incomplete_not_broken() -> None:
    prn = Medication(patient_id=1, name="Ibuprofen 200 MG Oral Tablet", as_needed=True)
    check_medication(prn)  # keepable
    validate_record(prn, TODAY)  # as every import checks it, through the kind registry
    assert incomplete_medication(prn) == [AS_NEEDED_REASON]
    assert incomplete(prn) == [AS_NEEDED_REASON]
    assert AS_NEEDED_REASON.what == "what it is taken for as needed"


def test_the_form_and_the_store_still_ask_what_it_is_taken_for() -> None:
    prn = Medication(patient_id=1, name="Ibuprofen", as_needed=True, as_needed_reason="  ")
    with pytest.raises(ValidationError, match="taken for") as refused:
        validate_medication(prn)
    assert refused.value.field == "as_needed_reason"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": " "}, "name"),
        ({"dose": "lots"}, "dose"),
        ({"max_per_day": "-1"}, "max_per_day"),
        ({"start_date": date(2026, 2, 1), "end_date": date(2026, 1, 1)}, "end_date"),
        ({"start_date": date(1066, 10, 14)}, "start_date"),
    ],
)
def test_what_is_truly_broken_is_still_refused_on_import(
    changes: dict[str, object], field: str
) -> None:
    fields: dict[str, object] = {"name": "Drug", "as_needed": True, **changes}
    broken = Medication(patient_id=1, **fields)  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as refused:
        check_medication(broken)
    assert refused.value.field == field
    with pytest.raises(ValidationError):
        validate_record(broken, TODAY)


@given(as_needed=st.booleans(), reason=st.sampled_from(["", " ", "pain", "wheeze"]))
def test_the_form_refuses_exactly_what_is_incomplete(as_needed: bool, reason: str) -> None:
    medication = Medication(patient_id=1, name="Drug", as_needed=as_needed, as_needed_reason=reason)
    check_medication(medication)
    missing = incomplete_medication(medication)
    assert bool(missing) == (as_needed and not reason.strip())
    if missing:
        with pytest.raises(ValidationError) as refused:
            validate_medication(medication)
        assert refused.value.field == missing[0].field
    else:
        validate_medication(medication)


def test_other_kinds_have_nothing_their_form_would_ask_more_of() -> None:
    assert incomplete(Allergy(patient_id=1, substance="Penicillin")) == []
