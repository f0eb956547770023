"""The sample's measured record: a year of readings (weight, blood pressure, pulse), the
assessments a care manager repeats at intake and review, and the papers on file."""

from __future__ import annotations

import json
import random
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from carebook.core.billing_records import Attachment
from carebook.core.clinical_records import AssessmentResult, Measurement, PatientDocument
from carebook.core.instruments import instrument, score
from carebook.core.records import Patient, spoken_name
from carebook.core.views import CaseloadBundle
from carebook.core.vocabularies import DocumentCategory

if TYPE_CHECKING:  # only fill() needs the store
    from carebook.store.caseload import Store

#: The instruments repeated at review, and how often a patient has each (one in …).
_REPEATED = (("phq-9", 3), ("katz-adl", 2), ("morse-fall", 3), ("gds-15", 4), ("mini-cog", 4))


def build_measured(store: Store, bundle: CaseloadBundle, seed: int) -> None:
    """Monthly readings over the past year for most patients, assessments each quarter for
    some, and an advance directive or POLST on file for a few (one due for review). Kept
    modest: every reading is a FHIR Observation when the caseload is exported."""
    today = store.today()
    rng = random.Random(seed * 104729 + 16)
    records: list[Any] = []
    for at, patient in enumerate(bundle.patients):
        assert patient.id is not None
        if at % 4 != 3:  # a few are not weighed at home
            records += _readings(rng, patient.id, today)
        records += _assessments(rng, patient.id, today)
    store.load_records(records)
    _documents(store, rng, bundle.patients[:6], today)


def _readings(rng: random.Random, patient_id: int, today: date) -> list[Measurement]:
    weight = rng.uniform(52, 95)
    drift = rng.choice((-0.7, -0.3, 0.0, 0.2))  # kg a month: some lose weight
    systolic = rng.randint(118, 150)
    found: list[Measurement] = [
        Measurement(
            patient_id=patient_id,
            kind="height",
            taken_at=_at(today - timedelta(days=360)),
            value=float(rng.randint(150, 182)),
            tz="America/Chicago",
        )
    ]
    day = today - timedelta(days=364 - rng.randint(0, 6))
    while day < today:
        taken = _at(day)
        weight += drift + rng.uniform(-0.4, 0.4)
        found.append(
            Measurement(
                patient_id=patient_id,
                kind="weight",
                taken_at=taken,
                value=round(weight, 1),
                tz="America/Chicago",
            )
        )
        pressure = systolic + rng.randint(-12, 12)
        found.append(
            Measurement(
                patient_id=patient_id,
                kind="bp",
                taken_at=taken,
                value=float(pressure),
                second=float(pressure - rng.randint(38, 60)),
                tz="America/Chicago",
            )
        )
        found.append(
            Measurement(
                patient_id=patient_id,
                kind="pulse",
                taken_at=taken,
                value=float(rng.randint(58, 96)),
                tz="America/Chicago",
            )
        )
        day += timedelta(days=28)
    return found


def _at(day: date) -> datetime:
    return datetime.combine(day, time(10, 30))


def _assessments(rng: random.Random, patient_id: int, today: date) -> list[AssessmentResult]:
    found = []
    for instrument_id, one_in in _REPEATED:
        if rng.randrange(one_in):
            continue
        scale = instrument(instrument_id)
        level = rng.random()  # how unwell: each quarter a little better or worse
        for quarter in range(4):
            level = min(1.0, max(0.0, level + rng.uniform(-0.2, 0.15)))
            answers = {
                item.id: _answer(
                    rng, [a.points for a in item.answers], level, scale.higher_is_worse
                )
                for item in scale.items
            }
            if instrument_id == "phq-9":
                answers["q9"] = 0  # the sample makes no urgent task
            outcome = score(scale, answers)
            found.append(
                AssessmentResult(
                    patient_id=patient_id,
                    instrument=instrument_id,
                    instrument_version=scale.version,
                    on_date=today - timedelta(days=20 + 91 * (3 - quarter)),
                    scored_by="Sample coordinator",
                    answers=json.dumps(answers, separators=(",", ":")),
                    total=outcome.total,
                    band=outcome.band.label if outcome.band else "",
                    flags="; ".join(flag.text for flag in outcome.flags),
                )
            )
    return found


def _answer(rng: random.Random, points: list[int], level: float, worse_high: bool) -> int:
    ordered = sorted(points, reverse=not worse_high)  # from best to worst
    at = min(len(ordered) - 1, int(rng.random() * level * len(ordered)))
    return ordered[at]


def _documents(store: Store, rng: random.Random, patients: list[Patient], today: date) -> None:
    files, documents = [], []
    for at, patient in enumerate(patients):
        assert patient.id is not None
        category = (DocumentCategory.ADVANCE_DIRECTIVE, DocumentCategory.POLST)[at % 2]
        title = f"{category.label}, {spoken_name(patient.given, patient.family)}"
        signed = today - timedelta(days=rng.randint(200, 900))
        content = sample_pdf(title, f"Signed {signed:%d %B %Y}. A sample document.")
        files.append(
            Attachment(name=f"{category.value}.pdf", media_type="application/pdf", content=content)
        )
        documents.append(
            PatientDocument(
                patient_id=patient.id,
                category=category,
                title=category.label,
                signed_on=signed,
                review_on=today - timedelta(days=3) if at == 0 else signed + timedelta(days=730),
                file_name=f"{category.value}.pdf",
                media_type="application/pdf",
                size=len(content),
                attachment_id=0,
            )
        )
    store.load_records(files)
    for document, file in zip(documents, files, strict=True):
        assert file.id is not None
        document.attachment_id = file.id
    store.load_records(documents)


def sample_pdf(title: str, line: str) -> bytes:
    """A one-page PDF of a title and a line, written by hand (the sample needs no printer)."""

    def text(value: str) -> str:
        return value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    safe_title = text(title.encode("latin-1", "replace").decode("latin-1"))
    safe_line = text(line.encode("latin-1", "replace").decode("latin-1"))
    stream = (
        f"BT /F1 20 Tf 72 720 Td ({safe_title}) Tj ET\nBT /F1 12 Tf 72 690 Td ({safe_line}) Tj ET\n"
    ).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)
