"""Reading a conditional reference, `Type?identifier=system|value`: whatever the text, an answer
and never an exception; what is written is read back the same."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carebook.interop.fhir.conditional import (
    Conditional,
    conditional_reference,
    parse_conditional,
)

NPI = "http://hl7.org/fhir/sid/us-npi"
#: Text as a FHIR string holds it (a lone surrogate cannot be written as UTF-8).
TEXT = st.text(st.characters(exclude_categories=("Cs",)))
TYPES = st.from_regex(r"[A-Z][A-Za-z]{0,20}", fullmatch=True)
#: Text built of what matters to the reader: bars, escapes, percents, ampersands, equals.
AWKWARD = st.text(st.sampled_from(list("|\\,$%7Cc&=?/ aZ:é")), max_size=24)


@pytest.mark.parametrize(
    ("reference", "read"),
    [
        (
            f"Practitioner?identifier={NPI}|9999912345",
            Conditional("Practitioner", "9999912345", NPI),
        ),
        (
            f"Practitioner?identifier={NPI}%7C9999912345",
            Conditional("Practitioner", "9999912345", NPI),
        ),
        (
            f"Practitioner?identifier={NPI}%7c9999912345",
            Conditional("Practitioner", "9999912345", NPI),
        ),
        ("Practitioner?identifier=9999912345", Conditional("Practitioner", "9999912345")),
        ("Organization?identifier=|abc", Conditional("Organization", "abc", "")),
        (
            "https://ehr.example/fhir/Patient?identifier=urn:oid:1.2|7",
            Conditional("Patient", "7", "urn:oid:1.2"),
        ),
        ("Patient?identifier=a\\|b", Conditional("Patient", "a|b")),
        ("Patient?identifier=sys|a\\,b", Conditional("Patient", "a,b", "sys")),
        ("Patient/123", None),
        ("urn:uuid:0a1b", None),
        ("#contained", None),
        ("", None),
        ("Practitioner?name=Nader", None),  # another search: not a reference by identifier
        (f"Practitioner?identifier={NPI}|1&active=true", None),
        ("Practitioner?identifier=a|1,b|2", None),  # either of two
        ("Practitioner?identifier=a|b|c", None),
        (f"Practitioner?identifier={NPI}|", None),  # any in the system
        ("Practitioner?identifier=", None),
        ("practitioner?identifier=1", None),  # a type starts with a capital
    ],
)
def test_what_a_reference_names(reference: str, read: Conditional | None) -> None:
    assert parse_conditional(reference) == read


@settings(max_examples=500)
@given(st.one_of(TEXT, AWKWARD, st.builds("{}?identifier={}".format, TYPES, AWKWARD)))
def test_any_text_gets_an_answer(reference: str) -> None:
    read = parse_conditional(reference)
    assert read is None or (read.value and read.type[0].isupper())


@settings(max_examples=300)
@given(
    kind=TYPES,
    system=st.none() | TEXT | AWKWARD,
    value=st.one_of(TEXT, AWKWARD).filter(bool),
)
def test_what_is_written_reads_back_the_same(kind: str, system: str | None, value: str) -> None:
    wanted = Conditional(kind, value, system)
    written = conditional_reference(wanted)
    assert parse_conditional(written) == wanted
    assert parse_conditional(f"https://ehr.example.org/fhir/{written}") == wanted


@given(
    system=st.sampled_from([NPI, "urn:oid:2.16.840.1.113883.4.6"]),
    value=st.from_regex(r"\d{10}", fullmatch=True),
)
def test_a_plain_system_and_value_read_as_written_raw(system: str, value: str) -> None:
    """As Synthea writes them: not percent-encoded."""
    assert parse_conditional(f"Practitioner?identifier={system}|{value}") == Conditional(
        "Practitioner", value, system
    )
