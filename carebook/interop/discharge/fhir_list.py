"""A discharge list from FHIR files: a Bundle, a resource, or NDJSON split by type, read
together so that references between the files resolve."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from carebook.core.words import translate
from carebook.interop.discharge import lines as dl
from carebook.interop.discharge.errors import DischargeFileError
from carebook.interop.discharge.fhir_lines import medicine_line
from carebook.interop.discharge.fhir_refs import Held, Index
from carebook.interop.fhir import elements as fe
from carebook.interop.fhir.read import ReadProblem, read_files

#: The resource types a discharge list is read from; the others are only counted.
KEPT = frozenset(
    {
        "Patient",
        "Medication",
        "MedicationRequest",
        "MedicationStatement",
        "Composition",
        "Condition",
        "Substance",
    }
)
MEDICINES = ("MedicationRequest", "MedicationStatement")


def read_fhir(paths: Sequence[Path]) -> dl.Collected:
    """The discharge list the FHIR files `paths` hold together; DischargeFileError for a file
    that cannot be read, files with no medicines, or with the medicines of several patients."""
    names = ", ".join(path.name for path in paths)
    collected = dl.Collected(source=names)
    held: list[Held] = []
    skipped: Counter[str] = Counter()
    for path in paths:
        reading = read_files([path], keep=KEPT.__contains__)
        whole = [p for p in reading.problems if p.where in (path.name, str(path))]
        if whole or (reading.problems and not reading.found):
            raise DischargeFileError(_refusal((whole or reading.problems)[0]))
        left_out = translate(
            "DischargeImport", "{where} {problem}; whatever it held is left out of the list"
        )
        collected.problems += [
            left_out.format(where=p.where, problem=p.what) for p in reading.problems
        ]
        held += [Held(found.resource, found.where, found.full_url) for found in reading.found]
        skipped.update(reading.skipped)
    medicines = [one for one in held if one.type in MEDICINES]
    if not medicines:
        raise DischargeFileError(_no_medicines(names, len(paths), _holding(held, skipped)))
    index = Index(held)
    patient = _patient(medicines, held, index, names)
    if patient is not None:
        given, family, _preferred = fe.person_name(patient.resource.get("name"))
        said = " ".join(part for part in (given, family) if part)
        collected.patient_name = dl.plain(said or fe.name_text(patient.resource))[:200]
        collected.birth_date = fe.date_of(patient.resource.get("birthDate"))
    else:
        collected.patient_name = _shown_patient(medicines)
    collected.written_on = _written_on(held, medicines)
    for one in medicines:
        line = medicine_line(one, index, collected.problems)
        if line is not None:
            collected.lines.append(line)
    return collected


def _refusal(problem: ReadProblem) -> str:
    return translate(
        "DischargeImport",
        "{where} {problem}. It cannot be read as a discharge medication list: "
        "check that it is the file as the hospital sent it (FHIR in JSON or NDJSON).",
    ).format(where=problem.where, problem=problem.what)


def _no_medicines(names: str, files: int, holding: str) -> str:
    """Why files of no medicines are refused; `holding` lists what they hold ("" if nothing)."""
    if files == 1 and holding:
        said = translate(
            "DischargeImport",
            "{names} holds no medicines (no MedicationRequest or MedicationStatement); it "
            "holds {holding}. Is it the discharge medication list? Ask the hospital for the "
            "discharge medications.",
        )
    elif files == 1:
        said = translate(
            "DischargeImport",
            "{names} holds no medicines (no MedicationRequest or MedicationStatement). Is it "
            "the discharge medication list? Ask the hospital for the discharge medications.",
        )
    elif holding:
        said = translate(
            "DischargeImport",
            "{names} hold no medicines (no MedicationRequest or MedicationStatement); it "
            "holds {holding}. Is it the discharge medication list? Ask the hospital for the "
            "discharge medications.",
        )
    else:
        said = translate(
            "DischargeImport",
            "{names} hold no medicines (no MedicationRequest or MedicationStatement). Is it "
            "the discharge medication list? Ask the hospital for the discharge medications.",
        )
    return said.format(names=names, holding=holding)


def _holding(held: list[Held], skipped: Counter[str]) -> str:
    counted = Counter(one.type for one in held) + skipped
    return ", ".join(f"{count:,} {kind}" for kind, count in counted.most_common(4))


def _patient(medicines: list[Held], held: list[Held], index: Index, names: str) -> Held | None:
    """The one patient whose medicines these are; DischargeFileError when they are of more
    than one."""
    patients: dict[int, Held] = {}
    for one in medicines:
        found = index.resolve(one.resource.get("subject"), one)
        if found is not None and found.type == "Patient":
            patients.setdefault(id(found.resource), found)
    if not patients:
        listed = [one for one in held if one.type == "Patient"]
        return listed[0] if len(listed) == 1 else None
    if len(patients) > 1:
        shown = [_name_of(one) for one in patients.values()]
        raise DischargeFileError(
            translate(
                "DischargeImport",
                "{names} hold the medicines of {count} patients ({patients}); choose the "
                "discharge list of the one patient.",
            ).format(
                names=names,
                count=len(patients),
                patients=", ".join(shown[:3]) + (", …" if len(shown) > 3 else ""),
            )
        )
    return next(iter(patients.values()))


def _name_of(patient: Held) -> str:
    given, family, _preferred = fe.person_name(patient.resource.get("name"))
    said = dl.plain(" ".join(part for part in (given, family) if part))
    return (
        said[:60]
        or fe.text_of(patient.resource.get("id"))[:60]
        or translate("DischargeImport", "a patient")
    )


def _shown_patient(medicines: list[Held]) -> str:
    """The patient's name as the medicines' subject shows it, when the files hold no Patient."""
    shown = {
        dl.plain(fe.as_dict(one.resource.get("subject")).get("display"))[:200] for one in medicines
    }
    shown.discard("")
    return shown.pop() if len(shown) == 1 else ""


def _written_on(held: list[Held], medicines: list[Held]) -> date | None:
    """The day of the document (its Composition's date), else of its latest medicine."""
    for one in held:
        if one.type == "Composition":
            day = fe.date_of(one.resource.get("date"))
            if day is not None:
                return day
    days = [
        fe.date_of(one.resource.get("authoredOn") or one.resource.get("dateAsserted"))
        for one in medicines
    ]
    known = [day for day in days if day is not None]
    return max(known) if known else None
