"""An expense's receipt, read from the caseload: a picture shown in a window, any receipt saved
where the coordinator chooses (never put in a temporary file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSaveFile, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from carebook.core.billing_records import Attachment
from carebook.core.words import translate
from carebook.ui.commands import Caseload
from carebook.ui.printing.report_preview import export_folder, remember_folder
from carebook.ui.widgets.file_choice import refused, save_file_name


class ReceiptWindow(QDialog):
    """A picture of a receipt, scaled to fit, with Save as… beside Close."""

    def __init__(self, caseload: Caseload, receipt: Attachment, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Receipt: %s") % receipt.name)
        self.caseload = caseload
        self.receipt = receipt
        picture = QPixmap()
        self.shown = picture.loadFromData(receipt.content)
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if self.shown:
            screen = self.screen().availableGeometry() if self.screen() else None
            width = int(screen.width() * 0.6) if screen else 900
            height = int(screen.height() * 0.7) if screen else 700
            self.picture.setPixmap(
                picture.scaled(
                    width,
                    height,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                if picture.width() > width or picture.height() > height
                else picture
            )
        else:
            self.picture.setText(
                self.tr("This picture cannot be shown here; save it to open it elsewhere.")
            )
        self.picture.setAccessibleName(self.tr("Receipt %s") % receipt.name)
        scroll = QScrollArea(self)
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        save = buttons.addButton(self.tr("&Save as…"), QDialogButtonBox.ButtonRole.ActionRole)
        save.clicked.connect(lambda: save_receipt(caseload, receipt, self))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        hint = self.picture.sizeHint()
        self.resize(max(420, hint.width() + 60), max(320, hint.height() + 90))


def save_receipt(caseload: Caseload, receipt: Attachment, parent: QWidget | None) -> Path | None:
    """Ask where, then write the receipt's bytes there whole; the file, or None."""
    suffix = Path(receipt.name).suffix or ".pdf"
    chosen = save_file_name(
        parent,
        translate("ReceiptWindow", "Save receipt as"),
        str(export_folder() / receipt.name),
        translate("ReceiptWindow", "Receipt (*%s)") % suffix,
    )
    if not chosen:
        return None
    path = Path(chosen)
    if refused(path, caseload.store.path, parent):
        return None
    output = QSaveFile(str(path))
    written = (
        output.open(QSaveFile.OpenModeFlag.WriteOnly)
        and output.write(receipt.content) == len(receipt.content)
        and output.commit()
    )
    if not written:
        output.cancelWriting()
        QMessageBox.warning(
            parent,
            translate("ReceiptWindow", "Not saved"),
            translate("ReceiptWindow", "The receipt could not be saved as {path}:\n{error}").format(
                path=path, error=output.errorString()
            ),
        )
        return None
    remember_folder(path.parent)
    caseload.record_output("export", "receipt")
    caseload.status_message.emit(translate("ReceiptWindow", "Receipt saved: %s") % path)
    return path


def show_receipt(caseload: Caseload, receipt_id: int, parent: QWidget | None) -> None:
    """A picture in a window; a PDF (or anything else) offered to be saved."""
    receipt = caseload.store.expenses.attachment(receipt_id)
    if receipt is None:
        return
    if receipt.media_type.startswith("image/"):
        window = ReceiptWindow(caseload, receipt, parent)
        try:
            window.exec()
        finally:
            window.deleteLater()
        return
    answer = QMessageBox.question(
        parent,
        translate("ReceiptWindow", "Receipt"),
        translate(
            "ReceiptWindow",
            "%s is a PDF; carebook shows pictures only. Save it to open it elsewhere?",
        )
        % receipt.name,
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        save_receipt(caseload, receipt, parent)
