"""The FHIR import given odd EHR downloads: wrong types, huge numbers, deep nesting, far dates,
bad references, damaged text. Whatever a file holds, `carebook import --kind fhir` answers
with an exit status and plain words; when it refuses (or only tries, --dry-run) the caseload is
as it was, and when it imports the caseload is healthy."""

from __future__ import annotations

import gzip
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from carebook.interop.fhir.extension import URL
from carebook.storage.integrity import check_file
from tests.cli_runner import run

_NUMBERS = st.sampled_from(
    [
        0,
        -1,
        7,
        2**31,
        2**63,
        -(2**63) - 1,
        2**64,
        10**39,
        10**40,
        1e308,
        1e-300,
        -0.0,
        0.1,
        1.5,
        float("inf"),
        float("nan"),
    ]
)
_TEXT = st.sampled_from(
    [
        "",
        " ",
        "Ada",
        "Okafor",
        "O'Brien; DROP TABLE patient",
        "é" * 3,
        "\x00",
        "\x1b[31m",
        "line\nbreak",
        "tab\there",
        "\u2028",
        "\ud800",
        "\u202eevil",
        "🙂",
        "x" * 5000,
        "08:00:00",
        "25:00:00",
    ]
)
_MOMENTS = st.sampled_from(
    [
        "2026-03-03",
        "2026-03-03T09:00:00Z",
        "2026-03-03T09:00:00+05:30",
        "2026-03-03T09:00:00",
        "9999-12-31T23:00:00Z",
        "9999-12-31",
        "0001-01-01T00:00:00+14:00",
        "1880-01-01",
        "1879-12-31",
        "2199-12-31T23:59:59-12:00",
        "2026-02-30",
        "2026-13-01",
        "2026",
        "2026-03",
        "20260303",
        "-2026-01-01",
        "2026-03-03T25:00:00Z",
        "2026-03-03T09:00",
    ]
)
_REFERENCES = st.sampled_from(
    [
        "Patient/p1",
        "Patient/p2",
        "Patient/",
        "Patient/missing",
        "#",
        "#nope",
        "#c1",
        "urn:uuid:0",
        "http://ehr.example/fhir/Patient/p1/_history/2",
        "Practitioner/d1",
        "Observation/o1",
        "",
        "Patient/p1/extra",
        "patient/p1",
    ]
)


