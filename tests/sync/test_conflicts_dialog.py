"""The Conflicts dialog over a real conflict between two caseloads of a team: both sides shown,
"Keep theirs" by the keyboard through the door, and Ctrl+Z bringing this computer's value back."""

from __future__ import annotations

import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from carebook.store.caseload import Store
from carebook.sync.team import join_team, make_team
from carebook.sync.team_key import read_key_file
from carebook.ui.commands import Caseload
from carebook.ui.sync.conflict_model import value_text
from carebook.ui.sync.conflicts_dialog import ConflictsDialog

from .caseloads import settle, sync
from .test_team_dialog import mnemonics

ALT = Qt.KeyboardModifier.AltModifier
DOSE = "SELECT dose FROM medication WHERE uid = (SELECT min(uid) FROM medication)"


@pytest.fixture(autouse=True)
def _password_as_libpq_reads_it(hub_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSWORD", urlsplit(hub_url).password or "")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def _dose(store: Store) -> str:
    return str(store.conn.execute(DOSE).fetchone()[0])


def test_keep_theirs_by_the_keyboard_and_undo_it(
    qtbot: QtBot, sample_db: Path, hub_url: str, tmp_path: Path, qtmodeltester: object
) -> None:
    key_file = tmp_path / "team.key"
    office = Store.open(sample_db)
    laptop = Store.open(tmp_path / "laptop.sqlite3")
    try:
        make_team(office, hub_url, "North team", key_file)
        join_team(laptop, hub_url, read_key_file(key_file))
        settle([office, laptop], key_file)
        office_device = office.conn.execute("SELECT device FROM sync_clock").fetchone()[0]
        # The same dose changed on both computers before either synced.
        for store, dose in ((office, "2 tablets"), (laptop, "3 tablets")):
            store.conn.execute(
                "UPDATE medication SET dose = ? WHERE uid = (SELECT min(uid) FROM medication)",
                [dose],
            )
            # The laptop's change later by the clock: within one millisecond the two devices'
            # ids would decide which is later, and the test would read either.
            time.sleep(0.01)
        for store in (office, laptop):
            sync(store, key_file)
        assert len(laptop.team_sync.conflicts()) == 1

        caseload = Caseload(laptop)
        dialog = ConflictsDialog(caseload)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
        qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
        model = dialog.model
        assert model.rowCount() == 1
        row = [str(model.index(0, column).data()) for column in range(4)]
        assert row[0].startswith("Medication of ") or row[0].startswith("medication of ")
        assert row[1:3] == ["dose", "Changed on both computers"]
        assert dialog.mine.toPlainText() == "3 tablets"
        assert dialog.theirs.toPlainText() == "2 tablets"
        assert office_device in dialog.theirs_label.text()
        assert QApplication.focusWidget() is dialog.table

        # Until settled, the record shows the later of the two changes: the laptop's.
        shown = _dose(laptop)
        assert shown == "3 tablets"
        qtbot.keyClick(dialog.table, Qt.Key.Key_T, ALT)
        qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=3000)
        assert _dose(laptop) == "2 tablets"
        assert laptop.team_sync.conflicts() == []
        assert dialog.list_stack.currentWidget() is dialog.empty
        assert dialog.empty.text() == "No conflicts: every computer agrees."
        assert not dialog.keep_theirs.isEnabled()
        assert caseload.undo_stack.count() == 1
        assert "other computer's dose" in caseload.undo_stack.undoText()

        caseload.undo_stack.undo()
        assert _dose(laptop) == shown
        caseload.undo_stack.redo()
        assert _dose(laptop) == "2 tablets"
        dialog.close()
    finally:
        office.close()
        laptop.close()


def test_an_empty_list_says_every_computer_agrees(
    qtbot: QtBot, sample_db: Path, qtmodeltester: object
) -> None:
    store = Store.open(sample_db)
    try:
        dialog = ConflictsDialog(Caseload(store))
        qtbot.addWidget(dialog)
        dialog.show()
        qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
        assert dialog.list_stack.currentWidget() is dialog.empty
        assert not dialog.keep_mine.isEnabled() and not dialog.keep_theirs.isEnabled()
        letters = mnemonics(dialog)
        assert sorted(letters) == ["c", "m", "t"]
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
    finally:
        store.close()


@given(
    st.dictionaries(
        st.from_regex(r"[a-z][a-z_]{0,12}", fullmatch=True),
        st.one_of(st.none(), st.integers(), st.text(alphabet="abc 12"), st.binary(max_size=40)),
        min_size=1,
        max_size=6,
    )
)
def test_a_whole_record_shows_one_field_a_line(record: dict[str, object]) -> None:
    lines = value_text(record).split("\n")
    assert len(lines) == len(record)
    for line, (name, value) in zip(lines, record.items(), strict=True):
        label, _, shown = line.partition(": ")
        assert label == name.replace("_", " ")
        if isinstance(value, bytes):
            assert shown == f"({len(value)} bytes)"
        elif value is None:
            assert shown == "(empty)"
        else:
            assert shown == str(value)
