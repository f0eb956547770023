"""The import wizard's FHIR page: what the files hold, what importing them would do; then it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from carebook.core.errors import SaveError
from carebook.core.words import translate
from carebook.interop.fhir.report import (
    Finding,
    ImportReport,
    tally,  # the report's own words for counts
)
from carebook.ui.forms.field_message import FieldMessage
from carebook.ui.import_wizard.import_apply import announce, apply_fhir
from carebook.ui.import_wizard.import_state import ImportState

#: Findings of each kind listed one by one at most; the rest are counted.
LISTED = 200


def _listed(findings: list[Finding]) -> list[str]:
    lines = [f"  • {finding.line()}" for finding in findings[:LISTED]]
    if len(findings) > LISTED:
        lines.append(translate("import_wizard", "  … and %s more") % f"{len(findings) - LISTED:,}")
    return lines


def report_text(report: ImportReport) -> str:
    """The findings in plain words, as the window says them (no command-line options)."""
    total = sum(report.read.values())
    kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(report.read.items()))
    files = (
        translate("import_wizard", "1 file")
        if report.files == 1
        else translate("import_wizard", "%d files") % report.files
    )
    resources = (
        translate("import_wizard", "1 resource")
        if total == 1
        else translate("import_wizard", "%s resources") % f"{total:,}"
    )
    read = (
        translate("import_wizard", "Read {files}: {resources} ({kinds}).")
        if kinds
        else translate("import_wizard", "Read {files}: {resources}.")
    )
    lines = [read.format(files=files, resources=resources, kinds=kinds)]
    if report.not_kept:
        lines.append(
            translate("import_wizard", "Not kept by carebook, so skipped: %s.")
            % ", ".join(f"{kind} {count}" for kind, count in sorted(report.not_kept.items()))
        )
    for title, found in (
        (
            translate("import_wizard", "In error, left out:")
            if report.skip_invalid
            else translate("import_wizard", "In error:"),
            report.errors,
        ),
        (translate("import_wizard", "Skipped:"), report.skipped),
        (
            translate(
                "import_wizard",
                "Warnings (imported, with what is said left out or read as well as it could be):",
            ),
            report.warnings,
        ),
    ):
        if found:
            lines += ["", title, *_listed(found)]
    return "\n".join(lines)


class FhirPage(QWizardPage):
    """A dry run of the FHIR import, shown as a report; Import then does it for real."""

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.report: ImportReport | None = None
        self.setTitle(self.tr("Check the FHIR records"))
        self.setSubTitle(
            self.tr(
                "What the files hold and what importing them would do. Nothing is written until "
                "you press Import, and then all of it is imported or none. Records imported "
                "before are updated, never made twice."
            )
        )
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.verdict.font())
        font.setBold(True)
        self.verdict.setFont(font)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("What the files hold"))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.leave_out = QCheckBox(
            self.tr("&Leave out what is in error (and the records that depend on it)"), self
        )
        self.leave_out.toggled.connect(lambda _on: self.check())
        self.message = FieldMessage(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.leave_out)
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        self.leave_out.blockSignals(True)
        self.leave_out.setChecked(False)
        self.leave_out.blockSignals(False)
        self.check()
        self.details.setFocus(Qt.FocusReason.OtherFocusReason)

    def cleanupPage(self) -> None:
        self.report = None

    def check(self) -> None:
        """A dry run against the caseload: nothing is written."""
        self.report = None
        self.message.clear()
        try:
            report = apply_fhir(
                self.state.caseload,
                self.state.paths,
                skip_invalid=self.leave_out.isChecked(),
                dry_run=True,
            )
        except (SaveError, OSError, ValueError) as error:
            self._show(None)
            self.message.show_error(self.tr("The files could not be checked: %s") % error)
            return
        self._show(report)

    def _show(self, report: ImportReport | None) -> None:
        self.report = report
        if report is None:
            self.verdict.setText(self.tr("Nothing can be imported."))
            self.details.clear()
            self.leave_out.setVisible(False)
        else:
            self.details.setPlainText(report_text(report))
            errors = len(report.errors)
            self.leave_out.setVisible(bool(errors) or self.leave_out.isChecked())
            if report.applied is None:
                self.verdict.setText(
                    self.tr("1 record is in error: nothing can be imported as the files stand.")
                    if errors == 1
                    else self.tr(
                        "{n} records are in error: nothing can be imported as the files stand."
                    ).format(n=errors)
                )
                self.message.show_error(
                    self.tr(
                        "Correct the files, or tick “Leave out what is in error” to import the "
                        "rest."
                    )
                )
            elif not report.applied.changed_anything:
                self.verdict.setText(
                    self.tr(
                        "Nothing new: the caseload already holds all of it as the files give it."
                    )
                )
                self.message.show_error(self.tr("There is nothing to import."))
            else:
                self.verdict.setText(self.tr("Importing will write: %s.") % tally(report.applied))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        report = self.report
        return report is not None and report.applied is not None and report.applied.changed_anything

    def validatePage(self) -> bool:
        """Import for real; a refusal shows why and keeps the wizard open."""
        try:
            report = apply_fhir(
                self.state.caseload,
                self.state.paths,
                skip_invalid=self.leave_out.isChecked(),
                dry_run=False,
            )
        except (SaveError, OSError, ValueError) as error:
            QMessageBox.warning(
                self,
                self.tr("Nothing was imported"),
                self.tr("Nothing was imported, and the caseload is as it was: %s") % error,
            )
            return False
        if report.applied is None:
            self._show(report)
            QMessageBox.warning(
                self,
                self.tr("Nothing was imported"),
                self.tr(
                    "Nothing was imported, and the caseload is as it was: the files changed, or "
                    "the caseload refused them. The report now says why."
                ),
            )
            return False
        announce(
            self.state.caseload,
            self.tr("Imported from {source}: {outcome}.").format(
                source=self.state.names(), outcome=tally(report.applied)
            ),
        )
        return True

    def nextId(self) -> int:
        return -1
