"""Where a reference in discharge FHIR files leads: a contained resource, an entry's fullUrl,
"Type/id", or a resource by its identifier (a conditional reference included)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from carebook.interop.fhir import elements as fe

Json = dict[str, Any]

#: [base/]Type/id, perhaps of one version of the resource.
_RESTFUL = re.compile(
    r"(?:.*/)?(?P<type>[A-Z][A-Za-z]+)/(?P<id>[A-Za-z0-9\-.]{1,64})(?:/_history/[A-Za-z0-9\-.]+)?"
)
_CONDITIONAL = re.compile(r"(?P<type>[A-Z][A-Za-z]+)\?identifier=(?P<said>[^&]+)")


@dataclass(frozen=True, slots=True)
class Held:
    """A resource of the files: the JSON, where it was, and its entry's fullUrl."""

    resource: Json
    where: str
    full_url: str = ""

    @property
    def type(self) -> str:
        return fe.text_of(self.resource.get("resourceType"))


class Index:
    """The resources of the files by fullUrl, by "Type/id" and by identifier."""

    def __init__(self, held: list[Held]) -> None:
        self.by_url: dict[str, Held] = {}
        self.by_name: dict[str, Held] = {}
        self.by_identifier: dict[str, Held] = {}
        for one in held:
            if one.full_url:
                self.by_url.setdefault(one.full_url, one)
            said = fe.text_of(one.resource.get("id"))
            if said:
                self.by_name.setdefault(f"{one.type}/{said}", one)
            for identifier in fe.dicts(one.resource.get("identifier")):
                system = fe.text_of(identifier.get("system"))
                value = fe.text_of(identifier.get("value"))
                if value:
                    self.by_identifier.setdefault(f"{one.type}|{system}|{value}", one)
                    self.by_identifier.setdefault(f"{one.type}||{value}", one)

    def resolve(self, value: Any, owner: Held) -> Held | None:
        """The resource a Reference leads to among the files (or contained in `owner`)."""
        if not isinstance(value, dict):
            return None
        reference = fe.text_of(value.get("reference"))
        if reference.startswith("#"):
            return _contained(owner, reference[1:])
        if reference in self.by_url:
            return self.by_url[reference]
        conditional = _CONDITIONAL.fullmatch(reference)
        if conditional:
            system, bar, said = conditional.group("said").rpartition("|")
            key = f"{conditional.group('type')}|{system if bar else ''}|{said}"
            return self.by_identifier.get(key)
        restful = _RESTFUL.fullmatch(reference) if reference else None
        if restful:
            return self.by_name.get(f"{restful.group('type')}/{restful.group('id')}")
        identifier = value.get("identifier")
        if isinstance(identifier, dict) and not reference:
            system = fe.text_of(identifier.get("system"))
            said = fe.text_of(identifier.get("value"))
            kind = fe.text_of(value.get("type"))
            if said and kind:
                return self.by_identifier.get(f"{kind}|{system}|{said}")
        return None


def _contained(owner: Held, local: str) -> Held | None:
    for inner in fe.dicts(owner.resource.get("contained")):
        if fe.text_of(inner.get("id")) == local:
            return Held(inner, owner.where)
    return None
