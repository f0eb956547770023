"""Where a reference in the files leads, as FHIR resolves it inside a Bundle, and each
resource's source identities.

"#id" leads to a contained resource, an absolute URL or urn:uuid to the entry with that fullUrl,
a relative "Type/id" against the base of the referring entry's fullUrl or else to the resource of
that type and id (which is how NDJSON files refer to each other), an identifier-only reference to
the resource with that identifier. A reference to something not in the files may name a record
imported before: its source identity is in the caseload (`Links` looks it up).

A conditional reference, "Practitioner?identifier=<system>|<value>" (fhir.conditional), leads
to the resource of that type in the files with that identifier, else to the record of the
caseload imported from one (its identity "ident:Practitioner|<system>|<value>"); without a
system, to the one with that value in any system (`Identified` looks those up). Two different
resources (or records) matching it is an error that says so (`Link.ambiguous`); none, a
reference to nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from carebook.core.kinds import KINDS
from carebook.core.words import translate
from carebook.interop.fhir import elements as fe
from carebook.interop.fhir.conditional import Conditional, parse_conditional
from carebook.store.fhir_links import OWN, FhirItem

Json = dict[str, Any]
#: Looks up source identities kept in the caseload: key -> (kind, record id).
Links = Callable[[Iterable[str]], dict[str, tuple[str, int]]]
#: Looks up the identities "ident:<type>|<any system>|<value>" kept in the caseload, given the
#: type and the value: key -> (kind, record id).
Identified = Callable[[str, str], dict[str, tuple[str, int]]]

#: The ids carebook's export gives records ("care-plan-3"); a problem's own Condition is none.
_OWN_ID = re.compile(
    r"(?P<kind>"
    + "|".join(kind.name.replace("_", "-") for kind in KINDS if kind.fhir_link)
    + r")-(?P<id>\d+)"
)
#: A RESTful reference or fullUrl, [base/]Type/id, perhaps of one version of the resource.
RESTFUL = re.compile(
    r"(?P<base>.*/)?(?P<type>[A-Z][A-Za-z]+)/(?P<id>[A-Za-z0-9\-.]{1,64})"
    r"(?:/_history/[A-Za-z0-9\-.]{1,64})?"
)


@dataclass(eq=False, slots=True)
class Entry:
    """A resource being imported: where it was, what it became, whether it is usable."""

    resource: Json
    where: str
    full_url: str
    type: str
    id: str
    owner: Entry | None = None  # the resource this one is contained in
    broken: bool = False  # an error, or its patient's: nothing is made of it
    items: list[FhirItem] = field(default_factory=list)
    contained: dict[str, Entry] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """ "Condition/c4" (or "Patient/p1#org" for a contained one), as the report names it."""
        if self.owner is not None:
            return f"{self.owner.name}#{self.id}"
        return (
            f"{self.type}/{self.id}"
            if self.id
            else translate("FhirImport", "{type} (no id)").format(type=self.type)
        )

    @property
    def item(self) -> FhirItem | None:
        """The record the resource became (its first, when it became several)."""
        return self.items[0] if self.items else None


@dataclass(frozen=True, slots=True)
class Link:
    """Where a reference led: a resource of the files, a record of the caseload, or nowhere."""

    reference: str
    display: str
    entry: Entry | None = None
    existing: tuple[str, int] | None = None
    #: why it leads to none of several it matches (a conditional reference matching two)
    ambiguous: str = ""

    @property
    def found(self) -> bool:
        """Whether it led anywhere."""
        return self.entry is not None or self.existing is not None


NOWHERE = Link("", "")


def type_of(link: Link) -> str:
    """The resource type a reference names, found or not ("" when it does not say)."""
    if link.entry is not None:
        return link.entry.type
    if link.existing is not None:
        return {"patient": "Patient", "appointment": "Appointment"}.get(link.existing[0], "")
    wanted = parse_conditional(link.reference) if "?" in link.reference else None
    if wanted is not None:
        return wanted.type
    restful = RESTFUL.fullmatch(link.reference.split("#")[0]) if link.reference else None
    return restful.group("type") if restful else ""


def identifier_keys(entry: Entry) -> list[str]:
    """The identities a resource's identifiers (each with a system) give it."""
    keys = []
    for identifier in fe.dicts(entry.resource.get("identifier")):
        system = fe.text_of(identifier.get("system"))
        value = fe.text_of(identifier.get("value"))
        if system and value:
            keys.append(f"ident:{entry.type}|{system}|{value}")
    return keys


