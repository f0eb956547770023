"""`carebook import` given any CSV bytes at all: it answers with an exit status and a message,
never a traceback; a refused import leaves the caseload as it was, and one that succeeds leaves
it healthy."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carebook.core.records import Patient
from carebook.interop.spreadsheet import cells as values
from carebook.interop.spreadsheet import choices_and_numbers
from carebook.interop.spreadsheet.sheet import Cell
from carebook.storage.integrity import check_file
from carebook.store.caseload import Store
from tests.cli_runner import run

#: Per kind: the columns that let rows be read at all, and others a file may have. A few
#: headers of no kind's fields, and blank ones, come in as extras too.
COLUMNS = {
    "patients": (
        ("First Name", "Last Name"),
        (
            "DOB",
            "Date of death",
            "Phone",
            "Mobile",
            "MRN",
            "ZIP",
            "Sex",
            "Status",
            "Email",
            "Notes",
            "Latitude",
            "Prénom",
            "",
            " ",
        ),
    ),
    "appointments": (
        ("MRN", "Start"),
        (
            "Time",
            "End",
            "End time",
            "Duration",
            "Purpose",
            "Type",
            "Status",
            "RRULE",
            "Notes",
            "Transport",
            "Zoë's notes",
            "",
        ),
    ),
    "tasks": (
        ("Task",),
        (
            "Due",
            "Due time",
            "Patient MRN",
            "Priority",
            "Status",
            "RRULE",
            "Details",
            "Patient name",
            "Patient DOB",
            "",
        ),
    ),
    "medications": (
        ("MRN", "Medication"),
        (
            "Start date",
            "End date",
            "Dose",
            "Last review",
            "Next review",
            "Status",
            "PRN",
            "Frequency",
            "",
        ),
    ),
}
KINDS = tuple(COLUMNS)

_DATES = (
    "2026-12-07T09:00:00Z",
    "2026-12-08T09:00:00+14:00",
    "2026-12-09T09:00:00-05:00",
    "9999-12-31T23:59:00Z",
    "9999-12-31T23:00:00Z",
    "0001-01-01T00:00:00+14:00",
    "2199-12-31T23:00:00-10:00",
    "1879-12-31",
    "1880-01-01",
    "2199-12-31",
    "03/04/1941",
    "31/12/9999",
    "12/31/1941",
    "1941-04-03",
    "1941-03-04",
    "20260101",
    "29/02/2023",
    "00000000",
    "2026-12-07 09:00 +99:99",
    "2026-12-07T24:00:00Z",
    "3 Apr 1941",
    "April 3, 1941 2:30 pm -0800",
    "99999-01-01",
    "07/12/2026 10:00",
    "",
)
_TIMES = ("09:00", "09:00Z", "09:00+14:00", "23:59-23:59", "9am", "25:00", "2:30 pm", "10:30 Z", "")
_NUMBERS = (
    "30",
    "0",
    "1441",
    "60 min",
    "-1",
    "1e308",
    "nan",
    "inf",
    "9" * 5000,
    "0" * 300 + "5",
    "54,1",
    "",
)
_WORDS = (
    "A1",
    "a1 ",
    "Ruth",
    "Abernathy",
    "Zoë",
    "ＡＢＣ",
    "home visit",
    "no-show",
    "female",
    "urgent",
    "done",
    "yes",
    "Ruth Abernathy",
    "FREQ=DAILY;COUNT=3",
    "FREQ=DAILY;COUNT=100000",
    "FREQ=YEARLY;UNTIL=99991231",
    "FREQ=SOMETIMES",
)
#: Cells that trip readers of text: quotes, line breaks, formula starts, control characters.
_ODD = (
    '"',
    '""',
    '"quoted, with comma"',
    "\r",
    "\n",
    "\r\n",
    "=1+1",
    "'=cmd",
    "\x00",
    "\x1a",
    "\x07",
    "\ufeff",
    "\u2028",
    "\U0001f600",
    "a;b|c\td",
)
#: Values a column of that header holds in a file that imports, to mix with awkward ones.
_FINE = {
    "MRN": ("A1", "a1 "),
    "Patient MRN": ("A1", ""),
    "First Name": ("Ruth", "Zoë", "Ada"),
    "Last Name": ("Abernathy", "Brontë", "O'Neill"),
    "DOB": ("1941-03-04", "03/04/1941"),
    "Start": ("2026-12-07T09:00:00Z", "2026-12-08 14:30", "7 Dec 2026 10:00-05:00"),
    "Time": ("09:00", "2:30 pm", "09:00Z", ""),
    "End time": ("", "23:00"),
    "Duration": ("30", "45 min", ""),
    "Type": ("home visit", ""),
    "Status": ("",),
    "Transport": ("", "needed"),
    "RRULE": ("", "FREQ=WEEKLY;COUNT=3"),
    "Task": ("Call GP", "Ring pharmacy"),
    "Due": ("2026-12-07", "2026-12-07T09:00:00Z", ""),
    "Due time": ("09:00", ""),
    "Priority": ("urgent", ""),
    "Patient name": ("Ruth Abernathy", ""),
    "Patient DOB": ("1941-03-04", ""),
    "Medication": ("Metformin", "Zoë's drops"),
    "Start date": ("2026-01-02", ""),
    "Dose": ("500 mg", ""),
    "PRN": ("yes", "no", ""),
    "Frequency": ("twice daily", ""),
    "Phone": ("0117 496 0372", ""),
    "ZIP": ("02134", ""),
    "Sex": ("female", ""),
}
#: What a column of that header holds in a file that trips the reader.
_AWKWARD = {
    name: _DATES
    for name in (
        "Start",
        "DOB",
        "Date of death",
        "End",
        "Due",
        "Start date",
        "End date",
        "Last review",
        "Next review",
        "Patient DOB",
    )
}
_AWKWARD.update({name: _TIMES for name in ("Time", "End time", "Due time")})
_AWKWARD.update({name: _NUMBERS for name in ("Duration", "Latitude")})

_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=16)
_ANY = st.one_of(st.sampled_from(_DATES + _TIMES + _NUMBERS + _WORDS + _ODD), _TEXT)
_ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "utf-16")


def _cell(header: str) -> st.SearchStrategy[str]:
    fine = st.sampled_from(_FINE.get(header, ("", "fine")))
    return st.one_of(fine, fine, fine, st.sampled_from(_AWKWARD.get(header, _WORDS)), _ANY)


@st.composite
def csv_bytes(draw: st.DrawFn, kind: str) -> bytes:
    """A CSV file of `kind`'s rows: half of them tidy (the columns needed, values that
    import), the others anything: columns left out, awkward cells, a cell too many or too
    few, a row in another encoding, stray bytes. Any of the common encodings, delimiters and
    line endings, quoted or not."""
    tidy = draw(st.booleans())
    needed, others = COLUMNS[kind]
    header = [name for name in needed if tidy or draw(st.integers(0, 9))]
    header += draw(st.lists(st.sampled_from(others), max_size=4))
    header = draw(st.permutations(header))
    rows = [
        [
            draw(st.sampled_from(_FINE.get(name, ("", "fine"))) if tidy else _cell(name))
            for name in header
        ]
        for _ in range(draw(st.integers(0 if not tidy else 1, 5)))
    ]
    for row in rows:  # now and then a cell too many, or one too few
        if not tidy and draw(st.integers(0, 7)) == 0:
            if draw(st.booleans()):
                row.append(draw(_ANY))
            elif row:
                row.pop()
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    ending = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    encoding = draw(st.sampled_from(_ENCODINGS))
    quoted = draw(st.sampled_from(["all", "needed"] if tidy else ["all", "needed", "never"]))

    def line(cells: list[str]) -> str:
        if quoted == "all":
            cells = ['"' + cell.replace('"', '""') + '"' for cell in cells]
        elif quoted == "needed":
            cells = [
                '"' + cell.replace('"', '""') + '"'
                if any(c in cell for c in (delimiter, '"', "\r", "\n"))
                else cell
                for cell in cells
            ]
        return delimiter.join(cells) + ending

    if encoding == "utf-16":
        return "".join(line(cells) for cells in [header, *rows]).encode("utf-16")
    plain = encoding.removesuffix("-sig")
    content = (b"\xef\xbb\xbf" if encoding == "utf-8-sig" else b"") + line(header).encode(
        plain, "replace"
    )
    for cells in rows:
        chosen = plain if tidy else draw(st.sampled_from([plain, plain, "utf-8", "cp1252"]))
        content += line(cells).encode(chosen, "replace")
        if not tidy and draw(st.integers(0, 9)) == 0:
            content += draw(st.binary(max_size=6))
    return content


@pytest.fixture(scope="module")
def caseload_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A caseload with one patient, whom linked rows can find by MRN or name and birth."""
    path = tmp_path_factory.mktemp("template") / "caseload.sqlite3"
    store = Store.open(path)
    store.patients.add_patient(
        Patient(given="Ruth", family="Abernathy", external_id="A1", birth_date=date(1941, 3, 4))
    )
    store.close()
    return path


