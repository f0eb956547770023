"""A patient as FHIR: the Patient resource, and the "Patient notes" of carebook's document.

R4's Patient has no notes element: the document carries the access notes and the notes in a
section of their own, typed beside their words (the whole-caseload export, which has no
document, in carebook's extension of the Patient; see fhir.caseload).

Read back, a Patient is a patient of the caseload: an MRN (or NHS number) its external id, a
member number its payer's; deceased, or not active (discharged), its status.
"""

from __future__ import annotations

from typing import Any

from carebook.core.records import Patient
from carebook.core.vocabularies import PatientStatus, Sex
from carebook.core.words import translate
from carebook.interop.fhir import elements as fe
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir import sentences
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.planning import NotImported, Planning
from carebook.interop.fhir.report import WARNING
from carebook.interop.fhir.resolving import Entry

Json = dict[str, Any]

_NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number"
#: The title of the section of carebook's document that holds the patient's notes.
NOTES_SECTION = "Patient notes"


def patient_resource(patient: Patient) -> Json:
    """The patient as a FHIR Patient, not yet pruned."""
    names: list[Json] = []
    official = fv.prune(
        {
            "use": "official",
            "family": patient.family.strip(),
            "given": [patient.given.strip()] if patient.given.strip() else [],
        }
    )
    if len(official) > 1:
        names.append(official)
    preferred = patient.preferred_name.strip()
    if preferred and preferred != patient.given.strip():
        names.append({"use": "nickname", "given": [preferred]})
    identifiers: list[Json] = []
    if patient.external_id.strip():
        identifiers.append(
            {
                "use": "usual",
                "type": fv.coded(fv.V2_0203, "MR", "Medical record number", "MRN"),
                "value": patient.external_id.strip(),
            }
        )
    if patient.member_id.strip() or patient.payer.strip():
        identifiers.append(
            fv.prune(
                {
                    "type": fv.coded(fv.V2_0203, "MB", "Member Number", "Member number"),
                    "value": patient.member_id.strip(),
                    "assigner": {"display": patient.payer.strip()}
                    if patient.payer.strip()
                    else None,
                }
            )
        )
    address = fv.prune(
        {
            "use": "home",
            "text": patient.address,
            "line": [patient.address_line.strip()] if patient.address_line.strip() else [],
            "city": patient.city.strip(),
            "state": patient.region.strip(),
            "postalCode": patient.postal_code.strip(),
        }
    )
    if patient.lat is not None and patient.lon is not None:
        address["extension"] = [
            {
                "url": fv.GEOLOCATION,
                "extension": [
                    {"url": "latitude", "valueDecimal": patient.lat},
                    {"url": "longitude", "valueDecimal": patient.lon},
                ],
            }
        ]
    deceased = patient.status is PatientStatus.DECEASED
    resource: Json = {
        "resourceType": "Patient",
        "id": f"patient-{patient.id}",
        "identifier": identifiers,
        "active": patient.status in (PatientStatus.ACTIVE, PatientStatus.ON_HOLD),
        "name": names,
        "telecom": fv.telecom(patient.phone, "", patient.email, patient.phone_alt, "home"),
        "gender": patient.sex.value if patient.sex is not None else None,
        "birthDate": fv.day(patient.birth_date),
        "address": [address] if len(address) > 1 else [],
        "communication": [{"language": fv.text(patient.language.strip()), "preferred": True}]
        if patient.language.strip()
        else [],
    }
    if deceased:
        resource["deceasedBoolean"] = True
    return resource


def patient_notes_section(patient: Patient) -> Json | None:
    """The document's section of the patient's access notes and notes; None without any."""
    said = {
        name: text.strip()
        for name, text in (("access_notes", patient.access_notes), ("notes", patient.notes))
        if text.strip()
    }
    if not said:
        return None
    labels = {"access_notes": "Home access", "notes": "Notes"}
    paragraphs = [f"{labels[name]}: {text}" for name, text in said.items()]
    return ext.typed({"title": NOTES_SECTION, "text": fv.narrative(paragraphs)}, said)


