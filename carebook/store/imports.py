"""Importing many records from a spreadsheet: the reads an import plan needs, and the one
all-or-nothing write of what the user accepted (see carebook.interop.spreadsheet.plan)."""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from enum import Enum
from functools import lru_cache
from operator import attrgetter
from typing import Any

from carebook.core import recurrence
from carebook.core.errors import ValidationError
from carebook.core.kinds import TABLES, validate_record
from carebook.core.name_keys import SORT_SEPARATOR, folded
from carebook.core.record_keys import RecordKey, key_text
from carebook.core.records import (
    Allergy,
    Appointment,
    Condition,
    Medication,
    MedicationEvent,
    Patient,
    Task,
)
from carebook.core.validation import validate_patient
from carebook.core.vocabularies import MedicationEventKind, MedicationStatus
from carebook.core.words import translate
from carebook.storage.records import columns, stored_moment, stored_value
from carebook.store.base import OpenCaseload, Part
from carebook.store.import_writing import WriteProgress, second_connection
from carebook.store.medications import dose_text
from carebook.store.visits import Visits

#: From this many new patients on (and no fewer than the caseload holds), the patient table's
#: indexes are made again after the rows are in rather than kept up row by row.
BULK_ROWS = 10_000
#: The page cache for such an import, in KiB as PRAGMA cache_size takes it (negative).
BULK_CACHE_KIB = -65_536
#: A patient's fields a merge never fills: who they are in carebook, and their status.
_NOT_MERGED = frozenset({"id", "status"})


@dataclass(slots=True, frozen=True)
class PatientKey:
    """What an import matches a row against: an existing patient's names, birth date and MRN."""

    id: int
    given: str
    family: str
    preferred_name: str
    birth_date: date | None
    external_id: str

    @property
    def label(self) -> str:
        """ "O'Neill, Margaret (born 1941-05-13)", as the lists and the command line show."""
        name = ", ".join(part for part in (self.family, self.given or self.preferred_name) if part)
        born = translate("Imports", "{name} (born {date})")
        return born.format(name=name, date=self.birth_date) if self.birth_date else name


@dataclass(slots=True)
class PatientMerge:
    """Fill an existing patient's empty fields from an imported row (never overwrite)."""

    patient_id: int
    incoming: Patient
    row: int = 0


@dataclass(slots=True)
class ImportBatch:
    """What one import writes: new records without ids (linked ones with their patient_id set),
    and merges into existing patients."""

    kind: str  # an ImportKind's value ("patients", "allergies", …), for the activity log
    patients: list[Patient] = field(default_factory=list)
    merges: list[PatientMerge] = field(default_factory=list)
    medications: list[Medication] = field(default_factory=list)
    appointments: list[Appointment] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    allergies: list[Allergy] = field(default_factory=list)
    conditions: list[Condition] = field(default_factory=list)
    #: Every record has passed its validation already (ImportPlan.batch builds only from rows
    #: that did), so apply_import need not check each again: a tenth of a large import's time.
    checked: bool = False

    @property
    def records(self) -> int:
        """How many records writing the batch adds or merges into (what its progress counts)."""
        return sum(len(getattr(self, name)) for name in _WRITTEN)

    @property
    def empty(self) -> bool:
        return self.records == 0


#: An ImportBatch's lists of what it writes.
_WRITTEN = ("patients", "merges", "medications", "appointments", "tasks", "allergies", "conditions")


@dataclass(slots=True)
class ImportResult:
    """What an import wrote: the ids of the new records, and the patients merged into."""

    kind: str
    added_ids: list[int] = field(default_factory=list)
    merged_ids: list[int] = field(default_factory=list)
    fields_filled: int = 0

    @property
    def added(self) -> int:
        return len(self.added_ids)

    @property
    def merged(self) -> int:
        return len(set(self.merged_ids))


def fill_empty(existing: Patient, incoming: Patient) -> tuple[Patient, list[str]]:
    """`existing` with each of its empty fields (blank text, no value) taken from `incoming`
    where that has one; what is there is never overwritten. Returns it and the fields filled."""
    filled = []
    changes = {}
    for item in fields(Patient):
        if item.name in _NOT_MERGED:
            continue
        have, offered = getattr(existing, item.name), getattr(incoming, item.name)
        if (have is None or have == "") and offered is not None and offered != "":
            changes[item.name] = offered
            filled.append(item.name)
    return (replace(existing, **changes) if changes else existing), filled


