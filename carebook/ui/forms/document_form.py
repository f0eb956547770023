"""A patient's document: its file chosen (checked by the store before anything is kept), its
category, title, the date signed and the date it is due for review, and notes."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from carebook.core.billing_records import Attachment
from carebook.core.clinical_records import PatientDocument
from carebook.core.clinical_rules import check_document
from carebook.core.errors import ValidationError
from carebook.core.vocabularies import DocumentCategory
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.store.caseload import Store
from carebook.ui.forms.field_spec import FieldSpec
from carebook.ui.forms.opening import run_form
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.widgets.file_choice import open_file_names


@dataclasses.dataclass(slots=True, kw_only=True)
class DocumentDraft:
    """A new document as its form holds it: the file as a path typed or chosen."""

    file: str = ""
    category: DocumentCategory = DocumentCategory.OTHER
    title: str = ""
    signed_on: date | None = None
    review_on: date | None = None
    notes: str = ""


_DETAILS: tuple[FieldSpec, ...] = (
    FieldSpec("category", QT_TRANSLATE_NOOP("RecordForm", "Category"), "choice", DocumentCategory),
    FieldSpec(
        "title",
        QT_TRANSLATE_NOOP("RecordForm", "Title"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "Empty: from the file's name"),
    ),
    FieldSpec("signed_on", QT_TRANSLATE_NOOP("RecordForm", "Signed"), "date"),
    FieldSpec(
        "review_on",
        QT_TRANSLATE_NOOP("RecordForm", "Review or expiry"),
        "date",
        hint=QT_TRANSLATE_NOOP(
            "RecordForm", "Today and the Agenda's reviews show it from this day"
        ),
    ),
    FieldSpec("notes", QT_TRANSLATE_NOOP("RecordForm", "Notes"), "long_text", lines=3),
)
NEW_DOCUMENT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "file",
        QT_TRANSLATE_NOOP("RecordForm", "File"),
        required=True,
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "A PDF or a picture (Choose file…)"),
        hint=QT_TRANSLATE_NOOP("RecordForm", "Kept inside the caseload, never as a loose file"),
        max_length=1000,
    ),
    *_DETAILS,
)
DOCUMENT_FIELDS: tuple[FieldSpec, ...] = tuple(
    spec if spec.name != "title" else dataclasses.replace(spec, required=True, placeholder="")
    for spec in _DETAILS
)


def title_from(name: str) -> str:
    """A title from a file's name: "advance_directive-2024.pdf" -> "Advance directive 2024"."""
    words = " ".join(Path(name).stem.replace("_", " ").replace("-", " ").split())
    return words[:1].upper() + words[1:]


def file_of(store: Store, draft: DocumentDraft) -> Attachment:
    """The chosen file read and examined (not kept yet); the store's refusal (too large, not a
    PDF or picture, not what its name says, encrypted) names the file field."""
    path = Path(draft.file.strip()).expanduser()
    try:
        return store.documents.read_file(path)
    except ValidationError as error:
        raise ValidationError(str(error), "file") from None


def document_of(draft: DocumentDraft, patient_id: int, file: Attachment) -> PatientDocument:
    return PatientDocument(
        patient_id=patient_id,
        category=draft.category,
        title=draft.title.strip() or title_from(file.name),
        signed_on=draft.signed_on,
        review_on=draft.review_on,
        notes=draft.notes.strip(),
        file_name=file.name,
        media_type=file.media_type,
        size=len(file.content),
        attachment_id=0,
    )


def _checked(store: Store, draft: DocumentDraft, patient_id: int) -> None:
    if not draft.file.strip():
        raise ValidationError(translate("DocumentForm", "Choose the document's file."), "file")
    file = file_of(store, draft)
    document = document_of(draft, patient_id, file)
    try:
        check_document(document, store.today())
    except ValidationError as error:
        field = "file" if error.field == "file_name" else error.field
        raise ValidationError(str(error), field) from None


class DocumentForm(RecordForm[DocumentDraft]):
    """The new document's form, with a button that chooses its file."""

    def __init__(self, title: str, specs: Any, record: DocumentDraft, **options: Any) -> None:
        super().__init__(title, specs, record, **options)
        self.choose_button = self.buttons.addButton(
            translate("DocumentForm", "C&hoose file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)

    def choose_file(self) -> None:
        chosen = open_file_names(
            self,
            translate("DocumentForm", "Choose the document"),
            "",
            translate(
                "DocumentForm",
                "Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic *.webp *.gif)",
            ),
        )
        if chosen:
            self.set_file(chosen[0])

    def set_file(self, path: str) -> None:
        """Put the chosen file in its field, and its name as the title while none is typed."""
        edit = self.editor("file")
        title = self.editor("title")
        if isinstance(edit, QLineEdit):
            edit.setText(path)
            edit.setFocus()
        if isinstance(title, QLineEdit) and not title.text().strip():
            title.setText(title_from(path))


def new_document(store: Store, patient_id: int, parent: QWidget | None) -> DocumentDraft | None:
    """A new document's details and file, as typed; None when cancelled."""
    form = DocumentForm(
        translate("DocumentForm", "Add document"),
        NEW_DOCUMENT_FIELDS,
        DocumentDraft(),
        validate=lambda draft: _checked(store, draft, patient_id),
        parent=parent,
    )
    return run_form(form)


def edit_document(
    store: Store, document: PatientDocument, parent: QWidget | None
) -> PatientDocument | None:
    """A document's details edited (its file stays); None when cancelled."""
    return RecordForm.edit(
        translate("DocumentForm", "Edit document"),
        DOCUMENT_FIELDS,
        document,
        validate=lambda d: check_document(d, store.today()),
        parent=parent,
    )
