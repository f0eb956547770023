"""Readings and assessment totals as FHIR: LOINC-coded Observations (and measures' definitions).

A vital sign is an Observation of its LOINC code (blood pressure the panel 85354-9 with its
systolic 8480-6 and diastolic 8462-4 components) whose value is in the stored unit, as written;
a measure of the coordinator's own is coded by its words with its unit, and its definition (name,
unit, normal and plausible ranges) is an ObservationDefinition. An assessment's total is an
Observation of the instrument's LOINC code (PHQ-9 44261-6, GDS-15 48545-8 …), its band the
interpretation, its flags and comment notes; its item answers are a QuestionnaireResponse it is
derived from (fhir.questionnaire_response).

What FHIR has no element for (the zone a reading was taken in, the unit it was typed in, why an
implausible reading was kept, an assessment's instrument and version, who scored it, its flags,
the version it corrects and whether it is superseded) is carebook's extension, typed (see
fhir.extension). Read back, carebook's own Observations (those carrying the extension) become
records again; an EHR's many Observations are counted, not kept (see fhir.imports).
"""

from __future__ import annotations

from typing import Any

from carebook.core.clinical_records import AssessmentResult, MeasureKind, Measurement
from carebook.core.instruments import band_of, instrument, instruments
from carebook.core.measures import BY_ID, VITALS
from carebook.core.words import translate
from carebook.interop.fhir import elements as fe
from carebook.interop.fhir import extension as ext
from carebook.interop.fhir import values as fv
from carebook.interop.fhir.planning import NotImported, Planning, Target
from carebook.interop.fhir.questionnaire_response import answers_of, read_answers
from carebook.interop.fhir.report import SKIPPED
from carebook.interop.fhir.resolving import Entry
from carebook.store.fhir_links import FhirItem

Json = dict[str, Any]

_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
_INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
PANEL = ("85354-9", "Blood pressure panel with all children optional")
#: UCUM codes of the stored units.
_UCUM = {
    "mmHg": "mm[Hg]",
    "/min": "/min",
    "kg": "kg",
    "cm": "cm",
    "°C": "Cel",
    "%": "%",
    "mg/dL": "mg/dL",
    "/10": "{score}",
}
_BY_CODE = {vital.code: vital.id for vital in VITALS}


def _quantity(value: float, unit: str) -> Json:
    quantity: Json = {"value": value, "unit": unit}
    if unit in _UCUM:
        quantity.update(system=fv.UCUM, code=_UCUM[unit])
    return quantity


# -- a measure's definition ----------------------------------------------------------------------


def measure_kind_resource(kind: MeasureKind) -> Json:
    """The coordinator's own measure as an ObservationDefinition: words, unit, ranges."""

    def interval(category: str, low: float | None, high: float | None) -> Json | None:
        bounds = {
            end: {"value": value, "unit": kind.unit}
            for end, value in (("low", low), ("high", high))
            if value is not None
        }
        return {"category": category, "range": bounds} if bounds else None

    intervals = [
        interval("reference", kind.normal_low, kind.normal_high),
        interval("absolute", kind.plausible_low, kind.plausible_high),
    ]
    return fv.prune(
        {
            "resourceType": "ObservationDefinition",
            "id": f"measure-kind-{kind.id}",
            "extension": [ext.encode({"name": kind.name})],
            "code": fv.text(kind.name),
            "permittedDataType": ["Quantity"],
            "quantitativeDetails": {"unit": fv.text(kind.unit)},
            "qualifiedInterval": [i for i in intervals if i is not None],
        }
    )


def read_measure_kind(planning: Planning, entry: Entry) -> None:
    """An ObservationDefinition of carebook's into the coordinator's own measure."""
    r = entry.resource
    name = fe.concept_text(r.get("code"))
    unit = fe.concept_text(fe.as_dict(r.get("quantitativeDetails")).get("unit"))
    if not (name and unit):
        raise NotImported(translate("FhirImport", "does not name a measure and its unit"), SKIPPED)
    kind = MeasureKind(name=name, unit=unit)
    for interval in fe.dicts(r.get("qualifiedInterval")):
        bounds = fe.as_dict(interval.get("range"))
        low, high = (_number(fe.as_dict(bounds.get(end)).get("value")) for end in ("low", "high"))
        if fe.text_of(interval.get("category")) == "reference":
            kind.normal_low, kind.normal_high = low, high
        elif fe.text_of(interval.get("category")) == "absolute":
            kind.plausible_low, kind.plausible_high = low, high
    planning.measure_kinds[name.casefold()] = planning.emit(
        entry, "measure_kind", kind, fields=ext.Fields()
    )


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


# -- readings ------------------------------------------------------------------------------------


