"""The checks a coordinator can trust on a patient's current medicines: allergies (by ingredient,
class, combination product and brand), duplicate therapy, and orders that say too little.

Offline and by words, never by raw substring: the names are read through the medicine knowledge
(carebook.core.medicine_knowledge). A check is a safety net, not a prescriber: each warning says
in plain words what it found and why, and the coordinator decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import TYPE_CHECKING

from carebook.core.records import Allergy, Medication
from carebook.core.vocabularies import AllergyStatus, MedicationStatus, Vocabulary
from carebook.core.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from carebook.core.medicine_knowledge import MedicineKnowledge


class WarningKind(Vocabulary):
    """What a medication warning is about; the first two ask before a save, the rest inform."""

    ALLERGY = "allergy"
    DUPLICATE = "duplicate"
    ALLERGY_CAUTION = "allergy_caution"
    INCOMPLETE = "incomplete"

    @property
    def english(self) -> str:
        return {
            "allergy": QT_TRANSLATE_NOOP("WarningKind", "Allergy"),
            "duplicate": QT_TRANSLATE_NOOP("WarningKind", "Duplicate therapy"),
            "allergy_caution": QT_TRANSLATE_NOOP("WarningKind", "Allergy caution"),
            "incomplete": QT_TRANSLATE_NOOP("WarningKind", "Incomplete order"),
        }[self.value]

    @property
    def asks(self) -> bool:
        """Whether saving over it needs a reason (an allergy match, a duplicate)."""
        return self in (WarningKind.ALLERGY, WarningKind.DUPLICATE)


@dataclass(frozen=True, slots=True)
class MedicationWarning:
    """One thing found: its kind, the medications (one, or a duplicate pair), the allergy it
    is against (if any), and the explanation a coordinator reads."""

    kind: WarningKind
    medication_ids: tuple[int | None, ...]
    explanation: str
    allergy_id: int | None = None
    #: The medications' names, in the order of `medication_ids` (for a list or a sheet).
    names: tuple[str, ...] = field(default=())
    #: What it is about in a few words: the allergy ("Ibuprofen (wheeze)"), or what an order
    #: leaves out ("dose, prescriber").
    about: str = ""

    def concerns(self, medication_id: int | None) -> bool:
        return medication_id in self.medication_ids

    def briefly(self, medication_id: int | None) -> str:
        """The warning in a few words for the medication's cell on paper ("Allergy: Ibuprofen
        (wheeze)", "Duplicate therapy with Naproxen")."""
        if self.kind is WarningKind.DUPLICATE:
            others = [
                name
                for number, name in zip(self.medication_ids, self.names, strict=False)
                if number != medication_id
            ]
            return translate("MedicationChecks", "{warning} with {medication}").format(
                warning=self.kind.label, medication=others[0] if others else self.names[-1]
            )
        if self.kind is WarningKind.INCOMPLETE:
            return translate("MedicationChecks", "{warning}: no {missing}").format(
                warning=self.kind.label, missing=self.about
            )
        return translate("MedicationChecks", "{warning}: {about}").format(
            warning=self.kind.label, about=self.about
        )


#: Statuses of a medication the checks look at: what the patient takes, or will again.
CURRENT = (MedicationStatus.ACTIVE, MedicationStatus.ON_HOLD)


def current(medications: Iterable[Medication]) -> list[Medication]:
    return [m for m in medications if m.status in CURRENT]


