"""Invoices: drafted from a client's unbilled work, numbered from one unbroken sequence,
issued, paid and voided; each change one transaction, so a crash leaves no gap or repeat."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from carebook.core.billing_records import Expense, Invoice, InvoiceLine, Payment, TimeEntry, Trip
from carebook.core.billing_rules import check_payment
from carebook.core.calendar_words import day_text
from carebook.core.errors import SaveError, ValidationError
from carebook.core.invoicing import Billable, Standing, invoice_lines, standing
from carebook.core.money import format_cents
from carebook.core.records import Patient, spoken_name
from carebook.core.rounding import rounding_note
from carebook.core.vocabularies import InvoiceGrouping, InvoiceStatus, TripPurpose
from carebook.core.words import translate
from carebook.storage.records import from_row
from carebook.store.agreements import Agreements
from carebook.store.base import Part, Writes
from carebook.store.expenses import Expenses
from carebook.store.time_entries import Time
from carebook.store.trips import Trips

_ENTRY_TABLES = ("time_entry", "trip", "expense")


@dataclass(frozen=True, slots=True)
class InvoiceView:
    """An invoice with its lines, payments and how it stands today."""

    invoice: Invoice
    lines: list[InvoiceLine]
    payments: list[Payment]
    standing: Standing

    @property
    def total_cents(self) -> int:
        return self.standing.total_cents


class Invoices(Part):
    """Drafting, issuing, paying and voiding invoices; reading them and what is owed."""

    def __init__(
        self, caseload: Any, time: Time, trips: Trips, expenses: Expenses, agreements: Agreements
    ) -> None:
        super().__init__(caseload)
        self.time, self.trips, self.expenses, self.agreements = time, trips, expenses, agreements

    def writes(self) -> dict[str, Writes[Any]]:
        return {
            "invoice": Writes(self._add_invoice, self.save_invoice, self.delete_draft),
            "invoice_line": Writes(
                self._no_invoice_line, self._no_invoice_line, self._no_invoice_line
            ),
            "payment": Writes(self.add_payment, self._change, self.delete_payment),
        }

    def _no_invoice_line(self, *_args: object) -> Any:
        raise ValidationError(
            translate("Invoices", "An invoice's lines come from its time, trips and expenses."), ""
        )

    def _add_invoice(self, _invoice: Invoice) -> Invoice:
        raise ValidationError(
            translate("Invoices", "Draft an invoice for a client and a period."), ""
        )

    # -- reading ---------------------------------------------------------------------------------

    def by_number(self, number: int) -> Invoice:
        found = self._all(Invoice, "number = ?", [number], "id")
        if not found:
            raise LookupError(
                translate("Invoices", "There is no invoice {number}.").format(number=number)
            )
        return found[0]

    def invoice(self, invoice_id: int) -> Invoice | None:
        return self._get(Invoice, invoice_id)

    def view(self, invoice: Invoice) -> InvoiceView:
        assert invoice.id is not None
        lines = self._all(InvoiceLine, "invoice_id = ?", [invoice.id], "line_no")
        payments = self._all(Payment, "invoice_id = ?", [invoice.id], "paid_on, id")
        total = sum(line.amount_cents for line in lines)
        paid = sum(payment.amount_cents for payment in payments)
        return InvoiceView(invoice, lines, payments, standing(invoice, total, paid, self.today()))

    def invoices(self, patient_id: int | None = None) -> list[Invoice]:
        if patient_id is None:
            return self._all(Invoice, "1", [], "number DESC")
        return self._all(Invoice, "patient_id = ?", [patient_id], "number DESC")

    def standings(self) -> list[tuple[Invoice, Standing]]:
        """Every invoice with how it stands today, newest first, in one read."""
        totals = dict(
            self.conn.execute(
                "SELECT invoice_id, sum(amount_cents) FROM invoice_line GROUP BY invoice_id"
            ).fetchall()
        )
        paid = dict(
            self.conn.execute(
                "SELECT invoice_id, sum(amount_cents) FROM payment GROUP BY invoice_id"
            ).fetchall()
        )
        today = self.today()
        return [
            (invoice, standing(invoice, totals.get(invoice.id, 0), paid.get(invoice.id, 0), today))
            for invoice in self.invoices()
        ]

    def owing(self) -> list[tuple[Invoice, Standing]]:
        """The issued invoices not yet paid in full, oldest first, with how each stands: the
        aged receivables' rows, read in one query that adds up no invoice's lines."""
        rows = self._rows(
            "SELECT invoice.*, coalesce((SELECT sum(amount_cents) FROM payment"
            " WHERE invoice_id = invoice.id), 0) AS paid_cents FROM invoice"
            " WHERE status = 'issued' AND total_cents > coalesce((SELECT sum(amount_cents)"
            " FROM payment WHERE invoice_id = invoice.id), 0) ORDER BY number"
        )
        today = self.today()
        found = []
        for row in rows:
            invoice = from_row(Invoice, row)
            found.append(
                (invoice, standing(invoice, invoice.total_cents, row["paid_cents"], today))
            )
        return found

    def retainer_left(self, patient_id: int) -> int:
        """What the client has paid ahead and not yet drawn on: her retainer, and any payment
        beyond an invoice's total, less what her invoices (drafts too) have drawn."""
        agreement = self.agreements.agreement(patient_id)
        held = agreement.retainer_cents if agreement else 0
        drawn = -int(
            self._scalar(
                "SELECT coalesce(sum(amount_cents), 0) FROM invoice_line JOIN invoice"
                " ON invoice.id = invoice_id WHERE kind = 'retainer' AND patient_id = ?"
                " AND status <> 'void'",
                [patient_id],
            )
        )
        over = int(
            self._scalar(
                "SELECT coalesce(sum(max(0, paid - total)), 0) FROM (SELECT invoice.id,"
                " (SELECT coalesce(sum(amount_cents), 0) FROM payment WHERE invoice_id ="
                " invoice.id) AS paid, (SELECT coalesce(sum(amount_cents), 0) FROM invoice_line"
                " WHERE invoice_id = invoice.id) AS total FROM invoice WHERE patient_id = ?"
                " AND status = 'issued')",
                [patient_id],
            )
        )
        return max(0, held + over - drawn)

    # -- drafting --------------------------------------------------------------------------------

    def billable(
        self,
        patient_id: int,
        first: date,
        last: date,
        grouping: InvoiceGrouping,
        invoice_id: int | None = None,
    ) -> Billable:
        """What a draft for the client and period would bill: her unbilled entries (or, for
        an existing draft, those already on it)."""
        settings = self.agreements.settings()
        agreement = self.agreements.agreement(patient_id)
        if invoice_id is None:
            entries = self.time.entries(patient_id, first, last, unbilled=True)
            trips = self.trips.trips(first, last, patient_id, unbilled=True)
            expenses = self.expenses.expenses(first, last, patient_id, unbilled=True)
        else:
            on_it = ("invoice_id = ?", [invoice_id], "on_date, id")
            entries = self._all(TimeEntry, *on_it)
            trips = self._all(Trip, *on_it)
            expenses = self._all(Expense, *on_it)
        mileage = (
            agreement.mileage_rate_mills
            if agreement is not None and agreement.mileage_rate_mills is not None
            else self.trips.rate(last.year, TripPurpose.BUSINESS)
        )
        return Billable(
            entries=entries,
            trips=trips,
            expenses=expenses,
            grouping=grouping,
            rounding=self.agreements.rounding(patient_id),
            scope=settings.rounding_scope,
            unit=settings.distance_unit,
            mileage_mills=mileage,
            retainer_cents=self.retainer_left(patient_id),
        )

    def draft(
        self,
        patient_id: int,
        first: date,
        last: date,
        grouping: InvoiceGrouping = InvoiceGrouping.DAY,
        on: date | None = None,
    ) -> Invoice:
        """A new draft for the client's unbilled work of the period, numbered next; its entries
        are marked as on it. A ValidationError says so when there is nothing to bill."""
        if last < first:
            raise ValidationError(
                translate("Invoices", "The period ends on or after its first day."), "period_to"
            )
        patient = self._need(Patient, patient_id)
        client = spoken_name(patient.given, patient.family)
        billable = self.billable(patient_id, first, last, grouping)
        if billable.empty:
            raise ValidationError(
                translate(
                    "Invoices",
                    "{client} has no unbilled time, trips or expenses from {first} to {last}.",
                ).format(client=client, first=day_text(first), last=day_text(last)),
                "period_from",
            )
        payer = self.agreements.payer(patient_id)
        agreement = self.agreements.agreement_or_default(patient_id)
        settings = self.agreements.settings()
        invoice = Invoice(
            number=0,
            patient_id=patient_id,
            client_name=client,
            payer_name=payer.name,
            payer_address=payer.address,
            period_from=first,
            period_to=last,
            grouping=grouping,
            rounding_note=rounding_note(billable.rounding, settings.rounding_scope),
            drafted_on=on or self.today(),
            terms_days=agreement.terms_days,
        )
        lines = invoice_lines(billable)
        with self._transaction():
            invoice.number = int(self._scalar("SELECT coalesce(max(number), 0) + 1 FROM invoice"))
            self._insert(invoice)
            self._put_lines(invoice, lines)
            for table, records in (
                ("time_entry", billable.entries),
                ("trip", billable.trips),
                ("expense", billable.expenses),
            ):
                self.conn.executemany(
                    f"UPDATE {table} SET invoice_id = ? WHERE id = ?",
                    [(invoice.id, record.id) for record in records],
                )
            self._log("create", "invoice", invoice.id, f"number {invoice.number}")
        return invoice

    def _put_lines(self, invoice: Invoice, lines: list[InvoiceLine]) -> None:
        """The invoice's lines and its total, kept together."""
        invoice.total_cents = sum(line.amount_cents for line in lines)
        self.conn.execute(
            "UPDATE invoice SET total_cents = ? WHERE id = ?", [invoice.total_cents, invoice.id]
        )
        self.conn.execute("DELETE FROM invoice_line WHERE invoice_id = ?", [invoice.id])
        for line in lines:
            assert invoice.id is not None
            line.invoice_id = invoice.id
            line.id = None
            self._insert(line)

    def redraft(self, invoice: Invoice) -> Invoice:
        """A draft's lines made again from the entries on it (after one was edited), and any
        unbilled work of its period added."""
        self._is_draft(invoice, translate("Invoices", "redrawn", "so it cannot be …"))
        assert invoice.id is not None and invoice.patient_id is not None
        fresh = self.billable(
            invoice.patient_id, invoice.period_from, invoice.period_to, invoice.grouping
        )
        on_it = self.billable(
            invoice.patient_id, invoice.period_from, invoice.period_to, invoice.grouping, invoice.id
        )
        merged = replace(
            on_it,
            entries=[*on_it.entries, *fresh.entries],
            trips=[*on_it.trips, *fresh.trips],
            expenses=[*on_it.expenses, *fresh.expenses],
            retainer_cents=self.retainer_left(invoice.patient_id) + self._drawn(invoice.id),
        )
        with self._transaction():
            self._put_lines(invoice, invoice_lines(merged))
            for table, records in (
                ("time_entry", fresh.entries),
                ("trip", fresh.trips),
                ("expense", fresh.expenses),
            ):
                self.conn.executemany(
                    f"UPDATE {table} SET invoice_id = ? WHERE id = ?",
                    [(invoice.id, record.id) for record in records],
                )
            self._log("change", "invoice", invoice.id, "lines drawn again")
        return invoice

    def _drawn(self, invoice_id: int) -> int:
        return -int(
            self._scalar(
                "SELECT coalesce(sum(amount_cents), 0) FROM invoice_line WHERE invoice_id = ?"
                " AND kind = 'retainer'",
                [invoice_id],
            )
        )

    def save_invoice(self, invoice: Invoice) -> None:
        """Save a draft's terms and notes (an issued invoice is what was sent: void it)."""
        stored = self._need(Invoice, invoice.id or 0)
        self._is_draft(stored, translate("Invoices", "changed", "so it cannot be …"))
        invoice.number, invoice.status = stored.number, stored.status
        invoice.total_cents = stored.total_cents  # its lines say it, not the form
        self._change(invoice)

    def delete_draft(self, invoice_id: int) -> None:
        """Remove a draft, its entries left unbilled: only the latest, so no number is skipped."""
        invoice = self._need(Invoice, invoice_id)
        self._is_draft(invoice, translate("Invoices", "removed", "so it cannot be …"))
        latest = int(self._scalar("SELECT max(number) FROM invoice"))
        if invoice.number != latest:
            raise ValidationError(
                translate(
                    "Invoices",
                    "Invoice {number} is not the latest (invoice {latest} is), so removing it "
                    "would leave a gap in the numbers; void it instead.",
                ).format(number=invoice.number, latest=latest),
                "number",
            )
        self._delete(Invoice, invoice_id)

    def _is_draft(self, invoice: Invoice, what: str) -> None:
        """Refuse a change to an issued or void invoice; `what` is the change, translated
        ("changed", "removed", …: the end of "so it cannot be …")."""
        if invoice.status is InvoiceStatus.DRAFT:
            return
        when = invoice.issued_on or invoice.voided_on
        if invoice.status is InvoiceStatus.ISSUED:
            said = (
                translate(
                    "Invoices",
                    "Invoice {number} was issued on {date}, so it cannot be {what}; void it and "
                    "draft a new one.",
                )
                if when
                else translate(
                    "Invoices",
                    "Invoice {number} was issued, so it cannot be {what}; void it and draft a "
                    "new one.",
                )
            )
        elif when:
            said = translate(
                "Invoices", "Invoice {number} was void on {date}, so it cannot be {what}."
            )
        else:
            said = translate("Invoices", "Invoice {number} was void, so it cannot be {what}.")
        raise ValidationError(
            said.format(number=invoice.number, date=day_text(when) if when else "", what=what),
            "status",
        )

    # -- issuing, paying, voiding ---------------------------------------------------------------

    def issue(self, invoice: Invoice, on: date | None = None) -> Invoice:
        """Issue a draft: its lines drawn again from its entries, its due date set; from now
        its entries cannot change until it is voided. One transaction: a crash leaves it a
        draft or issued, never between."""
        stored = self._need(Invoice, invoice.id or 0)
        self._is_draft(stored, translate("Invoices", "issued again", "so it cannot be …"))
        day = on or self.today()
        with self._transaction():
            self.redraft(invoice)  # a savepoint inside this transaction
            invoice.status = InvoiceStatus.ISSUED
            invoice.issued_on = day
            invoice.due_on = day + timedelta(days=invoice.terms_days)
            self._update(invoice)
            self._log("change", "invoice", invoice.id, f"issued number {invoice.number}")
        return invoice

    def void(self, invoice: Invoice, reason: str) -> Invoice:
        """Void an invoice (its number kept, marked void); its time, trips and expenses are
        unbilled again. Refused while payments are recorded against it."""
        stored = self._need(Invoice, invoice.id or 0)
        if stored.status is InvoiceStatus.VOID:
            raise ValidationError(
                translate("Invoices", "Invoice {number} is void already.").format(
                    number=stored.number
                ),
                "status",
            )
        paid = int(
            self._scalar(
                "SELECT coalesce(sum(amount_cents), 0) FROM payment WHERE invoice_id = ?",
                [stored.id],
            )
        )
        if paid:
            raise ValidationError(
                translate(
                    "Invoices",
                    "Invoice {number} has {money} paid against it; remove the payments before "
                    "voiding it.",
                ).format(number=stored.number, money=self._money(paid)),
                "status",
            )
        stored.status = InvoiceStatus.VOID
        stored.voided_on = self.today()
        stored.void_reason = reason.strip()
        with self._transaction():
            self._update(stored)
            for table in _ENTRY_TABLES:
                self.conn.execute(
                    f"UPDATE {table} SET invoice_id = NULL WHERE invoice_id = ?", [stored.id]
                )
            self._log("change", "invoice", stored.id, f"voided number {stored.number}")
        return stored

    def add_payment(self, payment: Payment) -> Payment:
        """Record a payment against an issued invoice; more than is owed is kept as a credit
        the client's next invoice draws on (`credit_said` words it)."""
        check_payment(payment, self.today())
        invoice = self._need(Invoice, payment.invoice_id)
        if invoice.status is not InvoiceStatus.ISSUED:
            said = (
                translate("Invoices", "Invoice {number} is a draft: issue it first.")
                if invoice.status is InvoiceStatus.DRAFT
                else translate("Invoices", "Invoice {number} is void.")
            )
            raise ValidationError(said.format(number=invoice.number), "invoice_id")
        if invoice.issued_on is not None and payment.paid_on < invoice.issued_on:
            raise ValidationError(
                translate(
                    "Invoices",
                    "Invoice {number} was issued on {date}; a payment of it is on that day or "
                    "later (money paid ahead is the client's retainer).",
                ).format(number=invoice.number, date=day_text(invoice.issued_on)),
                "paid_on",
            )
        return self._create(payment)

    def credit_said(self, payment: Payment) -> str:
        """What a payment left as credit, in words, or ""."""
        invoice = self._need(Invoice, payment.invoice_id)
        credit = self.view(invoice).standing.credit_cents
        if not credit:
            return ""
        money = format_cents(credit, self.agreements.settings().currency)
        return translate(
            "Invoices",
            "That is {money} more than invoice {number} owed; it is kept as a credit for "
            "{client}, drawn on by the next invoice.",
        ).format(money=money, number=invoice.number, client=invoice.client_name)

    def _money(self, cents: int) -> str:
        return format_cents(cents, self.agreements.settings().currency)

    def delete_payment(self, payment_id: int) -> None:
        self._delete(Payment, payment_id)

    def may_put_back(self, invoice_id: int) -> None:
        """Refuse (SaveError) to put an issued or void invoice back as it was: it was sent."""
        invoice = self._get(Invoice, invoice_id)
        if invoice is not None and invoice.status is not InvoiceStatus.DRAFT:
            raise SaveError(
                (
                    translate(
                        "Invoices",
                        "Invoice {number} has been issued, so it stays as it is; void it (and "
                        "draft a new one) instead of undoing.",
                    )
                    if invoice.status is InvoiceStatus.ISSUED
                    else translate(
                        "Invoices",
                        "Invoice {number} has been void, so it stays as it is; void it (and "
                        "draft a new one) instead of undoing.",
                    )
                ).format(number=invoice.number)
            )

    def check_numbers(self) -> None:
        """Every number from 1 to the latest is an invoice's (a SaveError otherwise): checked
        after an undo puts records back, so none can leave a gap."""
        count, latest = self.conn.execute(
            "SELECT count(*), coalesce(max(number), 0) FROM invoice"
        ).fetchone()
        if count != latest:
            raise SaveError(
                translate(
                    "Invoices",
                    "Undoing that would leave a gap in the invoice numbers (a later invoice was "
                    "drafted since); void the invoice instead.",
                )
            )
