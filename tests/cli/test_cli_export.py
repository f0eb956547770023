"""`carebook export`: lists as CSV and appointments as iCalendar, their options and refusals."""

from __future__ import annotations

import argparse
import csv
import io
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest

from carebook.cli import export as cli_export
from carebook.cli.refusal import EXIT_BAD_FILE, EXIT_USAGE, CommandError
from carebook.core.errors import ValidationError
from carebook.core.list_columns import LIST_COLUMNS
from carebook.core.records import Patient
from carebook.core.views import ListQuery
from carebook.interop.icalendar_export import uid_for
from carebook.storage.file_errors import CaseloadFileError
from carebook.store.caseload import Store


def _parser() -> argparse.ArgumentParser:
    """The sub-command as `carebook` registers it (cli.py adds it the same way)."""
    parser = argparse.ArgumentParser(prog="carebook")
    commands = parser.add_subparsers(dest="command")

    def db_option(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS)

    cli_export.add_parsers(commands, db_option)
    return parser


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run like `carebook.cli.main.main` does: a bad file is status 3, a usage problem status 2."""
    try:
        status = cli_export.run(_parser().parse_args(["export", *argv]))
    except CaseloadFileError as error:
        print(f"carebook: {error}", file=sys.stderr)
        status = EXIT_BAD_FILE
    except (CommandError, ValidationError) as error:
        print(f"carebook: {error}", file=sys.stderr)
        status = EXIT_USAGE
    out, err = capsys.readouterr()
    return status, out, err


def _read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM spreadsheets read UTF-8 by
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")  # RFC 4180 line ends
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def _count(db: Path, kind: str, query: ListQuery) -> int:
    store = Store.open(db)
    try:
        return store.lists.list_count(kind, query)
    finally:
        store.close()


# -- CSV -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", cli_export.KINDS)
def test_csv_has_the_windows_headings_and_one_row_per_list_row(
    capsys: pytest.CaptureFixture[str], sample_db: Path, tmp_path: Path, kind: str
) -> None:
    out_file = tmp_path / f"{kind}.csv"
    status, out, err = _run(capsys, kind, "--db", str(sample_db), "-o", str(out_file))
    assert (status, err) == (0, "")
    rows = _read_csv(out_file)
    expected = _count(sample_db, kind, ListQuery())  # the window's first filter
    assert rows[0] == [column.title for column in LIST_COLUMNS[kind]]
    assert len(rows) - 1 == expected > 0
    assert out == f"{kind.capitalize()}: {expected} rows written to {out_file}.\n"
    assert out_file.stat().st_mode & 0o077 == 0  # readable by its owner alone


def test_csv_columns_are_the_windows_columns() -> None:
    from carebook.ui.lists.tab_specs import (
        LIST_TABS,  # loads Qt: the command line itself never does
    )

    for spec in LIST_TABS:
        assert spec.columns is LIST_COLUMNS[spec.listing]  # one declaration serves both


def test_csv_cells_read_as_in_the_window_and_formulas_stay_text(
    capsys: pytest.CaptureFixture[str], sample_db: Path, tmp_path: Path
) -> None:
    store = Store.open(sample_db)
    try:
        store.patients.add_patient(
            Patient(
                given="Ada",
                family='=HYPERLINK("http://x","y")',
                payer="+SUM(A1:A9)",
                phone="-1",
                city="@risk",
            )
        )
    finally:
        store.close()
    out_file = tmp_path / "patients.csv"
    status, _, err = _run(
        capsys, "patients", "--db", str(sample_db), "-o", str(out_file), "--search", "hyperlink"
    )
    assert (status, err) == (0, "")
    header, row = _read_csv(out_file)
    cells = dict(zip(header, row, strict=True))
    assert cells["Name"] == '\'=HYPERLINK("http://x","y"), Ada'
    assert cells["Payer"] == "'+SUM(A1:A9)"
    assert cells["Phone"] == "'-1"
    assert cells["City"] == "'@risk"
    assert cells["Status"] == "Active"


def test_csv_filter_search_patient_and_dates(
    capsys: pytest.CaptureFixture[str], sample_db: Path, tmp_path: Path
) -> None:
    store = Store.open(sample_db)
    try:
        first, last = store.today() - timedelta(days=7), store.today() + timedelta(days=20)
        ((patient_id,),) = store.lists.list_rows(
            "appointments",
            ListQuery(filter="all", date_from=first, date_to=last),
            ["patient_id"],
            0,
            1,
        )
        patient = store.patients.patient(patient_id)
        assert patient is not None
    finally:
        store.close()
    out_file = tmp_path / "visits.csv"
    status, _, err = _run(
        capsys,
        "appointments",
        "--db",
        str(sample_db),
        "-o",
        str(out_file),
        "--filter",
        "all",
        "--patient",
        str(patient_id),
        "--from",
        first.isoformat(),
        "--to",
        last.isoformat(),
    )
    assert (status, err) == (0, "")
    rows = _read_csv(out_file)[1:]
    assert (
        len(rows)
        == _count(
            sample_db,
            "appointments",
            ListQuery(filter="all", patient_id=patient_id, date_from=first, date_to=last),
        )
        > 0
    )
    assert {row[1] for row in rows} == {f"{patient.family}, {patient.given}"}
    status, _, err = _run(
        capsys, "medications", "--db", str(sample_db), "-o", str(out_file), "--filter", "stopped"
    )
    assert (status, err) == (0, "")
    assert {row[-1] for row in _read_csv(out_file)[1:]} == {"Stopped"}
    status, _, err = _run(
        capsys,
        "tasks",
        "--db",
        str(sample_db),
        "-o",
        str(out_file),
        "--filter",
        "all",
        "--search",
        patient.family,
    )
    assert (status, err) == (0, "")
    assert len(_read_csv(out_file)) - 1 == _count(
        sample_db, "tasks", ListQuery(filter="all", search=patient.family)
    )


def test_csv_without_a_file_is_printed(capsys: pytest.CaptureFixture[str], sample_db: Path) -> None:
    status, out, err = _run(capsys, "tasks", "--db", str(sample_db))
    assert (status, err) == (0, "")
    assert out.startswith("\ufeffDue,Time,Task,Patient,Priority,Repeats,Status\r\n")


def test_exports_to_a_file_are_noted_in_the_activity_log(
    capsys: pytest.CaptureFixture[str], sample_db: Path, tmp_path: Path
) -> None:
    _run(capsys, "tasks", "--db", str(sample_db), "-o", str(tmp_path / "t.csv"))
    _run(
        capsys,
        "appointments",
        "--db",
        str(sample_db),
        "--format",
        "ics",
        "-o",
        str(tmp_path / "a.ics"),
    )
    store = Store.open(sample_db)
    try:
        logged = store.lists.list_rows(
            "activity", ListQuery(filter="export"), ["record_kind", "summary"], 0, 10
        )
    finally:
        store.close()
    assert sorted(logged) == [("calendar", ""), ("tasks", "")]


# -- iCalendar -----------------------------------------------------------------------------------


def test_ics_for_one_patient_found_by_name(
    capsys: pytest.CaptureFixture[str], sample_db: Path, tmp_path: Path
) -> None:
    store = Store.open(sample_db)
    try:
        today = store.today()
        last = today + timedelta(weeks=4)
        booked = {a.patient_id for a in store.appointments.appointments_in(today, last)}
        patient = next(
            p
            for p in map(store.patients.patient, sorted(booked))
            if p is not None and len(store.patients.find_patients(f"{p.given} {p.family}")) == 1
        )
        assert patient.id is not None
        theirs = {
            uid_for(a.id)
            for a in store.appointments.appointments_in(today, last, patient.id)
            if a.id
        }
    finally:
        store.close()
    assert theirs
    out_file = tmp_path / "visits.ics"
    status, out, err = _run(
        capsys,
        "appointments",
        "--format",
        "ics",
        "--db",
        str(sample_db),
        "--patient",
        f"{patient.given} {patient.family}",
        "--from",
        today.isoformat(),
        "--to",
        last.isoformat(),
        "-o",
        str(out_file),
    )
    assert (status, err) == (0, "")
    assert out.startswith(f"Calendar written to {out_file}: ")
    calendar = icalendar.Calendar.from_ical(out_file.read_text(encoding="utf-8"))
    assert {str(event["UID"]) for event in calendar.events} == theirs
    assert out_file.stat().st_mode & 0o077 == 0


def test_ics_with_nothing_in_range_writes_nothing(
    capsys: pytest.CaptureFixture[str], sample_db: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "none.ics"
    status, out, err = _run(
        capsys,
        "appointments",
        "--format",
        "ics",
        "--db",
        str(sample_db),
        "--from",
        "1990-01-01",
        "--to",
        "1990-01-31",
        "-o",
        str(out_file),
    )
    assert (status, out) == (EXIT_USAGE, "")
    assert err == "carebook: no appointment has a visit in that range; nothing was written\n"
    assert not out_file.exists()


# -- refusals: one line, exit status 2, nothing written -------------------------------------------


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["patients", "-o", "{tmp}/no/such/folder/p.csv"], "the folder"),
        (
            ["appointments", "--from", "2026-13-01"],
            "--from '2026-13-01' is not a real calendar date",
        ),
        (["appointments", "--to", "31/03/2026"], "--to must be written YYYY-MM-DD"),
        (
            ["tasks", "--from", "2026-04-02", "--to", "2026-04-01"],
            "--from 2026-04-02 is after --to 2026-04-01",
        ),
        (["patients", "--from", "2026-04-01"], "--from and --to go with appointments and tasks"),
        (["patients", "--format", "ics"], "--format ics exports appointments only"),
        (["appointments", "--format", "ics", "--filter", "past"], "--filter and --search go with"),
        (["medications", "--filter", "upcoming"], "medications has no filter 'upcoming'"),
        (["patients", "--patient", "Zzyzx-nobody"], "no patient matches 'Zzyzx-nobody'"),
        (["patients", "--patient", "999999"], "no patient has the id 999999"),
        (
            ["appointments", "--to", "9999-12-31"],
            "--to 9999-12-31 is outside the dates carebook keeps (1880-01-01 to 2199-12-31)",
        ),
        (["appointments", "--format", "ics", "--from", "0001-01-01"], "outside the dates"),
        (["patients", "--search", "x" * 60_000], "A search is at most 300 characters"),
        (["tasks", "--search", "%" * 301], "A search is at most 300 characters"),
    ],
)
def test_bad_options_say_so_in_one_line(
    capsys: pytest.CaptureFixture[str], sample_db: Path, tmp_path: Path, argv: list[str], says: str
) -> None:
    argv = [arg.replace("{tmp}", str(tmp_path)) for arg in argv]
    before = sorted(path.name for path in tmp_path.iterdir())
    status, out, err = _run(capsys, *argv, "--db", str(sample_db))
    assert (status, out) == (EXIT_USAGE, "")
    assert err.startswith("carebook: ") and says in err and err.count("\n") == 1, err
    assert sorted(path.name for path in tmp_path.iterdir()) == before


def test_help_says_a_series_is_exported_whole(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        _parser().parse_args(["export", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "every series is written whole" in text
    assert "upcoming (default)" in text


def test_the_export_command_runs_without_loading_qt(sample_db: Path, tmp_path: Path) -> None:
    script = (
        "import argparse, sys\n"
        "from carebook.cli import export as cli_export\n"
        "parser = argparse.ArgumentParser()\n"
        "commands = parser.add_subparsers(dest='command')\n"
        "cli_export.add_parsers(commands, lambda p: p.add_argument('--db'))\n"
        f"for argv in (['appointments', '-o', {str(tmp_path / 'a.csv')!r}],"
        f" ['appointments', '--format', 'ics', '-o', {str(tmp_path / 'a.ics')!r}]):\n"
        f"    cli_export.run(parser.parse_args(['export', *argv, '--db', {str(sample_db)!r}]))\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().endswith("[]")
    assert (tmp_path / "a.csv").is_file() and (tmp_path / "a.ics").is_file()


def test_a_date_range_for_the_csv_of_a_day(
    capsys: pytest.CaptureFixture[str], sample_db: Path, tmp_path: Path
) -> None:
    day = date(2030, 1, 7)
    out_file = tmp_path / "day.csv"
    status, out, _ = _run(
        capsys,
        "appointments",
        "--db",
        str(sample_db),
        "-o",
        str(out_file),
        "--from",
        day.isoformat(),
        "--to",
        day.isoformat(),
    )
    assert status == 0
    assert _read_csv(out_file) == [[column.title for column in LIST_COLUMNS["appointments"]]]
    assert out == f"Appointments: 0 rows written to {out_file}.\n"
