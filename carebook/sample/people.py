"""About a patient's household: how to get in, who pays, their status, the family who help."""

from __future__ import annotations

from carebook.core.vocabularies import PatientStatus
from carebook.sample.weighted import Weighted

ACCESS_NOTES = (
    "Key safe by the front door, code {code}",
    "Key safe on the side wall, code {code}; please scramble the numbers after use",
    "Small dog (friendly): please shut the door behind you",
    "Dog: ask the family to put him in the garden before visits",
    "Two cats; don't let them out",
    "Ring twice and wait: slow to the door",
    "Knock loudly: hard of hearing and the doorbell is broken",
    "Use the back door; the front door is bolted",
    "Park on the street: the drive belongs to next door",
    "Visitor parking permit in the hall drawer",
    "Oxygen in use: no smoking, no naked flames",
    "Hoist in the bedroom: two carers needed for transfers",
    "Lives alone; the neighbour at number {number} has a spare key",
    "Shoes off at the door, please",
    "Steep steps to the front door, no handrail",
    "Narrow lane: turn round at the pub, not in the farm gateway",
)
# Who pays for care, and the prefix of the reference they give the patient.
PAYER_CHOICE = Weighted(
    (
        (("Local authority (adult social care)", "ASC"), 45),
        (("Self-funded", ""), 24),
        (("Direct payment", "DP"), 12),
        (("NHS Continuing Healthcare", "CHC"), 10),
        (("Council-funded with family top-up", "ASC"), 6),
        (("Private insurance", "PH"), 3),
    )
)
STATUS_CHOICE = Weighted(
    (
        (PatientStatus.ACTIVE, 85),
        (PatientStatus.ON_HOLD, 7),
        (PatientStatus.DISCHARGED, 5),
        (PatientStatus.DECEASED, 3),
    )
)
ACCESS_NOTE_COUNT = Weighted(((0, 20), (1, 45), (2, 28), (3, 7)))
# Who the main family carer is, with how many years after the patient they were born; the second
# choice of each pair leaves out spouses and parents (for a power of attorney beside the carer).
_OLDER_FAMILY = (
    ("Daughter", 28, 38),
    ("Son", 28, 20),
    ("Spouse", 0, 30),
    ("Niece", 26, 4),
    ("Granddaughter", 55, 4),
    ("Friend", 0, 4),
)
_YOUNGER_FAMILY = (
    ("Mother", -25, 25),
    ("Father", -27, 10),
    ("Sister", 2, 25),
    ("Spouse", 0, 30),
    ("Friend", 0, 10),
)
OLDER_RELATIONS = tuple(
    Weighted(
        ((name, gap), weight)
        for name, gap, weight in _OLDER_FAMILY
        if not child or name not in ("Spouse", "Mother", "Father")
    )
    for child in (False, True)
)
YOUNGER_RELATIONS = tuple(
    Weighted(
        ((name, gap), weight)
        for name, gap, weight in _YOUNGER_FAMILY
        if not child or name not in ("Spouse", "Mother", "Father")
    )
    for child in (False, True)
)
