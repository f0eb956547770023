"""The vital signs carebook knows: their stored unit, the units they may be typed in, their
normal and plausible ranges and LOINC codes; a reading checked and brought to its stored unit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from carebook.core.errors import ValidationError
from carebook.core.words import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit a reading may be typed in, and how it becomes the stored one."""

    name: str
    to_stored: Callable[[float], float]
    from_stored: Callable[[float], float]


def _same(value: float) -> float:
    return value


@dataclass(frozen=True, slots=True)
class Vital:
    """A vital sign or measure as carebook keeps it; `name` is its English name (FHIR's text,
    the CSV's), marked for context "Measures"; `label` is what people read."""

    id: str
    name: str
    unit: str  # the stored unit
    units: tuple[Unit, ...]
    normal: tuple[float, float] | None
    plausible: tuple[float, float]
    code: str  # LOINC
    code_display: str
    #: Blood pressure has two numbers (systolic/diastolic), each with its own ranges and code.
    second_name: str = ""
    second_normal: tuple[float, float] | None = None
    second_plausible: tuple[float, float] = (0.0, 0.0)
    second_code: str = ""
    panel_code: str = ""
    #: Decimals shown (pain is a whole number).
    places: int = 1
    whole: bool = False

    @property
    def label(self) -> str:
        """The name in the chosen language ("Blood pressure")."""
        return translate("Measures", self.name)


_KG = Unit("kg", _same, _same)
_LB = Unit("lb", lambda v: v * 0.45359237, lambda v: v / 0.45359237)
_CM = Unit("cm", _same, _same)
_IN = Unit("in", lambda v: v * 2.54, lambda v: v / 2.54)
_C = Unit("°C", _same, _same)
_F = Unit("°F", lambda v: (v - 32) / 1.8, lambda v: v * 1.8 + 32)
_MGDL = Unit("mg/dL", _same, _same)
_MMOL = Unit("mmol/L", lambda v: v * 18.016, lambda v: v / 18.016)

VITALS: tuple[Vital, ...] = (
    Vital(
        "bp",
        QT_TRANSLATE_NOOP("Measures", "Blood pressure"),
        "mmHg",
        (Unit("mmHg", _same, _same),),
        (90, 139),
        (50, 260),
        "8480-6",
        "Systolic blood pressure",
        second_name="diastolic",
        second_normal=(60, 89),
        second_plausible=(25, 160),
        second_code="8462-4",
        panel_code="85354-9",
        places=0,
        whole=True,
    ),
    Vital(
        "pulse",
        QT_TRANSLATE_NOOP("Measures", "Pulse"),
        "/min",
        (Unit("/min", _same, _same),),
        (60, 100),
        (20, 250),
        "8867-4",
        "Heart rate",
        places=0,
        whole=True,
    ),
    Vital(
        "weight",
        QT_TRANSLATE_NOOP("Measures", "Weight"),
        "kg",
        (_KG, _LB),
        None,
        (20, 350),
        "29463-7",
        "Body weight",
    ),
    Vital(
        "height",
        QT_TRANSLATE_NOOP("Measures", "Height"),
        "cm",
        (_CM, _IN),
        None,
        (90, 230),
        "8302-2",
        "Body height",
    ),
    Vital(
        "temperature",
        QT_TRANSLATE_NOOP("Measures", "Temperature"),
        "°C",
        (_C, _F),
        (36.1, 37.8),
        (30, 44),
        "8310-5",
        "Body temperature",
    ),
    Vital(
        "spo2",
        QT_TRANSLATE_NOOP("Measures", "Oxygen saturation (SpO₂)"),
        "%",
        (Unit("%", _same, _same),),
        (95, 100),
        (50, 100),
        "59408-5",
        "Oxygen saturation by pulse oximetry",
        places=0,
        whole=True,
    ),
    Vital(
        "glucose",
        QT_TRANSLATE_NOOP("Measures", "Blood glucose"),
        "mg/dL",
        (_MGDL, _MMOL),
        (70, 140),
        (15, 1000),
        "2339-0",
        "Glucose [Mass/volume] in Blood",
        places=0,
    ),
    Vital(
        "pain",
        QT_TRANSLATE_NOOP("Measures", "Pain (0–10)"),
        "/10",
        (Unit("/10", _same, _same),),
        (0, 3),
        (0, 10),
        "72514-3",
        "Pain severity - 0-10 verbal numeric rating",
        places=0,
        whole=True,
    ),
)
BY_ID = {vital.id: vital for vital in VITALS}
#: Body mass index, worked out from a weight and the latest height.
BMI_CODE = ("39156-5", "Body mass index (BMI) [Ratio]")


def vital(kind: str) -> Vital:
    found = BY_ID.get(kind)
    if found is None:
        known = ", ".join(BY_ID)
        raise ValidationError(
            translate("Measures", "No measure '{kind}'; carebook knows {known}.").format(
                kind=kind, known=known
            ),
            "kind",
        )
    return found


def stored(vital: Vital, value: float, unit: str = "") -> float:
    """`value` typed in `unit` (the stored unit when "") as the stored unit; a unit that does
    not fit the measure is refused, naming those that do."""
    if not unit:
        return value
    for known in vital.units:
        if known.name.lower() == unit.strip().lower():
            return round(known.to_stored(value), 4)
    fits = ", ".join(u.name for u in vital.units)
    raise ValidationError(
        translate("Measures", "{name} is measured in {fits}, not {unit}.").format(
            name=vital.label, fits=fits, unit=unit
        ),
        "entered_unit",
    )


def plausibility(vital: Vital, value: float, second: float | None = None) -> list[str]:
    """What makes a reading (in the stored unit) look like a typo: outside what a living
    person measures, a diastolic above the systolic. Empty when it is plausible."""
    said = []
    low, high = vital.plausible
    if not low <= value <= high:
        said.append(
            translate(
                "Measures",
                "A {measure} of {value:g} {unit} is outside {low:g}–{high:g}; is it a typo?",
            ).format(measure=vital.label.lower(), value=value, unit=vital.unit, low=low, high=high)
        )
    if vital.second_name:
        if second is None:
            said.append(
                translate("Measures", "{measure} needs both numbers, such as 128/82.").format(
                    measure=vital.label
                )
            )
        else:
            low, high = vital.second_plausible
            if not low <= second <= high:
                said.append(
                    translate(
                        "Measures", "A diastolic pressure of {value:g} is outside {low:g}–{high:g}."
                    ).format(value=second, low=low, high=high)
                )
            if second >= value:
                said.append(
                    translate(
                        "Measures", "The diastolic (second) number is above the systolic (first)."
                    )
                )
    if vital.whole and value != int(value):
        said.append(
            translate("Measures", "{measure} is a whole number.").format(measure=vital.label)
        )
    return said


def bmi(weight_kg: float, height_cm: float) -> float:
    """Body mass index to one decimal."""
    metres = height_cm / 100
    return round(weight_kg / (metres * metres), 1)


def shown(vital: Vital, value: float, second: float | None, unit: str = "") -> str:
    """A reading in `unit` (default the stored one): "128/82 mmHg", "72.5 kg", "99.1 °F"."""
    chosen = next((u for u in vital.units if u.name == unit), vital.units[0])
    number = f"{chosen.from_stored(value):.{vital.places}f}"
    if vital.second_name and second is not None:
        number += f"/{second:.0f}"
    return f"{number} {chosen.name}"
