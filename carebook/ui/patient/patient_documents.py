"""A patient's record's Documents tab: her papers (advance directive, POLST, insurance card …)
with their dates, a review overdue in the warning tone; added with their file, opened in
carebook's own viewer, edited, removed; and the header's line of the papers that decide."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QWidget

from carebook.core.calendar_words import day_text
from carebook.core.clinical_records import PatientDocument
from carebook.core.list_columns import Column
from carebook.core.vocabularies import DocumentCategory
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.store.caseload import Store
from carebook.store.documents import DECIDING
from carebook.ui.changes.documents import add_document
from carebook.ui.commands import Caseload
from carebook.ui.documents.document_viewer import show_document
from carebook.ui.forms.document_form import document_of, edit_document, file_of, new_document
from carebook.ui.forms.record_editor import attempt, confirm_delete
from carebook.ui.patient.record_section import RecordSection, SectionButton, SectionSpec
from carebook.ui.widgets.emphasis import Emphasis


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentRow:
    """A document as the list shows it."""

    id: int
    category: DocumentCategory
    title: str
    signed_on: date | None
    review: str
    overdue: bool
    file_name: str
    size: str
    document: PatientDocument


def size_words(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def document_rows(store: Store, patient_id: int) -> list[DocumentRow]:
    today = store.today()
    rows = []
    for document in store.documents.documents(patient_id):
        review = document.review_on
        overdue = review is not None and review <= today
        rows.append(
            DocumentRow(
                id=document.id or 0,
                category=document.category,
                title=document.title,
                signed_on=document.signed_on,
                review=(("⚠ " if overdue else "") + day_text(review) if review is not None else ""),
                overdue=overdue,
                file_name=document.file_name,
                size=size_words(document.size),
                document=document,
            )
        )
    return rows


def _day(value: date | None) -> str:
    return day_text(value) if value else ""


DOCUMENT_COLUMNS = (
    Column(
        "category",
        QT_TRANSLATE_NOOP("PatientDocuments", "Category"),
        lambda c: c.label if c else "",
        width=22,
        context="PatientDocuments",
    ),
    Column(
        "title",
        QT_TRANSLATE_NOOP("PatientDocuments", "Title"),
        width=26,
        context="PatientDocuments",
    ),
    Column(
        "signed_on",
        QT_TRANSLATE_NOOP("PatientDocuments", "Signed"),
        _day,
        width=12,
        context="PatientDocuments",
    ),
    Column(
        "review",
        QT_TRANSLATE_NOOP("PatientDocuments", "Review / expiry"),
        width=14,
        context="PatientDocuments",
    ),
    Column(
        "file_name",
        QT_TRANSLATE_NOOP("PatientDocuments", "File"),
        width=20,
        stretch=True,
        context="PatientDocuments",
    ),
    Column(
        "size",
        QT_TRANSLATE_NOOP("PatientDocuments", "Size"),
        width=8,
        align_right=True,
        context="PatientDocuments",
    ),
)


_SHORT = {
    DocumentCategory.ADVANCE_DIRECTIVE: QT_TRANSLATE_NOOP("PatientDocuments", "Advance directive"),
    DocumentCategory.POLST: QT_TRANSLATE_NOOP("PatientDocuments", "POLST"),
    DocumentCategory.HEALTH_CARE_POA: QT_TRANSLATE_NOOP("PatientDocuments", "Health-care POA"),
}


def on_file_line(store: Store, patient_id: int) -> str:
    """ "Advance directive ✓ · POLST — · Health-care POA ✓ (review due)"."""
    found = store.documents.on_file(patient_id)
    today = store.today()
    parts = []
    for category in DECIDING:
        document = found.get(category)
        name = translate("PatientDocuments", _SHORT[category])
        if document is None:
            parts.append(translate("PatientDocuments", "{document} —").format(document=name))
        elif document.review_on is not None and document.review_on <= today:
            parts.append(
                translate("PatientDocuments", "{document} ✓ (review due)").format(document=name)
            )
        else:
            parts.append(translate("PatientDocuments", "{document} ✓").format(document=name))
    return " · ".join(parts)


class DocumentActions:
    """What the tab's buttons do, each change through the door."""

    def __init__(self, caseload: Caseload, patient_id: int, parent: QWidget) -> None:
        self.caseload = caseload
        self.patient_id = patient_id
        self.parent = parent

    def add(self) -> None:
        store = self.caseload.store
        draft = new_document(store, self.patient_id, self.parent)
        if draft is None:
            return

        def keep() -> None:
            file = file_of(store, draft)
            add_document(
                self.caseload,
                translate("PatientDocuments", "Add document"),
                document_of(draft, self.patient_id, file),
                file,
            )

        attempt(self.parent, keep)

    def open(self, row: DocumentRow) -> None:
        show_document(self.caseload, row.document, self.parent)

    def edit(self, row: DocumentRow) -> None:
        edited = edit_document(self.caseload.store, row.document, self.parent)
        if edited is None or edited == row.document:
            return
        attempt(
            self.parent,
            lambda: self.caseload.save(edited, translate("PatientDocuments", "Edit document")),
        )

    def delete(self, row: DocumentRow) -> None:
        if confirm_delete(
            self.parent, translate("PatientDocuments", "the document “%s”") % row.title
        ):
            attempt(
                self.parent,
                lambda: self.caseload.remove(
                    row.document, translate("PatientDocuments", "Delete document")
                ),
            )


def documents_section(caseload: Caseload, patient_id: int, parent: QWidget) -> RecordSection:
    """The Documents tab: a record section over the patient's documents."""
    actions = DocumentActions(caseload, patient_id, parent)
    spec = SectionSpec(
        translate("PatientDocuments", "Documents"),
        DOCUMENT_COLUMNS,
        lambda _all: document_rows(caseload.store, patient_id),
        buttons=(
            SectionButton(
                translate("PatientDocuments", "Add &document…"),
                lambda _i, _r: actions.add(),
                needs_row=False,
            ),
            SectionButton(translate("PatientDocuments", "&Open"), lambda _i, r: actions.open(r)),
            SectionButton(
                translate("PatientDocuments", "Edit details…"), lambda _i, r: actions.edit(r)
            ),
            SectionButton(
                translate("PatientDocuments", "Delete…"), lambda _i, r: actions.delete(r)
            ),
        ),
        empty_text=translate(
            "PatientDocuments",
            "No documents yet. Keep her advance directive, POLST, powers of attorney and "
            "insurance cards here: Add document…",
        ),
        emphasis=lambda row: Emphasis.ALERT if row.overdue else Emphasis.NONE,
        open_row=lambda _i, r: actions.open(r),
        delete_row=lambda _i, r: actions.delete(r),
    )
    return RecordSection(spec, parent)
