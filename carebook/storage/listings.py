"""The SQL behind each list view: its rows, fields, search, filters and order."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from carebook.core.list_rows import (
    ActivityRow,
    DirectoryRow,
    MedicationRow,
    PatientRow,
    TaskRow,
    VisitRow,
)
from carebook.core.name_keys import folded

#: "Family, Given" for a patient row aliased p; the order patients are listed in everywhere.
PATIENT_NAME = (
    "(p.family || CASE WHEN p.family <> '' AND p.given <> '' THEN ', ' ELSE '' END || p.given"
    " || CASE WHEN p.given = '' AND p.family = '' THEN p.preferred_name ELSE '' END)"
)
#: Accent- and script-aware order (see name_keys): "Élise" files under E, not after Z.
PATIENT_ORDER = ("p.sort_key",)
ACTIVE_ALLERGIES = (
    "(SELECT group_concat(substance, ', ') FROM allergy"
    " WHERE allergy.patient_id = p.id AND allergy.status = 'active')"
)
# The SQL twins of domain.spoken_name and domain.format_address for a patient row aliased p, so
# that reading a whole day builds no strings in Python (tests check they agree).
_GIVEN_SPOKEN = (
    "CASE WHEN p.preferred_name <> '' AND p.preferred_name <> p.given THEN"
    " CASE WHEN p.given <> '' THEN p.given || ' (' || p.preferred_name || ')'"
    " ELSE p.preferred_name END ELSE p.given END"
)
#: "Margaret (Peggy) O'Neill" for a patient row aliased p.
SPOKEN_NAME = (
    f"CASE WHEN ({_GIVEN_SPOKEN}) <> '' AND p.family <> ''"
    f" THEN ({_GIVEN_SPOKEN}) || ' ' || p.family"
    f" WHEN ({_GIVEN_SPOKEN}) <> '' THEN ({_GIVEN_SPOKEN}) ELSE p.family END"
)
_REGION_POSTAL = (
    "substr(CASE WHEN p.region <> '' THEN ' ' || p.region ELSE '' END"
    " || CASE WHEN p.postal_code <> '' THEN ' ' || p.postal_code ELSE '' END, 2)"
)
#: "1 High St, Leeds, West Yorkshire LS1 4AP" for a patient row aliased p.
POSTAL_ADDRESS = (
    "substr(CASE WHEN p.address_line <> '' THEN ', ' || p.address_line ELSE '' END"
    " || CASE WHEN p.city <> '' THEN ', ' || p.city ELSE '' END"
    f" || CASE WHEN p.region <> '' OR p.postal_code <> '' THEN ', ' || {_REGION_POSTAL}"
    " ELSE '' END, 3)"
)


@dataclass(frozen=True, slots=True)
class Field:
    """One value a list row can show: how to read it, and how to order by it."""

    expr: str
    order: tuple[str, ...] = ()

    @property
    def order_by(self) -> tuple[str, ...]:
        return self.order or (self.expr,)


@dataclass(frozen=True, slots=True)
class Lookup:
    """A search through a linked table: `column IN (SELECT id FROM table WHERE field LIKE …)`.

    Searching this way keeps the list's own indexes usable and needs no join to count.
    """

    column: str
    table: str
    fields: tuple[str, ...]


PATIENT_LOOKUP = ("search_key",)
#: What a patient is searched by (see name_keys.patient_search_key).
PATIENT_SEARCH = "p.search_key"
#: How a search finds patients through the search index instead of reading each of them
#: (storage.finding gives both): the SQL of their ids for a named parameter, and the index's
#: query for the words typed.
PatientIndex = tuple[Callable[[str], str], Callable[[list[str]], str]]
#: The longest search a list takes: a whole one-line field. SQLite refuses a LIKE pattern of
#: more than 50,000 bytes ("too complex"); a search this long stays far below that.
SEARCH_LENGTH = 300


@dataclass(frozen=True, slots=True)
class Listing:
    """A list of records: the tables it reads, its fields, search, filters and default order.

    `count_source` is the list's own table alone: filters and searches only use its columns (or
    Lookups), so counting never has to join.
    """

    name: str
    source: str
    count_source: str
    key: str
    fields: dict[str, Field]
    search: tuple[str | Lookup, ...]
    patient: str
    #: The named view one row becomes in the window (carebook.core.list_rows), its fields
    #: those of the list.
    row: type
    filters: dict[str, str] = field(default_factory=dict)
    default_sort: str = ""
    date_column: str = ""  # what a date range narrows (an ISO date or date-time column)


LISTINGS: dict[str, Listing] = {}


def _register(listing: Listing) -> None:
    LISTINGS[listing.name] = listing


_register(
    Listing(
        name="patients",
        source="patient p",
        count_source="patient p",
        key="p.id",
        fields={
            "id": Field("p.id"),
            "name": Field(PATIENT_NAME, PATIENT_ORDER),
            "preferred_name": Field("p.preferred_name", ("p.preferred_name COLLATE NOCASE",)),
            "birth_date": Field("p.birth_date"),
            "sex": Field("p.sex"),
            "phone": Field("p.phone"),
            "address": Field("p.address_line", ("p.address_line COLLATE NOCASE",)),
            "city": Field("p.city", ("p.city COLLATE NOCASE",)),
            "postal_code": Field("p.postal_code"),
            "status": Field("p.status"),
            "payer": Field("p.payer", ("p.payer COLLATE NOCASE",)),
            "external_id": Field("p.external_id"),
            "allergies": Field(ACTIVE_ALLERGIES),
            "allergy_statement": Field("p.allergy_statement"),
        },
        search=(PATIENT_SEARCH,),
        patient="p.id",
        row=PatientRow,
        filters={
            "active": "p.status IN ('active', 'on_hold')",
            "discharged": "p.status IN ('discharged', 'deceased')",
            "all": "",
        },
        default_sort="name",
    )
)

_register(
    Listing(
        name="medications",
        source=(
            "medication m JOIN patient p ON p.id = m.patient_id"
            " LEFT JOIN contact prescriber ON prescriber.id = m.prescriber_id"
        ),
        count_source="medication m",
        key="m.id",
        fields={
            "id": Field("m.id"),
            "patient_id": Field("m.patient_id"),
            "patient": Field(PATIENT_NAME, PATIENT_ORDER),
            "name": Field("m.name", ("m.name COLLATE NOCASE",)),
            "strength": Field("m.strength"),
            "dose": Field("m.dose"),
            "route": Field("m.route"),
            "frequency": Field("m.frequency"),
            "as_needed": Field("m.as_needed"),
            "indication": Field("m.indication", ("m.indication COLLATE NOCASE",)),
            "prescriber": Field(
                "coalesce(prescriber.name, '')", ("prescriber.name COLLATE NOCASE",)
            ),
            "allergies": Field(ACTIVE_ALLERGIES),
            "start_date": Field("m.start_date"),
            "next_review": Field("m.next_review"),
            "status": Field("m.status"),
        },
        search=("m.name", "m.indication", Lookup("m.patient_id", "patient", PATIENT_LOOKUP)),
        patient="m.patient_id",
        row=MedicationRow,
        filters={
            "current": "m.status IN ('active', 'on_hold')",
            "review_due": "m.status <> 'stopped' AND m.next_review <= :today",
            "stopped": "m.status = 'stopped'",
            "all": "",
        },
        default_sort="patient",
    )
)

_register(
    Listing(
        name="appointments",
        source=(
            "occurrence o JOIN appointment a ON a.id = o.appointment_id"
            " JOIN patient p ON p.id = o.patient_id"
        ),
        count_source="occurrence o",
        key="o.id",
        fields={
            "id": Field("o.id"),
            "appointment_id": Field("o.appointment_id"),
            "patient_id": Field("o.patient_id"),
            "start": Field("o.start"),
            "original_start": Field("o.original_start"),
            "ends": Field("o.ends"),
            "patient": Field(PATIENT_NAME, PATIENT_ORDER),
            "kind": Field("a.kind"),
            "purpose": Field("a.purpose", ("a.purpose COLLATE NOCASE",)),
            "with_whom": Field("a.with_whom", ("a.with_whom COLLATE NOCASE",)),
            "location": Field("a.location"),
            "transport": Field("a.transport"),
            "repeats": Field("a.rrule"),
            "status": Field("o.status"),
            "allergies": Field(ACTIVE_ALLERGIES),
        },
        search=(
            Lookup("o.patient_id", "patient", PATIENT_LOOKUP),
            Lookup("o.appointment_id", "appointment", ("purpose", "with_whom", "location")),
        ),
        patient="o.patient_id",
        row=VisitRow,
        filters={
            "upcoming": "o.start >= :today",
            "past": "o.start < :today",
            "done": "o.status = 'done'",
            "missed": "o.status IN ('cancelled', 'no_show')",
            "all": "",
        },
        default_sort="start",
        date_column="o.start",
    )
)

_register(
    Listing(
        name="tasks",
        source="task t LEFT JOIN patient p ON p.id = t.patient_id",
        count_source="task t",
        key="t.id",
        fields={
            "id": Field("t.id"),
            "patient_id": Field("t.patient_id"),
            "title": Field("t.title", ("t.title COLLATE NOCASE",)),
            "patient": Field(f"coalesce({PATIENT_NAME}, '')", PATIENT_ORDER),
            "due_date": Field("t.due_date", ("t.due_date IS NULL", "t.due_date", "t.due_time")),
            "due_time": Field("t.due_time"),
            # ASAP and urgent first, then by when each is due (the list opens in this order).
            "priority": Field(
                "t.priority",
                (
                    "CASE t.priority WHEN 'asap' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END",
                    "t.due_date IS NULL",
                    "t.due_date",
                    "t.due_time IS NULL",
                    "t.due_time",
                ),
            ),
            "status": Field("t.status"),
            "overdue": Field("(t.status = 'open' AND t.due_date < :today)"),
            "repeats": Field("t.rrule"),
            "completed_at": Field("t.completed_at"),
        },
        search=("t.title", "t.details", Lookup("t.patient_id", "patient", PATIENT_LOOKUP)),
        patient="t.patient_id",
        row=TaskRow,
        filters={
            "open": "t.status = 'open'",
            "overdue": "t.status = 'open' AND t.due_date < :today",
            "done": "t.status = 'done'",
            "cancelled": "t.status = 'cancelled'",
            "all": "",
        },
        default_sort="priority",
        date_column="t.due_date",
    )
)


#: Contacts by what they are to a patient, for the Directory's filters.
_CLINICIANS = "'physician', 'nurse_practitioner', 'therapist', 'social_worker'"
_FAMILY = "'caregiver', 'power_of_attorney', 'emergency_contact'"

_register(
    Listing(
        # The shared directory: everyone on any care team, and the services patients are sent to.
        name="directory",
        source="contact c",
        count_source="contact c",
        key="c.id",
        fields={
            "id": Field("c.id"),
            "name": Field("c.name", ("c.name COLLATE NOCASE",)),
            "role": Field("c.role"),
            "organization": Field("c.organization", ("c.organization COLLATE NOCASE",)),
            "phone": Field("c.phone"),
            "email": Field("c.email"),
            "services": Field("c.services", ("c.services COLLATE NOCASE",)),
            "hours": Field("c.hours"),
            "eligibility": Field("c.eligibility"),
            "serves": Field(
                "(SELECT count(DISTINCT m.patient_id) FROM care_team_member m"
                " WHERE m.contact_id = c.id)"
            ),
        },
        search=("c.name", "c.organization", "c.services", "c.phone", "c.eligibility"),
        patient="NULL",
        row=DirectoryRow,
        filters={
            "all": "",
            "resources": "c.role IN ('community_resource', 'agency')",
            "clinicians": f"c.role IN ({_CLINICIANS})",
            "pharmacies": "c.role = 'pharmacy'",
            "family": f"c.role IN ({_FAMILY})",
        },
        default_sort="name",
    )
)

_register(
    Listing(
        # What was done to which record, and when: never what a record says (the activity log).
        name="activity",
        source="audit_log l",
        count_source="audit_log l",
        key="l.id",
        fields={
            "id": Field("l.id"),
            "at": Field("l.at", ("l.at", "l.id")),
            "action": Field("l.action"),
            "record_kind": Field("l.record_kind"),
            "record_id": Field("l.record_id"),
            "summary": Field("l.summary", ("l.summary COLLATE NOCASE",)),
        },
        search=("l.record_kind", "l.action", "l.summary", "CAST(l.record_id AS TEXT)"),
        patient="NULL",
        row=ActivityRow,
        filters={
            "all": "",
            "create": "l.action = 'create'",
            "change": "l.action = 'change'",
            "delete": "l.action = 'delete'",
            "restore": "l.action = 'restore'",
            "print": "l.action = 'print'",
            "export": "l.action = 'export'",
            "import": "l.action = 'import'",
        },
        default_sort="at",
        date_column="l.at",
    )
)


_UNSEARCHABLE = re.compile("[\x00\ud800-\udfff]")


def like_escaped(text: str) -> str:
    """Text for a LIKE pattern, its own % and _ taken literally (ESCAPE '\\')."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def searchable(text: str) -> str:
    """The text without what no record holds and SQLite cannot be given: a NUL, or half of a
    character (a name pasted from a damaged file, or a command line in the wrong encoding)."""
    return _UNSEARCHABLE.sub("", text)


