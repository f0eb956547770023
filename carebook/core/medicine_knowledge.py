"""Which ingredients and classes a medicine or allergy names, from the offline medicine list."""

from __future__ import annotations

import difflib
import functools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from carebook.core.name_keys import folded
from carebook.core.resource_files import resource


@dataclass(frozen=True, slots=True)
class DrugClass:
    key: str
    label: str
    one_is_the_rule: bool
    #: Classes sharing a group are duplicates of each other (ace_inhibitor + arb).
    duplicate_group: str
    #: Whether an allergy to one member is a caution for the others (penicillins, NSAIDs,
    #: sulfonamides …); a class grouped by what it treats (antiplatelets) is not.
    cross_reactive: bool = False
    #: Whether an allergy to one member is an allergy to the class (any penicillin).
    allergy_to_one_is_to_all: bool = False


@dataclass(frozen=True, slots=True)
class Caution:
    allergy_class: str
    medication_class: str
    why: str


@dataclass(frozen=True, slots=True)
class AllergyTarget:
    """What an allergy entry names, as far as the knowledge can tell."""

    ingredients: frozenset[str]  # ingredient keys it names (itself, or a product's ingredients)
    classes: frozenset[str]  # class keys it names ("penicillin allergy", "PCN", "NSAIDs", "Sulpha")
    suggestion: str  # a known name close to an unknown word ("penicilin"); never used as a match


# -- normalising names ---------------------------------------------------------------------------

_NUMBER = r"\d+(?:[.,]\d+)*"
_UNIT = (
    r"(?:mg|mcg|μg|ug|g|kg|ml|l|iu|units?|u|micrograms?|microgram|nanograms?|ng|mmol|meq"
    r"|doses?|hours?|hrs?|hr|h|actuations?|puffs?|sprays?)(?!\w)|%"
)
# A number with a unit ("400 mg", "5%", "0.5 mg/ml"), a ratio ("30/500") or a decimal ("2.5"); a
# bare whole number stays ("Tylenol 3"), and so does one inside a word ("D3", "#3", "B12").
_STRENGTH = re.compile(
    rf"(?<![\w#])(?P<number>{_NUMBER})(?P<unit>\s*(?:{_UNIT}))?"
    rf"(?P<ratio>(?:\s*/\s*(?:{_NUMBER}\s*(?:{_UNIT})?|(?:{_UNIT})))*)(?!\w)"
)
_KEPT_MARKS = frozenset("-#/+%")
#: Text `_kept` leaves as it is, character for character.
_ALL_KEPT = re.compile("[a-z0-9 " + re.escape("".join(sorted(_KEPT_MARKS))) + "]*")
_HYPHENS = frozenset("\u2010\u2011")  # the typographic hyphens; a dash between words is a space
_SEPARATORS = str.maketrans({"/": " ", "+": " ", "#": " #"})
# Words that may follow a medicine's name after a hyphen and still leave it named
# ("codeine-containing", "NSAID-induced"); any other ("codeine-free") makes a new word.
_CONTEXT_WORDS = frozenset(
    [
        "induced",
        "sensitive",
        "sensitivity",
        "allergy",
        "allergic",
        "intolerance",
        "intolerant",
        "containing",
        "based",
        "related",
        "associated",
        "exacerbated",
        "class",
        "group",
        "type",
        "derived",
        "reaction",
        "rash",
    ]
)
_LONGEST_SUGGESTED = 80  # characters: past this a name is not a misspelt medicine


def _strength(match: re.Match[str]) -> str:
    number = match["number"]
    if match["unit"] or match["ratio"] or "." in number or "," in number:
        return " "
    return number


def _kept(text: str, at: int) -> str:
    char = text[at]
    if char in _HYPHENS:
        return "-"
    if char in ".,":
        between_digits = 0 < at < len(text) - 1 and text[at - 1].isdigit()
        return char if between_digits and text[at + 1].isdigit() else " "
    if (char.isalnum() and not char.isupper()) or char in _KEPT_MARKS:
        return char
    return " "


