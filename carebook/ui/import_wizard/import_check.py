"""The import wizard's check page: every row checked on a worker thread, the preview, the write."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal

# The lists fit.
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from carebook.interop.spreadsheet.columns import ImportKind
from carebook.interop.spreadsheet.plan import (
    DuplicateChoice,
    ImportPlan,
    ImportRefused,
    plan_import,
)
from carebook.store.imports import ImportResult
from carebook.ui.forms.field_message import FieldMessage
from carebook.ui.import_wizard.import_apply import announce
from carebook.ui.import_wizard.import_models import (
    AcceptedModel,
    ChoiceDelegate,
    DuplicatesModel,
    ProblemsModel,
    preview_columns,
    preview_table,
)
from carebook.ui.import_wizard.import_outcome import Outcome
from carebook.ui.import_wizard.import_state import ImportState
from carebook.ui.import_wizard.import_worker import PlanWorker
from carebook.ui.import_wizard.import_write import WritePanel

#: Duplicates shown each with its list open (more are changed with F2 or a double click).
OPEN_CHOICES = 200
#: The preview's pages, in the order of its tabs.
TAB_ACCEPTED, TAB_PROBLEMS, TAB_DUPLICATES = range(3)


class CheckPage(QWizardPage):
    """Runs plan_import away from the window's thread, then shows what importing would do."""

    #: The check found it must know the date order after all: the wizard goes back to ask.
    date_order_needed = Signal(object)

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(
            self.tr(
                "Every row is checked against the caseload first. Nothing is written until you "
                "press Import, and then every row is imported or none is."
            )
        )
        self.worker: PlanWorker | None = None
        self.duplicates: DuplicatesModel | None = None
        self.accepted_view: QTableView | None = None
        self.problems_view: QTableView | None = None
        self.duplicates_view: QTableView | None = None
        self.all_buttons: dict[DuplicateChoice, QPushButton] = {}

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._progress_panel())
        self.preview = QWidget(self.stack)
        self.stack.addWidget(self.preview)
        self.trouble = FieldMessage(self.stack)
        trouble_panel = QWidget(self.stack)
        trouble_layout = QVBoxLayout(trouble_panel)
        trouble_layout.addWidget(self.trouble)
        trouble_layout.addStretch(1)
        self.stack.addWidget(trouble_panel)
        self.writing = WritePanel(state.caseload, self.stack)
        self.writing.written.connect(self._written)
        self.writing.refused.connect(self._refused)
        self.writing.stopped.connect(self._write_stopped)
        self.stack.addWidget(self.writing)
        #: What the import wrote, once it has: Import then closes the wizard.
        self.result: ImportResult | None = None

        self.counts = QLabel(self.preview)
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setWordWrap(True)
        self.order_note = FieldMessage(self.preview)
        self.tabs = QTabWidget(self.preview)
        self.tabs.setDocumentMode(True)
        self.leave_out = QCheckBox(
            self.tr("&Leave out the rows that cannot be imported"), self.preview
        )
        self.leave_out.toggled.connect(self._choices_changed)
        self.outcome = FieldMessage(self.preview)
        preview_layout = QVBoxLayout(self.preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.counts)
        preview_layout.addWidget(self.order_note)
        preview_layout.addWidget(self.tabs, 1)
        preview_layout.addWidget(self.leave_out)
        preview_layout.addWidget(self.outcome)

        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    def _progress_panel(self) -> QWidget:
        panel = QWidget(self.stack)
        self.progress_label = QLabel(panel)
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(panel)
        self.progress.setAccessibleName(self.tr("Rows checked"))
        self.cancel_button = QPushButton(self.tr("&Cancel check"), panel)
        self.cancel_button.setToolTip(
            self.tr("Stop checking and go back to the columns; nothing is imported")
        )
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(panel)
        layout.addStretch(1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return panel

    # -- the check ---------------------------------------------------------------------------

    def initializePage(self) -> None:
        self.start()

    def cleanupPage(self) -> None:
        """Back (or Cancel check): the check stops, and nothing of it is kept."""
        self.stop_worker()
        self.state.plan = None

    def start(self) -> None:
        """Check every row on a worker thread, which reads the caseload's patients and records
        (to find duplicates) through a connection of its own."""
        source = self.state.source
        assert source is not None
        self.stop_worker()
        self.state.plan = None
        store = self.state.caseload.store
        today = store.today()
        kind, mapping, order = self.state.kind, dict(self.state.mapping), self.state.date_order

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> ImportPlan:
            with store.imports.beside() as imports:
                patients, existing = imports.patient_keys(), imports.record_keys(kind.value)
            return plan_import(
                source,
                kind,
                mapping,
                patients,
                today=today,
                date_order=order,
                progress=progress,
                cancelled=cancelled,
                existing=existing,
            )

        self.progress_label.setText(self.tr("Checking the rows of %s…") % source.path.name)
        total = source.estimated_rows
        self.progress.setRange(0, total if total > 0 else 0)
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.stack.setCurrentIndex(0)
        worker = PlanWorker(job, self)
        worker.progressed.connect(self._progressed)
        worker.planned.connect(self._planned)
        worker.failed.connect(self._failed)
        worker.stopped.connect(self._stopped)
        self.worker = worker
        self.completeChanged.emit()
        worker.start()
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def stop_worker(self) -> None:
        """Stop a check still running and forget it (its late signals go nowhere)."""
        worker, self.worker = self.worker, None
        if worker is None:
            return
        for signal in (worker.progressed, worker.planned, worker.failed, worker.stopped):
            signal.disconnect()
        worker.cancel()
        worker.wait()
        worker.deleteLater()

    def running(self) -> bool:
        return self.worker is not None

    def cancel(self) -> None:
        """Cancel check: stop, and back to the columns with every choice as it was."""
        if self.worker is not None:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stopping…"))

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        self.progress_label.setText(
            self.tr("Checked {done} of about {total} rows…").format(
                done=f"{done:,}", total=f"{max(done, total):,}"
            )
        )

    def _stopped(self) -> None:
        self.stop_worker()
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.back()

    def _failed(self, message: str) -> None:
        self.stop_worker()
        self._show_trouble(message)

    def _planned(self, plan: ImportPlan) -> None:
        self.stop_worker()
        if plan.question is not None:
            self.state.question = plan.question
            self.date_order_needed.emit(plan.question)
            return
        self.state.plan = plan
        if plan.file_problem:
            self._show_trouble(
                self.tr("Nothing can be imported from this file: %s") % plan.file_problem
            )
            return
        self._show_preview(plan)

    def _show_trouble(self, message: str) -> None:
        self.trouble.show_error(
            message
            + self.tr("\n\nGo back to choose another file or worksheet; the caseload is unchanged.")
        )
        self.stack.setCurrentIndex(2)
        self.completeChanged.emit()

    # -- the preview -------------------------------------------------------------------------

    def _show_preview(self, plan: ImportPlan) -> None:
        invalid, duplicates = len(plan.invalid_rows), plan.duplicates
        # A row repeating an earlier row of the same file is not "already there".
        repeats = sum(1 for duplicate in duplicates if duplicate.of_row is not None)
        facts = [
            self.tr("<b>{n}</b> rows read").format(n=f"{plan.rows_read:,}"),
            self.tr("<b>{n}</b> can be imported").format(n=f"{len(plan.accepted):,}"),
            self.tr("<b>{n}</b> cannot be imported").format(n=f"{invalid:,}"),
            (
                self.tr("<b>{n}</b> look like patients already in the caseload")
                if plan.kind is ImportKind.PATIENTS
                else self.tr("<b>{n}</b> look like records already in the caseload")
            ).format(n=f"{len(duplicates) - repeats:,}"),
        ]
        if repeats:
            facts.append(
                self.tr("<b>1</b> repeat an earlier row")
                if repeats == 1
                else self.tr("<b>{n}</b> repeat earlier rows").format(n=f"{repeats:,}")
            )
        self.counts.setText("&nbsp;&nbsp;·&nbsp;&nbsp;".join(facts))
        if plan.date_order_note and plan.date_order is not None:
            example, on_row = plan.date_order_shown_by or ("", 0)
            said = self.tr("Dates were read as {order}, as {text} on row {row} shows.")
            said = said if on_row else self.tr("Dates were read as {order}, as asked.")
            self.order_note.show_note(
                said.format(order=plan.date_order.label, text=repr(example), row=on_row)
            )
        else:
            self.order_note.clear()
        self.tabs.clear()
        self.accepted_view = preview_table(
            AcceptedModel(plan.accepted, preview_columns(plan.kind, plan.mapping), self.tabs),
            self.tabs,
            self.tr("Rows to import"),
        )
        self.tabs.addTab(self.accepted_view, self.tr("To import (%s)") % f"{len(plan.accepted):,}")
        self.problems_view = preview_table(
            ProblemsModel(plan.problems, self.tabs),
            self.tabs,
            self.tr("Rows that cannot be imported"),
        )
        self.tabs.addTab(self.problems_view, self.tr("Cannot be imported (%s)") % f"{invalid:,}")
        self.duplicates = None
        self.duplicates_view = None
        self.tabs.addTab(
            self._duplicates_panel(plan), self.tr("Likely duplicates (%s)") % f"{len(duplicates):,}"
        )
        self.tabs.setCurrentIndex(
            TAB_PROBLEMS if invalid else TAB_DUPLICATES if duplicates else TAB_ACCEPTED
        )
        self.leave_out.setChecked(False)
        self.leave_out.setVisible(bool(invalid and plan.accepted))
        self.stack.setCurrentIndex(1)
        self._choices_changed()
        shown = self.tabs.currentIndex()
        view = (
            self.problems_view
            if shown == TAB_PROBLEMS
            else self.duplicates_view
            if shown == TAB_DUPLICATES
            else self.accepted_view
        )
        if view is not None:
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _duplicates_panel(self, plan: ImportPlan) -> QWidget:
        panel = QWidget(self.tabs)
        rows = [planned for planned in plan.accepted if planned.duplicate is not None]
        model = DuplicatesModel(rows, panel)
        model.choices_changed.connect(self._choices_changed)
        self.duplicates = model
        patients = plan.kind is ImportKind.PATIENTS
        explain = QLabel(
            self.tr(
                "These rows have the same MRN, or the same name and date of birth, as a patient "
                "already in the caseload (or an earlier row). Skip leaves the row out; Merge fills "
                "that patient's empty fields from the row and never overwrites; Add anyway makes "
                "a second patient."
            )
            if patients
            else self.tr(
                "These rows are the same as a record already in the caseload, or as an earlier "
                "row (the same patient, and the same medication and start date, appointment "
                "start, task and due date, allergy, or condition and onset). Skip leaves the row "
                "out; Add anyway imports it as well."
            ),
            panel,
        )
        explain.setWordWrap(True)
        view = preview_table(model, panel, self.tr("Likely duplicates"))
        # A merge fills a patient's empty fields: there is nothing to merge into otherwise.
        view.setItemDelegateForColumn(DuplicatesModel.CHOICE, ChoiceDelegate(view, merge=patients))
        view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        if model.rowCount() <= OPEN_CHOICES:
            for row in range(model.rowCount()):
                view.openPersistentEditor(model.index(row, DuplicatesModel.CHOICE))
        heights = view.verticalHeader()
        heights.setDefaultSectionSize(
            max(heights.defaultSectionSize(), QComboBox().sizeHint().height())
        )
        self.duplicates_view = view
        buttons = QHBoxLayout()
        self.all_buttons = {}
        for text, choice in (
            (self.tr("S&kip all"), DuplicateChoice.SKIP),
            (self.tr("&Merge all"), DuplicateChoice.MERGE),
            (self.tr("&Add all anyway"), DuplicateChoice.ADD),
        ):
            button = QPushButton(text, panel)
            button.clicked.connect(lambda _checked=False, c=choice: self._set_all(c))
            button.setVisible(bool(rows) and (patients or choice is not DuplicateChoice.MERGE))
            buttons.addWidget(button)
            self.all_buttons[choice] = button
        buttons.addStretch(1)
        layout = QVBoxLayout(panel)
        layout.addWidget(explain)
        layout.addWidget(view, 1)
        layout.addLayout(buttons)
        if not rows:
            view.setVisible(False)
            explain.setText(self.tr("No row looks like a patient already in the caseload."))
        return panel

    def _set_all(self, choice: DuplicateChoice) -> None:
        if self.duplicates is not None:
            self.duplicates.set_all(choice)

    def choices(self) -> dict[int, DuplicateChoice]:
        return dict(self.duplicates.choices) if self.duplicates is not None else {}

    def outcome_now(self) -> Outcome | None:
        plan = self.state.plan
        if plan is None or not plan.ready:
            return None
        counts = self.duplicates.counts() if self.duplicates is not None else {}
        repeats = self.duplicates.skipped_repeats() if self.duplicates is not None else 0
        return Outcome.of(plan, counts, self.leave_out.isChecked(), repeats)

    def _choices_changed(self, *_args: object) -> None:
        plan, outcome = self.state.plan, self.outcome_now()
        if plan is None or outcome is None:
            return
        invalid = len(plan.invalid_rows)
        if not plan.accepted:
            self.outcome.show_error(
                self.tr(
                    "No row of this file can be imported (see “Cannot be imported” for why). "
                    "Correct the file and check it again (Back, then Next)."
                )
            )
        elif invalid and not self.leave_out.isChecked():
            self.outcome.show_error(self._not_yet(invalid))
        elif outcome.empty:
            self.outcome.show_error(
                self.tr("There is nothing to import: no row is left to add or merge.")
            )
        else:
            self.outcome.show_note(outcome.would())
        self.completeChanged.emit()

    def _not_yet(self, invalid: int) -> str:
        if invalid == 1:
            return self.tr(
                "Import is not possible yet: 1 row cannot be imported (see “Cannot be imported” "
                "for which and why). Correct the file and check it again (Back, then Next), or "
                "tick “Leave out the rows that cannot be imported” to import the others."
            )
        return self.tr(
            "Import is not possible yet: {n} rows cannot be imported (see “Cannot be imported” "
            "for which and why). Correct the file and check it again (Back, then Next), or "
            "tick “Leave out the rows that cannot be imported” to import the others."
        ).format(n=f"{invalid:,}")

    def isComplete(self) -> bool:
        return (
            self.worker is None
            and not self.writing.running()
            and self.state.plan is not None
            and self.state.plan.ready
            and self.stack.currentIndex() == 1
            and not self.outcome.is_error
        )

    # -- Import ------------------------------------------------------------------------------

    def validatePage(self) -> bool:
        """Import: the rows are written on a worker thread while the wizard shows how far; once
        written, the wizard closes (a refusal or Stop keeps it open, nothing written)."""
        plan, outcome = self.state.plan, self.outcome_now()
        if self.result is not None and plan is not None and outcome is not None:
            announce(self.state.caseload, outcome.done(plan.source.path.name, self.result))
            return True
        if plan is None or outcome is None or self.writing.running():
            return False
        try:
            batch = plan.batch(self.choices(), skip_invalid=self.leave_out.isChecked())
        except ImportRefused as error:
            QMessageBox.warning(self, self.tr("Nothing was imported"), str(error))
            return False
        self.stack.setCurrentIndex(3)
        self.writing.start(batch)
        self._buttons_while_writing(on=False)
        return False

    def _buttons_while_writing(self, *, on: bool) -> None:
        """While the rows are written, neither Back, Import nor Cancel (Stop is on the page)."""
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None:
            for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
                wizard.button(which).setEnabled(on)

    def _written(self, result: ImportResult) -> None:
        self.result = result
        wizard = self.wizard()
        if wizard is not None:
            wizard.accept()  # validatePage says what was imported, and the wizard closes

    def _refused(self, message: str) -> None:
        self.stack.setCurrentIndex(1)
        self._buttons_while_writing(on=True)
        QMessageBox.warning(
            self,
            self.tr("Nothing was imported"),
            self.tr(
                "Nothing was imported, and the caseload is as it was: %s\n\nYour choices are "
                "kept; press Import to try again."
            )
            % message,
        )

    def _write_stopped(self) -> None:
        self.stack.setCurrentIndex(1)
        self._buttons_while_writing(on=True)
        self.outcome.show_note(
            self.tr("The import was stopped: nothing was imported. Your choices are kept.")
        )

    def nextId(self) -> int:
        return -1
