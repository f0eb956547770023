"""Reading C-CDA's XML: its elements by path, a code's words, a narrative reference's text."""

from __future__ import annotations

import re
from datetime import date
from xml.etree.ElementTree import Element

from carebook.interop.discharge.lines import plain

#: The namespace of CDA's elements.
V3 = "{urn:hl7-org:v3}"
#: The attribute that names an element's data type (xsi:type="PIVL_TS").
XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"

#: The narrative's text by its ID, for an entry that points to it (<reference value="#m1"/>).
Narrative = dict[str, str]

_DAY = re.compile(r"(\d{4})(\d{2})(\d{2})")


def child(element: Element | None, *path: str) -> Element | None:
    """The first element down `path` (names without the namespace), or None."""
    for name in path:
        if element is None:
            return None
        element = element.find(V3 + name)
    return element


def children(element: Element | None, name: str) -> list[Element]:
    return [] if element is None else element.findall(V3 + name)


def attribute(element: Element | None, name: str) -> str:
    return "" if element is None else plain(element.get(name, ""))


def narrative_of(root: Element) -> Narrative:
    """The text of every element of the document that has an ID, by that ID."""
    texts: Narrative = {}
    for element in root.iter():
        said = element.get("ID")
        if said and said not in texts:
            texts[said] = plain(" ".join(element.itertext()))
    return texts


def text_of(element: Element | None, narrative: Narrative) -> str:
    """What a text element says: the narrative it refers to, else its own words."""
    if element is None:
        return ""
    reference = attribute(child(element, "reference"), "value")
    if reference.startswith("#") and narrative.get(reference[1:]):
        return narrative[reference[1:]]
    return plain(" ".join(element.itertext()))


def concept(element: Element | None, narrative: Narrative) -> str:
    """A code's words: its original text, else its display name, else a translation's."""
    if element is None:
        return ""
    said = text_of(child(element, "originalText"), narrative)
    if said:
        return said
    said = attribute(element, "displayName")
    if said:
        return said
    return next(
        (
            attribute(t, "displayName")
            for t in children(element, "translation")
            if t.get("displayName")
        ),
        "",
    )


def codes(element: Element | None) -> set[str]:
    """A code's code and its translations' codes."""
    if element is None:
        return set()
    found = {attribute(element, "code")}
    found.update(attribute(t, "code") for t in children(element, "translation"))
    found.discard("")
    return found


def templates(element: Element | None) -> set[str]:
    return {attribute(t, "root") for t in children(element, "templateId")}


def day_of(value: str) -> date | None:
    """The day of a CDA time ("20240312", "20240312143000-0500"); None unless whole."""
    found = _DAY.match(value)
    if found is None:
        return None
    try:
        return date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    except ValueError:
        return None


def type_of(element: Element) -> str:
    """An element's xsi:type without its prefix ("PIVL_TS")."""
    return element.get(XSI_TYPE, "").rpartition(":")[2]
