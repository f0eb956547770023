"""carebook's one FHIR extension: the few record fields that FHIR's own elements do not carry.

The whole-caseload export (fhir.caseload) writes every record in FHIR's own elements first. It
then adds this extension to each resource whose record FHIR does not carry whole (a
medication's strength folded into its name, a visit's time zone, a contact's own notes, a
series' per-visit changes), each kind's rule saying which fields (fhir.carried), holding just
those fields as they are in carebook:

    {"url": "https://carebook.invalid/fhir/StructureDefinition/carebook-fields",
     "extension": [{"url": "strength", "valueString": "500 mg"},
                   {"url": "empty", "valueString": "phone_alt"},
                   {"url": "pharmacy_id", "valueReference": {"reference": "Organization/…"}},
                   {"url": "medication_event", "extension": [{"url": "on_date", …}, …]},
                   {"url": "none", "valueString": "care_plan_review"}]}

A field is named by its carebook name; "empty" names a field that is empty in carebook (FHIR
has no empty values); a repeated sub-extension named after a kind of record ("medication_event",
"care_team_member", "care_plan_review", "problem", "intervention", "occurrence_change") lists
all of the resource's records of that kind, replacing what the importer would make of the
resource's notes or activities, and "none" says there are none of a kind. Other systems may
ignore the extension (it is not a modifier): everything in it is also said, if less exactly,
in the resource's own elements.

Sentences. Where carebook writes a value FHIR has no element for as words ("Next review due
2026-09-01", "Transport: Arranged — taxi", a medication's history, a care plan's reviews), the
element holding the words carries the same extension with the value typed (`typed`): a note
(Annotation), the document's section of patient notes, an allergy's manifestation, and an
appointment's comment (as FHIR's extension of a primitive, "_comment"):

    {"extension": [{"url": "https://carebook.invalid/fhir/StructureDefinition/carebook-fields",
                    "extension": [{"url": "next_review", "valueDate": "2026-09-01"}]}],
     "text": "Next review due 2026-09-01"}

A record of a kind that such a note tells of (a medication's event, a plan's review) is a
sub-extension named after its kind. carebook reads the typed value and not the words, which are
for people and free to change; only an element without it (a file from a carebook before the
typed values, or one edited elsewhere) is read by its words (fhir.sentences).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import Enum
from typing import Any

Json = dict[str, Any]

URL = "https://carebook.invalid/fhir/StructureDefinition/carebook-fields"
EMPTY = "empty"
NONE = "none"
#: The kinds of record a resource may list in full.
CHILD_KINDS = (
    "care_team_member",
    "medication_event",
    "occurrence_change",
    "care_plan_review",
    "problem",
    "intervention",
)


@dataclass(frozen=True, slots=True)
class Reference:
    """A field that names another resource of the same file (as a FHIR reference)."""

    reference: str


@dataclass(slots=True)
class Fields:
    """What an extension holds: field values (FHIR JSON values, not yet typed), fields that are
    empty, and for each kind of record listed, the list (each one such a Fields)."""

    values: dict[str, Any] = field(default_factory=dict)
    empty: set[str] = field(default_factory=set)
    children: dict[str, list[Fields]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.values or self.empty or self.children)

    def update(self, other: Fields) -> None:
        """Take `other`'s values and empties over these, and add its records to these lists."""
        for name, value in other.values.items():
            self.values[name] = value
            self.empty.discard(name)
        for name in other.empty:
            self.empty.add(name)
            self.values.pop(name, None)
        for kind, records in other.children.items():
            self.children.setdefault(kind, []).extend(records)


