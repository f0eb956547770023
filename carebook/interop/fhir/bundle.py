"""FHIR R4 Bundles as carebook writes them: their JSON text, and the checks every one passes.

`validate` parses a document with the R4 models of fhir.resources (its R4B package, whose models
accept R4 content for every resource carebook builds), checks the codes of the required value
sets carebook writes (the models do not check codes) and that every reference resolves inside
the Bundle. Nothing is fetched from anywhere.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from carebook.core.words import translate

if TYPE_CHECKING:
    import pydantic

Json = dict[str, Any]


def validate(bundle: Json) -> None:
    """Raise ValueError, saying briefly what is wrong, unless `bundle` is a valid R4 document.

    It must parse with fhir.resources' R4 models (R4B package), use only the codes of the
    required value sets for the coded fields written here (the models do not check codes), be
    a document (a Composition first, an identifier, a timestamp) and have every reference
    resolve to an entry of the Bundle.
    """
    entries = _check_model(bundle)
    _check_document(bundle, entries)
    check_codes(entries)
    _check_references(entries)


def check_bundle(bundle: Json) -> None:
    """Raise ValueError unless `bundle` (of any type) passes `validate`'s checks but the
    document's own: the R4 models, the required codes, every reference resolving inside it."""
    entries = _check_model(bundle)
    check_codes(entries)
    _check_references(entries)


def _check_model(bundle: Json) -> list[Json]:
    """The Bundle's entries with a resource, once it parses with the R4 models."""
    # The models are loaded only when a Bundle is checked whole: most commands never need them.
    import pydantic
    from fhir.resources.R4B.bundle import Bundle

    try:
        Bundle.model_validate(bundle)
    except pydantic.ValidationError as error:
        raise ValueError(_model_problem(error, bundle)) from None
    return [entry for entry in bundle.get("entry") or [] if entry.get("resource")]


def bundle_json(bundle: Json) -> str:
    """The Bundle as UTF-8 JSON text: indented by 2, characters as they are, keys in the order
    they were built (resourceType first), so the same Bundle always gives the same text."""
    return json.dumps(bundle, indent=2, ensure_ascii=False) + "\n"


# -- checking a document -------------------------------------------------------------------------


def _where(bundle: Json, location: Sequence[int | str]) -> str:
    """ "entry.3.resource.dosage.0" as "MedicationStatement/medication-4 dosage.0"."""
    parts = [str(part) for part in location]
    if len(parts) >= 3 and parts[0] == "entry" and parts[2] == "resource":
        try:
            resource = bundle["entry"][int(parts[1])]["resource"]
            name = f"{resource.get('resourceType')}/{resource.get('id')}"
        except (KeyError, IndexError, TypeError, ValueError):
            name = translate("FhirExport", "entry {number}").format(number=parts[1])
        return " ".join((name, ".".join(parts[3:]))).strip()
    return ".".join(parts) or translate("FhirExport", "the bundle")


def _model_problem(error: pydantic.ValidationError, bundle: Json) -> str:
    problems = error.errors()
    first = problems[0]
    message = str(first.get("msg", "invalid")).removeprefix("Value error, ")
    where = (
        _where(bundle, first.get("loc", ()))
        if isinstance(bundle, dict)
        else translate("FhirExport", "the bundle")
    )
    return not_valid(where, message, len(problems) - 1)


def not_valid(where: str, message: str, more: int) -> str:
    """A model fault of a bundle, with how many more there are."""
    if more:
        said = translate(
            "FhirExport", "Not a valid FHIR R4 bundle: {where}: {message} (and {more} more)"
        )
    else:
        said = translate("FhirExport", "Not a valid FHIR R4 bundle: {where}: {message}")
    return said.format(where=where, message=message, more=more)


def _check_document(bundle: Json, entries: list[Json]) -> None:
    if bundle.get("type") != "document":
        raise ValueError(
            translate("FhirExport", 'Not a FHIR document: the bundle\'s type is not "document"')
        )
    identifier = bundle.get("identifier") or {}
    if not (identifier.get("system") and identifier.get("value")) or not bundle.get("timestamp"):
        raise ValueError(
            translate(
                "FhirExport",
                "Not a FHIR document: it needs an identifier (system and value) and a timestamp",
            )
        )
    if not entries or entries[0]["resource"].get("resourceType") != "Composition":
        raise ValueError(
            translate("FhirExport", "Not a FHIR document: its first entry must be a Composition")
        )


