"""Importing 100,000 patient rows from CSV, beside a floor measured in the same run: sqlite-utils
inserting the same rows straight into a copy of the patient table (its indexes included).

Run on demand: pytest tests/benchmarks/test_import_speed.py --benchmarks -s
"""

from __future__ import annotations

import csv
import sqlite3
import time
from datetime import datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from carebook.interop.spreadsheet.columns import ImportKind, propose_mapping
from carebook.interop.spreadsheet.plan import plan_import
from carebook.interop.spreadsheet.reading import open_spreadsheet
from carebook.store.caseload import Store

pytestmark = pytest.mark.benchmark

ROWS = 100_000
LIMIT_SECONDS = 10
_GIVEN = ["Margaret", "John", "Élise", "Dorothy", "Wei", "Aisha", "Harold", "Siobhán", "Olu"]
_FAMILY = ["O'Neill", "Smith", "Nguyễn", "Okafor", "Brennan", "Müller", "Patel", "Kowalski"]


def _write_rows(path: Path) -> None:
    """A spreadsheet of patients as a coordinator's agency might export it: day/month/year
    dates (the order shown by the first rows), ZIP codes and MRNs with leading zeros."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "MRN",
                "First name",
                "Surname",
                "Date of birth",
                "Gender",
                "Phone",
                "Address",
                "City",
                "Postcode",
                "Email",
            ]
        )
        for n in range(ROWS):
            writer.writerow(
                [
                    f"{n:08d}",
                    f"{_GIVEN[n % len(_GIVEN)]}{n % 997}",
                    f"{_FAMILY[n % len(_FAMILY)]}-{n % 1999}",
                    f"{13 + n % 16:02d}/{1 + n % 12:02d}/{1920 + n % 80}",
                    "FM"[n % 2],
                    f"0117 496 {n % 10_000:04d}",
                    f"{1 + n % 300} High Street",
                    "Bristol",
                    f"BS{n % 40} {n % 9}DJ",
                    f"person{n}@example.org",
                ]
            )


def test_import_100000_patients(tmp_path: Path) -> None:
    source_path = tmp_path / "patients.csv"
    _write_rows(source_path)
    caseload = tmp_path / "caseload.sqlite3"
    store = Store.open(caseload, clock=lambda: datetime(2026, 3, 2, 9))
    try:
        began = time.perf_counter()
        source = open_spreadsheet(source_path)
        mapping = propose_mapping(source.header, ImportKind.PATIENTS)
        plan = plan_import(
            source, ImportKind.PATIENTS, mapping, store.imports.patient_keys(), today=store.today()
        )
        planned = time.perf_counter()
        result = store.imports.apply_import(plan.batch())
        elapsed = time.perf_counter() - began
    finally:
        store.close()
    assert plan.problems == [] and result.added == ROWS

    floor = _floor(caseload, tmp_path / "floor.sqlite3")
    print(
        f"\nimport of {ROWS:,} patient rows from CSV: {elapsed:.1f} s (checking "
        f"{planned - began:.1f} s, writing {elapsed - (planned - began):.1f} s; limit "
        f"{LIMIT_SECONDS} s); sqlite-utils inserting the same rows into a copy of the patient "
        f"table: {floor:.1f} s; ratio {elapsed / floor:.1f}"
    )
    assert elapsed < LIMIT_SECONDS


def _floor(caseload: Path, target: Path) -> float:
    """Seconds for sqlite-utils to insert the rows the import wrote into an empty copy of the
    patient table with the same indexes."""
    source = sqlite3.connect(caseload)
    try:
        schema = [
            sql
            for (sql,) in source.execute(
                "SELECT sql FROM sqlite_master WHERE tbl_name = 'patient' AND sql IS NOT NULL"
                " ORDER BY type DESC"
            )
        ]  # the table, then its indexes
        cursor = source.execute("SELECT * FROM patient ORDER BY id")
        names = [column[0] for column in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor]
    finally:
        source.close()
    db = Database(target)
    for sql in schema:
        db.execute(sql)
    began = time.perf_counter()
    db["patient"].insert_all(rows, batch_size=1000)
    seconds = time.perf_counter() - began
    assert db["patient"].count == ROWS
    db.close()
    return seconds
