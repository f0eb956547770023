"""Conditions of memory, mood and mind, and of the brain and nerves."""

from __future__ import annotations

from carebook.sample.clinical import BD, NIGHT, OD, TDS, ConditionKind, PlanPart, med, prn
from carebook.sample.medicines import ATORVASTATIN_20, BACLOFEN, CLOPIDOGREL, SERTRALINE

ALZHEIMERS_DISEASE = ConditionKind(
    "Alzheimer's disease",
    "26929004",
    10,
    0,
    group="dementia",
    meds=(
        med(
            "Donepezil",
            "10 mg",
            "1 tablet",
            "oral",
            NIGHT,
            group="dementia",
            change=(
                "Increased from 5 mg to 10 mg at night",
                "Tolerating well; memory clinic advice",
                "5 mg 1 tablet oral at night",
            ),
        ),
        med(
            "Memantine",
            "10 mg",
            "1 tablet",
            "oral",
            OD,
            change=(
                "Increased from 5 mg to 10 mg once daily",
                "Titration per memory clinic",
                "5 mg 1 tablet oral once daily",
            ),
        ),
        med(
            "Rivastigmine",
            "4.6 mg/24 hours patch",
            "1 patch",
            "transdermal",
            OD,
            "Apply a new patch each morning to a different site; remove the old one.",
            group="dementia",
        ),
    ),
    plan=PlanPart(
        "Memory loss: missed meals and medicines, at risk when alone",
        (
            ("Eats two hot meals a day", "Food diary shows 2 hot meals daily for 4 weeks", 30),
            ("Stays safe at home", "No wandering incidents reported in 3 months", 90),
        ),
        (
            ("Prompted medicines from a locked dosette box", "agency", "twice daily"),
            ("Day centre", "agency", "Tuesdays and Fridays"),
            ("Carer's assessment for the family", "social_worker", "once"),
        ),
    ),
)

VASCULAR_DEMENTIA = ConditionKind(
    "Vascular dementia",
    "429998004",
    6,
    0,
    group="dementia",
    meds=(CLOPIDOGREL, ATORVASTATIN_20),
    plan=PlanPart(
        "Memory and planning problems after small strokes",
        (("Keeps to a daily routine", "Uses the day planner board on 5 of 7 days", 45),),
        (
            ("Day planner board updated at each call", "agency", "daily"),
            ("Memory clinic follow-up", "gp", "every 6 months"),
        ),
    ),
)

DEMENTIA = ConditionKind(
    "Dementia",
    "52448006",
    6,
    0,
    group="dementia",
    meds=(med("Donepezil", "5 mg", "1 tablet", "oral", NIGHT, group="dementia"),),
    plan=PlanPart(
        "Memory loss: needs prompting with meals, medicines and appointments",
        (("Attends appointments", "No missed appointments in 3 months", 90),),
        (
            ("Reminder call the day before appointments", "coordinator", "as needed"),
            ("Prompted medicines", "agency", "twice daily"),
        ),
    ),
)

DEPRESSION = ConditionKind(
    "Depressive disorder",
    "35489007",
    15,
    15,
    meds=(
        SERTRALINE,
        med("Mirtazapine", "15 mg", "1 tablet", "oral", NIGHT),
        med(
            "Citalopram",
            "10 mg",
            "1 tablet",
            "oral",
            OD,
            group="ssri",
            change=(
                "Reduced from 20 mg to 10 mg once daily",
                "Over 65: lower dose advised (heart rhythm)",
                "20 mg 1 tablet oral once daily",
            ),
        ),
    ),
    plan=PlanPart(
        "Low mood and loneliness since bereavement",
        (
            ("More social contact", "Goes to the lunch club once a week", 60),
            ("Mood better", "PHQ-9 score below 10 at the review", 90),
        ),
        (
            ("Befriending service referral", "social_worker", "once"),
            ("Phone call from the coordinator", "coordinator", "weekly"),
        ),
    ),
)

