"""Medicines that several conditions share or that many take anyway, and the allergies.

With why medicines are stopped or held, and which medicines each allergy rules out.
"""

from __future__ import annotations

from carebook.sample.clinical import BD, NIGHT, OD, TDS, med, prn
from carebook.sample.weighted import Weighted

# Written once here because several conditions list them.
ATORVASTATIN_20 = med("Atorvastatin", "20 mg", "1 tablet", "oral", NIGHT, group="statin")
SERTRALINE = med(
    "Sertraline",
    "100 mg",
    "1 tablet",
    "oral",
    OD,
    group="ssri",
    change=(
        "Increased from 50 mg to 100 mg once daily",
        "Low mood persisting at 6-week review",
        "50 mg 1 tablet oral once daily",
    ),
)
BISOPROLOL = med(
    "Bisoprolol",
    "2.5 mg",
    "1 tablet",
    "oral",
    OD,
    change=(
        "Increased from 1.25 mg to 2.5 mg once daily",
        "Heart rate still above 80 at rest",
        "1.25 mg 1 tablet oral once daily",
    ),
)
CLOPIDOGREL = med("Clopidogrel", "75 mg", "1 tablet", "oral", OD, group="antiplatelet")
CODEINE = prn(
    "Codeine phosphate",
    "30 mg",
    "1 tablet",
    "oral",
    "up to four times a day",
    "moderate pain",
    "4 tablets",
    "May cause constipation and drowsiness.",
)
BACLOFEN = med(
    "Baclofen",
    "10 mg",
    "1 tablet",
    "oral",
    TDS,
    change=(
        "Increased from 5 mg to 10 mg three times daily",
        "Spasms at night",
        "5 mg 1 tablet oral three times daily",
    ),
)


# What many older people take whatever their conditions, regularly and when needed.
GENERAL_MEDS = (
    med(
        "Omeprazole",
        "20 mg",
        "1 capsule",
        "oral",
        ("once daily", "07:30"),
        "Take before breakfast.",
        group="ppi",
    ),
    med("Colecalciferol", "800 units", "1 capsule", "oral", OD, group="vitamin d"),
    med("Senna", "7.5 mg", "2 tablets", "oral", NIGHT, group="senna"),
    ATORVASTATIN_20,
    med("Emollient cream", "500 g", "apply", "topical", BD, "Apply to dry skin on the legs."),
    med(
        "Lansoprazole",
        "15 mg",
        "1 capsule",
        "oral",
        ("once daily", "07:30"),
        "Take before breakfast.",
        group="ppi",
    ),
)
GENERAL_PRN = (
    prn(
        "Paracetamol",
        "500 mg",
        "2 tablets",
        "oral",
        "up to four times a day",
        "pain or fever",
        "8 tablets (4 g)",
        "Leave 4 hours between doses.",
        group="paracetamol",
    ),
    prn(
        "Macrogol",
        "13.8 g sachet",
        "1 sachet",
        "oral",
        "once or twice a day",
        "constipation",
        "2 sachets",
        group="laxative",
    ),
    prn(
        "Cetirizine",
        "10 mg",
        "1 tablet",
        "oral",
        "once a day when needed",
        "itch or hay fever",
        "1 tablet",
    ),
)
STOP_REASONS = {
    "Amlodipine": "Ankle swelling",
    "Ramipril": "Persistent dry cough",
    "Metformin": "Diarrhoea",
    "Gliclazide": "Hypos",
    "Naproxen": "Kidney function worse",
    "Donepezil": "Vivid dreams and slow pulse",
    "Sertraline": "Nausea",
    "Citalopram": "Low sodium",
    "Digoxin": "Nausea and poor appetite",
    "Solifenacin": "Confusion (anticholinergic)",
    "Amitriptyline": "Drowsy in the mornings",
    "Furosemide": "Dizzy on standing, dehydrated",
    "Warfarin": "Changed to apixaban",
    "Simvastatin": "Muscle aches",
    "Codeine phosphate": "Constipation and drowsiness",
    "Lorazepam": "Falls risk",
    "Pregabalin": "Unsteady on feet",
}
GENERIC_STOP_REASONS = (
    "No longer needed",
    "Stopped at medication review",
    "Stopped on hospital discharge",
    "Not working; alternative started",
    "Side effects",
    "Patient choice",
)
HOLD_REASONS = (
    "Held while not eating and drinking",
    "Held in hospital; restart on review",
    "Held before a procedure",
    "Held by the GP pending blood results",
)

_ALLERGIES = (
    # substance, (reaction, severity) choices, medication names it rules out, weight
    ("Penicillin", (("Rash", "mild"), ("Hives", "moderate"), ("Anaphylaxis", "severe")), (), 30),
    (
        "Codeine",
        (("Nausea and vomiting", "mild"), ("Confusion", "moderate")),
        ("Codeine phosphate",),
        10,
    ),
    (
        "Ibuprofen",
        (("Wheeze", "moderate"), ("Stomach bleed", "severe")),
        ("Ibuprofen", "Naproxen"),
        8,
    ),
    ("Aspirin", (("Wheeze", "moderate"), ("Hives", "mild")), ("Aspirin",), 5),
    ("Trimethoprim", (("Rash", "mild"),), (), 6),
    ("Co-trimoxazole", (("Rash", "moderate"), ("Blistering rash", "severe")), (), 4),
    ("Clarithromycin", (("Diarrhoea", "mild"),), (), 4),
    ("Morphine", (("Hallucinations", "moderate"), ("Itching", "mild")), (), 4),
    ("Tramadol", (("Confusion", "moderate"),), (), 4),
    ("Latex", (("Contact dermatitis", "mild"), ("Swelling", "moderate")), (), 6),
    ("Adhesive dressings", (("Blistering", "mild"),), (), 5),
    ("Chlorhexidine", (("Anaphylaxis", "severe"),), (), 1),
    ("Peanuts", (("Anaphylaxis", "severe"), ("Lip swelling", "moderate")), (), 2),
    ("Shellfish", (("Hives", "moderate"),), (), 3),
    ("Wasp stings", (("Swelling", "moderate"), ("Anaphylaxis", "severe")), (), 3),
    ("Egg", (("Hives", "mild"),), (), 2),
)
ALLERGY_CHOICE = Weighted(
    ((name, reactions, rules_out), weight) for name, reactions, rules_out, weight in _ALLERGIES
)
ALLERGY_COUNT = Weighted(((0, 55), (1, 33), (2, 12)))
MEDICATION_COUNT = Weighted(zip(range(3, 10), (10, 14, 18, 18, 16, 13, 11), strict=True))