def check_medications(
    medications: Sequence[Medication],
    allergies: Sequence[Allergy],
    known: MedicineKnowledge | None = None,
) -> list[MedicationWarning]:
    """Every warning on a patient's current medications, allergies first, then duplicates,
    cautions and incomplete orders."""
    known = known or _knowledge()
    taken = current(medications)
    reading = _reading(known)
    found: list[MedicationWarning] = []
    for medication in taken:
        found += _against_allergies(medication, allergies, reading)
    # What each medicine is made of and which one-only groups it falls in, worked out once:
    # a pair is looked at closely only when the two share one or the other.
    made_of = [(m, reading.ingredients(m.name)) for m in taken]
    groups = [set(reading.groups(ingredients)) for _m, ingredients in made_of]
    for (i, (first, mine)), (j, (second, theirs)) in combinations(enumerate(made_of), 2):
        if mine and theirs and (mine & theirs or groups[i] & groups[j]):
            found += _duplicates(first, second, reading)
    for medication in taken:
        found += _incomplete(medication)
    order = list(WarningKind)
    return sorted(found, key=lambda warning: order.index(warning.kind))


def check_one(
    medication: Medication,
    others: Sequence[Medication],
    allergies: Sequence[Allergy],
    known: MedicineKnowledge | None = None,
) -> list[MedicationWarning]:
    """The warnings on one medication as it is being typed, against the patient's allergies
    and their other current medications (not the medication itself, by id)."""
    known = known or _knowledge()
    reading = _reading(known)
    found = _against_allergies(medication, allergies, reading)
    for other in current(others):
        if medication.id is None or other.id != medication.id:
            found += _duplicates(medication, other, reading)
    found += _incomplete(medication)
    order = list(WarningKind)
    return sorted(found, key=lambda warning: order.index(warning.kind))


class _Reading:
    """The knowledge, with what has been worked out from it already (a caseload repeats its
    medicines, so each name's ingredients and each set's classes are read once)."""

    def __init__(self, known: MedicineKnowledge) -> None:
        self.known = known
        self._classes: dict[frozenset[str], frozenset[str]] = {}
        self._groups: dict[frozenset[str], dict[str, str]] = {}

    def ingredients(self, name: str) -> frozenset[str]:
        return self.known.ingredients_of(name)

    def classes(self, ingredients: frozenset[str]) -> frozenset[str]:
        found = self._classes.get(ingredients)
        if found is None:
            found = frozenset(c for i in ingredients for c in self.known.classes_of(i))
            self._classes[ingredients] = found
        return found

    def groups(self, ingredients: frozenset[str]) -> dict[str, str]:
        """The duplicate groups of the one-is-the-rule classes among the ingredients' classes,
        with each group's words ("NSAID (anti-inflammatory painkiller)")."""
        found = self._groups.get(ingredients)
        if found is None:
            found = {}
            for key in sorted(self.classes(ingredients)):
                drug_class = self.known.drug_class(key)
                if drug_class.one_is_the_rule:
                    found.setdefault(drug_class.duplicate_group, _in_sentence(drug_class.label))
            self._groups[ingredients] = found
        return found

    def class_words(self, key: str) -> str:
        return _in_sentence(self.known.drug_class(key).label)

    def ingredient_words(self, key: str) -> str:
        return self.known.label(key)


def _allergy_words(allergy: Allergy) -> str:
    details = ", ".join(
        part
        for part in (allergy.reaction, allergy.severity.label.lower() if allergy.severity else "")
        if part
    )
    return f"{allergy.substance} ({details})" if details else allergy.substance


