"""A patient's documents in her record: one added by keyboard with its file, shown in
carebook's own viewer page by page from memory (no file written anywhere while it is open),
exported readable by its owner only; the header says the advance directive is on file; a file
that is not what its name says is refused under the file field."""

from __future__ import annotations

import io
import os
import stat
import tempfile
from pathlib import Path

import pytest
from keyboard_driver import ALT, CTRL, Answers, Key, activate, press, type_text
from pypdf import PdfReader, PdfWriter
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from carebook.core.records import Patient
from carebook.core.vocabularies import DocumentCategory
from carebook.storage.paths import data_folder
from carebook.ui.changes.documents import add_document
from carebook.ui.commands import Caseload
from carebook.ui.documents import document_viewer
from carebook.ui.documents.document_viewer import DocumentViewer
from carebook.ui.forms.document_form import (
    NEW_DOCUMENT_FIELDS,
    DocumentDraft,
    DocumentForm,
    _checked,
    document_of,
    file_of,
)
from carebook.ui.main_window import MainWindow
from carebook.ui.patient import patient_record
from carebook.ui.patient.patient_record import PatientRecord


def _pdf(path: Path, pages: int) -> Path:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=612, height=792)
    out = io.BytesIO()
    writer.write(out)
    path.write_bytes(out.getvalue())
    return path


def _record(qtbot: QtBot, window: MainWindow, caseload: Caseload) -> tuple[int, PatientRecord]:
    added = caseload.store.patients.add_patient(Patient(given="Iris", family="Lindqvist"))
    assert added.id is not None
    patient_record.open_record(caseload, added.id, window)
    record = patient_record._OPEN[added.id]
    qtbot.waitExposed(record)
    record.tabs.setCurrentWidget(record.documents)
    activate(qtbot, record)
    return added.id, record


def _files(*folders: Path) -> set[tuple[str, int]]:
    """Every file under the folders, with its size."""
    found: set[tuple[str, int]] = set()
    for folder in folders:
        for root, _dirs, names in os.walk(folder):
            for name in names:
                path = Path(root) / name
                try:
                    found.add((str(path), path.stat().st_size))
                except OSError:  # gone while walking (another program's)
                    continue
    return found


