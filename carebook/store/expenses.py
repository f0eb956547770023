"""Expenses and the files kept inside the caseload with them (receipts, the practice's logo)."""

from __future__ import annotations

import mimetypes
from datetime import date
from pathlib import Path
from typing import Any

from carebook.core.billing_records import Attachment, Expense
from carebook.core.billing_rules import check_expense
from carebook.core.errors import ValidationError
from carebook.core.words import translate
from carebook.store.agreements import Agreements
from carebook.store.base import Part, Writes
from carebook.store.time_entries import Time, billed_within

#: What a receipt or logo may be: pictures and PDFs, what a phone or scanner makes.
KEPT_TYPES = ("application/pdf", "image/png", "image/jpeg", "image/heic", "image/webp", "image/gif")


class Expenses(Part):
    """Expenses for clients, with their receipts kept in the file (encrypted with it)."""

    def __init__(self, caseload: Any, time: Time, agreements: Agreements) -> None:
        super().__init__(caseload)
        self.time = time
        self.agreements = agreements

    def writes(self) -> dict[str, Writes[Any]]:
        return {
            "expense": Writes(self.add_expense, self.save_expense, self.delete_expense),
            "attachment": Writes(self.add_attachment, self._change, self.delete_attachment),
        }

    def add_expense(self, expense: Expense) -> Expense:
        check_expense(expense, self.today())
        return self._create(expense)

    def save_expense(self, expense: Expense) -> None:
        check_expense(expense, self.today())
        self.time._not_billed("expense", expense.id)
        self._change(expense)

    def delete_expense(self, expense_id: int) -> None:
        self.time._not_billed("expense", expense_id)
        self._delete(Expense, expense_id)

    def expense(self, expense_id: int) -> Expense | None:
        return self._get(Expense, expense_id)

    def expenses(
        self,
        first: date | None = None,
        last: date | None = None,
        patient_id: int | None = None,
        *,
        unbilled: bool = False,
    ) -> list[Expense]:
        where, params = billed_within(first, last, patient_id, unbilled=unbilled)
        return self._all(Expense, where, params, "on_date, id")

    # -- files kept in the caseload --------------------------------------------------------------

    def read_file(self, path: Path) -> Attachment:
        """A receipt or logo read from disk (not kept yet): refused, saying why, when it is
        not a picture or PDF, or larger than the Preferences allow."""
        limit = self.agreements.settings().receipt_limit_mb
        media_type = mimetypes.guess_type(path.name)[0] or ""
        if media_type not in KEPT_TYPES:
            raise ValidationError(
                translate(
                    "Expenses",
                    "{name} is not a picture or a PDF; keep a photo or scan of the receipt.",
                ).format(name=path.name),
                "receipt_id",
            )
        try:
            size = path.stat().st_size
            if size > limit * 1024 * 1024:
                raise ValidationError(
                    translate(
                        "Expenses",
                        "{name} is {size} MB; receipts of up to {limit} MB are kept "
                        "(Preferences → Billing). Scan it at a lower resolution.",
                    ).format(name=path.name, size=f"{size / 1024 / 1024:.1f}", limit=limit),
                    "receipt_id",
                )
            content = path.read_bytes()
        except OSError as error:
            raise ValidationError(
                translate("Expenses", "{name} could not be read ({problem}).").format(
                    name=path.name, problem=error.strerror
                ),
                "receipt_id",
            ) from error
        return Attachment(name=path.name, media_type=media_type, content=content)

    def add_attachment(self, attachment: Attachment) -> Attachment:
        return self._create(attachment)

    def delete_attachment(self, attachment_id: int) -> None:
        self._delete(Attachment, attachment_id)

    def attachment(self, attachment_id: int) -> Attachment | None:
        return self._get(Attachment, attachment_id)
