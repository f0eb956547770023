"""A FHIR R4 Bundle written to a stream entry by entry, each resource checked on its own."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TextIO

from carebook.core.words import translate
from carebook.interop.fhir.bundle import RESTFUL, check_codes, not_valid, references_in

if TYPE_CHECKING:
    import pydantic

Json = dict[str, Any]
_INDENT = " " * 4  # an entry's lines sit two levels into the Bundle
#: Compact JSON, characters as they are: the C encoder, made once for every entry.
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


class CollectionWriter:
    """Writes `head` (a Bundle without its entries) and then each entry added, as compact
    JSON (one line), or with `indent` as the same text `bundle_json` gives for the whole
    Bundle, so nothing needs holding all of it.

    Always checked, piece by piece: the required codes, each entry's fullUrl, and every
    reference resolving to an entry. A reference may name an entry that comes later (a
    contact first written with another patient), so the ones not yet resolved wait for
    `close`. With `models` the envelope and each resource are also parsed with the R4 models
    (R4B): `check_bundle`'s checks whole. Raises ValueError at the first fault; what was
    written by then must be thrown away (see reports.write_streamed).
    """

    def __init__(
        self, stream: TextIO, head: Json, *, indent: bool = False, models: bool = False
    ) -> None:
        self.indent = indent
        self.models = models
        if models:
            _check_model(head, translate("FhirExport", "the bundle"))
        self.stream = stream
        self.count = 0
        #: Every entry's fullUrl: the one per-caseload set this needs (references and
        #: doubles are checked against it).
        self.full_urls: set[str] = set()
        #: References to entries not written yet: the fullUrl each needs -> (the reference,
        #: who makes it); an entry, once written, takes its own off.
        self.waiting: dict[str, tuple[str, str]] = {}
        if indent:
            text = json.dumps(head, indent=2, ensure_ascii=False)
            stream.write(text[:-2] + ',\n  "entry": [')  # the envelope, open for its entries
        else:
            stream.write(_COMPACT.encode(head)[:-1] + ',"entry":[')

    def add(self, resource: Json, full_url: str) -> None:
        """Check the resource and write it as the next entry."""
        name = f"{resource.get('resourceType')}/{resource.get('id')}"
        self._check(resource, name, full_url)
        entry = {"fullUrl": full_url, "resource": resource}
        if self.indent:
            text = json.dumps(entry, indent=2, ensure_ascii=False)
            self.stream.write(
                ("\n" if self.count == 0 else ",\n") + _INDENT + text.replace("\n", "\n" + _INDENT)
            )
        else:
            # One entry a line: a reader (or a person with `head`) can take the file apart.
            self.stream.write(("\n" if self.count == 0 else ",\n") + _COMPACT.encode(entry))
        self.count += 1

    def close(self) -> None:
        """Check that every reference found its entry and finish the Bundle."""
        for reference, name in self.waiting.values():
            raise ValueError(
                translate(
                    "FhirExport",
                    "The reference {reference} in {name} does not resolve inside the bundle",
                ).format(reference=repr(reference), name=name)
            )
        if self.indent:
            self.stream.write("\n  ]\n}\n" if self.count else "]\n}\n")
        else:
            self.stream.write("\n]}\n" if self.count else "]}\n")

    def _check(self, resource: Json, name: str, full_url: str) -> None:
        if self.models:
            _check_model(resource, name)
        check_codes([{"resource": resource}])
        if not full_url or full_url in self.full_urls:
            raise ValueError(
                translate("FhirExport", "{name} needs a fullUrl of its own in the bundle").format(
                    name=name
                )
            )
        restful = RESTFUL.fullmatch(full_url)
        base = restful.group("base") if restful else None
        if base and not full_url.endswith("/" + name):
            raise ValueError(
                translate("FhirExport", "The fullUrl {full_url} does not end with {name}").format(
                    full_url=repr(full_url), name=repr(name)
                )
            )
        self.full_urls.add(full_url)
        self.waiting.pop(full_url, None)
        for reference in references_in(resource):
            if reference.startswith("#"):
                if reference != "#" and not any(
                    item.get("id") == reference[1:] for item in resource.get("contained", [])
                ):
                    raise ValueError(
                        translate(
                            "FhirExport", "{reference} in {name} names no contained resource"
                        ).format(reference=repr(reference), name=name)
                    )
                continue
            if not base and ":" not in reference.split("/")[0]:
                # Only the entries written here are checked this way: each has a RESTful
                # fullUrl, against whose base a relative reference resolves.
                raise ValueError(
                    translate(
                        "FhirExport",
                        "The reference {reference} in {name} cannot be resolved without a "
                        "RESTful fullUrl",
                    ).format(reference=repr(reference), name=name)
                )
            target = reference if ":" in reference.split("/")[0] else f"{base}{reference}"
            if target not in self.full_urls:
                self.waiting.setdefault(target, (reference, name))


def _check_model(data: Json, name: str) -> None:
    """Raise ValueError unless `data` (a resource, or the Bundle's envelope) parses with the
    R4 models of fhir.resources (R4B)."""
    # The models are loaded only when asked for (--validate, the tests): they are most of an
    # export's time and a large import at start.
    import pydantic
    from fhir.resources.R4B import get_fhir_model_class

    try:
        get_fhir_model_class(str(data.get("resourceType"))).model_validate(data)
    except KeyError:
        raise ValueError(
            translate(
                "FhirExport", "Not a valid FHIR R4 bundle: {name}: no such resource type"
            ).format(name=name)
        ) from None
    except pydantic.ValidationError as error:
        raise ValueError(_problem(name, error)) from None


def _problem(where: str, error: pydantic.ValidationError) -> str:
    """check_bundle's words for a model fault, placed in the resource (or the envelope)."""
    problems = error.errors()
    first = problems[0]
    message = str(first.get("msg", "invalid")).removeprefix("Value error, ")
    place = ".".join(str(part) for part in first.get("loc", ()))
    return not_valid(" ".join((where, place)).strip(), message, len(problems) - 1)
