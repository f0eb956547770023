"""FHIR interchange in the store: where imported records came from, and an import applied whole.

An import arrives as a list of `FhirItem`s in the order they can be written (patients, then
contacts, then what refers to them): each a record, the identities of the resource it was read
from (`keys`), and the other items its links point at (`refs`). `apply_fhir` writes them in one
transaction:

- A record with keys is looked up in `fhir_link` (migration m005), strongest key first. A key
  found, whose record still exists and still belongs where the incoming one does (the same
  patient; for a patient the same date of birth, for a contact the same name), is that record:
  it is updated with the fields the file gives (a field the file leaves empty keeps what the
  caseload has, unless the file says plainly that it is empty: `cleared`), or left alone when
  nothing differs. Otherwise a new record is made, and every key is (re)pointed at it.
  A patient with no link is also found by its MRN (external_id) when exactly one patient has
  it and the dates of birth do not disagree. A key "own:<kind>/<id>" names a record of this
  very caseload (a resource of its own export, see `fhir_source`) and needs no link.
  Links are written only where they are missing or point elsewhere, so importing the same
  file again writes nothing at all.
- A record without keys of its own (a care-team membership, a medication's history event, a
  care plan's review, problem or intervention, a visit's change, a visit's record) is found
  within its parent: membership by patient, contact and role; event and review by every field;
  problem by its words (and its condition, when two share the words); intervention by its
  words; a visit's change and a visit's record by the visit (its series' original start).

Nothing is ever deleted by an import. A record the caseload's own rules refuse stops the whole
import (FhirImportError names it), and `dry_run` does all of it and then rolls it back, so its
counts are exactly what the import would do.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from carebook.core.billing_records import Attachment
from carebook.core.clinical_records import (
    AssessmentResult,
    MeasureKind,
    Measurement,
    PatientDocument,
)
from carebook.core.errors import ValidationError
from carebook.core.kinds import KINDS, TABLES, validate_record
from carebook.core.name_keys import folded
from carebook.core.records import (
    Appointment,
    CarePlanReview,
    CareTeamMember,
    Contact,
    Intervention,
    MedicationEvent,
    OccurrenceChange,
    Patient,
    Problem,
    VisitRecord,
)
from carebook.storage.records import from_row, to_row
from carebook.store.base import OpenCaseload
from carebook.store.fhir_reads import GLOBAL_ID_TABLES, LINK_KINDS, FhirReads
from carebook.store.patients import Patients
from carebook.store.visits import Visits

T = TypeVar("T")
Summary = Callable[[], str]  # the activity log's words for an import, once written

#: The records a link can name, by the kind written in fhir_link (its column is `<kind>_id`).
LINKED: dict[type, str] = {kind.record: kind.name for kind in KINDS if kind.fhir_link}
#: A key naming a record of this very caseload ("own:condition/12"): a resource of its own
#: export, found by its id, never kept in fhir_link.
OWN = "own:"
#: The field naming the record a linked record belongs to: a link found elsewhere is not it.
_OWNER: dict[type, str] = {
    kind.record: kind.owner_field
    for kind in KINDS
    if kind.fhir_link and isinstance(kind.owner_field, str)
}


@dataclass(eq=False, slots=True)
class FhirItem:
    """One record to import: the record (its id None; links set, or named in `refs`)."""

    record: Any
    keys: tuple[str, ...] = ()
    #: field name -> the item whose record that field points at (written before this one)
    refs: dict[str, FhirItem] = field(default_factory=dict)
    #: fields the source says plainly are empty (others left empty keep the caseload's value)
    cleared: frozenset[str] = frozenset()
    #: where the resource was read, for a message ("download.json entry 4")
    where: str = ""
    #: what the resource was ("Condition/abc"), for a message
    name: str = ""
    #: the id of the record written for it, once it is
    written: int | None = None
    #: the record's global id, when the resource carries one for its kind (fhir.global_ids)
    uid: str = ""


class FhirImportError(ValueError):
    """A record that the caseload's rules refuse; the message names where it came from."""


