"""`carebook documents` and `carebook document`: a patient's papers listed, one added with its
file (examined first: what it really is, its size, an encrypted PDF), one exported byte for byte."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carebook.cli.common import checked_output, open_store
from carebook.cli.refusal import CommandError
from carebook.cli.reports import find_patient
from carebook.core.clinical_records import PatientDocument
from carebook.core.dates import parse_date
from carebook.core.vocabularies import DocumentCategory
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.storage.output_files import put_in_place, temporary_beside
from carebook.storage.paths import caseload_path

if TYPE_CHECKING:
    from carebook.store.caseload import Store

_PATIENT_HELP = QT_TRANSLATE_NOOP(
    "CliDocuments", "the patient's carebook id, or a name (or phone, or MRN) to find"
)
_USAGE = (
    "carebook document ID -o FILE\n"
    "       carebook document add PATIENT FILE --category ID [--title T] [--signed D] "
    "[--review D] [--notes T]"
)


def add_parsers(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add `documents` (the list) and `document` (add one, export one) to the sub-commands."""
    listing = commands.add_parser(
        "documents",
        help=translate(
            "CliDocuments", "a patient's documents: advance directive, POLST, insurance card …"
        ),
        description=translate(
            "CliDocuments",
            "A patient's documents with their ids (for `carebook document ID -o FILE`).",
        ),
    )
    db_option(listing)
    listing.add_argument(
        "patient", metavar="PATIENT", help=translate("CliDocuments", _PATIENT_HELP)
    )
    listing.add_argument("--format", choices=("text", "json"), default="text")

    categories = ", ".join(category.value for category in DocumentCategory)
    document = commands.add_parser(
        "document",
        usage=_USAGE,
        help=translate(
            "CliDocuments", "add a patient's document with its file, or export one's file"
        ),
        description=translate(
            "CliDocuments",
            "`document ID -o FILE` writes the document's file as it was added, byte "
            "for byte. `document add PATIENT FILE --category ID` keeps a PDF or a picture "
            "inside the caseload (never as a loose file) after checking it is what its name says.",
        ),
    )
    db_option(document)
    document.add_argument(
        "words", nargs="+", metavar="ID | add PATIENT FILE", help=argparse.SUPPRESS
    )
    document.add_argument(
        "-o", "--output", metavar="FILE", help=translate("CliDocuments", "where to export the file")
    )
    document.add_argument(
        "--category",
        choices=tuple(category.value for category in DocumentCategory),
        metavar="ID",
        help=categories,
    )
    document.add_argument(
        "--title", metavar="TEXT", help=translate("CliDocuments", "(default: the category's name)")
    )
    document.add_argument(
        "--signed", metavar="YYYY-MM-DD", help=translate("CliDocuments", "the day it was signed")
    )
    document.add_argument(
        "--review",
        metavar="YYYY-MM-DD",
        help=translate("CliDocuments", "when it expires or is to be looked at again"),
    )
    document.add_argument("--notes", default="", metavar="TEXT")


def run(args: argparse.Namespace) -> int:
    if args.command == "documents":
        return _list(args)
    words: list[str] = args.words
    if words[0] == "add":
        if len(words) != 3:
            raise CommandError(
                translate(
                    "CliDocuments", "document add needs PATIENT and FILE, as in {usage}"
                ).format(usage=_USAGE.split("\n")[1].strip())
            )
        if args.output is not None:
            raise CommandError(
                translate(
                    "CliDocuments", "-o is for exporting a document; `document add` takes none"
                )
            )
        return _add(args, words[1], Path(words[2]))
    if len(words) != 1:
        raise CommandError(
            translate(
                "CliDocuments", "give one document id, or `add PATIENT FILE` (got {words})"
            ).format(words=" ".join(words))
        )
    if args.category or args.title or args.signed or args.review or args.notes:
        raise CommandError(
            translate(
                "CliDocuments", "--category, --title, --signed, --review and --notes are for `add`"
            )
        )
    return _export(args, words[0])


# -- add -----------------------------------------------------------------------------------------


def _add(args: argparse.Namespace, patient: str, file: Path) -> int:
    if args.category is None:
        raise CommandError(
            translate("CliDocuments", "--category is needed: {categories}").format(
                categories=", ".join(category.value for category in DocumentCategory)
            )
        )
    category = DocumentCategory(args.category)
    signed = parse_date(args.signed, "--signed") if args.signed else None
    review = parse_date(args.review, "--review") if args.review else None
    if signed is not None and review is not None and review < signed:
        raise CommandError(
            translate("CliDocuments", "--review {review} comes before --signed {signed}").format(
                review=review, signed=signed
            )
        )
    file = file.expanduser()
    if not file.is_file():
        raise CommandError(
            (
                translate("CliDocuments", "cannot read {file}: it is a folder")
                if file.is_dir()
                else translate("CliDocuments", "cannot read {file}: there is no such file")
            ).format(file=file)
        )
    store = open_store(args, writing=True)
    try:
        patient_id = find_patient(store, patient)
        attachment = store.documents.read_file(file)
        document = PatientDocument(
            patient_id=patient_id,
            category=category,
            title=(args.title or "").strip() or category.label,
            signed_on=signed,
            review_on=review,
            notes=args.notes.strip(),
            file_name=file.name,
            media_type=attachment.media_type,
            size=len(attachment.content),
            attachment_id=0,
        )
        store.documents.add_document(document, attachment)
        name = _name(store, patient_id)
    finally:
        store.close()
    said = (
        translate("CliDocuments", "{title} ({category}, {size}) kept for {name} (document {id}).")
        if document.title != category.label
        else translate("CliDocuments", "{title} ({size}) kept for {name} (document {id}).")
    )
    print(
        said.format(
            title=document.title,
            category=category.label,
            size=_size(document.size),
            name=name,
            id=document.id,
        )
    )
    return 0


