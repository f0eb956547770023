"""Whatever bytes a discharge file holds, reading it answers with a list or a
DischargeFileError, never another exception."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carebook.core.reconciliation import DischargeList
from carebook.interop.discharge import DischargeFileError, read_discharge

FIXTURES = Path(__file__).parent / "fixtures"
SUFFIXES = ("", ".json", ".ndjson", ".xml", ".csv", ".xlsx", ".txt")
#: Starts that lead each reader past its first look.
STARTS = (
    b"",
    b"{",
    b"[",
    b"<",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"PK\x03\x04",
    b'{"resourceType": "MedicationRequest", ',
    b'{"resourceType": "Bundle", "entry": [{"resource": ',
    b'<?xml version="1.0"?><ClinicalDocument xmlns="urn:hl7-org:v3">',
    b"Medication,Dose,Route,How often,PRN,Status\n",
    b"Medication;Dose\r",
)
FUZZ = settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _read(path: Path) -> DischargeList | None:
    try:
        return read_discharge([path])
    except DischargeFileError as refused:
        assert str(refused)
        return None


@FUZZ
@given(
    start=st.sampled_from(STARTS), rest=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES)
)
def test_any_bytes(tmp_path: Path, start: bytes, rest: bytes, suffix: str) -> None:
    path = tmp_path / f"discharge{suffix}"
    path.write_bytes(start + rest)

    _read(path)


def _fixture_bytes() -> list[bytes]:
    return [
        (FIXTURES / name).read_bytes()
        for name in ("discharge_bundle.json", "discharge_summary.xml", "discharge_list.csv")
    ]


@FUZZ
@given(
    which=st.integers(0, 2),
    at=st.floats(0, 1),
    cut=st.integers(0, 200),
    patch=st.binary(max_size=40),
)
def test_damaged_fixtures(tmp_path: Path, which: int, at: float, cut: int, patch: bytes) -> None:
    data = _fixture_bytes()[which]
    start = int(at * len(data))
    path = tmp_path / "damaged"
    path.write_bytes(data[:start] + patch + data[start + cut :])

    _read(path)


#: Element names of a medicine and its dosage, so that generated objects take the shapes
#: the reader looks into (a timing's repeat, a dose's quantity, a reference) at any depth.
NAMES = (
    "repeat",
    "frequency",
    "period",
    "periodUnit",
    "dayOfWeek",
    "when",
    "timeOfDay",
    "code",
    "text",
    "coding",
    "display",
    "system",
    "value",
    "unit",
    "low",
    "high",
    "numerator",
    "denominator",
    "doseQuantity",
    "doseRange",
    "doseAndRate",
    "reference",
    "id",
    "resourceType",
    "ingredient",
    "strength",
    "itemCodeableConcept",
    "itemReference",
    "timing",
    "route",
    "asNeededBoolean",
    "asNeededCodeableConcept",
    "maxDosePerPeriod",
    "patientInstruction",
    "additionalInstruction",
    "name",
    "given",
    "family",
    "birthDate",
)
LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(
        ("d", "h", "wk", "mon", "HS", "#m", "Medication/m", "urn:uuid:m", "Patient/p", "1")
    )
)
JSON = st.recursive(
    LEAVES,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(NAMES) | st.text(max_size=6), inner, max_size=5)
    ),
    max_leaves=25,
)
FIELDS = (
    "status",
    "medicationCodeableConcept",
    "medicationReference",
    "subject",
    "dosageInstruction",
    "dosage",
    "reasonCode",
    "reasonReference",
    "statusReason",
    "contained",
    "authoredOn",
    "doNotPerform",
)


@FUZZ
@given(
    kind=st.sampled_from(("MedicationRequest", "MedicationStatement")),
    odd=st.dictionaries(st.sampled_from(FIELDS), JSON, max_size=5),
    dosage=st.dictionaries(st.sampled_from(NAMES), JSON, max_size=6),
    medication=st.dictionaries(st.sampled_from(NAMES), JSON, max_size=4),
    patient=st.dictionaries(st.sampled_from(NAMES), JSON, max_size=4),
)
def test_odd_shapes_of_fhir_medicines(
    tmp_path: Path,
    kind: str,
    odd: dict[str, Any],
    dosage: dict[str, Any],
    medication: dict[str, Any],
    patient: dict[str, Any],
) -> None:
    medicine: dict[str, Any] = {
        "resourceType": kind,
        "status": "active",
        "medicationCodeableConcept": {"text": "Aspirin"},
        "dosageInstruction" if kind == "MedicationRequest" else "dosage": [dosage],
        **odd,
    }
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {"resource": medicine},
            {"fullUrl": "urn:uuid:m", "resource": {"resourceType": "Medication", **medication}},
            {"resource": {"resourceType": "Patient", "id": "p", **patient}},
        ],
    }
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")

    _read(path)


#: C-CDA's element and attribute names around a Medication Activity, and values they take.
ELEMENTS = (
    "substanceAdministration",
    "consumable",
    "manufacturedProduct",
    "manufacturedMaterial",
    "code",
    "originalText",
    "reference",
    "translation",
    "name",
    "doseQuantity",
    "low",
    "high",
    "routeCode",
    "effectiveTime",
    "period",
    "event",
    "precondition",
    "criterion",
    "value",
    "entryRelationship",
    "observation",
    "act",
    "templateId",
    "statusCode",
    "text",
    "td",
)
ATTRIBUTES = (
    "value",
    "unit",
    "code",
    "displayName",
    "typeCode",
    "root",
    "negationInd",
    "institutionSpecified",
    "{http://www.w3.org/2001/XMLSchema-instance}type",
    "ID",
    "use",
)
VALUES = st.sampled_from(
    (
        "",
        "1",
        "0.5",
        "12",
        "-3",
        "1e9",
        "99999999999",
        "h",
        "d",
        "wk",
        "{tbl}",
        "[IU]",
        "true",
        "PIVL_TS",
        "EIVL_TS",
        "IVL_TS",
        "HS",
        "RSON",
        "SUBJ",
        "#m1",
        "m1",
        "aborted",
        "nullified",
        "410942007",
        "2.16.840.1.113883.10.20.22.4.20",
        "2.16.840.1.113883.10.20.22.4.147",
        "20240312",
        "2024",
    )
) | st.text(max_size=8)
ELEMENT_TREES = st.recursive(
    st.tuples(
        st.sampled_from(ELEMENTS),
        st.dictionaries(st.sampled_from(ATTRIBUTES), VALUES, max_size=3),
        st.text(max_size=10),
        st.just([]),
    ),
    lambda inner: st.tuples(
        st.sampled_from(ELEMENTS),
        st.dictionaries(st.sampled_from(ATTRIBUTES), VALUES, max_size=3),
        st.text(max_size=10),
        st.lists(inner, max_size=4),
    ),
    max_leaves=30,
)


def _element(tree: Any) -> ElementTree.Element:
    tag, attributes, text, inner = tree
    element = ElementTree.Element(f"{{urn:hl7-org:v3}}{tag}", attributes)
    element.text = "".join(c for c in text if c.isprintable()) or None
    element.extend(_element(each) for each in inner)
    return element


@FUZZ
@given(trees=st.lists(ELEMENT_TREES, min_size=1, max_size=3))
def test_odd_shapes_of_ccda_medicines(tmp_path: Path, trees: list[Any]) -> None:
    document = (FIXTURES / "discharge_summary.xml").read_text(encoding="utf-8")
    discharge = document.index('root="2.16.840.1.113883.10.20.22.2.11.1"')
    entry = document.index("<entry", discharge)
    made = "".join(
        "<entry>"
        + ElementTree.tostring(
            _element(("substanceAdministration", {}, "", [tree])), encoding="unicode"
        )
        + "</entry>"
        for tree in trees
    )
    path = tmp_path / "odd.xml"
    path.write_text(document[:entry] + made + document[entry:], encoding="utf-8")

    _read(path)
