"""The assessment instruments score as their sources' worked examples do, refuse a gap or a wrong
answer naming the item, and every file in resources/instruments keeps the format's rules."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carebook.core.errors import ValidationError
from carebook.core.instruments import (
    SEVERITIES,
    Band,
    Instrument,
    InstrumentFileError,
    Score,
    band_of,
    instrument,
    instruments,
    read_instrument,
    score,
    score_total,
)
from carebook.core.resource_files import resource

FOLDER = resource("instruments")
ITEMISED = [known for known in instruments() if not known.totals_only]
TOTALS_ONLY = [known for known in instruments() if known.totals_only]


def _answers(instrument_id: str, *points: int) -> dict[str, int]:
    items = instrument(instrument_id).items
    assert len(points) == len(items)
    return {item.id: point for item, point in zip(items, points, strict=True)}


def _band(known: Instrument, total: int) -> Band:
    band = band_of(known, total)
    assert band is not None
    return band


def _band_in(done: Score) -> Band:
    assert done.band is not None
    return done.band


def _file(instrument_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        FOLDER.joinpath(f"{instrument_id}.json").read_text(encoding="utf-8")
    )
    return data


# -- the files -----------------------------------------------------------------------------------


def test_carebook_has_every_instrument_with_the_itemised_ones_first() -> None:
    ids = [known.id for known in instruments()]
    assert set(ids) == {
        "katz-adl",
        "lawton-iadl",
        "phq-2",
        "phq-9",
        "gad-7",
        "gds-15",
        "mini-cog",
        "morse-fall",
        "barthel",
        "home-safety",
        "moca",
        "mmse",
        "braden",
        "slums",
    }
    assert len(ids) == len(set(ids))
    kinds = [known.totals_only for known in instruments()]
    assert kinds == sorted(kinds)
    assert {known.id for known in TOTALS_ONLY} == {"moca", "mmse", "braden", "slums"}


def test_every_file_reads_as_its_instrument() -> None:
    files = [path for path in FOLDER.iterdir() if path.name.endswith(".json")]
    assert len(files) == len(instruments())
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        read = read_instrument(data, path.name)
        assert read == instrument(data["id"])
        assert path.name == f"{read.id}.json"
        assert read.name and read.short and read.source and read.licence and read.version
        assert all(band.severity in SEVERITIES for band in read.bands)


def test_licensed_instruments_keep_no_item_text() -> None:
    for known in TOTALS_ONLY:
        assert known.items == () and known.flags == () and known.item_codes == {}
        assert known.licence.startswith("Licensed")


def test_the_codes_are_the_loinc_codes_of_the_totals() -> None:
    codes = {known.id: known.code for known in instruments()}
    assert codes["phq-9"] == "44261-6"
    assert codes["gad-7"] == "70274-6"
    assert codes["morse-fall"] == "59460-6"
    assert codes["mini-cog"] == "72233-0"
    assert codes["home-safety"] == ""
    phq9 = instrument("phq-9")
    assert phq9.item_codes["q1"] == "44250-9"
    assert phq9.item_codes["q9"] == "44260-8"
    assert set(phq9.item_codes) == {item.id for item in phq9.items}


def test_the_slums_bands_say_they_are_for_a_high_school_education() -> None:
    slums = instrument("slums")
    assert "high-school education" in slums.source
    assert all("high-school" in band.label for band in slums.bands)
    assert _band(slums, 27).severity == "none"
    assert _band(slums, 26).label.startswith("Mild")


def test_an_unknown_id_is_refused_naming_the_known_ones() -> None:
    with pytest.raises(ValidationError) as refused:
        instrument("phq-10")
    assert refused.value.field == "instrument"
    assert "No instrument 'phq-10'" in str(refused.value)
    assert "phq-9" in str(refused.value) and "braden" in str(refused.value)


# -- worked examples -----------------------------------------------------------------------------


def test_phq9_ten_is_moderate_and_item_nine_is_flagged_urgent() -> None:
    done = score(instrument("phq-9"), _answers("phq-9", 1, 2, 1, 1, 0, 1, 2, 1, 1))
    assert done.total == 10
    assert done.band is not None and done.band.label == "Moderate"
    assert [(flag.item, flag.text, flag.urgent) for flag in done.flags] == [
        ("q9", "self-harm item", True)
    ]


def test_phq9_bands_at_their_edges() -> None:
    phq9 = instrument("phq-9")
    labels = {total: _band(phq9, total).label for total in (4, 5, 9, 10, 14, 15, 19, 20, 27)}
    assert labels == {
        4: "None to minimal",
        5: "Mild",
        9: "Mild",
        10: "Moderate",
        14: "Moderate",
        15: "Moderately severe",
        19: "Moderately severe",
        20: "Severe",
        27: "Severe",
    }
    assert score(phq9, _answers("phq-9", 3, 3, 3, 3, 3, 3, 3, 3, 0)).flags == ()


def test_phq2_three_is_a_positive_screen() -> None:
    assert _band_in(score(instrument("phq-2"), _answers("phq-2", 1, 1))).severity == "none"
    positive = score(instrument("phq-2"), _answers("phq-2", 2, 1))
    assert positive.total == 3 and "Positive" in _band_in(positive).label


def test_gad7_bands() -> None:
    gad7 = instrument("gad-7")
    done = score(gad7, _answers("gad-7", 2, 2, 2, 1, 1, 1, 1))
    assert done.total == 10 and _band_in(done).label == "Moderate anxiety"
    assert _band(gad7, 15).label == "Severe anxiety"


def test_gds15_scores_no_to_the_reversed_items_and_yes_to_the_rest() -> None:
    gds = instrument("gds-15")
    points = {
        item.id: {answer.label: answer.points for answer in item.answers} for item in gds.items
    }
    for number in range(1, 16):
        depressed = "No" if number in (1, 5, 7, 11, 13) else "Yes"
        other = "Yes" if depressed == "No" else "No"
        assert points[f"q{number}"] == {depressed: 1, other: 0}
    # Satisfied with life, in good spirits, happy, glad to be alive, full of energy, but bored,
    # preferring to stay home and worse off than most: 3 points, normal.
    said = dict.fromkeys(range(1, 16), "No") | {1: "Yes", 5: "Yes", 7: "Yes", 11: "Yes"}
    said |= {13: "Yes", 4: "Yes", 9: "Yes", 15: "Yes"}
    done = score(gds, {f"q{n}": points[f"q{n}"][word] for n, word in said.items()})
    assert done.total == 3 and _band_in(done).label == "Normal"
    # Every answer the depressed way: 15, severe.
    everything = score(gds, {item: max(choice.values()) for item, choice in points.items()})
    assert everything.total == 15 and _band_in(everything).severity == "severe"


def test_minicog_three_words_and_a_normal_clock_is_five() -> None:
    mini_cog = instrument("mini-cog")
    done = score(mini_cog, {"recall": 3, "clock": 2})
    assert done.total == 5 and _band_in(done).label == "Screen negative"
    low = score(mini_cog, {"recall": 2, "clock": 0})
    assert low.total == 2 and "possible cognitive impairment" in _band_in(low).label
    with pytest.raises(ValidationError, match="Item 2 takes 0 or 2"):
        score(mini_cog, {"recall": 3, "clock": 1})


def test_morse_sixty_five_is_high_risk() -> None:
    done = score(instrument("morse-fall"), _answers("morse-fall", 25, 15, 15, 0, 10, 0))
    assert done.total == 65 and _band_in(done).label == "High fall risk"
    morse = instrument("morse-fall")
    assert _band(morse, 24).label == "Low fall risk"
    assert _band(morse, 25).label == "Moderate fall risk"
    assert _band(morse, 45).label == "High fall risk"


def test_barthel_all_independent_is_one_hundred() -> None:
    barthel = instrument("barthel")
    best = {item.id: max(answer.points for answer in item.answers) for item in barthel.items}
    done = score(barthel, best)
    assert done.total == 100 and _band_in(done).label == "Independent"
    assert best == {
        "feeding": 10,
        "bathing": 5,
        "grooming": 5,
        "dressing": 10,
        "bowels": 10,
        "bladder": 10,
        "toilet": 10,
        "transfers": 15,
        "mobility": 15,
        "stairs": 10,
    }
    assert not barthel.higher_is_worse


def test_katz_full_function_and_severe_impairment() -> None:
    katz = instrument("katz-adl")
    assert [item.id for item in katz.items] == [
        "bathing",
        "dressing",
        "toileting",
        "transferring",
        "continence",
        "feeding",
    ]
    assert _band_in(score(katz, _answers("katz-adl", 1, 1, 1, 1, 1, 1))).label == "Full function"
    assert _band_in(score(katz, _answers("katz-adl", 1, 1, 0, 0, 0, 0))).severity == "severe"
    assert not katz.higher_is_worse


def test_home_safety_counts_hazards_and_flags_a_missing_smoke_alarm() -> None:
    checklist = instrument("home-safety")
    assert 10 <= len(checklist.items) <= 14 and "CC0" in checklist.licence
    none = score(checklist, dict.fromkeys((item.id for item in checklist.items), 0))
    assert none.total == 0 and _band_in(none).label == "No hazards found"
    found = dict.fromkeys((item.id for item in checklist.items), 0)
    found |= {"loose_rugs": 1, "grab_rails": 1, "stair_lighting": 1, "smoke_alarm": 1}
    done = score(checklist, found)
    assert done.total == 4 and _band_in(done).label == "Many hazards"
    assert [flag.item for flag in done.flags] == ["smoke_alarm"]


# -- refusals ------------------------------------------------------------------------------------


def test_a_missing_item_is_refused_naming_it() -> None:
    answers = _answers("phq-9", 1, 2, 1, 1, 0, 1, 2, 1, 1)
    del answers["q3"]
    with pytest.raises(ValidationError) as refused:
        score(instrument("phq-9"), answers)
    assert refused.value.field == "q3"
    assert str(refused.value).startswith("Item 3 (Trouble falling or staying asleep")
    assert str(refused.value).endswith("is not answered; the total is not computed")


def test_an_answer_the_item_does_not_take_is_refused_naming_it() -> None:
    for wrong in (4, -1, True, "1", 1.0):
        answers: dict[str, Any] = _answers("phq-9", 0, 0, 0, 0, 0, 0, 0, 0, 0)
        answers["q9"] = wrong
        with pytest.raises(ValidationError) as refused:
            score(instrument("phq-9"), answers)
        assert refused.value.field == "q9"
        assert str(refused.value) == "Item 9 takes 0, 1, 2 or 3"
    with pytest.raises(ValidationError, match="Item 1 takes 0 or 25") as morse:
        score(instrument("morse-fall"), _answers("morse-fall", 20, 15, 15, 0, 10, 0))
    assert morse.value.field == "history"


def test_an_unknown_item_is_refused_naming_it() -> None:
    answers = _answers("phq-2", 0, 0) | {"q3": 1}
    with pytest.raises(ValidationError, match="no item 'q3'") as refused:
        score(instrument("phq-2"), answers)
    assert refused.value.field == "q3"


@pytest.mark.parametrize("licensed", TOTALS_ONLY, ids=lambda known: known.id)
def test_a_licensed_instrument_refuses_item_answers_and_takes_a_total(licensed: Instrument) -> None:
    with pytest.raises(ValidationError, match="give the total") as refused:
        score(licensed, {"q1": 1})
    assert refused.value.field == "total"
    for total in (licensed.low, licensed.high):
        taken = score_total(licensed, total)
        assert taken.total == total and taken.band is not None and taken.flags == ()
    for outside in (licensed.low - 1, licensed.high + 1):
        with pytest.raises(ValidationError, match=f"runs from {licensed.low} to {licensed.high}"):
            score_total(licensed, outside)


def test_totals_from_paper_carry_their_band_and_no_flags() -> None:
    assert _band_in(score_total(instrument("moca"), 26)).label == "Normal"
    assert _band_in(score_total(instrument("moca"), 25)).severity == "moderate"
    assert _band_in(score_total(instrument("mmse"), 23)).label == "Mild cognitive impairment"
    assert _band_in(score_total(instrument("mmse"), 17)).severity == "severe"
    braden = instrument("braden")
    assert braden.low == 6 and not braden.higher_is_worse
    assert [_band(braden, total).label for total in (9, 10, 12, 13, 14, 15, 18, 19)] == [
        "Very high risk",
        "High risk",
        "High risk",
        "Moderate risk",
        "Moderate risk",
        "Mild risk",
        "Mild risk",
        "No risk",
    ]
    paper = score_total(instrument("phq-9"), 22)
    assert _band_in(paper).label == "Severe" and paper.flags == ()
    with pytest.raises(ValidationError) as refused:
        score_total(instrument("phq-9"), 28)
    assert refused.value.field == "total"


# -- every total, every answer -------------------------------------------------------------------


@pytest.mark.parametrize("known", instruments(), ids=lambda known: known.id)
def test_every_total_falls_in_exactly_one_band(known: Instrument) -> None:
    for total in range(known.low, known.high + 1):
        holding = [band for band in known.bands if band.low <= total <= band.high]
        assert len(holding) == 1
        assert band_of(known, total) == holding[0]
    assert band_of(known, known.low - 1) is None
    assert band_of(known, known.high + 1) is None


@st.composite
def _answered(draw: st.DrawFn) -> tuple[Instrument, dict[str, int]]:
    chosen = draw(st.sampled_from(ITEMISED))
    answers = {
        item.id: draw(st.sampled_from([answer.points for answer in item.answers]))
        for item in chosen.items
    }
    return chosen, answers


@given(_answered())
def test_any_valid_answers_give_a_total_in_range_and_one_band(
    answered: tuple[Instrument, dict[str, int]],
) -> None:
    chosen, answers = answered
    done = score(chosen, answers)
    assert chosen.low <= done.total <= chosen.high
    assert done.total == sum(answers.values())
    assert sum(band.low <= done.total <= band.high for band in chosen.bands) == 1
    assert done.band == band_of(chosen, done.total)
    assert all(answers[flag.item] >= flag.at_least for flag in done.flags)


# -- the loader's checks -------------------------------------------------------------------------


def _refused(data: dict[str, Any], reason: str) -> None:
    with pytest.raises(InstrumentFileError, match=reason):
        read_instrument(data, "test.json")


def test_bands_with_a_gap_or_an_overlap_are_refused() -> None:
    gap = _file("phq-9")
    gap["bands"][1]["low"] = 6
    _refused(gap, "should start at 5")
    overlap = _file("phq-9")
    overlap["bands"][1]["low"] = 4
    _refused(overlap, "should start at 5")
    short = _file("phq-9")
    short["bands"][-1]["high"] = 26
    _refused(short, "end at 26")


def test_items_that_do_not_add_up_to_the_range_are_refused() -> None:
    data = _file("phq-9")
    data["high"] = 30
    _refused(data, "add up to 0-27")
    data = _file("barthel")
    data["items"][0]["answers"][2]["points"] = 15
    _refused(data, "add up to 0-105")


def test_a_malformed_file_is_refused() -> None:
    good = _file("phq-9")
    cases: list[tuple[str, Any, str]] = [
        ("code", "44261-5", "check digit"),
        ("id", "PHQ 9", "lowercase"),
        ("totals_only", "no", "true or false"),
        ("low", 27, "runs from 27 to 27"),
    ]
    for field, value, reason in cases:
        data = copy.deepcopy(good)
        data[field] = value
        _refused(data, reason)
    data = copy.deepcopy(good)
    data["colour"] = "blue"
    _refused(data, "unknown \\['colour'\\]")
    data = copy.deepcopy(good)
    data["items"][1]["id"] = "q1"
    _refused(data, "appears twice")
    data = copy.deepcopy(good)
    data["items"][0]["answers"][1]["points"] = 0
    _refused(data, "same points")
    data = copy.deepcopy(good)
    data["flags"][0]["item"] = "q10"
    _refused(data, "q10")
    data = copy.deepcopy(good)
    data["bands"][0]["severity"] = "awful"
    _refused(data, "severity 'awful'")
    data = copy.deepcopy(good)
    data["item_codes"]["q1"] = "44250-8"
    _refused(data, "check digit")
    licensed = _file("moca")
    licensed["items"] = copy.deepcopy(good["items"][:1])
    licensed["high"] = 3
    _refused(licensed, "keeps no items")
