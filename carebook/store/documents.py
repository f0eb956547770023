"""A patient's documents (advance directive, POLST, insurance card …), their files kept inside
the caseload: encrypted with it, carried by its backups, never loose on the disk."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from carebook.core.billing_records import Attachment
from carebook.core.clinical_records import PatientDocument
from carebook.core.clinical_rules import DOCUMENT_LIMIT_MB, check_document
from carebook.core.errors import ValidationError
from carebook.core.file_kinds import examine
from carebook.core.vocabularies import DocumentCategory
from carebook.core.words import translate
from carebook.store.base import Part, Writes

#: Where Preferences keep the limit (see store/preferences.py).
_LIMIT_KEY = "preference.document_limit_mb"
#: What the record's header asks after: the papers that decide what may happen.
DECIDING = (
    DocumentCategory.ADVANCE_DIRECTIVE,
    DocumentCategory.POLST,
    DocumentCategory.HEALTH_CARE_POA,
)


class Documents(Part):
    """Documents added with their file in one transaction, listed, read back, exported."""

    def writes(self) -> dict[str, Writes[Any]]:
        return {
            "document": Writes(
                self._add_patient_document, self.save_patient_document, self.delete_patient_document
            )
        }

    def limit_mb(self) -> int:
        """The largest document kept, in megabytes (Preferences; 25 unless changed)."""
        stored = self._scalar("SELECT value FROM meta WHERE key = ?", [_LIMIT_KEY])
        return int(stored) if stored and str(stored).isdigit() else DOCUMENT_LIMIT_MB

    def read_file(self, path: Path) -> Attachment:
        """A document's file read from disk and examined (not kept yet): a ValidationError saying
        what is wrong when it is too large, not a PDF or picture, not what its name says, an
        encrypted PDF or a picture too large to open."""
        limit = self.limit_mb()
        try:
            size = path.stat().st_size
            if size > limit * 1024 * 1024:
                raise ValidationError(
                    translate(
                        "Documents",
                        "{name} is {size} MB; documents of up to {limit} MB are kept "
                        "(Edit → Preferences). Scan it at a lower resolution or split it.",
                    ).format(name=path.name, size=f"{size / 1024 / 1024:.1f}", limit=limit),
                    "file_name",
                )
            content = path.read_bytes()
        except OSError as error:
            raise ValidationError(
                translate("Documents", "{name} could not be read ({problem}).").format(
                    name=path.name, problem=error.strerror
                ),
                "file_name",
            ) from error
        kind = examine(content, path.name)
        return Attachment(name=path.name, media_type=kind.media_type, content=content)

    def add_document(self, document: PatientDocument, file: Attachment) -> PatientDocument:
        """Keep the document and its file together, both or neither."""
        document.file_name = document.file_name or file.name
        document.media_type = file.media_type
        document.size = len(file.content)
        document.attachment_id = 0
        check_document(document, self.today())
        with self._transaction():
            self._insert(file)
            assert file.id is not None
            document.attachment_id = file.id
            self._insert(document)
            self._log("create", "patient_document", document.id)
        return document

    def _add_patient_document(self, _document: PatientDocument) -> PatientDocument:
        raise ValidationError(
            translate("Documents", "A document is added with its file."), "file_name"
        )

    def save_patient_document(self, document: PatientDocument) -> None:
        """Save a document's title, category, dates and notes (its file stays as it is)."""
        stored = self._need(PatientDocument, document.id or 0)
        document.attachment_id, document.size = stored.attachment_id, stored.size
        document.media_type, document.file_name = stored.media_type, stored.file_name
        check_document(document, self.today())
        self._change(document)

    def delete_patient_document(self, document_id: int) -> None:
        """Remove a document; its file stays until nothing can bring it back (an undo)."""
        self._delete(PatientDocument, document_id)

    def document(self, document_id: int) -> PatientDocument | None:
        return self._get(PatientDocument, document_id)

    def documents(self, patient_id: int) -> list[PatientDocument]:
        return self._all(
            PatientDocument, "patient_id = ?", [patient_id], "category, signed_on DESC, id"
        )

    def content(self, document: PatientDocument) -> bytes:
        """The document's file, read from the caseload into memory."""
        found = self._scalar(
            "SELECT content FROM attachment WHERE id = ?", [document.attachment_id]
        )
        if found is None:
            raise LookupError(
                translate("Documents", "That document's file is no longer in the caseload.")
            )
        return bytes(found)

    def on_file(self, patient_id: int) -> dict[DocumentCategory, PatientDocument]:
        """Of the deciding papers (advance directive, POLST, health-care POA), the latest of
        each the patient has, current or not (its review date says)."""
        found: dict[DocumentCategory, PatientDocument] = {}
        for document in self.documents(patient_id):
            if document.category in DECIDING and document.category not in found:
                found[document.category] = document
        return found

    def due_for_review(self, last: date) -> list[PatientDocument]:
        """Documents whose expiry or review date falls on or before `last`."""
        return self._all(
            PatientDocument,
            "review_on IS NOT NULL AND review_on <= ?",
            [last.isoformat()],
            "review_on, id",
        )
