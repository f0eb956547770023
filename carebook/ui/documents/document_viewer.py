"""A patient's document shown in carebook's own window from its bytes in memory (a picture, or
a PDF page by page), never put in a temporary file; exported on purpose to a chosen file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from carebook.core.clinical_records import PatientDocument
from carebook.core.words import translate
from carebook.storage.output_files import put_in_place, temporary_beside
from carebook.ui.commands import Caseload
from carebook.ui.documents.pdf_pages import PdfPages
from carebook.ui.printing.report_preview import export_folder, remember_folder
from carebook.ui.widgets.file_choice import refused, save_file_name

#: A PDF page's scale at 100 %: 96 dpi against PDF's 72 points to the inch.
_SCREEN = 96 / 72
_ZOOMS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0)


class DocumentViewer(QDialog):
    """One document: Page Up and Page Down turn a PDF's pages, Ctrl++ and Ctrl+- zoom, Ctrl+0
    back to 100 %, Export… writes the file where the coordinator chooses."""

    def __init__(
        self, caseload: Caseload, document: PatientDocument, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.caseload = caseload
        self.document = document
        kind = document.category.label
        # A title that starts with its category (in any language: it was made by the language
        # of whoever added it) is not told it again.
        self.setWindowTitle(
            document.title
            if document.title.startswith((kind, document.category.english))
            else self.tr("{title} — {category}").format(title=document.title, category=kind)
        )
        self.content = caseload.store.documents.content(document)
        self.pdf: PdfPages | None = None
        self.picture: QImage | None = None
        self.page_number = 0
        self.zoom = 1.0
        self.view = QLabel(self)
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.setAccessibleName(document.title)
        self.pane = QScrollArea(self)
        self.pane.setWidget(self.view)
        self.pane.setWidgetResizable(True)
        self.where = QLabel(self)
        self.previous_page = QPushButton(self.tr("◀ Previous"), self)
        self.previous_page.setToolTip(self.tr("Previous page (Page Up)"))
        self.next_page = QPushButton(self.tr("Next ▶"), self)
        self.next_page.setToolTip(self.tr("Next page (Page Down)"))
        zoom_out = QPushButton("−", self)
        zoom_out.setAccessibleName(self.tr("Zoom out"))
        zoom_out.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        zoom_in = QPushButton("+", self)
        zoom_in.setAccessibleName(self.tr("Zoom in"))
        zoom_in.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_label = QLabel(self)
        export = QPushButton(self.tr("&Export…"), self)
        export.setToolTip(self.tr("Write the file where you choose"))
        close = QPushButton(self.tr("Close"), self)
        for button in (self.previous_page, self.next_page, zoom_out, zoom_in, export, close):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.previous_page.clicked.connect(lambda: self.turn(-1))
        self.next_page.clicked.connect(lambda: self.turn(1))
        zoom_out.clicked.connect(lambda: self.step_zoom(-1))
        zoom_in.clicked.connect(lambda: self.step_zoom(1))
        export.clicked.connect(lambda: export_document(caseload, document, self.content, self))
        close.clicked.connect(self.reject)
        bar = QHBoxLayout()
        for widget in (self.previous_page, self.where, self.next_page):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (zoom_out, self.zoom_label, zoom_in):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(export)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pane, 1)
        layout.addLayout(bar)
        for keys, run in (
            (QKeySequence.StandardKey.MoveToPreviousPage, lambda: self.turn(-1)),
            (QKeySequence.StandardKey.MoveToNextPage, lambda: self.turn(1)),
            (QKeySequence.StandardKey.ZoomIn, lambda: self.step_zoom(1)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.step_zoom(-1)),
        ):
            QShortcut(QKeySequence(keys), self, run)
        QShortcut(QKeySequence("Ctrl+="), self, lambda: self.step_zoom(1))
        QShortcut(QKeySequence("Ctrl+0"), self, lambda: self.set_zoom(1.0))
        self._open()
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(
            int(screen.width() * 0.7) if screen else 900,
            int(screen.height() * 0.85) if screen else 700,
        )
        self.pane.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open(self) -> None:
        try:
            if self.document.media_type == "application/pdf":
                self.pdf = PdfPages(self.content)
            else:
                image = QImage.fromData(self.content)
                self.picture = None if image.isNull() else image
        except Exception as error:  # PDFium refuses a damaged file in its own words
            self.view.setText(self.tr("This document cannot be shown: %s") % error)
        self.show_page()

    def page_count(self) -> int:
        return self.pdf.count() if self.pdf else (1 if self.picture is not None else 0)

    def shown_image(self) -> QImage | None:
        """The picture the window shows now (the page at the zoom)."""
        if self.pdf is not None:
            return self.pdf.page(self.page_number, self.zoom * _SCREEN)
        if self.picture is not None:
            if self.zoom == 1.0:
                return self.picture
            return self.picture.scaledToWidth(
                max(1, int(self.picture.width() * self.zoom)),
                Qt.TransformationMode.SmoothTransformation,
            )
        return None

    def show_page(self) -> None:
        image = self.shown_image()
        if image is not None:
            self.view.setPixmap(QPixmap.fromImage(image))
        count = self.page_count()
        self.where.setText(
            self.tr("Page %d of %d") % (self.page_number + 1, count) if count else ""
        )
        self.previous_page.setEnabled(self.page_number > 0)
        self.next_page.setEnabled(self.page_number + 1 < count)
        self.previous_page.setVisible(count > 1)
        self.next_page.setVisible(count > 1)
        self.zoom_label.setText(f"{self.zoom:.0%}")

    def turn(self, pages: int) -> None:
        wanted = max(0, min(self.page_count() - 1, self.page_number + pages))
        if wanted != self.page_number:
            self.page_number = wanted
            self.show_page()
            self.pane.verticalScrollBar().setValue(0)

    def step_zoom(self, steps: int) -> None:
        bigger = [z for z in _ZOOMS if z > self.zoom + 0.001]
        smaller = [z for z in _ZOOMS if z < self.zoom - 0.001]
        if steps > 0 and bigger:
            self.set_zoom(bigger[0])
        elif steps < 0 and smaller:
            self.set_zoom(smaller[-1])

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        self.show_page()

    def done(self, result: int) -> None:
        if self.pdf is not None:
            self.pdf.close()
            self.pdf = None
        super().done(result)


def export_document(
    caseload: Caseload, document: PatientDocument, content: bytes, parent: QWidget | None
) -> Path | None:
    """Ask where, then write the document's file there whole, readable by its owner only."""
    suffix = Path(document.file_name).suffix
    chosen = save_file_name(
        parent,
        translate("DocumentViewer", "Export document"),
        str(export_folder() / document.file_name),
        translate("DocumentViewer", "Document (*%s)") % suffix
        if suffix
        else translate("DocumentViewer", "Any file (*)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if refused(path, caseload.store.path, parent):
        return None
    try:
        with temporary_beside(path) as temporary:  # made readable by its owner only
            temporary.write_bytes(content)
            put_in_place(
                temporary,
                path,
                lambda written: (
                    None
                    if written.read_bytes() == content
                    else translate("DocumentViewer", "the file written differs")
                ),
            )
    except OSError as error:
        QMessageBox.warning(
            parent,
            translate("DocumentViewer", "Not exported"),
            translate("DocumentViewer", "{file} was not written: {error}").format(
                file=path.name, error=error
            ),
        )
        return None
    remember_folder(path.parent)
    caseload.record_output("export", "document")
    caseload.status_message.emit(translate("DocumentViewer", "Document exported: %s") % path)
    return path


def show_document(caseload: Caseload, document: PatientDocument, parent: QWidget | None) -> None:
    """The document in its own window (modal to the record, so it closes with it)."""
    viewer = DocumentViewer(caseload, document, parent)
    try:
        viewer.exec()
    finally:
        viewer.deleteLater()
