"""File → Team sync… driven by the keyboard against a real hub: a team made, its phrase shown
once and opening the hub, a wrong phrase refused in the dialog, devices listed and removed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from carebook.store.caseload import Store
from carebook.sync.team import devices, join_team, make_team
from carebook.sync.team_key import (
    key_from_phrase,
    new_team_key,
    phrase_of,
    read_key_file,
    write_key_file,
)
from carebook.ui.commands import Caseload
from carebook.ui.sync.key_code import MODULE_PIXELS
from carebook.ui.sync.key_prompt import KeyPrompt, ask_team_key
from carebook.ui.sync.key_shown import TeamKeyDialog
from carebook.ui.sync.team_dialog import TeamSyncDialog, hub_url

ALT = Qt.KeyboardModifier.AltModifier
Key = Qt.Key


@pytest.fixture(autouse=True)
def _password_as_libpq_reads_it(hub_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSWORD", urlsplit(hub_url).password or "")
    # No keyring, as on the test machine: nothing of a test lands in the tester's own.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


def _bare(url: str) -> str:
    parts = urlsplit(url)
    return url.replace(f":{parts.password}@", "@")


class Runner:
    """Stands in for the window's sync runner: counts the syncs asked for."""

    def __init__(self) -> None:
        self.asked = 0

    def sync(self) -> None:
        self.asked += 1


@pytest.fixture
def caseload(sample_db: Path) -> Iterator[Caseload]:
    store = Store.open(sample_db)
    yield Caseload(store)
    store.close()