def value_element(name: str, value: Any) -> Json:
    """One field as a sub-extension; an empty value as {"url": "empty", "valueString": name}."""
    if value is None or value == "":
        return {"url": EMPTY, "valueString": name}
    if isinstance(value, Reference):
        return {"url": name, "valueReference": {"reference": value.reference}}
    if isinstance(value, bool):
        return {"url": name, "valueBoolean": value}
    if isinstance(value, Enum):
        return {"url": name, "valueCode": str(value.value)}
    if isinstance(value, int):
        return {"url": name, "valueInteger": value}
    if isinstance(value, float):
        return {"url": name, "valueDecimal": value}
    if isinstance(value, datetime):
        # Wall-clock time without a zone, as carebook keeps it: FHIR's dateTime would need one.
        return {"url": name, "valueString": value.isoformat(timespec="minutes")}
    if isinstance(value, date):
        return {"url": name, "valueDate": value.isoformat()}
    if isinstance(value, time):
        return {"url": name, "valueTime": value.isoformat(timespec="seconds")}
    if isinstance(value, str):
        return {"url": name, "valueString": value}
    raise TypeError(f"cannot write {type(value).__name__} in the carebook extension")


def encode(
    values: dict[str, Any], children: dict[str, list[dict[str, Any]]] | None = None
) -> Json | None:
    """The extension holding `values` (field -> value) and the full `children` lists (kind ->
    a list of field -> value; an empty list says there are none); None when there is nothing."""
    parts = [value_element(name, value) for name, value in values.items()]
    for kind, records in (children or {}).items():
        if not records:
            parts.append({"url": NONE, "valueString": kind})
        for record in records:
            parts.append(
                {
                    "url": kind,
                    "extension": [value_element(name, value) for name, value in record.items()],
                }
            )
    return {"url": URL, "extension": parts} if parts else None


def typed(
    element: Json, values: dict[str, Any], children: dict[str, list[dict[str, Any]]] | None = None
) -> Json:
    """`element` (a note, a section, a concept) carrying `values` (and the records of
    `children`) typed in the extension, ahead of its own keys: the words it holds say them."""
    extension = encode(values, children)
    if extension is None:
        return element
    others = [e for e in element.get("extension") or [] if e.get("url") != URL]
    rest = {key: value for key, value in element.items() if key != "extension"}
    return {"extension": [extension, *others], **rest}


_VALUE_KEYS = (
    "valueString",
    "valueBoolean",
    "valueCode",
    "valueInteger",
    "valueDecimal",
    "valueDate",
    "valueTime",
    "valueDateTime",
    "valueReference",
)


def decode(element: Any) -> Fields:
    """The carebook extension of a resource or element (empty Fields when it has none)."""
    fields = Fields()
    if not isinstance(element, dict):
        return fields
    for extension in element.get("extension") or []:
        if isinstance(extension, dict) and extension.get("url") == URL:
            _read_into(fields, extension.get("extension") or [], nested=True)
    return fields


def _read_into(fields: Fields, parts: list[Any], nested: bool) -> None:
    for part in parts:
        if not isinstance(part, dict) or not isinstance(part.get("url"), str):
            continue
        name = part["url"]
        if name == EMPTY and isinstance(part.get("valueString"), str):
            fields.empty.add(part["valueString"])
        elif name == NONE and nested and isinstance(part.get("valueString"), str):
            fields.children.setdefault(part["valueString"], [])
        elif nested and name in CHILD_KINDS and isinstance(part.get("extension"), list):
            child = Fields()
            _read_into(child, part["extension"], nested=False)
            fields.children.setdefault(name, []).append(child)
        else:
            for key in _VALUE_KEYS:
                if key in part:
                    value = part[key]
                    fields.values[name] = (
                        Reference(str(value.get("reference", "")))
                        if key == "valueReference" and isinstance(value, dict)
                        else value
                    )
                    break


def strip(element: Json) -> Json:
    """`element` without the carebook extension (the other extensions kept)."""
    kept = [
        e
        for e in element.get("extension") or []
        if not (isinstance(e, dict) and e.get("url") == URL)
    ]
    stripped = {key: value for key, value in element.items() if key != "extension"}
    if kept:
        stripped["extension"] = kept
    return stripped