class Imports(Part):
    """Reads for matching imported rows to patients, and writing an accepted import."""

    def __init__(self, caseload: OpenCaseload, visits: Visits):
        super().__init__(caseload)
        self.visits = visits
        #: The import being written: how far it is (one import at a time per part).
        self._progress = WriteProgress(0)

    def record_keys(self, kind: str) -> set[RecordKey]:
        """The same_record_key (core.record_keys) of every medication, appointment, task,
        allergy or condition (`kind`, as ImportKind names it) in the caseload, to find an
        import's rows already there."""
        day, moment = _day_or_none, datetime.fromisoformat
        if kind == "medications":
            return {
                ("medication", pid, key_text(name), day(start))
                for pid, name, start in self.conn.execute(
                    "SELECT patient_id, name, start_date FROM medication"
                )
            }
        if kind == "allergies":
            return {
                ("allergy", pid, key_text(substance))
                for pid, substance in self.conn.execute("SELECT patient_id, substance FROM allergy")
            }
        if kind == "conditions":
            return {
                ("condition", pid, key_text(text), day(onset))
                for pid, text, onset in self.conn.execute(
                    "SELECT patient_id, description, onset_date FROM condition"
                )
            }
        if kind == "appointments":
            return {
                ("appointment", pid, moment(start))
                for pid, start in self.conn.execute("SELECT patient_id, start FROM appointment")
            }
        if kind == "tasks":
            return {
                ("task", pid, key_text(title), day(due))
                for pid, title, due in self.conn.execute(
                    "SELECT patient_id, title, due_date FROM task"
                )
            }
        return set()

    def patient_keys(self) -> list[PatientKey]:
        """Every patient's names, birth date and MRN, to match imported rows against."""
        parse = date.fromisoformat
        return [
            PatientKey(
                id=pid,
                given=given,
                family=family,
                preferred_name=preferred,
                birth_date=parse(born) if born else None,
                external_id=mrn,
            )
            for pid, given, family, preferred, born, mrn in self.conn.execute(
                "SELECT id, given, family, preferred_name, birth_date, external_id"
                " FROM patient ORDER BY id"
            )
        ]

    def patients_by_id(self, ids: Iterable[int]) -> dict[int, Patient]:
        """The patients with these ids (those that exist), for a merge preview."""
        wanted = sorted(set(ids))
        found: dict[int, Patient] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for patient in self._all(
                Patient, f"id IN ({', '.join('?' * len(chunk))})", chunk, "id"
            ):
                assert patient.id is not None
                found[patient.id] = patient
        return found

    @contextmanager
    def beside(self) -> Iterator[Imports]:
        """This part over a connection of its own to the caseload file, to read or write an
        import on a worker thread while the window reads through its connection."""
        with second_connection(self.caseload) as caseload:
            yield Imports(caseload, Visits(caseload))

    def read_statistics_again(self) -> None:
        """After an import written through another connection: this connection's query planner
        reads the statistics that import gathered (SQLite reads them with the schema, once)."""
        self.conn.execute("ANALYZE sqlite_master")

    def apply_import(
        self, batch: ImportBatch, progress: WriteProgress | None = None
    ) -> ImportResult:
        """Write the whole batch in one transaction, noted as one "import" line in the activity
        log (counts only, never what the records say). Every record is checked first (unless
        the batch says it was, as a plan's is): a ValidationError (naming the field) or a
        SaveError, and nothing is written.

        A merge re-reads its patient inside the transaction and fills only the fields still
        empty there; a patient deleted meanwhile is a LookupError, and nothing is written.

        `progress` hears how many records are written, and may stop the import (ImportStopped,
        and nothing is written) until the last record is in.
        """
        today = self.today()
        self._progress = progress or WriteProgress(batch.records)
        if not batch.checked:
            _validate(batch, today)
        result = ImportResult(kind=batch.kind)
        with self._transaction():
            # Merges first: a new patient may take a deleted one's id.
            for merge in self._progress.counted(batch.merges):
                filled = self._merge(merge, today)
                result.merged_ids.append(merge.patient_id)
                result.fields_filled += filled
            result.added_ids += self._insert_patients(batch.patients)
            result.added_ids += self._insert_medications(batch.medications, today)
            result.added_ids += self._insert_appointments(batch.appointments)
            result.added_ids += self._insert_many(Task, batch.tasks)
            result.added_ids += self._insert_many(Allergy, batch.allergies)
            result.added_ids += self._insert_many(Condition, batch.conditions)
            self._log(
                "import", _KIND_TABLES.get(batch.kind, batch.kind), None, _summary(batch, result)
            )
        if result.added > 1000:  # the query planner's statistics, stale after a large import
            self.conn.execute(f"ANALYZE {_KIND_TABLES.get(batch.kind, 'patient')}")
        return result

    def _next_id(self, table: str) -> int:
        return int(self._scalar(f"SELECT coalesce(max(id), 0) + 1 FROM {table}"))

    def _insert_many(
        self,
        cls: type,
        records: Sequence[object],
        extra: Sequence[str] = (),
        values: Iterable[tuple[object, ...]] = (),
    ) -> list[int]:
        """Insert records with fresh ids (set on them), in one executemany."""
        if not records:
            return []
        table = TABLES[cls]
        first = self._next_id(table)
        ids = list(range(first, first + len(records)))
        for record, record_id in zip(records, ids, strict=True):
            record.id = record_id  # type: ignore[attr-defined]
        names = columns(cls)
        extras = list(values) if extra else [()] * len(records)
        stored = _stored_values(cls, names)
        rows = (stored(record, more) for record, more in zip(records, extras, strict=True))
        self.conn.executemany(
            f"INSERT INTO {table} ({', '.join([*names, *extra])})"
            f" VALUES ({', '.join('?' * (len(names) + len(extra)))})",
            rows if cls is MedicationEvent else self._progress.counted(rows),
        )
        return ids

    def _insert_patients(self, patients: Sequence[Patient]) -> list[int]:
        """New patients with their name keys. Many at once into a table holding fewer: the
        table's indexes are dropped and made again after (inside the same transaction, so a
        failure puts them back too), which SQLite does by sorting, in half the time."""
        if len(patients) < BULK_ROWS:
            return self._insert_many(
                Patient, patients, ("sort_key", "search_key"), (_name_keys(p) for p in patients)
            )
        rebuilt: list[tuple[str, str]] = []
        cache = int(self._scalar("PRAGMA cache_size"))
        # Room to sort the new rows into the indexes in memory (SQLite's default is 2 MB).
        self.conn.execute(f"PRAGMA cache_size = {BULK_CACHE_KIB}")
        try:
            if len(patients) >= int(self._scalar("SELECT count(*) FROM patient")):
                rebuilt = self.conn.execute(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                    " AND tbl_name = 'patient' AND sql IS NOT NULL"
                ).fetchall()
                for name, _sql in rebuilt:
                    self.conn.execute(f'DROP INDEX "{name}"')
            ids = self._insert_many(
                Patient, patients, ("sort_key", "search_key"), (_name_keys(p) for p in patients)
            )
            for _name, sql in rebuilt:
                self.conn.execute(sql)
        finally:
            self.conn.execute(f"PRAGMA cache_size = {cache}")
        return ids

    def _merge(self, merge: PatientMerge, today: date) -> int:
        existing = self._need(Patient, merge.patient_id)
        merged, filled = fill_empty(existing, merge.incoming)
        if not filled:
            return 0
        try:
            validate_patient(merged, today)
        except ValidationError as error:  # cannot happen with checked rows; said plainly if so
            raise ValidationError(
                translate("Imports", "Merging into patient {id}: {error}").format(
                    id=merge.patient_id, error=error
                ),
                error.field,
            ) from None
        self._update(merged)
        self.conn.execute(
            "UPDATE patient SET sort_key = ?, search_key = ? WHERE id = ?",
            [*_name_keys(merged), merged.id],
        )
        return len(filled)

    def _insert_medications(self, medications: Sequence[Medication], today: date) -> list[int]:
        """Medications, each with the dated events of its history as add_medication keeps it:
        started (on its start date, else today), and stopped or put on hold when it is."""
        ids = self._insert_many(Medication, medications)
        events = []
        for medication in medications:
            assert medication.id is not None
            events.append(
                MedicationEvent(
                    medication_id=medication.id,
                    on_date=medication.start_date or today,
                    kind=MedicationEventKind.STARTED,
                    detail=dose_text(medication),
                )
            )
            if medication.status is MedicationStatus.STOPPED:
                events.append(
                    MedicationEvent(
                        medication_id=medication.id,
                        on_date=medication.end_date or today,
                        kind=MedicationEventKind.STOPPED,
                        reason=medication.stop_reason,
                    )
                )
            elif medication.status is MedicationStatus.ON_HOLD:
                events.append(
                    MedicationEvent(
                        medication_id=medication.id, on_date=today, kind=MedicationEventKind.ON_HOLD
                    )
                )
        self._insert_many(MedicationEvent, events)
        return ids

    def _insert_appointments(self, appointments: Sequence[Appointment]) -> list[int]:
        """Appointments, and their dated occurrences laid out as add_appointment does."""
        if not appointments:
            return []
        lasts = [recurrence.last_start(a) for a in appointments]
        ids = self._insert_many(
            Appointment, appointments, ("last_start",), ((stored_moment(last),) for last in lasts)
        )
        until = self.visits.horizon()
        self.visits.lay_out(
            appointments,
            {},
            until,
            {record_id: last for record_id, last in zip(ids, lasts, strict=True)},
        )
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES ('horizon', ?) ON CONFLICT (key) DO NOTHING",
            [until.isoformat(timespec="minutes")],
        )
        return ids


