"""What a change touched: its kinds and their owners, its records and patients, or everything."""

from __future__ import annotations

from carebook.core.changes import Changes


def test_a_change_touches_its_kinds_records_and_patients() -> None:
    changes = Changes.of(["allergy"], [("allergy", 4)], [7])
    assert changes.touches("allergy") and changes.touches("patient", "allergy")
    assert not changes.touches("patient") and not changes.touches("task", "appointment")
    assert changes.touches_patient(7) and not changes.touches_patient(8)


def test_everything_touches_everything_and_changes_add_up() -> None:
    everything = Changes.of_everything()
    assert everything.touches("task") and everything.touches_patient(1)
    both = Changes.of(["task"], patients=[1]) | Changes.of(["contact"])
    assert both.touches("contact") and both.touches("task") and both.touches_patient(1)
    assert not both.everything
