"""carebook's values written as FHIR data types: references, codings, days, instants, periods.

Identity. Every resource id comes from the carebook table and row it was made from
("patient-12", "contact-7", "medication-40"), so exporting again gives the same ids. Each entry's
fullUrl is the RESTful form `https://carebook.invalid/fhir/<Type>/<id>` and references are the
relative "Type/id": the FHIR rule for resolving a relative reference inside a Bundle (against the
base of the referring entry's fullUrl) then finds it, the references stay readable, and the
`.invalid` domain (RFC 2606) can never be looked up, so no one mistakes it for a live server.
urn:uuid fullUrls would have forced opaque "urn:uuid:…" references everywhere.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Sequence
from datetime import date, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from carebook.core.recurrence import on_the_clock

Json = dict[str, Any]

#: The base of every fullUrl: reserved, never resolvable (see the module's docstring).
BASE = "https://carebook.invalid/fhir/"
#: Namespace of the uuid5 identifiers given to each exported document.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, BASE)

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
UCUM = "http://unitsofmeasure.org"
V2_0131 = "http://terminology.hl7.org/CodeSystem/v2-0131"
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
V3_ROLE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
GEOLOCATION = "http://hl7.org/fhir/StructureDefinition/geolocation"
#: The code v2-0131 gives an emergency contact, as (system, code, display).
EMERGENCY = (V2_0131, "C", "Emergency Contact")
#: The words FHIR's clinical-status codes show.
CLINICAL_DISPLAY = {"active": "Active", "inactive": "Inactive", "resolved": "Resolved"}


def ref(resource: Json, display: str = "") -> Json:
    """A reference to a resource of the same Bundle, "Type/id" (with the words shown)."""
    reference: Json = {"reference": f"{resource['resourceType']}/{resource['id']}"}
    if display:
        reference["display"] = display
    return reference


def text(value: str) -> Json:
    """A CodeableConcept of words only."""
    return {"text": value}


def coded(system: str, code: str, display: str, words: str = "") -> Json:
    """A CodeableConcept of one coding (and, when given, its words)."""
    concept: Json = {"coding": [{"system": system, "code": code, "display": display}]}
    if words:
        concept["text"] = words
    return concept


def code(value: str) -> str:
    """A carebook code as the FHIR code of the same meaning ("on_hold" -> "on-hold")."""
    return value.replace("_", "-")


def day(value: date | None) -> str | None:
    """A FHIR date, or None for no day."""
    return value.isoformat() if value is not None else None


def zone(name: str) -> tzinfo | None:
    """The IANA zone of that name; None when there is none or it is unknown here."""
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def instant(moment: datetime, in_zone: tzinfo | None = None) -> str:
    """A date and time with its UTC offset, as FHIR needs: a naive `moment` is wall-clock time
    in `in_zone` (a time the clocks skip moves on by the gap, as the agenda does), or in this
    computer's zone when there is none."""
    if moment.tzinfo is None:
        if in_zone is not None:
            moment = on_the_clock(moment, in_zone).replace(tzinfo=in_zone, fold=0)
        else:
            moment = moment.astimezone()
    return moment.isoformat(timespec="seconds")


def period(start: str | None, end: str | None) -> Json | None:
    """A Period of the ends given, or None when neither is."""
    found = {key: value for key, value in (("start", start), ("end", end)) if value}
    return found or None


def prune(resource: Json) -> Json:
    """The resource without the empty values left by optional fields (FHIR forbids empties)."""
    return {key: value for key, value in resource.items() if value not in (None, "", [], {})}


def telecom(
    phone: str = "", fax: str = "", email: str = "", phone_alt: str = "", use: str = ""
) -> list[Json]:
    """ContactPoints: the phones ranked when there are two, then fax and email."""
    points: list[Json] = []
    for system, value, rank in (
        ("phone", phone, 1),
        ("phone", phone_alt, 2),
        ("fax", fax, 0),
        ("email", email, 0),
    ):
        if value.strip():
            point: Json = {"system": system, "value": value.strip()}
            if use:
                point["use"] = use
            if system == "phone" and phone.strip() and phone_alt.strip():
                point["rank"] = rank
            points.append(point)
    return points


def narrative(paragraphs: Sequence[str]) -> Json:
    """A generated Narrative of the paragraphs, escaped."""
    body = "".join(f"<p>{html.escape(said)}</p>" for said in paragraphs)
    return {"status": "generated", "div": f'<div xmlns="http://www.w3.org/1999/xhtml">{body}</div>'}


def distinct(*texts: str) -> list[str]:
    """The texts that say something the others do not ("Daughter" is in "Daughter; lives…")."""
    kept = [said.strip() for said in dict.fromkeys(texts) if said.strip()]
    return [
        said
        for said in kept
        if not any(said != other and said.casefold() in other.casefold() for other in kept)
    ]


def name_of(resource: Json) -> str:
    """The name a contact's resource shows (an Organization's, or a person's first)."""
    name = resource.get("name")
    if isinstance(name, str):
        return name
    if isinstance(name, list) and name:
        return str(name[0].get("text", ""))
    return ""
