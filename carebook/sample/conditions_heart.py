"""Conditions of the heart, the circulation, the kidneys, the blood and the metabolism."""

from __future__ import annotations

from carebook.sample.clinical import BD, NIGHT, OD, ConditionKind, PlanPart, med, prn
from carebook.sample.medicines import ATORVASTATIN_20, BISOPROLOL, CLOPIDOGREL

HYPERTENSION = ConditionKind(
    "Essential hypertension",
    "59621000",
    60,
    15,
    meds=(
        med(
            "Amlodipine",
            "10 mg",
            "1 tablet",
            "oral",
            OD,
            change=(
                "Increased from 5 mg to 10 mg once daily",
                "Blood pressure above target at review",
                "5 mg 1 tablet oral once daily",
            ),
        ),
        med(
            "Ramipril",
            "5 mg",
            "1 capsule",
            "oral",
            OD,
            group="acei",
            change=(
                "Increased from 2.5 mg to 5 mg once daily",
                "Blood pressure above target; kidney function stable",
                "2.5 mg 1 capsule oral once daily",
            ),
        ),
        med("Losartan", "50 mg", "1 tablet", "oral", OD, group="acei"),
        med(
            "Indapamide",
            "2.5 mg",
            "1 tablet",
            "oral",
            ("once daily", "08:00"),
            "Take in the morning.",
        ),
    ),
    plan=PlanPart(
        "High blood pressure",
        (("Blood pressure within target", "Home readings below 150/90 on 4 of 5 days", 90),),
        (
            ("Check and record blood pressure at visits", "coordinator", "weekly"),
            ("Morning tablets taken from the blister pack", "caregiver", "daily"),
        ),
    ),
)

TYPE_2_DIABETES = ConditionKind(
    "Type 2 diabetes mellitus",
    "44054006",
    25,
    12,
    meds=(
        med(
            "Metformin",
            "500 mg",
            "1 tablet",
            "oral",
            ("twice daily", "08:00, 18:00"),
            "Take with food.",
            change=(
                "Increased from 500 mg once daily to 500 mg twice daily",
                "HbA1c above target",
                "500 mg 1 tablet oral once daily",
            ),
        ),
        med(
            "Gliclazide",
            "80 mg",
            "1 tablet",
            "oral",
            ("twice daily", "08:00, 18:00"),
            "Take with breakfast and the evening meal. Can cause hypos: keep glucose "
            "tablets handy.",
        ),
        med(
            "Sitagliptin",
            "50 mg",
            "1 tablet",
            "oral",
            OD,
            change=(
                "Reduced from 100 mg to 50 mg once daily",
                "Kidney function lower (eGFR 38)",
                "100 mg 1 tablet oral once daily",
            ),
        ),
        med(
            "Empagliflozin",
            "10 mg",
            "1 tablet",
            "oral",
            OD,
            "Stop if vomiting or not eating (sick day rules).",
            group="sglt2",
        ),
        med(
            "Insulin glargine",
            "100 units/mL pen",
            "14 units",
            "subcutaneous",
            ("once daily", "22:00"),
            "Given by the district nurse. Check blood sugar before the dose.",
            change=(
                "Increased from 12 units to 14 units",
                "Morning blood sugars above 10 mmol/L",
                "100 units/mL pen 12 units subcutaneous once daily",
            ),
        ),
    ),
    plan=PlanPart(
        "Type 2 diabetes: risk of high and low blood sugars",
        (
            ("HbA1c in range", "HbA1c 53-64 mmol/mol at the next blood test", 120),
            ("No hypos", "No blood sugar below 4 mmol/L recorded over 3 months", 90),
        ),
        (
            ("Prompt meals at regular times", "agency", "daily"),
            ("HbA1c blood test before the diabetes review", "gp", "every 6 months"),
            ("Annual diabetic foot check by podiatry", "coordinator", "yearly"),
        ),
    ),
)

HEART_FAILURE = ConditionKind(
    "Chronic congestive heart failure",
    "88805009",
    12,
    1,
    meds=(
        med(
            "Furosemide",
            "40 mg",
            "1 tablet",
            "oral",
            OD,
            "Take in the morning (makes you pass water).",
            change=(
                "Increased from 20 mg to 40 mg in the morning",
                "Ankle swelling and weight up 2 kg",
                "20 mg 1 tablet oral once daily",
            ),
        ),
        BISOPROLOL,
        med("Sacubitril/valsartan", "24/26 mg", "1 tablet", "oral", BD, group="acei"),
        med("Spironolactone", "25 mg", "1 tablet", "oral", OD),
        med("Dapagliflozin", "10 mg", "1 tablet", "oral", OD, group="sglt2"),
    ),
    plan=PlanPart(
        "Heart failure: fluid build-up and breathlessness",
        (("Stable weight", "Weight within 2 kg of dry weight, recorded daily", 60),),
        (
            ("Weigh each morning and write it in the diary", "caregiver", "daily"),
            (
                "Report a gain over 2 kg in 3 days to the heart failure nurse",
                "coordinator",
                "as needed",
            ),
            ("Review of diuretic dose", "gp", "every 3 months"),
        ),
    ),
)

