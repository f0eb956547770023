"""The report stylesheet as the page printer reads it: sizes, weights, colours, boxes."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carebook.reports.report_style import Border, ReportStyle, report_style


def test_the_day_sheets_own_looks_come_from_the_stylesheet() -> None:
    style = report_style()
    body = style.look()
    assert body.size == 10 and body.families[0] == "DejaVu Sans"
    heading = style.look("h2")
    assert heading.size == 12 and heading.bold and heading.margin_top == pytest.approx(9)
    tick = style.look("table.grid.visits", "tr", "td.tick")
    assert tick.size == 13 and tick.align == "center"
    assert tick.padding == pytest.approx((1.5, 1.5, 1.5, 1.5))
    assert tick.border_bottom == Border(0.75, "#9a9a9a")  # a grid cell's rule, 1px
    allergy = style.look("table.grid", "tr", "td.allergy-cell", "span.allergy")
    assert allergy.bold and allergy.color == "#a00000"
    assert style.look("table.grid", "tr", "td.allergy-cell").background == "#f3f3f3"


def test_text_properties_pass_down_and_box_properties_do_not() -> None:
    style = ReportStyle(".box { padding: 8px; color: #123456; font-size: 14pt; }")
    inner = style.look("div.box", "span")
    assert inner.color == "#123456" and inner.size == 14
    assert inner.padding == (0, 0, 0, 0)


def test_a_descendant_rule_needs_its_ancestor() -> None:
    style = ReportStyle(".grid .time { font-weight: bold; } .time { color: #111111; }")
    assert style.look("table.grid", "tr", "td.time").bold
    plain = style.look("table.facts", "tr", "td.time")
    assert not plain.bold and plain.color == "#111111"


def test_the_more_specific_rule_wins_then_the_later_one() -> None:
    style = ReportStyle(
        ".grid td { color: #000001; } td { color: #000002; }"
        " td.x { color: #000003; } td.x { color: #000004; }"
    )
    assert style.look("table.grid", "tr", "td").color == "#000001"
    assert style.look("table", "tr", "td").color == "#000002"
    assert style.look("table", "tr", "td.x").color == "#000004"


@pytest.mark.parametrize(
    ("padding", "sides"),
    [
        ("4px", (3, 3, 3, 3)),
        ("4px 8px", (3, 6, 3, 6)),
        ("4px 8px 12px", (3, 6, 9, 6)),
        ("4px 8px 12px 16px", (3, 6, 9, 12)),
        ("2pt 1em", (2, 10, 2, 10)),
    ],
)
def test_padding_shorthands(padding: str, sides: tuple[float, ...]) -> None:
    look = ReportStyle(f"td {{ padding: {padding}; }}").look("td")
    assert look.padding == pytest.approx(sides)


def test_borders_and_their_absence() -> None:
    style = ReportStyle(
        "td { border: 2px solid #000000; } td.open { border: none; }"
        " td.under { border-bottom: 1pt dotted #777777; }"
    )
    assert style.look("td").border_left == Border(1.5, "#000000")
    assert style.look("td.open").border_top == Border()
    assert style.look("td.under").border_bottom == Border(1.0, "#777777")


_PROPERTIES = (
    "font-size",
    "font-weight",
    "font-style",
    "color",
    "padding",
    "padding-top",
    "margin-top",
    "margin-bottom",
    "border",
    "border-bottom",
    "text-align",
    "white-space",
    "background-color",
    "font-family",
    "width",
)
_VALUE = st.text(alphabet=st.sampled_from(list("0123456789.-# pxtemabold,\"'")), max_size=14)
_RULE = st.builds(
    lambda selector, name, value: f"{selector} {{ {name}: {value}; }}",
    st.sampled_from(["td", ".grid td", "td.tick", "table.grid .x", "*", "a b c"]),
    st.sampled_from(_PROPERTIES),
    _VALUE,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_RULE, max_size=6), st.text(max_size=40))
def test_any_stylesheet_text_is_read_without_error(rules: list[str], noise: str) -> None:
    style = ReportStyle("\n".join(rules) + noise)
    look = style.look("table.grid", "tr", "td.tick", "span.b")
    assert math.isfinite(look.size) and all(math.isfinite(side) for side in look.padding)
