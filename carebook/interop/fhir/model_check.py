"""Each resource of an import checked against the R4 models of fhir.resources (its R4B package).

A fault in an element carebook reads (or in the resource as a whole) is an error; a fault in an
element carebook does not read, and an element the models do not know, are warnings: EHR
downloads are messy, and what carebook never reads cannot hurt it.
"""

from __future__ import annotations

from carebook.core.words import translate
from carebook.interop.fhir.planning import Planning
from carebook.interop.fhir.report import ERROR, WARNING
from carebook.interop.fhir.resolving import Entry

#: The elements carebook reads, per type: a fault there is an error, elsewhere a warning.
_READS: dict[str, frozenset[str]] = {
    name: frozenset(names.split())
    for name, names in {
        "Patient": "identifier active name telecom gender birthDate address communication "
        "deceasedBoolean deceasedDateTime generalPractitioner",
        "Practitioner": "identifier name telecom address",
        "PractitionerRole": "practitioner organization code",
        "Organization": "identifier name type telecom address partOf",
        "RelatedPerson": "identifier name telecom address patient relationship",
        "Person": "identifier name telecom address",
        "CareTeam": "subject participant note",
        "Condition": "identifier code subject clinicalStatus verificationStatus category "
        "onsetDateTime onsetPeriod abatementDateTime abatementPeriod note",
        "AllergyIntolerance": "identifier code patient clinicalStatus verificationStatus "
        "criticality reaction recordedDate onsetDateTime",
        "MedicationStatement": "identifier status statusReason medicationCodeableConcept "
        "medicationReference subject effectiveDateTime effectivePeriod "
        "dateAsserted informationSource reasonCode reasonReference note "
        "dosage",
        "MedicationRequest": "identifier status statusReason medicationCodeableConcept "
        "medicationReference subject authoredOn requester reasonCode "
        "reasonReference note dosageInstruction dispenseRequest",
        "CarePlan": "identifier status title description subject period addresses goal "
        "activity note category",
        "Goal": "identifier lifecycleStatus achievementStatus description subject target addresses",
        "Appointment": "identifier status serviceType appointmentType description start end "
        "minutesDuration comment participant reasonCode",
        "Encounter": "identifier status subject appointment period reasonCode",
        "ServiceRequest": "identifier status category code subject authoredOn performer note",
        "Task": "identifier status priority description code for restriction executionPeriod note",
        "DocumentReference": "identifier status type category subject date description "
        "content context",
        "Observation": "status category code subject effectiveDateTime valueQuantity "
        "valueInteger component note derivedFrom",
        "ObservationDefinition": "code quantitativeDetails qualifiedInterval",
    }.items()
}
_ALWAYS_READ = frozenset({"resourceType", "id", "contained", "extension"})


def check_resource(planning: Planning, entry: Entry) -> None:
    """The resource against the R4 models (see the module's docstring): a serious fault marks
    it broken, with an error; the others are warnings."""
    # The models are loaded on the first check, not when carebook starts (nor by an export
    # that reads its own resources back without them).
    import pydantic
    from fhir.resources.R4B import get_fhir_model_class

    if not planning.keys(entry):
        planning.say(
            WARNING,
            entry,
            translate(
                "FhirImport",
                "has no id (nor fullUrl, nor identifier): a later import cannot "
                "find what it became, and would add it again",
            ),
        )
    try:
        model = get_fhir_model_class(entry.type)
        model.model_validate(entry.resource)
    except KeyError:
        return
    except pydantic.ValidationError as error:
        reads = _READS.get(entry.type, frozenset()) | _ALWAYS_READ
        faults: list[tuple[bool, str]] = []
        for problem in error.errors():
            location = [str(part) for part in problem.get("loc", ())]
            message = str(problem.get("msg", "invalid")).removeprefix("Value error, ")
            place = ".".join(location) or translate("FhirImport", "the resource")
            if problem.get("type") == "extra_forbidden":
                faults.append(
                    (
                        False,
                        translate(
                            "FhirImport", "{place} is not an element of an R4 {type}; ignored"
                        ).format(place=place, type=entry.type),
                    )
                )
            elif not location or location[0] in reads:
                faults.append(
                    (
                        True,
                        translate("FhirImport", "is not valid FHIR R4: {place}: {message}").format(
                            place=place, message=message
                        ),
                    )
                )
            else:
                faults.append(
                    (
                        False,
                        translate(
                            "FhirImport",
                            "{place} is not valid FHIR R4 ({message}); carebook does not read it",
                        ).format(place=place, message=message),
                    )
                )
        serious = [said for grave, said in faults if grave]
        if serious:
            entry.broken = True
            said = serious[0]
            if len(serious) > 1:
                said = translate("FhirImport", "{problem} (and {count} more)").format(
                    problem=said, count=len(serious) - 1
                )
            planning.say(ERROR, entry, said)
        for grave, said in faults:
            if not grave:
                planning.say(WARNING, entry, said)
