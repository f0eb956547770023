"""The time entry form: a client (or none), the day, start and end or the minutes, the activity
with its rate filled in, billable, and what the invoice says."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox, QWidget

from carebook.core.billing_records import TimeEntry
from carebook.core.billing_rules import check_time_entry, time_entry_warnings
from carebook.core.errors import ValidationError
from carebook.core.money import parse_cents
from carebook.core.typed_input import parse_time
from carebook.core.words import QT_TRANSLATE_NOOP, translate
from carebook.store.caseload import Store
from carebook.ui.forms.billing_form_parts import money_text, offer_names, renamed
from carebook.ui.forms.field_spec import FieldSpec
from carebook.ui.forms.record_form import RecordForm
from carebook.ui.widgets.patient_picker import PatientPicker


@dataclasses.dataclass(slots=True, kw_only=True)
class TimeDraft:
    """A time entry as its form holds it: times of day, and the rate as typed."""

    patient_id: int | None = None
    on_date: date | None = None
    start: time | None = None
    end: time | None = None
    minutes: int = 60
    activity: str = ""
    rate: str = ""
    billable: bool = True
    narrative: str = ""


TIME_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "patient_id",
        QT_TRANSLATE_NOOP("RecordForm", "Client"),
        "patient",
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "None: general or admin time"),
        hint=QT_TRANSLATE_NOOP(
            "RecordForm",
            "Type part of a name, then pick one; leave empty for general or admin time",
        ),
    ),
    FieldSpec("on_date", QT_TRANSLATE_NOOP("RecordForm", "Date"), "date", required=True),
    FieldSpec(
        "start",
        QT_TRANSLATE_NOOP("RecordForm", "Start"),
        "time",
        hint=QT_TRANSLATE_NOOP("RecordForm", "With the end, fills in the minutes"),
    ),
    FieldSpec(
        "end",
        QT_TRANSLATE_NOOP("RecordForm", "End"),
        "time",
        hint=QT_TRANSLATE_NOOP("RecordForm", "With the start, fills in the minutes"),
    ),
    FieldSpec(
        "minutes",
        QT_TRANSLATE_NOOP("RecordForm", "Minutes"),
        "minutes",
        hint=QT_TRANSLATE_NOOP("RecordForm", "The time spent, if no start and end"),
    ),
    FieldSpec(
        "activity",
        QT_TRANSLATE_NOOP("RecordForm", "Activity"),
        required=True,
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. Home visit"),
        hint=QT_TRANSLATE_NOOP(
            "RecordForm", "Type part of an activity's name, then pick one; its rate is filled in"
        ),
    ),
    FieldSpec(
        "rate",
        QT_TRANSLATE_NOOP("RecordForm", "Hourly rate"),
        placeholder=QT_TRANSLATE_NOOP("RecordForm", "e.g. 125.00"),
    ),
    FieldSpec("billable", QT_TRANSLATE_NOOP("RecordForm", "Billable"), "flag"),
    FieldSpec(
        "narrative",
        QT_TRANSLATE_NOOP("RecordForm", "Narrative"),
        "long_text",
        lines=3,
        hint=QT_TRANSLATE_NOOP(
            "RecordForm", "What the invoice says of it; clinical notes are kept apart"
        ),
    ),
)

#: The entry's fields as the form names them.
_NAMES = {"started_at": "start", "ended_at": "end", "rate_cents": "rate", "flat_cents": "rate"}


def time_draft(entry: TimeEntry) -> TimeDraft:
    return TimeDraft(
        patient_id=entry.patient_id,
        on_date=entry.on_date,
        start=entry.started_at.time() if entry.started_at else None,
        end=entry.ended_at.time() if entry.ended_at else None,
        minutes=entry.minutes,
        activity=entry.activity,
        rate=money_text(entry.rate_cents),
        billable=entry.billable,
        narrative=entry.narrative,
    )


def time_entry_of(draft: TimeDraft, original: TimeEntry) -> TimeEntry:
    """The entry the form's draft makes (a ValidationError naming the form's field)."""
    if draft.on_date is None:
        raise ValidationError(translate("billing_forms", "Enter the date."), "on_date")
    if (draft.start is None) != (draft.end is None):
        missing = "end" if draft.end is None else "start"
        raise ValidationError(
            translate(
                "billing_forms", "Give both the start and the end, or neither (then the minutes)."
            ),
            missing,
        )
    started = datetime.combine(draft.on_date, draft.start) if draft.start else None
    ended = datetime.combine(draft.on_date, draft.end) if draft.end else None
    minutes = draft.minutes
    if started and ended:
        if ended <= started:
            raise ValidationError(
                translate("billing_forms", "The end comes after the start."), "end"
            )
        minutes = int((ended - started).total_seconds() // 60)
    rate = parse_cents(draft.rate or "0", translate("billing_forms", "The hourly rate"), "rate")
    return dataclasses.replace(
        original,
        patient_id=draft.patient_id,
        on_date=draft.on_date,
        started_at=started,
        ended_at=ended,
        minutes=minutes,
        activity=draft.activity.strip(),
        rate_cents=rate,
        billable=draft.billable,
        narrative=draft.narrative.strip(),
    )


def check_draft(store: Store, draft: TimeDraft, original: TimeEntry) -> TimeEntry:
    """The entry, checked as the store will check it, and its activity one the list knows."""
    entry = time_entry_of(draft, original)
    renamed(lambda: check_time_entry(entry, store.today()), _NAMES)
    if store.time.activity(entry.activity) is None and entry.activity != original.activity:
        raise ValidationError(
            translate(
                "billing_forms",
                "“%s” is not an activity of the list; pick one, or add it under Activities.",
            )
            % entry.activity,
            "activity",
        )
    return entry


def time_doubts(store: Store, draft: TimeDraft, original: TimeEntry) -> str | None:
    """What to ask before keeping the entry: a rate of 0, an overlap with other time."""
    entry = time_entry_of(draft, original)
    said = time_entry_warnings(entry, store.time.overlapping(entry))
    return "\n".join(said) or None


def _checked(store: Store, draft: TimeDraft, original: TimeEntry) -> None:
    check_draft(store, draft, original)


class TimeEntryForm(RecordForm[TimeDraft]):
    """The record form of a time entry, with the minutes following the start and end, and the
    rate and billable following the client and activity."""

    def __init__(self, title: str, specs: Any, record: TimeDraft, **options: Any) -> None:
        super().__init__(title, specs, record, **options)
        store: Store = options["store_for_patients"]
        self.store = store
        offer_names(self.editor("activity"), [a.name for a in store.time.activities()])
        for name in ("start", "end"):
            edit = self.editor(name)
            if isinstance(edit, QLineEdit):
                edit.textEdited.connect(self._times_typed)
        activity = self.editor("activity")
        if isinstance(activity, QLineEdit):
            activity.textChanged.connect(self._rate_follows)
        client = self.editor("patient_id")
        if isinstance(client, PatientPicker):
            client.patient_changed.connect(lambda _id: self._rate_follows())

    def _times_typed(self, *_args: object) -> None:
        start, end, spin = self.editor("start"), self.editor("end"), self.editor("minutes")
        if not (isinstance(start, QLineEdit) and isinstance(end, QLineEdit)):
            return
        try:
            first, last = parse_time(start.text()), parse_time(end.text())
        except ValidationError:
            return  # half typed: the minutes stay as they are
        minutes = (last.hour * 60 + last.minute) - (first.hour * 60 + first.minute)
        if minutes > 0 and isinstance(spin, QSpinBox):
            spin.setValue(minutes)

    def _rate_follows(self, *_args: object) -> None:
        """The rate of the activity for the client, once the activity is one of the list."""
        activity = self.editor("activity")
        client = self.editor("patient_id")
        if not isinstance(activity, QLineEdit) or self.store.time.activity(activity.text()) is None:
            return
        patient_id = client.patient_id if isinstance(client, PatientPicker) else None
        rate = self.store.time.rate(patient_id, activity.text())
        shown = self.editor("rate")
        if isinstance(shown, QLineEdit):
            shown.setText(money_text(rate.hourly_cents))
        billable = self.editor("billable")
        if isinstance(billable, QCheckBox):
            billable.setChecked(rate.billable)


def time_entry_form(store: Store, entry: TimeEntry, parent: QWidget | None = None) -> TimeEntryForm:
    """The form of `entry` (new when it has no id)."""
    title = (
        translate("billing_forms", "New time entry")
        if entry.id is None
        else translate("billing_forms", "Edit time entry")
    )
    return TimeEntryForm(
        title,
        TIME_FIELDS,
        time_draft(entry),
        validate=lambda draft: _checked(store, draft, entry),
        warn=lambda draft: time_doubts(store, draft, entry),
        store_for_patients=store,
        parent=parent,
    )
