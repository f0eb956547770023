"""The kind registry: every kind has every part, and every part points at something real."""

from __future__ import annotations

import dataclasses
import importlib.util
from datetime import date
from pathlib import Path

import pytest

from carebook.core import billing_records, clinical_records, records, views
from carebook.core.kinds import BY_NAME, BY_RECORD, KINDS, Absent, Kind, kind_of
from carebook.storage.listings import LISTINGS
from carebook.store.caseload import Store


def _parts(kind: Kind) -> dict[str, object]:
    return {field.name: getattr(kind, field.name) for field in dataclasses.fields(kind)}


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.name)
def test_every_kind_has_every_part(kind: Kind) -> None:
    for part, value in _parts(kind).items():
        assert value is not None, f"{kind.name} has no {part}"
        if isinstance(value, Absent):
            assert len(value.why) > 10, f"{kind.name}'s {part} is absent without a reason"
    assert dataclasses.is_dataclass(kind.record)
    assert kind.label and kind.plural and kind.label != kind.name.replace("_", "") + "s"
    assert callable(kind.check)


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.name)
def test_every_part_points_at_something_real(kind: Kind, tmp_path: Path) -> None:
    fields = {field.name for field in dataclasses.fields(kind.record)}
    if not isinstance(kind.owner, Absent):
        assert kind.owner in BY_NAME
    if not isinstance(kind.owner_field, Absent):
        assert kind.owner_field in fields
    assert kind.undo_root in BY_NAME
    if not isinstance(kind.listing, Absent):
        assert kind.listing in LISTINGS
    if not isinstance(kind.fhir, Absent):
        assert importlib.util.find_spec(kind.fhir) is not None, kind.fhir
    store = Store.open(tmp_path / "c.sqlite3")
    try:
        tables = {row[0] for row in store.conn.execute("SELECT name FROM sqlite_master")}
        columns = {row[1] for row in store.conn.execute(f"PRAGMA table_info({kind.table})")}
    finally:
        store.close()
    assert kind.table in tables
    if kind.name != "preferences":  # kept as keys of meta
        assert fields <= columns, fields - columns


def test_every_stored_record_class_is_a_kind() -> None:
    """A record class in core that names an id or its owner is a kind of the registry."""
    stored = [
        cls
        for cls in [
            *vars(records).values(),
            *vars(views).values(),
            *vars(billing_records).values(),
            *vars(clinical_records).values(),
        ]
        if isinstance(cls, type)
        and dataclasses.is_dataclass(cls)
        and {"id", "patient_id", "appointment_id"} & {f.name for f in dataclasses.fields(cls)}
        # rows read for a view, and what a list asks for
        and cls.__name__ not in ("Visit", "ReviewDue", "AgendaTask", "ListQuery")
    ]
    assert stored and all(cls in BY_RECORD for cls in stored), [
        cls.__name__ for cls in stored if cls not in BY_RECORD
    ]


def test_a_record_is_checked_as_its_kind_checks_it() -> None:
    from carebook.core.errors import ValidationError
    from carebook.core.kinds import validate_record
    from carebook.core.records import Patient

    assert kind_of(Patient(given="Ann")).name == "patient"
    with pytest.raises(ValidationError):
        validate_record(Patient(given="Ann", birth_date=date(2990, 1, 1)), date(2026, 12, 7))


def test_the_kinds_whose_fhir_identity_is_kept_are_those_the_caseload_can_link(
    tmp_path: Path,
) -> None:
    """A kind marked fhir_link has its column in fhir_link, and every such column is a kind's."""
    store = Store.open(tmp_path / "c.sqlite3")
    try:
        columns = {row[1] for row in store.conn.execute("PRAGMA table_info(fhir_link)")}
    finally:
        store.close()
    linked = {name.removesuffix("_id") for name in columns if name.endswith("_id")}
    assert {kind.name for kind in KINDS if kind.fhir_link} == linked
    for kind in KINDS:
        if kind.fhir_link:
            assert not isinstance(kind.fhir, Absent), f"{kind.name} is linked but never mapped"


def test_each_part_writes_exactly_the_kinds_the_registry_gives_it(tmp_path: Path) -> None:
    """The store part a kind names adds, saves and removes it, and writes no kind it is not
    given (a kind of the wrong part, or a part's kind missing from the registry, fails)."""
    store = Store.open(tmp_path / "c.sqlite3")
    try:
        for name in {kind.part for kind in KINDS if isinstance(kind.part, str)}:
            given = {kind.name for kind in KINDS if kind.part == name}
            assert set(getattr(store, name).writes()) == given, name
        assert set(store.kind_writes) == {k.name for k in KINDS if isinstance(k.part, str)}
        for name, writes in store.kind_writes.items():
            assert BY_NAME[name].record.__name__.lower() in "".join(
                w.__name__.replace("_", "") for w in (writes.add, writes.save, writes.remove)
            ), name
    finally:
        store.close()
