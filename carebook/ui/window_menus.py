"""The window's menus and toolbar: every command with its keys, each opening what it needs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from carebook.core.words import translate
from carebook.ui import help_menu as help_menu_commands
from carebook.ui import window_commands
from carebook.ui.agenda.visit_menu import VisitMenu
from carebook.ui.appearance import appearance_menu
from carebook.ui.first_tour import show_tour
from carebook.ui.language import language_menu
from carebook.ui.lists.tab_spec import tab_text
from carebook.ui.lists.tab_specs import LIST_TABS
from carebook.ui.schedule.view_keys import VIEW_KEYS, VIEWS, kept_view, view_titles
from carebook.ui.window_toolbar import build_toolbar, dress

if TYPE_CHECKING:
    from carebook.ui.window_frame import WindowFrame


def command(
    window: QMainWindow,
    text: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
    slot: object,
    icon_name: str = "",
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut if not isinstance(shortcut, str) else QKeySequence(shortcut))
    action.triggered.connect(slot)
    if icon_name:
        dress(action, icon_name)
    return action


def build_menus(window: WindowFrame) -> None:
    """The window's menus (File, Edit, View, Go, Visit, Tools, Help) and its toolbar."""
    commands, caseload = window_commands, window.caseload
    menu = window.menuBar()
    file_menu = menu.addMenu(translate("MainWindow", "&File"))
    new = command(
        window,
        translate("MainWindow", "&New…"),
        QKeySequence.StandardKey.New,
        window.new_record,
        "new",
    )
    file_menu.addAction(new)
    file_menu.addSeparator()
    window.print_action = command(
        window,
        translate("MainWindow", "&Print day sheet…"),
        QKeySequence.StandardKey.Print,
        lambda: (
            window.billing.tab.print_current()
            # Asked by key: the Billing tab is not made only to be compared with.
            if window.pages.key_at(window.tabs.currentIndex()) == "billing"
            else commands.print_day_sheet(caseload, window.agenda.days(), window)
        ),
    )
    window.print_action.setShortcuts([QKeySequence("Ctrl+P")])
    dress(window.print_action, "print", translate("MainWindow", "Print"))
    file_menu.addAction(window.print_action)
    window.pdf_action = command(
        window,
        translate("MainWindow", "Save day sheet as P&DF…"),
        "Ctrl+Shift+S",
        lambda: commands.save_day_sheet_pdf(caseload, window.agenda.days(), window),
        "pdf",
    )
    file_menu.addAction(window.pdf_action)
    window.export_list_action = command(
        window,
        translate("MainWindow", "&Export list as CSV…"),
        "Ctrl+E",
        lambda: commands.export_list(window.tabs, window.pages.index_of("list0"), window),
        "export",
    )
    file_menu.addAction(window.export_list_action)
    window.import_action = command(
        window, translate("MainWindow", "&Import…"), "Ctrl+Shift+I", window.import_records, "import"
    )
    file_menu.addAction(window.import_action)
    window.reconcile_action = command(
        window,
        translate("MainWindow", "Re&concile medications…"),
        None,
        lambda: commands.reconcile_medications(caseload, window),
        "medicine",
    )
    window.reconcile_action.setStatusTip(
        translate(
            "MainWindow",
            "Set a hospital discharge medication list beside a patient's, and apply it",
        )
    )
    file_menu.addAction(window.reconcile_action)
    file_menu.addSeparator()
    _add_team_sync(window, file_menu)
    file_menu.addSeparator()
    back_up = command(
        window,
        translate("MainWindow", "&Back up now"),
        None,
        lambda: window.backups.back_up(window),
        "backup",
    )
    file_menu.addAction(back_up)
    file_menu.addAction(
        command(
            window,
            translate("MainWindow", "&Restore a backup…"),
            None,
            lambda: window.backups.restore(window),
            "restore",
        )
    )
    file_menu.addSeparator()
    window.protect_action = command(
        window,
        translate("MainWindow", "Pro&tect with passphrase…"),
        None,
        lambda: window.protection.protect(window),
    )
    window.change_passphrase_action = command(
        window,
        translate("MainWindow", "C&hange passphrase…"),
        None,
        lambda: window.protection.change(window),
    )
    window.remove_passphrase_action = command(
        window,
        translate("MainWindow", "Remo&ve passphrase…"),
        None,
        lambda: window.protection.remove(window),
    )
    file_menu.addActions(
        [window.protect_action, window.change_passphrase_action, window.remove_passphrase_action]
    )
    file_menu.aboutToShow.connect(window._follow_protection)
    lock = command(
        window, translate("MainWindow", "&Lock"), "Ctrl+L", lambda: window.auto_lock.lock(), "lock"
    )
    lock.setToolTip(translate("MainWindow", "Hide every patient detail until unlocked (Ctrl+L)"))
    file_menu.addAction(lock)
    file_menu.addSeparator()
    window.load_sample_action = command(
        window,
        translate("MainWindow", "Load &sample caseload…"),
        None,
        lambda: commands.offer_sample(caseload, window),
        "sample",
    )
    file_menu.addAction(window.load_sample_action)
    file_menu.addSeparator()
    quit_action = command(
        window, translate("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit, window.quit, "quit"
    )
    # Ctrl+Q everywhere, also where the platform has no standard Quit key.
    quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
    file_menu.addAction(quit_action)

    edit_menu = menu.addMenu(translate("MainWindow", "&Edit"))
    undo = window.caseload.undo_stack.createUndoAction(window, translate("MainWindow", "&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.caseload.undo_stack.createRedoAction(window, translate("MainWindow", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    stack = window.caseload.undo_stack
    # Each tooltip follows what would be undone or redone: "Undo Add patient (Ctrl+Z)".
    window._undo_actions = (undo, redo)
    window._dress_undo_actions()
    # Bound to the window, so the caseload's stack stops calling once the window is gone.
    stack.undoTextChanged.connect(window._dress_undo_actions)
    stack.redoTextChanged.connect(window._dress_undo_actions)
    edit_menu.addActions([undo, redo])
    edit_menu.addSeparator()
    edit_menu.addAction(
        command(
            window,
            translate("MainWindow", "&Find"),
            QKeySequence.StandardKey.Find,
            window.focus_search,
        )
    )
    edit_menu.addSeparator()
    edit_menu.addAction(
        command(
            window,
            translate("MainWindow", "Visit note &templates…"),
            None,
            lambda: commands.edit_note_templates(caseload, window),
        )
    )
    preferences = command(
        window,
        translate("MainWindow", "Pr&eferences…"),
        QKeySequence.StandardKey.Preferences,
        lambda: commands.edit_preferences(caseload, window),
        "preferences",
    )
    preferences.setShortcuts([QKeySequence("Ctrl+,")])
    preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    edit_menu.addActions([preferences, window.billing.preferences_action])

    view_menu = menu.addMenu(translate("MainWindow", "&View"))
    titles = (
        translate("MainWindow", "Today"),
        translate("MainWindow", "Agenda"),
        *(tab_text(spec.title) for spec in LIST_TABS),
    )
    for number, title in enumerate(titles, start=1):
        view_menu.addAction(
            command(
                window,
                title,
                f"Ctrl+{number}",
                lambda _checked=False, n=number - 1: window.tabs.setCurrentIndex(n),
            )
        )
    view_menu.addAction(window.billing.view_action())
    view_menu.addSeparator()
    # The Agenda's List, Day, Week and Month answer their keys from any tab, and show it.
    view_words, chosen = view_titles(), QActionGroup(window)
    window.agenda_views = {}
    for view in VIEWS:
        shown = command(
            window,
            view_words[view],
            VIEW_KEYS[view],
            lambda _checked=False, view=view: window.show_agenda_view(view),
        )
        shown.setCheckable(True)
        shown.setChecked(view == kept_view())
        chosen.addAction(shown)
        view_menu.addAction(shown)
        window.agenda_views[view] = shown
    view_menu.addAction(
        command(
            window,
            translate("MainWindow", "Reset the Agenda's pane si&zes"),
            None,
            lambda: commands.reset_agenda_panes(window.tabs, window.agenda),
        )
    )

    go_menu = menu.addMenu(translate("MainWindow", "&Go"))
    previous = command(
        window,
        translate("MainWindow", "&Previous day"),
        "Alt+Left",
        lambda: window._on_agenda(window.agenda.previous_day),
        "previous",
    )
    following = command(
        window,
        translate("MainWindow", "&Next day"),
        "Alt+Right",
        lambda: window._on_agenda(window.agenda.next_day),
        "next",
    )
    today = command(
        window,
        translate("MainWindow", "&Today"),
        "Ctrl+T",
        lambda: window._on_agenda(window.agenda.go_today),
        "today",
    )
    go_menu.addActions([previous, following, today])
    go_menu.addSeparator()
    find = command(
        window,
        translate("MainWindow", "Find &anything…"),
        "Ctrl+K",
        lambda: commands.find_anything(caseload, window),
        "find",
    )
    find.setIconText(translate("MainWindow", "Find"))
    go_menu.addAction(find)

    window.visit_menu = VisitMenu(menu, window.tabs, lambda: window.agenda)
    tools_menu = menu.addMenu(translate("MainWindow", "T&ools"))  # Alt+T is the Tasks tab
    tools_menu.addAction(
        command(
            window,
            translate("MainWindow", "&Activity log…"),
            None,
            window.show_activity,
            "activity",
        )
    )
    tools_menu.addAction(
        command(
            window,
            translate("MainWindow", "&Check database…"),
            None,
            window.check_database,
            "check",
        )
    )
    window.billing.add_to(tools_menu, lambda: window.agenda.day)

    help_menu = menu.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(
        command(
            window,
            translate("MainWindow", "&Keyboard shortcuts…"),
            "F1",
            lambda: commands.show_shortcuts(window),
            "keyboard",
        )
    )

    help_menu.addAction(
        command(
            window,
            translate("MainWindow", "&User guide"),
            None,
            lambda: commands.show_user_guide(window),
        )
    )
    help_menu.addAction(
        command(window, translate("MainWindow", "Take the &tour"), None, lambda: show_tour(window))
    )
    help_menu.addSeparator()
    help_menu.addAction(
        command(
            window,
            translate("MainWindow", "Open &data folder"),
            None,
            lambda: help_menu_commands.open_data_folder(caseload, window),
            "directory",
        )
    )
    help_menu.addSeparator()
    help_menu.addAction(
        command(
            window,
            translate("MainWindow", "&About carebook"),
            None,
            lambda: help_menu_commands.about(caseload, window),
            "about",
        )
    )
    for action, short in (
        (back_up, translate("MainWindow", "Back up")),
        (window.pdf_action, "PDF"),
    ):
        action.setIconText(short)
    window.toolbar = build_toolbar(
        window,
        {
            "new": new,
            "find": find,
            "today": today,
            "previous": previous,
            "next": following,
            "print": window.print_action,
            "pdf": window.pdf_action,
            "import": window.import_action,
            "undo": undo,
            "redo": redo,
            "backup": back_up,
            "lock": lock,
            "timer": window.billing.timer_action,
        },
    )
    view_menu.addSeparator()
    view_menu.addAction(window.toolbar.toggleViewAction())
    appearance_menu(view_menu)
    language_menu(view_menu)


def _add_team_sync(window: WindowFrame, file_menu: QMenu) -> None:
    """File → Team sync…, Sync now (F9) and Conflicts…, enabled as the team stands."""
    window.team_sync_action = command(
        window, translate("MainWindow", "Team s&ync…"), None, window.open_team_sync
    )
    window.team_sync_action.setStatusTip(
        translate("MainWindow", "Share this caseload with your team through a hub")
    )
    window.sync_now_action = command(
        window,
        translate("MainWindow", "Sync no&w"),
        "F9",
        # Asked for by the coordinator: it may ask for the team key.
        lambda: window.sync_runner.sync(asking=True),
    )
    window.sync_now_action.setStatusTip(
        translate("MainWindow", "Send your changes to the team and receive theirs")
    )
    window.conflicts_action = command(
        window, translate("MainWindow", "Con&flicts…"), None, window.open_conflicts
    )
    window.conflicts_action.setStatusTip(
        translate("MainWindow", "Settle the records you and the team changed at the same time")
    )
    file_menu.addActions([window.team_sync_action, window.sync_now_action, window.conflicts_action])
    file_menu.aboutToShow.connect(window.sync_status.refresh)
    window.sync_status.refresh()  # Sync now and Conflicts… enabled as the team stands now
