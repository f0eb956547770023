"""The "measures and assessments" report of one patient: per measure and per instrument, its
chart over time and a table of its latest readings."""

from __future__ import annotations

from datetime import datetime

from carebook.core.calendar_words import clock_text, day_text
from carebook.core.words import translate
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


def measures_document(store: Store, patient_id: int, *, prepared_by: str = "") -> Document:
    """The patient's measures and assessment totals as a report, one chart and table each."""
    patient = store.patients.patient(patient_id)
    if patient is None:
        raise LookupError(
            translate("MeasuresReport", "No patient with id {id}.").format(id=patient_id)
        )
    day = store.today()
    blocks = masthead(
        translate("MeasuresReport", "MEASURES AND ASSESSMENTS"),
        patient.display_name,
        line(identity(patient, day)),
        prepared(prepared_by, day),
    )
    found = series_of(store, patient_id)
    if not found:
        blocks += nothing(
            translate("MeasuresReport", "Measures"),
            translate("MeasuresReport", "No measures or assessments recorded."),
        )
    for series in found:
        blocks += series_blocks(series)
    title = translate("MeasuresReport", "Measures and assessments, {name}, {date}").format(
        name=patient.display_name, date=short_date(day)
    )
    running = translate("MeasuresReport", "Measures and assessments · {name} · {date}").format(
        name=patient.display_name, date=short_date(day)
    )
    return Document(title=title, sections=[Section(running, blocks)])


def measures_html(store: Store, patient_id: int, paper: str = "a4") -> str:
    """The report as one self-contained HTML page (its charts drawn in SVG)."""
    return html_page.render(measures_document(store, patient_id), paper)


def series_blocks(series: TrendSeries) -> list[Block]:
    """A measure's heading, what it is measured against, its chart and its latest readings."""
    title = series.title
    if series.unit and series.unit != "points":
        title = translate("MeasuresReport", "{measure} ({unit})").format(
            measure=series.title, unit=series.unit
        )
    about = [
        count(
            len(series.points),
            translate("MeasuresReport", "1 reading"),
            translate("MeasuresReport", "{n} readings"),
        )
    ]
    if series.points:
        first, last = series.points[0].at.date(), series.points[-1].at.date()
        if first != last:
            about.append(
                translate("MeasuresReport", "{first} to {last}").format(
                    first=short_date(first), last=short_date(last)
                )
            )
    if series.normal is not None:
        low, high = series.normal
        about.append(
            translate("MeasuresReport", "normal {low}–{high}").format(
                low=_number(low), high=_number(high)
            )
        )
    if series.two_lines:
        about.append(translate("MeasuresReport", "systolic above, diastolic below"))
    facts = line(" · ".join(part for part in about if part))
    if series.target_label:
        facts += (Span(" · "), Span(series.target_label, "b"))
    latest = list(reversed(series.points[-LATEST_READINGS:]))
    rows = tuple(
        (
            cell(line(_when(point.at))),
            cell(line(point.label)),
        )
        for point in latest
    )
    latest_heading = translate("MeasuresReport", "Latest readings ({shown} of {count})").format(
        shown=len(latest), count=len(series.points)
    )
    columns = (
        Column(translate("MeasuresReport", "Date"), 30),
        Column(translate("MeasuresReport", "Reading"), 70),
    )
    return [
        Heading(title),
        Paragraph(facts, "subtitle"),
        Chart(series),
        Heading(latest_heading, 3),
        Table(columns, rows, "grid"),
    ]


def _when(at: datetime) -> str:
    """ "07 Mar 2026 09:30", or the day alone for a reading at midnight (an assessment's)."""
    if at.hour == 0 and at.minute == 0:
        return day_text(at.date())
    return translate("MeasuresReport", "{date} {time}").format(
        date=day_text(at.date()), time=clock_text(at)
    )


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")
