"""The shared directory of contacts, and each patient's care team drawn from it."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from carebook.core.errors import ValidationError
from carebook.core.records import (
    CareTeamMember,
    Contact,
)
from carebook.core.validation import (
    validate_contact,
)
from carebook.core.vocabularies import ContactRole
from carebook.core.words import translate
from carebook.storage.listings import (
    PATIENT_ORDER,
    SEARCH_LENGTH,
    SPOKEN_NAME,
    like_escaped,
    searchable,
)
from carebook.storage.records import from_row
from carebook.store.base import Part, Writes


class Contacts(Part):
    """Contacts in the directory, and who is on each patient's care team in which role."""

    def writes(self) -> dict[str, Writes[Any]]:
        return {"contact": Writes(self.add_contact, self.update_contact, self.delete_contact)}

    def add_contact(self, contact: Contact) -> Contact:
        validate_contact(contact)
        return self._create(contact)

    def update_contact(self, contact: Contact) -> None:
        validate_contact(contact)
        self._change(contact)

    def contact(self, contact_id: int) -> Contact | None:
        return self._get(Contact, contact_id)

    def delete_contact(self, contact_id: int) -> None:
        """Remove a contact from the directory (and so from every care team)."""
        self._delete(Contact, contact_id)

    def directory(self, text: str = "", limit: int = 200) -> list[Contact]:
        """Contacts in the shared directory whose name or organisation matches `text`."""
        if len(text) > SEARCH_LENGTH:
            return []  # no name or organisation is that long
        pattern = f"%{like_escaped(searchable(text.strip()))}%"
        return self._all(
            Contact,
            "name LIKE ? ESCAPE '\\' OR organization LIKE ? ESCAPE '\\'",
            [pattern, pattern],
            f"name COLLATE NOCASE LIMIT {int(limit)}",
        )

    def add_to_care_team(self, member: CareTeamMember) -> None:
        if self._scalar(
            "SELECT 1 FROM care_team_member WHERE patient_id = ? AND contact_id = ? AND role = ?",
            [member.patient_id, member.contact_id, member.role],
        ):
            raise ValidationError(
                translate("Contacts", "That contact is already on the care team in that role."),
                "role",
            )
        self._create(member)

    def remove_from_care_team(self, patient_id: int, contact_id: int, role: str) -> None:
        with self._transaction():
            self.conn.execute(
                "DELETE FROM care_team_member WHERE patient_id = ? AND contact_id = ? AND role = ?",
                [patient_id, contact_id, role],
            )
            self._log("delete", "care_team_member", patient_id)

    def care_team(self, patient_id: int) -> list[tuple[CareTeamMember, Contact]]:
        rows = self._rows(
            "SELECT m.patient_id, m.contact_id, m.role AS member_role, m.is_emergency,"
            " m.notes AS member_notes, c.* FROM care_team_member m"
            " JOIN contact c ON c.id = m.contact_id WHERE m.patient_id = ?"
            " ORDER BY m.role, c.name COLLATE NOCASE",
            [patient_id],
        )
        return [
            (
                from_row(
                    CareTeamMember,
                    {**row, "role": row["member_role"], "notes": row["member_notes"]},
                ),
                from_row(Contact, row),
            )
            for row in rows
        ]

    def patients_served(self, contact_id: int) -> list[tuple[int, str]]:
        """(patient id, name) of every patient with the contact on their care team, by name."""
        rows = self.conn.execute(
            f"SELECT p.id, {SPOKEN_NAME} FROM patient p WHERE p.id IN"
            " (SELECT patient_id FROM care_team_member WHERE contact_id = ?)"
            f" ORDER BY {', '.join(PATIENT_ORDER)}",
            [contact_id],
        )
        return [(int(patient_id), str(name)) for patient_id, name in rows]

    def with_roles(self, roles: Collection[ContactRole], limit: int = 500) -> list[Contact]:
        """Contacts of the directory in any of `roles`, by name."""
        if not roles:
            return []
        marks = ", ".join("?" * len(roles))
        return self._all(
            Contact,
            f"role IN ({marks})",
            [str(r) for r in roles],
            f"name COLLATE NOCASE LIMIT {int(limit)}",
        )
