"""What must print together is joined by a no-break space: a sign and its word, a number and
its unit; everything else is left as written."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from carebook.reports.document import glued

NBSP = "\u00a0"


def test_a_dose_never_splits_from_its_unit() -> None:
    assert (
        glued("Codeine phosphate 30 mg twice a day") == f"Codeine phosphate 30{NBSP}mg twice a day"
    )
    assert glued("Emollient 500 g tub") == f"Emollient 500{NBSP}g tub"
    assert glued("Buprenorphine 5 micrograms an hour") == f"Buprenorphine 5{NBSP}micrograms an hour"
    assert glued("Take 2 tablets at night") == f"Take 2{NBSP}tablets at night"


def test_a_sign_stays_with_its_word_and_dates_are_left_alone() -> None:
    assert glued("⚠ PENICILLIN") == f"⚠{NBSP}PENICILLIN"
    assert glued("Next 7 Dec at 10:00") == "Next 7 Dec at 10:00"
    assert glued("Aged 87 and 30 mgs") == "Aged 87 and 30 mgs", "a unit is a whole word"
    assert glued("⚠  0") == f"⚠{NBSP}{NBSP}0", "two spaces stay two"


@given(st.text(alphabet=st.sampled_from(list("0123456789 mgltabes⚠µ%IU"))))
def test_only_spaces_change_and_twice_is_once(text: str) -> None:
    joined = glued(text)
    assert len(joined) == len(text)
    assert joined.replace(NBSP, " ") == text.replace(NBSP, " ")
    assert glued(joined) == joined