def measurement_resource(
    measurement: Measurement, subject: Json, kinds: dict[int, MeasureKind]
) -> Json:
    """A reading as an Observation of the patient `subject` (`kinds`: the coordinator's own
    measures by id), not yet pruned."""
    typed: dict[str, Any] = {"tz": measurement.tz}
    for name in ("entered_unit", "override_reason"):
        if getattr(measurement, name):
            typed[name] = getattr(measurement, name)
    resource: Json = {
        "resourceType": "Observation",
        "id": f"measurement-{measurement.id}",
        "status": "final",
        "effectiveDateTime": fv.instant(measurement.taken_at, fv.zone(measurement.tz)),
        "subject": subject,
        "note": [{"text": measurement.note}] if measurement.note.strip() else [],
    }
    if measurement.kind.startswith("custom:"):
        kind = kinds[int(measurement.kind.removeprefix("custom:"))]
        typed["kind"] = ext.Reference(f"ObservationDefinition/measure-kind-{kind.id}")
        resource.update(code=fv.text(kind.name), valueQuantity={"value": measurement.value})
        resource["valueQuantity"]["unit"] = kind.unit
    else:
        vital = BY_ID[measurement.kind]
        resource["category"] = [fv.coded(_CATEGORY, "vital-signs", "Vital Signs")]
        if vital.id == "bp":
            resource["code"] = fv.coded(fv.LOINC, *PANEL, vital.name)
            resource["component"] = [
                {
                    "code": fv.coded(fv.LOINC, vital.code, vital.code_display),
                    "valueQuantity": _quantity(measurement.value, vital.unit),
                },
                {
                    "code": fv.coded(fv.LOINC, vital.second_code, "Diastolic blood pressure"),
                    "valueQuantity": _quantity(measurement.second or 0.0, vital.unit),
                },
            ]
            if measurement.second is None:
                resource["component"].pop()
        else:
            resource["code"] = fv.coded(fv.LOINC, vital.code, vital.code_display, vital.name)
            resource["valueQuantity"] = _quantity(measurement.value, vital.unit)
    encoded = ext.encode(typed)
    return {"resourceType": "Observation", "id": resource["id"], "extension": [encoded], **resource}


def _reading(planning: Planning, entry: Entry, patient: Target) -> None:
    r = entry.resource
    typed = ext.decode(r).values
    given = typed.get("tz")
    tz = given if isinstance(given, str) and given else planning.zone
    taken = fe.moment(r.get("effectiveDateTime"), tz)
    if taken is None:
        raise NotImported(translate("FhirImport", "has no moment it was taken"))
    value = _number(fe.as_dict(r.get("valueQuantity")).get("value"))
    second: float | None = None
    refs: dict[str, Target] = {"patient_id": patient}
    codes = [code for system, code in fe.codes(r.get("code")) if system == fv.LOINC]
    reference = typed.get("kind")
    if isinstance(reference, ext.Reference) or not codes:
        kind = "custom:0"
        refs["kind"] = _measure_kind(planning, entry, reference)
    elif PANEL[0] in codes:
        kind = "bp"
        parts = {
            code: _number(fe.as_dict(c.get("valueQuantity")).get("value"))
            for c in fe.dicts(r.get("component"))
            for system, code in fe.codes(c.get("code"))
        }
        value, second = parts.get(BY_ID["bp"].code), parts.get(BY_ID["bp"].second_code)
    else:
        known = next((_BY_CODE[code] for code in codes if code in _BY_CODE), None)
        if known is None:
            raise NotImported(translate("FhirImport", "is not a measure carebook keeps"), SKIPPED)
        kind = known
    if value is None:
        raise NotImported(translate("FhirImport", "has no value carebook can keep"))
    measurement = Measurement(
        patient_id=0, kind=kind, taken_at=taken, tz=tz, value=value, second=second
    )
    for name in ("entered_unit", "override_reason"):
        if isinstance(typed.get(name), str):
            setattr(measurement, name, typed[name])
    measurement.note = "\n".join(fe.text_of(n.get("text")) for n in fe.notes_of(r))
    planning.emit(entry, "measurement", measurement, refs, fields=ext.Fields())


def _measure_kind(planning: Planning, entry: Entry, reference: Any) -> FhirItem:
    """The coordinator's own measure a reading is of: its ObservationDefinition in the files,
    else one made of the reading's words and unit (a measure of that name is found on import)."""
    if isinstance(reference, ext.Reference):
        link = planning.resolve({"reference": reference.reference}, entry)
        if link.entry is not None and link.entry.item is not None:
            return link.entry.item
    name = fe.concept_text(entry.resource.get("code"))
    unit = fe.text_of(fe.as_dict(entry.resource.get("valueQuantity")).get("unit"))
    if not (name and unit):
        raise NotImported(translate("FhirImport", "does not name its measure and unit"), SKIPPED)
    found = planning.measure_kinds.get(name.casefold())
    if found is None:
        item = FhirItem(
            record=MeasureKind(name=name, unit=unit), where=entry.where, name=entry.name
        )
        planning.out["measure_kind"].append(item)
        found = planning.measure_kinds[name.casefold()] = item
    return found


