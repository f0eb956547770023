"""The offline medicine list is well formed, and finds names, brands and allergy words as a
pharmacist would expect, by whole words and never by a raw substring."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carebook.core import medicine_knowledge
from carebook.core.medicine_knowledge import (
    AllergyTarget,
    Caution,
    DrugClass,
    MedicineKnowledge,
    knowledge,
    normalised,
)
from carebook.core.name_keys import folded
from carebook.core.resource_files import resource


def _data() -> dict[str, Any]:
    source = resource("medicines.json")
    data: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return data


DATA = _data()
INGREDIENTS: dict[str, dict[str, list[str]]] = DATA["ingredients"]
PRODUCTS: dict[str, list[str]] = DATA["products"]
CLASSES: dict[str, dict[str, Any]] = DATA["classes"]


def _classes(name: str) -> set[str]:
    known = knowledge()
    return {cls for key in known.ingredients_of(name) for cls in known.classes_of(key)}


# -- the file ------------------------------------------------------------------------------------


def test_the_file_says_what_it_is_and_where_its_facts_come_from() -> None:
    assert "safety net" in DATA["about"]
    assert "not a clinical decision system" in DATA["about"]
    assert len(DATA["sources"]) >= 5
    for source in DATA["sources"]:
        assert set(source) == {"name", "url", "used_for"}
        assert source["url"].startswith("https://")
        assert source["name"] and source["used_for"]


def test_the_list_is_big_enough_to_be_useful() -> None:
    assert len(INGREDIENTS) >= 300
    assert len(PRODUCTS) >= 200
    assert len(CLASSES) >= 40


def test_every_class_an_ingredient_names_exists() -> None:
    named = {cls for spec in INGREDIENTS.values() for cls in spec["classes"]}
    assert named - set(CLASSES) == set()


def test_every_class_has_a_member_a_label_and_a_duplicate_group() -> None:
    used = {cls for spec in INGREDIENTS.values() for cls in spec["classes"]}
    assert set(CLASSES) == used
    for key, spec in CLASSES.items():
        required = {"label", "one_is_the_rule", "duplicate_group", "allergy_words"}
        assert required <= set(spec) <= required | {"cross_reactive", "allergy_to_one_is_to_all"}
        assert spec.get("cross_reactive", True) is True, key  # said only where it holds
        if spec.get("allergy_to_one_is_to_all"):
            assert spec.get("cross_reactive"), key
        assert spec["label"] and isinstance(spec["one_is_the_rule"], bool)
        assert spec["duplicate_group"]
        assert len(set(spec["allergy_words"])) == len(spec["allergy_words"]), key
    assert "latex" not in CLASSES and "latex" not in INGREDIENTS


def test_every_product_names_known_ingredients() -> None:
    for product, ingredients in PRODUCTS.items():
        assert ingredients, product
        assert set(ingredients) <= set(INGREDIENTS), product
        assert len(set(ingredients)) == len(ingredients), product


def test_every_caution_names_known_classes() -> None:
    for caution in DATA["cautions"]:
        assert set(caution) == {"allergy_class", "medication_class", "why"}
        assert caution["allergy_class"] in CLASSES and caution["medication_class"] in CLASSES
        assert len(caution["why"]) > 40
    pairs = {(c["allergy_class"], c["medication_class"]) for c in DATA["cautions"]}
    assert {("penicillin", "cephalosporin"), ("penicillin", "carbapenem")} <= pairs


def test_names_are_lowercase_and_no_ingredient_is_also_a_product() -> None:
    names = [*INGREDIENTS, *PRODUCTS, *(a for spec in INGREDIENTS.values() for a in spec["also"])]
    assert all(name == name.strip().lower() and name for name in names)
    assert set(INGREDIENTS).isdisjoint(PRODUCTS)


def test_each_other_name_belongs_to_one_ingredient_only() -> None:
    others = Counter(name for spec in INGREDIENTS.values() for name in spec["also"])
    assert [name for name, count in others.items() if count > 1] == []
    assert set(others).isdisjoint(INGREDIENTS)
    assert set(others).isdisjoint(PRODUCTS)
    assert "co-trimoxazole" in PRODUCTS and "co-trimoxazole" not in others


def test_salts_and_forms_cover_the_usual_words() -> None:
    assert {"hydrochloride", "hcl", "sodium", "potassium", "calcium", "maleate", "mesilate"} <= set(
        DATA["salts"]
    )
    assert {"sulfate", "sulphate", "phosphate", "citrate", "acetate", "monohydrate"} <= set(
        DATA["salts"]
    )
    assert {
        "tablets",
        "capsules",
        "caplets",
        "cream",
        "gel",
        "patch",
        "injection",
        "inhaler",
    } <= set(DATA["forms"])
    assert {"mr", "sr", "xl", "modified release", "film-coated", "oral solution"} <= set(
        DATA["forms"]
    )


def test_the_knowledge_is_read_once() -> None:
    assert knowledge() is knowledge()


def test_two_names_that_read_the_same_but_name_different_medicines_are_refused() -> None:
    data = {
        "classes": {},
        "ingredients": {"ibuprofen": {"classes": [], "also": []}, "naproxen": {"classes": []}},
        "products": {"pain-away": ["ibuprofen"], "pain away": ["naproxen"]},
        "cautions": [],
        "salts": [],
        "forms": [],
    }
    with pytest.raises(ValueError, match="read the same"):
        MedicineKnowledge(data)


# -- every name in the list finds itself ---------------------------------------------------------


def test_every_ingredient_name_finds_its_ingredient() -> None:
    known = knowledge()
    wrong = {
        name: sorted(known.ingredients_of(name))
        for key, spec in INGREDIENTS.items()
        for name in [key, *spec["also"]]
        if known.ingredients_of(name) != {key} or known.ingredients_of(name.upper()) != {key}
    }
    assert wrong == {}


def test_every_product_finds_its_ingredients() -> None:
    known = knowledge()
    wrong = {
        product: sorted(known.ingredients_of(product))
        for product, ingredients in PRODUCTS.items()
        if known.ingredients_of(product.title()) != set(ingredients)
    }
    assert wrong == {}


def test_every_allergy_word_names_its_class() -> None:
    known = knowledge()
    wrong = {
        (key, word)
        for key, spec in CLASSES.items()
        for word in spec["allergy_words"]
        if key not in known.allergy_target(word.upper()).classes
    }
    assert wrong == set()


# -- medications as typed ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "ingredients"),
    [
        ("Ibuprofen", {"ibuprofen"}),
        ("Ibuprofen 400 mg tablets", {"ibuprofen"}),
        ("IBUPROFEN 400MG TABLETS", {"ibuprofen"}),
        ("Codeine", {"codeine"}),
        ("Codeine phosphate 30 mg", {"codeine"}),
        ("Co-codamol 30/500", {"codeine", "paracetamol"}),
        ("co codamol 8/500 effervescent", {"codeine", "paracetamol"}),
        ("Augmentin 625mg", {"amoxicillin", "clavulanic acid"}),
        ("Tylenol #3", {"codeine", "paracetamol"}),
        ("Tylenol", {"paracetamol"}),
        ("Tylenol with Codeine No. 3", {"codeine", "paracetamol"}),
        ("Amoxicillin trihydrate", {"amoxicillin"}),
        ("Metformin hydrochloride 500 mg MR", {"metformin"}),
        ("Calcium carbonate", {"calcium carbonate"}),
        ("Calcium carbonate/colecalciferol", {"calcium carbonate", "colecalciferol"}),
        ("Paracetamol and codeine", {"codeine", "paracetamol"}),
        ("Acetaminophen 500 mg", {"paracetamol"}),
        ("Albuterol inhaler", {"salbutamol"}),
        ("Frusemide 40mg", {"furosemide"}),
        ("Sodium valproate 200 mg gastro-resistant", {"valproic acid"}),
        ("Sacubitril/valsartan 24 mg/26 mg", {"sacubitril", "valsartan"}),
        ("Amoxicillin-clavulanate 875-125", {"amoxicillin", "clavulanic acid"}),
        ("Insulin glargine 100 units/ml", {"insulin glargine"}),
        ("Fentanyl 25 micrograms/hour patch", {"fentanyl"}),
        ("Diclofenac 1.16% gel", {"diclofenac"}),
        ("Seretide 250 Evohaler", {"fluticasone", "salmeterol"}),
        ("Sinemet CR", {"carbidopa", "levodopa"}),
        ("Nurofen Plus", {"codeine", "ibuprofen"}),
        ("Amoxicilline", set()),
        ("Codeine-free cough syrup", set()),
        ("Emollient cream", set()),
        ("", set()),
    ],
)
def test_a_medication_as_typed_names_its_ingredients(typed: str, ingredients: set[str]) -> None:
    assert knowledge().ingredients_of(typed) == ingredients


def test_names_are_matched_by_whole_words_never_inside_another_word() -> None:
    known = knowledge()
    assert known.ingredients_of("Codeine-free cough syrup") == set()
    assert known.ingredients_of("Paracodeine") == set()
    assert known.ingredients_of("Solpadeine") == {"codeine", "paracetamol"}
    assert known.ingredients_of("Pentasa") == {"mesalazine"}  # not "asa", aspirin
    assert known.ingredients_of("Tramadolol") == set()
    assert known.ingredients_of("Codeine-containing linctus") == {"codeine"}
    assert known.ingredients_of("Codeine\u2011free linctus") == set()  # a typographic hyphen
    assert known.ingredients_of("Co\u2011codamol") == {"codeine", "paracetamol"}


ODD_NAMES = [
    "x" * 10_000,
    "!@#$%^&*()[]{};:'\",.<>?/\\|`~" * 30,
    "abcdefghij " * 7,
    "アスピリン 錠剤",
    "Ибупрофен",
    "محمد",
    "\u200b\u00a0\t\n",
]


#: Far above what these take (well under a millisecond), far below what a pattern gone
#: exponential takes; with room for a machine busy running the suite on every core.
QUICK = 0.2


def _quickly(call: Callable[[], object]) -> object:
    started = time.perf_counter()
    answer = call()
    assert time.perf_counter() - started < QUICK
    return answer


@pytest.mark.parametrize("odd", ODD_NAMES)
def test_an_odd_name_finds_nothing_quickly(odd: str) -> None:
    known = knowledge()
    assert _quickly(lambda: known.ingredients_of(odd)) == set()
    assert _quickly(lambda: known.allergy_target(odd)) == AllergyTarget(
        frozenset(), frozenset(), ""
    )
    assert _quickly(lambda: known.suggestion(odd)) == ""
    _quickly(lambda: normalised(odd))


def test_a_very_long_name_with_a_medicine_in_it_is_still_quick() -> None:
    started = time.perf_counter()
    assert knowledge().ingredients_of("word " * 2_000 + "ibuprofen") == {"ibuprofen"}
    assert time.perf_counter() - started < QUICK


# -- what a pharmacist expects of the classes ----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "cls"),
    [
        ("amoxicillin", "penicillin"),
        ("flucloxacillin", "penicillin"),
        ("co-amoxiclav", "penicillin"),
        ("Penicillin V", "penicillin"),
        ("cefalexin", "cephalosporin"),
        ("cephalexin", "cephalosporin"),
        ("ceftriaxone", "cephalosporin"),
        ("meropenem", "carbapenem"),
        ("clarithromycin", "macrolide"),
        ("doxycycline", "tetracycline"),
        ("ciprofloxacin", "fluoroquinolone"),
        ("naproxen", "nsaid"),
        ("diclofenac", "nsaid"),
        ("aspirin", "nsaid"),
        ("aspirin", "salicylate"),
        ("aspirin", "antiplatelet"),
        ("celecoxib", "nsaid"),
        ("tramadol", "opioid"),
        ("oxycodone", "opioid"),
        ("morphine", "opioid"),
        ("codeine", "opioid"),
        ("co-codamol", "opioid"),
        ("buprenorphine", "opioid"),
        ("lisinopril", "ace_inhibitor"),
        ("ramipril", "ace_inhibitor"),
        ("losartan", "arb"),
        ("Entresto", "arb"),
        ("bisoprolol", "beta_blocker"),
        ("amlodipine", "calcium_channel_blocker"),
        ("bendroflumethiazide", "thiazide"),
        ("indapamide", "thiazide"),
        ("furosemide", "loop_diuretic"),
        ("spironolactone", "potassium_sparing_diuretic"),
        ("atorvastatin", "statin"),
        ("simvastatin", "statin"),
        ("sertraline", "ssri"),
        ("venlafaxine", "snri"),
        ("amitriptyline", "tricyclic"),
        ("diazepam", "benzodiazepine"),
        ("lorazepam", "benzodiazepine"),
        ("zopiclone", "z_drug"),
        ("quetiapine", "antipsychotic"),
        ("levetiracetam", "anticonvulsant"),
        ("omeprazole", "ppi"),
        ("famotidine", "h2_blocker"),
        ("warfarin", "anticoagulant"),
        ("apixaban", "anticoagulant"),
        ("clopidogrel", "antiplatelet"),
        ("gliclazide", "sulfonylurea"),
        ("metformin", "biguanide"),
        ("sitagliptin", "dpp4_inhibitor"),
        ("dapagliflozin", "sglt2_inhibitor"),
        ("insulin glargine", "insulin"),
        ("donepezil", "cholinesterase_inhibitor"),
        ("alendronic acid", "bisphosphonate"),
        ("prednisolone", "corticosteroid"),
        ("levothyroxine", "thyroid"),
        ("sulfamethoxazole", "sulfonamide_antibiotic"),
    ],
)
def test_class_membership_a_pharmacist_would_expect(name: str, cls: str) -> None:
    assert cls in _classes(name)


@pytest.mark.parametrize(
    ("name", "not_cls"),
    [
        ("paracetamol", "nsaid"),
        ("trimethoprim", "sulfonamide_antibiotic"),
        ("furosemide", "sulfonamide_antibiotic"),
        ("clavulanic acid", "penicillin"),
        ("loperamide", "opioid"),
        ("timolol", "antiarrhythmic"),
    ],
)
def test_class_membership_a_pharmacist_would_not_expect(name: str, not_cls: str) -> None:
    assert not_cls not in _classes(name)


@pytest.mark.parametrize("name", ["Co-trimoxazole", "Bactrim", "Septrin", "Bactrim DS"])
def test_co_trimoxazole_is_a_sulfonamide_with_trimethoprim(name: str) -> None:
    assert knowledge().ingredients_of(name) == {"sulfamethoxazole", "trimethoprim"}
    assert "sulfonamide_antibiotic" in _classes(name)


def test_ace_inhibitors_and_arbs_are_one_duplicate_group() -> None:
    known = knowledge()
    ace, arb = known.drug_class("ace_inhibitor"), known.drug_class("arb")
    assert ace.one_is_the_rule and arb.one_is_the_rule
    assert ace.duplicate_group == arb.duplicate_group != known.drug_class("statin").duplicate_group
    for key in ("nsaid", "opioid", "benzodiazepine", "statin", "ssri", "ppi", "anticoagulant"):
        assert known.drug_class(key).one_is_the_rule, key
    assert not known.drug_class("antiplatelet").one_is_the_rule
    assert known.drug_class("nsaid") == DrugClass(
        "nsaid", "NSAID (anti-inflammatory painkiller)", True, "nsaid", cross_reactive=True
    )
    assert known.drug_class("penicillin").allergy_to_one_is_to_all
    assert not known.drug_class("antiplatelet").cross_reactive
    with pytest.raises(KeyError):
        known.drug_class("latex")


def test_classes_labels_and_cautions_read_plainly() -> None:
    known = knowledge()
    assert known.classes_of("ibuprofen") == {"nsaid"}
    assert known.classes_of("not a medicine") == frozenset()
    assert known.label("ibuprofen") == "Ibuprofen"
    assert known.label("insulin glargine") == "Insulin glargine"
    assert all(isinstance(caution, Caution) for caution in known.cautions())
    assert any(
        caution.allergy_class == "penicillin" and caution.medication_class == "cephalosporin"
        for caution in known.cautions()
    )


# -- allergy entries -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "ingredients", "classes"),
    [
        ("Ibuprofen (wheeze)", {"ibuprofen"}, set()),
        ("Penicillins", set(), {"penicillin"}),
        ("PCN", set(), {"penicillin"}),
        ("Sulpha", set(), {"sulfonamide_antibiotic"}),
        ("sulfa drugs", set(), {"sulfonamide_antibiotic"}),
        ("Sulfonamides", set(), {"sulfonamide_antibiotic"}),
        ("NSAIDS", set(), {"nsaid"}),
        ("NSAID's", set(), {"nsaid"}),
        ("Non-steroidal anti-inflammatory drugs", set(), {"nsaid"}),
        ("Opiates", set(), {"opioid"}),
        ("ACE inhibitors (cough)", set(), {"ace_inhibitor"}),
        ("Statins", set(), {"statin"}),
        ("Beta-lactams", set(), {"penicillin", "cephalosporin", "carbapenem"}),
        ("Augmentin", {"amoxicillin", "clavulanic acid"}, set()),
        ("Co-trimoxazole", {"sulfamethoxazole", "trimethoprim"}, set()),
        ("Codeine", {"codeine"}, set()),
        ("Aspirin - wheeze", {"aspirin"}, set()),
        ("Chlorhexidine", {"chlorhexidine"}, set()),
    ],
)
def test_an_allergy_entry_names_ingredients_or_classes(
    entry: str, ingredients: set[str], classes: set[str]
) -> None:
    assert knowledge().allergy_target(entry) == AllergyTarget(
        frozenset(ingredients), frozenset(classes), ""
    )


@pytest.mark.parametrize("entry", ["penicillin", "Penicillin", "penicillin allergy", "PENICILLIN"])
def test_penicillin_names_the_class_and_penicillin_v(entry: str) -> None:
    target = knowledge().allergy_target(entry)
    assert target.classes == {"penicillin"}
    assert target.ingredients <= {"phenoxymethylpenicillin", "benzylpenicillin"}
    assert target.suggestion == ""


def test_a_misspelt_allergy_is_no_match_only_a_suggestion() -> None:
    target = knowledge().allergy_target("penicilin")
    assert target == AllergyTarget(frozenset(), frozenset(), "penicillin")


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("penicilin", "penicillin"),
        ("Amoxicilin", "amoxicillin"),
        ("cefalexine", "cefalexin"),
        ("Ibuprofin 200mg", "ibuprofen"),
        ("clarithromicin", "clarithromycin"),
        ("co-codamal", "co-codamol"),
        ("cocodamal", "co-codamol"),
        ("Ibuprofen", ""),
        ("Co-codamol", ""),
        ("lanolin", ""),  # a word of its own, not a slip for Lanoxin
        ("procaine", ""),  # another medicine, two letters from prilocaine
    ],
)
def test_a_misspelt_medicine_gets_the_close_known_name(typed: str, suggested: str) -> None:
    assert knowledge().suggestion(typed) == suggested


@pytest.mark.parametrize(
    "entry",
    [
        "Latex",
        "Peanuts",
        "Wasp stings",
        "Bee stings",
        "Egg",
        "Shellfish",
        "Lactose",
        "Iodine",
        "Nickel",
        "Adhesive dressings",
        "Plasters",
        "Elastoplast",
        "Sesame",
        "Gluten",
        "Celery",
        "Strawberries",
        "Grass pollen",
        "House dust mite",
        "Cats",
        "Perfume",
        "Tree nuts",
        "Soya",
        "Milk",
        "Fish",
        "Mustard",
        "Sulphites",
    ],
)
def test_something_that_is_no_medicine_names_nothing_and_suggests_nothing(entry: str) -> None:
    assert knowledge().allergy_target(entry) == AllergyTarget(frozenset(), frozenset(), "")


# -- normalised ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IBUPROFEN 400MG TABLETS", "ibuprofen"),
        ("Ibuprofen 5% gel", "ibuprofen"),
        ("Co-codamol 30/500 caplets", "co-codamol"),
        ("Augmentin 625mg", "augmentin"),
        ("Morphine sulfate 10 mg/5 ml oral solution", "morphine"),
        ("Lactulose 0.5 mg/ml", "lactulose"),
        ("Metformin Hydrochloride 500 mg modified release", "metformin"),
        ("Calcium carbonate", "calcium carbonate"),
        ("Amlodipine (as besilate) 5 mg", "amlodipine"),
        ("Tylenol #3", "tylenol #3"),
        ("Adcal-D3 chewable tablets", "adcal-d3"),
        ("Sacubitril/valsartan 24 mg/26 mg film-coated tablets", "sacubitril/valsartan"),
        ("Naïve  café  CRÈME", "naive cafe creme"),
        ("!!!", ""),
    ],
)
def test_normalised_takes_out_strengths_salts_and_forms(text: str, expected: str) -> None:
    assert normalised(text) == expected


_MEDICINE_WORDS = st.sampled_from(
    [
        "ibuprofen",
        "Calcium",
        "carbonate",
        "sodium",
        "400",
        "mg",
        "5%",
        "30/500",
        "0.5",
        "mg/ml",
        "modified",
        "release",
        "film-coated",
        "tablets",
        "#3",
        "-",
        "/",
        ".",
        ",",
        "(",
        "D3",
        "μg",
        "Ⓐ",
    ]
)


def _check_normalised(text: str) -> None:
    once = normalised(text)
    assert normalised(once) == once
    assert not any(char.isupper() for char in once)
    assert "  " not in once and once == once.strip()


@given(st.text())
def test_normalised_never_raises_and_settles_on_any_text(text: str) -> None:
    _check_normalised(text)


@settings(max_examples=300)
@given(st.lists(_MEDICINE_WORDS, max_size=12), st.sampled_from(["", " ", "  ", "\t"]))
def test_normalised_settles_on_medicine_like_text(words: list[str], gap: str) -> None:
    _check_normalised(gap.join(words))


@given(st.text(alphabet="abcdeéz019 #/+%-.,\u2010()"))
def test_words_of_plain_text_are_read_as_character_by_character(text: str) -> None:
    """Most names take a quicker way (nothing to blank out); it reads them as the slow way does."""
    plain = folded(text)
    kept = "".join(medicine_knowledge._kept(plain, at) for at in range(len(plain)))
    slow = medicine_knowledge._STRENGTH.sub(medicine_knowledge._strength, kept)
    words = slow.replace(".", " ").replace(",", " ").replace("%", " ").split()
    assert medicine_knowledge._words(text) == words
