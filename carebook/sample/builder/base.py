"""What every part of the builder shares: the Builder with its small draws, and the Person."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TypeVar

from carebook.core.records import Appointment, Condition, Contact, Patient
from carebook.core.recurrence import local_zone_name
from carebook.core.views import CaseloadBundle
from carebook.core.vocabularies import PatientStatus, Sex
from carebook.sample.builder.diary import Diary, Pattern
from carebook.sample.clinical import ConditionKind
from carebook.sample.names import NamePool
from carebook.sample.places import BLOCKS, INWARD_LETTERS, STREETS, Town, area

T = TypeVar("T")


@dataclass(slots=True)
class Directory:
    """Shared contacts by kind ("gp", "pharmacy", ...), all of them and by the area they serve."""

    everywhere: dict[str, list[Contact]] = field(default_factory=dict)
    local: dict[tuple[str, str], list[Contact]] = field(default_factory=dict)

    def add(self, kind: str, area: str, contact: Contact) -> None:
        self.everywhere.setdefault(kind, []).append(contact)
        self.local.setdefault((kind, area), []).append(contact)


@dataclass(slots=True)
class Series:
    """A weekly home-visit series, kept as numbers so its dates are cheap to work out."""

    appointment: Appointment
    days: tuple[int, ...]
    interval: int
    until: date

    def days_between(self, first: date, last: date) -> list[date]:
        """The series' dates from `first` to `last` inclusive (one date per visit)."""
        start = self.appointment.start.date()
        pattern = Pattern(self.days, self.interval, start - timedelta(days=start.weekday()))
        return pattern.dates(first, min(last, self.until))


@dataclass(slots=True)
class Person:
    """One patient while their records are built, with what later records refer back to."""

    patient: Patient
    age: int
    pool: NamePool
    town: Town
    carer_name: str = ""  # what the coordinator calls the main carer
    team: dict[str, Contact] = field(default_factory=dict)
    conditions: list[tuple[ConditionKind, Condition]] = field(default_factory=list)
    avoid: set[str] = field(default_factory=set)
    series: Series | None = None

    @property
    def id(self) -> int:
        assert self.patient.id is not None
        return self.patient.id

    @property
    def spoken_name(self) -> str:
        return self.patient.preferred_name or self.patient.given

    @property
    def active(self) -> bool:
        return self.patient.status is PatientStatus.ACTIVE

    def words(self) -> dict[str, str]:
        """Names that task and note templates can mention."""
        team = self.team
        return {
            "name": self.spoken_name,
            "pharmacy": team["pharmacy"].name,
            "gp": team["gp"].name,
            "carer": self.carer_name,
        }


class Builder:
    """The bundle being built and one random stream behind every draw, so a seed fixes everything.

    The record families are built by functions over a Builder, one module each (directory,
    patients, care_team, health, medications, appointments, tasks, care_plans, notes); the order
    they run in is in carebook.sample.demo.
    """

    def __init__(self, rng: random.Random, today: date, ids: dict[str, int]) -> None:
        self.rng = rng
        self.today = today
        self.tz = local_zone_name()
        self.ids = ids  # the next id of each table, counted on as records are made
        self.bundle = CaseloadBundle()
        self.directory = Directory()
        self.towns = area(0)
        # One coordinator's diary, when the caseload is one coordinator's (see demo.build_caseload);
        # None for a team's, whose visits the sample does not share out among its coordinators.
        self.diary: Diary | None = None

    def take(self) -> CaseloadBundle:
        """The records built since the last take; the builder goes on into a fresh bundle."""
        bundle, self.bundle = self.bundle, CaseloadBundle()
        return bundle

    def next_id(self, table: str) -> int:
        value = self.ids[table]
        self.ids[table] = value + 1
        return value

    def randint(self, low: int, high: int) -> int:
        # A third of the cost of Random.randint, which matters at 10,000 patients.
        return low + int(self.rng.random() * (high - low + 1))

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.rng.random() * len(items))]

    def days_ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.randint(low, high))

    def days_ahead(self, low: int, high: int) -> date:
        return self.today + timedelta(days=self.randint(low, high))

    def between(self, first: date, last: date) -> date:
        if last <= first:
            return first
        return first + timedelta(days=self.randint(0, (last - first).days))

    # Phone numbers come from the ranges Ofcom keeps for drama, so no real phone rings; e-mail
    # domains are the reserved example.* ones; NHS numbers use the 999 prefix set aside for
    # test data.

    def landline(self, town: Town) -> str:
        number = self.randint(0, 999)
        return f"0113 496 0{number:03d}" if town.leeds_code else f"01632 960{number:03d}"

    def mobile(self) -> str:
        return f"07700 900{self.randint(0, 999):03d}"

    def address(self, town: Town) -> tuple[str, str]:
        """A street address line and postcode in `town`."""
        street = self.pick(STREETS)
        if self.chance(0.18):
            line = f"Flat {self.randint(1, 24)}, {self.pick(BLOCKS)}, {street}"
        else:
            line = f"{self.randint(1, 160)} {street}"
        inward = f"{self.randint(1, 9)}{self.pick(INWARD_LETTERS)}{self.pick(INWARD_LETTERS)}"
        return line, f"{self.pick(town.outward)} {inward}"

    def contact_address(self, town: Town) -> str:
        line, postcode = self.address(town)
        return f"{line}, {town.name} {postcode}"

    def town(self) -> Town:
        return self.towns.draw(self.rng)

    def person_name(self, pool: NamePool, sex: Sex, born: int) -> tuple[str, str]:
        return pool.given(self.rng, sex, born), pool.surname(self.rng, sex)

    def add_contact(self, contact: Contact) -> Contact:
        contact.id = self.next_id("contact")
        self.bundle.contacts.append(contact)
        return contact


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in ascii_text.lower() if ch.isalnum())


def email(given: str, family: str, domain: str) -> str:
    return f"{slug(given)}.{slug(family)}@{domain}"
