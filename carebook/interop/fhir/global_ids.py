"""A record's global id carried through FHIR as an identifier, surviving export and import.

Every record of a caseload has a global id (its uid: a UUID the same in every copy of the
caseload and in every teammate's). Each resource made from a record carries it as an identifier
whose system names the record's table, `https://carebook.invalid/fhir/sid/<table>`: the table
is in the system because one resource may be read back as several records (a CarePlan gives
the plan, its problems and its interventions), and the id belongs to the one record of that
table. An import finds the record by it, or makes the record under it (store.fhir_links), so a
caseload exported and imported elsewhere, or a teammate's export imported, never gives a record
a second id. Other systems see one more identifier, which FHIR lets a resource have.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from typing import Any

from carebook.interop.fhir import elements as fe
from carebook.interop.fhir import values as fv

Json = dict[str, Any]
#: The global ids of some rows of a table: (table, row ids) -> row id -> global id.
GlobalIds = Callable[[str, Collection[int]], dict[int, str]]

#: The system of every global id's identifier, followed by the record's table.
SYSTEM = f"{fv.BASE}sid/"
#: A resource id made from a table and a row ("care-plan-3").
_RESOURCE_ID = re.compile(r"(?P<prefix>[a-z]+(?:-[a-z]+)*)-(?P<id>\d{1,18})")
#: The resource ids whose prefix is not their table's name.
_TABLE_OF_PREFIX = {
    "answers": "assessment_result",
    "assessment": "assessment_result",
    "document": "patient_document",
}
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
#: The resource types whose identifier is one Identifier rather than a list of them.
_ONE_IDENTIFIER = frozenset({"QuestionnaireResponse"})


def record_of(resource: Json) -> tuple[str, int] | None:
    """The table and row a resource of carebook's export was made from, by its id."""
    found = _RESOURCE_ID.fullmatch(fe.text_of(resource.get("id")))
    if found is None:
        return None
    prefix = found.group("prefix")
    return _TABLE_OF_PREFIX.get(prefix, prefix.replace("-", "_")), int(found.group("id"))


def carry(resources: Iterable[Json], global_ids: GlobalIds) -> None:
    """Give each resource made from a record its record's global id, as an identifier (one
    look-up per table for all of `resources`)."""
    wanted: dict[str, list[tuple[int, Json]]] = {}
    for resource in resources:
        made_from = record_of(resource)
        if made_from is not None:
            wanted.setdefault(made_from[0], []).append((made_from[1], resource))
    for table, rows in wanted.items():
        found = global_ids(table, [row_id for row_id, _resource in rows])
        for row_id, resource in rows:
            if row_id in found:
                _add(resource, {"system": SYSTEM + table, "value": found[row_id]})


def global_id(resource: Json, table: str) -> str:
    """The global id a resource carries for a record of `table` ("" when none, or not a UUID)."""
    system = SYSTEM + table
    for identifier in fe.dicts(resource.get("identifier")):
        if fe.text_of(identifier.get("system")) == system:
            value = fe.text_of(identifier.get("value")).lower()
            return value if _UUID.fullmatch(value) else ""
    return ""


def _add(resource: Json, identifier: Json) -> None:
    """The identifier added to the resource's (placed after its id and meta when it had none)."""
    existing = resource.get("identifier")
    if isinstance(existing, list):
        existing.append(identifier)
        return
    if existing is not None:  # one Identifier, where the type allows only one
        return
    value: Any = identifier if resource.get("resourceType") in _ONE_IDENTIFIER else [identifier]
    rebuilt: Json = {}
    for key, item in resource.items():
        rebuilt[key] = item
        if key == ("meta" if "meta" in resource else "id"):
            rebuilt["identifier"] = value
    resource.clear()
    resource.update(rebuilt)