def _validate(batch: ImportBatch, today: date) -> None:
    for record in (
        *batch.patients,
        *batch.medications,
        *batch.appointments,
        *batch.tasks,
        *batch.allergies,
        *batch.conditions,
    ):
        validate_record(record, today)


_KIND_TABLES = {
    "patients": "patient",
    "medications": "medication",
    "appointments": "appointment",
    "tasks": "task",
    "allergies": "allergy",
    "conditions": "condition",
}


def _day_or_none(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _stored_values(
    cls: type, names: Sequence[str]
) -> Callable[[object, tuple[Any, ...]], tuple[Any, ...]]:
    """records.to_values for many records, with `more` values after: the text fields (most of
    them) read as they are, only the others converted, each by what its type needs."""
    hints = typing.get_type_hints(cls)
    get_all = attrgetter(*names)
    others = [
        (i, _converter(hints[name])) for i, name in enumerate(names) if hints[name] is not str
    ]

    def stored(record: object, more: tuple[Any, ...]) -> tuple[Any, ...]:
        values = list(get_all(record))
        for i, convert in others:
            values[i] = convert(values[i])
        return (*values, *more)

    return stored


def _converter(hint: Any) -> Callable[[Any], Any]:
    """How records.to_values stores a value of the type `hint`, quicker for the usual ones."""
    inner = [arg for arg in typing.get_args(hint) if arg is not type(None)] or [hint]
    kind = inner[0] if len(inner) == 1 else None
    if kind in (int, float):
        return lambda value: value if type(value) is kind or value is None else stored_value(value)
    if kind is date:
        return lambda value: value.isoformat() if type(value) is date else stored_value(value)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return lambda value: str(value.value) if isinstance(value, kind) else stored_value(value)
    return stored_value


def _name_keys(patient: Patient) -> tuple[str, str]:
    """The sort and search keys the store keeps beside a patient's name: name_keys' own, made
    quicker for a large import (ASCII text folds by lowering its case; other text is folded
    once per distinct value). tests/test_spreadsheet_import.py checks that the two agree."""
    p = patient
    others = (p.phone, p.phone_alt, p.external_id, p.postal_code)
    words = [_fold(part) for part in (p.given, p.family, p.preferred_name, *others) if part]
    digits = [
        part.translate(_ASCII_NON_DIGITS) if part.isascii() else "".join(filter(str.isdigit, part))
        for part in others
    ]
    return (
        f"{_fold(p.family)}{SORT_SEPARATOR}{_fold(p.given or p.preferred_name)}",
        " ".join(words + [d for d in digits if len(d) >= 3]),
    )


#: Deletes every ASCII character but 0-9 (in ASCII text, the characters str.isdigit keeps).
_ASCII_NON_DIGITS = str.maketrans(
    "", "", "".join(chr(code) for code in range(128) if not chr(code).isdigit())
)


@lru_cache(maxsize=65_536)
def _folded(text: str) -> str:
    return folded(text)


def _fold(text: str) -> str:
    return " ".join(text.lower().split()) if text.isascii() else _folded(text)


def _summary(batch: ImportBatch, result: ImportResult) -> str:
    """ "120 patients added, 3 merged": counts only."""
    words = [f"{result.added} {batch.kind} added"]
    if batch.merges:
        words.append(f"{result.merged} merged ({result.fields_filled} fields filled)")
    return ", ".join(words) + " from a spreadsheet"
