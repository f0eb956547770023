"""A patient's readings of vital signs and of the coordinator's own measures, and those measures."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from carebook.core.clinical_records import MeasureKind, Measurement
from carebook.core.clinical_rules import check_measure_kind, check_measurement
from carebook.core.errors import ValidationError
from carebook.core.measures import bmi
from carebook.core.recurrence import local_zone_name
from carebook.core.words import translate
from carebook.storage.records import from_row
from carebook.store.base import Part, Writes


class Measurements(Part):
    """Readings kept in their stored unit; one that looks like a typo needs a reason."""

    def writes(self) -> dict[str, Writes[Any]]:
        return {
            "measurement": Writes(
                self.add_measurement, self.save_measurement, self.delete_measurement
            ),
            "measure_kind": Writes(
                self.add_measure_kind, self.save_measure_kind, self.delete_measure_kind
            ),
        }

    # -- readings -------------------------------------------------------------------------------

    def _check(self, measurement: Measurement) -> None:
        custom = self._custom(measurement.kind)
        check_measurement(measurement, self.today(), custom)
        if measurement.tz == "UTC":
            measurement.tz = local_zone_name()
        measurement.taken_at = measurement.taken_at.replace(second=0, microsecond=0, tzinfo=None)

    def _custom(self, kind: str) -> MeasureKind | None:
        if not kind.startswith("custom:"):
            return None
        number = kind.removeprefix("custom:")
        found = self._get(MeasureKind, int(number)) if number.isdigit() else None
        if found is None:
            raise ValidationError(
                translate("Measurements", "That measure is no longer defined."), "kind"
            )
        return found

    def add_measurement(self, measurement: Measurement) -> Measurement:
        self._check(measurement)
        return self._create(measurement)

    def save_measurement(self, measurement: Measurement) -> None:
        self._check(measurement)
        self._change(measurement)

    def delete_measurement(self, measurement_id: int) -> None:
        self._delete(Measurement, measurement_id)

    def reading(self, measurement_id: int) -> Measurement | None:
        return self._get(Measurement, measurement_id)

    def readings(
        self,
        patient_id: int,
        kind: str | None = None,
        first: datetime | None = None,
        last: datetime | None = None,
    ) -> list[Measurement]:
        """The patient's readings, oldest first: of one measure, between two moments."""
        where, params = "patient_id = ?", [patient_id]
        if kind is not None:
            where += " AND kind = ?"
            params.append(kind)  # type: ignore[arg-type]
        if first is not None:
            where += " AND taken_at >= ?"
            params.append(first.isoformat(timespec="minutes"))  # type: ignore[arg-type]
        if last is not None:
            where += " AND taken_at <= ?"
            params.append(last.isoformat(timespec="minutes"))  # type: ignore[arg-type]
        return self._all(Measurement, where, params, "taken_at, id")

    def latest(self, patient_id: int) -> dict[str, Measurement]:
        """Each measure's latest reading of the patient, by measure."""
        rows = self._rows(
            "SELECT * FROM measurement AS m WHERE patient_id = ? AND NOT EXISTS (SELECT 1"
            " FROM measurement AS later WHERE later.patient_id = m.patient_id AND later.kind ="
            " m.kind AND (later.taken_at, later.id) > (m.taken_at, m.id))",
            [patient_id],
        )
        return {row["kind"]: from_row(Measurement, row) for row in rows}

    def bmi_of(self, patient_id: int) -> float | None:
        """The latest weight over the latest height squared, when both are known."""
        latest = self.latest(patient_id)
        weight, height = latest.get("weight"), latest.get("height")
        if weight is None or height is None:
            return None
        return bmi(weight.value, height.value)

    # -- the coordinator's own measures --------------------------------------------------------

    def measure_kinds(self) -> list[MeasureKind]:
        return self._all(MeasureKind, "1", [], "name COLLATE NOCASE")

    def add_measure_kind(self, kind: MeasureKind) -> MeasureKind:
        check_measure_kind(kind)
        self._unique(kind)
        return self._create(kind)

    def save_measure_kind(self, kind: MeasureKind) -> None:
        check_measure_kind(kind)
        self._unique(kind)
        self._change(kind)

    def delete_measure_kind(self, kind_id: int) -> None:
        used = int(
            self._scalar("SELECT count(*) FROM measurement WHERE kind = ?", [f"custom:{kind_id}"])
        )
        if used:
            said = (
                translate(
                    "Measurements", "1 reading use this measure; it stays while they are kept."
                )
                if used == 1
                else translate(
                    "Measurements", "{n} readings use this measure; it stays while they are kept."
                ).format(n=used)
            )
            raise ValidationError(said, "name")
        self._delete(MeasureKind, kind_id)

    def _unique(self, kind: MeasureKind) -> None:
        same = self._all(MeasureKind, "name = ? COLLATE NOCASE", [kind.name.strip()], "id")
        if same and same[0].id != kind.id:
            raise ValidationError(
                translate("Measurements", "There is a measure called {name} already.").format(
                    name=same[0].name
                ),
                "name",
            )