def test_a_document_added_by_keyboard_is_shown_from_memory_and_on_the_header(
    qtbot: QtBot,
    window: MainWindow,
    caseload: Caseload,
    answers: Answers,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: ModelTester,
) -> None:
    patient_id, record = _record(qtbot, window, caseload)
    assert record.papers.text().startswith("Advance directive —")
    (tmp_path / "scans").mkdir()
    source = _pdf(tmp_path / "scans" / "advance_directive_2024.pdf", 3)

    def fill(form: DocumentForm) -> None:
        type_text(qtbot, str(source), form)
        press(qtbot, Key.Key_Tab, inside=form)
        type_text(qtbot, "Adv", form)  # the category, chosen by its first letters
        press(qtbot, Key.Key_Return, inside=form)

    answers.expect(DocumentForm, fill)
    press(qtbot, Key.Key_D, ALT, record)
    answers.settle(qtbot)
    [document] = caseload.store.documents.documents(patient_id)
    assert document.category is DocumentCategory.ADVANCE_DIRECTIVE
    assert document.title == "Advance directive 2024"  # from the file's name
    assert caseload.store.documents.content(document) == source.read_bytes()
    assert record.papers.text() == "Advance directive ✓ · POLST — · Health-care POA —"
    qtmodeltester.check(record.documents.model)

    # The temporary folder as Qt and Python find it, made private to see every file in it;
    # the shared one is searched for the document's bytes.
    private = tmp_path / "temp"
    private.mkdir()
    monkeypatch.setenv("TMPDIR", str(private))
    monkeypatch.setattr(tempfile, "tempdir", None)
    assert tempfile.gettempdir() == str(private)
    watched = [private, data_folder(), tmp_path]
    shared = Path(tempfile.gettempprefix() and "/tmp") if os.name != "nt" else private
    before = _files(*watched)
    shared_before = _files(shared)
    seen: dict[str, object] = {}

    def look(viewer: DocumentViewer) -> None:
        seen["pages"] = viewer.page_count()
        seen["first"] = viewer.where.text()
        press(qtbot, Key.Key_PageDown, inside=viewer)
        seen["second"] = viewer.where.text()
        pixmap = viewer.view.pixmap()
        seen["drawn"] = not pixmap.isNull() and pixmap.width() > 100
        seen["files"] = _files(*watched)
        seen["shared"] = _files(shared)
        press(qtbot, Key.Key_Escape, inside=viewer)

    answers.expect(DocumentViewer, look)
    record.documents.table.setFocus()
    record.documents.table.selectRow(0)
    press(qtbot, Key.Key_Return, inside=record)
    answers.settle(qtbot)
    assert seen["pages"] == len(PdfReader(source).pages) == 3
    assert (seen["first"], seen["second"]) == ("Page 1 of 3", "Page 2 of 3")
    assert seen["drawn"]
    assert seen["files"] == before, "a file was written while the document was open"
    content = source.read_bytes()
    for name, _size in seen["shared"] - shared_before:  # type: ignore[operator]
        try:
            assert content not in Path(name).read_bytes(), f"the document is in {name}"
        except OSError:
            continue

    # Exported on purpose, the file is readable by its owner only.
    target = tmp_path / "out" / "directive.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(document_viewer, "save_file_name", lambda *_args: str(target))
    written = document_viewer.export_document(
        caseload, document, caseload.store.documents.content(document), record
    )
    assert written == target and target.read_bytes() == source.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_file_that_is_not_what_its_name_says_is_refused_under_the_file_field(
    qtbot: QtBot, caseload: Caseload, tmp_path: Path
) -> None:
    added = caseload.store.patients.add_patient(Patient(given="Tom", family="Reyes"))
    assert added.id is not None
    fake = tmp_path / "polst.pdf"
    fake.write_text("not a pdf at all")
    form = DocumentForm(
        "Add document",
        NEW_DOCUMENT_FIELDS,
        DocumentDraft(),
        validate=lambda draft: _checked(caseload.store, draft, added.id or 0),
    )
    qtbot.addWidget(form)
    form.show()
    form.set_file(str(fake))
    form.accept()
    assert form.isVisible() and form.record() is None
    assert "is not a PDF or a picture" in form.message("file").text()
    assert form.editor("title").text() == "Polst"  # type: ignore[attr-defined]
    assert caseload.store.documents.documents(added.id) == []
    QDialog.done(form, QDialog.DialogCode.Rejected)  # put away without "Discard?"


def test_adding_a_document_is_one_step_the_undo_takes_back_with_its_file(
    caseload: Caseload, tmp_path: Path
) -> None:
    store = caseload.store
    added = store.patients.add_patient(Patient(given="May", family="Osei"))
    assert added.id is not None
    source = _pdf(tmp_path / "polst.pdf", 1)
    draft = DocumentDraft(file=str(source), category=DocumentCategory.POLST)
    file = file_of(store, draft)
    document = add_document(caseload, "Add document", document_of(draft, added.id, file), file)
    files = "SELECT count(*) FROM attachment WHERE id = ?"
    assert store.conn.execute(files, [document.attachment_id]).fetchone()[0] == 1
    caseload.undo_stack.undo()
    assert store.documents.documents(added.id) == []
    assert store.conn.execute(files, [document.attachment_id]).fetchone()[0] == 0
    caseload.undo_stack.redo()
    [back] = store.documents.documents(added.id)
    assert store.documents.content(back) == source.read_bytes()
    assert store.documents.on_file(added.id).keys() == {DocumentCategory.POLST}


def test_a_picture_is_shown_from_its_bytes_and_zooms(
    qtbot: QtBot, caseload: Caseload, tmp_path: Path
) -> None:
    store = caseload.store
    added = store.patients.add_patient(Patient(given="Lea", family="Brandt"))
    assert added.id is not None
    picture = QImage(400, 250, QImage.Format.Format_RGB32)
    picture.fill(QColor(200, 220, 240))
    source = tmp_path / "insurance_card.png"
    assert picture.save(str(source))
    draft = DocumentDraft(file=str(source), category=DocumentCategory.INSURANCE_CARD)
    file = file_of(store, draft)
    document = add_document(caseload, "Add document", document_of(draft, added.id, file), file)
    viewer = DocumentViewer(caseload, document)
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.page_count() == 1 and viewer.view.pixmap().width() == 400
    assert not viewer.next_page.isVisible()
    activate(qtbot, viewer)
    press(qtbot, Key.Key_Plus, CTRL, inside=viewer)
    assert viewer.zoom == 1.25 and viewer.view.pixmap().width() == 500
    viewer.done(0)
