"""Conditional references, `Type?identifier=system|value`, as EHR downloads write them.

A bulk export keeps each practitioner and organisation once, in a file of its own, and points
at one by its identifier rather than its id: a MedicationRequest's requester is
"Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|9999912345". The query is FHIR's token
search on `identifier`: "system|value" (an identifier in that system), "value" alone (any
system), "|value" (one without a system); the query may be percent-encoded ("%7C" for the
bar), and a backslash escapes a bar, comma, dollar or backslash inside the value. A query of
anything else (another parameter, several values) is not read as one: such a reference leads
nowhere, as any reference carebook cannot follow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote

#: The resource type, then the query; "Type/" may start with a base URL ("https://…/Type?…").
_CONDITIONAL = re.compile(r"(?:[^?]*/)?(?P<type>[A-Z][A-Za-z]{0,63})\?(?P<query>.*)", re.DOTALL)
#: What a backslash escapes in a token's value.
_ESCAPED = "\\|,$"


@dataclass(frozen=True, slots=True)
class Conditional:
    """A reference by identifier: the type and the identifier it names."""

    type: str
    value: str
    #: None for any system ("value" alone); "" for an identifier without one ("|value")
    system: str | None = None


def parse_conditional(reference: str) -> Conditional | None:
    """The identifier a conditional reference names; None for any other reference (or a
    conditional one of another kind). Never raises, whatever the text."""
    match = _CONDITIONAL.fullmatch(reference)
    if match is None:
        return None
    parameters = match.group("query").split("&")
    if len(parameters) != 1:
        return None
    name, equals, raw = parameters[0].partition("=")
    if not equals or unquote(name, errors="replace").strip() != "identifier":
        return None
    parts = _split(unquote(raw, errors="replace"))
    if parts is None:
        return None
    system, value = parts
    if not value:
        return None
    return Conditional(match.group("type"), value, system)


def conditional_reference(wanted: Conditional) -> str:
    """The reference that names `wanted`, percent-encoded as a URL's query is: what
    parse_conditional reads back."""
    token = _escaped(wanted.value)
    if wanted.system is not None:
        token = f"{_escaped(wanted.system)}|{token}"
    return f"{wanted.type}?identifier={quote(token, safe='')}"


def _split(token: str) -> tuple[str | None, str] | None:
    """ "system|value" -> (system, value), "value" -> (None, value), with escapes undone;
    None when the token holds more than one value (an unescaped comma, a second bar)."""
    parts: list[str] = []
    current: list[str] = []
    characters = iter(token)
    for character in characters:
        if character == "\\":
            following = next(characters, "")
            if following and following in _ESCAPED:
                current.append(following)
            else:  # not an escape FHIR defines: kept as written
                current.append(character + following)
        elif character == "|":
            parts.append("".join(current))
            current = []
        elif character == ",":
            return None
        else:
            current.append(character)
    parts.append("".join(current))
    if len(parts) == 1:
        return None, parts[0]
    if len(parts) == 2:
        return parts[0], parts[1]
    return None


def _escaped(text: str) -> str:
    return "".join(f"\\{character}" if character in _ESCAPED else character for character in text)
