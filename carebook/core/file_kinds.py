"""What a file really is, read from its first bytes rather than its name: a PDF (and whether it
is encrypted), a PNG, JPEG, GIF, TIFF or WebP picture and its size in pixels, read from its
header so that a picture too large to open is refused before it is decoded."""

from __future__ import annotations

import struct
from dataclasses import dataclass

from carebook.core.errors import ValidationError
from carebook.core.words import translate

#: A picture wider or taller than this, or larger in all, is refused before it is decoded.
MAX_SIDE = 20_000
MAX_PIXELS = 120_000_000
#: What a name's ending promises.
BY_ENDING = {
    "pdf": "application/pdf",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "tif": "image/tiff",
    "tiff": "image/tiff",
    "webp": "image/webp",
}


@dataclass(frozen=True, slots=True)
class FileKind:
    media_type: str
    #: A picture's width and height in pixels (None for a PDF).
    pixels: tuple[int, int] | None = None


def sniff(content: bytes) -> str:
    """The media type the content is, or "" when it is none carebook keeps."""
    head = content[:16]
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return ""


def _png_size(content: bytes) -> tuple[int, int] | None:
    if len(content) >= 24 and content[12:16] == b"IHDR":
        width, height = struct.unpack(">II", content[16:24])
        return width, height
    return None


def _gif_size(content: bytes) -> tuple[int, int] | None:
    if len(content) >= 10:
        width, height = struct.unpack("<HH", content[6:10])
        return width, height
    return None


def _jpeg_size(content: bytes) -> tuple[int, int] | None:
    """The frame header's size (SOF0 … SOF15, but not DHT, JPG or DAC)."""
    at = 2
    while at + 9 < len(content):
        if content[at] != 0xFF:
            return None
        marker = content[at + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            at += 2
            continue
        length = struct.unpack(">H", content[at + 2 : at + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", content[at + 5 : at + 9])
            return width, height
        at += 2 + length
    return None


def pdf_is_encrypted(content: bytes) -> bool:
    """Whether a PDF names an encryption dictionary in a trailer (it cannot be shown or
    checked without its password)."""
    return b"/Encrypt" in content[-4096:] or b"/Encrypt" in content[:4096]


def examine(content: bytes, name: str) -> FileKind:
    """What the file is, checked against its name: a ValidationError saying what is wrong when
    it is not a PDF or a picture, is not what its name says, is an encrypted PDF, or a picture
    too large to open."""
    if not content:
        raise ValidationError(
            translate("FileKinds", "{name} is empty.").format(name=name), "file_name"
        )
    found = sniff(content)
    ending = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    promised = BY_ENDING.get(ending, "")
    if not found:
        raise ValidationError(
            translate(
                "FileKinds",
                "{name} is not a PDF or a picture (PNG, JPEG, GIF, TIFF, WebP); scan "
                "or save it as one of those.",
            ).format(name=name),
            "file_name",
        )
    if promised and promised != found:
        said = found.split("/")[-1].upper()
        raise ValidationError(
            translate(
                "FileKinds",
                "{name} says it is a {ending} but holds a {said}; rename it or save it "
                "again as what it says.",
            ).format(name=name, ending=ending.upper(), said=said),
            "file_name",
        )
    if found == "application/pdf":
        if pdf_is_encrypted(content):
            raise ValidationError(
                translate(
                    "FileKinds",
                    "{name} is an encrypted PDF; carebook cannot show it. Save an "
                    "unprotected copy (print it to PDF) and add that.",
                ).format(name=name),
                "file_name",
            )
        return FileKind(found)
    pixels = {"image/png": _png_size, "image/gif": _gif_size, "image/jpeg": _jpeg_size}.get(
        found, lambda _content: None
    )(content)
    if pixels is not None:
        width, height = pixels
        if max(width, height) > MAX_SIDE or width * height > MAX_PIXELS:
            raise ValidationError(
                translate(
                    "FileKinds",
                    "{name} is a picture of {width:,} × {height:,} pixels, too large to "
                    "open safely (at most {max_side:,} a side); scan it at a lower "
                    "resolution.",
                ).format(name=name, width=width, height=height, max_side=MAX_SIDE),
                "file_name",
            )
    return FileKind(found, pixels)
