"""A patient's document as FHIR: a DocumentReference holding its file (base64 in the Bundle,
or left out on purpose), its category, title and dates; and back.

The category is carebook's code (and its words); the title is the description; the day it was
signed, the attachment's creation. The review date and the notes have no element of their own
and are carebook's extension, typed (fhir.extension). A DocumentReference holding plain text is
a note (fhir.note); one holding a PDF or a picture is a document, kept only when its data is
there (an export without documents names the file but does not hold it).
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from carebook.core.billing_records import Attachment
from carebook.core.clinical_records import PatientDocument
from carebook.core.errors import ValidationError
from carebook.core.file_kinds import examine
from carebook.core.vocabularies import DocumentCategory
from carebook.core.words import translate
from carebook.interop.fhir import elements as fe
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.note import read_note
from carebook.interop.fhir.planning import NotImported, Planning, Target
from carebook.interop.fhir.report import SKIPPED
from carebook.interop.fhir.resolving import Entry
from carebook.store.fhir_links import FhirItem

Json = dict[str, Any]

CATEGORY = "https://carebook.invalid/fhir/CodeSystem/document-category"
_TEXT = ("text/plain", "text/markdown")


def document_resource(document: PatientDocument, subject: Json, content: bytes | None) -> Json:
    """The document as a DocumentReference of the patient `subject`, its file's `content`
    held as base64 (None: the file named, not held); not yet pruned."""
    typed = ext.encode(
        {
            name: getattr(document, name)
            for name in ("review_on", "notes")
            if getattr(document, name) not in (None, "")
        }
    )
    attachment = fv.prune(
        {
            "contentType": document.media_type,
            "data": base64.b64encode(content).decode("ascii") if content is not None else None,
            "title": document.file_name,
            "size": document.size,
            "creation": fv.day(document.signed_on),
        }
    )
    category = document.category
    return {
        "resourceType": "DocumentReference",
        "id": f"document-{document.id}",
        "extension": [typed] if typed else [],
        "status": "current",
        "type": fv.text(category.english),
        "category": [fv.coded(CATEGORY, category.value, category.english)],
        "subject": subject,
        "description": document.title,
        "content": [{"attachment": attachment}],
    }


def read_document_reference(planning: Planning, entry: Entry) -> None:
    """A DocumentReference into a document of its patient (a PDF or picture, or carebook's own
    category), else into a note (plain text)."""
    r = entry.resource
    attachments = [fe.as_dict(content.get("attachment")) for content in fe.dicts(r.get("content"))]
    kinds = [fe.text_of(a.get("contentType")).split(";")[0].strip().lower() for a in attachments]
    own = any(system == CATEGORY for system, _code in fe.codes(r.get("category")))
    if not own and (not kinds or any(kind in _TEXT for kind in kinds)):
        read_note(planning, entry)
        return
    planning.not_in_error(entry)
    patient = planning.patient_of(entry, r.get("subject"), "subject")
    attachment = next((a for a in attachments if isinstance(a.get("data"), str)), None)
    if attachment is None:
        raise NotImported(
            translate(
                "FhirImport",
                "names a file it does not hold (exported without documents, or a "
                "link); a document is kept only with its file",
            ),
            SKIPPED,
        )
    try:
        content = base64.b64decode(attachment["data"], validate=True)
    except binascii.Error:
        raise NotImported(translate("FhirImport", "holds a file that is not base64")) from None
    name = fe.text_of(attachment.get("title")) or "document"
    try:
        kind = examine(content, name) if content else None
    except ValidationError as error:
        raise NotImported(
            translate("FhirImport", "holds a file carebook does not keep: {error}").format(
                error=error
            )
        ) from None
    if kind is None:
        raise NotImported(translate("FhirImport", "holds an empty file"))
    code = next((c for s, c in fe.codes(r.get("category")) if s == CATEGORY), "")
    title = fe.text_of(r.get("description")) or name
    document = PatientDocument(
        patient_id=0,
        category=DocumentCategory(code)
        if code in DocumentCategory._value2member_map_
        else DocumentCategory.OTHER,
        title=title,
        signed_on=fe.date_of(attachment.get("creation")),
        file_name=name,
        media_type=kind.media_type,
        size=len(content),
        attachment_id=0,
    )
    typed = ext.decode(r).values
    document.review_on = fe.date_of(typed.get("review_on"))
    if isinstance(typed.get("notes"), str):
        document.notes = typed["notes"]
    file = FhirItem(
        record=Attachment(name=name, media_type=kind.media_type, content=content),
        where=entry.where,
        name=entry.name,
    )
    planning.file(entry, "attachment", file)
    refs: dict[str, Target] = {"patient_id": patient, "attachment_id": file}
    planning.emit(entry, "document", document, refs, fields=ext.Fields())
