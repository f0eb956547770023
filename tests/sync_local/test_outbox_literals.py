"""The outbox keeps values as SQLite's quote() writes them; reading them back gives each value
as it was, whatever it holds."""

from __future__ import annotations

import math
import sqlite3
from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from carebook.storage.sync_outbox import quoted, read_literals, read_pairs

VALUES = st.one_of(
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
    # SQLite's text functions stop at a NUL character, as its C strings do.
    st.text(alphabet=st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",))),
    st.binary(),
)


@given(st.lists(VALUES, max_size=12))
def test_what_quote_writes_reads_back_as_it_was(values: list[object]) -> None:
    conn = sqlite3.connect(":memory:")
    marks = " || ',' || ".join("quote(?)" for _ in values) or "''"
    [(text,)] = conn.execute(f"SELECT {marks}", values).fetchall()
    read = read_literals(text)
    assert len(read) == len(values)
    for got, wanted in zip(read, values, strict=True):
        if isinstance(wanted, float):
            assert isinstance(got, float)
            assert got == wanted or (math.isinf(got) and math.isinf(wanted))
        else:
            assert got == wanted


@given(st.dictionaries(st.text(min_size=1), VALUES.filter(lambda v: not isinstance(v, float))))
def test_a_history_entry_reads_back_as_the_values_it_kept(values: dict[str, object]) -> None:
    assert read_pairs(quoted(values)) == values


def test_the_changes_waiting_are_counted_as_they_are_sent(tmp_path: Path) -> None:
    from carebook.core.records import Patient
    from carebook.storage import sync_state
    from carebook.storage.sync_outbox import count_waiting, waiting
    from carebook.store.caseload import Store

    store = Store.open(tmp_path / "caseload.sqlite3")

    def counted() -> int:
        return int(store.conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0])

    sync_state.join(store.conn, "team", "Team", "postgresql://hub/team", "fingerprint")
    assert count_waiting(store.conn) == counted() > 0
    for n in range(5):
        store.patients.add_patient(
            Patient(given="Ada", family=f"Okafor {n}", birth_date=date(1941, 5, 6))
        )
        assert count_waiting(store.conn) == counted()
    _changes, last = waiting(store.conn, 3)
    sync_state.mark_sent(store.conn, last, 0)
    assert count_waiting(store.conn) == counted()
    sync_state.leave(store.conn)
    assert count_waiting(store.conn) == 0 == counted()
    store.close()
