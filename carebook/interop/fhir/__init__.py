"""HL7 FHIR R4: the caseload and a patient's record out, EHR downloads in."""
