"""The "measures and assessments" report of one patient: per measure and per instrument, its
chart over time and a table of its latest readings."""

from __future__ import annotations

from carebook.reports import html_page
from carebook.reports.document import (
    Block,
    Chart,
    Column,
    Document,
    Heading,
    Paragraph,
    Section,
    Span,
    Table,
    line,
)
from carebook.reports.patient_blocks import (
    cell,
    count,
    identity,
    masthead,
    nothing,
    prepared,
    short_date,
)
from carebook.reports.trends import TrendSeries, series_of
from carebook.store.caseload import Store

#: How many of a measure's latest readings its table lists, the latest first.
LATEST_READINGS = 6
_COLUMNS = (Column("Date", 30), Column("Reading", 70))


def measures_document(store: Store, patient_id: int, *, prepared_by: str = "") -> Document:
    """The patient's measures and assessment totals as a report, one chart and table each."""
    patient = store.patients.patient(patient_id)
    if patient is None:
        raise LookupError(f"No patient with id {patient_id}.")
    day = store.today()
    blocks = masthead(
        "MEASURES AND ASSESSMENTS",
        patient.display_name,
        line(identity(patient, day)),
        prepared(prepared_by, day),
    )
    found = series_of(store, patient_id)
    if not found:
        blocks += nothing("Measures", "No measures or assessments recorded.")
    for series in found:
        blocks += series_blocks(series)
    title = f"Measures and assessments, {patient.display_name}, {short_date(day)}"
    running = f"Measures and assessments · {patient.display_name} · {short_date(day)}"
    return Document(title=title, sections=[Section(running, blocks)])


def measures_html(store: Store, patient_id: int, paper: str = "a4") -> str:
    """The report as one self-contained HTML page (its charts drawn in SVG)."""
    return html_page.render(measures_document(store, patient_id), paper)


def series_blocks(series: TrendSeries) -> list[Block]:
    """A measure's heading, what it is measured against, its chart and its latest readings."""
    unit = f" ({series.unit})" if series.unit and series.unit != "points" else ""
    about = [count(len(series.points), "reading", "readings")]
    if series.points:
        first, last = series.points[0].at.date(), series.points[-1].at.date()
        about.append(f"{short_date(first)} to {short_date(last)}" if first != last else "")
    if series.normal is not None:
        low, high = series.normal
        about.append(f"normal {_number(low)}–{_number(high)}")
    if series.two_lines:
        about.append("systolic above, diastolic below")
    facts = line(" · ".join(part for part in about if part))
    if series.target_label:
        facts += (Span(" · "), Span(series.target_label, "b"))
    latest = list(reversed(series.points[-LATEST_READINGS:]))
    rows = tuple(
        (
            cell(line(point.at.strftime("%d %b %Y %H:%M").removesuffix(" 00:00"))),
            cell(line(point.label)),
        )
        for point in latest
    )
    return [
        Heading(f"{series.title}{unit}"),
        Paragraph(facts, "subtitle"),
        Chart(series),
        Heading(f"Latest readings ({len(latest)} of {len(series.points)})", 3),
        Table(_COLUMNS, rows, "grid"),
    ]


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")
