"""The store's reads for FHIR interchange: where imported records came from, and each record's
global id as an export carries it.

A record's global id (its `uid`, a UUIDv7 given by the caseload file; see storage.sync_capture)
is the same in every copy of the caseload and in every teammate's: an export carries it as an
identifier (fhir.global_ids) and an import into any caseload finds the record by it, or makes
the record under it, so that the id never changes on the way.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from carebook.core.kinds import KINDS
from carebook.core.records import Contact, Task, VisitRecord
from carebook.storage.sync_tables import shared_table_names
from carebook.store.base import Part

#: The kinds a link in fhir_link can name (its column is `<kind>_id`), in the registry's order.
LINK_KINDS = tuple(kind.name for kind in KINDS if kind.fhir_link)
#: The tables whose rows have a global id.
GLOBAL_ID_TABLES = frozenset(shared_table_names())
#: The most ids asked for in one statement (SQLite's limit on variables is higher; this keeps
#: each statement small).
_CHUNK = 500


class FhirReads(Part):
    """What an import looks up and a whole-caseload export reads beyond the patients' records."""

    def fhir_links(self, keys: Iterable[str]) -> dict[str, tuple[str, int]]:
        """For each of `keys` that a record came from: (kind, record id) of that record."""
        wanted = list(dict.fromkeys(keys))
        found: dict[str, tuple[str, int]] = {}
        columns = ", ".join(f"{kind}_id" for kind in LINK_KINDS)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for row in self.conn.execute(
                f"SELECT source_key, kind, {columns} FROM fhir_link WHERE source_key IN ({marks})",
                chunk,
            ):
                kind = row[1]
                found[row[0]] = (kind, int(row[2 + LINK_KINDS.index(kind)]))
        return found

    def fhir_identified(self, resource_type: str, value: str) -> dict[str, tuple[str, int]]:
        """Each identity "ident:<resource_type>|<system>|<value>" a record came from, whatever
        its system: (kind, record id) of that record (a conditional reference by value alone)."""
        prefix, suffix = f"ident:{resource_type}|", f"|{value}"
        columns = ", ".join(f"{kind}_id" for kind in LINK_KINDS)
        found: dict[str, tuple[str, int]] = {}
        for row in self.conn.execute(
            f"SELECT source_key, kind, {columns} FROM fhir_link"
            " WHERE source_key >= ? AND source_key < ? AND substr(source_key, -?) = ?",
            [prefix, prefix[:-1] + "}", len(suffix), suffix],  # "}" follows "|"
        ):
            if len(row[0]) > len(prefix) + len(suffix):  # a system between them
                kind = row[1]
                found[row[0]] = (kind, int(row[2 + LINK_KINDS.index(kind)]))
        return found

    def fhir_source(self) -> str:
        """This caseload's name as a source of FHIR resources ("urn:uuid:…"; see m005)."""
        return str(self._scalar("SELECT value FROM meta WHERE key = 'fhir_source'") or "")

    def fhir_link_count(self) -> int:
        return int(self._scalar("SELECT count(*) FROM fhir_link"))

    def fhir_patient_ids(self) -> list[int]:
        """Every patient's id, whatever their status, in id order."""
        return [int(row[0]) for row in self.conn.execute("SELECT id FROM patient ORDER BY id")]

    def fhir_contacts(self) -> list[Contact]:
        """Every contact of the directory, in id order."""
        return self._all(Contact, "1", [], "id")

    def fhir_team_tasks(self) -> list[Task]:
        """The tasks that belong to no patient, in id order."""
        return self._all(Task, "patient_id IS NULL", [], "id")

    def fhir_visit_records(self, patient_id: int) -> list[VisitRecord]:
        """The records of the patient's documented visits, by series and visit."""
        return self._all(
            VisitRecord,
            "appointment_id IN (SELECT id FROM appointment WHERE patient_id = ?)",
            [patient_id],
            "appointment_id, original_start",
        )

    def fhir_global_ids(self, table: str, ids: Collection[int]) -> dict[int, str]:
        """The global id of each of the table's rows `ids` that has one ({} for a table whose
        records have none)."""
        if table not in GLOBAL_ID_TABLES:
            return {}
        wanted = list(dict.fromkeys(ids))
        found: dict[int, str] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            for row_id, uid in self.conn.execute(
                f"SELECT id, uid FROM {table} WHERE id IN ({', '.join('?' * len(chunk))})", chunk
            ):
                if uid:
                    found[int(row_id)] = str(uid)
        return found
