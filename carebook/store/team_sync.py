"""The caseload's team, as the window reads it: how sync stands, the conflicts to settle, and
settling one (a change the door makes undoable, which syncs like any other)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from carebook.core.kinds import BY_NAME, BY_TABLE
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.storage import sync_conflicts, sync_state
from carebook.storage.sync_conflicts import Conflict
from carebook.storage.sync_outbox import count_waiting
from carebook.store.base import Part

#: The clinical fields (those a conflict can be about) in words, translated where shown.
FIELD_WORDS = {
    "name": QT_TRANSLATE_NOOP("SyncFields", "name"),
    "strength": QT_TRANSLATE_NOOP("SyncFields", "strength"),
    "dose": QT_TRANSLATE_NOOP("SyncFields", "dose"),
    "route": QT_TRANSLATE_NOOP("SyncFields", "route"),
    "frequency": QT_TRANSLATE_NOOP("SyncFields", "frequency"),
    "as_needed": QT_TRANSLATE_NOOP("SyncFields", "as needed"),
    "max_per_day": QT_TRANSLATE_NOOP("SyncFields", "most a day"),
    "status": QT_TRANSLATE_NOOP("SyncFields", "status"),
    "substance": QT_TRANSLATE_NOOP("SyncFields", "substance"),
    "reaction": QT_TRANSLATE_NOOP("SyncFields", "reaction"),
    "severity": QT_TRANSLATE_NOOP("SyncFields", "severity"),
    "criticality": QT_TRANSLATE_NOOP("SyncFields", "criticality"),
    "noted_date": QT_TRANSLATE_NOOP("SyncFields", "noted on"),
    "allergy_statement": QT_TRANSLATE_NOOP("SyncFields", "allergy statement"),
    "description": QT_TRANSLATE_NOOP("SyncFields", "description"),
    "target": QT_TRANSLATE_NOOP("SyncFields", "target"),
    "measure": QT_TRANSLATE_NOOP("SyncFields", "measure"),
    "measure_target": QT_TRANSLATE_NOOP("SyncFields", "measure's target"),
    "measure_below": QT_TRANSLATE_NOOP("SyncFields", "target is a most"),
    "title": QT_TRANSLATE_NOOP("SyncFields", "title"),
    "category": QT_TRANSLATE_NOOP("SyncFields", "category"),
    "signed_on": QT_TRANSLATE_NOOP("SyncFields", "signed on"),
    "review_on": QT_TRANSLATE_NOOP("SyncFields", "review on"),
    "notes": QT_TRANSLATE_NOOP("SyncFields", "notes"),
    "content": QT_TRANSLATE_NOOP("SyncFields", "file"),
}

#: (table, id) of the record an undo snapshot carries.
Root = tuple[str, int]


@dataclass(frozen=True, slots=True)
class TeamStatus:
    """How this caseload's sync stands, for the status bar and the Today view."""

    team: sync_state.TeamState | None
    waiting: int
    conflicts: int


class TeamSync(Part):
    """Reading the team's state and settling conflicts, over the store's caseload."""

    def status(self) -> TeamStatus:
        return TeamStatus(
            sync_state.team_of(self.conn),
            count_waiting(self.conn),
            sync_conflicts.count_open(self.conn),
        )

    def conflicts(self) -> list[Conflict]:
        return sync_conflicts.open_conflicts(self.conn)

    def settle(self, conflict_id: int, keep: str) -> None:
        """Keep "mine" or "theirs" in one transaction (ConflictError says why it cannot)."""
        with self._transaction():
            sync_conflicts.settle(self.conn, conflict_id, keep)

    def root_of(self, conflict: Conflict) -> Root | None:
        """The record whose undo snapshot carries the conflicted one, if it is here."""
        kind = BY_TABLE.get(conflict.kind)
        row = self._row(conflict.kind, conflict.uid)
        if kind is None or row is None:
            return None
        if kind.undo_root == kind.name or not isinstance(kind.owner_field, str):
            return (conflict.kind, int(row["id"])) if "id" in row else None
        owner = BY_NAME[kind.undo_root]
        value = row.get(kind.owner_field)
        return None if value is None else (owner.table, int(value))

    def describe(self, conflict: Conflict) -> str:
        """What the conflicted record is, in the coordinator's words ("medication of Ada Reyes")."""
        kind = BY_TABLE.get(conflict.kind)
        label = kind.label if kind is not None else conflict.kind.replace("_", " ")
        row = self._row(conflict.kind, conflict.uid)
        patient = None
        if row is not None and "patient_id" in row and row["patient_id"] is not None:
            patient = self._scalar(
                "SELECT given || ' ' || family FROM patient WHERE id = ?", [row["patient_id"]]
            )
        said = label
        if patient:
            said = translate("Sync", "{kind} of {patient}").format(kind=label, patient=patient)
        return said[:1].upper() + said[1:]

    def field_label(self, conflict: Conflict) -> str:
        """The conflicted field in the coordinator's words ("dose", "most a day")."""
        if conflict.field is None:
            return translate("Sync", "the whole record")
        named = FIELD_WORDS.get(conflict.field)
        return translate("SyncFields", named) if named else conflict.field.replace("_", " ")

    def _row(self, table: str, uid: str) -> dict[str, Any] | None:
        if table not in BY_TABLE and table not in {"audit_log", "fhir_link"}:
            return None
        cursor = self.conn.execute(f"SELECT * FROM {table} WHERE uid = ?", [uid])
        names = [d[0] for d in cursor.description]
        found = cursor.fetchone()
        return None if found is None else dict(zip(names, found, strict=True))