def _rows(path: Path) -> list[str]:
    """Everything the caseload holds, as SQL text (read without writing)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


_OPTIONS = st.lists(
    st.sampled_from(["--dry-run", "--skip-invalid", "--date-order=dmy", "--duplicates=add"]),
    unique=True,
    max_size=3,
)


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=st.data(),
    kind=st.sampled_from(KINDS),
    options=_OPTIONS,
    zone=st.sampled_from(["America/New_York", "Pacific/Kiritimati"]),
)
def test_any_csv_is_imported_or_refused_in_words(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    caseload_template: Path,
    data: st.DataObject,
    kind: str,
    options: list[str],
    zone: str,
) -> None:
    content = data.draw(csv_bytes(kind), label="content")
    monkeypatch.setenv("TZ", zone)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "caseload.sqlite3"
        shutil.copyfile(caseload_template, db)
        before = _rows(db)
        path = Path(folder) / "rows.csv"
        path.write_bytes(content)
        status, out, err = run(
            capsys, "import", str(path), "--kind", kind, "--db", str(db), *options
        )
        assert status in (0, 1, 2), (status, out, err)  # never the crash report's 70
        assert "Traceback" not in out + err and (out or err)
        if status != 0 or "--dry-run" in options:
            assert _rows(db) == before, out + err
        else:
            assert check_file(db).healthy, out
        outcomes.add((kind, status))


#: What the fuzzed imports ended in, (kind, exit status): a fuzz test that only ever saw
#: refusals would prove little.
outcomes: set[tuple[str, int]] = set()


def test_the_fuzzed_files_reached_every_outcome() -> None:
    """Run after the test above (in file order): files were imported, of most kinds, and
    files were refused."""
    if not outcomes:
        pytest.skip("the fuzz test did not run in this session")
    assert {0, 1} <= {status for _kind, status in outcomes}, sorted(outcomes)
    assert len({kind for kind, status in outcomes if status == 0}) >= 3, sorted(outcomes)


_PARSERS: dict[str, Callable[[Cell], object]] = {
    "date, order unknown": lambda cell: values.parse_moment(cell, None),
    "date, day first": lambda cell: values.parse_moment(cell, values.DateOrder.DMY),
    "date, year first": lambda cell: values.parse_moment(cell, values.DateOrder.YMD),
    "date shape": values.date_shape,
    "time": values.parse_time,
    "end": lambda cell: values.parse_end(cell, None),
    "whole number": choices_and_numbers.parse_int,
    "number": choices_and_numbers.parse_float,
    "yes or no": choices_and_numbers.parse_bool,
}


@settings(max_examples=300, deadline=None)
@given(
    cell=st.one_of(
        _ANY,
        st.integers(),
        st.floats(),
        st.booleans(),
        st.datetimes(),
        st.datetimes(timezones=st.timezones()),
        st.dates(),
        st.times(),
    ),
    parser=st.sampled_from(sorted(_PARSERS)),
)
def test_every_cell_reader_reads_or_says_why(cell: Cell, parser: str) -> None:
    """Whatever a cell holds, each reader gives a value or a CellProblem (shown by row and
    column), never another exception."""
    try:
        _PARSERS[parser](cell)
    except values.CellProblem as problem:
        assert str(problem)


def test_every_cell_reader_reads_or_says_why_for_each_awkward_cell() -> None:
    """The awkward cells above, each through each reader: a value or a CellProblem."""
    for cell in (*_DATES, *_TIMES, *_NUMBERS, *_WORDS, *_ODD, 10**400, 1e308, -0.0):
        for parser, read in _PARSERS.items():
            try:
                read(cell)
            except values.CellProblem:
                pass
            except Exception as error:  # pragma: no cover - the failure message
                pytest.fail(f"{parser} of {str(cell)[:40]!r}: {type(error).__name__}")
