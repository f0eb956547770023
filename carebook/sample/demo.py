"""A deterministic, realistic synthetic caseload for trying carebook and for benchmarks."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from carebook.core.views import CaseloadBundle, CaseloadCounts
from carebook.core.words import translate
from carebook.sample.builder.appointments import build_appointments, settle_bookings
from carebook.sample.builder.base import Builder
from carebook.sample.builder.care_plans import build_care_plan
from carebook.sample.builder.care_team import build_care_team
from carebook.sample.builder.diary import Diary
from carebook.sample.builder.directory import build_directory
from carebook.sample.builder.health import build_allergies, build_conditions
from carebook.sample.builder.medications import build_medications
from carebook.sample.builder.notes import build_notes
from carebook.sample.builder.patients import build_patient
from carebook.sample.builder.tasks import build_tasks, build_team_task
from carebook.sample.measured import build_measured
from carebook.sample.places import area
from carebook.sample.practice import build_practice

if TYPE_CHECKING:  # the builder stays free of SQL; only fill() needs a store
    from carebook.store.caseload import Store

#: The record tables whose ids a bundle assigns (the keys of Store.next_ids()).
ID_TABLES = (
    "patient",
    "contact",
    "condition",
    "allergy",
    "medication",
    "medication_event",
    "appointment",
    "task",
    "care_plan",
    "problem",
    "goal",
    "intervention",
    "care_plan_review",
    "note",
)


#: The most patients one coordinator carries. Her sample diary never double-books; a bigger
#: caseload is a team's, whose visits the sample does not share out among its coordinators, so
#: they are timed patient by patient and may overlap (and a 10,000-patient caseload stays quick
#: to make and as full as the benchmarks expect).
ONE_COORDINATOR = 60


class NotEmptyError(ValueError):
    """The caseload already holds records, and the demo would be mixed in with them."""


#: Patients written per transaction by a large demo: few enough that the memory a demo takes
#: stays the same for 10,000 or 100,000; the statistics are gathered once, after the last.
BATCH = 1_000


def fill(
    store: Store, patients: int = 40, seed: int = 1, force: bool = False, batch: int = BATCH
) -> CaseloadCounts:
    """Load a demo caseload into `store`, `batch` patients a transaction (one coordinator's
    caseload in one); a caseload that holds records is refused unless forced."""
    if not store.is_empty() and not force:
        raise NotEmptyError(_refusal(store.counts()))
    whole = CaseloadBundle()
    size = max(batch, patients) if patients <= ONE_COORDINATOR else batch
    # Counted down by hand: enumerate's pair would hold each batch while the next is built.
    left = -(-patients // size) if size else 0  # as build_batches divides them
    for bundle in build_batches(patients, seed, store.today(), store.next_ids(), batch):
        left -= 1
        store.load(bundle, more_to_come=left > 0)
        if patients <= ONE_COORDINATOR:
            whole = bundle  # her caseload comes in one batch, and her practice is built on it
        del bundle  # so the next batch is built without this one in memory
    if 0 < patients <= ONE_COORDINATOR:
        build_practice(store, whole, seed)  # a solo practice bills its clients
        build_measured(store, whole, seed)  # and measures them
    return store.counts()


def _refusal(counts: CaseloadCounts) -> str:
    if counts.patients == 1:
        held = translate("Demo", "1 patient")
    elif counts.patients:
        held = translate("Demo", "{n} patients").format(n=counts.patients)
    else:
        held = translate("Demo", "0 patients, {contacts} contacts and {tasks} tasks").format(
            contacts=counts.contacts, tasks=counts.tasks
        )
    return translate(
        "Demo",
        "The caseload already has {held}; the demo caseload would be mixed in with them. "
        "Pass --force to add it anyway.",
    ).format(held=held)


def build_caseload(
    patients: int, seed: int, today: date, id_start: dict[str, int] | None = None
) -> CaseloadBundle:
    """A caseload of `patients` invented people around `today`, the same for the same arguments.

    Ids run from `id_start[table]` (default 1) for each table in ID_TABLES, so that the bundle can
    be loaded beside records already in a caseload.
    """
    whole = build_batches(patients, seed, today, id_start, batch=max(1, patients))
    return next(whole, CaseloadBundle())


def build_batches(
    patients: int,
    seed: int,
    today: date,
    id_start: dict[str, int] | None = None,
    batch: int = BATCH,
) -> Iterator[CaseloadBundle]:
    """The caseload of build_caseload, as bundles of `batch` patients each (the team's tasks come
    with the last), to be loaded in order; together they are the same records, the same ids.

    Only the batch being built is held, so a caseload of any size is made in the same memory.
    One coordinator's caseload comes whole, as her diary is settled across all her visits.
    """
    if patients < 0:
        raise ValueError("the number of patients cannot be negative")
    if batch < 1:
        raise ValueError("a batch holds at least one patient")
    start = id_start or {}
    ids = {table: int(start.get(table, 1)) for table in ID_TABLES}
    builder = Builder(random.Random(seed), today, ids)
    if patients <= ONE_COORDINATOR:
        builder.diary = Diary()
        batch = max(batch, patients)
    return _build(builder, patients, batch) if patients else iter(())


def _build(b: Builder, patients: int, batch: int) -> Iterator[CaseloadBundle]:
    """Patient by patient from one random stream: the order of these draws is the sample."""
    b.towns = area(patients)
    build_directory(b, patients)
    for done in range(1, patients + 1):
        person = build_patient(b)
        build_care_team(b, person)
        build_conditions(b, person)
        build_allergies(b, person)
        build_medications(b, person)
        build_appointments(b, person)
        build_tasks(b, person)
        build_care_plan(b, person)
        build_notes(b, person)
        if done % batch == 0 and done < patients:
            yield b.take()
    for _ in range(max(2, patients // 20)):
        build_team_task(b)
    if b.diary is not None:
        settle_bookings(b)
    yield b.take()
