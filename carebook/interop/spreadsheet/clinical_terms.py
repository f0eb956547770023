"""Clinical terms as a coordinator reads them: SNOMED CT names with their tags taken off."""

from __future__ import annotations

import re

#: SNOMED CT's semantic tags: a fully specified name ends with one in brackets, "Peanut
#: (substance)", which an EHR export (Synthea's) often writes where a coordinator reads a term.
SEMANTIC_TAGS = frozenset(
    {
        "disorder",
        "finding",
        "substance",
        "organism",
        "procedure",
        "situation",
        "event",
        "body structure",
        "morphologic abnormality",
        "observable entity",
        "product",
        "physical object",
        "qualifier value",
        "regime/therapy",
        "person",
        "environment",
        "social concept",
        "medicinal product",
        "medicinal product form",
        "clinical drug",
        "physical force",
        "specimen",
        "occupation",
        "ethnic group",
        "religion/philosophy",
        "life style",
        "assessment scale",
        "attribute",
        "record artifact",
        "geographic location",
        "environment / location",
        "cell",
        "cell structure",
        "dose form",
        "basic dose form",
    }
)
_TAG = re.compile(r"\s*\(([a-z /]+)\)\s*$")


def plain_term(text: str) -> str:
    """The term without its SNOMED CT semantic tag: "Peanut (substance)" -> "Peanut"; other
    brackets ("Vitamin D (colecalciferol)") stay."""
    match = _TAG.search(text)
    if match is None or match.group(1) not in SEMANTIC_TAGS or not text[: match.start()].strip():
        return text
    return text[: match.start()]
