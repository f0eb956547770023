"""A stored code reads in its own vocabulary's words, so that a label agrees with its noun."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from carebook.core import display, words
from carebook.core.vocabularies import AllergyStatus, GoalLifecycle, PatientStatus


@pytest.fixture
def contexts() -> Iterator[None]:
    """A translator that shows the context each text was translated in."""
    words.install(lambda context, text, _disambiguation, _n: f"{context}:{text}", "es")
    try:
        yield
    finally:
        words.install(None)


@pytest.mark.usefixtures("contexts")
def test_a_code_is_translated_in_its_own_vocabulary() -> None:
    assert display.code_of(PatientStatus)("active") == "PatientStatus:Active"
    assert display.code_of(AllergyStatus)("active") == "AllergyStatus:Active"
    assert display.code_of(GoalLifecycle)(GoalLifecycle.CANCELLED) == "GoalLifecycle:Cancelled"


@pytest.mark.usefixtures("contexts")
def test_an_unknown_or_empty_code_reads_as_display_code() -> None:
    show = display.code_of(PatientStatus)
    assert show("") == ""
    assert show(None) == ""
    assert show("not_a_status") == display.code("not_a_status") == "Not a status"


def test_in_english_a_code_reads_as_before() -> None:
    for status in PatientStatus:
        assert display.code_of(PatientStatus)(status.value) == display.code(status.value)
    assert display.code_of(AllergyStatus)("inactive") == "Inactive"
