"""Clients' billing agreements (who pays, at what rates) and the practice's billing settings."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from carebook.core.billing_records import Agreement, BillingSettings
from carebook.core.billing_rules import check_agreement, check_settings
from carebook.core.errors import ValidationError
from carebook.core.records import Contact, Patient, format_address, spoken_name
from carebook.core.vocabularies import DistanceUnit, PayerKind, Rounding, RoundingScope
from carebook.core.words import translate
from carebook.store.base import Part, Writes

#: Where each billing setting lives in the caseload's key-value table.
_PREFIX = "billing."


@dataclass(frozen=True, slots=True)
class Payer:
    """Whom a client's invoices go to, and where."""

    name: str
    address: str


class Agreements(Part):
    """A client's agreement, with the practice's defaults filled in; the practice's settings."""

    def writes(self) -> dict[str, Writes[Any]]:
        return {"agreement": Writes(self.add_agreement, self.save_agreement, self.delete_agreement)}

    def add_agreement(self, agreement: Agreement) -> Agreement:
        check_agreement(agreement)
        return self._create(agreement)

    def save_agreement(self, agreement: Agreement) -> None:
        check_agreement(agreement)
        self._change(agreement)

    def delete_agreement(self, agreement_id: int) -> None:
        self._delete(Agreement, agreement_id)

    def agreement(self, patient_id: int) -> Agreement | None:
        """The client's agreement, or None while she has none (she pays at the default rates)."""
        found = self._all(Agreement, "patient_id = ?", [patient_id], "id")
        return found[0] if found else None

    def agreement_or_default(self, patient_id: int) -> Agreement:
        """The client's agreement, or a new one (not yet kept) with the practice's terms."""
        return self.agreement(patient_id) or Agreement(
            patient_id=patient_id, terms_days=self.settings().terms_days
        )

    def hourly_cents(self, patient_id: int | None) -> int:
        """The hourly rate a client's time is billed at: her agreement's, else the default."""
        agreement = self.agreement(patient_id) if patient_id is not None else None
        if agreement is not None and agreement.hourly_rate_cents is not None:
            return agreement.hourly_rate_cents
        return self.settings().default_hourly_cents

    def rounding(self, patient_id: int | None) -> Rounding:
        agreement = self.agreement(patient_id) if patient_id is not None else None
        if agreement is not None and agreement.rounding is not None:
            return agreement.rounding
        return self.settings().rounding

    def payer(self, patient_id: int) -> Payer:
        """Whom the client's invoices go to: her agreement's payer (a contact's name and
        address, a trust, an agency), else the client herself at her address."""
        patient = self._need(Patient, patient_id)
        client = spoken_name(patient.given, patient.family)
        home = format_address(
            patient.address_line, patient.city, patient.region, patient.postal_code
        )
        agreement = self.agreement(patient_id)
        if agreement is None or agreement.payer_kind is PayerKind.CLIENT:
            name, address = agreement.payer_name if agreement else "", home
        elif agreement.payer_kind is PayerKind.CONTACT and agreement.payer_contact_id:
            contact = self._get(Contact, agreement.payer_contact_id)
            name = agreement.payer_name or (contact.name if contact else "")
            address = contact.address if contact else ""
        else:
            name, address = agreement.payer_name, ""
        if agreement is not None and agreement.billing_address.strip():
            address = agreement.billing_address
        return Payer(name.strip() or client, address.strip())

    # -- the practice's settings ---------------------------------------------------------------

    def settings(self) -> BillingSettings:
        stored = dict(
            self.conn.execute(
                "SELECT substr(key, ?), value FROM meta WHERE key LIKE ?",
                [len(_PREFIX) + 1, _PREFIX + "%"],
            ).fetchall()
        )
        base = BillingSettings()

        def number(name: str, default: int) -> int:
            value = stored.get(name, "")
            return int(value) if value.isdigit() else default

        def code(vocabulary: Any, name: str, default: Any) -> Any:
            value = stored.get(name, "")
            return vocabulary(value) if value in vocabulary._value2member_map_ else default

        logo = stored.get("logo_id", "")
        return BillingSettings(
            practice_name=stored.get("practice_name", ""),
            practice_address=stored.get("practice_address", ""),
            practice_phone=stored.get("practice_phone", ""),
            practice_email=stored.get("practice_email", ""),
            logo_id=int(logo) if logo.isdigit() else None,
            currency=stored.get("currency", "") or base.currency,
            default_hourly_cents=number("default_hourly_cents", base.default_hourly_cents),
            rounding=code(Rounding, "rounding", base.rounding),
            rounding_scope=code(RoundingScope, "rounding_scope", base.rounding_scope),
            distance_unit=code(DistanceUnit, "distance_unit", base.distance_unit),
            receipt_limit_mb=number("receipt_limit_mb", base.receipt_limit_mb) or 10,
            terms_days=number("terms_days", base.terms_days),
        )

    def set_settings(self, settings: BillingSettings) -> None:
        """Keep the practice's settings; the distance unit cannot change once trips are logged
        (they are kept in tenths of it)."""
        check_settings(settings)
        settings.currency = settings.currency.strip().upper()
        unit = self.settings().distance_unit
        if settings.distance_unit is not unit:
            trips = int(self._scalar("SELECT count(*) FROM trip"))
            if trips:
                raise ValidationError(
                    translate(
                        "Agreements",
                        "Your {trips} trips are logged in {unit}; the unit can change only "
                        "while the mileage log is empty.",
                    ).format(trips=f"{trips:,}", unit=unit.label.lower()),
                    "distance_unit",
                )
        values = {}
        for item in fields(settings):
            value = getattr(settings, item.name)
            values[item.name] = "" if value is None else str(getattr(value, "value", value))
        with self._transaction():
            self.conn.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [(_PREFIX + name, value) for name, value in values.items()],
            )
            self._log("change", "billing settings", None)