# The codes of the required value sets for the coded fields this module writes: the models
# check structure and types, not which codes are used.
_REQUIRED_CODES: dict[str, dict[str, frozenset[str]]] = {
    "Composition": {"status": frozenset({"preliminary", "final", "amended", "entered-in-error"})},
    "Patient": {"gender": frozenset({"male", "female", "other", "unknown"})},
    "CareTeam": {
        "status": frozenset({"proposed", "active", "suspended", "inactive", "entered-in-error"})
    },
    "Condition": {
        "clinicalStatus.coding.code": frozenset(
            {"active", "recurrence", "relapse", "inactive", "remission", "resolved"}
        )
    },
    "AllergyIntolerance": {
        "clinicalStatus.coding.code": frozenset({"active", "inactive", "resolved"}),
        "criticality": frozenset({"low", "high", "unable-to-assess"}),
        "reaction.severity": frozenset({"mild", "moderate", "severe"}),
    },
    "MedicationStatement": {
        "status": frozenset(
            {
                "active",
                "completed",
                "entered-in-error",
                "intended",
                "stopped",
                "on-hold",
                "unknown",
                "not-taken",
            }
        )
    },
    "Goal": {
        "lifecycleStatus": frozenset(
            {
                "proposed",
                "planned",
                "accepted",
                "active",
                "on-hold",
                "completed",
                "cancelled",
                "entered-in-error",
                "rejected",
            }
        )
    },
    "CarePlan": {
        "status": frozenset(
            {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"}
        ),
        "intent": frozenset({"proposal", "plan", "order", "option"}),
        "activity.detail.status": frozenset(
            {
                "not-started",
                "scheduled",
                "in-progress",
                "on-hold",
                "completed",
                "cancelled",
                "stopped",
                "unknown",
                "entered-in-error",
            }
        ),
    },
    "Appointment": {
        "status": frozenset(
            {
                "proposed",
                "pending",
                "booked",
                "arrived",
                "fulfilled",
                "cancelled",
                "noshow",
                "entered-in-error",
                "checked-in",
                "waitlist",
            }
        ),
        "participant.status": frozenset({"accepted", "declined", "tentative", "needs-action"}),
    },
    "DocumentReference": {"status": frozenset({"current", "superseded", "entered-in-error"})},
    "Task": {
        "status": frozenset(
            {
                "draft",
                "requested",
                "received",
                "accepted",
                "rejected",
                "ready",
                "cancelled",
                "in-progress",
                "on-hold",
                "failed",
                "completed",
                "entered-in-error",
            }
        ),
        "intent": frozenset(
            {
                "unknown",
                "proposal",
                "plan",
                "order",
                "original-order",
                "reflex-order",
                "filler-order",
                "instance-order",
                "option",
            }
        ),
        "priority": frozenset({"routine", "urgent", "asap", "stat"}),
    },
}


def _values(data: Any, path: Sequence[str]) -> Iterator[Any]:
    if isinstance(data, list):
        for item in data:
            yield from _values(item, path)
    elif not path:
        yield data
    elif isinstance(data, dict) and path[0] in data:
        yield from _values(data[path[0]], path[1:])


def check_codes(entries: list[Json]) -> None:
    """Refuse an entry whose required code R4 fixes (a status, say) is not one it allows."""
    for entry in entries:
        resource = entry["resource"]
        for path, allowed in _REQUIRED_CODES.get(resource.get("resourceType", ""), {}).items():
            for value in _values(resource, path.split(".")):
                if value not in allowed:
                    raise ValueError(
                        translate(
                            "FhirExport",
                            "Not a valid FHIR R4 bundle: {resource}/{id} {path}: {value} is "
                            "not one of the codes allowed there",
                        ).format(
                            resource=resource["resourceType"],
                            id=resource.get("id"),
                            path=path,
                            value=repr(value),
                        )
                    )


def references_in(data: Any) -> list[str]:
    """Every `reference` string anywhere inside a resource (or any part of one), in order."""
    found: list[str] = []
    _gather(data, found)
    return found


def _gather(data: Any, found: list[str]) -> None:
    # A plain recursion into one list: a generator per level costs most of an export's checks.
    if type(data) is dict:
        for key, value in data.items():
            kind = type(value)
            if kind is str:
                if key == "reference":
                    found.append(value)
            elif kind is dict or kind is list:
                _gather(value, found)
    elif type(data) is list:
        for item in data:
            if type(item) is dict or type(item) is list:
                _gather(item, found)


#: A RESTful reference or fullUrl: [base/]Type/id.
RESTFUL = re.compile(r"(?P<base>.*/)?(?P<type>[A-Z][A-Za-z]+)/(?P<id>[A-Za-z0-9\-.]{1,64})")


def _check_references(entries: list[Json]) -> None:
    """Every reference names an entry: an absolute one its fullUrl; a relative "Type/id" the
    entry found by resolving it against the base of the referring entry's fullUrl (or, where
    that fullUrl is not RESTful, the entry of that type and id)."""
    full_urls: set[str] = set()
    by_type_and_id: set[str] = set()
    for entry in entries:
        resource = entry["resource"]
        name = f"{resource.get('resourceType')}/{resource.get('id')}"
        full_url = entry.get("fullUrl", "")
        if not full_url or full_url in full_urls:
            raise ValueError(
                translate("FhirExport", "{name} needs a fullUrl of its own in the bundle").format(
                    name=name
                )
            )
        restful = RESTFUL.fullmatch(full_url)
        if restful and restful.group("base") and not full_url.endswith("/" + name):
            raise ValueError(
                translate("FhirExport", "The fullUrl {full_url} does not end with {name}").format(
                    full_url=repr(full_url), name=repr(name)
                )
            )
        full_urls.add(full_url)
        by_type_and_id.add(name)
    for entry in entries:
        resource = entry["resource"]
        restful = RESTFUL.fullmatch(entry.get("fullUrl", ""))
        base = restful.group("base") if restful and restful.group("base") else None
        for reference in references_in(resource):
            if reference.startswith("#"):
                if reference != "#" and not any(
                    item.get("id") == reference[1:] for item in resource.get("contained", [])
                ):
                    raise ValueError(
                        translate(
                            "FhirExport",
                            "{reference} in {resource}/{id} names no contained resource",
                        ).format(
                            reference=repr(reference),
                            resource=resource["resourceType"],
                            id=resource.get("id"),
                        )
                    )
                continue
            absolute = ":" in reference.split("/")[0]
            found = (
                reference in full_urls
                if absolute
                else (base + reference in full_urls)
                if base
                else reference in by_type_and_id
            )
            if not found:
                raise ValueError(
                    translate(
                        "FhirExport",
                        "The reference {reference} in {resource}/{id} does not resolve "
                        "inside the bundle",
                    ).format(
                        reference=repr(reference),
                        resource=resource["resourceType"],
                        id=resource.get("id"),
                    )
                )
