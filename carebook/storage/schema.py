"""What every migration step of the caseload file shares: the file's mark, the one list of
steps they register on, and the column definitions they are written with."""

from __future__ import annotations

from carebook.storage.migration_steps import MigrationSteps

#: Marks a SQLite file as a carebook caseload (PRAGMA application_id): "CBK1".
APPLICATION_ID = 0x43424B31

migrations = MigrationSteps("carebook")

#: How many steps this carebook's schema has (the length of migrations.KNOWN, which a test
#: holds it to): an up-to-date caseload is known by this count alone, so that opening one
#: loads none of the steps' modules. Add one with each new step.
SCHEMA_VERSION = 17

DATE_GLOB = "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'"
DATETIME_GLOB = "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]*'"


def date_column(column: str, required: bool = False) -> str:
    null = "" if required else f"{column} IS NULL OR "
    not_null = "NOT NULL " if required else ""
    return f"{column} TEXT {not_null}CHECK ({null}{column} GLOB {DATE_GLOB})"


def datetime_column(column: str, required: bool = False) -> str:
    null = "" if required else f"{column} IS NULL OR "
    not_null = "NOT NULL " if required else ""
    return f"{column} TEXT {not_null}CHECK ({null}{column} GLOB {DATETIME_GLOB})"


def one_of(column: str, *codes: str, required: bool = True) -> str:
    listed = ", ".join(f"'{code}'" for code in codes)
    if required:
        return f"{column} TEXT NOT NULL CHECK ({column} IN ({listed}))"
    return f"{column} TEXT CHECK ({column} IS NULL OR {column} IN ({listed}))"


STAMPS = """
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))"""

CONTACT_ROLES = (
    "physician",
    "pharmacy",
    "caregiver",
    "power_of_attorney",
    "emergency_contact",
    "agency",
    "therapist",
    "social_worker",
    "other",
)