# -- export --------------------------------------------------------------------------------------


def _export(args: argparse.Namespace, typed: str) -> int:
    if args.output is None:
        raise CommandError(
            translate("CliDocuments", "give -o FILE to write the document's file to")
        )
    document_id = _id(typed)
    output = checked_output(Path(args.output), caseload_path(getattr(args, "db", None)))
    store = open_store(args)
    try:
        document = _document(store, document_id)
        content = store.documents.content(document)
    finally:
        store.close()
    write_bytes(output, content)
    print(
        translate("CliDocuments", "{title} ({file}, {size}) written to {output}.").format(
            title=document.title, file=document.file_name, size=_size(len(content)), output=output
        )
    )
    return 0


def _id(typed: str) -> int:
    text = typed.strip()
    if not (text.isascii() and text.isdigit()) or len(text) > 18:
        raise CommandError(
            translate(
                "CliDocuments",
                "a document is named by its id, a whole number (got {typed}); "
                "see `carebook documents PATIENT`",
            ).format(typed=repr(typed))
        )
    return int(text)


def _document(store: Store, document_id: int) -> PatientDocument:
    """The document with this id, or a refusal saying how to find one."""
    found = store.documents.document(document_id)
    if found is None:
        raise CommandError(
            translate(
                "CliDocuments", "there is no document {id}; see `carebook documents PATIENT`"
            ).format(id=document_id)
        )
    return found


def write_bytes(path: Path, content: bytes) -> None:
    """Write `content` to `path` whole or not at all, readable by its owner only (the
    temporary file beside it is made so before a byte is written, then renamed into place)."""
    try:
        with temporary_beside(path) as temporary:
            with open(temporary, "wb") as stream:
                stream.write(content)
            put_in_place(temporary, path, _same_size(len(content)))
    except OSError as error:
        raise CommandError(
            translate("CliDocuments", "cannot write {path}: {error}").format(
                path=path, error=error.strerror or error
            )
        ) from None


def _same_size(size: int) -> Callable[[Path], str | None]:
    def check(written: Path) -> str | None:
        actual = written.stat().st_size
        return (
            None
            if actual == size
            else translate("CliDocuments", "only {actual} of {size} bytes were written").format(
                actual=f"{actual:,}", size=f"{size:,}"
            )
        )

    return check


# -- the list ------------------------------------------------------------------------------------


def _list(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        patient_id = find_patient(store, args.patient)
        documents = store.documents.documents(patient_id)
        name = _name(store, patient_id)
        today = store.documents.today()
    finally:
        store.close()
    rows = [document_json(document) for document in documents]
    if args.format == "json":
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print(translate("CliDocuments", "No documents for {name}.").format(name=name))
        return 0
    print(translate("CliDocuments", "Documents of {name}").format(name=name))
    for document in documents:
        signed = (
            translate("CliDocuments", "signed {date}").format(date=document.signed_on)
            if document.signed_on
            else translate("CliDocuments", "not dated")
        )
        review = ""
        if document.review_on is not None:
            review = (
                translate("CliDocuments", ", review {date} (due)")
                if document.review_on <= today
                else translate("CliDocuments", ", review {date}")
            ).format(date=document.review_on)
        print(
            f"{document.id:>5}  {document.category.label[:29]:<29}  {document.title[:32]:<32}  "
            f"{signed}{review}  {document.file_name} ({_size(document.size)})"
        )
    return 0


def document_json(document: PatientDocument) -> dict[str, Any]:
    """A document as `documents --format json` lists it (fields are added, never renamed)."""
    return {
        "id": document.id,
        "category": document.category.value,
        "title": document.title,
        "signed": document.signed_on.isoformat() if document.signed_on else None,
        "review": document.review_on.isoformat() if document.review_on else None,
        "file": document.file_name,
        "media_type": document.media_type,
        "size": document.size,
        "notes": document.notes,
    }


def _size(size: int) -> str:
    if size < 1024:
        return translate("CliDocuments", "{n} bytes").format(n=size)
    if size < 1024 * 1024:
        return translate("CliDocuments", "{n} KB").format(n=f"{size / 1024:.0f}")
    return translate("CliDocuments", "{n} MB").format(n=f"{size / 1024 / 1024:.1f}")


def _name(store: Store, patient_id: int) -> str:
    patient = store.patients.patient(patient_id)
    if patient is not None:
        return patient.display_name
    return translate("CliDocuments", "patient {id}").format(id=patient_id)
