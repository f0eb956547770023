"""Moments written with a UTC offset, read as the clocks of a zone show them: the one reading the
spreadsheet and FHIR imports share, and its refusal of moments outside carebook's dates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from carebook.core.dates import EARLIEST_DATE, LATEST_DATE
from carebook.core.errors import ValidationError
from carebook.core.moments import wall_clock
from carebook.interop.fhir import elements as fhir_elements
from carebook.interop.spreadsheet.cells import CellProblem, parse_moment

NEW_YORK = "America/New_York"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2026-12-07T09:00:00Z", datetime(2026, 12, 7, 4, 0)),
        ("2026-12-07T09:00:00+14:00", datetime(2026, 12, 6, 14, 0)),
        ("2026-12-07T09:00:00-05:00", datetime(2026, 12, 7, 9, 0)),
        ("2026-07-07T09:00:00Z", datetime(2026, 7, 7, 5, 0)),  # summer time: 4 hours behind
        ("2026-12-07T09:00:00", datetime(2026, 12, 7, 9, 0)),  # no offset: as written
    ],
)
def test_a_moment_with_an_offset_is_the_new_york_clock_time(
    written: str, expected: datetime
) -> None:
    assert wall_clock(datetime.fromisoformat(written), NEW_YORK) == expected
    assert fhir_elements.moment(written, NEW_YORK) == expected
    cell = parse_moment(written, None)
    assert cell is not None and cell.at(NEW_YORK) == expected


def test_an_unknown_zone_means_this_computers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert wall_clock(datetime(2026, 12, 7, 9, tzinfo=UTC), "") == datetime(2026, 12, 7, 18)
    assert wall_clock(datetime(2026, 12, 7, 9, tzinfo=UTC), "Not/AZone") == datetime(
        2026, 12, 7, 18
    )


@pytest.mark.parametrize(
    "written",
    [
        "9999-12-31T23:59:00Z",
        "9999-12-31T23:00:00Z",
        "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:00:00",
        "1879-12-31T23:00:00Z",
    ],
)
@pytest.mark.parametrize("zone", [NEW_YORK, "Pacific/Kiritimati", "Etc/GMT+12", "UTC"])
def test_moments_off_the_range_are_refused_in_words(written: str, zone: str) -> None:
    with pytest.raises(
        ValidationError,
        match=r"is outside the dates carebook keeps "
        r"\(1880-01-01 to 2199-12-31\); check the year",
    ):
        fhir_elements.moment(written, zone)
    with pytest.raises(CellProblem, match="is outside the dates carebook keeps"):
        parse_moment(written, None)


def test_a_moment_the_zone_moves_off_the_range_is_refused() -> None:
    """In range as written, out of it as the zone's clocks show it."""
    with pytest.raises(ValidationError, match="The start 2200-01-01 is outside"):
        wall_clock(datetime(2199, 12, 31, 23, tzinfo=UTC), "Asia/Tokyo", "The start")
    with pytest.raises(ValidationError, match="1879-12-31 is outside"):
        wall_clock(datetime(1880, 1, 1, 1, tzinfo=UTC), NEW_YORK)
    assert wall_clock(datetime(2199, 12, 31, 23, tzinfo=UTC), NEW_YORK) == datetime(
        2199, 12, 31, 18
    )


@settings(max_examples=200, deadline=None)
@given(
    moment=st.datetimes(),
    offset=st.integers(-24 * 60 + 1, 24 * 60 - 1),
    zone=st.sampled_from(
        [NEW_YORK, "Pacific/Kiritimati", "Etc/GMT+12", "UTC", "Asia/Kathmandu", ""]
    ),
)
def test_no_moment_overflows(moment: datetime, offset: int, zone: str) -> None:
    """Any year and any offset Python allows: a clock time in carebook's range, or a refusal
    in words, never an OverflowError."""
    written = moment.replace(tzinfo=timezone(timedelta(minutes=offset)))
    try:
        local = wall_clock(written, zone)
    except ValidationError as error:
        assert "is outside the dates carebook keeps" in str(error)
        return
    assert local.tzinfo is None and EARLIEST_DATE <= local.date() <= LATEST_DATE
    assert abs(local - moment) < timedelta(days=2)