def search_clause(
    listing: Listing, text: str, index: PatientIndex | None = None, *, many: bool = False
) -> tuple[str, dict[str, Any]]:
    """Every word of `text` must appear in one of the listing's search fields; with `index`,
    patients are found through it (see finding.list_query for what a short word finds), and
    a search of patients for one letter lists the family names beginning with it."""
    # `many`: the search is known to find thousands of patients (see store.lists).
    clauses = []
    params: dict[str, Any] = {}
    # Folded like the stored keys, so "elise" and "ÉLISE" both find Élise.
    words = [folded(word) for word in searchable(text).split()[:8]]
    if index is not None and listing.search == (PATIENT_SEARCH,):
        if len(words) == 1 and len(words[0]) == 1 and words[0] < "\U0010ffff":
            # One letter: the family names beginning with it, read along the order's index.
            params["letter"], params["after"] = words[0], chr(ord(words[0]) + 1)
            return "p.sort_key >= :letter AND p.sort_key < :after", params
        # One query of the index for every word: the patients it names are the list.
        matching, query = index
        params["search"] = query(words)
        # Found by the thousand (`many`), they are read along the list's order, each looked
        # up in what the index found, rather than each of them looked up and then sorted.
        found = f"{'+' if many else ''}p.id IN ({matching('search')})"
        return (found if params["search"] else ""), params
    for number, word in enumerate(words):
        name = f"search{number}"
        params[name] = f"%{like_escaped(word)}%"
        indexed = index[1]([word]) if index is not None and word else ""
        terms = []
        for item in listing.search:
            if isinstance(item, Lookup) and item.table == "patient" and index and indexed:
                params[f"{name}_index"] = indexed
                terms.append(f"{item.column} IN ({index[0](f'{name}_index')})")
            elif isinstance(item, Lookup):
                matches = " OR ".join(f"{f} LIKE :{name} ESCAPE '\\'" for f in item.fields)
                terms.append(f"{item.column} IN (SELECT id FROM {item.table} WHERE {matches})")
            else:
                terms.append(f"{item} LIKE :{name} ESCAPE '\\'")
        clauses.append("(" + " OR ".join(terms) + ")")
    return " AND ".join(clauses), params
