"""A trip's time entered from the window goes through the change door and is undone whole."""

from __future__ import annotations

from pathlib import Path

from carebook.store.caseload import Store
from carebook.ui.changes import travel
from carebook.ui.commands import Caseload


def test_a_trip_entered_then_changed_is_undone_a_step_at_a_time(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "c.sqlite3")
    caseload = Caseload(store)
    seen = []
    caseload.changed.connect(seen.append)
    travel.set_trip(caseload, "Travel time", "1 High St", "2 Low Rd", 20)
    travel.set_trip(caseload, "Travel time", "2 low rd", "1 high st", 35)
    assert store.travel.travel_times().minutes("1 High St", "2 Low Rd") == 35
    assert all(change.touches("travel_time") for change in seen)
    caseload.undo_stack.undo()
    assert store.travel.travel_times().minutes("1 High St", "2 Low Rd") == 20
    caseload.undo_stack.undo()
    assert store.travel.travel_times().known == {}
    caseload.undo_stack.redo()
    caseload.undo_stack.redo()
    assert store.travel.travel_times().minutes("2 Low Rd", "1 High St") == 35
    store.close()
