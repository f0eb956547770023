"""The year's mileage log printed: totals by purpose at the standard rates, then every trip."""

from __future__ import annotations

from typing import TYPE_CHECKING

from carebook.core.money import format_mills
from carebook.core.words import translate
from carebook.reports import html_page
from carebook.reports.billing_reports_wording import (
    MONEY,
    business_footer,
    distance,
    money,
    money_column,
    tenths,
)
from carebook.reports.document import (
    Block,
    Cell,
    Column,
    Document,
    Heading,
    Paragraph,
    Rule,
    Section,
    Span,
    Table,
    line,
)
from carebook.reports.mileage_log_data import (
    LoggedTrip,
    MileageLog,
    PurposeTotal,
    as_json,
    mileage_log,
)
from carebook.reports.patient_blocks import NONE, cell, count, short_date

if TYPE_CHECKING:
    from carebook.store.caseload import Store

__all__ = [
    "LoggedTrip",
    "MileageLog",
    "PurposeTotal",
    "as_json",
    "document",
    "mileage_log",
    "mileage_log_document",
    "mileage_log_html",
]


def mileage_log_document(store: Store, year: int) -> Document:
    """The year's mileage log as a printed document."""
    return document(mileage_log(store, year))


def mileage_log_html(store: Store, year: int, paper: str = "a4") -> str:
    """The year's mileage log as one self-contained web page."""
    return html_page.render(document(mileage_log(store, year)), paper)


def document(log: MileageLog) -> Document:
    unit = log.unit
    said = [
        count(
            len(log.trips),
            translate("MileageLog", "1 trip"),
            translate("MileageLog", "{n} trips"),
        ),
        translate("MileageLog", "distances in {unit}").format(unit=unit.label.lower()),
    ]
    if log.practice.strip():
        said.insert(0, log.practice.strip())
    title = translate("MileageLog", "Mileage log {year}").format(year=log.year)
    blocks: list[Block] = [
        Paragraph(line(translate("MileageLog", "MILEAGE LOG")), "kicker"),
        Heading(title, 1),
        Paragraph(line(" · ".join(said)), "subtitle"),
        Rule(),
        Heading(translate("MileageLog", "Totals by purpose")),
        _totals(log),
    ]
    blocks += _odometer(log)
    heading = translate("MileageLog", "Trips ({count})").format(count=len(log.trips))
    if log.trips:
        blocks += [Heading(heading), _trips(log)]
    else:
        none = translate("MileageLog", "No trips logged in {year}.").format(year=log.year)
        blocks += [Heading(heading), Paragraph(line(none), NONE)]
    running = title + (f" · {log.practice}" if log.practice.strip() else "")
    return Document(title=title, sections=[Section(running, blocks)], footer=business_footer())


def _totals(log: MileageLog) -> Table:
    columns = (
        Column(translate("MileageLog", "Purpose"), 28),
        money_column(translate("MileageLog", "Trips"), 12),
        money_column(log.unit.label, 20),
        money_column(translate("MileageLog", "Rate for {year}").format(year=log.year), 20),
        money_column(translate("MileageLog", "Deductible"), 20),
    )

    def row(total: PurposeTotal) -> tuple[Cell, ...]:
        return (
            cell(line(total.purpose.label)),
            cell(line(str(total.trips)), style=MONEY),
            cell(line(tenths(total.distance_tenths)), style=MONEY),
            cell(
                line(f"{format_mills(total.rate_mills, log.currency)}/{log.unit.short}"),
                style=MONEY,
            ),
            cell(line(money(total.deductible_cents, log.currency)), style=MONEY),
        )

    rows = [row(total) for total in log.totals]
    rows.append(
        (
            cell(line(Span(translate("MileageLog", "All trips"), "b"))),
            cell(line(Span(str(len(log.trips)), "b")), style=MONEY),
            cell(line(Span(tenths(log.distance_tenths), "b")), style=MONEY),
            cell(),
            cell(line(Span(money(log.deductible_cents, log.currency), "b")), style=MONEY),
        )
    )
    return Table(columns, tuple(rows), "grid totals")


def _odometer(log: MileageLog) -> list[Block]:
    first, last = log.first_odometer_tenths, log.last_odometer_tenths
    if first is None or last is None:
        none = translate("MileageLog", "No odometer readings were logged this year.")
        return [Paragraph(line(none), NONE)]
    rows = (
        (
            cell(line(translate("MileageLog", "First reading"))),
            cell(line(distance(first, log.unit))),
        ),
        (
            cell(line(translate("MileageLog", "Last reading"))),
            cell(line(distance(last, log.unit))),
        ),
        (
            cell(line(translate("MileageLog", "Between them"))),
            cell(line(distance(last - first, log.unit))),
        ),
    )
    return [
        Heading(translate("MileageLog", "Odometer"), 3),
        Table((Column("", 20, "label"), Column("", 80)), rows, "facts"),
    ]


def _trips(log: MileageLog) -> Table:
    columns = (
        Column(translate("MileageLog", "Date"), 11, "when"),
        Column(translate("MileageLog", "From"), 13),
        Column(translate("MileageLog", "To"), 22),
        Column(translate("MileageLog", "Purpose"), 11),
        Column(translate("MileageLog", "Client"), 16),
        money_column(translate("MileageLog", "Distance"), 9),
        money_column(translate("MileageLog", "Running"), 9),
        money_column(translate("MileageLog", "Odometer"), 9),
    )
    rows = []
    back = Span(translate("MileageLog", " and back"), "detail")
    for trip in log.trips:
        to = [line(trip.to_place, back if trip.round_trip else "")]
        if trip.notes.strip():
            to.append(line(Span(trip.notes.strip(), "detail")))
        rows.append(
            (
                cell(line(short_date(trip.on_date))),
                cell(line(trip.from_place)),
                cell(*to),
                cell(line(trip.purpose.label)),
                cell(line(trip.client) or line(Span("—", NONE))),
                cell(line(tenths(trip.distance_tenths)), style=MONEY),
                cell(line(tenths(trip.running_tenths)), style=MONEY),
                cell(*_readings(trip), style=MONEY),
            )
        )
    return Table(columns, tuple(rows), "grid trips")


def _readings(trip: LoggedTrip) -> tuple[tuple[Span, ...], ...]:
    start, end = trip.odometer_start_tenths, trip.odometer_end_tenths
    if start is None and end is None:
        return ()
    return tuple(line(tenths(reading)) for reading in (start, end) if reading is not None)
