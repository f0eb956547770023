"""What two computers make alike without being the same thing: two invoices numbered alike, two
places renamed to one name. Neither is merged into the other nor lost, and the merge goes on."""

from __future__ import annotations

from carebook.storage.sync_conflicts import open_conflicts
from carebook.store.caseload import Store

from .exchange import settle


def _draft_numbered(store: Store, number: int, client: str) -> str:
    """A draft invoice like the sample's first, with this number and client: its global id."""
    store.conn.execute(
        "INSERT INTO invoice (number, patient_id, client_name, payer_name, period_from,"
        " period_to, status, grouping, drafted_on)"
        " SELECT ?, patient_id, ?, payer_name, period_from, period_to, 'draft', grouping,"
        " drafted_on FROM invoice ORDER BY id LIMIT 1",
        [number, client],
    )
    return str(
        store.conn.execute("SELECT uid FROM invoice WHERE number = ?", [number]).fetchone()[0]
    )


def test_two_invoices_drafted_with_one_number_both_stay(stores: tuple[Store, Store]) -> None:
    office, laptop = stores
    number = int(office.conn.execute("SELECT max(number) FROM invoice").fetchone()[0]) + 1
    mine = _draft_numbered(office, number, "Office's client")
    theirs = _draft_numbered(laptop, number, "Laptop's client")
    settle(office, laptop)
    for store, kept, other, client in (
        (office, mine, theirs, "Laptop's client"),
        (laptop, theirs, mine, "Office's client"),
    ):
        assert (
            store.conn.execute("SELECT uid FROM invoice WHERE number = ?", [number]).fetchone()[0]
            == kept
        )
        [clash] = [c for c in open_conflicts(store.conn) if c.uid == other]
        assert clash.theirs["client_name"] == client and clash.theirs["number"] == number


def test_two_places_renamed_to_one_name_are_a_conflict_and_the_rest_merges(
    stores: tuple[Store, Store],
) -> None:
    office, laptop = stores
    for name in ("Day centre", "Surgery"):
        office.conn.execute("INSERT INTO place (name, address) VALUES (?, '')", [name])
    settle(office, laptop)
    first, second = (
        row[0]
        for row in office.conn.execute(
            "SELECT uid FROM place WHERE name IN ('Day centre', 'Surgery') ORDER BY name"
        )
    )
    office.conn.execute("UPDATE place SET name = 'Clinic' WHERE uid = ?", [first])
    laptop.conn.execute("UPDATE place SET name = 'Clinic' WHERE uid = ?", [second])
    patient = office.conn.execute("SELECT min(uid) FROM patient").fetchone()[0]
    office.conn.execute("UPDATE patient SET city = 'Decatur' WHERE uid = ?", [patient])
    settle(office, laptop)
    # The change after the clash still arrived: the merge went on.
    assert (
        laptop.conn.execute("SELECT city FROM patient WHERE uid = ?", [patient]).fetchone()[0]
        == "Decatur"
    )
    for store in (office, laptop):
        assert (
            store.conn.execute("SELECT count(*) FROM place WHERE name = 'Clinic'").fetchone()[0]
            == 1
        )
        assert [c for c in open_conflicts(store.conn) if c.kind == "place"]
