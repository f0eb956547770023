"""carebook's own whole-caseload export imported patient by patient, in memory that holds one
patient's records (and where each contact is), whatever the caseload's size.

fhir.caseload writes the Bundle one entry a line: a first line that is the Bundle without its
entries, ending in `"entry":[`, then each entry on a line of its own, and "]}" on the last. Its
id is the one fhir.caseload makes from its timestamp, which tells it from any other Bundle
(`own_layout`). Such a file is read twice, a line at a time:

1. Where the contacts (and the coordinator's own measures) are, and what each care
   team says of each contact it lists: the whole Bundle's import takes a contact's role from
   its first listing when nothing else says it (fhir.care_team), and a contact is written with
   the first patient who refers to it, perhaps before the team that lists it.
2. The file in parts: what comes before the first Patient (the coordinator's own measures),
   each patient's lines up to the next Patient, then the team's tasks and the contacts no
   patient refers to, 500 lines at a time. Each part is planned on its own
   (fhir.imports.plan_import) with the contacts it refers to that came earlier read again
   beside it (so that a care team's words about a contact read as they do in the whole
   Bundle), and written at once; what it makes of those contacts is not written again, its
   links pointing at the records made of them the first time.

All of it is written in one transaction (the store's apply_fhir_parts): all or nothing, one
undo step. The report is the parts' reports summed. With errors (and no skip_invalid) every
part is still planned, to list them all, and then nothing is kept; a record the caseload's
rules refuse stops the import there, and nothing is kept. A file that does not keep to the
layout all through (edited by hand, cut short), or a line that does not read, is imported as
any Bundle (fhir.imports): its problems are reported in the same words. The limits are
fhir.limits': the file's size, and each line's size and nesting.
"""

from __future__ import annotations

import json
import re
import sys
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from carebook.core.clinical_records import Measurement
from carebook.core.words import translate
from carebook.interop.fhir import elements as fe
from carebook.interop.fhir import limits
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.bundle import references_in
from carebook.interop.fhir.limits import Unreadable, loads, open_fhir
from carebook.interop.fhir.planning import CONTACT_TYPES
from carebook.interop.fhir.read import Keep, Reading, numbered_lines, take
from carebook.interop.fhir.report import ERROR, Finding, ImportReport
from carebook.store.fhir_links import FhirImportError, FhirItem

if TYPE_CHECKING:
    from carebook.store.caseload import Store

Json = dict[str, Any]

#: Team tasks and contacts no patient refers to are planned this many lines at a time.
BATCH = 500
#: The most of the first line read to tell the layout (fhir.caseload's is about 250 bytes).
_HEAD_MOST = 1 << 16
#: An entry's line as fhir.caseload writes it begins so: its fullUrl, then its resource's type.
_ENTRY = re.compile(
    rb'\{"fullUrl":"(?:[^"\\]*/)?([A-Za-z]+/[A-Za-z0-9\-.]{1,64})",'
    rb'"resource":\{"resourceType":"([A-Za-z][A-Za-z0-9]{0,63})"'
)
#: The resources other patients' records refer to: kept from the first reading, read again
#: beside each part that refers to them.
_SHARED = frozenset({*CONTACT_TYPES, "ObservationDefinition"})


class Planned(Protocol):
    """What planning a part gives (fhir.imports.Plan)."""

    items: list[FhirItem]
    report: ImportReport
    by_resource: dict[str, list[FhirItem]]


#: fhir.imports.plan_import, given to `import_by_patient` (which that module calls).
Planner = Callable[..., Planned]


class _OutOfLayout(Exception):
    """The file does not keep to the layout: it is imported as any Bundle."""


class _Refused(Exception):
    """Errors were found (and no skip_invalid): what was written is rolled back."""


@dataclass(frozen=True, slots=True)
class _Line:
    """One entry's line: its number among the entries (from 1), its "Type/id" and type, and
    where in the file it is (its first byte)."""

    number: int
    name: str
    kind: str
    text: bytes
    offset: int = 0

    def entry(self) -> Json:
        """The entry the line holds (_OutOfLayout when it does not read as one)."""
        try:
            value = loads(self.text, "resource")
        except (Unreadable, json.JSONDecodeError):
            raise _OutOfLayout from None
        if not isinstance(value, dict) or not isinstance(value.get("resource"), dict):
            raise _OutOfLayout
        return value


