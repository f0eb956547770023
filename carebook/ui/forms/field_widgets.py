"""Which editor each kind of field gets in the record form."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from carebook.store.caseload import Store
from carebook.ui.forms.choice_fields import ChoiceField, ContactField, FlagField, PatientField
from carebook.ui.forms.date_fields import DateField, DateTimeField, TimeField
from carebook.ui.forms.field_message import FieldMessage
from carebook.ui.forms.field_spec import FieldSpec
from carebook.ui.forms.form_field import FormField
from carebook.ui.forms.number_fields import MegabytesField, MinutesField, NumberField
from carebook.ui.forms.repeat_field import RepeatField
from carebook.ui.forms.text_fields import LongTextField, SecretField, TextField
from carebook.ui.forms.visit_field import VisitField

_SIMPLE: dict[str, type[FormField]] = {
    "text": TextField,
    "secret": SecretField,
    "long_text": LongTextField,
    "date": DateField,
    "time": TimeField,
    "datetime": DateTimeField,
    "minutes": MinutesField,
    "megabytes": MegabytesField,
    "choice": ChoiceField,
    "flag": FlagField,
    "number": NumberField,
    "repeat": RepeatField,
}


def make_field(
    spec: FieldSpec, page: QWidget, contacts: Sequence[tuple[int, str]], store: Store | None
) -> FormField:
    """The editor of `spec` on `page`, with its message line; a "contact" field offers
    `contacts`, a "patient" field finds patients in `store`, a "visit" field the patient's
    visits in `store`."""
    message = FieldMessage(page)
    if spec.kind == "patient":
        return PatientField(spec, message, page, store)
    if spec.kind == "contact":
        return ContactField(spec, message, page, contacts)
    if spec.kind == "visit":
        return VisitField(spec, message, page, store)
    return _SIMPLE[spec.kind](spec, message, page)
