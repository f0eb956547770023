"""The coordinator's routine: visits, one-off appointments, tasks, notes and plan reviews."""

from __future__ import annotations

from carebook.core.vocabularies import (
    AppointmentKind,
    AppointmentStatus,
    GoalAchievement,
    InterventionStatus,
    TaskPriority,
)
from carebook.sample.weighted import Weighted

VISIT_PURPOSES = (
    "Wellbeing visit",
    "Medication check and pill organiser refill",
    "Weekly check-in",
    "Care coordination visit",
    "Blood pressure and weight check",
    "Support visit: shopping list and post",
)
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR")
# (weekdays, every n weeks, weight): tuned so that 10,000 patients lay out about 500,000 visits.
_SERIES_PATTERNS: tuple[tuple[tuple[tuple[int, ...], ...], int, int], ...] = (
    (((0,), (1,), (2,), (3,), (4,)), 1, 45),
    (((0, 3), (1, 4), (0, 2), (1, 3), (2, 4)), 1, 22),
    (((0,), (1,), (2,), (3,), (4,)), 2, 15),
    (((0, 3), (1, 4), (0, 2), (1, 3)), 2, 13),
    (((0, 2, 4),), 1, 5),
)
SERIES_PATTERN = Weighted(((days, every), weight) for days, every, weight in _SERIES_PATTERNS)
VISIT_MINUTES = Weighted(((30, 25), (45, 30), (60, 30), (75, 8), (90, 7)))
TICKED_OFF = Weighted(
    ((AppointmentStatus.DONE, 93), (AppointmentStatus.NO_SHOW, 4), (AppointmentStatus.CANCELLED, 3))
)
PAST_ONE_OFF = Weighted(
    (
        (AppointmentStatus.DONE, 85),
        (AppointmentStatus.CANCELLED, 10),
        (AppointmentStatus.NO_SHOW, 5),
    )
)
ONE_OFF_KIND = Weighted(
    (
        (AppointmentKind.PHYSICIAN, 35),
        (AppointmentKind.LAB, 25),
        (AppointmentKind.THERAPY, 15),
        (AppointmentKind.TELEHEALTH, 15),
        (AppointmentKind.OTHER, 10),
    )
)
ONE_OFF_COUNT = Weighted(((1, 35), (2, 35), (3, 20), (4, 10)))
TRANSPORT_ARRANGED = (
    "Patient transport booked, pick-up 1 hour before",
    "Daughter driving",
    "Son driving; will wait",
    "Taxi booked, return at 12:30",
    "Community transport booked (wheelchair)",
    "Neighbour driving",
)
TRANSPORT_NEEDED = (
    "Needs wheelchair-accessible transport: not booked yet",
    "Ask family first, else book community transport",
    "Cannot manage the bus any more: book patient transport",
)

PATIENT_TASKS = (
    "Call {pharmacy} about the repeat prescription",
    "Chase the OT referral for a bath lift",
    "Ask {gp} for a medication review",
    "Book the flu vaccination",
    "Update {carer} after the hospital appointment",
    "Order continence pads",
    "Check the blister pack delivery day with {pharmacy}",
    "Arrange bloods before the review",
    "Help with the Blue Badge renewal",
    "Request a home fire safety check",
    "Follow up the falls clinic referral",
    "Confirm transport for the clinic appointment",
    "Review care package hours with the social worker",
    "Send the care plan summary to {carer}",
    "Chase the discharge letter from hospital",
    "Book a hearing aid battery drop-off",
    "Check the pendant alarm is working",
    "Ring {carer} about respite options",
)
TEAM_TASKS = (
    "Submit the mileage claim",
    "Prepare for the team meeting",
    "Update the on-call rota",
    "Renew the DBS check",
    "Order gloves and aprons",
    "Complete the safeguarding refresher",
)
TASK_COUNT = Weighted(((1, 35), (2, 35), (3, 20), (4, 10)))
PRIORITY = Weighted(((TaskPriority.ROUTINE, 75), (TaskPriority.URGENT, 18), (TaskPriority.ASAP, 7)))
RECURRING_TASKS = (
    ("Order repeat prescriptions for {name}", "FREQ=MONTHLY"),
    ("Check the key safe code still works", "FREQ=MONTHLY;INTERVAL=3"),
    ("Weekly call to {carer}", "FREQ=WEEKLY"),
)
VISIT_NOTES = (
    "{name} well in herself. BP {bp}, pulse {pulse}. Blister pack correct, no missed doses. "
    "Fridge stocked.",
    "{name} more breathless than usual, ankles swollen. Weight up 1.5 kg since last week. "
    "Rang the surgery; nurse to call tomorrow.",
    "{name} reported a fall on Sunday: no injury, got up with the neighbour's help. Pendant "
    "alarm not worn, reminded. Falls referral requested.",
    "{carer} present. Discussed respite options; carer's assessment to be booked.",
    "BP {bp}, pulse {pulse}. Sleeping poorly; low in mood. Agreed to try the lunch club.",
    "Pill organiser refilled. Two evening doses missed this week; asked the agency to prompt.",
    "Good visit. {name} walked to the end of the road with the frame. BP {bp}.",
)
PROGRESS_NOTES = (
    "Phone call from {carer}: {name} discharged from hospital yesterday; medicines to be "
    "reconciled with the discharge letter.",
    "Rang {pharmacy}: blister pack delivery moves to Thursdays.",
    "Social worker e-mailed: care package up to four calls a day from Monday.",
    "GP letter after medication review: list updated.",
    "{carer} rang: {name} more confused over the weekend. Asked GP to check for infection.",
    "Care plan reviewed with {name} and {carer}; goals unchanged.",
)
NOTE_COUNT = Weighted(((1, 40), (2, 40), (3, 20)))
REVIEW_COUNT = Weighted(((0, 25), (1, 50), (2, 25)))
ACHIEVEMENT = Weighted(
    (
        (GoalAchievement.IN_PROGRESS, 45),
        (GoalAchievement.IMPROVING, 25),
        (GoalAchievement.NO_CHANGE, 15),
        (GoalAchievement.WORSENING, 8),
        (GoalAchievement.ACHIEVED, 7),
    )
)
INTERVENTION_STATUS = Weighted(
    (
        (InterventionStatus.IN_PROGRESS, 60),
        (InterventionStatus.SCHEDULED, 15),
        (InterventionStatus.NOT_STARTED, 15),
        (InterventionStatus.COMPLETED, 10),
    )
)
REVIEW_OUTCOMES = (
    "Reviewed with the family; goals unchanged.",
    "Fewer falls since the grab rails went in; continue.",
    "Weight stable; diuretic dose unchanged.",
    "Mood better; lunch club twice a week now.",
    "Care package increased; review again in 3 months.",
    "Goals partly met; exercises to continue.",
)
