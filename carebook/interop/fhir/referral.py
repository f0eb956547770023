"""A referral as FHIR: a ServiceRequest of the patient to the contact it is sent to, and back.

What it is for is the request's code (as words); when it was sent, authoredOn; whom it is to,
the performer (the contact's Practitioner or Organization). FHIR's request statuses say less
than carebook's (a referral accepted and one only sent are both "active"), so the status and
the follow-up date are also carebook's typed fields (see fhir.extension); read back, those win
over what FHIR's own elements say. The follow-up task, when the file holds it, is named in the
extension too (FHIR's Task points at its request, not a request at its task).

Read back from a file, a ServiceRequest is a referral when it is carebook's own or says it is
one (its category, SNOMED CT "Patient referral"); other requests (a lab order) are only named
by a care plan's activity. Whom it is to is its performer, found among the file's contacts (or
the caseload's) as a care team's members are.
"""

from __future__ import annotations

from typing import Any

from carebook.core.records import Referral
from carebook.core.vocabularies import ReferralStatus
from carebook.core.words import translate
from carebook.interop.fhir import elements as fe
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.planning import CONTACT_TYPES, NotImported, Planning, Target
from carebook.interop.fhir.report import SKIPPED
from carebook.interop.fhir.resolving import Entry

Json = dict[str, Any]

_REQUEST_STATUS = {
    ReferralStatus.SENT: "active",
    ReferralStatus.ACCEPTED: "active",
    ReferralStatus.DECLINED: "revoked",
    ReferralStatus.DONE: "completed",
}
#: SNOMED CT "Referral to service" (the category of a referral among service requests).
REFERRAL_CATEGORY = fv.coded("http://snomed.info/sct", "3457005", "Patient referral", "Referral")


def referral_resource(referral: Referral, subject: Json, performer: Json | None) -> Json:
    """A referral as a ServiceRequest of the patient `subject`, to `performer` (a reference to
    the contact's resource; None when the contact is gone from the directory)."""
    typed = ext.encode(
        {
            "status": referral.status,
            "follow_up_on": referral.follow_up_on,
        }
    )
    return fv.prune(
        {
            "resourceType": "ServiceRequest",
            "id": f"referral-{referral.id}",
            "extension": [typed] if typed else None,
            "status": _REQUEST_STATUS[referral.status],
            "intent": "order",
            "category": [REFERRAL_CATEGORY],
            "code": fv.text(referral.reason.strip()),
            "subject": subject,
            "authoredOn": referral.sent_on.isoformat(),
            "performer": [performer] if performer else None,
            "note": [{"text": referral.notes.strip()}] if referral.notes.strip() else None,
        }
    )


def is_referral(resource: Json) -> bool:
    """Whether a ServiceRequest is a referral: carebook's own, or so categorised."""
    if "status" in ext.decode(resource).values:
        return True
    return fe.codes(REFERRAL_CATEGORY)[0] in fe.codes(resource.get("category"))


def read_service_request(planning: Planning, entry: Entry) -> None:
    """A referral's ServiceRequest into a referral of its patient to the contact performing it
    (another request is left to the care plan that names it)."""
    r = entry.resource
    if not is_referral(r):
        return
    planning.not_in_error(entry)
    patient = planning.patient_of(entry, r.get("subject"), "subject")
    contact: Target = None
    for value in fe.as_list(r.get("performer")):
        contact, _display = planning.optional(entry, value, "contact", CONTACT_TYPES, "performer")
        if contact is not None:
            break
    if contact is None:
        raise NotImported(
            translate(
                "FhirImport",
                "names no contact it is sent to; carebook keeps a referral with whom it is to",
            ),
            SKIPPED,
        )
    # A contact of this import has no id yet: the record holds a stand-in until it is written
    # (fhir_links sets the id from the link), so the referral's own check can run now.
    referral = read_referral(r, 0, contact if isinstance(contact, int) else 0)
    if referral is None:
        raise NotImported(
            translate("FhirImport", "does not say what the referral is for, or when it was sent"),
            SKIPPED,
        )
    refs: dict[str, Target] = {"patient_id": patient, "contact_id": contact}
    planning.emit(entry, "referral", referral, refs, keys=planning.keys(entry))


def read_referral(resource: Json, patient_id: int, contact_id: int | None) -> Referral | None:
    """The referral a ServiceRequest holds, for the patient and contact its references were
    found to be; None when it says nothing carebook can keep (no code or no date sent)."""
    reason = fe.concept_text(resource.get("code"))
    sent_on = fe.date_of(resource.get("authoredOn"))
    if not reason or sent_on is None:
        return None
    typed = ext.decode(resource)
    status = _status_of(typed.values.get("status"), fe.text_of(resource.get("status")))
    follow_up = typed.values.get("follow_up_on")
    notes = [fe.text_of(note.get("text")) for note in fe.notes_of(resource)]
    return Referral(
        patient_id=patient_id,
        contact_id=contact_id,
        reason=reason,
        sent_on=sent_on,
        status=status,
        follow_up_on=fe.date_of(follow_up),
        notes="\n".join(note for note in notes if note),
    )


def _status_of(typed: Any, request_status: str) -> ReferralStatus:
    if isinstance(typed, str) and typed in ReferralStatus._value2member_map_:
        return ReferralStatus(typed)
    if request_status == "completed":
        return ReferralStatus.DONE
    if request_status in ("revoked", "entered-in-error"):
        return ReferralStatus.DECLINED
    return ReferralStatus.SENT
