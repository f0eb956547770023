"""The caseload file's migration steps for where FHIR records came from (after m011).

Append a new step at the end and never edit one that has shipped."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

from carebook.storage.schema import datetime_column, migrations, one_of

#: The kinds fhir_link names from m012 on: m005's, and the referral.
LINKED_KINDS = (
    "patient",
    "contact",
    "condition",
    "allergy",
    "medication",
    "appointment",
    "task",
    "care_plan",
    "goal",
    "note",
    "referral",
)


@migrations()
def m012_fhir_links_of_referrals(db: Database) -> None:
    """A referral imported from FHIR keeps the identity of its ServiceRequest, so importing
    the same file again finds it.

    fhir_link checks that its kind is one it has a column for, and SQLite cannot change a
    CHECK constraint: the table is made again with the referral's column and filled from the
    old one (nothing refers to fhir_link, so foreign keys may stay on)."""
    execute: Any = db.execute
    kinds = LINKED_KINDS
    old = ", ".join(f"{kind}_id" for kind in kinds[:-1])
    targets = ",\n        ".join(
        f"{kind}_id INTEGER REFERENCES {kind} (id) ON DELETE CASCADE" for kind in kinds
    )
    exactly_one = " + ".join(f"({kind}_id IS NOT NULL)" for kind in kinds)
    of_kind = " ".join(f"WHEN '{kind}' THEN {kind}_id" for kind in kinds)
    execute(f"""CREATE TABLE fhir_link_m012 (
        source_key TEXT PRIMARY KEY CHECK (trim(source_key) <> ''),
        {one_of("kind", *kinds)},
        {targets},
        {datetime_column("imported_at", required=True)},
        CHECK ({exactly_one} = 1),
        CHECK ((CASE kind {of_kind} END) IS NOT NULL)
    ) STRICT, WITHOUT ROWID""")
    execute(
        f"INSERT INTO fhir_link_m012 (source_key, kind, {old}, imported_at)"
        f" SELECT source_key, kind, {old}, imported_at FROM fhir_link"
    )
    execute("DROP TABLE fhir_link")  # its indexes go with it
    execute("ALTER TABLE fhir_link_m012 RENAME TO fhir_link")
    for kind in kinds:
        execute(
            f"CREATE INDEX fhir_link_by_{kind} ON fhir_link ({kind}_id) WHERE {kind}_id IS NOT NULL"
        )
