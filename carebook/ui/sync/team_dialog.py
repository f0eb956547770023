"""File → Team sync…: making or joining a team on a hub, and, once in one, its state and devices."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from urllib.parse import quote, unquote, urlsplit

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carebook.core.changes import Changes
from carebook.core.errors import ValidationError
from carebook.core.words import translate
from carebook.storage import sync_state
from carebook.storage.hub_connection import HubError
from carebook.sync.team import Joined, devices, join_team, leave_team, make_team
from carebook.sync.team_key import TeamKeyError, key_from_phrase
from carebook.ui.commands import Caseload
from carebook.ui.forms.field_message import FieldMessage
from carebook.ui.sync.device_model import DeviceIdRole, DeviceModel
from carebook.ui.sync.key_prompt import KeyEntry
from carebook.ui.sync.key_shown import NewKeyShown, show_team_key
from carebook.ui.sync.rows_model import moment_text
from carebook.ui.sync.sync_status import conflicts_text, every_text, waiting_text


def hub_url(address: str, user: str = "", password: str = "") -> str:
    """The hub address with the user name and password typed beside it put in (a typed one
    wins over the address's own); the address as typed when neither was typed."""
    text = address.strip()
    scheme, separator, rest = text.partition("://")
    if not separator or not (user or password):
        return text  # hub_address says what is wrong with an address it cannot read
    location, slash, path = rest.partition("/")
    credentials, at, hosts = location.rpartition("@")
    old_user, _, old_password = credentials.partition(":") if at else ("", "", "")
    name = quote(user.strip(), safe="") if user.strip() else old_user
    secret = quote(password, safe="") if password else old_password
    signed = name + (f":{secret}" if secret else "")
    return f"{scheme}://{signed}@{hosts}{slash}{path}" if signed else text


@contextmanager
def waiting_cursor() -> Iterator[None]:
    """A wait cursor while the hub is asked (a few seconds at most)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class TeamSyncDialog(QDialog):
    """Make or join a team; in one, see it, its devices, and how often to sync."""

    def __init__(
        self, caseload: Caseload, runner: object | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.caseload = caseload
        self.runner = runner
        self.joined: Joined | None = None
        self.setWindowTitle(translate("Sync", "Team sync"))
        self.pages = QStackedWidget(self)
        self.outside = self._outside_page()
        self.phrase_page = NewKeyShown(self)
        self.phrase_page.done_button.clicked.connect(self._phrase_kept)
        self.inside = self._inside_page()
        for page in (self.outside, self.phrase_page, self.inside):
            self.pages.addWidget(page)
        self.message = FieldMessage(self)
        self.close_button = QPushButton(translate("Sync", "&Close"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(
            self.close_button, 0, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        self.resize(680, 520)
        caseload.changed.connect(self._changed)
        if self.caseload.store.team_sync.status().team is None:
            self._show_outside()
        else:
            self._show_inside()

    # -- not in a team: make one or join one -----------------------------------------------------

    def _outside_page(self) -> QWidget:
        page = QWidget(self)
        self.make_choice = QRadioButton(translate("Sync", "&Make a team"), page)
        self.join_choice = QRadioButton(translate("Sync", "&Join a team"), page)
        self.make_choice.setChecked(True)
        self.make_choice.toggled.connect(self._way_chosen)
        choices = QHBoxLayout()
        choices.addWidget(self.make_choice)
        choices.addWidget(self.join_choice)
        choices.addStretch(1)
        self.address = QLineEdit(page)
        self.address.setPlaceholderText("postgresql://you@hub.example.org/carebook")
        self.user = QLineEdit(page)
        self.user.setPlaceholderText(translate("Sync", "if the address does not name it"))
        self.password = QLineEdit(page)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.team_name = QLineEdit(page)
        self.team_name.setPlaceholderText(translate("Sync", "the hub's database name if empty"))
        self.go = QPushButton(page)
        self.go.setDefault(True)
        self.go.clicked.connect(self._make_or_join)
        form = QFormLayout()
        form.addRow(choices)
        self._add_row(form, translate("Sync", "Hub &address:"), self.address)
        self._add_row(form, translate("Sync", "&User name:"), self.user)
        self._add_row(form, translate("Sync", "&Password:"), self.password)
        self._add_row(form, translate("Sync", "Team &name:"), self.team_name)
        self.key_entry = KeyEntry(page, form)
        self.outside_form = form
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.go, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _add_row(self, form: QFormLayout, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, field.parentWidget())
        label.setBuddy(field)
        form.addRow(label, field)
        return label

    def _way_chosen(self) -> None:
        making = self.make_choice.isChecked()
        self.outside_form.setRowVisible(self.team_name, making)
        self.outside_form.setRowVisible(self.key_entry.phrase, not making)
        self.outside_form.setRowVisible(self.key_entry.file_row, not making)
        self.go.setText(
            translate("Sync", "Make the &team") if making else translate("Sync", "Join the &team")
        )
        self.message.clear()

    def _show_outside(self) -> None:
        self.go.setDefault(True)
        self.pages.setCurrentWidget(self.outside)
        self._way_chosen()
        self.address.setFocus()

    def _make_or_join(self) -> None:
        self.message.clear()
        url = hub_url(self.address.text(), self.user.text(), self.password.text())
        if not url:
            self.message.show_error(
                translate("Sync", "Type the hub's address, as your team's admin gave it.")
            )
            self.address.setFocus()
            return
        try:
            if self.make_choice.isChecked():
                with waiting_cursor():
                    joined = make_team(self.caseload.store, url, self.team_name.text().strip())
                key = key_from_phrase(joined.phrase)
            else:
                key = self.key_entry.key()
                with waiting_cursor():
                    joined = join_team(self.caseload.store, url, key)
        except TeamKeyError as error:
            self.message.show_error(str(error))
            self.key_entry.focus_for(error)
            return
        except (HubError, ValidationError) as error:
            self.message.show_error(str(error))
            self.address.setFocus()
            return
        self.joined = joined
        self.password.clear()  # kept where keep_password put it; the field forgets it
        self.caseload.announce(Changes.of(["preferences"]))
        # The key and password were just made or given here: this run's syncs use them rather
        # than ask again (a computer with no keyring keeps them nowhere else).
        use_key = getattr(self.runner, "use_key", None)
        if callable(use_key):
            use_key(key, unquote(urlsplit(url).password or ""))
        self._sync_now()
        if self.make_choice.isChecked():
            self._show_phrase(joined)
        else:
            self._show_inside()
            self.message.show_note(self._joined_note(joined))

    def _joined_note(self, joined: Joined) -> str:
        return (
            translate(
                "Sync", "This caseload is in the team {team}; {waiting} records wait to be sent."
            ).format(team=joined.team_name, waiting=joined.waiting)
            + " "
            + joined.kept_said
        )

    def _sync_now(self) -> None:
        sync = getattr(self.runner, "sync", None)
        if callable(sync):
            sync()

    # -- the new team's key, shown once ------------------------------------------------------------

    def _show_phrase(self, joined: Joined) -> None:
        team = self.caseload.store.team_sync.status().team
        self.phrase_page.show_phrase(joined.phrase, team.hub if team else None)
        self.pages.setCurrentWidget(self.phrase_page)
        self.message.show_note(self._joined_note(joined))

    def _phrase_kept(self) -> None:
        if not self.phrase_page.written.isChecked():
            return
        self.joined = None
        self.phrase_page.forget()
        self._show_inside()

    def _phrase_unsaid(self) -> bool:
        """Whether the new key's phrase is still showing unconfirmed (closing must wait)."""
        if (
            self.pages.currentWidget() is not self.phrase_page
            or self.phrase_page.written.isChecked()
        ):
            return False
        self.message.show_error(
            translate(
                "Sync",
                "Write the recovery phrase down or save the key file, then tick the box: it "
                "will not be shown again.",
            )
        )
        self.phrase_page.written.setFocus()
        return True

    def reject(self) -> None:
        if not self._phrase_unsaid():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._phrase_unsaid():
            event.ignore()
            return
        super().closeEvent(event)

    # -- in a team -------------------------------------------------------------------------------

    def _inside_page(self) -> QWidget:
        page = QWidget(self)
        self.team_label = QLabel(page)
        self.hub_label = QLabel(page)
        self.device_label = QLabel(page)
        self.fingerprint_label = QLabel(page)
        self.synced_label = QLabel(page)
        self.synced_label.setWordWrap(True)
        self.waiting_label = QLabel(page)
        for label in (self.team_label, self.hub_label, self.device_label, self.fingerprint_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.every_label = QLabel(page)
        self.every_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("Sync", "Team:"), self.team_label)
        form.addRow(translate("Sync", "Hub:"), self.hub_label)
        form.addRow(translate("Sync", "This computer:"), self.device_label)
        form.addRow(translate("Sync", "Key fingerprint:"), self.fingerprint_label)
        form.addRow(translate("Sync", "Last synced:"), self.synced_label)
        form.addRow(translate("Sync", "Waiting:"), self.waiting_label)
        form.addRow(translate("Sync", "Syncs:"), self.every_label)
        self.device_model = DeviceModel("", self)
        self.devices = QTableView(page)
        self.devices.setModel(self.device_model)
        self.devices.setAccessibleName(translate("Sync", "The team's computers"))
        self.devices.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.devices.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.devices.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.devices.setTabKeyNavigation(False)
        self.devices.verticalHeader().setVisible(False)
        self.devices.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.devices.selectionModel().currentRowChanged.connect(self._device_chosen)
        devices_label = QLabel(translate("Sync", "Computers &in the team:"), page)
        devices_label.setBuddy(self.devices)
        self.devices_said = QLabel(page)
        self.devices_said.setWordWrap(True)
        self.reload = QPushButton(translate("Sync", "&Refresh"), page)
        self.remove = QPushButton(translate("Sync", "Rem&ove device…"), page)
        self.leave = QPushButton(translate("Sync", "&Leave the team…"), page)
        self.show_key = QPushButton(translate("Sync", "Show team k&ey…"), page)
        for button, act in (
            (self.show_key, lambda: show_team_key(self.caseload, self)),
            (self.reload, self.load_devices),
            (self.remove, self._remove_device),
            (self.leave, self._leave),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(act)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reload)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        buttons.addWidget(self.show_key)
        buttons.addWidget(self.leave)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(devices_label)
        layout.addWidget(self.devices, 1)
        layout.addWidget(self.devices_said)
        layout.addLayout(buttons)
        return page

    def _show_inside(self) -> None:
        self.close_button.setDefault(True)
        self.pages.setCurrentWidget(self.inside)
        self.refresh()
        self.devices_said.setText(translate("Sync", "Asking the hub for the team's computers…"))
        self.device_model.set_rows([])
        self.remove.setEnabled(False)
        # Once the dialog is on screen: the hub may take a moment to answer.
        QTimer.singleShot(0, self, self.load_devices)
        self.devices.setFocus()

    def refresh(self) -> None:
        """Show the team's state as the caseload holds it now."""
        status = self.caseload.store.team_sync.status()
        team = status.team
        if team is None:
            return
        self.team_label.setText(team.team_name)
        self.hub_label.setText(team.hub)
        self.device_model.this_device = sync_state.device_id(self.caseload.store.conn)
        self.device_label.setText(self.device_model.this_device)
        self.fingerprint_label.setText(team.key_fingerprint)
        synced = translate("Sync", "never")
        if team.synced_at:
            synced = moment_text(datetime.fromisoformat(team.synced_at))
        if team.trouble:
            synced = translate("Sync", "{when}; the last sync stopped: {trouble}").format(
                when=synced, trouble=team.trouble
            )
        self.synced_label.setText(synced)
        self.waiting_label.setText(
            f"{waiting_text(status.waiting)} · {conflicts_text(status.conflicts)}"
        )
        self.every_label.setText(every_text(team.every_minutes))

    def _changed(self, _changes: Changes) -> None:
        # A sync that finished, or a setting saved: the state shown may be out of date.
        if self.pages.currentWidget() is self.inside:
            self.refresh()

    def load_devices(self) -> None:
        """Ask the hub for the team's devices; a failure is said in the dialog, never in a box."""
        store = self.caseload.store
        if not store.is_open or store.team_sync.status().team is None:
            return  # closed meanwhile (the window with it), or left the team
        try:
            with waiting_cursor():
                rows = devices(self.caseload.store)
        except HubError as error:
            self.devices_said.setText(
                translate("Sync", "The hub did not list the team's computers: {reason}").format(
                    reason=error
                )
            )
            return
        self.device_model.set_rows(rows)
        self.devices_said.clear()
        self._device_chosen()

    def _device_chosen(self) -> None:
        self.remove.setEnabled(self.device_model.removable(self.devices.currentIndex().row()))

    def _remove_device(self) -> None:
        index = self.devices.currentIndex()
        if not self.device_model.removable(index.row()):
            return
        device = str(self.device_model.index(index.row(), 0).data(DeviceIdRole))
        name = str(self.device_model.index(index.row(), 0).data())
        asked = translate(
            "Sync",
            "Remove {name} from the team? The hub gives it nothing more; what it already "
            "holds stays on it.",
        ).format(name=name)
        if self._confirm(translate("Sync", "Remove device"), asked):
            self._hub_step(lambda: leave_team(self.caseload.store, device))
            self.load_devices()

    def _leave(self) -> None:
        status = self.caseload.store.team_sync.status()
        team = status.team
        asked = translate(
            "Sync",
            "Leave the team {team}? This caseload keeps every record; it stops sending and "
            "receiving changes. You can join again later with the team key.",
        ).format(team=team.team_name if team else "")
        if status.waiting:
            # Leaving drops what was never sent: said before, so that she can sync first.
            asked += "\n\n" + (
                translate(
                    "Sync",
                    "1 change made here has not been sent yet: the team will never get it. "
                    "Sync first (F9) to send it.",
                )
                if status.waiting == 1
                else translate(
                    "Sync",
                    "{count} changes made here have not been sent yet: the team will never get "
                    "them. Sync first (F9) to send them.",
                ).format(count=status.waiting)
            )
        if not self._confirm(translate("Sync", "Leave the team"), asked):
            return
        if self._hub_step(lambda: leave_team(self.caseload.store)):
            self.caseload.announce(Changes.of(["preferences"]))
            self._show_outside()
            self.message.show_note(
                translate("Sync", "This caseload left the team; it keeps every record.")
            )

    def _hub_step(self, step: Callable[[], None]) -> bool:
        """Run a step that asks the hub; its refusal said under the fields."""
        self.message.clear()
        try:
            with waiting_cursor():
                step()
        except HubError as error:
            self.message.show_error(str(error))
            return False
        return True

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
