"""Vital signs brought to their stored unit and checked for typos; files known by their bytes,
not their names, and a picture too large refused from its header alone."""

from __future__ import annotations

import struct
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carebook.core.errors import ValidationError
from carebook.core.file_kinds import examine, sniff
from carebook.core.measures import bmi, plausibility, shown, stored, vital


def test_a_weight_in_pounds_is_kept_in_kilograms() -> None:
    weight = vital("weight")
    assert stored(weight, 154, "lb") == pytest.approx(69.8532, abs=1e-4)
    assert shown(weight, 69.8532, None, "lb") == "154.0 lb"
    assert stored(vital("temperature"), 98.6, "°F") == pytest.approx(37.0)
    assert stored(vital("glucose"), 5.5, "mmol/L") == pytest.approx(99.088)
    with pytest.raises(ValidationError, match="measured in kg, lb, not mmHg"):
        stored(weight, 70, "mmHg")


@given(st.floats(20, 350))
def test_a_weight_converted_there_and_back_is_the_same(kilograms: float) -> None:
    weight = vital("weight")
    pounds = weight.units[1].from_stored(kilograms)
    assert stored(weight, pounds, "lb") == pytest.approx(kilograms, abs=1e-3)


def test_typos_are_doubted_and_plausible_readings_are_not() -> None:
    assert plausibility(vital("weight"), 700) == [
        "A weight of 700 kg is outside 20–350; is it a typo?"
    ]
    doubts = plausibility(vital("bp"), 300, 20)
    assert len(doubts) == 2 and "300" in doubts[0] and "diastolic" in doubts[1]
    assert "above the systolic" in plausibility(vital("bp"), 80, 90)[0]
    assert plausibility(vital("bp"), 128, 82) == []
    assert plausibility(vital("pain"), 4.5) == ["Pain (0–10) is a whole number."]
    assert bmi(70, 175) == 22.9


def _png_header(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (
        b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk))
    )


def test_a_file_is_known_by_its_bytes_and_a_lying_name_is_refused() -> None:
    png = _png_header(640, 480)
    assert sniff(png) == "image/png"
    assert examine(png, "card.png").pixels == (640, 480)
    with pytest.raises(ValidationError, match="says it is a PDF but holds a PNG"):
        examine(png, "directive.pdf")
    with pytest.raises(ValidationError, match="not a PDF or a picture"):
        examine(b"Dear Sir,", "letter.pdf")


def test_a_picture_too_large_is_refused_from_its_header() -> None:
    with pytest.raises(ValidationError, match="30,000 × 30,000 pixels"):
        examine(_png_header(30_000, 30_000), "scan.png")


def test_an_encrypted_pdf_is_refused() -> None:
    content = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<</Root 1 0 R/Encrypt 2 0 R>>\n%%EOF"
    with pytest.raises(ValidationError, match="encrypted PDF"):
        examine(content, "polst.pdf")
    assert examine(b"%PDF-1.7\ntrailer<</Root 1 0 R>>\n%%EOF", "polst.pdf").media_type == (
        "application/pdf"
    )


def test_a_jpeg_is_measured_from_its_frame_header() -> None:
    frame = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 3000, 4000, 1) + b"\x01\x11\x00"
    content = b"\xff\xd8" + b"\xff\xe0" + struct.pack(">H", 4) + b"JF" + frame + b"\xff\xd9"
    assert examine(content, "card.jpg").pixels == (4000, 3000)
