"""File → Export list as CSV: the rows a list shows (its search, filter, order) for spreadsheets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from carebook.core.words import translate
from carebook.interop.csv_export import write_csv
from carebook.ui.lists.list_tab import ListTab
from carebook.ui.lists.tab_spec import tab_text
from carebook.ui.printing.report_preview import export_folder, remember_folder
from carebook.ui.widgets.file_choice import refused, save_file_name

#: Rows read from the store at a time while exporting (the list itself reads 200).
BATCH = 2000


def export_list(tab: ListTab, parent: QWidget | None) -> Path | None:
    """Ask where, then write every row the list shows, as it shows them, to a CSV file."""
    store, spec, query = tab.caseload.store, tab.spec, tab.query
    suggested = export_folder() / f"{tab_text(spec.title)} {store.today().isoformat()}.csv"
    chosen = save_file_name(
        parent,
        translate("list_export", "Export %s as CSV") % tab_text(spec.title).lower(),
        str(suggested),
        translate("list_export", "CSV files (*.csv)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".csv":
        path = path.with_name(path.name + ".csv")
    if refused(path, store.path, parent):
        return None
    total = store.lists.list_count(spec.listing, query)

    def rows() -> list[list[str]]:
        shown = []
        for offset in range(0, total, BATCH):
            for row in store.lists.list_records(spec.listing, query, offset, BATCH):
                shown.append([column.show(getattr(row, column.key)) for column in spec.columns])
        return shown

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write_csv(path, [column.title for column in spec.columns], rows())
    except OSError as error:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(
            parent,
            translate("list_export", "Not exported"),
            translate("list_export", "The list could not be written to {path}:\n{reason}").format(
                path=path, reason=error.strerror or error
            ),
        )
        return None
    QGuiApplication.restoreOverrideCursor()
    remember_folder(path.parent)
    tab.caseload.record_output("export", spec.listing)
    tab.caseload.status_message.emit(
        translate("list_export", "Exported {rows} rows to {path}").format(rows=total, path=path)
    )
    return path
