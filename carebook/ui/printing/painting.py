"""Painting a page on the device: boxes' shading, text and borders, the head and the footer."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPainter, QPen

from carebook.ui.printing.inks import Edge, Ink, Inks
from carebook.ui.printing.pagination import Page
from carebook.ui.printing.rows import Box, Row


@dataclass(slots=True, frozen=True)
class Frame:
    """Where things go on a page, in device pixels from the top-left of the margins."""

    width: float
    header: float  # height of the band above the body: running head, page number, rule
    body: float
    footer: float  # height of the band under the body, for the footer text


def page_frame(device: QPagedPaintDevice, furniture: Ink, footer: str) -> Frame:
    """The bands of a page on `device`: the head's, the body's, and the footer's (as tall as
    `footer` wraps to in the `furniture` ink)."""
    metrics = furniture.metrics
    width = float(device.width())
    gap = metrics.height() * 0.9
    footer_text = metrics.boundingRect(
        QRectF(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), footer
    ).height()
    header = metrics.height() + gap
    body = float(int(device.height() - header - footer_text - gap))
    return Frame(width=width, header=header, body=body, footer=device.height() - header - body)


def paint_body(painter: QPainter, inks: Inks, frame: Frame, page: Page) -> None:
    """The rows placed on `page`: each box's shading and text, then the row's borders."""
    current: list[Ink | None] = [None]
    for y, row in page.placed:
        top = frame.header + y
        for box in row.boxes:
            _paint_box(painter, box, top, row.height, current)
        _paint_borders(painter, row, top)
        current[0] = None  # the pen is a border's now


def _paint_box(
    painter: QPainter, box: Box, top: float, height: float, current: list[Ink | None]
) -> None:
    """A box's shading and text (its borders are drawn with the row's)."""
    if box.background is not None:
        painter.fillRect(QRectF(box.x, top, box.width, height), box.background)
    pad_top, pad_right, _, pad_left = box.padding
    y = top + box.border(0) + pad_top
    if box.image is not None:
        wide, tall = box.image_size
        # A chart is drawn at under the device's resolution: scaled up smoothly, not blocky.
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(box.x + pad_left, y, wide, tall), box.image)
        y += tall
    inner = box.width - pad_left - pad_right
    for line in box.lines:
        if box.align == "center":
            x = box.x + pad_left + (inner - line.width) / 2
        elif box.align == "right":
            x = box.x + pad_left + inner - line.width
        else:
            x = box.x + pad_left
        baseline = y + line.ascent
        for offset, ink, text in line.runs:
            if current[0] is not ink:  # a new font and pen only when the ink changes
                painter.setFont(ink.font)
                painter.setPen(ink.color)
                current[0] = ink
            painter.drawText(QPointF(x + offset, baseline), text)
        y += line.height


def _paint_borders(painter: QPainter, row: Row, top: float) -> None:
    """The row's borders; a rule under a whole row of cells is drawn as one line."""
    bottom = top + row.height
    lines: list[tuple[Edge, float, float, float, float]] = []
    for box in row.boxes:
        left, right = box.x, box.x + box.width
        upper_edge, right_edge, lower_edge, left_edge = box.borders
        if upper_edge is not None:
            lines.append(
                (upper_edge, left, top + upper_edge[0] / 2, right, top + upper_edge[0] / 2)
            )
        if lower_edge is not None:
            y = bottom - lower_edge[0] / 2
            if lines and lines[-1][0] is lower_edge and lines[-1][3] == left and lines[-1][2] == y:
                lines[-1] = (lower_edge, lines[-1][1], y, right, y)  # the same rule, carried on
            else:
                lines.append((lower_edge, left, y, right, y))
        if left_edge is not None:
            x = left + left_edge[0] / 2
            lines.append((left_edge, x, top, x, bottom))
        if right_edge is not None:
            x = right - right_edge[0] / 2
            lines.append((right_edge, x, top, x, bottom))
    for (width, color), x1, y1, x2, y2 in lines:
        painter.setPen(QPen(color, width))
        painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))


def paint_head(painter: QPainter, ink: Ink, frame: Frame, head: str, number: str) -> None:
    """The running head and the page number, above a rule."""
    painter.save()
    painter.setFont(ink.font)
    metrics = ink.metrics
    painter.setPen(QPen(Qt.GlobalColor.black, metrics.height() / 24))  # a half-point rule
    line = metrics.height()
    room = frame.width - metrics.horizontalAdvance(number) - metrics.horizontalAdvance("    ")
    elided = metrics.elidedText(head, Qt.TextElideMode.ElideRight, room)
    painter.drawText(QRectF(0, 0, room, line), int(Qt.AlignmentFlag.AlignLeft), elided)
    painter.drawText(QRectF(0, 0, frame.width, line), int(Qt.AlignmentFlag.AlignRight), number)
    painter.drawLine(QPointF(0, line * 1.25), QPointF(frame.width, line * 1.25))
    painter.restore()


def paint_foot(painter: QPainter, ink: Ink, frame: Frame, footer: str) -> None:
    """The confidentiality notice under the body, below a hairline rule."""
    painter.save()
    painter.setFont(ink.font)
    line = ink.metrics.height()
    top = frame.header + frame.body + line * 0.45
    painter.setPen(QPen(Qt.GlobalColor.black, line / 48))
    painter.drawLine(QPointF(0, top), QPointF(frame.width, top))
    painter.setPen(Qt.GlobalColor.black)
    painter.drawText(
        QRectF(0, top + line * 0.2, frame.width, frame.footer),
        int(Qt.TextFlag.TextWordWrap),
        footer,
    )
    painter.restore()