PARKINSONS_DISEASE = ConditionKind(
    "Parkinson's disease",
    "49049000",
    4,
    1,
    meds=(
        med(
            "Co-careldopa",
            "25/100 mg",
            "1 tablet",
            "oral",
            ("four times daily", "07:00, 11:00, 15:00, 19:00"),
            "Time-critical: give on time, every time.",
            change=(
                "Increased from three to four times a day",
                "Wearing off before the next dose",
                "25/100 mg 1 tablet oral three times daily",
            ),
        ),
        med("Rasagiline", "1 mg", "1 tablet", "oral", OD),
    ),
    plan=PlanPart(
        "Parkinson's: time-critical medicines, slowness and falls",
        (
            (
                "Doses on time",
                "Co-careldopa given within 30 minutes of due time on 90% of doses",
                30,
            ),
        ),
        (
            ("Care calls timed to medicine times", "agency", "four times daily"),
            ("Parkinson's nurse review", "gp", "every 6 months"),
        ),
    ),
)

ANXIETY = ConditionKind(
    "Anxiety disorder",
    "197480006",
    8,
    10,
    meds=(med("Sertraline", "50 mg", "1 tablet", "oral", OD, group="ssri"),),
    prn=(
        prn(
            "Lorazepam",
            "0.5 mg",
            "1 tablet",
            "oral",
            "when needed",
            "severe anxiety",
            "2 tablets",
        ),
    ),
)

MULTIPLE_SCLEROSIS = ConditionKind(
    "Multiple sclerosis",
    "24700007",
    0,
    10,
    meds=(BACLOFEN, med("Gabapentin", "300 mg", "1 capsule", "oral", TDS)),
    plan=PlanPart(
        "Fatigue and stiffness from multiple sclerosis",
        (("Stiffness managed", "Stretching routine done on 5 days a week", 60),),
        (
            ("Stretching routine with the carer", "agency", "daily"),
            ("MS nurse review", "gp", "every 6 months"),
        ),
    ),
)

CEREBRAL_PALSY = ConditionKind(
    "Cerebral palsy",
    "128188000",
    0,
    6,
    meds=(BACLOFEN,),
    plan=PlanPart(
        "Limited mobility; uses a wheelchair",
        (("Wheelchair fits and is safe", "Wheelchair service review completed", 60),),
        (
            ("Wheelchair service referral", "therapist", "once"),
            ("Hoist transfers by two carers", "agency", "twice daily"),
        ),
    ),
)

INTELLECTUAL_DISABILITY = ConditionKind(
    "Intellectual disability",
    "110359009",
    0,
    10,
    plan=PlanPart(
        "Needs support with money, post and appointments",
        (
            ("Attends health appointments", "No missed appointments in 3 months", 90),
            ("Annual health check done", "Learning disability health check completed", 120),
        ),
        (
            ("Support with post and bills", "agency", "weekly"),
            ("Easy-read appointment letters", "coordinator", "as needed"),
        ),
    ),
)

EPILEPSY = ConditionKind(
    "Epilepsy",
    "84757009",
    1,
    8,
    meds=(
        med(
            "Levetiracetam",
            "500 mg",
            "1 tablet",
            "oral",
            BD,
            change=(
                "Increased from 250 mg to 500 mg twice daily",
                "Two seizures last month",
                "250 mg 1 tablet oral twice daily",
            ),
        ),
        med("Lamotrigine", "100 mg", "1 tablet", "oral", BD),
    ),
    prn=(
        prn(
            "Midazolam",
            "10 mg/mL oromucosal solution",
            "10 mg",
            "buccal",
            "when needed",
            "seizure lasting more than 5 minutes",
            "1 dose, then call 999",
        ),
    ),
    plan=PlanPart(
        "Seizures: at risk when alone",
        (("Rescue medicine plan known", "All regular carers trained in buccal midazolam", 30),),
        (
            ("Seizure diary kept", "caregiver", "daily"),
            ("Epilepsy nurse review", "gp", "yearly"),
        ),
    ),
)

SCHIZOPHRENIA = ConditionKind(
    "Schizophrenia",
    "58214004",
    1,
    6,
    meds=(
        med("Olanzapine", "10 mg", "1 tablet", "oral", NIGHT, group="antipsychotic"),
        med("Aripiprazole", "10 mg", "1 tablet", "oral", OD, group="antipsychotic"),
    ),
    plan=PlanPart(
        "Relapse risk when medicines are missed",
        (("Stays well at home", "No crisis team contact in 6 months", 180),),
        (("Community mental health nurse visit", "nurse", "fortnightly"),),
    ),
)
