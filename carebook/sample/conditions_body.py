"""Conditions of the lungs, the bones, joints and muscles, the senses, bladder and bowel."""

from __future__ import annotations

from carebook.sample.clinical import BD, NIGHT, OD, QDS, TDS, ConditionKind, PlanPart, med, prn
from carebook.sample.medicines import CODEINE

COPD = ConditionKind(
    "Chronic obstructive pulmonary disease",
    "13645005",
    15,
    4,
    meds=(
        med(
            "Tiotropium",
            "2.5 micrograms/dose",
            "2 puffs",
            "inhaled",
            OD,
            "Soft-mist inhaler: check technique at reviews.",
        ),
        med(
            "Beclometasone/formoterol",
            "100/6 micrograms/dose",
            "2 puffs",
            "inhaled",
            BD,
            "Rinse mouth after use.",
        ),
        med("Carbocisteine", "375 mg", "2 capsules", "oral", TDS),
    ),
    prn=(
        prn(
            "Salbutamol",
            "100 micrograms/dose",
            "2 puffs",
            "inhaled",
            "when needed",
            "breathlessness or wheeze",
            "8 puffs",
            "Use with the spacer.",
        ),
    ),
    plan=PlanPart(
        "Breathlessness from COPD; at risk of chest infections",
        (
            ("Stay out of hospital", "No hospital admission for a COPD flare in 6 months", 180),
            (
                "Uses inhalers correctly",
                "Inhaler technique checked and correct at 2 visits",
                30,
            ),
        ),
        (
            (
                "Check inhaler technique and that the rescue pack is in date",
                "coordinator",
                "monthly",
            ),
            ("Pulmonary rehabilitation course", "therapist", "twice weekly for 6 weeks"),
            ("Flu and pneumococcal vaccines", "gp", "yearly"),
        ),
    ),
)

KNEE_OSTEOARTHRITIS = ConditionKind(
    "Osteoarthritis of knee",
    "239873007",
    25,
    4,
    meds=(
        med(
            "Paracetamol",
            "500 mg",
            "2 tablets",
            "oral",
            QDS,
            "No more than 8 tablets in 24 hours.",
            group="paracetamol",
        ),
        med(
            "Ibuprofen",
            "5% gel",
            "apply thinly",
            "topical",
            ("three times daily", "08:00, 14:00, 20:00"),
            group="nsaid",
        ),
        med("Naproxen", "250 mg", "1 tablet", "oral", BD, "Take with food.", group="nsaid"),
    ),
    prn=(CODEINE,),
    plan=PlanPart(
        "Pain and stiffness in the knees limit walking",
        (
            (
                "Walks to the shops with the frame",
                "Walks 200 m with the frame twice a week",
                90,
            ),
            ("Pain controlled", "Pain score 4/10 or less at visits", 60),
        ),
        (
            ("Home exercise programme", "therapist", "three times a week"),
            ("Regular paracetamol before morning care", "agency", "daily"),
        ),
    ),
)

HIP_OSTEOARTHRITIS = ConditionKind(
    "Osteoarthritis of hip",
    "239872002",
    12,
    2,
    meds=(
        med(
            "Paracetamol",
            "500 mg",
            "2 tablets",
            "oral",
            QDS,
            "No more than 8 tablets in 24 hours.",
            group="paracetamol",
        ),
    ),
    prn=(CODEINE,),
    plan=PlanPart(
        "Hip pain: struggles with stairs and getting out of the chair",
        (("Safe on the stairs", "Uses the second stair rail every time (carer check)", 42),),
        (
            ("Second stair rail and chair raisers fitted", "therapist", "once"),
            ("Help with washing lower body", "agency", "daily"),
        ),
    ),
)

OSTEOPOROSIS = ConditionKind(
    "Osteoporosis",
    "64859006",
    15,
    1,
    meds=(
        med(
            "Alendronic acid",
            "70 mg",
            "1 tablet",
            "oral",
            ("once weekly (Sunday)", "07:00"),
            "Sunday before breakfast with a full glass of water; stay upright for 30 minutes.",
        ),
        med(
            "Calcium carbonate/colecalciferol",
            "1.5 g/400 units",
            "1 chewable tablet",
            "oral",
            BD,
            "Not at the same time as alendronic acid.",
            group="vitamin d",
        ),
        med(
            "Denosumab",
            "60 mg/mL",
            "60 mg",
            "subcutaneous",
            ("every 6 months", ""),
            "Given at the GP surgery.",
        ),
    ),
    plan=PlanPart(
        "Falls risk: osteoporosis and unsteady on her feet",
        (
            ("No falls", "No falls in the next 3 months", 90),
            ("Home made safer", "Grab rails and a second stair rail fitted", 42),
        ),
        (
            ("Falls clinic referral", "gp", "once"),
            ("Pendant alarm worn at all times", "caregiver", "daily"),
            ("Strength and balance exercises", "therapist", "twice weekly"),
        ),
    ),
)