def own_layout(path: Path) -> bool:
    """Whether the file is carebook's own whole-caseload export, one entry a line."""
    try:
        with open_fhir(path) as stream:
            head = stream.read(_HEAD_MOST)
        end = head.find(b"\n")
        if end < 0 or not head[:end].endswith(b'"entry":['):
            return False
        envelope = loads(head[:end] + b"]}")
    except (Unreadable, json.JSONDecodeError):
        return False
    if not isinstance(envelope, dict) or envelope.get("type") != "collection":
        return False
    stamp = envelope.get("timestamp")
    return isinstance(stamp, str) and envelope.get("id") == str(
        uuid.uuid5(fv.NAMESPACE, f"Caseload|{stamp}")
    )


def _lines(path: Path) -> Iterator[_Line]:
    """The file's entries, a line each (_OutOfLayout where it does not keep to the layout)."""
    with open_fhir(path) as stream:
        numbered = numbered_lines(iter(lambda: stream.read(limits.BLOCK), b""))
        _number, envelope = next(numbered, (0, b""))  # read by own_layout
        offset = len(envelope or b"") + 1
        held: _Line | None = None  # each line is given once the next says how it ends
        for number, text in numbered:
            if text is None:
                raise _OutOfLayout
            if text == b"]}":
                if held is not None:
                    yield held
                if any(rest is None or rest.strip() for _number, rest in numbered):
                    raise _OutOfLayout
                return
            if held is not None:
                if not held.text.endswith(b","):
                    raise _OutOfLayout
                yield _Line(held.number, held.name, held.kind, held.text[:-1], held.offset)
            found = _ENTRY.match(text)
            if found is None:
                raise _OutOfLayout
            name, kind = found.group(1).decode("ascii"), found.group(2).decode("ascii")
            held = _Line(number - 1, name, kind, text, offset)
            offset += len(text) + 1
        raise _OutOfLayout  # cut short: no "]}"


class _Survey:
    """The first reading: where the shared resources are, and each contact's listings."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with open_fhir(path) as stream:
            packed = stream.packed
        #: each shared resource's line; in a file not packed, only its number, place and size,
        #: read again when a part needs it (a caseload's contacts are about two a patient)
        self.shared: dict[str, _Line | tuple[int, int, int]] = {}
        #: by the reference to each contact: its first listing's role words, and the first
        #: organisation a listing says it is on behalf of
        self.listed: dict[str, tuple[str, str]] = {}
        for line in _lines(path):
            if line.kind in _SHARED and line.name not in self.shared:
                kept = line if packed else (line.number, line.offset, len(line.text))
                self.shared[line.name] = kept
            elif line.kind == "CareTeam":
                self._team(line.entry()["resource"])

    def line(self, name: str) -> _Line:
        """The shared resource's line (_OutOfLayout if the file no longer has it there)."""
        kept = self.shared[name]
        if isinstance(kept, _Line):
            return kept
        number, offset, size = kept
        try:
            with self.path.open("rb") as file:
                file.seek(offset)
                text = file.read(size)
        except OSError:
            raise _OutOfLayout from None
        found = _ENTRY.match(text)
        if found is None or found.group(1).decode("ascii") != name:
            raise _OutOfLayout
        return _Line(number, name, found.group(2).decode("ascii"), text, offset)

    def _team(self, team: Json) -> None:
        for participant in fe.dicts(team.get("participant")):
            reference = fe.text_of(fe.as_dict(participant.get("member")).get("reference"))
            if not reference:
                continue
            roles = fe.as_list(participant.get("role"))
            on_behalf = participant.get("onBehalfOf")
            said = fe.text_of(on_behalf.get("display")) if isinstance(on_behalf, dict) else ""
            words, organization = self.listed.get(reference, (None, ""))
            if words is None:
                words = fe.concept_text(roles[0]) if roles else ""
            # The same few words for many contacts: kept once.
            self.listed[reference] = (sys.intern(words), sys.intern(organization or said))


def _parts(lines: Iterator[_Line]) -> Iterator[list[tuple[_Line, Json]]]:
    """The entries in parts: up to the first Patient, each patient's, then BATCH at a time
    from the team's first task (a Task for no patient) on."""
    part: list[tuple[_Line, Json]] = []
    team = False
    for line in lines:
        entry = line.entry()
        if not team and line.kind == "Task" and "for" not in entry["resource"]:
            team = True
            if part:
                yield part
                part = []
        if part and ((not team and line.kind == "Patient") or (team and len(part) >= BATCH)):
            yield part
            part = []
        part.append((line, entry))
    if part:
        yield part