ATRIAL_FIBRILLATION = ConditionKind(
    "Atrial fibrillation",
    "49436004",
    15,
    1,
    meds=(
        med(
            "Apixaban",
            "2.5 mg",
            "1 tablet",
            "oral",
            BD,
            "Anticoagulant: do not miss doses. Report bleeding or black stools.",
            change=(
                "Reduced from 5 mg to 2.5 mg twice daily",
                "Age over 80 and weight under 60 kg",
                "5 mg 1 tablet oral twice daily",
            ),
            group="anticoagulant",
        ),
        med(
            "Edoxaban",
            "30 mg",
            "1 tablet",
            "oral",
            OD,
            "Anticoagulant: do not miss doses.",
            group="anticoagulant",
        ),
        med(
            "Warfarin",
            "1 mg",
            "as per INR book",
            "oral",
            ("once daily", "18:00"),
            "Dose set by the anticoagulation clinic; check the yellow book.",
            group="anticoagulant",
        ),
        med("Digoxin", "62.5 micrograms", "1 tablet", "oral", OD),
        BISOPROLOL,
    ),
    plan=PlanPart(
        "Atrial fibrillation on anticoagulation: stroke and bleeding risk",
        (
            (
                "Takes the anticoagulant every day",
                "No missed doses at blister pack checks for 8 weeks",
                56,
            ),
        ),
        (
            ("Check the blister pack at each visit", "coordinator", "weekly"),
            ("Kidney function blood test for anticoagulant dosing", "gp", "yearly"),
        ),
    ),
)

KIDNEY_DISEASE = ConditionKind(
    "Chronic kidney disease stage 3",
    "433144002",
    15,
    2,
    meds=(
        ATORVASTATIN_20,
        med("Sodium bicarbonate", "500 mg", "1 capsule", "oral", BD),
        med("Alfacalcidol", "250 nanograms", "1 capsule", "oral", OD),
    ),
    plan=PlanPart(
        "Kidney disease: medicine doses must follow kidney function",
        (("Kidney function stable", "eGFR not down by more than 5 at the next test", 180),),
        (
            ("Kidney function blood test (U&E)", "gp", "every 6 months"),
            ("Doses checked against eGFR", "pharmacy", "each new prescription"),
        ),
    ),
)

HYPOTHYROIDISM = ConditionKind(
    "Hypothyroidism",
    "40930008",
    10,
    4,
    meds=(
        med(
            "Levothyroxine",
            "75 micrograms",
            "1 tablet",
            "oral",
            ("once daily", "07:00"),
            "Take 30 minutes before breakfast.",
            change=(
                "Increased from 50 to 75 micrograms once daily",
                "TSH raised on blood test",
                "50 micrograms 1 tablet oral once daily",
            ),
        ),
    ),
)

CORONARY_HEART_DISEASE = ConditionKind(
    "Coronary heart disease",
    "53741008",
    15,
    2,
    meds=(
        med(
            "Aspirin",
            "75 mg",
            "1 dispersible tablet",
            "oral",
            OD,
            "Take with or after food.",
            group="antiplatelet",
        ),
        med("Atorvastatin", "40 mg", "1 tablet", "oral", NIGHT, group="statin"),
        med("Isosorbide mononitrate", "60 mg MR", "1 tablet", "oral", OD),
    ),
    prn=(
        prn(
            "Glyceryl trinitrate",
            "400 micrograms/dose spray",
            "1-2 sprays",
            "sublingual",
            "when needed",
            "chest pain",
            "3 doses 5 minutes apart, then call 999",
        ),
    ),
    plan=PlanPart(
        "Angina on exertion",
        (
            (
                "Knows what to do for chest pain",
                "Can explain GTN spray use and when to call 999",
                30,
            ),
        ),
        (("GTN spray in date and within reach", "coordinator", "monthly"),),
    ),
)

PREVIOUS_STROKE = ConditionKind(
    "Stroke (previous)",
    "230690007",
    10,
    4,
    meds=(
        CLOPIDOGREL,
        med("Atorvastatin", "80 mg", "1 tablet", "oral", NIGHT, group="statin"),
    ),
    plan=PlanPart(
        "Left-sided weakness after a stroke",
        (("Transfers safely", "Bed to chair with one carer and the frame", 60),),
        (
            ("Physiotherapy home exercises", "therapist", "weekly"),
            ("Help with washing and dressing", "agency", "twice daily"),
        ),
    ),
)

HYPERLIPIDAEMIA = ConditionKind(
    "Hyperlipidaemia",
    "55822004",
    20,
    6,
    meds=(
        ATORVASTATIN_20,
        med("Simvastatin", "40 mg", "1 tablet", "oral", NIGHT, group="statin"),
    ),
)

IRON_DEFICIENCY_ANAEMIA = ConditionKind(
    "Iron deficiency anaemia",
    "87522002",
    5,
    1,
    meds=(med("Ferrous fumarate", "210 mg", "1 tablet", "oral", BD, "May turn stools black."),),
)