def _against_allergies(
    medication: Medication, allergies: Sequence[Allergy], reading: _Reading
) -> list[MedicationWarning]:
    ingredients = reading.ingredients(medication.name)
    if not ingredients:
        return []
    classes = reading.classes(ingredients)
    found: list[MedicationWarning] = []
    for allergy in allergies:
        if allergy.status is not AllergyStatus.ACTIVE:
            continue
        target = reading.known.allergy_target(allergy.substance)
        named = ingredients & target.ingredients
        named_classes = classes & target.classes
        said = _allergy_words(allergy)
        if named:
            what = ", ".join(sorted(reading.ingredient_words(i) for i in named))
            if _is_just(medication.name, named, reading):
                text = translate(
                    "MedicationChecks", "{medication}: the patient is allergic to {allergy}."
                )
            else:
                text = translate(
                    "MedicationChecks",
                    "{medication} contains {what}: the patient is allergic to {allergy}.",
                )
            text = text.format(medication=medication.name, what=what, allergy=said)
            found.append(_warning(WarningKind.ALLERGY, medication, text, allergy))
            continue
        if named_classes:
            kind = ", ".join(sorted(reading.class_words(c) for c in named_classes))
            found.append(
                _warning(
                    WarningKind.ALLERGY,
                    medication,
                    translate(
                        "MedicationChecks",
                        "{medication} is {article} {kind}: the patient is allergic to {allergy}.",
                    ).format(
                        medication=medication.name, article=_article(kind), kind=kind, allergy=said
                    ),
                    allergy,
                )
            )
            continue
        # The allergy names one drug of a class this medication shares: for a class where an
        # allergy to one is to all (any penicillin) a match; where an allergy to one member is
        # a reason to check the others (an NSAID, an opioid) a caution.
        shared = [
            reading.known.drug_class(key)
            for key in sorted(classes & reading.classes(target.ingredients))
            if reading.known.drug_class(key).cross_reactive
        ]
        if shared:
            whole = [c for c in shared if c.allergy_to_one_is_to_all]
            kind = _in_sentence((whole or shared)[0].label)
            found.append(
                _warning(
                    WarningKind.ALLERGY if whole else WarningKind.ALLERGY_CAUTION,
                    medication,
                    (
                        translate(
                            "MedicationChecks",
                            "{medication} is {article} {kind}, like the patient's allergy to "
                            "{allergy}.",
                        )
                        if whole
                        else translate(
                            "MedicationChecks",
                            "{medication} is {article} {kind}, like the patient's allergy to "
                            "{allergy}. Check before giving it.",
                        )
                    ).format(
                        medication=medication.name, article=_article(kind), kind=kind, allergy=said
                    ),
                    allergy,
                )
            )
            continue
        allergic_classes = target.classes | reading.classes(target.ingredients)
        for caution in reading.known.cautions():
            if caution.allergy_class in allergic_classes and caution.medication_class in classes:
                kind = reading.class_words(caution.medication_class)
                found.append(
                    _warning(
                        WarningKind.ALLERGY_CAUTION,
                        medication,
                        translate(
                            "MedicationChecks",
                            "{medication} is {article} {kind}; the patient is allergic to "
                            "{allergy}. {why}",
                        ).format(
                            medication=medication.name,
                            article=_article(kind),
                            kind=kind,
                            allergy=said,
                            why=caution.why,
                        ),
                        allergy,
                    )
                )
                break
    return found


def _duplicates(
    first: Medication, second: Medication, reading: _Reading
) -> list[MedicationWarning]:
    mine, theirs = reading.ingredients(first.name), reading.ingredients(second.name)
    if not mine or not theirs:
        return []
    pair = (first, second)
    both = mine & theirs
    if both:
        if " ".join(first.name.casefold().split()) == " ".join(second.name.casefold().split()):
            text = translate(
                "MedicationChecks", "{medication} is on the list twice: usually one is meant."
            )
            return [_pair(pair, text.format(medication=first.name))]
        what = ", ".join(sorted(reading.ingredient_words(i) for i in both))
        text = translate("MedicationChecks", "{first} and {second} both contain {what}.")
        return [_pair(pair, text.format(first=first.name, second=second.name, what=what))]
    groups, others = reading.groups(mine), reading.groups(theirs)
    for group, label in others.items():
        if group in groups:
            kind = groups[group]
            if label != kind:
                kind = f"{kind} / {label}"
            return [
                _pair(
                    pair,
                    translate(
                        "MedicationChecks",
                        "{first} and {second} are both of one kind, {kind}: usually only one is "
                        "taken at a time.",
                    ).format(first=first.name, second=second.name, kind=kind),
                )
            ]
    return []