def _words(text: str) -> list[str]:
    """Lowercase words with accents folded and strengths taken out; punctuation but - # / + is
    a space."""
    plain = folded(text)
    if not _ALL_KEPT.fullmatch(plain):  # most names: every character stays as it is
        plain = "".join(_kept(plain, at) for at in range(len(plain)))
    plain = _STRENGTH.sub(_strength, plain)
    return plain.replace(".", " ").replace(",", " ").replace("%", " ").split()


def _without(words: Sequence[str], phrases: frozenset[tuple[str, ...]], longest: int) -> list[str]:
    """The words with every phrase taken out, also one that a removal brings together."""
    kept: list[str] = []
    for word in words:
        kept.append(word)
        for size in range(min(longest, len(kept)), 0, -1):
            if tuple(kept[-size:]) in phrases:
                del kept[-size:]
                break
    return kept


@dataclass(frozen=True, slots=True)
class _Stripping:
    salts: frozenset[tuple[str, ...]]
    forms: frozenset[tuple[str, ...]]
    longest: int

    def strip(self, words: Sequence[str]) -> list[str]:
        both = self.salts | self.forms
        bare = _without(words, both, self.longest)
        if bare:
            return bare
        # A name that is only salts ("Calcium carbonate") keeps them; its forms still go.
        return _without(words, self.forms, self.longest)


def _stripping(salts: Iterable[str], forms: Iterable[str]) -> _Stripping:
    salt_phrases = frozenset(tuple(_words(salt)) for salt in salts) - {()}
    salt_phrases |= {("as", *salt) for salt in salt_phrases}  # "Amlodipine (as besilate)"
    form_phrases = frozenset(tuple(_words(form)) for form in forms) - {()}
    longest = max((len(phrase) for phrase in salt_phrases | form_phrases), default=1)
    return _Stripping(salt_phrases, form_phrases, longest)


@functools.cache
def _default_stripping() -> _Stripping:
    return knowledge()._stripping


def normalised(text: str) -> str:
    """ "IBUPROFEN 400MG Tablets" -> "ibuprofen": lowercase, accents folded, strengths, salts and
    dosage forms out, punctuation but - # / + a space, one space between words."""
    stripping = _default_stripping()
    result = " ".join(stripping.strip(_words(text)))
    for _ in range(3):  # a removal can leave a phrase another pass would take; settle it
        again = " ".join(stripping.strip(_words(result)))
        if again == result:
            break
        result = again
    return result


# -- finding names in a text ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Named:
    ingredients: frozenset[str]
    classes: frozenset[str]


_NOTHING = _Named(frozenset(), frozenset())


def _tokens(text: str) -> list[str]:
    """The words a name is matched by: ingredients apart at / and +, "#3" its own word."""
    tokens: list[str] = []
    for word in _words(text):
        for token in word.translate(_SEPARATORS).split():
            token = token.strip("-")
            if token and token != "#":
                tokens.append(token)
    return tokens


def _spellings(name: str) -> set[tuple[str, ...]]:
    """A name as typed, with its hyphens as spaces, and with them left out ("co codamol")."""
    variants = {name, name.replace("-", " "), name.replace("-", "")}
    return {tuple(_tokens(variant)) for variant in variants} - {()}