def read_patient_notes(planning: Planning, entry: Entry) -> None:
    """carebook's own document: its section of the patient's notes, for the patient."""
    sections = fe.dicts(entry.resource.get("section"))
    typed = next((ext.decode(s) for s in sections if ext.decode(s)), None)
    if typed is None:  # a document from before the notes were typed: the section's words
        sections = [s for s in sections if fe.text_of(s.get("title")) == NOTES_SECTION]
    if typed is None and not sections:
        return
    subject = planning.resolve(entry.resource.get("subject"), entry)
    if subject.entry is None or subject.entry.type != "Patient":
        return
    notes = planning.patient_notes.setdefault(id(subject.entry), {})
    if typed is not None:
        notes.update(
            {
                name: value
                for name, value in typed.values.items()
                if name in ("access_notes", "notes") and isinstance(value, str)
            }
        )
    else:
        text = fe.as_dict(sections[0].get("text"))
        notes.update(sentences.patient_notes(fe.text_of(text.get("div"))))


def read_patient(planning: Planning, entry: Entry) -> None:
    """A Patient into a patient of the caseload (with the notes carebook's document gave)."""
    r = entry.resource
    given, family, preferred = fe.person_name(r.get("name"))
    if not (given or family or preferred):
        raise NotImported(translate("FhirImport", "has no name carebook can show"))
    patient = Patient(given=given, family=family, preferred_name=preferred)
    born = r.get("birthDate")
    patient.birth_date = fe.date_of(born)
    if born and patient.birth_date is None:
        planning.say(
            WARNING,
            entry,
            translate("FhirImport", "birthDate {born} is not a whole date; left out").format(
                born=repr(born)
            ),
        )
    gender = fe.text_of(r.get("gender"))
    if gender in {sex.value for sex in Sex}:
        patient.sex = Sex(gender)
    elif gender:
        planning.say(
            WARNING,
            entry,
            translate("FhirImport", "gender {gender} is not an R4 code; left out").format(
                gender=repr(gender)
            ),
        )
    phones, _fax, email = fe.contact_points(r.get("telecom"))
    patient.phone = phones[0] if phones else ""
    patient.phone_alt = phones[1] if len(phones) > 1 else ""
    patient.email = email
    address = fe.home_address(r.get("address"))
    if address:
        lines = [fe.text_of(line) for line in fe.as_list(address.get("line")) if fe.text_of(line)]
        patient.address_line = ", ".join(lines)
        patient.city = fe.text_of(address.get("city"))
        patient.region = fe.text_of(address.get("state"))
        patient.postal_code = fe.text_of(address.get("postalCode"))
        if not (lines or patient.city or patient.region or patient.postal_code):
            patient.address_line = fe.text_of(address.get("text"))
        patient.lat, patient.lon = fe.geolocation(address)
    patient.language = fe.language(r.get("communication"))
    identifiers = [
        (i, {code for _s, code in fe.codes(i.get("type"))}) for i in fe.dicts(r.get("identifier"))
    ]
    identifiers = [
        (i, codes) for i, codes in identifiers if fe.text_of(i.get("value")) or "MB" in codes
    ]
    record_number = next((i for i, codes in identifiers if "MR" in codes), None) or next(
        (i for i, _codes_ in identifiers if fe.text_of(i.get("system")) == _NHS_NUMBER), None
    )
    if record_number is not None:
        patient.external_id = fe.text_of(record_number.get("value"))
    member = next((i for i, codes in identifiers if "MB" in codes), None)
    if member is not None:
        patient.member_id = fe.text_of(member.get("value"))
        assigner = member.get("assigner")
        if isinstance(assigner, dict):
            patient.payer = fe.text_of(assigner.get("display"))
    if r.get("deceasedBoolean") is True or fe.text_of(r.get("deceasedDateTime")):
        patient.status = PatientStatus.DECEASED
    elif r.get("active") is False:
        patient.status = PatientStatus.DISCHARGED
    for name, said in planning.patient_notes.get(id(entry), {}).items():
        setattr(patient, name, said)
    planning.emit(entry, "patient", patient, keys=planning.keys(entry))
