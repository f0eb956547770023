"""A discharge list from a C-CDA document (a CCD or a discharge summary): its Discharge
Medications section when it has one, else its Medications section.

The document is read here with the standard library rather than through the ccda-to-fhir
converter: its version 0.3 skips the Discharge Medication act (template
2.16.840.1.113883.10.20.22.4.35) that the C-CDA guide wraps every entry of a Discharge
Medications section in, so a discharge summary came out with no discharge medicines at all
(only the admission list), and it would have brought lxml and a second set of models along.
XML is read without a DOCTYPE (refused, so that no entity can expand) and to a bounded depth.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, XMLPullParser

from carebook.core.words import translate
from carebook.interop.discharge import ccda_xml as cx
from carebook.interop.discharge import lines as dl
from carebook.interop.discharge.ccda_lines import activities, medicine_line
from carebook.interop.discharge.errors import DischargeFileError

#: The deepest nesting of elements read; a C-CDA document is rarely 30 deep.
NESTING = 200

_DISCHARGE_CODES = {"10183-2", "75311-1"}
_DISCHARGE_TEMPLATES = {"2.16.840.1.113883.10.20.22.2.11", "2.16.840.1.113883.10.20.22.2.11.1"}
_MEDICATION_CODES = {"10160-0"}
_MEDICATION_TEMPLATES = {"2.16.840.1.113883.10.20.22.2.1", "2.16.840.1.113883.10.20.22.2.1.1"}
_DECLARATION = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
_ENCODING = re.compile(rb"""^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def read_ccda(path: Path) -> dl.Collected:
    """The discharge list a C-CDA document holds; DischargeFileError for a file that is not
    well-formed XML, not a C-CDA document, or has no medication section."""
    name = path.name
    root = _parse(path, name)
    narrative = cx.narrative_of(root)
    collected = dl.Collected(source=name)
    patient = cx.child(root, "recordTarget", "patientRole", "patient")
    collected.patient_name = _person(patient)
    collected.birth_date = cx.day_of(cx.attribute(cx.child(patient, "birthTime"), "value"))
    collected.written_on = _written_on(root)
    sections = list(root.iter(cx.V3 + "section"))
    chosen = [s for s in sections if _is(s, _DISCHARGE_CODES, _DISCHARGE_TEMPLATES)] or [
        s for s in sections if _is(s, _MEDICATION_CODES, _MEDICATION_TEMPLATES)
    ]
    if not chosen:
        raise DischargeFileError(
            translate(
                "DischargeImport",
                "{name} is a C-CDA document but has no medication section (neither "
                "Discharge Medications nor Medications); ask the hospital for the "
                "discharge summary or a document that lists the medicines.",
            ).format(name=name)
        )
    for section in chosen:
        title = cx.text_of(cx.child(section, "title"), narrative)[:60] or "Medications"
        number = 0
        for entry in cx.children(section, "entry"):
            for activity in activities(entry):
                number += 1
                where = translate("DischargeImport", "{name}, {title} entry {number}").format(
                    name=name, title=title, number=number
                )
                line = medicine_line(activity, narrative, where, collected.problems)
                if line is not None:
                    collected.lines.append(line)
    return collected


def _parse(path: Path, name: str) -> Element:
    """The document's root element, read without a DOCTYPE and to at most NESTING levels."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DischargeFileError(
            translate(
                "DischargeImport",
                "{name} cannot be read ({error}); check that it is yours to open.",
            ).format(name=name, error=error.strerror or error)
        ) from None
    data = data.removeprefix(b"\xef\xbb\xbf")
    if _DECLARATION.search(data):
        raise DischargeFileError(
            translate(
                "DischargeImport",
                "{name} is XML with a document type declaration (DOCTYPE), which "
                "no C-CDA document has and carebook does not read; ask for the "
                "document as the EHR exports it.",
            ).format(name=name)
        )
    declared = _ENCODING.match(data.lstrip())
    if declared is None or declared.group(1).decode().casefold().replace("_", "-") in (
        "utf-8",
        "utf8",
    ):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise DischargeFileError(
                translate(
                    "DischargeImport",
                    "{name} is not UTF-8 text (byte {start:,} cannot be read as "
                    "UTF-8); ask for the document again as it was sent, or save it as "
                    "UTF-8.",
                ).format(name=name, start=error.start + 1)
            ) from None
    parser: XMLPullParser[Element] = XMLPullParser(events=("start", "end"))
    depth = 0
    root: Element | None = None
    try:
        for start in range(0, len(data), 1 << 16):
            parser.feed(data[start : start + (1 << 16)])
            for event in parser.read_events():
                if event[0] == "start":
                    depth += 1
                    if root is None and isinstance(event[-1], Element):
                        root = event[-1]
                    if depth > NESTING:
                        raise DischargeFileError(
                            translate(
                                "DischargeImport",
                                "{name} nests its XML more than {nesting} levels deep, as no C-CDA "
                                "document does; it cannot be read.",
                            ).format(name=name, nesting=NESTING)
                        )
                else:
                    depth -= 1
        parser.close()
    except ParseError as error:
        line, column = getattr(error, "position", (0, 0))  # (line, column) where it failed
        raise DischargeFileError(
            translate(
                "DischargeImport",
                "{name} is not well-formed XML (a fault at line {line}, column "
                "{column}); it may have been cut short or edited by hand. Ask for "
                "the document again.",
            ).format(name=name, line=line, column=column + 1)
        ) from None
    except (LookupError, ValueError) as error:  # an encoding Python does not know
        raise DischargeFileError(
            translate(
                "DischargeImport",
                "{name} cannot be read as XML ({error}); ask for the document in UTF-8.",
            ).format(name=name, error=error)
        ) from None
    assert root is not None  # a document parsed without fault has a root
    if root.tag != cx.V3 + "ClinicalDocument":
        raise DischargeFileError(_not_ccda(name, root.tag))
    return root


def _not_ccda(name: str, tag: str) -> str:
    if tag.startswith("{http://hl7.org/fhir}"):
        return translate(
            "DischargeImport",
            "{name} is FHIR written in XML; carebook reads FHIR in JSON. "
            "Export the discharge list as FHIR JSON (or NDJSON) and choose "
            "that.",
        ).format(name=name)
    shown = tag.rpartition("}")[2][:40]
    return translate(
        "DischargeImport",
        "{name} is XML but not a C-CDA document (its root is <{shown}>, "
        "not <ClinicalDocument>); choose the discharge summary or CCD the "
        "hospital sent.",
    ).format(name=name, shown=shown)


def _is(section: Element, codes: set[str], templates: set[str]) -> bool:
    return bool(cx.codes(cx.child(section, "code")) & codes or cx.templates(section) & templates)


def _person(patient: Element | None) -> str:
    """The patient's name as the document gives it (given names, then family)."""
    names = cx.children(patient, "name")
    legal = [n for n in names if "L" in n.get("use", "").split()]
    if not names:
        return ""
    chosen = (legal or names)[0]
    parts = [
        dl.plain(" ".join(part.itertext()))
        for tag in ("given", "family")
        for part in cx.children(chosen, tag)
    ]
    said = " ".join(part for part in parts if part) or dl.plain(" ".join(chosen.itertext()))
    return said[:200]


def _written_on(root: Element) -> date | None:
    """The day of discharge (the encounter's end) when the document gives it, else the
    document's own date."""
    time = cx.child(root, "componentOf", "encompassingEncounter", "effectiveTime", "high")
    day = cx.day_of(cx.attribute(time, "value"))
    return day or cx.day_of(cx.attribute(cx.child(root, "effectiveTime"), "value"))
