"""What the lists and the Agenda count and show: any list's rows, and reviews that fall due."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from carebook.core.agenda import AgendaCounts, AgendaSpan
from carebook.core.dates import LATEST_DATE
from carebook.core.errors import ValidationError
from carebook.core.list_rows import MedicationRow
from carebook.core.views import ListQuery, ReviewDue
from carebook.core.words import translate
from carebook.storage.listings import (
    LISTINGS,
    PATIENT_ORDER,
    SEARCH_LENGTH,
    SPOKEN_NAME,
    Listing,
    search_clause,
)
from carebook.storage.records import from_row
from carebook.store.base import OpenCaseload, Part
from carebook.store.medications import Medications
from carebook.store.patient_index import patient_index
from carebook.store.tasks import Tasks
from carebook.store.visits import Visits

#: Found by a search this many times or more, a list's page is read along its order.
_MANY = 2000

#: Each kind of review: its kind, key, patient, due date, what it is, tables and condition.
_REVIEW_KINDS = (
    (
        "'medication'",
        "m.id",
        "m.patient_id",
        "m.next_review",
        "m.name",
        "medication m",
        "m.status <> 'stopped' AND m.next_review <= :last",
    ),
    (
        "'goal'",
        "g.id",
        "c.patient_id",
        "g.due_date",
        "g.description",
        "goal g JOIN care_plan c ON c.id = g.care_plan_id",
        "g.lifecycle IN ('proposed', 'active') AND g.due_date <= :last",
    ),
    (
        "'care_plan'",
        "c.id",
        "c.patient_id",
        "c.next_review",
        "c.title",
        "care_plan c",
        "c.status IN ('draft', 'active') AND c.next_review <= :last",
    ),
    (  # a document's expiry or review date (an advance directive to look at again)
        "'document'",
        "d.id",
        "d.patient_id",
        "d.review_on",
        "d.title",
        "patient_document d",
        "d.review_on <= :last",
    ),
)


class Lists(Part):
    """The rows of the window's lists and the CSV export, the Agenda's counts, reviews due."""

    def __init__(
        self, caseload: OpenCaseload, visits: Visits, tasks: Tasks, medications: Medications
    ):
        super().__init__(caseload)
        #: The last count read: (list, its query's conditions, how many), see list_rows.
        self._counted: tuple[str, str, int] | None = None
        self.visits = visits
        self.tasks = tasks
        self.medications = medications

    def reviews_due(self, day: date) -> list[ReviewDue]:
        """Medication, goal, care-plan and document reviews due on `day`, and those overdue."""
        return self.reviews_in(AgendaSpan.day(day))

    def reviews_in(
        self, span: AgendaSpan, offset: int = 0, limit: int | None = None
    ) -> list[ReviewDue]:
        """Reviews due by the span's last day, oldest first; `limit` of them from `offset`."""
        params: dict[str, Any] = {"last": span.last.isoformat()}
        order = "due, sort_key, kind, id"
        if limit is None:
            sql = f"{_reviews_due(what=True)} ORDER BY {order}"
        else:
            # The order comes from the indexes alone; only the page's names are read.
            sql = (
                f"SELECT page.*, CASE page.kind"
                f" WHEN 'medication' THEN (SELECT name FROM medication WHERE id = page.id)"
                f" WHEN 'goal' THEN (SELECT description FROM goal WHERE id = page.id)"
                f" WHEN 'document' THEN (SELECT title FROM patient_document WHERE id = page.id)"
                f" ELSE (SELECT title FROM care_plan WHERE id = page.id) END, {SPOKEN_NAME}"
                f" FROM ({_reviews_due(what=False)} ORDER BY {order}"
                f" LIMIT :limit OFFSET :offset) page JOIN patient p ON p.id = page.patient_id"
                f" ORDER BY {', '.join(f'page.{key}' for key in order.split(', '))}"
            )
            params.update(limit=int(limit), offset=int(offset))
        overdue_before, parse = span.overdue_before, date.fromisoformat
        found = []
        for kind, record_id, patient_id, due, _key, what, patient in self.conn.execute(sql, params):
            due_date = parse(due)
            found.append(
                ReviewDue(
                    kind=kind,
                    record_id=record_id,
                    patient_id=patient_id,
                    patient=patient,
                    what=what,
                    due=due_date,
                    overdue=due_date < overdue_before,
                )
            )
        return found

    def review_count(self, span: AgendaSpan) -> int:
        """How many reviews fall due by the span's last day, counted from the indexes."""
        # Each kind counted on its own: a union would be written out whole before counting.
        counts = " + ".join(
            f"(SELECT count(*) FROM {source} WHERE {where})" for source, where in _review_sources()
        )
        return int(self._scalar(f"SELECT {counts}", {"last": span.last.isoformat()}))

    def agenda_counts(self, span: AgendaSpan) -> AgendaCounts:
        """What the span holds, for the Agenda's labels, without reading the rows themselves."""
        due, overdue = self.tasks.task_counts(span)
        return AgendaCounts(
            visits=self.visits.visit_count(span),
            tasks_due=due,
            tasks_overdue=overdue,
            reviews=self.review_count(span),
        )

    def default_sort(self, listing_name: str) -> str:
        """The field a list view is ordered by until the user picks another."""
        return LISTINGS[listing_name].default_sort

    def list_count(self, listing_name: str, query: ListQuery) -> int:
        """How many rows the list view shows for `query`."""
        listing = LISTINGS[listing_name]
        where, params = self._where(listing, query)
        count = int(
            self._scalar(f"SELECT count(*) FROM {listing.count_source} WHERE {where}", params)
        )
        self._counted = (listing_name, f"{where} {sorted(params.items())}", count)
        return count

    def list_rows(
        self, listing_name: str, query: ListQuery, fields: Sequence[str], offset: int, limit: int
    ) -> list[tuple[Any, ...]]:
        """One page of the list view: the values of `fields` for rows offset..offset+limit."""
        listing = LISTINGS[listing_name]
        where, params = self._where(listing, query)
        # The window counts before it reads a page: a search that found thousands reads its
        # page along the list's order (see search_clause).
        asked = (listing_name, f"{where} {sorted(params.items())}")
        if self._counted is not None and self._counted[:2] == asked and self._counted[2] >= _MANY:
            where, params = self._where(listing, query, many=True)
        selected = ", ".join(listing.fields[name].expr for name in fields)
        sort = listing.fields.get(query.sort or listing.default_sort) or listing.fields["id"]
        direction = " DESC" if query.descending else ""
        order = ", ".join(f"{expr}{direction}" for expr in sort.order_by)
        order = f"{order}, {listing.key}{direction}"
        # The page's rows are chosen first by their order alone, then only they are read
        # whole: a search matching thousands reads no one's allergies but the page's.
        sql = (
            f"SELECT {selected} FROM {listing.source} WHERE {listing.key} IN"
            f" (SELECT {listing.key} FROM {listing.source} WHERE {where}"
            f" ORDER BY {order} LIMIT :limit OFFSET :offset) ORDER BY {order}"
        )
        params["limit"], params["offset"] = int(limit), int(offset)
        return self.conn.execute(sql, params).fetchall()

    def list_records(
        self, listing_name: str, query: ListQuery, offset: int, limit: int, *, checked: bool = True
    ) -> list[Any]:
        """One page of the list view as the window shows it: each row its list's named view
        (carebook.core.list_rows), its values typed; medications with what the medication
        checks say of each (`checked`)."""
        listing = LISTINGS[listing_name]
        names = list(listing.fields)
        rows: list[Any] = [
            from_row(listing.row, dict(zip(names, values, strict=True)))
            for values in self.list_rows(listing_name, query, names, offset, limit)
        ]
        if checked and listing.row is MedicationRow:
            rows = self._with_warnings(rows)
        return rows

    def _with_warnings(self, rows: list[MedicationRow]) -> list[MedicationRow]:
        """The page's medications, each with what the checks say of it (read for the patients
        on the page only, so a long list costs no more than its page)."""
        patients = sorted({row.patient_id for row in rows})
        said: dict[int, str] = {}
        for warnings in self.medications.warnings_by_patient(patients).values():
            for warning in warnings:
                for medication_id in warning.medication_ids:
                    if medication_id is not None and medication_id not in said:
                        said[medication_id] = f"{warning.kind.label}: {warning.explanation}"
        return [replace(row, warning=said[row.id]) if row.id in said else row for row in rows]

    def _where(
        self, listing: Listing, query: ListQuery, *, many: bool = False
    ) -> tuple[str, dict[str, Any]]:
        clauses: list[str] = []
        params: dict[str, Any] = {"today": self.today().isoformat()}
        chosen = (
            listing.filters.get(query.filter, "")
            if query.filter
            else (next(iter(listing.filters.values()), ""))
        )
        if chosen:
            clauses.append(chosen)
        if query.patient_id is not None:
            clauses.append(f"{listing.patient} = :patient_id")
            params["patient_id"] = query.patient_id
        if listing.date_column and query.date_from is not None:
            clauses.append(f"{listing.date_column} >= :date_from")
            params["date_from"] = query.date_from.isoformat()
        if listing.date_column and query.date_to is not None:
            # ISO text: everything on the last day sorts before the next day's date.
            clauses.append(f"{listing.date_column} < :date_after")
            # Nothing is dated after carebook's last day, and the calendar's has no day after.
            params["date_after"] = (min(query.date_to, LATEST_DATE) + timedelta(days=1)).isoformat()
        if len(query.search) > SEARCH_LENGTH:
            raise ValidationError(
                translate(
                    "Lists",
                    "A search is at most {limit} characters (this one has {length}); shorten it.",
                ).format(limit=SEARCH_LENGTH, length=f"{len(query.search):,}"),
                "search",
            )
        index = patient_index(self.conn) if query.search.strip() else None
        search, search_params = search_clause(listing, query.search, index, many=many)
        if search:
            clauses.append(search)
            params.update(search_params)
        return " AND ".join(f"({c})" for c in clauses) or "1", params


def _review_sources() -> list[tuple[str, str]]:
    """Each kind's rows due by :last, joined to its patient (aliased p) if current."""
    return [
        (
            f"{source} JOIN patient p ON p.id = {patient} AND p.status IN ('active', 'on_hold')",
            where,
        )
        for _kind, _key, patient, _due, _name, source, where in _REVIEW_KINDS
    ]


def _reviews_due(what: bool) -> str:
    """Reviews due by :last of current patients: kind, id, patient_id, due, sort key (, what).

    Each kind is joined to its patient on its own, so that none of them is read twice.
    """
    order = ", ".join(PATIENT_ORDER)
    return " UNION ALL ".join(
        f"SELECT {kind} AS kind, {key} AS id, {patient} AS patient_id, {due} AS due,"
        f" {order} AS sort_key"
        + (f", {name} AS what, {SPOKEN_NAME} AS patient" if what else "")
        + f" FROM {source} WHERE {where}"
        for (kind, key, patient, due, name, _source, _where), (source, where) in zip(
            _REVIEW_KINDS, _review_sources(), strict=True
        )
    )
