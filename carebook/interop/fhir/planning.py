"""The bookkeeping of a FHIR import being planned: the resources read, the records each became
(in the order they will be written), the links between them, and the report.

Each kind's mapping (fhir.patient, fhir.contact, fhir.condition, …) reads its resources into
records through one `Planning`: it resolves references (fhir.resolving), files each record with
`emit` (which applies carebook's own extension and the caseload's rules), and keeps what one
kind's mapping leaves for another's (a practitioner's role from a PractitionerRole, the goals a
care plan has taken, the patient's notes from carebook's document).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from carebook.core.errors import ValidationError
from carebook.core.incomplete import incomplete
from carebook.core.kinds import BY_RECORD, TABLES, validate_record
from carebook.core.vocabularies import ContactRole
from carebook.core.words import translate
from carebook.interop.fhir import elements as fe
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir.global_ids import global_id
from carebook.interop.fhir.read import Found, Reading
from carebook.interop.fhir.report import ERROR, SKIPPED, WARNING, Finding, ImportReport
from carebook.interop.fhir.resolving import Entry, Identified, Link, Links, Resolver
from carebook.interop.fhir.resolving import source_keys as keys_of
from carebook.storage import records
from carebook.store.fhir_links import FhirItem

Json = dict[str, Any]
#: What a reference means: an item of this import, a record of the caseload (its id), or none.
Target = FhirItem | int | None
#: One kind's mapping of a resource into records.
Mapper = Callable[["Planning", Entry], None]

#: The buckets records are filed in, in the order they are written.
BUCKETS = (
    "patient",
    "contact",
    "member",
    "condition",
    "allergy",
    "medication",
    "event",
    "appointment",
    "change",
    "visit_record",
    "task",
    "referral",
    "plan",
    "review",
    "problem",
    "goal",
    "intervention",
    "note",
    "measure_kind",
    "assessment",
    "measurement",
    "attachment",
    "document",
)
#: Types a contact may be, for a link to a contact.
CONTACT_TYPES = ("Practitioner", "PractitionerRole", "Organization", "RelatedPerson", "Person")
#: Each field naming another record: the kind of record, and the types a reference may name.
REFERENCE_FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "contact_id": ("contact", CONTACT_TYPES),
    "prescriber_id": ("contact", CONTACT_TYPES),
    "pharmacy_id": ("contact", CONTACT_TYPES),
    "condition_id": ("condition", ("Condition",)),
    "goal_id": ("goal", ("Goal",)),
    "appointment_id": ("appointment", ("Appointment",)),
    "task_id": ("task", ("Task",)),
    "patient_id": ("patient", ("Patient",)),
}


class NotImported(Exception):
    """A resource cannot be imported: an error (or a skip) for it, and nothing made."""

    def __init__(self, what: str, level: str = ERROR) -> None:
        super().__init__(what)
        self.level = level


class Planning:
    """What an import has read and made so far (see the module's docstring)."""

    def __init__(
        self,
        reading: Reading,
        links: Links,
        today: date,
        zone: str,
        own_source: str,
        contained_contact: Mapper,
        identified: Identified | None = None,
    ) -> None:
        """`contained_contact` maps a contact found contained in another resource, when a
        reference to it is first followed; `identified` finds the caseload's records by an
        identifier's value in any system (see fhir.resolving)."""
        self.reading = reading
        self.own_source = own_source
        self.today = today
        self.zone = zone
        self.contained_contact = contained_contact
        self.report = ImportReport(files=reading.files)
        self.resolver = Resolver(links, identified)
        self.entries: list[Entry] = []
        self.out: dict[str, list[FhirItem]] = {bucket: [] for bucket in BUCKETS}
        #: each resource's items (by "Type/id"), for carebook's own export to compare with
        self.by_resource: dict[str, list[FhirItem]] = {}
        # What one kind's mapping leaves for another's.
        self.patient_notes: dict[int, dict[str, str]] = {}  # by id() of the Patient's entry
        self.contact_roles: dict[int, ContactRole] = {}  # by id() of the Practitioner's entry
        self.contact_orgs: dict[int, str] = {}
        self.members: set[tuple[tuple[str, int], tuple[str, int]]] = set()  # on a team
        self.default_roles: set[int] = set()  # contacts whose role nothing said
        self.goal_plans: dict[int, FhirItem] = {}
        self.problem_keys: dict[tuple[int, str], FhirItem] = {}
        #: False where the records are the caseload's own, already kept under its rules
        self.check_records = True
        self.holder_plans: dict[tuple[str, int], FhirItem] = {}
        self.measure_kinds: dict[str, FhirItem] = {}  # the coordinator's measures, by name

    # -- the report ------------------------------------------------------------------------------

    def say(self, level: str, entry: Entry | None, what: str, where: str = "") -> None:
        """A finding of the report, about the resource `entry` (or the place `where`)."""
        if entry is None:
            self.report.findings.append(Finding(level, where, what))
        else:
            self.report.findings.append(Finding(level, entry.where, what, entry.name))

    # -- reading ---------------------------------------------------------------------------------

    def index(self, found: Sequence[Found], counted: Callable[[str], bool]) -> None:
        """Take the resources read, each once, counting them (and, unless `counted` says
        carebook keeps or uses its type, counting it as not kept)."""
        resolver = self.resolver
        for one in found:
            resource = one.resource
            kind = str(resource.get("resourceType"))
            entry = Entry(resource, one.where, one.full_url, kind, fe.text_of(resource.get("id")))
            self.report.read[kind] += 1
            if not counted(kind):
                self.report.not_kept[kind] += 1
            if entry.id:
                earlier = resolver.by_name.get(entry.name)
                if earlier is not None:
                    if earlier.resource == resource:
                        continue  # the same resource twice, as bulk exports may write it
                    self.say(
                        WARNING,
                        earlier,
                        translate(
                            "FhirImport", "appears again at {where}; the later one is imported"
                        ).format(where=entry.where),
                    )
                    earlier.broken = True
                resolver.by_name[entry.name] = entry
            if one.full_url:
                resolver.by_url[one.full_url] = entry
            resolver.add_identifiers(entry)
            self.entries.append(entry)

    def map(self, entry: Entry, mapper: Mapper) -> None:
        """Map one resource; when it cannot be imported, nothing of it is kept, and the report
        says why."""
        if entry.broken:
            return
        try:
            try:
                mapper(self, entry)
            except ValidationError as error:  # a moment past the dates carebook keeps
                raise NotImported(
                    translate("FhirImport", "carebook cannot keep it: {error}").format(error=error)
                ) from None
        except NotImported as broken:
            entry.broken = True
            for item in entry.items:  # nothing half-made
                for bucket in self.out.values():
                    if item in bucket:
                        bucket.remove(item)
            entry.items.clear()
            self.say(broken.level, entry, str(broken))

    def note_incomplete(self) -> None:
        """A warning for each record to be imported without something its form asks for (an
        as-needed medication that does not say what for): kept, never refused for it."""
        for bucket in self.out.values():
            for item in bucket:
                for missing in incomplete(item.record):
                    kind = BY_RECORD.get(type(item.record))
                    label = kind.label if kind is not None else translate("FhirImport", "record")
                    named = getattr(item.record, "name", "")
                    if isinstance(named, str) and named:
                        said = translate(
                            "FhirImport",
                            "incomplete, imported all the same: the {kind} {name} does not say "
                            "{what}",
                        )
                    else:
                        said = translate(
                            "FhirImport",
                            "incomplete, imported all the same: {kind} does not say {what}",
                        )
                    self.report.findings.append(
                        Finding(
                            WARNING,
                            item.where,
                            said.format(kind=label, name=repr(named), what=missing.what),
                            item.name,
                            missing=missing.field,
                        )
                    )

    def not_in_error(self, entry: Entry) -> None:
        """Skip a resource marked entered-in-error (or refuted)."""
        resource = entry.resource
        verification = {code for _system, code in fe.codes(resource.get("verificationStatus"))}
        if verification & {"entered-in-error", "refuted"}:
            raise NotImported(
                translate("FhirImport", "is marked {status}; not imported").format(
                    status="/".join(sorted(verification))
                ),
                SKIPPED,
            )
        if (
            fe.text_of(resource.get("status")) == "entered-in-error"
            or fe.text_of(resource.get("lifecycleStatus")) == "entered-in-error"
        ):
            raise NotImported(
                translate("FhirImport", "is marked entered-in-error; not imported"), SKIPPED
            )

    # -- identities and references ---------------------------------------------------------------

    def keys(self, entry: Entry) -> tuple[str, ...]:
        """The source identities of a resource, strongest first (see fhir.resolving)."""
        return keys_of(entry, self.own_source)

    def resolve(self, value: Any, owner: Entry) -> Link:
        """Where a Reference in `owner` leads (see fhir.resolving); NotImported when it matches
        several resources and so none."""
        link = self.resolver.resolve(value, owner)
        if link.ambiguous:
            raise NotImported(link.ambiguous)
        return link

    def target(self, ref: Link, kind: str, types: Iterable[str]) -> Target:
        """The item (or caseload record id) a resolved reference means, if it is of `kind`."""
        if ref.entry is not None:
            if ref.entry.type not in types:
                return None
            if ref.entry.type == "PractitionerRole":
                practitioner = self.resolve(ref.entry.resource.get("practitioner"), ref.entry)
                return self.target(practitioner, kind, ("Practitioner",))
            if ref.entry.owner is not None and not ref.entry.items and kind == "contact":
                self.map(ref.entry, self.contained_contact)
            item = ref.entry.item
            return item if item is not None and kind_of(item) == kind else None
        if ref.existing is not None and ref.existing[0] == kind:
            return ref.existing[1]
        return None

    def patient_of(self, entry: Entry, value: Any, what: str) -> Target:
        """The patient a record belongs to; NotImported when it is nowhere (or unusable)."""
        ref = self.resolve(value, entry)
        if not ref.reference and not ref.found:
            raise NotImported(
                translate(
                    "FhirImport", "has no {what}: carebook keeps every such record with its patient"
                ).format(what=what)
            )
        if ref.entry is not None:
            if ref.entry.type != "Patient":
                raise NotImported(
                    translate("FhirImport", "{what} {reference} is a {type}, not a Patient").format(
                        what=what, reference=ref.reference, type=ref.entry.type
                    )
                )
            if ref.entry.broken or ref.entry.item is None:
                raise NotImported(
                    translate(
                        "FhirImport", "its patient {name} ({where}) cannot be imported"
                    ).format(name=ref.entry.name, where=ref.entry.where),
                    SKIPPED,
                )
            return ref.entry.item
        if ref.existing is not None and ref.existing[0] == "patient":
            return ref.existing[1]
        raise NotImported(
            translate(
                "FhirImport",
                "{what} {value} points nowhere: it is neither in the files nor a "
                "patient imported before",
            ).format(what=what, value=repr(ref.reference or ref.display))
        )

    def optional(
        self, entry: Entry, value: Any, kind: str, types: Iterable[str], what: str, kept: str = ""
    ) -> tuple[Target, str]:
        """A link that may be missing: (target or None, the display text); a warning when it
        names something that is not there (saying where its display text is `kept`)."""
        ref = self.resolve(value, entry)
        target = self.target(ref, kind, tuple(types))
        if target is None and ref.reference and not ref.found:
            self.say(
                WARNING,
                entry,
                (
                    translate(
                        "FhirImport",
                        "{what} {reference} is not in the files; {display} is kept {kept}",
                    )
                    if ref.display and kept
                    else translate("FhirImport", "{what} {reference} is not in the files; left out")
                ).format(what=what, reference=ref.reference, display=repr(ref.display), kept=kept),
            )
        display = ref.display
        if not display and ref.entry is not None:
            display = fe.name_text(ref.entry.resource)
        return target, display

    # -- making items ----------------------------------------------------------------------------

    def emit(
        self,
        entry: Entry,
        bucket: str,
        record: Any,
        refs: dict[str, Target] | None = None,
        keys: tuple[str, ...] = (),
        element: Any = None,
        fields: ext.Fields | None = None,
    ) -> FhirItem:
        """An item for `record` from `entry`, with carebook's extension (`fields`, else read
        from `element`, else from the resource) applied; filed for writing in its turn."""
        item = FhirItem(record=record, keys=keys, where=entry.where, name=entry.name)
        item.uid = global_id(entry.resource, TABLES[type(record)])
        for name, target in (refs or {}).items():
            point(item, name, target)
        if fields is None:
            fields = ext.decode(element if element is not None else entry.resource)
        if fields:
            self.apply_fields(item, fields, entry)
        self._validate(item)
        self.out[bucket].append(item)
        entry.items.append(item)
        self.by_resource.setdefault(entry.name, []).append(item)
        return item

    def file(self, entry: Entry, bucket: str, item: FhirItem) -> None:
        """File an item made (and checked) by the caller, as `emit` files its own."""
        item.uid = global_id(entry.resource, TABLES[type(item.record)])
        self.out[bucket].append(item)
        entry.items.append(item)
        self.by_resource.setdefault(entry.name, []).append(item)

    def apply_fields(self, item: FhirItem, fields: ext.Fields, entry: Entry) -> None:
        """carebook's values for the record's fields, over what the resource's elements said
        (a reference resolved as the resource's own would be)."""
        known = {f.name for f in dataclasses.fields(item.record)}
        cleared = set(item.cleared)
        for name in fields.empty & known:
            if name in REFERENCE_FIELDS:
                item.refs.pop(name, None)
            cleared.add(name)
        for name, target in self.fill(item.record, fields, entry).items():
            item.refs.pop(name, None)
            setattr(item.record, name, None)
            point(item, name, target)
        item.cleared = frozenset(cleared)

    def fill(self, record: Any, fields: ext.Fields, entry: Entry) -> dict[str, Target]:
        """Set the record's fields that carebook's values (`fields`) give, each as its type;
        what the references among them lead to is returned, by field, for the caller to link."""
        known = {f.name for f in dataclasses.fields(record)}
        for name in fields.empty & known:
            setattr(record, name, "" if isinstance(getattr(record, name), str) else None)
        links: dict[str, Target] = {}
        for name, value in fields.values.items():
            if name not in known:
                continue
            if isinstance(value, ext.Reference):
                kind, types = REFERENCE_FIELDS.get(name, ("", ()))
                links[name] = self.target(
                    self.resolve({"reference": value.reference}, entry), kind, types
                )
                continue
            try:
                setattr(record, name, _typed(type(record), name, value))
            except (TypeError, ValueError):
                self.say(
                    WARNING,
                    entry,
                    translate(
                        "FhirImport", "carebook's {name} {value} cannot be read; left out"
                    ).format(name=name, value=repr(value)),
                )
        return links

    def _validate(self, item: FhirItem) -> None:
        if not self.check_records:
            return
        record = item.record
        try:
            validate_record(record, self.today)
        except ValidationError as error:
            raise NotImported(
                translate("FhirImport", "carebook cannot keep it: {error}").format(error=error)
            ) from None
        except KeyError:
            return
        except ValueError as error:  # a repeat rule that does not read
            raise NotImported(
                translate("FhirImport", "carebook cannot keep it: {error}").format(error=error)
            ) from None

    def children(self, entry: Entry, kind: str, element: Any = None) -> list[ext.Fields] | None:
        """carebook's own full list of the resource's records of `kind`, if it gives one."""
        fields = ext.decode(element if element is not None else entry.resource)
        return fields.children.get(kind)


def label_map(vocabulary: Iterable[Any]) -> dict[str, Any]:
    """A carebook vocabulary by its English words and codes, folded ("on hold", "on_hold",
    "on-hold"): FHIR is exchanged in English, and the maps are made once, at import."""
    found: dict[str, Any] = {}
    for member in vocabulary:
        found[member.english.casefold()] = member
        found[member.value.casefold()] = member
        found[member.value.replace("_", "-").casefold()] = member
    return found


def key_of(target: Target) -> tuple[str, int]:
    """A target as a key: a record of the caseload by its id, an item by itself."""
    return ("record", target) if isinstance(target, int) else ("item", id(target))


def kind_of(item: FhirItem) -> str:
    """The kind of record an item is ("care_plan"), for a reference to be checked against."""
    kind = BY_RECORD.get(type(item.record))
    return kind.name if kind is not None else ""


def point(item: FhirItem, name: str, target: Target) -> None:
    """Link the item's field `name` to the target (an item, or a caseload record's id)."""
    if isinstance(target, FhirItem):
        item.refs[name] = target
    elif isinstance(target, int):
        setattr(item.record, name, target)


def _typed(cls: type, name: str, value: Any) -> Any:
    """A value of the extension as the field's type (as the store reads it back)."""
    loaded: Any = records.from_row(cls, {**_blank_row(cls), name: value})
    return getattr(loaded, name)


_BLANKS: dict[type, dict[str, Any]] = {}


def _blank_row(cls: type) -> dict[str, Any]:
    """A row with every required field of `cls` filled, so from_row can build one."""
    if cls not in _BLANKS:
        blank: dict[str, Any] = {}
        for item in dataclasses.fields(cls):
            if item.default is dataclasses.MISSING and (
                item.default_factory is dataclasses.MISSING
            ):
                blank[item.name] = {
                    "name": "-",
                    "description": "-",
                    "substance": "-",
                    "title": "-",
                    "text": "-",
                    "start": "2000-01-01T00:00",
                    "on_date": "2000-01-01",
                    "sent_on": "2000-01-01",
                    "reason": "-",
                    "written_at": "2000-01-01T00:00",
                    "original_start": "2000-01-01T00:00",
                    "kind": "changed",
                    "role": "other",
                }.get(item.name, 0)
        _BLANKS[cls] = blank
    return _BLANKS[cls]
