"""The carebook window's frame: its tabs (each made on first use), status bar and safety."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, cast

import shiboken6
from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QToolBar, QWidget

from carebook.core.changes import Changes
from carebook.ui import window_commands
from carebook.ui.commands import Caseload
from carebook.ui.lists.tab_spec import tab_text
from carebook.ui.lists.tab_specs import LIST_TABS
from carebook.ui.reminders.reminders import Reminders
from carebook.ui.reminders.tray_window import follow_reminders, hidden_to_tray
from carebook.ui.safety.auto_lock import AutoLock
from carebook.ui.safety.backups_view import Backups
from carebook.ui.safety.passphrase import Protection, matches
from carebook.ui.sync.sync_runner import SyncRunner
from carebook.ui.sync.sync_status import SyncStatus
from carebook.ui.tab_pages import TabPages
from carebook.ui.today.empty_state import EmptyState, offer_first_steps
from carebook.ui.today.today_tab import TodayTab
from carebook.ui.widgets.elided_label import ElidedLabel
from carebook.ui.widgets.screen_fit import fitted
from carebook.ui.window_billing import WindowBilling
from carebook.ui.window_toolbar import dress

if TYPE_CHECKING:
    from carebook.store.team_sync import TeamStatus
    from carebook.ui.agenda.agenda_tab import AgendaTab
    from carebook.ui.agenda.visit_menu import VisitMenu
    from carebook.ui.lists.list_tab import ListTab


class WindowFrame(QMainWindow):
    """One caseload, one window: all of it but the menus (see main_window and window_menus)."""

    #: Closed for good (Quit, or closed with no tray): carebook then quits (see app.py).
    quitting = Signal()

    # The menus' actions and bars (see window_menus), which the window and its tests reach.
    print_action: QAction
    pdf_action: QAction
    export_list_action: QAction
    import_action: QAction
    reconcile_action: QAction
    protect_action: QAction
    change_passphrase_action: QAction
    remove_passphrase_action: QAction
    load_sample_action: QAction
    team_sync_action: QAction
    sync_now_action: QAction
    conflicts_action: QAction
    agenda_views: dict[str, QAction]
    visit_menu: VisitMenu
    toolbar: QToolBar
    _undo_actions: tuple[QAction, QAction]

    def __init__(self, caseload: Caseload, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caseload = caseload
        self.setWindowTitle(f"carebook — {caseload.store.path.name}")
        self.setMinimumSize(720, 480)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.pages = TabPages(self.tabs)
        self.today = TodayTab(caseload, self.tabs)
        self.pages.add_made("today", self.tr("Toda&y"), self.today)  # Alt+T is the Tasks tab
        self.pages.add("agenda", self.tr("&Agenda"), self._make_agenda)
        for number, spec in enumerate(LIST_TABS):
            self.pages.add(
                f"list{number}",
                tab_text(spec.label) if spec.label else "&" + tab_text(spec.title),
                partial(self._make_list_tab, number),
            )
        self.billing = WindowBilling(self, caseload, self.pages)
        self.setCentralWidget(self.tabs)

        self.count_label = QLabel(self)
        self.statusBar().addWidget(self.count_label, 1)
        self.damage_label: QLabel | None = None
        # Lists read their rows as they are shown; a counter, looked at now and then, says
        # whether any text they read was damaged.
        self._damage_watch = QTimer(self)
        self._damage_watch.timeout.connect(self._warn_of_damaged_text)
        self._damage_watch.start(1000)
        # The path gives way (cut in the middle) before the backup's age beside it does.
        file_label = ElidedLabel(str(caseload.store.path), self)
        file_label.setToolTip(self.tr("The caseload file: %s") % caseload.store.path)
        file_label.setAccessibleDescription(self.tr("The caseload file"))
        self.statusBar().addPermanentWidget(file_label)
        caseload.status_message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        caseload.refused.connect(self.billing.say_refused)
        caseload.record_wanted.connect(self._open_record)
        self.today.count_changed.connect(self._count_changed)
        self.today.agenda_wanted.connect(lambda day: self._on_agenda(self.agenda.show_day, day))
        self.today.tasks_wanted.connect(lambda: self.tabs.setCurrentWidget(self.list_tab(3)))
        self.today.billing_wanted.connect(self.billing.show_billing)
        self._offer_first_steps(self.today.empty)
        self.tabs.currentChanged.connect(self._tab_changed)

        self.backups = Backups(caseload, self)
        self.backup_label = QLabel(self)
        self.backup_label.setAccessibleName(self.tr("Last backup"))
        self.statusBar().addPermanentWidget(self.backup_label)
        self.backups.age_changed.connect(self._backup_age)
        self.backups.age_changed.connect(self.today.show_backup)
        self.today.backup_wanted.connect(lambda: self.backups.back_up(self))
        reminders = Reminders(caseload, lambda: self.backups.last, self)
        self.reminders = follow_reminders(self, reminders, self.today.backup_wanted.emit)
        self._quitting = False

        # Team sync runs in the background; the status bar says how it stands.
        self.sync_runner = SyncRunner(caseload, self)
        self.sync_status = SyncStatus(caseload, self.sync_runner, self)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.sync_status.conflicts_wanted.connect(self.open_conflicts)
        self.sync_status.status_read.connect(self._follow_team)
        self.today.conflicts_wanted.connect(self.open_conflicts)
        self._synced_at_start = False

        self.protection = Protection(caseload, self)
        self.auto_lock = AutoLock(self, caseload.store.preferences.preferences().lock_minutes)
        self._follow_protection()
        caseload.changed.connect(self._preferences_changed)

    # -- the tabs made on first use ---------------------------------------------------------------

    def list_tab(self, number: int) -> ListTab:
        """The `number`th list tab (Patients is 0), made now if it is not yet."""
        return cast("ListTab", self.pages.get(f"list{number}"))

    @property
    def list_tabs(self) -> list[ListTab]:
        """Every list tab, each made now if it is not yet."""
        return [self.list_tab(number) for number in range(len(LIST_TABS))]

    @property
    def agenda(self) -> AgendaTab:
        """The Agenda tab, made now if it is not yet."""
        return cast("AgendaTab", self.pages.get("agenda"))

    def _make_agenda(self) -> AgendaTab:
        # Loaded when first shown or asked for, not at start.
        from carebook.ui.agenda.agenda_tab import AgendaTab

        agenda = AgendaTab(self.caseload, self.tabs)
        agenda.count_changed.connect(self._count_changed)
        self.visit_menu.follow(agenda)
        # The View menu's List, Day, Week and Month take the keys from any tab (see
        # window_menus): the Agenda's own copies would make each key ambiguous there.
        switch = agenda.view_switch
        for action in switch.actions_by_view.values():
            agenda.removeAction(action)
        switch.view_changed.connect(lambda view: self.agenda_views[view].setChecked(True))
        self.agenda_views[switch.view].setChecked(True)
        return agenda

    def show_agenda_view(self, view: str) -> None:
        """The View menu's List, Day, Week or Month: the Agenda, in that view."""
        agenda = self.agenda
        self.tabs.setCurrentWidget(agenda)
        agenda.view_switch.set_view(view)

    def _make_list_tab(self, number: int) -> ListTab:
        # Loaded when a list is first shown or asked for, not at start.
        from carebook.ui.lists.list_tab import ListTab

        tab = ListTab(LIST_TABS[number], self.caseload, self.tabs)
        tab.count_changed.connect(self._count_changed)
        self._offer_first_steps(tab.empty)
        return tab

    def _offer_first_steps(self, empty: EmptyState) -> None:
        offer_first_steps(
            [empty],
            lambda: self.list_tab(0).new_record(),
            self.import_records,
            lambda: window_commands.offer_sample(self.caseload, self),
        )

    def _open_record(self, patient_id: int, asking: QWidget | None) -> None:
        # Loaded when first asked for, not at start.
        from carebook.ui.patient.patient_record import open_record

        open_record(self.caseload, patient_id, asking)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._synced_at_start:
            self._synced_at_start = True
            self.sync_runner.sync_at_start()
        # The tabs not yet shown are made while the coordinator reads Today.
        self.pages.warm_up(
            ["agenda"] + [f"list{number}" for number in (0, 3, 1, 2, 4)] + ["billing"],
            lambda: self.isVisible() and self.caseload.store.is_open,
        )

    # -- menus and shortcuts ---------------------------------------------------------------------

    def _on_agenda(self, step: object, *args: object) -> None:
        self.tabs.setCurrentWidget(self.agenda)
        if callable(step):
            step(*args)

    def new_record(self) -> None:
        """Ctrl+N: a new record of the current list's kind (a new patient from the Agenda)."""
        current = self.tabs.currentWidget()
        if self._current_key() in ("today", "agenda"):
            current = self.list_tab(0)
        current.new_record()  # type: ignore[attr-defined]

    def _backup_age(self, text: str, stale: bool) -> None:
        self.backup_label.setText(self.tr("⚠ %s — File → Back up now") % text if stale else text)
        font = self.backup_label.font()
        font.setBold(stale)
        self.backup_label.setFont(font)
        self.backup_label.setToolTip(
            self.tr("carebook backs the caseload up when it closes and once a day while it runs.")
        )

    def _preferences_changed(self, changes: Changes) -> None:
        if changes.touches("preferences"):
            self.auto_lock.set_minutes(self.caseload.store.preferences.preferences().lock_minutes)
            self._follow_protection()

    def _follow_protection(self) -> None:
        """The lock asks for the passphrase of a protected caseload; the menu offers what fits."""

        protected = self.caseload.store.passphrase is not None
        self.auto_lock.verify = (
            (lambda text: matches(text, self.caseload.store.passphrase)) if protected else None
        )
        for action, shown in (
            (getattr(self, "protect_action", None), not protected),
            (getattr(self, "change_passphrase_action", None), protected),
            (getattr(self, "remove_passphrase_action", None), protected),
        ):
            if action is not None:
                action.setVisible(shown)

    # -- team sync -------------------------------------------------------------------------------

    def open_team_sync(self) -> None:
        """File → Team sync…: make, join or leave a team, see its devices, how often to sync."""
        # Loaded when first asked for, not at start.
        from carebook.ui.sync.team_dialog import TeamSyncDialog

        TeamSyncDialog(self.caseload, self.sync_runner, self).exec()
        self.sync_runner.follow_team()  # joined, left, or synced every so often now
        self.sync_status.refresh()

    def open_conflicts(self) -> None:
        """File → Conflicts…, the status bar's or Today's link: settle what both sides changed."""
        # Loaded when first asked for, not at start.
        from carebook.ui.sync.conflicts_dialog import ConflictsDialog

        ConflictsDialog(self.caseload, self).exec()
        self.sync_status.refresh()

    def _follow_team(self, status: TeamStatus) -> None:
        """Sync now only in a team, Conflicts… only with some to settle."""
        for action, enabled in (
            (getattr(self, "sync_now_action", None), status.team is not None),
            (getattr(self, "conflicts_action", None), status.conflicts > 0),
        ):
            if action is not None:
                action.setEnabled(enabled)

    def import_records(self) -> None:
        window_commands.import_records(self.caseload, self)

    def check_database(self) -> None:
        window_commands.check_database(self.caseload, self)

    def show_activity(self) -> None:
        window_commands.show_activity(self.caseload, self)

    def _dress_undo_actions(self, *_said: object) -> None:
        undo, redo = self._undo_actions
        if not (shiboken6.isValid(undo) and shiboken6.isValid(redo)):
            return  # the window is being taken down; the caseload's stack outlives it
        dress(undo, "undo")
        dress(redo, "redo")

    def focus_search(self) -> None:
        current = self.tabs.currentWidget()
        if self._current_key() not in ("today", "agenda"):
            current.focus_search()  # type: ignore[attr-defined]
        else:
            self.agenda.date_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- status and settings ---------------------------------------------------------------------

    def _count_changed(self, text: str) -> None:
        if self.sender() is self.tabs.currentWidget():
            self.count_label.setText(text)

    def _tell_notices(self) -> None:
        window_commands.tell_notices(self.caseload, self)

    def _warn_of_damaged_text(self) -> None:
        said = window_commands.warn_of_damaged_text(self.caseload, self, self._damage_watch)
        self.damage_label = said or self.damage_label

    def _current_key(self) -> str:
        return self.pages.key_at(self.tabs.currentIndex()) or ""

    def _tab_changed(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        self.count_label.setText(getattr(current, "count_text", ""))
        # The list takes the keys at once: arrows move, Return opens, typing goes via Ctrl+F.
        if self._current_key().startswith("list"):
            current = cast("ListTab", current)
            current.table.setFocus(Qt.FocusReason.TabFocusReason)
            if not current.table.currentIndex().isValid() and current.model.rowCount():
                current.table.selectRow(0)
        elif self._current_key() == "agenda":
            self.agenda.visits_view.setFocus(Qt.FocusReason.TabFocusReason)
        elif current is self.today:
            self.today.list.setFocus(Qt.FocusReason.TabFocusReason)

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(fitted(1180, 760, self))
        bars = settings.value("window/bars")
        if isinstance(bars, QByteArray) and not bars.isEmpty():
            self.restoreState(bars)
        tab = settings.value("window/tab", 0)
        try:
            index = int(tab)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            index = 0
        self.tabs.setCurrentIndex(index if 0 <= index < self.tabs.count() else 0)
        self._tab_changed(self.tabs.currentIndex())  # the keys go to the tab from the start

    def bring_forward(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def quit(self) -> None:
        """File → Quit, Ctrl+Q, the tray's Quit: close for good, even with a tray."""
        self._quitting = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._quitting and hidden_to_tray(self, self.reminders, event):
            return
        self.reminders.close()
        # What the team changed reaches this caseload before the closing backup is taken.
        self.sync_runner.at_closing()
        self.backups.at_closing()
        # Only window layout goes into QSettings: never a patient's name or anything typed.
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/tab", self.tabs.currentIndex())
        settings.setValue("window/bars", self.saveState())  # whether the toolbar is shown
        super().closeEvent(event)
        self.quitting.emit()