# -- assessments ---------------------------------------------------------------------------------


def assessment_resource(result: AssessmentResult, subject: Json, answers: Json | None) -> Json:
    """An assessment's total as an Observation of the patient `subject`, derived from its
    answers' QuestionnaireResponse (`answers`, a reference) when it has them; not yet pruned."""
    found = instrument(result.instrument)
    typed: dict[str, Any] = {
        "instrument": result.instrument,
        "instrument_version": result.instrument_version,
        "scored_by": result.scored_by,
        "band": result.band,
        "flags": result.flags,
        "superseded": result.superseded,
    }
    if result.replaces_id is not None:
        typed["replaces_id"] = ext.Reference(f"Observation/assessment-{result.replaces_id}")
    if answers is not None and answers_of(result) is None:
        typed["answers"] = result.answers  # not written as carebook writes it: kept as it is
    said = [result.band, *result.flags.split("; ")]
    code = (
        fv.coded(fv.LOINC, found.code, found.code_display, found.name)
        if found.code
        else fv.text(found.name)
    )
    return {
        "resourceType": "Observation",
        "id": f"assessment-{result.id}",
        "extension": [ext.encode({k: v for k, v in typed.items() if v not in ("", None)})],
        "status": "amended" if result.replaces_id is not None else "final",
        "category": [fv.coded(_CATEGORY, "survey", "Survey")],
        "code": code,
        "subject": subject,
        "effectiveDateTime": fv.day(result.on_date),
        "performer": [{"display": result.scored_by}] if result.scored_by.strip() else [],
        "valueInteger": result.total,
        "interpretation": [fv.text(words) for words in said if words],
        "note": [{"text": result.comment}] if result.comment.strip() else [],
        "derivedFrom": [answers] if answers is not None else [],
    }


_BY_LOINC: dict[str, str] = {}


def _instrument_of(codes: list[tuple[str, str]]) -> str:
    if not _BY_LOINC:
        _BY_LOINC.update({i.code: i.id for i in instruments() if i.code})
    return next((_BY_LOINC[c] for s, c in codes if s == fv.LOINC and c in _BY_LOINC), "")


def _assessment(planning: Planning, entry: Entry, patient: Target) -> None:
    r = entry.resource
    typed = ext.decode(r).values
    instrument_id = typed.get("instrument")
    if not isinstance(instrument_id, str):
        instrument_id = _instrument_of(fe.codes(r.get("code")))
    if not instrument_id:
        raise NotImported(translate("FhirImport", "is not an assessment carebook knows"), SKIPPED)
    on_date = fe.date_of(r.get("effectiveDateTime"))
    total = r.get("valueInteger")
    if on_date is None or not isinstance(total, int):
        raise NotImported(translate("FhirImport", "has no day or no whole total"))
    result = AssessmentResult(patient_id=0, instrument=instrument_id, on_date=on_date, total=total)
    for name in ("instrument_version", "scored_by", "band", "flags", "answers"):
        if isinstance(typed.get(name), str):
            setattr(result, name, typed[name])
    if "band" not in typed:
        band = band_of(instrument(instrument_id), total)
        result.band = band.label if band else ""
    result.superseded = typed.get("superseded") is True
    result.comment = "\n".join(fe.text_of(n.get("text")) for n in fe.notes_of(r))
    refs: dict[str, Target] = {"patient_id": patient}
    for value in fe.as_list(r.get("derivedFrom")):
        link = planning.resolve(value, entry)
        if link.entry is not None and link.entry.type == "QuestionnaireResponse":
            if "answers" not in typed:
                result.answers = read_answers(link.entry.resource)
            break
    replaced = typed.get("replaces_id")
    if isinstance(replaced, ext.Reference):
        link = planning.resolve({"reference": replaced.reference}, entry)
        if link.entry is not None:
            if link.entry.item is None and not link.entry.broken:
                planning.map(link.entry, read_observation)  # the older version first
            if link.entry.item is not None:
                refs["replaces_id"] = link.entry.item
    planning.emit(entry, "assessment", result, refs, fields=ext.Fields())


def is_carebooks(resource: Json) -> bool:
    """Whether a resource is carebook's own (it carries carebook's extension)."""
    return bool(ext.decode(resource).values)


def read_observation(planning: Planning, entry: Entry) -> None:
    """carebook's own Observation into a reading or an assessment result of its patient."""
    if entry.item is not None:
        return
    planning.not_in_error(entry)
    patient = planning.patient_of(entry, entry.resource.get("subject"), "subject")
    categories = {code for _s, code in fe.codes(entry.resource.get("category"))}
    if "survey" in categories or "valueInteger" in entry.resource:
        _assessment(planning, entry, patient)
    else:
        _reading(planning, entry, patient)
