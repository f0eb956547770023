"""What a day sheet holds, read through the store: each day's agenda and patient sheets."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from carebook.core.agenda import DayAgenda, build_day
from carebook.core.medication_checks import MedicationWarning
from carebook.core.records import (
    Allergy,
    CareTeamMember,
    Contact,
    Medication,
    MedicationEvent,
    Patient,
    Task,
)
from carebook.core.views import AgendaTask, ListQuery, ReviewDue, Visit
from carebook.core.vocabularies import (
    AllergyStatus,
    AppointmentKind,
    AppointmentStatus,
    MedicationStatus,
    TaskStatus,
)
from carebook.reports.patient_blocks import MedicationChange, changes_between

#: How far back medication changes go for a patient with no earlier visit to count from.
CHANGES_WINDOW = timedelta(days=30)
#: Visits that will not take place: no patient sheet for them, and a dash for a tick.
NOT_HAPPENING = frozenset({AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW})

# The coordinator's own contacts with the patient: changes are shown since she last saw them,
# not since a clinic appointment she only arranged.
_OWN_VISITS = frozenset({AppointmentKind.HOME_VISIT.value, AppointmentKind.TELEHEALTH.value})
_COUNTED = frozenset({AppointmentStatus.DONE.value, AppointmentStatus.BOOKED.value})
_LOOKBACK_ROWS = 60


class _SheetSourceVisits(Protocol):
    """The visits reads it uses."""

    def visits_on(self, day: date) -> list[Visit]: ...


class _SheetSourceTasks(Protocol):
    """The tasks reads it uses."""

    def agenda_tasks(self, day: date) -> list[AgendaTask]: ...

    def tasks_for(self, patient_id: int) -> list[Task]: ...


class _SheetSourceLists(Protocol):
    """The lists reads it uses."""

    def reviews_due(self, day: date) -> list[ReviewDue]: ...

    def list_rows(
        self, listing_name: str, query: ListQuery, fields: Sequence[str], offset: int, limit: int
    ) -> list[tuple[Any, ...]]: ...


class _SheetSourcePatients(Protocol):
    """The patients reads it uses."""

    def patient(self, patient_id: int) -> Patient | None: ...

    def allergies(self, patient_id: int) -> list[Allergy]: ...


class _SheetSourceMedications(Protocol):
    """The medications reads it uses."""

    def medications(self, patient_id: int) -> list[Medication]: ...

    def warnings_for(self, patient_id: int) -> list[MedicationWarning]: ...

    def medication_history(self, medication_id: int) -> list[MedicationEvent]: ...


class _SheetSourceContacts(Protocol):
    """The contacts reads it uses."""

    def care_team(self, patient_id: int) -> list[tuple[CareTeamMember, Contact]]: ...


class SheetSource(Protocol):
    """The store's reads a day sheet is made of."""

    def today(self) -> date: ...

    @property
    def visits(self) -> _SheetSourceVisits: ...

    @property
    def tasks(self) -> _SheetSourceTasks: ...

    @property
    def lists(self) -> _SheetSourceLists: ...

    @property
    def patients(self) -> _SheetSourcePatients: ...

    @property
    def medications(self) -> _SheetSourceMedications: ...

    @property
    def contacts(self) -> _SheetSourceContacts: ...


# -- what a day sheet holds ----------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class PatientSheet:
    """What the coordinator needs in the house: one patient, on one day."""

    patient: Patient
    visits: list[Visit]
    care_team: list[tuple[CareTeamMember, Contact]]
    allergies: list[Allergy]  # active ones only
    medications: list[Medication]  # current: active or on hold
    warnings: list[MedicationWarning]  # what the medication checks say of them
    changes: list[MedicationChange]
    changes_since: date
    last_visit: date | None  # what `changes_since` counts from; None: the last 30 days
    reviews: list[ReviewDue]
    open_tasks: list[Task]


@dataclass(slots=True, kw_only=True)
class SheetDay:
    """One day of the sheet: its agenda, and a patient sheet per patient visited if asked."""

    agenda: DayAgenda
    patients: list[PatientSheet] = field(default_factory=list)

    @property
    def day(self) -> date:
        return self.agenda.day

    @property
    def visited_reviews(self) -> list[ReviewDue]:
        """Reviews due for patients seen that day: the ones that can be done on the round."""
        visited = {visit.patient_id for visit in _happening(self.agenda.visits)}
        return [review for review in self.agenda.reviews if review.patient_id in visited]


@dataclass(slots=True, kw_only=True)
class DaySheet:
    """Everything a printed day sheet shows, for one or more days."""

    days: list[SheetDay]
    prepared_by: str = ""
    printed_on: date


def gather(
    store: SheetSource, days: list[date], patient_sheets: bool, prepared_by: str
) -> DaySheet:
    """Read everything the day sheet for `days` shows, through the store's public reads."""
    sheet_days = []
    for day in days:
        agenda = build_day(store, day)
        sheets = _patient_sheets(store, agenda) if patient_sheets else []
        sheet_days.append(SheetDay(agenda=agenda, patients=sheets))
    return DaySheet(days=sheet_days, prepared_by=prepared_by.strip(), printed_on=store.today())


def _happening(visits: Iterable[Visit]) -> list[Visit]:
    return [visit for visit in visits if visit.status not in NOT_HAPPENING]


def _patient_sheets(store: SheetSource, agenda: DayAgenda) -> list[PatientSheet]:
    """One sheet per patient visited that day, in the order of their first visit."""
    by_patient: dict[int, list[Visit]] = {}
    for visit in _happening(agenda.visits):
        by_patient.setdefault(visit.patient_id, []).append(visit)
    sheets = []
    for patient_id, visits in by_patient.items():
        patient = store.patients.patient(patient_id)
        if patient is not None:  # removed since the agenda was read
            sheets.append(_patient_sheet(store, agenda, patient, visits))
    return sheets


def _patient_sheet(
    store: SheetSource, agenda: DayAgenda, patient: Patient, visits: list[Visit]
) -> PatientSheet:
    assert patient.id is not None
    day = agenda.day
    last_visit = _last_visit(store, patient.id, day)
    since = last_visit or day - CHANGES_WINDOW
    medications = store.medications.medications(patient.id)
    return PatientSheet(
        patient=patient,
        visits=visits,
        care_team=store.contacts.care_team(patient.id),
        allergies=[
            a for a in store.patients.allergies(patient.id) if a.status is AllergyStatus.ACTIVE
        ],
        medications=[m for m in medications if m.status is not MedicationStatus.STOPPED],
        warnings=store.medications.warnings_for(patient.id),
        changes=changes_between(store, medications, since, day),
        changes_since=since,
        last_visit=last_visit,
        reviews=[review for review in agenda.reviews if review.patient_id == patient.id],
        open_tasks=[t for t in store.tasks.tasks_for(patient.id) if t.status is TaskStatus.OPEN],
    )


def _last_visit(store: SheetSource, patient_id: int, day: date) -> date | None:
    """The day of the patient's previous visit (done, or booked and not called off)."""
    query = ListQuery(
        filter="all",
        patient_id=patient_id,
        date_to=day - timedelta(days=1),
        sort="start",
        descending=True,
    )
    for start, status, kind in store.lists.list_rows(
        "appointments", query, ("start", "status", "kind"), 0, _LOOKBACK_ROWS
    ):
        if status in _COUNTED and kind in _OWN_VISITS:
            return datetime.fromisoformat(start).date()
    return None