def _opened(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _type(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(_focused(), text)


def _press(
    qtbot: QtBot, key: Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(_focused(), key, modifier)


def test_a_team_is_made_with_the_keyboard_and_its_phrase_opens_the_hub(
    qtbot: QtBot, caseload: Caseload, hub_url: str, tmp_path: Path, qtmodeltester: object
) -> None:
    runner = Runner()
    dialog = TeamSyncDialog(caseload, runner)
    _opened(qtbot, dialog)
    assert dialog.pages.currentWidget() is dialog.outside
    assert _focused() is dialog.address
    _type(qtbot, _bare(hub_url))
    _press(qtbot, Key.Key_Tab)  # the user name is in the address
    _press(qtbot, Key.Key_Tab)
    assert _focused() is dialog.password
    _type(qtbot, urlsplit(hub_url).password or "")
    _press(qtbot, Key.Key_Tab)
    _type(qtbot, "North team")
    _press(qtbot, Key.Key_Return)

    shown = dialog.phrase_page
    assert dialog.pages.currentWidget() is shown, dialog.message.text()
    phrase = shown.phrase.toPlainText()
    assert len(phrase.split("-")) == 11 and shown.phrase.isReadOnly()
    assert runner.asked == 1
    assert dialog.password.text() == ""
    status = caseload.store.team_sync.status()
    assert status.team is not None and status.team.team_name == "North team"
    assert status.waiting > 1000

    # Escape does not close it before the phrase is kept; the box must be ticked.
    _press(qtbot, Key.Key_Escape)
    assert dialog.isVisible() and "tick the box" in dialog.message.text()
    assert not shown.done_button.isEnabled()
    _press(qtbot, Key.Key_W, ALT)  # a mnemonic "animates" its click first: a moment later
    qtbot.waitUntil(shown.written.isChecked, timeout=3000)
    assert shown.done_button.isEnabled()
    _press(qtbot, Key.Key_Return)
    assert dialog.pages.currentWidget() is dialog.inside
    assert shown.phrase.toPlainText() == ""  # shown once
    qtbot.waitUntil(lambda: dialog.device_model.rowCount() == 1, timeout=10000)
    assert dialog.device_model.index(0, 3).data() == "this computer"
    assert dialog.team_label.text() == "North team"
    assert dialog.fingerprint_label.text() == key_from_phrase(phrase).fingerprint

    # The phrase shown is the team's key: another caseload joins the hub with it.
    laptop = Store.open(tmp_path / "laptop.sqlite3")
    try:
        joined = join_team(laptop, _bare(hub_url), key_from_phrase(phrase))
        assert joined.team_name == "North team"
        laptop_device = laptop.conn.execute("SELECT device FROM sync_clock").fetchone()[0]
    finally:
        laptop.close()
    _press(qtbot, Key.Key_R, ALT)
    qtbot.waitUntil(lambda: dialog.device_model.rowCount() == 2, timeout=10000)
    qtmodeltester.check(dialog.device_model)  # type: ignore[attr-defined]

    # Remove the laptop: choose its row, Alt+O, answer Yes.
    dialog.devices.setFocus()
    rows = [dialog.device_model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in (0, 1)]
    dialog.devices.setCurrentIndex(dialog.device_model.index(rows.index(laptop_device), 0))
    assert dialog.remove.isEnabled()
    _answer_question(qtbot, Key.Key_Y, "Remove")
    _press(qtbot, Key.Key_O, ALT)
    qtbot.waitUntil(
        lambda: any(d.id == laptop_device and d.removed_at for d in devices(caseload.store)),
        timeout=10000,
    )
    qtbot.waitUntil(lambda: "removed" in _column(dialog, 3), timeout=10000)


def _column(dialog: TeamSyncDialog, column: int) -> list[str]:
    model = dialog.device_model
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def _answer_question(qtbot: QtBot, key: Key, word: str) -> None:
    """Press `key` in the question box once it is up, after checking it says `word`."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        assert word in box.text(), box.text()
        qtbot.keyClick(box, key)

    QTimer.singleShot(0, answer)


def test_leaving_the_team_keeps_every_record(
    qtbot: QtBot, caseload: Caseload, hub_url: str, tmp_path: Path
) -> None:
    make_team(caseload.store, hub_url, "North team", tmp_path / "team.key")
    patients = _patients(caseload)
    dialog = TeamSyncDialog(caseload, None)
    _opened(qtbot, dialog)
    assert dialog.pages.currentWidget() is dialog.inside
    qtbot.waitUntil(lambda: dialog.device_model.rowCount() == 1, timeout=10000)
    assert not dialog.remove.isEnabled()  # this computer leaves with "Leave the team…"

    # How often it syncs is said here and set in Preferences (tests/ui/test_sync_preferences).
    assert "every 10 minutes" in dialog.every_label.text()

    # Never synced: everything it holds waits to be sent, and the question says so.
    waiting = caseload.store.team_sync.status().waiting
    assert waiting > 0
    _answer_question(qtbot, Key.Key_Y, f"{waiting} changes made here have not been sent yet")
    _press(qtbot, Key.Key_L, ALT)
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.outside, timeout=10000)
    assert caseload.store.team_sync.status().team is None
    assert _patients(caseload) == patients == 40
    assert "keeps every record" in dialog.message.text()


def _patients(caseload: Caseload) -> int:
    return int(caseload.store.conn.execute("SELECT count(*) FROM patient").fetchone()[0])


def test_a_wrong_phrase_is_refused_in_the_dialog_and_the_right_one_joins(
    qtbot: QtBot, sample_db: Path, hub_url: str, tmp_path: Path
) -> None:
    office = Store.open(sample_db)
    try:
        make_team(office, hub_url, "North team", tmp_path / "team.key")
    finally:
        office.close()
    right = phrase_of(read_key_file(tmp_path / "team.key"))
    groups = right.split("-")
    groups[3] = groups[3][:2] + ("X" if groups[3][2] != "X" else "Y") + groups[3][3:]
    typo = "-".join(groups)

    laptop = Store.open(tmp_path / "laptop.sqlite3")
    try:
        caseload = Caseload(laptop)
        runner = Runner()
        dialog = TeamSyncDialog(caseload, runner)
        _opened(qtbot, dialog)
        _press(qtbot, Key.Key_J, ALT)
        qtbot.waitUntil(dialog.join_choice.isChecked, timeout=3000)
        assert dialog.key_entry.phrase.isVisible()
        assert not dialog.team_name.isVisible()
        _press(qtbot, Key.Key_A, ALT)
        _type(qtbot, _bare(hub_url))
        _press(qtbot, Key.Key_H, ALT)
        assert _focused() is dialog.key_entry.phrase
        _type(qtbot, typo)
        _press(qtbot, Key.Key_T, ALT)
        qtbot.waitUntil(lambda: "typo" in dialog.message.text(), timeout=5000)
        assert "group 4" in dialog.message.text().lower()
        assert dialog.pages.currentWidget() is dialog.outside
        assert dialog.address.text() == _bare(hub_url)
        assert dialog.key_entry.phrase.toPlainText() == typo
        assert laptop.team_sync.status().team is None

        # Another team's key reads well but is not this hub's.
        _press(qtbot, Key.Key_H, ALT)
        _press(qtbot, Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        _type(qtbot, phrase_of(new_team_key()))
        _press(qtbot, Key.Key_T, ALT)
        qtbot.waitUntil(lambda: "not the key of the team" in dialog.message.text(), timeout=10000)
        assert laptop.team_sync.status().team is None and runner.asked == 0

        _press(qtbot, Key.Key_H, ALT)
        _press(qtbot, Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        _type(qtbot, right.lower().replace("-", " "))
        _press(qtbot, Key.Key_T, ALT)
        qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.inside, timeout=10000)
        assert "North team" in dialog.message.text() and runner.asked == 1
        team = laptop.team_sync.status().team
        assert team is not None and team.team_name == "North team"
        qtbot.waitUntil(lambda: dialog.device_model.rowCount() == 2, timeout=10000)
        dialog.close()
    finally:
        laptop.close()


def test_an_unreadable_hub_address_is_said_under_the_fields(
    qtbot: QtBot, caseload: Caseload
) -> None:
    dialog = TeamSyncDialog(caseload, None)
    _opened(qtbot, dialog)
    _type(qtbot, "hub.example.org/carebook")
    _press(qtbot, Key.Key_Return)
    assert "must start with postgresql://" in dialog.message.text()
    assert dialog.isVisible() and dialog.address.text() == "hub.example.org/carebook"
    assert caseload.store.team_sync.status().team is None


def mnemonics(dialog: QWidget) -> list[str]:
    """The underlined letters of every button and label in `dialog`, each page's included."""
    texts = [button.text() for button in dialog.findChildren(QAbstractButton)]
    texts += [label.text() for label in dialog.findChildren(QLabel)]
    letters = []
    for text in texts:
        at = text.replace("&&", "").find("&")
        if at >= 0:
            letters.append(text.replace("&&", "")[at + 1].lower())
    return letters


def test_each_underlined_letter_of_the_dialog_is_its_own(qtbot: QtBot, caseload: Caseload) -> None:
    dialog = TeamSyncDialog(caseload, None)
    qtbot.addWidget(dialog)
    for way in (dialog.make_choice, dialog.join_choice):
        way.setChecked(True)
        letters = mnemonics(dialog)
        assert len(letters) >= 15 and len(letters) == len(set(letters)), sorted(letters)


def test_the_user_name_and_password_typed_go_into_the_address() -> None:
    assert hub_url(" postgresql://hub/db ", "ann", "p@ss:w/rd") == (
        "postgresql://ann:p%40ss%3Aw%2Frd@hub/db"
    )
    assert hub_url("postgresql://bob@hub/db", "", "secret") == "postgresql://bob:secret@hub/db"
    assert hub_url("postgresql://bob:old@hub/db", "ann", "") == "postgresql://ann:old@hub/db"
    assert hub_url("postgresql://hub/db?sslmode=verify-full") == (
        "postgresql://hub/db?sslmode=verify-full"
    )
    assert hub_url("hub/db", "ann", "x") == "hub/db"


def test_the_key_prompt_says_a_typo_and_takes_the_phrase_or_a_key_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    key = new_team_key()
    phrase = phrase_of(key)
    prompt = KeyPrompt()
    _opened(qtbot, prompt)
    assert _focused() is prompt.entry.phrase
    _type(qtbot, phrase[:-1])
    _press(qtbot, Key.Key_Tab)
    _press(qtbot, Key.Key_Return)
    assert prompt.isVisible() and "groups" in prompt.message.text()
    assert _focused() is prompt.entry.phrase
    _type(qtbot, phrase[-1])
    _press(qtbot, Key.Key_Tab)
    _press(qtbot, Key.Key_Return)
    assert prompt.result() == QDialog.DialogCode.Accepted
    assert prompt.chosen is not None and prompt.chosen.fingerprint == key.fingerprint

    write_key_file(tmp_path / "team.key", key)

    problems: list[str] = []

    def give_the_file() -> None:
        asking = QApplication.activeModalWidget()
        if not isinstance(asking, KeyPrompt) or not asking.isActiveWindow():
            if asking is not None:
                asking.activateWindow()
            QTimer.singleShot(20, give_the_file)
            return
        try:
            qtbot.keyClick(asking.entry.phrase, Key.Key_F, ALT)
            assert _focused() is asking.entry.file
            qtbot.keyClicks(asking.entry.file, str(tmp_path / "team.key"))
            qtbot.keyClick(asking.entry.file, Key.Key_Return)
        except AssertionError as error:  # said after exec returns, not lost in the event loop
            problems.append(str(error))
            asking.reject()

    QTimer.singleShot(0, give_the_file)
    given = ask_team_key(None)
    assert not problems
    assert given is not None and given.fingerprint == key.fingerprint


def _when_shown(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """Act on the modal `kind` once it is up (a key prompt, a message box, the key shown)."""

    def poll() -> None:
        top = QApplication.activeModalWidget()
        if isinstance(top, kind) and top.isActiveWindow():
            act(top)
            return
        if isinstance(top, kind):
            top.activateWindow()
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_a_member_shows_the_team_key_as_its_phrase_and_a_qr_code(
    qtbot: QtBot, caseload: Caseload, hub_url: str, tmp_path: Path
) -> None:
    make_team(caseload.store, hub_url, "North team", tmp_path / "team.key")
    phrase = phrase_of(read_key_file(tmp_path / "team.key"))
    dialog = TeamSyncDialog(caseload, None)
    _opened(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.device_model.rowCount() == 1, timeout=10000)

    # This computer keeps no key (no keyring, an unprotected caseload): it is asked for, and
    # another team's key is refused.
    said: list[str] = []

    def give(phrase_given: str) -> Callable[[QWidget], None]:
        def act(prompt: QWidget) -> None:
            assert isinstance(prompt, KeyPrompt)
            _type(qtbot, phrase_given)
            _press(qtbot, Key.Key_Tab)  # Return in the phrase box is a new line
            _press(qtbot, Key.Key_Return)

        return act

    def refused(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        qtbot.keyClick(box, Key.Key_Return)

    _when_shown(KeyPrompt, give(phrase_of(new_team_key())))
    _when_shown(QMessageBox, refused)
    _press(qtbot, Key.Key_E, ALT)
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert "not this team's" in said[0]

    seen: list[tuple[str, str]] = []

    def shown(key_dialog: QWidget) -> None:
        assert isinstance(key_dialog, TeamKeyDialog)
        seen.append((key_dialog.shown.phrase.toPlainText(), key_dialog.shown.code.text_shown))
        assert _modules(key_dialog.shown.code.pixmap().toImage()) == _modules_of(phrase)
        _press(qtbot, Key.Key_Escape)

    _opened(qtbot, dialog)  # the window manager gives the dialog back the keyboard
    _when_shown(KeyPrompt, give(phrase))
    _when_shown(TeamKeyDialog, shown)
    _press(qtbot, Key.Key_E, ALT)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen == [(phrase, phrase)]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5000)


def _modules(image: QImage) -> list[list[bool]]:
    """The dark modules of a QR code drawn MODULE_PIXELS to a module, read off its pixels."""
    side = image.width() // MODULE_PIXELS
    return [
        [
            image.pixelColor(x * MODULE_PIXELS + 1, y * MODULE_PIXELS + 1).lightness() < 128
            for x in range(side)
        ]
        for y in range(side)
    ]


def _modules_of(text: str) -> list[list[bool]]:
    import segno  # the encoder itself says what the code must hold

    return [[bool(m) for m in row] for row in segno.make(text, error="m").matrix_iter(border=4)]
