"""A large demo is written a batch of patients at a time, in memory that does not grow with it."""

from __future__ import annotations

import gc
from dataclasses import fields
from datetime import date, datetime
from pathlib import Path

import pytest

from carebook.core.records import Appointment, Patient
from carebook.core.views import CaseloadBundle
from carebook.sample import demo
from carebook.sample.builder.base import Builder, Person
from carebook.sample.demo import build_batches, build_caseload, fill
from carebook.store.caseload import Store

TODAY = date(2026, 3, 10)


def _open(path: Path) -> Store:
    return Store.open(path, clock=lambda: datetime(2026, 3, 10, 7, 30))


def test_the_batches_together_are_the_whole_caseload() -> None:
    batches = list(build_batches(130, 5, TODAY, batch=50))
    assert [len(batch.patients) for batch in batches] == [50, 50, 30]
    whole = build_caseload(130, 5, TODAY)
    for family in fields(CaseloadBundle):
        joined = [record for batch in batches for record in getattr(batch, family.name)]
        assert joined == getattr(whole, family.name), family.name
    # Every record refers only to patients of its own batch or to the directory, made first.
    for batch in batches:
        ids = {patient.id for patient in batch.patients}
        assert {appointment.patient_id for appointment in batch.appointments} <= ids
        assert {task.patient_id for task in batch.tasks} - {None} <= ids


def test_one_coordinators_caseload_comes_whole() -> None:
    # Her diary is settled across all her visits at once, so it cannot be split.
    assert [len(b.patients) for b in build_batches(40, 1, TODAY, batch=10)] == [40]
    with pytest.raises(ValueError, match="at least one"):
        build_batches(100, 1, TODAY, batch=0)


def test_a_large_demo_holds_one_batch_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What the demo holds when it writes a batch: before, every patient's records at once.
    held: list[tuple[int, int]] = []
    load = Store.load

    def counted(store: Store, bundle: CaseloadBundle, *, more_to_come: bool = False) -> None:
        gc.collect()
        living = [o for o in gc.get_objects() if isinstance(o, Patient | Appointment)]
        held.append((len(bundle.patients), len(living)))
        load(store, bundle, more_to_come=more_to_come)

    # And what it holds as it starts each batch: none of the batch just written.
    starting: list[int] = []
    build_patient = demo.build_patient

    def counted_patient(b: Builder) -> Person:
        if not b.bundle.patients:
            gc.collect()
            starting.append(sum(isinstance(o, Patient) for o in gc.get_objects()))
        return build_patient(b)

    monkeypatch.setattr(Store, "load", counted)
    monkeypatch.setattr(demo, "build_patient", counted_patient)
    store = _open(tmp_path / "caseload.carebook")
    try:
        counts = fill(store, patients=240, seed=2, batch=80)
    finally:
        store.close()
    assert counts.patients == 240
    assert [patients for patients, _ in held] == [80, 80, 80]
    # About three appointments a patient; a batch's records, never the caseload's.
    assert all(living < 80 * 8 for _, living in held), held
    # Counted against the first batch's start: other tests may leave patients alive.
    assert len(starting) == 3 and max(starting) - starting[0] < 10, starting


def test_a_large_demo_lands_as_one_made_in_a_single_write(tmp_path: Path) -> None:
    batched, whole = _open(tmp_path / "batched.carebook"), _open(tmp_path / "whole.carebook")
    try:
        assert fill(batched, patients=90, seed=3, batch=40) == fill(whole, 90, 3, batch=90)
        assert batched.visits.visits_on(TODAY) == whole.visits.visits_on(TODAY)
        first, last = batched.patients.patient(1), batched.patients.patient(90)
        assert (first, last) == (whole.patients.patient(1), whole.patients.patient(90))
    finally:
        batched.close()
        whole.close()


def test_the_statistics_are_gathered_once_after_the_last_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """They take longer the larger the file: gathered after each batch, a large demo slows."""
    told: list[bool] = []
    load = Store.load

    def noted(store: Store, bundle: CaseloadBundle, *, more_to_come: bool = False) -> None:
        told.append(more_to_come)
        load(store, bundle, more_to_come=more_to_come)

    monkeypatch.setattr(Store, "load", noted)
    store = _open(tmp_path / "caseload.carebook")
    demo.fill(store, patients=250, seed=3, batch=100)
    assert told == [True, True, False]
    assert store.conn.execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0] > 0
    store.close()
