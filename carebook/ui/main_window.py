"""The carebook window: Today, the Agenda and list tabs, menus, shortcuts and status bar."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from carebook.core.changes import Changes
from carebook.ui import window_commands
from carebook.ui.agenda.agenda_tab import AgendaTab
from carebook.ui.agenda.visit_menu import VisitMenu
from carebook.ui.appearance import appearance_menu
from carebook.ui.billing.billing_tab import BillingTab
from carebook.ui.commands import Caseload
from carebook.ui.lists.list_tab import ListTab
from carebook.ui.lists.tab_specs import LIST_TABS
from carebook.ui.patient.patient_record import open_record
from carebook.ui.reminders.reminders import Reminders
from carebook.ui.reminders.tray_window import fitted, follow_reminders, hidden_to_tray
from carebook.ui.safety.auto_lock import AutoLock
from carebook.ui.safety.backups_view import Backups
from carebook.ui.safety.passphrase import Protection, matches
from carebook.ui.today.empty_state import offer_first_steps
from carebook.ui.today.today_tab import TodayTab
from carebook.ui.window_billing import WindowBilling
from carebook.ui.window_toolbar import build_toolbar, dress


class MainWindow(QMainWindow):
    """One caseload, one window."""

    #: Closed for good (Quit, or closed with no tray): carebook then quits (see app.py).
    quitting = Signal()

    def __init__(self, caseload: Caseload, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caseload = caseload
        self.setWindowTitle(f"carebook — {caseload.store.path.name}")
        self.setMinimumSize(720, 480)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.today = TodayTab(caseload, self.tabs)
        self.tabs.addTab(self.today, self.tr("Toda&y"))  # Alt+T is the Tasks tab
        self.agenda = AgendaTab(caseload, self.tabs)
        self.tabs.addTab(self.agenda, self.tr("&Agenda"))
        self.list_tabs: list[ListTab] = []
        for spec in LIST_TABS:
            tab = ListTab(spec, caseload, self.tabs)
            self.list_tabs.append(tab)
            self.tabs.addTab(tab, spec.label or f"&{spec.title}")
        self.billing = WindowBilling(self, caseload, self.tabs)
        self.setCentralWidget(self.tabs)

        self.count_label = QLabel(self)
        self.statusBar().addWidget(self.count_label, 1)
        self.damage_label: QLabel | None = None
        # Lists read their rows as they are shown; a counter, looked at now and then, says
        # whether any text they read was damaged.
        self._damage_watch = QTimer(self)
        self._damage_watch.timeout.connect(self._warn_of_damaged_text)
        self._damage_watch.start(1000)
        file_label = QLabel(str(caseload.store.path), self)
        file_label.setToolTip(self.tr("The caseload file"))
        self.statusBar().addPermanentWidget(file_label)
        caseload.status_message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        caseload.refused.connect(self.billing.say_refused)
        caseload.record_wanted.connect(
            lambda patient_id, asking: open_record(self.caseload, patient_id, asking)
        )
        self.agenda.count_changed.connect(self._count_changed)
        self.today.count_changed.connect(self._count_changed)
        self.today.agenda_wanted.connect(lambda day: self._on_agenda(self.agenda.show_day, day))
        self.today.tasks_wanted.connect(lambda: self.tabs.setCurrentWidget(self.list_tabs[3]))
        self.today.billing_wanted.connect(self.billing.show_billing)
        for tab in self.list_tabs:
            tab.count_changed.connect(self._count_changed)
        empties = (self.today.empty, *(tab.empty for tab in self.list_tabs))
        offer_first_steps(
            empties,
            self.list_tabs[0].new_record,
            self.import_records,
            lambda: window_commands.offer_sample(caseload, self),
        )
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

        self.protection = Protection(caseload, self)
        self.auto_lock = AutoLock(self, caseload.store.preferences.preferences().lock_minutes)
        self._follow_protection()
        caseload.changed.connect(self._preferences_changed)

        self._build_menus()
        self._restore_settings()
        if caseload.store.notices:
            QTimer.singleShot(0, self._tell_notices)

    # -- menus and shortcuts ---------------------------------------------------------------------

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: object,
        icon_name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(
                shortcut if not isinstance(shortcut, str) else QKeySequence(shortcut)
            )
        action.triggered.connect(slot)
        if icon_name:
            dress(action, icon_name)
        return action

    def _build_menus(self) -> None:
        commands, caseload = window_commands, self.caseload
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        new = self._action(self.tr("&New…"), QKeySequence.StandardKey.New, self.new_record, "new")
        file_menu.addAction(new)
        file_menu.addSeparator()
        self.print_action = self._action(
            self.tr("&Print day sheet…"),
            QKeySequence.StandardKey.Print,
            lambda: (
                self.billing.tab.print_current()
                if self.tabs.currentWidget() is self.billing.tab
                else commands.print_day_sheet(caseload, self.agenda.days(), self)
            ),
        )
        self.print_action.setShortcuts([QKeySequence("Ctrl+P")])
        dress(self.print_action, "print", self.tr("Print"))
        file_menu.addAction(self.print_action)
        self.pdf_action = self._action(
            self.tr("Save day sheet as P&DF…"),
            "Ctrl+Shift+S",
            lambda: commands.save_day_sheet_pdf(caseload, self.agenda.days(), self),
            "pdf",
        )
        file_menu.addAction(self.pdf_action)
        self.export_list_action = self._action(
            self.tr("&Export list as CSV…"),
            "Ctrl+E",
            lambda: commands.export_list(self.tabs, self.list_tabs[0], self),
            "export",
        )
        file_menu.addAction(self.export_list_action)
        self.import_action = self._action(
            self.tr("&Import…"), "Ctrl+Shift+I", self.import_records, "import"
        )
        file_menu.addAction(self.import_action)
        self.reconcile_action = self._action(
            self.tr("Re&concile medications…"),
            None,
            lambda: commands.reconcile_medications(caseload, self),
            "medicine",
        )
        self.reconcile_action.setStatusTip(
            self.tr("Set a hospital discharge medication list beside a patient's, and apply it")
        )
        file_menu.addAction(self.reconcile_action)
        file_menu.addSeparator()
        back_up = self._action(
            self.tr("&Back up now"), None, lambda: self.backups.back_up(self), "backup"
        )
        file_menu.addAction(back_up)
        file_menu.addAction(
            self._action(
                self.tr("&Restore a backup…"), None, lambda: self.backups.restore(self), "restore"
            )
        )
        file_menu.addSeparator()
        self.protect_action = self._action(
            self.tr("Pro&tect with passphrase…"), None, lambda: self.protection.protect(self)
        )
        self.change_passphrase_action = self._action(
            self.tr("C&hange passphrase…"), None, lambda: self.protection.change(self)
        )
        self.remove_passphrase_action = self._action(
            self.tr("Remo&ve passphrase…"), None, lambda: self.protection.remove(self)
        )
        file_menu.addActions(
            [self.protect_action, self.change_passphrase_action, self.remove_passphrase_action]
        )
        file_menu.aboutToShow.connect(self._follow_protection)
        lock = self._action(self.tr("&Lock"), "Ctrl+L", lambda: self.auto_lock.lock(), "lock")
        lock.setToolTip(self.tr("Hide every patient detail until unlocked (Ctrl+L)"))
        file_menu.addAction(lock)
        file_menu.addSeparator()
        self.load_sample_action = self._action(
            self.tr("Load &sample caseload…"),
            None,
            lambda: commands.offer_sample(caseload, self),
            "sample",
        )
        file_menu.addAction(self.load_sample_action)
        file_menu.addSeparator()
        quit_action = self._action(
            self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.quit, "quit"
        )
        # Ctrl+Q everywhere, also where the platform has no standard Quit key.
        quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        file_menu.addAction(quit_action)

        edit_menu = menu.addMenu(self.tr("&Edit"))
        undo = self.caseload.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.caseload.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        stack = self.caseload.undo_stack
        # Each tooltip follows what would be undone or redone: "Undo Add patient (Ctrl+Z)".
        self._undo_actions = (undo, redo)
        self._dress_undo_actions()
        # Bound to the window, so the caseload's stack stops calling once the window is gone.
        stack.undoTextChanged.connect(self._dress_undo_actions)
        stack.redoTextChanged.connect(self._dress_undo_actions)
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        edit_menu.addAction(
            self._action(self.tr("&Find"), QKeySequence.StandardKey.Find, self.focus_search)
        )
        edit_menu.addSeparator()
        edit_menu.addAction(
            self._action(
                self.tr("Visit note &templates…"),
                None,
                lambda: commands.edit_note_templates(caseload, self),
            )
        )
        preferences = self._action(
            self.tr("Pr&eferences…"),
            QKeySequence.StandardKey.Preferences,
            lambda: commands.edit_preferences(caseload, self),
            "preferences",
        )
        preferences.setShortcuts([QKeySequence("Ctrl+,")])
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu.addActions([preferences, self.billing.preferences_action])

        view_menu = menu.addMenu(self.tr("&View"))
        titles = (self.tr("Today"), self.tr("Agenda"), *(tab.spec.title for tab in self.list_tabs))
        for number, title in enumerate(titles, start=1):
            view_menu.addAction(
                self._action(
                    title,
                    f"Ctrl+{number}",
                    lambda _checked=False, n=number - 1: self.tabs.setCurrentIndex(n),
                )
            )
        view_menu.addAction(self.billing.view_action())
        view_menu.addSeparator()
        # The Agenda's List, Day, Week and Month answer their keys from any tab, and show it.
        for action in self.agenda.view_actions():
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda: self.tabs.setCurrentWidget(self.agenda))
            view_menu.addAction(action)
        view_menu.addAction(
            self._action(
                self.tr("Reset the Agenda's pane si&zes"),
                None,
                lambda: commands.reset_agenda_panes(self.tabs, self.agenda),
            )
        )

        go_menu = menu.addMenu(self.tr("&Go"))
        previous = self._action(
            self.tr("&Previous day"),
            "Alt+Left",
            lambda: self._on_agenda(self.agenda.previous_day),
            "previous",
        )
        following = self._action(
            self.tr("&Next day"),
            "Alt+Right",
            lambda: self._on_agenda(self.agenda.next_day),
            "next",
        )
        today = self._action(
            self.tr("&Today"), "Ctrl+T", lambda: self._on_agenda(self.agenda.go_today), "today"
        )
        go_menu.addActions([previous, following, today])
        go_menu.addSeparator()
        find = self._action(
            self.tr("Find &anything…"),
            "Ctrl+K",
            lambda: commands.find_anything(caseload, self),
            "find",
        )
        find.setIconText(self.tr("Find"))
        go_menu.addAction(find)

        self.visit_menu = VisitMenu(menu, self.tabs, self.agenda)
        tools_menu = menu.addMenu(self.tr("T&ools"))  # Alt+T is the Tasks tab
        tools_menu.addAction(
            self._action(self.tr("&Activity log…"), None, self.show_activity, "activity")
        )
        tools_menu.addAction(
            self._action(self.tr("&Check database…"), None, self.check_database, "check")
        )
        self.billing.add_to(tools_menu, lambda: self.agenda.day)

        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(
                self.tr("&Keyboard shortcuts…"),
                "F1",
                lambda: commands.show_shortcuts(self),
                "keyboard",
            )
        )

        help_menu.addAction(
            self._action(self.tr("&User guide"), None, lambda: commands.show_user_guide(self))
        )
        help_menu.addAction(
            self._action(
                self.tr("&About carebook"), None, lambda: commands.about(caseload, self), "about"
            )
        )
        for action, short in ((back_up, self.tr("Back up")), (self.pdf_action, "PDF")):
            action.setIconText(short)
        self.toolbar = build_toolbar(
            self,
            {
                "new": new,
                "find": find,
                "today": today,
                "previous": previous,
                "next": following,
                "print": self.print_action,
                "pdf": self.pdf_action,
                "import": self.import_action,
                "undo": undo,
                "redo": redo,
                "backup": back_up,
                "lock": lock,
                "timer": self.billing.timer_action,
            },
        )
        view_menu.addSeparator()
        view_menu.addAction(self.toolbar.toggleViewAction())
        appearance_menu(view_menu)

    def _on_agenda(self, step: object, *args: object) -> None:
        self.tabs.setCurrentWidget(self.agenda)
        if callable(step):
            step(*args)

    def new_record(self) -> None:
        """Ctrl+N: a new record of the current list's kind (a new patient from the Agenda)."""
        current = self.tabs.currentWidget()
        tab = current if isinstance(current, ListTab | BillingTab) else self.list_tabs[0]
        tab.new_record()

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
        if isinstance(current, ListTab | BillingTab):
            current.focus_search()
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

    def _tab_changed(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        self.count_label.setText(getattr(current, "count_text", ""))
        # The list takes the keys at once: arrows move, Return opens, typing goes via Ctrl+F.
        if isinstance(current, ListTab):
            current.table.setFocus(Qt.FocusReason.TabFocusReason)
            if not current.table.currentIndex().isValid() and current.model.rowCount():
                current.table.selectRow(0)
        elif current is self.agenda:
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
        self.backups.at_closing()
        # Only window layout goes into QSettings: never a patient's name or anything typed.
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/tab", self.tabs.currentIndex())
        settings.setValue("window/bars", self.saveState())  # whether the toolbar is shown
        super().closeEvent(event)
        self.quitting.emit()