@dataclass(slots=True)
class FhirApplied:
    """What an import did (or would do), counted by table: records made, changed, unchanged."""

    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)

    @property
    def changed_anything(self) -> bool:
        return bool(sum(self.created.values()) or sum(self.updated.values()))


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


class FhirLinks(FhirReads):
    """FHIR import's writes and the reads a whole-caseload export needs beyond FhirSource."""

    def __init__(self, caseload: OpenCaseload, visits: Visits, patients: Patients):
        super().__init__(caseload)
        self.visits = visits
        self.patients = patients

    # -- the import -------------------------------------------------------------------------------

    def apply_fhir(
        self, items: Sequence[FhirItem], *, dry_run: bool = False, summary: str = ""
    ) -> FhirApplied:
        """Write `items` in one transaction (see the module's docstring); what was done."""
        return self.apply_fhir_parts([items], dry_run=dry_run, summary=lambda: summary)

    def apply_fhir_parts(
        self, parts: Iterable[Sequence[FhirItem]], *, dry_run: bool = False, summary: Summary = str
    ) -> FhirApplied:
        """Write each part (its items refer only to its own) in one transaction, asking for
        the next once one is written (each item's `written` is its record's id): nothing is
        written if `parts` raises. What was done."""
        applied = FhirApplied()
        try:
            with self._transaction():
                for items in parts:
                    self._apply(items, applied)
                if applied.changed_anything:
                    self._log("import", "fhir", None, summary())
                if dry_run:
                    raise _DryRun
        except _DryRun:
            pass
        return applied

    def _apply(self, items: Sequence[FhirItem], applied: FhirApplied) -> None:
        ids: dict[int, int] = {}
        appointments: dict[int, Appointment] = {}
        patients: dict[int, Patient] = {}
        now = self.clock().isoformat(timespec="seconds")
        claimed: set[tuple[str, int]] = set()  # rows of a parent already matched this time
        for item in items:
            record = dataclasses.replace(item.record)
            for name, target in item.refs.items():
                linked: int | str = ids[id(target)]
                if isinstance(record, Measurement) and name == "kind":
                    linked = f"custom:{linked}"  # a reading of the coordinator's own measure
                setattr(record, name, linked)
            table = TABLES[type(record)]
            existing, uid_free = self._by_global_id(record, item)
            if existing is None:
                existing = self._fhir_find(record, item, claimed)
            if existing is None:
                self._fhir_check(record, item)
                self._write_new(record, item.uid if uid_free else "")
                applied.created[table] += 1
                result = record
            else:
                result = _merged(existing, record, item)
                if result != existing:
                    self._fhir_check(result, item)
                    self._write_change(existing, result)
                    applied.updated[table] += 1
                else:
                    applied.unchanged[table] += 1
            changed = existing is None or result != existing
            record_id = getattr(result, "id", None)
            if record_id is not None and type(result) not in LINKED:
                claimed.add((table, record_id))
            if record_id is not None:
                ids[id(item)] = item.written = record_id
            own = any(key.startswith(OWN) for key in item.keys)
            if item.keys and not own and record_id is not None:
                self._fhir_link(item.keys, LINKED[type(result)], record_id, now)
            if changed and isinstance(result, Patient) and result.id is not None:
                patients[result.id] = result
            if changed and isinstance(result, Appointment) and result.id is not None:
                appointments[result.id] = result
            if changed and isinstance(result, OccurrenceChange):
                parent = self._get(Appointment, result.appointment_id)
                if parent is not None and parent.id is not None:
                    appointments[parent.id] = parent
        self.patients.set_name_keys(list(patients.values()))
        for appointment in appointments.values():
            self.visits.relayout(appointment)

    def _write_new(self, record: Any, uid: str = "") -> None:
        table = TABLES[type(record)]
        if isinstance(record, CareTeamMember | OccurrenceChange):
            row = to_row(record)
            self.conn.execute(
                f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
            owner = (
                record.patient_id if isinstance(record, CareTeamMember) else (record.appointment_id)
            )
            self._log("create", table, owner)
            return
        self._insert(record, uid)
        self._log("create", table, record.id)

    def _write_change(self, old: Any, new: Any) -> None:
        table = TABLES[type(new)]
        if isinstance(new, CareTeamMember):
            self.conn.execute(
                "UPDATE care_team_member SET is_emergency = ?, notes = ? WHERE patient_id = ?"
                " AND contact_id = ? AND role = ?",
                [int(new.is_emergency), new.notes, new.patient_id, new.contact_id, new.role.value],
            )
            self._log("change", table, new.patient_id)
            return
        if isinstance(new, OccurrenceChange):
            row = to_row(new)
            self.conn.execute(
                "UPDATE appointment_change SET skipped = ?, start = ?, duration_min = ?,"
                " status = ? WHERE appointment_id = ? AND original_start = ?",
                [
                    row["skipped"],
                    row["start"],
                    row["duration_min"],
                    row["status"],
                    row["appointment_id"],
                    row["original_start"],
                ],
            )
            self._log("change", table, new.appointment_id)
            return
        self._update(new)
        self._log("change", table, new.id)

    def _fhir_link(self, keys: Sequence[str], kind: str, record_id: int, now: str) -> None:
        """Point `keys` at the record (those that point there already are left alone)."""
        known = self.fhir_links(keys)
        keys = [key for key in keys if known.get(key) != (kind, record_id)]
        if not keys:
            return
        columns = [f"{name}_id" for name in LINK_KINDS]
        values = [record_id if name == kind else None for name in LINK_KINDS]
        updates = ", ".join(f"{column} = excluded.{column}" for column in columns)
        self.conn.executemany(
            f"INSERT INTO fhir_link (source_key, kind, {', '.join(columns)}, imported_at)"
            f" VALUES (?, ?, {', '.join('?' * len(columns))}, ?)"
            f" ON CONFLICT (source_key) DO UPDATE SET kind = excluded.kind, {updates},"
            f" imported_at = excluded.imported_at",
            [(key, kind, *values, now) for key in dict.fromkeys(keys)],
        )

    # -- finding what a record already is ---------------------------------------------------------

    def _fhir_find(self, record: Any, item: FhirItem, claimed: set[tuple[str, int]]) -> Any:
        cls = type(record)

        def free(rows: list[T]) -> list[T]:
            return [row for row in rows if (TABLES[cls], getattr(row, "id", 0)) not in claimed]

        if cls in LINKED:
            found = self._linked(record, item)
            if found is None and isinstance(record, Patient):
                found = self._same_mrn(record)
            return found
        if isinstance(record, CareTeamMember):
            rows = self._rows(
                "SELECT * FROM care_team_member WHERE patient_id = ? AND contact_id = ?"
                " AND role = ?",
                [record.patient_id, record.contact_id, record.role.value],
            )
            return from_row(CareTeamMember, rows[0]) if rows else None
        if isinstance(record, OccurrenceChange):
            original = to_row(record)["original_start"]
            rows = self._rows(
                "SELECT * FROM appointment_change WHERE appointment_id = ? AND original_start = ?",
                [record.appointment_id, original],
            )
            return from_row(OccurrenceChange, rows[0]) if rows else None
        if isinstance(record, VisitRecord):
            original = to_row(record)["original_start"]
            visits = self._all(
                VisitRecord,
                "appointment_id = ? AND original_start = ?",
                [record.appointment_id, original],
                "id",
            )
            return visits[0] if visits else None
        if isinstance(record, MedicationEvent):
            return next(
                (
                    event
                    for event in free(
                        self._all(
                            MedicationEvent, "medication_id = ?", [record.medication_id], "id"
                        )
                    )
                    if dataclasses.replace(event, id=None) == record
                ),
                None,
            )
        if isinstance(record, CarePlanReview):
            return next(
                (
                    review
                    for review in free(
                        self._all(CarePlanReview, "care_plan_id = ?", [record.care_plan_id], "id")
                    )
                    if (review.on_date, review.outcome) == (record.on_date, record.outcome)
                ),
                None,
            )
        if isinstance(record, Problem):
            problems = [
                p
                for p in free(self._all(Problem, "care_plan_id = ?", [record.care_plan_id], "id"))
                if folded(p.description) == folded(record.description)
            ]
            return next(
                (p for p in problems if p.condition_id == record.condition_id),
                problems[0] if problems else None,
            )
        if isinstance(record, Intervention):
            same = [
                i
                for i in free(
                    self._all(Intervention, "care_plan_id = ?", [record.care_plan_id], "id")
                )
                if folded(i.description) == folded(record.description)
            ]
            return next(
                (i for i in same if dataclasses.replace(i, id=None) == record),
                same[0] if same else None,
            )
        if isinstance(record, MeasureKind):
            return next(
                (
                    k
                    for k in self._all(MeasureKind, "1", [], "id")
                    if folded(k.name) == folded(record.name)
                ),
                None,
            )
        if isinstance(record, Attachment):
            found = self._all(
                Attachment,
                "name = ? AND media_type = ? AND content = ?",
                [record.name, record.media_type, record.content],
                "id",
            )
            return next(iter(free(found)), None)
        if isinstance(record, AssessmentResult | Measurement | PatientDocument):
            # a record of the patient's measured record is found by every field
            return next(
                (
                    row
                    for row in free(self._all(cls, "patient_id = ?", [record.patient_id], "id"))
                    if dataclasses.replace(row, id=None) == record
                ),
                None,
            )
        raise TypeError(f"cannot import a {cls.__name__}")

    def _by_global_id(self, record: Any, item: FhirItem) -> tuple[Any, bool]:
        """The record the item's global id names, when it can be the incoming one; and whether
        a new record may take the id (no record of its table holds it)."""
        if not item.uid or TABLES[type(record)] not in GLOBAL_ID_TABLES:
            return None, False
        found = self._all(type(record), "uid = ?", [item.uid], "id")
        if found and _same_one(found[0], record):
            return found[0], False
        return None, not found

    def _linked(self, record: Any, item: FhirItem) -> Any:
        cls = type(record)
        kind = LINKED[cls]
        links = self.fhir_links(key for key in item.keys if not key.startswith(OWN))
        for key in item.keys:
            own_kind, _slash, own_id = key.removeprefix(OWN).partition("/")
            if key.startswith(OWN) and own_kind == kind and own_id.isdigit():
                links[key] = (kind, int(own_id))
            if key not in links or links[key][0] != kind:
                continue
            existing = self._get(cls, links[key][1])
            if existing is not None and _same_one(existing, record):
                return existing
        return None

    def _same_mrn(self, patient: Patient) -> Patient | None:
        mrn = patient.external_id.strip()
        if not mrn:
            return None
        found = self._all(Patient, "external_id = ?", [mrn], "id")
        if len(found) != 1:
            return None
        return found[0] if _same_one(found[0], patient) else None

    def _fhir_check(self, record: Any, item: FhirItem) -> None:
        """The caseload's own rules, as the forms apply them; FhirImportError naming the item."""
        try:
            validate_record(record, self.today())
        except ValidationError as error:
            where = " ".join(
                part for part in (item.where + ":" if item.where else "", item.name) if part
            )
            raise FhirImportError(f"{where} {error}".strip()) from None


def _same_one(existing: Any, incoming: Any) -> bool:
    """Whether a record found by a link can be the incoming one (see the module's docstring)."""
    if isinstance(existing, Patient):
        return (
            existing.birth_date is None
            or incoming.birth_date is None
            or existing.birth_date == incoming.birth_date
        )
    if isinstance(existing, Contact):
        return bool(folded(existing.name) == folded(incoming.name))
    owner = _OWNER.get(type(existing))
    return owner is None or getattr(existing, owner) == getattr(incoming, owner)


def _merged(existing: Any, incoming: Any, item: FhirItem) -> Any:
    """The existing record with every field the incoming one gives (see `FhirItem.cleared`)."""
    changes = {}
    for item_field in dataclasses.fields(existing):
        name = item_field.name
        if name == "id":
            continue
        value = getattr(incoming, name)
        if value not in (None, "") or name in item.cleared or name in item.refs:
            changes[name] = value
    return dataclasses.replace(existing, **changes)