def source_keys(entry: Entry, own_source: str) -> tuple[str, ...]:
    """The source identities of a resource, strongest first; a resource of the caseload's own
    export (its meta.source is `own_source`) is first of all the record its id names."""
    if entry.owner is not None:
        owner = entry.owner
        return (f"id:{owner.type}/{owner.id}#{entry.id}",) if owner.id and entry.id else ()
    keys = identifier_keys(entry)
    meta = fe.as_dict(entry.resource.get("meta"))
    own = _OWN_ID.fullmatch(entry.id)
    if own_source and fe.text_of(meta.get("source")) == own_source and own:
        keys.insert(0, f"{OWN}{own.group('kind').replace('-', '_')}/{own.group('id')}")
    if entry.full_url.startswith(("http://", "https://", "urn:uuid:", "urn:oid:")):
        keys.append(f"url:{entry.full_url}")
    if entry.id:
        keys.append(f"id:{entry.type}/{entry.id}")
    return tuple(keys)


class Resolver:
    """The resources of the files, indexed by fullUrl, by type and id and by identifier, and
    where a reference among them leads."""

    def __init__(self, links: Links, identified: Identified | None = None) -> None:
        self.links = links
        self.identified = identified
        self.by_url: dict[str, Entry] = {}
        self.by_name: dict[str, Entry] = {}
        self.by_identifier: dict[str, Entry] = {}
        #: every resource with an identifier of that value, by type and value, with its system
        self.by_value: dict[tuple[str, str], list[tuple[str, Entry]]] = {}
        #: what each conditional reference found in the caseload, looked up once
        self._in_caseload: dict[Conditional, dict[str, tuple[str, int]]] = {}

    def add_identifiers(self, entry: Entry) -> None:
        """Index a resource of the files by its identifiers."""
        for key in identifier_keys(entry):
            self.by_identifier.setdefault(key, entry)
        for identifier in fe.dicts(entry.resource.get("identifier")):
            value = fe.text_of(identifier.get("value"))
            if value:
                system = fe.text_of(identifier.get("system"))
                self.by_value.setdefault((entry.type, value), []).append((system, entry))

    def resolve(self, value: Any, owner: Entry) -> Link:
        """Where a Reference leads (see the module's docstring)."""
        if not isinstance(value, dict):
            return NOWHERE
        reference = fe.text_of(value.get("reference"))
        display = fe.text_of(value.get("display"))
        top = owner.owner or owner
        if reference.startswith("#"):
            return Link(reference, display, entry=self._contained(top, reference[1:]))
        wanted = parse_conditional(reference) if "?" in reference else None
        if wanted is not None:
            return self._conditional(wanted, reference, display)
        if reference:
            found = self._in_files(reference, top)
            if found is not None:
                return Link(reference, display, entry=found)
            keys = []
            restful = RESTFUL.fullmatch(reference)
            if restful:
                keys.append(f"id:{restful.group('type')}/{restful.group('id')}")
            if ":" in reference.split("/")[0]:
                keys.insert(0, f"url:{reference}")
            known = self.links(keys) if keys else {}
            existing = next((known[key] for key in keys if key in known), None)
            return Link(reference, display, existing=existing)
        identifier = value.get("identifier")
        if isinstance(identifier, dict):
            kind = fe.text_of(value.get("type"))
            system, said = fe.text_of(identifier.get("system")), fe.text_of(identifier.get("value"))
            if system and said:
                candidates = (
                    [f"ident:{kind}|{system}|{said}"]
                    if kind
                    else [key for key in self.by_identifier if key.endswith(f"|{system}|{said}")]
                )
                for key in candidates:
                    if key in self.by_identifier:
                        return Link(f"{system}|{said}", display, entry=self.by_identifier[key])
                known = self.links(candidates) if candidates else {}
                existing = next((known[key] for key in candidates if key in known), None)
                return Link(f"{system}|{said}", display, existing=existing)
        return Link("", display)

    def _conditional(self, wanted: Conditional, reference: str, display: str) -> Link:
        """Where a conditional reference leads: the one resource of the files, else the one
        record of the caseload, with that identifier."""
        matching: dict[str, Entry] = {}
        for system, entry in self.by_value.get((wanted.type, wanted.value), []):
            if wanted.system is None or system == wanted.system:
                # a resource written twice under its id is the one imported (the later)
                name = entry.name if entry.id else str(id(entry))
                matching[name] = self.by_name.get(name, entry)
        if len(matching) == 1:
            return Link(reference, display, entry=next(iter(matching.values())))
        if matching:
            found = ", ".join(f"{entry.name} ({entry.where})" for entry in matching.values())
            return Link(
                reference,
                display,
                ambiguous=translate(
                    "FhirImport",
                    "{reference} matches {count} resources in the files, {found}: "
                    "carebook cannot tell which it means",
                ).format(reference=reference, count=len(matching), found=found),
            )
        known = self._in_caseload.get(wanted)
        if known is None:
            known = self._in_caseload[wanted] = self._caseload(wanted)
        records = sorted(set(known.values()))
        if len(records) == 1:
            return Link(reference, display, existing=records[0])
        if records:
            return Link(
                reference,
                display,
                ambiguous=translate(
                    "FhirImport",
                    "{reference} matches {count} records already in the caseload, "
                    "imported from different resources: carebook cannot tell which it "
                    "means",
                ).format(reference=reference, count=len(records)),
            )
        return Link(reference, display)

    def _caseload(self, wanted: Conditional) -> dict[str, tuple[str, int]]:
        if wanted.system:
            return self.links([f"ident:{wanted.type}|{wanted.system}|{wanted.value}"])
        if wanted.system is None and self.identified is not None:
            return self.identified(wanted.type, wanted.value)
        return {}  # an identifier without a system is no identity the caseload keeps

    def _in_files(self, reference: str, top: Entry) -> Entry | None:
        absolute = ":" in reference.split("/")[0]
        if absolute:
            if reference in self.by_url:
                return self.by_url[reference]
            restful = RESTFUL.fullmatch(reference)
            if restful and not reference.startswith("urn:"):
                found = self.by_name.get(f"{restful.group('type')}/{restful.group('id')}")
                if found is not None and (not found.full_url or found.full_url == reference):
                    return found
            return None
        restful = RESTFUL.fullmatch(reference)
        if restful is None:
            return None
        base_match = RESTFUL.fullmatch(top.full_url) if top.full_url else None
        if base_match and base_match.group("base"):
            full = base_match.group("base") + f"{restful.group('type')}/{restful.group('id')}"
            if full in self.by_url:
                return self.by_url[full]
        return self.by_name.get(f"{restful.group('type')}/{restful.group('id')}")

    def _contained(self, top: Entry, local_id: str) -> Entry | None:
        if local_id in top.contained:
            return top.contained[local_id]
        for inner in fe.dicts(top.resource.get("contained")):
            if fe.text_of(inner.get("id")) == local_id:
                entry = Entry(
                    inner, top.where, "", str(inner.get("resourceType", "")), local_id, owner=top
                )
                top.contained[local_id] = entry
                return entry
        return None
