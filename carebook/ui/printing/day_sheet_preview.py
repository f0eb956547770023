"""The day sheet as a report the window previews, prints and saves: a day, or a week."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from carebook.core.words import translate
from carebook.reports.day_sheet import document, gather
from carebook.reports.document import Document
from carebook.ui.commands import Caseload
from carebook.ui.printing.report_preview import Report, ReportOption


def _describe(days: list[date]) -> str:
    """The days as the title and the suggested file name say them (ISO, as a file name is)."""
    if len(days) == 1:
        return days[0].isoformat()
    return translate("DaySheetPreview", "{first} to {last}").format(
        first=days[0].isoformat(), last=days[-1].isoformat()
    )


def day_sheet_report(caseload: Caseload, days: list[date]) -> Report:
    """The day sheet for `days` (one day, or the week the Agenda shows), prepared by the
    coordinator named in preferences; patient sheets are an option."""

    def build(choices: Sequence[bool]) -> Document:
        store = caseload.store
        return document(
            gather(
                store,
                days,
                bool(choices and choices[0]),
                store.preferences.preferences().coordinator_name,
            )
        )

    return Report(
        title=translate("DaySheetPreview", "day sheet for {days}").format(days=_describe(days)),
        kind="day_sheet",
        file_name=translate("DaySheetPreview", "Day sheet {days}.pdf").format(days=_describe(days)),
        build=build,
        options=(
            ReportOption(
                translate("DaySheetPreview", "Patient sheets"),
                translate(
                    "DaySheetPreview",
                    "Add a sheet for each patient visited: contacts, allergies, "
                    "medications and recent changes, open tasks, room for notes",
                ),
            ),
        ),
    )
