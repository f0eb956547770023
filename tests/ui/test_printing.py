"""The day sheet as a PDF: every page numbered and marked confidential, visits in order, paper."""

from __future__ import annotations

import ast
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from types import ModuleType

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale

from carebook.cli.main import main
from carebook.core.records import Allergy, Appointment, Patient
from carebook.reports.day_sheet import document, gather, long_date
from carebook.store.caseload import Store
from carebook.ui.printing import inks, pagination, painting, rows
from carebook.ui.printing import pages as printing

NOTICE = "Confidential: contains personal health information"
A4 = (595.3, 841.9)
LETTER = (612.0, 792.0)


def _pages(path: Path) -> list[str]:
    """Each page's text as a reader would search it: ligatures ("ﬁ") as letters, and white
    space (tabs between words, here) as single spaces."""
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in PdfReader(path).pages
    ]


def _size(path: Path) -> tuple[float, float]:
    box = PdfReader(path).pages[0].mediabox
    return float(box.width), float(box.height)


def _squeezed(text: str) -> str:
    """Text without any white space, so words wrapped over two lines still match."""
    return "".join(text.split())


def _in_order(text: str, items: list[str]) -> bool:
    position = -1
    for item in items:
        position = text.find(item, position + 1)
        if position < 0:
            return False
    return True


@pytest.fixture
def sample(sample_db: Path) -> Iterator[tuple[Store, date]]:
    """The sample caseload and its busiest day of the coming fortnight."""
    store = Store.open(sample_db)
    days = [store.today() + timedelta(days=offset) for offset in range(14)]
    busiest = max(days, key=lambda day: len(store.visits.visits_on(day)))
    yield store, busiest
    store.close()


def _write(
    store: Store, days: list[date], path: Path, paper: str = "a4", sheets: bool = False
) -> int:
    sheet = gather(store, days, sheets, "Ann Smith")
    return printing.write_pdf(document(sheet), path, paper)


def test_every_page_is_numbered_and_marked_confidential(
    sample: tuple[Store, date], tmp_path: Path
) -> None:
    store, day = sample
    path = tmp_path / "day.pdf"
    count = _write(store, [day], path, sheets=True)
    pages = _pages(path)
    assert count == len(pages) > 1
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {count}" in text
        assert NOTICE in text
        assert "Ann Smith" in text or "Patient sheet" in text  # the running head


def test_each_page_is_headed_with_the_sheet_it_belongs_to(
    sample: tuple[Store, date], tmp_path: Path
) -> None:
    store, day = sample
    path = tmp_path / "day.pdf"
    _write(store, [day], path, sheets=True)
    pages = _pages(path)
    heads = [text.split(" Page ")[0] for text in pages]
    assert heads[0] == f"Day sheet · {long_date(day)} · Ann Smith"
    sheets = 0
    for number, (head, text) in enumerate(zip(heads, pages, strict=True)):
        if "PATIENTSHEET" in _squeezed(text):  # a patient's sheet starts on this page
            name = head.split(" · ")[1]
            assert head == f"Patient sheet · {name} · {long_date(day)}"
            assert _squeezed(f"{long_date(day).upper()} {name}") in _squeezed(text)
            sheets += 1
        elif number:  # a page running on from the one before
            assert head == heads[number - 1]
    assert sheets == len({visit.patient_id for visit in store.visits.visits_on(day)})


def test_the_visits_are_all_there_in_the_stores_order(
    sample: tuple[Store, date], tmp_path: Path
) -> None:
    store, day = sample
    path = tmp_path / "day.pdf"
    _write(store, [day], path)
    text = _squeezed("".join(_pages(path)))
    visits = store.visits.visits_on(day)
    assert len(visits) >= 5
    assert _in_order(text, [_squeezed(visit.patient) for visit in visits])
    assert _in_order(text, [f"{visit.start:%H:%M}" for visit in visits])
    assert _squeezed(long_date(day)) in text


def test_a4_and_letter_paper(sample: tuple[Store, date], tmp_path: Path) -> None:
    store, day = sample
    _write(store, [day], tmp_path / "a4.pdf", "a4")
    _write(store, [day], tmp_path / "letter.pdf", "letter")
    assert _size(tmp_path / "a4.pdf") == pytest.approx(A4, abs=1)
    assert _size(tmp_path / "letter.pdf") == pytest.approx(LETTER, abs=1)


