"""A patient's document added with its file, both in one undoable step."""

from __future__ import annotations

from carebook.core.billing_records import Attachment
from carebook.core.clinical_records import PatientDocument
from carebook.ui.commands import Caseload, Root


def add_document(
    caseload: Caseload, text: str, document: PatientDocument, file: Attachment
) -> PatientDocument:
    """Keep the document and its file together (the undo takes both away)."""
    kept: list[PatientDocument] = []

    def run() -> list[Root]:
        added = caseload.store.documents.add_document(document, file)
        kept.append(added)
        assert added.id is not None and file.id is not None
        return [("attachment", file.id), ("patient_document", added.id)]

    caseload.change(text, "document", run)
    return kept[0]
