"""The day sheet as HTML: each visit in order, allergies, tasks, patient sheets, nothing fetched."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from html import escape
from pathlib import Path
from typing import Any

import pytest
from cli_runner import run
from reads_only import declared_reads, reads_only

from carebook.core.records import (
    Allergy,
    Appointment,
    CareTeamMember,
    Contact,
    Medication,
    Patient,
    Task,
)
from carebook.core.vocabularies import (
    AllergySeverity,
    AllergyStatement,
    AllergyStatus,
    AppointmentKind,
    AppointmentStatus,
    ContactRole,
    TaskPriority,
    Transport,
)
from carebook.reports import (
    CONFIDENTIALITY_NOTICE,
    locale_paper,
    paper_for_territory,
    stylesheet,
)
from carebook.reports.day_sheet import SheetSource, gather, long_date, render_html
from carebook.store.caseload import Store

DAY = date(2026, 3, 3)
LONG_NAME = "Bartholomew-Aloysius Featherstonehaugh-Cholmondeley"
READS = frozenset(declared_reads(SheetSource))


def _clock() -> datetime:
    return datetime(2026, 3, 3, 7, 30)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """Three patients visited on DAY (one twice), allergies, medications, tasks, a care team."""
    store = Store.open(tmp_path / "caseload.sqlite3", clock=_clock)
    edna = _patient(
        store,
        "Edna",
        "Marsh",
        address_line="3 Kiln Row",
        phone="0113 496 0001",
        access_notes="Key safe 4321",
        birth_date=date(1938, 5, 1),
    )
    long = _patient(
        store,
        "Bartholomew-Aloysius",
        "Featherstonehaugh-Cholmondeley",
        address_line="Flat 27, Saint Bartholomew's Almshouses, Lower Wortley Road",
        city="Leeds",
    )
    ruth = _patient(store, "Ruth", "<Quinn> & Co")
    for hour, minute, patient, purpose in (
        (9, 0, edna, "Medication check"),
        (10, 30, long, "Wellbeing visit"),
        (13, 15, ruth, "Blood pressure"),
        (15, 0, edna, "Evening meds"),
    ):
        store.appointments.add_appointment(
            Appointment(
                patient_id=patient,
                purpose=purpose,
                start=datetime(2026, 3, 3, hour, minute),
                duration_min=45,
            )
        )
    # A visit the week before: medication changes are counted from it.
    store.appointments.add_appointment(
        Appointment(
            patient_id=edna, start=datetime(2026, 2, 24, 9, 0), status=AppointmentStatus.DONE
        )
    )
    store.appointments.add_appointment(
        Appointment(
            patient_id=ruth,
            start=datetime(2026, 3, 3, 16, 0),
            kind=AppointmentKind.PHYSICIAN,
            transport=Transport.ARRANGED,
            transport_details="Community transport, 15:30 pick-up",
            purpose="Clinic follow-up",
        )
    )
    store.patients.add_allergy(
        Allergy(
            patient_id=edna,
            substance="Penicillin",
            reaction="Hives",
            severity=AllergySeverity.SEVERE,
        )
    )
    store.patients.add_allergy(
        Allergy(patient_id=edna, substance="Plasters", status=AllergyStatus.RESOLVED)
    )
    _medications(store, edna)
    doctor = store.contacts.add_contact(
        Contact(name="Dr Asha Patel", role=ContactRole.PHYSICIAN, phone="0113 496 0999")
    )
    assert doctor.id is not None
    store.contacts.add_to_care_team(
        CareTeamMember(patient_id=edna, contact_id=doctor.id, role=ContactRole.PHYSICIAN)
    )
    store.tasks.add_task(
        Task(
            title="Chase the falls referral",
            patient_id=edna,
            due_date=date(2026, 2, 20),
            priority=TaskPriority.URGENT,
        )
    )
    store.tasks.add_task(Task(title="Order continence pads", due_date=DAY))
    store.tasks.add_task(
        Task(title="Renew the blue badge", patient_id=edna, due_date=date(2026, 4, 1))
    )
    yield store
    store.close()


def _patient(store: Store, given: str, family: str, **fields: Any) -> int:
    patient = store.patients.add_patient(Patient(given=given, family=family, **fields))
    assert patient.id is not None
    return patient.id


def _medications(store: Store, patient_id: int) -> None:
    store.medications.add_medication(
        Medication(
            patient_id=patient_id,
            name="Amlodipine",
            strength="5 mg",
            dose="1 tablet",
            route="oral",
            frequency="once daily",
            start_date=date(2025, 1, 10),
        )
    )
    paracetamol = store.medications.add_medication(
        Medication(
            patient_id=patient_id,
            name="Paracetamol",
            strength="500 mg",
            dose="2 tablets",
            route="oral",
            frequency="up to four times a day",
            as_needed=True,
            as_needed_reason="pain",
            start_date=date(2025, 6, 1),
        )
    )
    furosemide = store.medications.add_medication(
        Medication(
            patient_id=patient_id,
            name="Furosemide",
            strength="20 mg",
            dose="1 tablet",
            route="oral",
            frequency="once daily",
            start_date=date(2025, 6, 1),
        )
    )
    assert paracetamol.id is not None and furosemide.id is not None
    # Before the last visit (24 February): not a change to show. After it: shown.
    store.medications.update_medication(
        replace(paracetamol, dose="1 tablet"), "Drowsy", on=date(2026, 2, 10)
    )
    store.medications.stop_medication(
        furosemide.id, "Ankles no longer swollen", on=date(2026, 2, 27)
    )


def _visits_table(page: str) -> str:
    start = page.index('class="grid visits"')
    return page[start : page.index("</table>", start)]


def _in_order(text: str, items: list[str]) -> bool:
    position = -1
    for item in items:
        position = text.find(item, position + 1)
        if position < 0:
            return False
    return True


def test_every_visit_of_the_day_is_listed_in_the_stores_order(store: Store) -> None:
    page = render_html(gather(store, [DAY], False, "Ann Smith"), "a4")
    visits = store.visits.visits_on(DAY)
    table = _visits_table(page)
    assert len(visits) == 5
    assert _in_order(table, [escape(v.patient) for v in visits])
    assert _in_order(table, [f"{v.start:%H:%M}" for v in visits])
    assert escape(LONG_NAME) in table and "Saint Bartholomew&#x27;s Almshouses" in table
    assert "3 Kiln Row" in table and "0113 496 0001" in table and "Key safe 4321" in table
    assert "Transport arranged" in table and "Community transport, 15:30 pick-up" in table


def test_active_allergies_stand_out_in_the_visit_rows(store: Store) -> None:
    table = _visits_table(render_html(gather(store, [DAY], False, ""), "a4"))
    assert "⚠\u00a0PENICILLIN" in table and 'class="allergy"' in table  # never apart
    assert "PLASTERS" not in table.upper().replace("PENICILLIN", "")  # resolved: not shown
    # The other three visits: none listed and nothing said, so the sheet says to ask (never
    # "None recorded", which a nurse glancing at it reads as "none known").
    assert table.count("Not recorded: ask") == 3 and "None recorded" not in table


def test_a_visit_with_no_known_drug_allergies_says_nkda(store: Store) -> None:
    visits = store.visits.visits_on(DAY)
    quiet = next(v for v in visits if not v.allergies)
    store.patients.set_allergy_statement(
        quiet.patient_id, AllergyStatement.NO_KNOWN_DRUG_ALLERGIES, DAY
    )
    table = _visits_table(render_html(gather(store, [DAY], False, ""), "a4"))
    row = table[table.index(escape(quiet.patient)) :]
    row = row[: row.index("</tr>")]
    assert "NKDA" in row and "Not recorded" not in row


def test_tasks_due_today_and_overdue_are_under_their_headings(store: Store) -> None:
    page = render_html(gather(store, [DAY], False, ""), "a4")
    overdue = page.index("Overdue tasks (1)")
    due = page.index("Tasks due today (1)")
    assert overdue < page.index("Chase the falls referral") < due
    assert due < page.index("Order continence pads")
    assert "URGENT" in page and "20 Feb (11 days late)" in page
    assert "Renew the blue badge" not in page  # due next month: not on the day sheet


def test_the_header_names_the_day_and_who_prepared_it(store: Store) -> None:
    page = render_html(gather(store, [DAY], False, "Ann Smith"), "letter")
    assert "<h1>Tuesday 3 March 2026</h1>" in page and "Prepared by <b>Ann Smith</b>" in page
    assert "<title>Day sheet, Tuesday 3 March 2026, prepared by Ann Smith</title>" in page
    assert "size: letter" in page
    anonymous = render_html(gather(store, [DAY], False, "  "), "a4")
    assert "Prepared by" not in anonymous and "size: A4" in anonymous


def test_names_are_escaped_never_taken_as_markup(store: Store) -> None:
    page = render_html(gather(store, [DAY], True, "<script>"), "a4")
    assert "Ruth &lt;Quinn&gt; &amp; Co" in page
    assert "<Quinn>" not in page and "<script>" not in page


def test_the_html_is_self_contained(sample_db: Path) -> None:
    store = Store.open(sample_db)
    try:
        days = [store.today() + timedelta(days=offset) for offset in range(3)]
        page = render_html(gather(store, days, True, "Ann Smith"), "a4")
    finally:
        store.close()
    lowered = page.lower()
    assert "http" not in lowered and "src=" not in lowered and "<link" not in lowered
    assert "@import" not in lowered
    assert re.findall(r"url\((?!data:)", lowered) == []
    assert stylesheet().strip() in page  # the styles travel inside the page


def test_each_day_starts_a_new_page(store: Store) -> None:
    days = [DAY + timedelta(days=offset) for offset in range(3)]
    page = render_html(gather(store, days, False, ""), "a4")
    starts = [page.index(f"<h1>{long_date(day)}</h1>") for day in days]
    assert starts == sorted(starts)
    assert page.count('class="kicker new-page"') == 2  # the second and third day
    assert ".new-page { page-break-before: always; }" in page
    assert page.count(CONFIDENTIALITY_NOTICE) == 3


def test_the_confidentiality_notice_is_left_to_a_renderer_that_prints_it(store: Store) -> None:
    page = render_html(gather(store, [DAY], False, ""), "a4", page_furniture=True)
    assert CONFIDENTIALITY_NOTICE not in page


def test_a_patient_sheet_for_each_patient_visited(store: Store) -> None:
    sheet = gather(store, [DAY], True, "")
    names = [patient_sheet.patient.display_name for patient_sheet in sheet.days[0].patients]
    assert names == ["Edna Marsh", LONG_NAME, "Ruth <Quinn> & Co"]  # Edna once, for two visits
    page = render_html(sheet, "a4")
    edna = page[page.index("<h1>Edna Marsh</h1>") : page.index(f"<h1>{escape(LONG_NAME)}</h1>")]
    assert "Today's visits" not in edna and "Visit 2" in edna  # both of her visits
    assert "Born 1 May 1938 (aged 87)" in edna
    assert "PENICILLIN</span> — Hives; severe" in edna and "PLASTERS" not in edna
    assert "Physician" in edna and "Dr Asha Patel" in edna and "0113 496 0999" in edna
    assert "Current medications (2)" in edna  # stopped Furosemide is not current
    assert "<b>AS NEEDED</b>" in edna and "For pain" in edna
    assert "Medication changes since the last visit on 24 Feb 2026" in edna
    assert "Furosemide" in edna and "Ankles no longer swollen" in edna
    assert "Drowsy" not in edna  # changed before the last visit
    assert "Chase the falls referral" in edna and "Renew the blue badge" in edna
    assert edna.count("<tr><td>&nbsp;</td></tr>") >= 4  # ruled lines for notes


def test_without_an_earlier_visit_changes_go_back_thirty_days(store: Store) -> None:
    sheet = gather(store, [DAY], True, "")
    ruth = sheet.days[0].patients[2]
    assert ruth.last_visit is None and ruth.changes_since == DAY - timedelta(days=30)
    assert "in the last 30 days" in render_html(sheet, "a4")


def test_gather_uses_only_the_stores_public_reads(store: Store) -> None:
    guarded = reads_only(store, SheetSource, "the day sheet")
    sheet = gather(guarded, [DAY, DAY + timedelta(days=1)], True, "")
    assert len(sheet.days) == 2 and len(sheet.days[0].patients) == 3
    assert not any(name.startswith("_") or name in {"conn", "db"} for name in READS)


def test_a_day_without_visits_says_so(store: Store) -> None:
    page = render_html(gather(store, [date(2026, 3, 8)], True, ""), "a4")
    assert "No visits booked." in page and "PATIENT SHEET" not in page


def test_an_unknown_paper_size_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="a4, letter"):
        render_html(gather(store, [DAY], False, ""), "a5")


@pytest.mark.parametrize(
    ("territory", "paper"),
    [("US", "letter"), ("CA", "letter"), ("MX", "letter"), ("GB", "a4"), ("DE", "a4"), ("", "a4")],
)
def test_paper_follows_the_territory(territory: str, paper: str) -> None:
    assert paper_for_territory(territory) == paper


@pytest.mark.parametrize(
    ("value", "paper"),
    [("en_US.UTF-8", "letter"), ("fr_CA.UTF-8", "letter"), ("en_GB.UTF-8", "a4"), ("C", "a4")],
)
def test_the_html_paper_comes_from_the_locale(
    monkeypatch: pytest.MonkeyPatch, value: str, paper: str
) -> None:
    monkeypatch.setenv("LC_ALL", value)
    assert locale_paper() == paper


# -- the command line ----------------------------------------------------------------------------


@pytest.fixture
def db(store: Store) -> Path:
    path: Path = store.path
    return path


def test_html_goes_to_standard_output_or_to_a_file(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    status, out, _ = run(
        capsys,
        "agenda",
        "--db",
        str(db),
        "--date",
        "2026-03-03",
        "--format",
        "html",
        "--prepared-by",
        "Ann Smith",
        "--paper",
        "a4",
    )
    assert status == 0 and out.startswith("<!DOCTYPE html>") and "Ann Smith" in out
    target = tmp_path / "sheet.html"
    status, out, _ = run(
        capsys,
        "agenda",
        "--db",
        str(db),
        "--date",
        "2026-03-03",
        "--format",
        "html",
        "--patient-sheets",
        "-o",
        str(target),
    )
    assert status == 0 and out == ""
    assert "Current medications" in target.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_json_can_be_written_to_a_file_unchanged(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    _, printed, _ = run(
        capsys, "agenda", "--db", str(db), "--date", "2026-03-03", "--format", "json"
    )
    target = tmp_path / "agenda.json"
    status, out, _ = run(
        capsys,
        "agenda",
        "--db",
        str(db),
        "--date",
        "2026-03-03",
        "--format",
        "json",
        "-o",
        str(target),
    )
    assert status == 0 and out == "" and target.read_text(encoding="utf-8") == printed


@pytest.mark.parametrize(
    "arguments",
    [
        ["--format", "pdf"],
        ["--format", "html", "-o", "{missing}/sheet.html"],
        ["--format", "pdf", "-o", "{missing}/sheet.pdf"],
        ["--format", "pdf", "-o", "{folder}"],
        ["--format", "json", "--patient-sheets"],
    ],
)
def test_bad_output_options_are_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, arguments: list[str]
) -> None:
    filled = [a.format(missing=tmp_path / "no-such-folder", folder=tmp_path) for a in arguments]
    status, out, err = run(capsys, "agenda", "--db", str(db), *filled)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("carebook: ") and "Traceback" not in err
    assert not (tmp_path / "no-such-folder").exists()


def test_the_html_day_sheet_runs_without_loading_qt(db: Path) -> None:
    script = (
        "import sys\n"
        "from carebook.cli.main import main\n"
        f"status = main(['agenda', '--db', {str(db)!r}, '--format', 'html',"
        " '--patient-sheets'])\n"
        "assert status == 0, status\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print('QT' if loaded else 'NO-QT', file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stderr.strip().endswith("NO-QT")


def test_the_name_and_paper_come_from_preferences_unless_given(
    capsys: pytest.CaptureFixture[str], store: Store, db: Path
) -> None:
    from carebook.core.records import Preferences
    from carebook.core.vocabularies import Paper

    store.preferences.set_preferences(Preferences(coordinator_name="Ann Smith", paper=Paper.LETTER))
    common = ("agenda", "--db", str(db), "--date", "2026-03-03", "--format", "html")
    status, out, _ = run(capsys, *common)
    assert status == 0 and "Prepared by <b>Ann Smith</b>" in out and "size: letter" in out
    status, out, _ = run(capsys, *common, "--prepared-by", "", "--paper", "a4")
    assert status == 0 and "Prepared by" not in out and "size: A4" in out


def test_a_day_sheet_written_to_a_file_is_recorded_as_an_export(
    capsys: pytest.CaptureFixture[str], store: Store, db: Path, tmp_path: Path
) -> None:
    def exports() -> int:
        return int(
            store.conn.execute(
                "SELECT count(*) FROM audit_log WHERE action = 'export'"
                " AND record_kind = 'day_sheet'"
            ).fetchone()[0]
        )

    status, _, _ = run(capsys, "agenda", "--db", str(db), "--format", "html")
    assert status == 0 and exports() == 0  # shown on the terminal: nothing left the program
    status, _, _ = run(
        capsys, "agenda", "--db", str(db), "--format", "html", "-o", str(tmp_path / "sheet.html")
    )
    assert status == 0 and exports() == 1


def test_visits_that_overlap_say_so_on_paper(store: Store) -> None:
    visits = store.visits.visits_on(DAY)
    first = visits[0]
    table = _visits_table(render_html(gather(store, [DAY], False, ""), "a4"))
    assert "Overlaps" not in table, "the fixture's day has no overlap"
    store.appointments.add_appointment(
        Appointment(
            patient_id=first.patient_id,
            start=first.start + timedelta(minutes=15),
            duration_min=30,
            purpose="Dressing change",
        )
    )
    table = _visits_table(render_html(gather(store, [DAY], False, ""), "a4"))
    assert table.count("⚠\u00a0Overlaps") == 2
    assert f"⚠\u00a0Overlaps {first.start + timedelta(minutes=15):%H:%M}<" in table
    assert f"⚠\u00a0Overlaps {first.start:%H:%M}<" in table
