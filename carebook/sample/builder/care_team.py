"""A patient's care team: professionals from the directory, and the family who help."""

from __future__ import annotations

from carebook.core.records import CareTeamMember, Contact
from carebook.core.vocabularies import ContactRole, Sex
from carebook.sample.builder.base import Builder, Person, email
from carebook.sample.builder.directory import nearby, professional_name
from carebook.sample.names import BRITISH
from carebook.sample.people import OLDER_RELATIONS, YOUNGER_RELATIONS


def link(
    b: Builder,
    person: Person,
    key: str,
    contact: Contact,
    role: ContactRole,
    notes: str = "",
    emergency: bool = False,
) -> CareTeamMember:
    assert contact.id is not None
    person.team[key] = contact
    member = CareTeamMember(
        patient_id=person.id,
        contact_id=contact.id,
        role=role,
        is_emergency=emergency,
        notes=notes,
    )
    b.bundle.care_team.append(member)
    return member


def build_care_team(b: Builder, person: Person) -> None:
    town = person.town.name
    link(b, person, "gp", nearby(b, "gp", town), ContactRole.PHYSICIAN, "Registered GP")
    if b.chance(0.2):
        consultant = nearby(b, "consultant", person.town.hospital)
        link(b, person, "consultant", consultant, ContactRole.PHYSICIAN, consultant.notes)
    link(
        b,
        person,
        "pharmacy",
        nearby(b, "pharmacy", town),
        ContactRole.PHARMACY,
        "Nominated pharmacy",
    )
    if b.chance(0.55):
        link(
            b,
            person,
            "agency",
            nearby(b, "agency", town),
            ContactRole.AGENCY,
            f"Care package: {b.randint(1, 4)} calls a day",
        )
    if b.chance(0.25):
        link(b, person, "nurse", nearby(b, "nurse", town), ContactRole.AGENCY, "District nursing")
    if b.chance(0.15):
        link(b, person, "therapist", nearby(b, "therapist", town), ContactRole.THERAPIST)
    if b.chance(0.2):
        link(
            b,
            person,
            "social_worker",
            nearby(b, "social_worker", town),
            ContactRole.SOCIAL_WORKER,
            "Allocated social worker",
        )
    _build_family(b, person)


def _build_family(b: Builder, person: Person) -> None:
    carer, relation, person.carer_name = _relative(b, person)
    carer_link = link(b, person, "caregiver", carer, ContactRole.CAREGIVER, relation)
    if b.chance(0.3 if person.age >= 65 else 0.1):
        if relation in ("Wife", "Husband", "Daughter", "Son") and b.chance(0.6):
            poa = carer
        elif b.chance(0.7):
            poa, _, _ = _relative(b, person, True, ContactRole.POWER_OF_ATTORNEY)
        else:
            poa = _solicitor(b)
        link(
            b,
            person,
            "poa",
            poa,
            ContactRole.POWER_OF_ATTORNEY,
            "Lasting power of attorney (health and welfare), registered",
        )
    if b.chance(0.5):
        if b.chance(0.6):
            carer_link.is_emergency = True
        else:
            given, family = b.person_name(
                BRITISH, b.pick((Sex.FEMALE, Sex.MALE)), b.randint(1940, 1985)
            )
            neighbour = b.add_contact(
                Contact(
                    name=f"{given} {family}",
                    role=ContactRole.EMERGENCY_CONTACT,
                    phone=b.mobile(),
                    notes="Neighbour; has a spare key",
                )
            )
            link(
                b,
                person,
                "emergency",
                neighbour,
                ContactRole.EMERGENCY_CONTACT,
                "Neighbour",
                emergency=True,
            )


def _relative(
    b: Builder, person: Person, child: bool = False, role: ContactRole = ContactRole.CAREGIVER
) -> tuple[Contact, str, str]:
    """A family member (or friend) who helps, as a new contact; their relation; given name."""
    patient, rng = person.patient, b.rng
    born = patient.birth_date.year if patient.birth_date else 1940
    relations = OLDER_RELATIONS if person.age >= 65 else YOUNGER_RELATIONS
    relation, gap = relations[child].draw(rng)
    female = relation in ("Daughter", "Niece", "Granddaughter", "Mother", "Sister")
    if relation == "Spouse":
        female = patient.sex is not Sex.FEMALE
        relation = "Wife" if female else "Husband"
    elif relation == "Friend":
        female = b.chance(0.7)
    sex = Sex.FEMALE if female else Sex.MALE
    given = person.pool.given(rng, sex, born + gap)
    if given == patient.given:  # families rarely reuse a living relative's first name
        given = person.pool.given(rng, sex, born + gap)
    same_family = relation in ("Wife", "Husband", "Son", "Mother", "Father") or (
        relation in ("Daughter", "Sister") and b.chance(0.5)
    )
    family = (
        person.pool.kin_surname(rng, patient.family, sex)
        if same_family
        else person.pool.surname(rng, sex)
    )
    lives_with = relation in ("Wife", "Husband", "Mother", "Father")
    notes = f"{relation}; " + (
        "lives with the patient"
        if lives_with
        else b.pick(
            (
                "lives nearby",
                "visits daily",
                "works full-time, best after 6 pm",
                "lives out of area, rings daily",
                "visits at weekends",
            )
        )
    )
    contact = b.add_contact(
        Contact(
            name=f"{given} {family}",
            role=role,
            phone=patient.phone if lives_with else b.mobile(),
            email=email(given, family, "example.com") if b.chance(0.4) else "",
            notes=notes,
        )
    )
    return contact, relation, given


def _solicitor(b: Builder) -> Contact:
    town = b.town()
    first, second = b.pick(BRITISH.family), b.pick(BRITISH.family)
    given, family = professional_name(b)
    return b.add_contact(
        Contact(
            name=f"{given} {family}",
            role=ContactRole.POWER_OF_ATTORNEY,
            organization=f"{first} & {second} Solicitors",
            phone=b.landline(town),
            address=b.contact_address(town),
            notes="Professional deputy",
        )
    )