def _incomplete(medication: Medication) -> list[MedicationWarning]:
    missing: list[tuple[str, str]] = []  # (in a sentence, in a few words)
    if medication.as_needed and not medication.as_needed_reason.strip():
        missing.append(
            (
                translate("MedicationChecks", "what it is taken for (as needed)"),
                translate("MedicationChecks", "reason"),
            )
        )
    if medication.as_needed and not medication.max_per_day.strip():
        missing.append(
            (
                translate("MedicationChecks", "the most to take in a day (as needed)"),
                translate("MedicationChecks", "daily most"),
            )
        )
    if not medication.dose.strip():
        missing.append(
            (translate("MedicationChecks", "the dose"), translate("MedicationChecks", "dose"))
        )
    if medication.prescriber_id is None:
        missing.append(
            (
                translate("MedicationChecks", "the prescriber"),
                translate("MedicationChecks", "prescriber"),
            )
        )
    if not missing:
        return []
    return [
        _warning(
            WarningKind.INCOMPLETE,
            medication,
            translate("MedicationChecks", "{medication} does not say {missing}.").format(
                medication=medication.name, missing=_listed([said for said, _ in missing])
            ),
            about=", ".join(short for _, short in missing),
        )
    ]


def _warning(
    kind: WarningKind,
    medication: Medication,
    explanation: str,
    allergy: Allergy | None = None,
    about: str = "",
) -> MedicationWarning:
    return MedicationWarning(
        kind=kind,
        medication_ids=(medication.id,),
        explanation=explanation,
        allergy_id=allergy.id if allergy else None,
        names=(medication.name,),
        about=about or (_allergy_words(allergy) if allergy else ""),
    )


def _pair(pair: tuple[Medication, Medication], explanation: str) -> MedicationWarning:
    return MedicationWarning(
        kind=WarningKind.DUPLICATE,
        medication_ids=(pair[0].id, pair[1].id),
        explanation=explanation,
        names=(pair[0].name, pair[1].name),
    )


def _is_just(name: str, ingredients: frozenset[str], reading: _Reading) -> bool:
    """Whether the medication is named by the ingredient itself ("Ibuprofen 400 mg")."""
    words = name.casefold().split()
    return len(ingredients) == 1 and any(
        reading.ingredient_words(i).casefold().split()[0] in words for i in ingredients
    )


def _in_sentence(label: str) -> str:
    """A class's label as it reads inside a sentence: "Opioid painkiller" -> "opioid
    painkiller", but "NSAID (…)" and "ACE inhibitor" keep their capitals."""
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


def _article(words: str) -> str:
    """ "an" before a vowel sound: "an opioid", "an NSAID" (said en-said), "a statin"."""
    if words[:2].isupper():
        return "an" if words[:1] in "AEFHILMNORSX" else "a"
    return "an" if words[:1].casefold() in "aeiou" else "a"


def _listed(parts: Sequence[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return translate("MedicationChecks", "{these} or {last}").format(
        these=", ".join(parts[:-1]), last=parts[-1]
    )


def summary(warnings: Sequence[MedicationWarning]) -> str:
    """ "2 medication warnings" (or "" when there are none), for a visit strip or a list."""
    count = len(warnings)
    if not count:
        return ""
    if count == 1:
        return translate("MedicationChecks", "1 medication warning")
    return translate("MedicationChecks", "{count} medication warnings").format(count=count)


_READINGS: dict[int, _Reading] = {}


def _reading(known: MedicineKnowledge) -> _Reading:
    """The one reading of `known` (kept while the knowledge is)."""
    reading = _READINGS.get(id(known))
    if reading is None or reading.known is not known:
        reading = _READINGS[id(known)] = _Reading(known)
    return reading


def _knowledge() -> MedicineKnowledge:
    # The medicine knowledge (a data file) is read when a check is first made, not at start.
    from carebook.core.medicine_knowledge import knowledge

    return knowledge()