class _Index:
    """Names (as word tuples) to what they name, found longest first in a text."""

    def __init__(self) -> None:
        self.names: dict[tuple[str, ...], _Named] = {}
        self.owner: dict[tuple[str, ...], str] = {}
        self.longest = 1

    def add(self, name: str, named: _Named) -> None:
        for key in _spellings(name):
            before = self.names.get(key, _NOTHING)
            if before.ingredients and named.ingredients and before.ingredients != named.ingredients:
                raise ValueError(f"'{name}' and '{self.owner[key]}' read the same")
            self.names[key] = _Named(
                before.ingredients | named.ingredients, before.classes | named.classes
            )
            self.owner.setdefault(key, name)
            self.longest = max(self.longest, len(key))

    def _word(self, token: str) -> list[str]:
        """A hyphenated word is one word, unless each part names a medicine ("amoxicillin-
        clavulanate") or a medicine and the words around it ("codeine-containing")."""
        if (token,) in self.names or "-" not in token:
            return [token]
        if (token.replace("-", ""),) in self.names:
            return [token.replace("-", "")]
        parts = [part for part in token.split("-") if part]
        named = [part for part in parts if (part,) in self.names]
        if named and all(part in named or part in _CONTEXT_WORDS for part in parts):
            return named
        return [token]

    def find(self, text: str, with_classes: bool) -> list[_Named]:
        words = [word for token in _tokens(text) for word in self._word(token)]
        taken = [False] * len(words)
        found: list[_Named] = []
        for size in range(min(self.longest, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                if any(taken[start : start + size]):
                    continue
                named = self.names.get(tuple(words[start : start + size]))
                if named is None or not (named.ingredients or with_classes):
                    continue
                found.append(named)
                taken[start : start + size] = [True] * size
        return found


def _edits(first: str, second: str) -> int:
    """Letters to change, add, drop or swap to turn one word into the other."""
    before: list[int] = []
    row = list(range(len(second) + 1))
    for i, a in enumerate(first, 1):
        above, before, row = before, row, [i] + [0] * len(second)
        for j, b in enumerate(second, 1):
            row[j] = min(before[j] + 1, row[j - 1] + 1, before[j - 1] + (a != b))
            if i > 1 and j > 1 and a == second[j - 2] and first[i - 2] == b:
                row[j] = min(row[j], above[j - 2] + 1)
    return row[-1]


_VOWELS = frozenset("aeiouy")


def _misspelt(typed: str, known: str) -> bool:
    """Whether a word reads as a slip for a known one: the same first letter and one slip (two
    in a long word), where a slip is a letter added, dropped, swapped with the next or a vowel
    for a vowel ("morphene"); another letter for a consonant ("lanolin", "lanoxin") is a
    different word."""
    if typed[0] != known[0]:
        return False
    edits = _edits(typed, known)
    if len(typed) >= 10:
        return edits <= 2
    if edits != 1:
        return False
    differing = [(a, b) for a, b in zip(typed, known, strict=False) if a != b]
    if len(typed) != len(known) or len(differing) != 1:
        return True  # a letter added, dropped or swapped
    return differing[0][0] in _VOWELS and differing[0][1] in _VOWELS


# -- the knowledge -------------------------------------------------------------------------------


def _strings(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"{where} should be a list of words")
    return list(value)


class MedicineKnowledge:
    """Ingredients, classes, brands and allergy words, read from the medicine list."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._classes = {
            key: DrugClass(
                key=key,
                label=str(spec["label"]),
                one_is_the_rule=bool(spec["one_is_the_rule"]),
                duplicate_group=str(spec.get("duplicate_group") or key),
                cross_reactive=bool(spec.get("cross_reactive", False)),
                allergy_to_one_is_to_all=bool(spec.get("allergy_to_one_is_to_all", False)),
            )
            for key, spec in data["classes"].items()
        }
        self._ingredient_classes: dict[str, frozenset[str]] = {}
        self._index = _Index()
        for key, spec in data["ingredients"].items():
            classes = frozenset(_strings(spec["classes"], f"{key} classes"))
            if classes - self._classes.keys():
                raise ValueError(f"{key} names an unknown class: {sorted(classes)}")
            self._ingredient_classes[key] = classes
            for name in [key, *_strings(spec.get("also", []), f"{key} also")]:
                self._index.add(name, _Named(frozenset({key}), frozenset()))
        for product, ingredients in data["products"].items():
            contents = frozenset(_strings(ingredients, product))
            if contents - self._ingredient_classes.keys():
                raise ValueError(f"{product} names an unknown ingredient: {sorted(contents)}")
            self._index.add(product, _Named(contents, frozenset()))
        for key, spec in data["classes"].items():
            for word in _strings(spec["allergy_words"], f"{key} allergy words"):
                self._index.add(word, _Named(frozenset(), frozenset({key})))
        self._cautions = tuple(
            Caution(item["allergy_class"], item["medication_class"], item["why"])
            for item in data["cautions"]
        )
        self._stripping = _stripping(
            _strings(data["salts"], "salts"), _strings(data["forms"], "forms")
        )
        # What names have read as already: a caseload repeats its medicines and allergies.
        self._ingredients_read: dict[str, frozenset[str]] = {}
        self._targets_read: dict[str, AllergyTarget] = {}
        self._known_words: dict[str, list[str]] = {}  # by first letter: a slip keeps it
        for key in sorted(self._index.names):
            if len(key) == 1:
                self._known_words.setdefault(key[0][0], []).append(key[0])

    def ingredients_of(self, name: str) -> frozenset[str]:
        """ "Co-codamol 30/500 tablets" -> {"codeine", "paracetamol"}; empty when not known."""
        known = self._ingredients_read.get(name)
        if known is None:
            found = self._index.find(name, with_classes=False)
            known = frozenset(key for named in found for key in named.ingredients)
            _remember(self._ingredients_read, name, known)
        return known

    def classes_of(self, ingredient: str) -> frozenset[str]:
        return self._ingredient_classes.get(ingredient, frozenset())

    def drug_class(self, key: str) -> DrugClass:
        """The class with this key; a KeyError for one the list does not have."""
        return self._classes[key]

    def allergy_target(self, substance: str) -> AllergyTarget:
        """ "Penicillins" -> the penicillin class; "Augmentin" -> its ingredients; "Latex" ->
        nothing, and a misspelt medicine ("penicilin") only a suggestion."""
        known = self._targets_read.get(substance)
        if known is None:
            found = self._index.find(substance, with_classes=True)
            ingredients = frozenset(key for named in found for key in named.ingredients)
            classes = frozenset(key for named in found for key in named.classes)
            suggestion = "" if found else self.suggestion(substance)
            known = AllergyTarget(ingredients, classes, suggestion)
            _remember(self._targets_read, substance, known)
        return known

    def cautions(self) -> tuple[Caution, ...]:
        return self._cautions

    def label(self, ingredient: str) -> str:
        """How to print an ingredient key: "ibuprofen" -> "Ibuprofen"."""
        return ingredient[:1].upper() + ingredient[1:]

    def suggestion(self, name: str) -> str:
        """The known medicine name closest to a misspelt one ("amoxicilin" -> "amoxicillin"),
        or "" when the name is known, is not close to one, or is not a medicine at all."""
        if len(name) > _LONGEST_SUGGESTED or self._index.find(name, with_classes=True):
            return ""
        best, best_ratio = "", 0.0
        for token in _tokens(name):
            if len(token) < 5 or not token.replace("-", "").isalpha():
                continue
            words = self._known_words.get(token[0], [])
            for known in difflib.get_close_matches(token, words, n=5, cutoff=0.8):
                if not _misspelt(token, known):
                    continue
                ratio = difflib.SequenceMatcher(None, token, known).ratio()
                if ratio > best_ratio:
                    best, best_ratio = self._index.owner[(known,)], ratio
        return best


#: How many names each memory keeps before it starts again (a bound for odd inputs).
_REMEMBERED = 50_000


def _remember(memory: dict[str, Any], name: str, value: Any) -> None:
    if len(memory) >= _REMEMBERED:
        memory.clear()
    memory[name] = value


@functools.cache
def knowledge() -> MedicineKnowledge:
    """The medicine list shipped with carebook, read once."""
    source = resource("medicines.json")
    return MedicineKnowledge(json.loads(source.read_text(encoding="utf-8")))
