"""What the window's menus open: each dialog loaded when first asked for, not at start."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from carebook.core.words import translate
from carebook.storage.connection import damaged_text_count
from carebook.ui.commands import Caseload
from carebook.ui.forms.record_editor import attempt

if TYPE_CHECKING:
    from carebook.ui.agenda.agenda_tab import AgendaTab


def find_anything(caseload: Caseload, parent: QWidget) -> None:
    """Ctrl+K: find any patient, contact, medication, task or note, and open its record."""
    # Loaded when first asked for, not at start.
    from carebook.ui.widgets.quick_switcher import QuickSwitcher

    QuickSwitcher(caseload, parent).open()


def print_day_sheet(caseload: Caseload, days: Sequence[date], parent: QWidget) -> None:
    """Ctrl+P: print preview of the day sheet for the days the Agenda shows."""
    # Loaded when first asked for, not at start.
    from carebook.ui.printing.day_sheet_preview import day_sheet_report
    from carebook.ui.printing.report_preview import preview

    preview(caseload, day_sheet_report(caseload, list(days)), parent)


def save_day_sheet_pdf(caseload: Caseload, days: Sequence[date], parent: QWidget) -> None:
    """The day sheet for the days the Agenda shows, as a PDF."""
    # Loaded when first asked for, not at start.
    from carebook.ui.printing.day_sheet_preview import day_sheet_report
    from carebook.ui.printing.report_preview import save_pdf

    save_pdf(caseload, day_sheet_report(caseload, list(days)), None, parent)


def import_records(caseload: Caseload, parent: QWidget) -> None:
    """Ctrl+Shift+I: patients, or their records, from a spreadsheet or FHIR files."""
    # Loaded when first asked for, not at start.
    from carebook.ui.import_wizard.import_wizard import run_import

    run_import(caseload, parent)


def reconcile_medications(caseload: Caseload, parent: QWidget) -> None:
    """File → Reconcile medications…: a discharge list set beside a patient's medicines."""
    # Loaded when first asked for, not at start.
    from carebook.ui.reconciliation.reconcile_dialog import reconcile_medications as reconcile

    reconcile(caseload, parent)


def check_database(caseload: Caseload, parent: QWidget) -> None:
    """Tools → Check database: the full check, then what it found."""
    # Loaded when first asked for, not at start.
    from carebook.ui.safety.check_dialog import CheckReportDialog, run_check

    report = run_check(caseload, parent)
    if report is None:
        return
    dialog = CheckReportDialog(report, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def show_activity(caseload: Caseload, parent: QWidget) -> None:
    """Tools → Activity log: what was done when, filterable; no clinical content."""
    # Loaded when first asked for, not at start.
    from carebook.ui.lists.activity_log import ActivityLog

    dialog = ActivityLog(caseload, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def edit_preferences(caseload: Caseload, parent: QWidget) -> None:
    """Edit → Preferences…: the form, then the change through the door."""
    # Loaded when first asked for, not at start.
    from carebook.ui.forms.forms import preferences_form
    from carebook.ui.printing.pages import default_paper

    settings = caseload.store.preferences
    form = preferences_form(
        settings.preferences(), default_paper(), parent, in_team=settings.in_team()
    )
    try:
        chosen = form.run()
    finally:
        form.deleteLater()
    if chosen is not None:
        attempt(parent, lambda: caseload.set_preferences(chosen))


def edit_note_templates(caseload: Caseload, parent: QWidget) -> None:
    """Edit → Visit note templates…: the templates a visit's note starts from."""
    # Loaded when first asked for, not at start.
    from carebook.ui.forms.note_templates import edit_note_templates as edit

    edit(parent, caseload)


def show_shortcuts(parent: QMainWindow) -> None:
    """F1: every shortcut of the window, read from its menus."""
    # Loaded when first asked for, not at start.
    from carebook.ui.widgets.shortcut_sheet import ShortcutSheet

    sheet = ShortcutSheet(parent)
    try:
        sheet.exec()
    finally:
        sheet.deleteLater()


def export_list(tabs: QTabWidget, first_list: int, parent: QWidget) -> None:
    """Ctrl+E: the list on screen (as searched, filtered and ordered) as a CSV file;
    `first_list` is where the first of the lists stands among the tabs."""
    # Loaded when first asked for, not at start.
    from carebook.ui.lists.list_export import export_list as export
    from carebook.ui.lists.list_tab import ListTab

    current = tabs.currentWidget()
    if not isinstance(current, ListTab):
        QMessageBox.information(
            parent,
            translate("MainWindow", "Export list"),
            translate(
                "MainWindow",
                "Choose the list to export first: Patients, Medications, Appointments or "
                "Tasks (Ctrl+{first} … Ctrl+{last}).",
            ).format(first=first_list + 1, last=tabs.count()),
        )
        return
    export(current, parent)


def offer_sample(caseload: Caseload, parent: QWidget) -> None:
    """File → Load sample caseload: only into an empty caseload."""
    if not caseload.store.is_empty():
        QMessageBox.information(
            parent,
            translate("MainWindow", "Sample caseload"),
            translate(
                "MainWindow",
                "This caseload already has records, so the sample is not added. "
                "Start carebook with an empty caseload file (--db) to try the sample.",
            ),
        )
        return
    caseload.load_sample()


def reset_agenda_panes(tabs: QTabWidget, agenda: AgendaTab) -> None:
    """View → Reset the Agenda's pane sizes: shown, and sized by their rows again."""
    tabs.setCurrentWidget(agenda)
    agenda.panes.reset()


def show_user_guide(parent: QWidget) -> None:
    """Help → User guide: the offline guide in a window of its own."""
    # Loaded when first asked for, not at start.
    from carebook.ui.user_guide import show_user_guide as show

    show(parent)


def tell_notices(caseload: Caseload, window: QMainWindow) -> None:
    """Say what opening the caseload found and dealt with (a damaged log kept aside)."""
    notices = list(caseload.store.notices)
    caseload.store.notices.clear()
    if notices:
        QMessageBox.information(
            window, translate("MainWindow", "Opening the caseload"), "\n\n".join(notices)
        )


def warn_of_damaged_text(caseload: Caseload, window: QMainWindow, watch: QTimer) -> QLabel | None:
    """Once damaged text has been read (a list just loaded it), say so in the status bar until
    the window closes: the lists show it with \ufffd, and Tools → Check database names the
    records. The label, once said; None before."""
    if not damaged_text_count(caseload.store.conn):
        return None
    watch.stop()
    label = QLabel(
        translate("MainWindow", "⚠ Some text is damaged: Tools → Check database"), window
    )
    label.setToolTip(
        translate(
            "MainWindow",
            "Some text in the caseload file is damaged and is shown with \ufffd. Tools → Check "
            "database lists the records; open each and type the value again.",
        )
    )
    window.statusBar().addPermanentWidget(label)
    return label
