"""Opening a caseload from before the directory (m011): every contact, care team, prescriber
and FHIR link kept, the new roles allowed, the quick switcher still following contacts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from carebook.core.records import Contact
from carebook.core.vocabularies import ContactRole
from carebook.storage.connection import set_pragmas
from carebook.storage.migrations import migrations
from carebook.storage.schema import APPLICATION_ID
from carebook.store.caseload import Store


def _older_caseload(path: Path) -> None:
    """A caseload migrated up to the step before the directory's, with a patient, a physician
    on her care team who prescribes her medication, and a pharmacy linked from a FHIR import."""
    conn = sqlite3.connect(path, isolation_level=None)
    set_pragmas(conn)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(conn, stop_before="m011_directory_and_referrals")
    conn.executescript("""
        INSERT INTO patient (id, given, family, status) VALUES (1, 'Ada', 'Byron', 'active');
        INSERT INTO contact (id, name, role, organization, phone)
            VALUES (7, 'Dr Amal Haddad', 'physician', 'Riverside Surgery', '0161 555 0101');
        INSERT INTO contact (id, name, role) VALUES (8, 'Riverside Pharmacy', 'pharmacy');
        INSERT INTO care_team_member (patient_id, contact_id, role, is_emergency)
            VALUES (1, 7, 'physician', 1);
        INSERT INTO medication (id, patient_id, name, status, prescriber_id, pharmacy_id)
            VALUES (3, 1, 'Metformin', 'active', 7, 8);
        INSERT INTO fhir_link (source_key, kind, contact_id, imported_at)
            VALUES ('id:Organization/ph1', 'contact', 8, '2026-01-05T10:00');
    """)
    conn.close()


@pytest.fixture
def migrated(tmp_path: Path) -> Store:
    path = tmp_path / "older.carebook"
    _older_caseload(path)
    return Store.open(path)


def test_contacts_and_what_points_at_them_survive_the_rebuild(migrated: Store) -> None:
    conn = migrated.conn
    contact = migrated.contacts.contact(7)
    assert contact is not None
    assert (contact.name, contact.role, contact.organization, contact.phone) == (
        "Dr Amal Haddad",
        ContactRole.PHYSICIAN,
        "Riverside Surgery",
        "0161 555 0101",
    )
    assert (contact.services, contact.hours, contact.eligibility) == ("", "", "")
    team = migrated.contacts.care_team(1)
    assert [(m.contact_id, m.role, m.is_emergency) for m, _c in team] == [
        (7, ContactRole.PHYSICIAN, True)
    ]
    assert conn.execute("SELECT prescriber_id, pharmacy_id FROM medication").fetchone() == (7, 8)
    assert conn.execute("SELECT contact_id FROM fhir_link").fetchone() == (8,)
    assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_deleting_a_contact_still_clears_it_everywhere(migrated: Store) -> None:
    migrated.contacts.delete_contact(7)
    assert migrated.contacts.care_team(1) == []
    assert migrated.conn.execute("SELECT prescriber_id FROM medication").fetchone() == (None,)


def test_a_community_resource_is_kept_with_what_it_offers(migrated: Store) -> None:
    saved = migrated.contacts.add_contact(
        Contact(
            name="Meals on Wheels",
            role=ContactRole.COMMUNITY_RESOURCE,
            services="Hot meals at home",
            hours="Mon–Fri 11:00–14:00",
            eligibility="Over 65 in the borough",
        )
    )
    assert saved.id is not None
    assert migrated.contacts.contact(saved.id) == saved
    with pytest.raises(sqlite3.IntegrityError):
        migrated.conn.execute("INSERT INTO contact (name, role) VALUES ('X', 'wizard')")


def test_the_quick_switcher_follows_contacts_after_the_rebuild(migrated: Store) -> None:
    contact = migrated.contacts.contact(7)
    assert contact is not None
    contact.name = "Dr Zainab Quartey"
    migrated.contacts.update_contact(contact)
    assert [(f.kind, f.title) for f in migrated.finding.find("Quartey")] == [
        ("contact", "Dr Zainab Quartey")
    ]
    assert migrated.finding.find("Haddad") == []