PROSTATE_ENLARGEMENT = ConditionKind(
    "Benign prostatic hyperplasia",
    "266569009",
    10,
    0,
    male_only=True,
    meds=(
        med(
            "Tamsulosin",
            "400 micrograms",
            "1 capsule",
            "oral",
            OD,
            "Take after breakfast; may cause dizziness on standing.",
        ),
        med("Finasteride", "5 mg", "1 tablet", "oral", OD),
    ),
)

MACULAR_DEGENERATION = ConditionKind(
    "Age-related macular degeneration",
    "267718000",
    8,
    0,
    plan=PlanPart(
        "Poor eyesight: cannot read medicine labels or post",
        (("Manages post and medicines safely", "Large-print labels on all medicines", 30),),
        (
            ("Large-print labels requested", "pharmacy", "once"),
            ("Sight loss team home assessment", "social_worker", "once"),
        ),
    ),
)

URINARY_INCONTINENCE = ConditionKind(
    "Urinary incontinence",
    "165232002",
    12,
    3,
    meds=(
        med("Mirabegron", "50 mg", "1 tablet", "oral", OD),
        med("Solifenacin", "5 mg", "1 tablet", "oral", OD),
    ),
    plan=PlanPart(
        "Urinary incontinence: skin and dignity",
        (("Skin intact", "No redness or sores at weekly skin checks", 60),),
        (
            ("Continence assessment and pads supply", "nurse", "every 3 months"),
            ("Skin check during personal care", "agency", "daily"),
        ),
    ),
)

CHRONIC_PAIN = ConditionKind(
    "Chronic pain",
    "82423001",
    10,
    10,
    meds=(
        med(
            "Buprenorphine",
            "5 micrograms/hour patch",
            "1 patch",
            "transdermal",
            ("once weekly (Monday)", "08:00"),
            "Change every Monday; record the site on the patch chart.",
        ),
        med("Amitriptyline", "10 mg", "1 tablet", "oral", NIGHT),
        med("Pregabalin", "75 mg", "1 capsule", "oral", BD),
    ),
    prn=(CODEINE,),
    plan=PlanPart(
        "Persistent back pain disturbs sleep",
        (("Sleeps through most nights", "Sleeps 6 hours or more on 5 nights a week", 60),),
        (
            ("Pain diary kept", "caregiver", "daily"),
            ("Pain medicines review", "gp", "every 3 months"),
        ),
    ),
)

RECURRENT_FALLS = ConditionKind(
    "Recurrent falls",
    "161898004",
    15,
    2,
    meds=(med("Colecalciferol", "800 units", "1 capsule", "oral", OD, group="vitamin d"),),
    plan=PlanPart(
        "Recurrent falls at home",
        (("Fewer falls", "No more than 1 fall in the next 3 months", 90),),
        (
            ("Pendant alarm worn at all times", "caregiver", "daily"),
            ("Falls clinic referral", "gp", "once"),
            ("Home hazards check (rugs, lighting)", "therapist", "once"),
        ),
    ),
)

GOUT = ConditionKind(
    "Gout",
    "90560007",
    5,
    2,
    meds=(
        med(
            "Allopurinol",
            "200 mg",
            "1 tablet",
            "oral",
            OD,
            change=(
                "Increased from 100 mg to 200 mg once daily",
                "Urate above target",
                "100 mg 1 tablet oral once daily",
            ),
        ),
    ),
    prn=(
        prn(
            "Colchicine",
            "500 micrograms",
            "1 tablet",
            "oral",
            "two to four times a day in a flare",
            "gout flare",
            "4 tablets",
        ),
    ),
)

CONSTIPATION = ConditionKind(
    "Constipation",
    "14760008",
    8,
    4,
    meds=(
        med(
            "Macrogol",
            "13.8 g sachet",
            "1 sachet",
            "oral",
            OD,
            "Mix in half a glass of water.",
            group="laxative",
        ),
        med("Senna", "7.5 mg", "2 tablets", "oral", NIGHT, group="senna"),
    ),
)

GLAUCOMA = ConditionKind(
    "Glaucoma",
    "23986001",
    5,
    0,
    meds=(
        med("Latanoprost", "50 micrograms/mL eye drops", "1 drop", "both eyes", NIGHT),
        med("Timolol", "0.25% eye drops", "1 drop", "both eyes", BD),
    ),
)

HEARING_LOSS = ConditionKind(
    "Hearing loss",
    "15188001",
    12,
    1,
    plan=PlanPart(
        "Hearing loss: misses phone calls and the door",
        (("Hears visitors arrive", "Flashing doorbell fitted and working", 45),),
        (("Hearing aid batteries checked", "coordinator", "monthly"),),
    ),
)

RHEUMATOID_ARTHRITIS = ConditionKind(
    "Rheumatoid arthritis",
    "69896004",
    4,
    6,
    meds=(
        med(
            "Methotrexate",
            "2.5 mg",
            "6 tablets (15 mg)",
            "oral",
            ("once weekly (Monday)", "08:00"),
            "WEEKLY dose: Mondays only.",
        ),
        med(
            "Folic acid",
            "5 mg",
            "1 tablet",
            "oral",
            ("once weekly (Thursday)", "08:00"),
            "Not on the methotrexate day.",
        ),
        med("Hydroxychloroquine", "200 mg", "1 tablet", "oral", OD),
    ),
)
