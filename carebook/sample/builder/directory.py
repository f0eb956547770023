"""The shared directory: GP practices, consultants, pharmacies, agencies, teams."""

from __future__ import annotations

from carebook.core.records import Contact
from carebook.core.vocabularies import ContactRole
from carebook.sample.builder.base import Builder, email, slug
from carebook.sample.communities import POOL_CHOICE
from carebook.sample.names import PROFESSIONAL_GIVEN
from carebook.sample.places import AGENCY_KINDS, AGENCY_NAMES, SPECIALTIES, Town


def build_directory(b: Builder, patients: int) -> None:
    # Sized per patient so that lists of contacts and pickers scale with the caseload.
    physicians = max(3, round(patients / 50))
    gps = max(2, round(physicians * 0.75))
    _build_gps(b, gps)
    for _ in range(max(1, physicians - gps)):
        town = b.town()
        b.directory.add(
            "consultant",
            town.hospital,
            b.add_contact(
                Contact(
                    name=_doctor_name(b),
                    role=ContactRole.PHYSICIAN,
                    organization=town.hospital,
                    phone=b.landline(town),
                    notes=b.pick(SPECIALTIES),
                )
            ),
        )
    for _ in range(max(2, round(patients / 100))):
        _build_pharmacy(b, b.town())
    for _ in range(max(2, round(patients / 150))):
        _build_agency(b, b.town())
    for _ in range(max(1, round(patients / 300))):
        _build_team(b, "nurse", b.town())
    for _ in range(max(1, round(patients / 200))):
        _build_team(b, "therapist", b.town())
    for _ in range(max(1, round(patients / 200))):
        _build_team(b, "social_worker", b.town())


def professional_name(b: Builder) -> tuple[str, str]:
    pool = POOL_CHOICE.draw(b.rng)
    return b.pick(PROFESSIONAL_GIVEN), b.pick(pool.family)


def _doctor_name(b: Builder) -> str:
    given, family = professional_name(b)
    return f"Dr {given} {family}"


def _build_gps(b: Builder, count: int) -> None:
    # Two or three GPs share a practice, so several patients' GPs sit at one address.
    town = b.town()
    practice = ("", "", "", "")
    for number in range(count):
        if number % 3 == 0:
            town = b.town()
            kind = b.pick(("Medical Practice", "Surgery", "Health Centre", "Medical Centre"))
            practice = (
                f"{b.pick(town.places)} {kind}",
                b.landline(town),
                b.landline(town),
                b.contact_address(town),
            )
        organization, phone, fax, address = practice
        b.directory.add(
            "gp",
            town.name,
            b.add_contact(
                Contact(
                    name=_doctor_name(b),
                    role=ContactRole.PHYSICIAN,
                    organization=organization,
                    phone=phone,
                    fax=fax,
                    address=address,
                    notes="GP",
                )
            ),
        )


def _build_pharmacy(b: Builder, town: Town) -> None:
    name = f"{b.pick(town.places)} {b.pick(('Pharmacy', 'Chemist', 'Pharmacy'))}"
    b.directory.add(
        "pharmacy",
        town.name,
        b.add_contact(
            Contact(
                name=name,
                role=ContactRole.PHARMACY,
                organization=name,
                phone=b.landline(town),
                fax=b.landline(town),
                email=f"{slug(name)}@example.org",
                address=b.contact_address(town),
                notes=b.pick(
                    (
                        "Blister packs delivered on Tuesdays",
                        "Open until 10 pm",
                        "Delivers on Thursdays; ring before noon",
                        "",
                    )
                ),
            )
        ),
    )


def _build_agency(b: Builder, town: Town) -> None:
    name = f"{b.pick(AGENCY_NAMES)} {b.pick(AGENCY_KINDS)}"
    b.directory.add(
        "agency",
        town.name,
        b.add_contact(
            Contact(
                name=name,
                role=ContactRole.AGENCY,
                organization=name,
                phone=b.landline(town),
                email=f"office@{slug(name)}.example.com",
                address=b.contact_address(town),
                notes="Out of hours: on-call coordinator via the office number",
            )
        ),
    )


def _build_team(b: Builder, kind: str, town: Town) -> None:
    """A district nursing team, a community therapist or a social worker serving `town`."""
    if kind == "nurse":
        contact = Contact(
            name=f"{town.name} {b.pick(('North', 'South', 'East', 'West', 'Central'))}"
            " District Nursing Team",
            role=ContactRole.AGENCY,
            organization="Community nursing",
            phone=b.landline(town),
            address=b.contact_address(town),
            notes="Insulin, dressings, continence. Referrals by phone before 2 pm.",
        )
    else:
        given, family = professional_name(b)
        therapist = kind == "therapist"
        contact = Contact(
            name=f"{given} {family}",
            role=ContactRole.THERAPIST if therapist else ContactRole.SOCIAL_WORKER,
            organization=(
                "Community Rehabilitation Team" if therapist else f"{town.name} Adult Social Care"
            ),
            phone=b.landline(town),
            email=email(given, family, "example.org"),
            notes=b.pick(("Physiotherapist", "Occupational therapist")) if therapist else "",
        )
    b.directory.add(kind, town.name, b.add_contact(contact))


def nearby(b: Builder, kind: str, area: str) -> Contact:
    """A directory contact of `kind`, most often one serving the patient's own `area`."""
    local = b.directory.local.get((kind, area))
    if local and b.chance(0.85):
        return b.pick(local)
    return b.pick(b.directory.everywhere[kind])