def test_the_command_line_writes_three_days_one_per_page(
    sample: tuple[Store, date], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store, day = sample
    path = tmp_path / "week.pdf"
    status = main(
        [
            "agenda",
            "--db",
            str(store.path),
            "--date",
            day.isoformat(),
            "--days",
            "3",
            "--format",
            "pdf",
            "-o",
            str(path),
            "--paper",
            "letter",
            "--prepared-by",
            "Ann Smith",
        ]
    )
    assert status == 0
    pages = _pages(path)
    assert capsys.readouterr().out == f"Day sheet written to {path}: {len(pages)} pages.\n"
    assert len(pages) >= 3 and _size(path) == pytest.approx(LETTER, abs=1)
    first_pages = []
    for offset in range(3):
        heading = _squeezed(long_date(day + timedelta(days=offset)))
        first_pages.append(next(n for n, text in enumerate(pages) if heading in _squeezed(text)))
    assert first_pages == sorted(set(first_pages))  # each day on pages of its own
    assert all(f"of {len(pages)}" in text and NOTICE in text for text in pages)


def test_patient_sheets_add_pages_with_the_medications(
    sample: tuple[Store, date], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store, day = sample
    plain, sheets = tmp_path / "plain.pdf", tmp_path / "sheets.pdf"
    common = ["agenda", "--db", str(store.path), "--date", day.isoformat(), "--format", "pdf"]
    assert main([*common, "-o", str(plain)]) == 0
    assert main([*common, "-o", str(sheets), "--patient-sheets"]) == 0
    capsys.readouterr()
    with_sheets = _pages(sheets)
    assert len(with_sheets) > len(_pages(plain))
    text = "\n".join(with_sheets)
    visited = {visit.patient for visit in store.visits.visits_on(day)}
    assert text.count("Current medications") >= len(visited)
    assert "Current medications" not in "\n".join(_pages(plain))


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_six_visits_fit_on_one_page_and_long_names_wrap_whole(tmp_path: Path, paper: str) -> None:
    store = Store.open(tmp_path / "caseload.sqlite3", clock=lambda: datetime(2026, 3, 2, 8))
    names = []
    for hour in range(9, 15):
        given, family = "Maximiliana-Konstantina", f"Wolfeschlegelsteinhausen-{hour}"
        patient = store.patients.add_patient(
            Patient(
                given=given,
                family=family,
                phone="0113 496 0000",
                address_line="Flat 117, Saint Bartholomew's Almshouses, Upper Wortley Road",
                city="Leeds",
                postal_code="LS12 4XX",
                access_notes="Key safe by the back door, code 1234; dog in the kitchen",
            )
        )
        assert patient.id is not None
        store.patients.add_allergy(Allergy(patient_id=patient.id, substance="Penicillin"))
        store.appointments.add_appointment(
            Appointment(
                patient_id=patient.id,
                purpose="Weekly check-in",
                start=datetime(2026, 3, 3, hour, 0),
            )
        )
        names.append(f"{given} {family}")
    path = tmp_path / "day.pdf"
    _write(store, [date(2026, 3, 3)], path, paper)
    store.close()
    first = _squeezed(_pages(path)[0])
    assert all(_squeezed(name) in first for name in names)
    assert first.count("PENICILLIN") == 6


def test_a_failed_export_leaves_no_half_pdf(
    sample: tuple[Store, date], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, day = sample
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "day.pdf"
    path.write_bytes(b"the sheet printed yesterday")

    def broken(*args: object) -> None:
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(printing, "paint_foot", broken)
    with pytest.raises(RuntimeError):
        _write(store, [day], path)
    assert path.read_bytes() == b"the sheet printed yesterday"
    assert [p.name for p in folder.iterdir()] == ["day.pdf"]


def test_a_missing_folder_is_refused_by_the_command_line(
    sample_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no-such-folder" / "day.pdf"
    status = main(["agenda", "--db", str(sample_db), "--format", "pdf", "-o", str(target)])
    err = capsys.readouterr().err
    assert status == 2 and err.count("\n") == 1 and "does not exist" in err
    assert not target.parent.exists()


@pytest.mark.parametrize(
    ("locale", "paper"),
    [
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "letter"),
        (QLocale(QLocale.Language.French, QLocale.Country.Canada), "letter"),
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "a4"),
        (QLocale(QLocale.Language.German, QLocale.Country.Germany), "a4"),
    ],
)
def test_the_default_paper_follows_the_locale(locale: QLocale, paper: str) -> None:
    before = QLocale()
    QLocale.setDefault(locale)
    try:
        assert printing.default_paper() == paper
    finally:
        QLocale.setDefault(before)


def test_the_running_application_is_reused(qapp: object) -> None:
    assert printing.ensure_app() is qapp


@pytest.mark.parametrize("module", [printing, inks, rows, pagination, painting])
def test_printing_uses_only_qt_gui_core_and_print_support(module: ModuleType) -> None:
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    modules = {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    }
    modules |= {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    qt = {name for name in modules if name.startswith("PySide6")}
    assert qt <= {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtPrintSupport"}
