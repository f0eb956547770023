"""The store's parts that Today and the window's start do not read, each made on first use.

Making one means loading its module (and the rules and vocabularies it brings); a caseload
opened to show Today, or to print an agenda, needs none of them.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from carebook.core.kinds import KINDS
from carebook.store.base import OpenCaseload, Writes

if TYPE_CHECKING:
    from carebook.store.agreements import Agreements
    from carebook.store.appointments import Appointments
    from carebook.store.assessments import Assessments
    from carebook.store.billing_reads import BillingReads
    from carebook.store.care_plans import CarePlans
    from carebook.store.contacts import Contacts
    from carebook.store.documents import Documents
    from carebook.store.expenses import Expenses
    from carebook.store.fhir_links import FhirLinks
    from carebook.store.finding import Finding
    from carebook.store.imports import Imports
    from carebook.store.invoices import Invoices
    from carebook.store.measurements import Measurements
    from carebook.store.medications import Medications
    from carebook.store.patients import Patients
    from carebook.store.preferences import Settings
    from carebook.store.reconciliations import Reconciliations
    from carebook.store.referrals import Referrals
    from carebook.store.team_sync import TeamSync
    from carebook.store.time_entries import Time
    from carebook.store.travel import Travel
    from carebook.store.trips import Trips
    from carebook.store.visit_records import VisitRecords
    from carebook.store.visits import Visits

# Each part's module is loaded when the part is first used (the reason of every import below).


class LaterParts:
    """The parts made on first use, over the store's one open caseload."""

    caseload: OpenCaseload
    visits: Visits
    appointments: Appointments
    medications: Medications
    patients: Patients
    preferences: Settings
    agreements: Agreements
    time: Time

    @cached_property
    def care_plans(self) -> CarePlans:
        # Loaded on first use, not at start.
        from carebook.store.care_plans import CarePlans

        return CarePlans(self.caseload)

    @cached_property
    def contacts(self) -> Contacts:
        # Loaded on first use, not at start.
        from carebook.store.contacts import Contacts

        return Contacts(self.caseload)

    @cached_property
    def fhir_links(self) -> FhirLinks:
        # Loaded on first use, not at start.
        from carebook.store.fhir_links import FhirLinks

        return FhirLinks(self.caseload, self.visits, self.patients)

    @cached_property
    def imports(self) -> Imports:
        # Loaded on first use, not at start.
        from carebook.store.imports import Imports

        return Imports(self.caseload, self.visits)

    @cached_property
    def reconciliations(self) -> Reconciliations:
        # Loaded on first use, not at start.
        from carebook.store.reconciliations import Reconciliations

        return Reconciliations(self.caseload, self.medications)

    @cached_property
    def finding(self) -> Finding:
        # Loaded on first use, not at start.
        from carebook.store.finding import Finding

        return Finding(self.caseload)

    @cached_property
    def referrals(self) -> Referrals:
        # Loaded on first use, not at start.
        from carebook.store.referrals import Referrals

        return Referrals(self.caseload)

    @cached_property
    def travel(self) -> Travel:
        # Loaded on first use, not at start.
        from carebook.store.travel import Travel

        return Travel(self.caseload, self.appointments, self.preferences)

    @cached_property
    def visit_records(self) -> VisitRecords:
        # Loaded on first use, not at start.
        from carebook.store.visit_records import VisitRecords

        return VisitRecords(self.caseload, self.appointments)

    @cached_property
    def trips(self) -> Trips:
        # Loaded on first use, not at start.
        from carebook.store.trips import Trips

        return Trips(self.caseload, self.time)

    @cached_property
    def expenses(self) -> Expenses:
        # Loaded on first use, not at start.
        from carebook.store.expenses import Expenses

        return Expenses(self.caseload, self.time, self.agreements)

    @cached_property
    def invoices(self) -> Invoices:
        # Loaded on first use, not at start.
        from carebook.store.invoices import Invoices

        return Invoices(self.caseload, self.time, self.trips, self.expenses, self.agreements)

    @cached_property
    def billing_reads(self) -> BillingReads:
        # Loaded on first use, not at start.
        from carebook.store.billing_reads import BillingReads

        return BillingReads(self.caseload, self.agreements, self.invoices, self.trips)

    @cached_property
    def assessments(self) -> Assessments:
        # Loaded on first use, not at start.
        from carebook.store.assessments import Assessments

        return Assessments(self.caseload)

    @cached_property
    def measurements(self) -> Measurements:
        # Loaded on first use, not at start.
        from carebook.store.measurements import Measurements

        return Measurements(self.caseload)

    @cached_property
    def documents(self) -> Documents:
        # Loaded on first use, not at start.
        from carebook.store.documents import Documents

        return Documents(self.caseload)

    @cached_property
    def team_sync(self) -> TeamSync:
        # Loaded on first use, not at start.
        from carebook.store.team_sync import TeamSync

        return TeamSync(self.caseload)

    @cached_property
    def kind_writes(self) -> dict[str, Writes[Any]]:
        """How each kind with a form is added, saved and removed, by kind name: from the part
        the kind registry names for it."""
        return {
            kind.name: getattr(self, kind.part).writes()[kind.name]
            for kind in KINDS
            if isinstance(kind.part, str)
        }