def _nested(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = [value]
    return value


_ODD = st.one_of(
    _NUMBERS,
    _TEXT,
    _MOMENTS,
    st.none(),
    st.booleans(),
    st.sampled_from([40, 95, 100, 101, 400]).map(_nested),
    st.lists(_TEXT, max_size=2),
    st.dictionaries(_TEXT, _TEXT, max_size=2),
)


def _or_odd(good: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly what an EHR writes, sometimes anything at all."""
    return st.one_of(good, good, _ODD)


_REF = _or_odd(_REFERENCES.map(lambda reference: {"reference": reference}))
_WORDS = _or_odd(
    st.sampled_from(["Asthma", "Metformin 500 mg", "Peanut (substance)", "Home visit"]) | _TEXT
)
_CONCEPT = _or_odd(
    st.builds(
        lambda text, code: {
            "text": text,
            "coding": [{"system": "http://snomed.info/sct", "code": code}],
        },
        _WORDS,
        _or_odd(
            st.sampled_from(
                [
                    "195967001",
                    "active",
                    "inactive",
                    "resolved",
                    "confirmed",
                    "entered-in-error",
                    "refuted",
                ]
            )
        ),
    )
)
_STATUS = st.sampled_from(
    ["active", "inactive", "resolved", "confirmed", "entered-in-error", "refuted"]
).map(lambda code: {"coding": [{"code": code}]})
_WHEN = _or_odd(_MOMENTS)
_IDS = st.sampled_from(["p1", "p2", "x1", "x2", "x3", "", "a/b", "é"])
#: carebook's own extension, naming record fields with odd values.
_OWN = st.lists(
    st.builds(
        lambda name, key, value: {"url": name, key: value},
        st.sampled_from(
            [
                "birth_date",
                "lat",
                "lon",
                "status",
                "notes",
                "strength",
                "max_per_day",
                "start_date",
                "duration_min",
                "tz",
                "rrule",
                "start",
                "noted_date",
                "onset_date",
                "empty",
                "none",
                "medication_event",
                "sex",
                "as_needed",
            ]
        ),
        st.sampled_from(
            [
                "valueString",
                "valueInteger",
                "valueDecimal",
                "valueDate",
                "valueBoolean",
                "valueCode",
                "valueReference",
                "extension",
            ]
        ),
        _ODD,
    ),
    max_size=3,
).map(lambda parts: [{"url": URL, "extension": parts}])
_OPTIONAL_EXTENSION = {"extension": _or_odd(_OWN)}

_PATIENT = st.fixed_dictionaries(
    {
        "resourceType": st.just("Patient"),
        "id": _IDS,
        "name": _or_odd(
            st.lists(
                st.fixed_dictionaries(
                    {"family": _WORDS}, optional={"given": _or_odd(st.lists(_WORDS, max_size=2))}
                ),
                min_size=1,
                max_size=2,
            )
        ),
    },
    optional={
        "birthDate": _WHEN,
        "gender": _or_odd(st.sampled_from(["female", "male", "unknown"])),
        "telecom": _or_odd(
            st.lists(
                st.fixed_dictionaries(
                    {"system": st.sampled_from(["phone", "email"]), "value": _WORDS}
                ),
                max_size=2,
            )
        ),
        "address": _or_odd(
            st.lists(
                st.fixed_dictionaries({"line": st.lists(_WORDS, max_size=2), "postalCode": _WORDS}),
                max_size=1,
            )
        ),
        "identifier": _or_odd(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "system": _or_odd(st.just("http://ehr.example/mrn")),
                        "value": _WORDS,
                        "type": st.just({"coding": [{"code": "MR"}]}),
                    }
                ),
                max_size=2,
            )
        ),
        "multipleBirthInteger": _NUMBERS,
        "active": _or_odd(st.booleans()),
        "deceasedDateTime": _WHEN,
        **_OPTIONAL_EXTENSION,
    },
)
_ALLERGY = st.fixed_dictionaries(
    {"resourceType": st.just("AllergyIntolerance"), "id": _IDS, "patient": _REF},
    optional={
        "code": _CONCEPT,
        "clinicalStatus": _or_odd(_STATUS),
        "verificationStatus": _or_odd(_STATUS),
        "criticality": _or_odd(st.sampled_from(["low", "high", "unable-to-assess"])),
        "reaction": _or_odd(
            st.lists(
                st.fixed_dictionaries(
                    {"manifestation": st.lists(_CONCEPT, min_size=1, max_size=1)},
                    optional={"severity": _or_odd(st.sampled_from(["mild", "severe"]))},
                ),
                max_size=1,
            )
        ),
        "recordedDate": _WHEN,
        **_OPTIONAL_EXTENSION,
    },
)
_DOSAGE = st.fixed_dictionaries(
    {},
    optional={
        "text": _WORDS,
        "asNeededBoolean": _or_odd(st.booleans()),
        "timing": _or_odd(
            st.fixed_dictionaries(
                {
                    "repeat": st.fixed_dictionaries(
                        {},
                        optional={
                            "frequency": _or_odd(st.integers(0, 6)),
                            "period": _NUMBERS,
                            "periodUnit": _or_odd(st.sampled_from(["h", "d", "wk"])),
                            "timeOfDay": _or_odd(st.lists(_TEXT, max_size=2)),
                            "boundsPeriod": _or_odd(
                                st.fixed_dictionaries({"start": _WHEN, "end": _WHEN})
                            ),
                        },
                    )
                }
            )
        ),
        "doseAndRate": _or_odd(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "doseQuantity": _or_odd(
                            st.fixed_dictionaries({"value": _NUMBERS, "unit": _WORDS})
                        )
                    }
                ),
                max_size=1,
            )
        ),
    },
)
_MEDICATION = st.fixed_dictionaries(
    {
        "resourceType": st.just("MedicationRequest"),
        "id": _IDS,
        "intent": st.just("order"),
        "status": _or_odd(st.sampled_from(["active", "stopped", "on-hold", "completed"])),
        "subject": _REF,
        "medicationCodeableConcept": _CONCEPT,
    },
    optional={
        "authoredOn": _WHEN,
        "requester": _REF,
        "dosageInstruction": _or_odd(st.lists(_DOSAGE, max_size=2)),
        **_OPTIONAL_EXTENSION,
    },
)
_APPOINTMENT = st.fixed_dictionaries(
    {
        "resourceType": st.just("Appointment"),
        "id": _IDS,
        "status": _or_odd(st.sampled_from(["booked", "fulfilled", "cancelled", "noshow"])),
        "participant": _or_odd(
            st.lists(
                st.fixed_dictionaries({"actor": _REF, "status": st.just("accepted")}),
                min_size=1,
                max_size=2,
            )
        ),
    },
    optional={
        "start": _WHEN,
        "end": _WHEN,
        "minutesDuration": _or_odd(st.integers(-5, 600)),
        "description": _WORDS,
        "serviceType": _or_odd(st.lists(_CONCEPT, max_size=1)),
        "comment": _or_odd(
            st.sampled_from(
                [
                    "Repeats: weekly (FREQ=WEEKLY;BYDAY=MO)",
                    "Repeats: often (FREQ=MINUTELY;COUNT=500)",
                    "Repeats: daily (FREQ=DAILY;UNTIL=99991231T000000Z)",
                    "Repeats: x (FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30)",
                    "Transport: Arranged — taxi",
                    "Transport: Needed",
                ]
            )
        ),
        **_OPTIONAL_EXTENSION,
    },
)
_CONDITION = st.fixed_dictionaries(
    {"resourceType": st.just("Condition"), "id": _IDS, "subject": _REF},
    optional={
        "code": _CONCEPT,
        "clinicalStatus": _or_odd(_STATUS),
        "verificationStatus": _or_odd(_STATUS),
        "onsetDateTime": _WHEN,
        "abatementDateTime": _WHEN,
        "note": _or_odd(st.lists(st.fixed_dictionaries({"text": _WORDS}), max_size=1)),
        **_OPTIONAL_EXTENSION,
    },
)
_OBSERVATION = st.fixed_dictionaries(
    {
        "resourceType": st.just("Observation"),
        "id": _IDS,
        "status": st.just("final"),
        "code": _CONCEPT,
        "subject": _REF,
    },
    optional={
        "valueQuantity": _or_odd(st.fixed_dictionaries({"value": _NUMBERS})),
        "effectiveDateTime": _WHEN,
        "component": _ODD,
    },
)
_RESOURCE = st.one_of(_PATIENT, _ALLERGY, _MEDICATION, _APPOINTMENT, _CONDITION, _OBSERVATION)

#: A patient every download may start with, so that its records have someone to belong to.
_ADA = {"resourceType": "Patient", "id": "p1", "name": [{"family": "Okafor", "given": ["Ada"]}]}

#: An entry's fullUrl: its RESTful address (None), or what an odd server writes.
_FULL_URL = st.one_of(
    st.none(),
    st.none(),
    _or_odd(
        st.sampled_from(
            [
                "urn:uuid:0",
                "urn:uuid:\ud800",
                "http://ehr.example/fhir/Patient/p1",
                "Patient/p1",
                "x" * 5000,
            ]
        )
    ),
)

_DOWNLOADS = st.fixed_dictionaries(
    {
        "resources": st.lists(st.tuples(_RESOURCE, _FULL_URL), min_size=1, max_size=6),
        "with_ada": st.booleans(),
        "form": st.sampled_from(["bundle", "ndjson", "ndjson.gz", "resource"]),
        "bundle_type": st.sampled_from(["collection", "searchset", "transaction", "document"]),
        "ascii": st.booleans(),
        "damage": st.sampled_from(
            ["none", "none", "none", "none", "cut", "bom", "latin-1", "nul", "joined"]
        ),
        "options": st.sampled_from(
            [(), ("--skip-invalid",), ("--dry-run",), ("--dry-run", "--skip-invalid")]
        ),
    }
)


def _text(download: dict[str, Any]) -> tuple[str, bytes]:
    """The file's name and bytes for a generated download."""
    entries = ([(_ADA, None)] if download["with_ada"] else []) + download["resources"]
    resources = [resource for resource, _url in entries]

    def dumped(value: Any) -> str:
        return json.dumps(value, ensure_ascii=download["ascii"])

    form = download["form"]
    if form == "bundle":
        name = "download.json"
        text = dumped(
            {
                "resourceType": "Bundle",
                "type": download["bundle_type"],
                "entry": [
                    {
                        "fullUrl": f"http://ehr.example/fhir/{r['resourceType']}/{r['id']}"
                        if url is None
                        else url,
                        "resource": r,
                    }
                    for r, url in entries
                ],
            }
        )
    elif form == "resource":
        name, text = "resource.json", dumped(resources[-1])
    else:
        name, text = f"download.{form}", "".join(dumped(r) + "\n" for r in resources)
    data = text.encode("utf-8", "surrogatepass")
    damage = download["damage"]
    if damage == "cut":
        data = data[: len(data) * 2 // 3]
    elif damage == "bom":
        data = b"\xef\xbb\xbf" + data
    elif damage == "latin-1":
        data = text.encode("latin-1", "replace")
    elif damage == "nul":
        data = data.replace(b":", b":\x00", 1)
    elif damage == "joined":  # two downloads one after the other
        data = data + data
    if form.endswith(".gz"):
        data = gzip.compress(data)
    return name, data


def _rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every carebook table, in the order SQLite keeps them."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
            )
        ]
        return {table: conn.execute(f'SELECT * FROM "{table}"').fetchall() for table in tables}
    finally:
        conn.close()


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(download=_DOWNLOADS)
def test_any_download_is_imported_whole_or_refused_in_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, download: dict[str, Any]
) -> None:
    db = tmp_path / "caseload.sqlite3"
    if not db.exists():  # a caseload with someone in it already, once for all the examples
        first = tmp_path / "first.ndjson"
        first.write_text(json.dumps({**_ADA, "id": "first"}) + "\n")
        assert run(capsys, "import", str(first), "--kind", "fhir", "--db", str(db))[0] == 0
    name, data = _text(download)
    path = tmp_path / name
    path.write_bytes(data)
    options = download["options"]
    before = _rows(db)
    status, out, err = run(capsys, "import", str(path), "--kind", "fhir", "--db", str(db), *options)
    event(f"exit status {status}{' (dry run)' if '--dry-run' in options else ''}")
    assert err == "", err  # no traceback, no crash report: carebook's own words only
    assert status in (0, 1), out
    assert out.startswith("Read 1 file: ")
    if status == 1 or "--dry-run" in options:
        assert _rows(db) == before
    else:
        report = check_file(db)
        assert report.healthy, report.text()
