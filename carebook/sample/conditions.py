"""Every condition, in the order the draws depend on, and the plan for a patient with no other."""

from __future__ import annotations

from carebook.sample.clinical import PlanPart
from carebook.sample.conditions_body import (
    CHRONIC_PAIN,
    CONSTIPATION,
    COPD,
    GLAUCOMA,
    GOUT,
    HEARING_LOSS,
    HIP_OSTEOARTHRITIS,
    KNEE_OSTEOARTHRITIS,
    MACULAR_DEGENERATION,
    OSTEOPOROSIS,
    PROSTATE_ENLARGEMENT,
    RECURRENT_FALLS,
    RHEUMATOID_ARTHRITIS,
    URINARY_INCONTINENCE,
)
from carebook.sample.conditions_heart import (
    ATRIAL_FIBRILLATION,
    CORONARY_HEART_DISEASE,
    HEART_FAILURE,
    HYPERLIPIDAEMIA,
    HYPERTENSION,
    HYPOTHYROIDISM,
    IRON_DEFICIENCY_ANAEMIA,
    KIDNEY_DISEASE,
    PREVIOUS_STROKE,
    TYPE_2_DIABETES,
)
from carebook.sample.conditions_mind import (
    ALZHEIMERS_DISEASE,
    ANXIETY,
    CEREBRAL_PALSY,
    DEMENTIA,
    DEPRESSION,
    EPILEPSY,
    INTELLECTUAL_DISABILITY,
    MULTIPLE_SCLEROSIS,
    PARKINSONS_DISEASE,
    SCHIZOPHRENIA,
    VASCULAR_DEMENTIA,
)
from carebook.sample.weighted import Weighted

# The order is part of the sample: the weighted draws walk it, so a seed gives the same people.
CONDITIONS = (
    HYPERTENSION,
    TYPE_2_DIABETES,
    COPD,
    HEART_FAILURE,
    ATRIAL_FIBRILLATION,
    KNEE_OSTEOARTHRITIS,
    HIP_OSTEOARTHRITIS,
    ALZHEIMERS_DISEASE,
    VASCULAR_DEMENTIA,
    DEMENTIA,
    KIDNEY_DISEASE,
    OSTEOPOROSIS,
    DEPRESSION,
    HYPOTHYROIDISM,
    PARKINSONS_DISEASE,
    PROSTATE_ENLARGEMENT,
    CORONARY_HEART_DISEASE,
    PREVIOUS_STROKE,
    HYPERLIPIDAEMIA,
    MACULAR_DEGENERATION,
    URINARY_INCONTINENCE,
    CHRONIC_PAIN,
    ANXIETY,
    RECURRENT_FALLS,
    GOUT,
    CONSTIPATION,
    IRON_DEFICIENCY_ANAEMIA,
    GLAUCOMA,
    HEARING_LOSS,
    MULTIPLE_SCLEROSIS,
    CEREBRAL_PALSY,
    INTELLECTUAL_DISABILITY,
    EPILEPSY,
    RHEUMATOID_ARTHRITIS,
    SCHIZOPHRENIA,
)
OLD_CONDITIONS = Weighted((kind, kind.weight_old) for kind in CONDITIONS)
YOUNG_CONDITIONS = Weighted((kind, kind.weight_young) for kind in CONDITIONS)
RESOLVED_CONDITIONS = (
    ("Urinary tract infection", "68566005"),
    ("Pneumonia", "233604007"),
    ("Cellulitis", "128045006"),
)
CONDITION_COUNT = Weighted(((2, 15), (3, 25), (4, 27), (5, 20), (6, 13)))
GENERAL_PLAN = PlanPart(
    "Lives alone; needs support to stay at home",
    (("Stays living at home", "No unplanned hospital admission in 6 months", 180),),
    (
        ("Wellbeing visit", "coordinator", "weekly"),
        ("Emergency contact list by the phone", "caregiver", "once"),
    ),
)
GENERAL_INTERVENTIONS = (
    ("Medication review", "gp", "every 6 months"),
    ("Wellbeing visit", "coordinator", "weekly"),
    ("Blister pack delivery", "pharmacy", "weekly"),
)