class _ByPatient:
    """The second reading: each part planned, then written (see the module's docstring)."""

    def __init__(
        self, store: Store, path: Path, survey: _Survey, plan: Planner, keep: Keep, zone: str
    ) -> None:
        self.store = store
        self.plan = plan
        self.path = path
        self.survey = survey
        self.keep = keep
        self.today = store.today()
        self.zone = zone
        self.own_source = store.fhir_links.fhir_source()
        self.report = ImportReport(files=1)
        #: the record each shared resource became, by its "Type/id", once written
        self.written: dict[str, int] = {}
        self.items = 0

    def parts(self, refuse: Callable[[ImportReport], bool]) -> Iterator[list[FhirItem]]:
        """Each part's items, planned once the part before is written; _Refused at the end
        when `refuse` says so of the report."""
        for part in _parts(_lines(self.path)):
            items, made = self._plan(part)
            self.items += len(items)
            yield items
            for name, item in made.items():
                if item.written is not None:
                    self.written[name] = item.written
        if refuse(self.report):
            raise _Refused

    def _plan(self, part: list[tuple[_Line, Json]]) -> tuple[list[FhirItem], dict[str, FhirItem]]:
        """The part's items to write, and the first item of each shared resource it holds."""
        own = {line.name for line, _entry in part}
        again: dict[str, _Line] = {}  # the shared resources it refers to, written before
        for _line, entry in part:
            for reference in references_in(entry["resource"]):
                name = reference.rpartition("#")[0] or reference
                name = "/".join(name.split("/")[-2:])
                # Each shared line read once per part, however often the part refers to it.
                if (
                    name not in again
                    and name not in own
                    and name in self.survey.shared
                    and name in self.written
                ):
                    again[name] = self.survey.line(name)
        reading = Reading(files=1)
        earlier = sorted(again.values(), key=lambda line: line.number)  # as the file has them
        entry_at = translate("FhirImport", "{where} entry {number}")
        for line, entry in [(line, line.entry()) for line in earlier] + part:
            url = entry.get("fullUrl")
            where = entry_at.format(where=self.path.name, number=line.number)
            take(entry["resource"], where, url if isinstance(url, str) else "", reading, self.keep)
        plan = self.plan(
            reading,
            links=self.store.fhir_links.fhir_links,
            identified=self.store.fhir_links.fhir_identified,
            today=self.today,
            zone=self.zone,
            own_source=self.own_source,
            listed=self.survey.listed,
            checked=again,  # in the part that wrote them
        )
        report = plan.report
        for line in again.values():  # read for this part's sake, counted where they are
            report.read[line.kind] -= 1
        self.report.read.update(+report.read)
        self.report.not_kept.update(report.not_kept)
        self.report.findings += [f for f in report.findings if f.name not in again]
        left_out = {id(item) for name in again for item in plan.by_resource.get(name, [])}
        firsts = {id(items[0]): name for name, items in plan.by_resource.items() if items}
        for item in plan.items:
            for field_name, target in list(item.refs.items()):
                if id(target) in left_out:
                    del item.refs[field_name]
                    _point(item, field_name, self.written.get(firsts.get(id(target), "")))
        made = {
            name: items[0]
            for name, items in plan.by_resource.items()
            if items and name in self.survey.shared and name not in again
        }
        return [item for item in plan.items if id(item) not in left_out], made


def _point(item: FhirItem, field_name: str, record_id: int | None) -> None:
    """Point the item's field at a record written before (as the store links an item's)."""
    if record_id is None:
        return
    value: int | str = record_id
    if isinstance(item.record, Measurement) and field_name == "kind":
        value = f"custom:{record_id}"  # a reading of the coordinator's own measure
    setattr(item.record, field_name, value)


def import_by_patient(
    store: Store,
    path: Path,
    *,
    plan: Planner,
    whole: Callable[[], ImportReport],
    keep: Keep,
    skip_invalid: bool,
    dry_run: bool,
    zone: str,
) -> ImportReport:
    """Import carebook's own export at `path` part by part (see the module's docstring), each
    planned by `plan`, as fhir.imports.import_files would (its `keep` says which types are
    held); `whole` imports the file as any Bundle, should it not keep to the layout."""
    try:
        survey = _Survey(path)
    except (_OutOfLayout, Unreadable):
        return whole()
    run = _ByPatient(store, path, survey, plan, keep, zone)
    report = run.report
    report.dry_run, report.skip_invalid = dry_run, skip_invalid
    try:
        report.applied = store.fhir_links.apply_fhir_parts(
            run.parts(lambda said: bool(said.errors) and not skip_invalid),
            dry_run=dry_run,
            summary=lambda: f"FHIR: {run.items} records from 1 file(s)",
        )
    except (_OutOfLayout, Unreadable):
        return whole()
    except _Refused:
        report.applied = None
    except FhirImportError as error:
        report.findings.append(Finding(ERROR, translate("FhirImport", "caseload"), str(error)))
        report.applied = None
    report.not_kept = +report.not_kept
    report.sort()
    return report
