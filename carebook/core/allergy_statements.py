"""What a patient's allergy line says when no allergy is listed: not recorded yet, or none known."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from carebook.core.calendar_words import month_short, style
from carebook.core.errors import ValidationError
from carebook.core.records import Allergy, Patient
from carebook.core.vocabularies import AllergyStatement, AllergyStatus
from carebook.core.words import translate


def active_allergies(allergies: Iterable[Allergy]) -> list[Allergy]:
    """The allergies that stand now (not inactive, not resolved)."""
    return [a for a in allergies if a.status is AllergyStatus.ACTIVE]


def said_of(patient: Patient, allergies: Iterable[Allergy]) -> AllergyStatement:
    """What stands of the statement: never "none known" beside an active allergy (an allergy
    written by another road, a spreadsheet, wins over what was said before it)."""
    if active_allergies(allergies):
        return AllergyStatement.NOT_RECORDED
    return patient.allergy_statement


def statement_text(statement: AllergyStatement, confirmed_on: date | None) -> str:
    """ "Allergies not recorded yet", or "No known drug allergies (confirmed 12 Nov 2026)"."""
    if statement is AllergyStatement.NOT_RECORDED or confirmed_on is None:
        return statement.label
    return translate("AllergyStatements", "{statement} (confirmed {day})").format(
        statement=statement.label, day=day_text(confirmed_on)
    )


def no_allergy_text(patient: Patient, allergies: Iterable[Allergy]) -> str | None:
    """The words for a patient with no active allergy (see `statement_text`); None when one is
    listed, and the allergies themselves are what to show."""
    listed = list(allergies)
    if active_allergies(listed):
        return None
    return statement_text(said_of(patient, listed), patient.allergies_confirmed_on)


def check_statement(
    statement: AllergyStatement, on: date | None, allergies: Iterable[Allergy], today: date
) -> None:
    """Refuse "none known" while an allergy is listed as active, or without a day (or a day to
    come); "not recorded" is always allowed."""
    if statement is AllergyStatement.NOT_RECORDED:
        return
    standing = active_allergies(allergies)
    if standing:
        names = ", ".join(a.substance for a in standing)
        raise ValidationError(
            translate(
                "AllergyStatements",
                "{label} cannot be recorded while an allergy is listed as active "
                "({names}). Make it inactive or delete it first, if it was wrong.",
            ).format(label=statement.label, names=names),
            "allergy_statement",
        )
    if on is None:
        raise ValidationError(
            translate("AllergyStatements", "Say the day {statement} was confirmed.").format(
                statement=statement.label.lower()
            ),
            "allergies_confirmed_on",
        )
    if on > today:
        raise ValidationError(
            translate("AllergyStatements", "The day allergies were confirmed is in the future."),
            "allergies_confirmed_on",
        )


def clears_statement(allergy: Allergy) -> bool:
    """Whether saving `allergy` makes "none known" untrue: it is active."""
    return allergy.status is AllergyStatus.ACTIVE


def day_text(day: date) -> str:
    """ "3 Nov 2026" (the day without a leading zero), in the locale's language and order."""
    if style().month_first:
        return f"{month_short(day.month)} {day.day}, {day.year}"
    return f"{day.day} {month_short(day.month)} {day.year}"
