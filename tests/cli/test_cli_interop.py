"""`carebook import` and `carebook export all` as the carebook command runs them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from carebook.cli.refusal import EXIT_USAGE
from carebook.store.caseload import Store
from tests.cli_runner import run

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SYNTHEA = FIXTURES / "synthea" / "patients.csv"
FHIR = FIXTURES / "fhir"


def _counts(path: Path) -> dict[str, int]:
    store = Store.open(path)
    try:
        counts = store.counts()
        return {
            name: getattr(counts, name)
            for name in ("patients", "medications", "appointments", "tasks")
        }
    finally:
        store.close()


def test_import_is_a_command_for_spreadsheets_and_fhir(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "caseload.sqlite3"
    status, out, err = run(capsys, "import", str(SYNTHEA), "--kind", "patients", "--db", str(db))
    assert (status, err) == (0, "") and out.splitlines()[-1].endswith("40 patients added.")
    status, out, err = run(
        capsys, "import", str(FHIR / "ehr_searchset.json"), "--kind", "fhir", "--db", str(db)
    )
    assert (status, err) == (0, "")
    assert "Imported: patients 1 new;" in out and _counts(db)["patients"] == 41
    # Bulk NDJSON files go together, as one download.
    bulk = sorted(map(str, (FHIR / "bulk").glob("*.ndjson")))
    status, out, err = run(capsys, "import", *bulk, "--kind", "fhir", "--db", str(db))
    assert (status, err) == (0, "") and f"Read {len(bulk)} files" in out


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        (["--kind", "fhir", "--map", "a=b"], "--map applies only to spreadsheets"),
        (
            ["--kind", "fhir", "--date-order", "dmy", "--sheet", "x"],
            "--date-order, --sheet apply only to spreadsheets",
        ),
        ([str(SYNTHEA), "--kind", "patients"], "import one spreadsheet at a time"),
    ],
)
def test_import_options_that_do_not_fit_are_usage_errors(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, arguments: list[str], said: str
) -> None:
    db = tmp_path / "caseload.sqlite3"
    status, _out, err = run(capsys, "import", str(SYNTHEA), *arguments, "--db", str(db))
    assert status == EXIT_USAGE and said in err
    assert not db.exists()


def test_the_whole_caseload_goes_out_as_fhir_and_comes_back(
    capsys: pytest.CaptureFixture[str], sample_db: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "caseload.json"
    status, out, err = run(
        capsys, "export", "all", "--format", "fhir", "--db", str(sample_db), "-o", str(out_file)
    )
    assert (status, err) == (0, "")
    assert out == f"The whole caseload (40 patients) written to {out_file} as FHIR R4.\n"
    bundle = json.loads(out_file.read_text(encoding="utf-8"))
    assert bundle["resourceType"] == "Bundle" and bundle["type"] == "collection"
    other = tmp_path / "other.sqlite3"
    status, out, err = run(capsys, "import", str(out_file), "--kind", "fhir", "--db", str(other))
    assert (status, err) == (0, "")
    assert _counts(other) == _counts(sample_db)
    # Again: found by where each record came from, nothing made twice.
    status, out, _ = run(capsys, "import", str(out_file), "--kind", "fhir", "--db", str(other))
    assert status == 0 and "patients 40 unchanged" in out and " new" not in out
    assert _counts(other) == _counts(sample_db)


def test_the_export_is_logged_and_printing_it_writes_the_bundle(
    capsys: pytest.CaptureFixture[str], sample_db: Path
) -> None:
    status, out, _ = run(capsys, "export", "all", "--format", "fhir", "--db", str(sample_db))
    assert status == 0 and json.loads(out)["resourceType"] == "Bundle"
    copy = sample_db.with_name("copy.sqlite3")
    shutil.copyfile(sample_db, copy)
    status, _out, _ = run(
        capsys,
        "export",
        "all",
        "--format",
        "fhir",
        "--db",
        str(copy),
        "-o",
        str(copy.with_suffix(".json")),
    )
    store = Store.open(copy)
    try:
        logged = store.conn.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'export'"
        ).fetchone()[0]
    finally:
        store.close()
    assert status == 0 and logged == 1


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        (["all"], "the whole caseload is exported with `export all --format fhir`"),
        (["patients", "--format", "fhir"], "the whole caseload is exported with"),
        (["all", "--format", "fhir", "--patient", "1"], "--patient cannot narrow the whole"),
    ],
)
def test_export_all_mistakes_are_usage_errors(
    capsys: pytest.CaptureFixture[str], sample_db: Path, arguments: list[str], said: str
) -> None:
    status, out, err = run(capsys, "export", *arguments, "--db", str(sample_db))
    assert status == EXIT_USAGE and said in err and out == ""


def test_a_dry_run_without_a_caseload_leaves_no_patient_data_in_a_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The records tried against an empty caseload made aside stay in memory: none reaches
    that caseload's files, even when there are more than SQLite keeps in memory by itself."""
    from contextlib import nullcontext

    from carebook.cli import fhir_import as cli_fhir_import

    aside = tmp_path / "aside"
    aside.mkdir()
    monkeypatch.setattr(
        cli_fhir_import.tempfile, "TemporaryDirectory", lambda prefix="": nullcontext(str(aside))
    )
    written: list[bytes] = []
    close = Store.close

    def look_then_close(store: Store) -> None:
        written.extend(path.read_bytes() for path in aside.iterdir())
        close(store)

    monkeypatch.setattr(Store, "close", look_then_close)
    bundle = tmp_path / "download.json"
    bundle.write_text(
        json.dumps(
            {
                "resourceType": "Bundle",
                "type": "collection",
                "entry": [
                    {
                        "resource": {
                            "resourceType": "Patient",
                            "id": f"p{n}",
                            "name": [{"family": f"Quennell-{n}", "given": ["Ada"]}],
                            "address": [{"line": [f"{n} Long Road " * 10]}],
                        }
                    }
                    for n in range(6000)
                ],
            }
        )
    )
    db = tmp_path / "caseload.sqlite3"
    status, out, err = run(
        capsys, "import", str(bundle), "--kind", "fhir", "--dry-run", "--db", str(db)
    )
    assert (status, err) == (0, "") and "Would import: patients 6000 new." in out
    assert written and not any(b"Quennell" in data for data in written)
    assert not db.exists()


def test_skipping_every_invalid_file_makes_no_empty_caseload(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before, the import said "Imported into new.sqlite3" and left an empty caseload there."""
    broken = tmp_path / "download.json"
    broken.write_text("[1, 2", encoding="utf-8")
    db = tmp_path / "new.sqlite3"
    status, out, _ = run(
        capsys, "--db", str(db), "import", str(broken), "--kind", "fhir", "--skip-invalid"
    )
    assert status == 1
    assert "no caseload was made" in out and "Imported into" not in out
    assert sorted(path.name for path in tmp_path.iterdir()) == ["download.json"]


def test_the_export_is_compact_unless_indented_and_checked_whole_when_asked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "caseload.sqlite3"
    status, _out, err = run(
        capsys, "import", str(FHIR / "ehr_searchset.json"), "--kind", "fhir", "--db", str(db)
    )
    assert (status, err) == (0, "")
    files = {name: tmp_path / f"{name}.json" for name in ("plain", "indented", "validated")}
    for name, more in (("plain", []), ("indented", ["--indent"]), ("validated", ["--validate"])):
        status, _out, err = run(
            capsys, "export", "all", "--format", "fhir", *more, "--db", str(db),
            "-o", str(files[name]),
        )  # fmt: skip
        assert (status, err) == (0, "")
    texts = {name: path.read_text(encoding="utf-8") for name, path in files.items()}
    bundles = {name: json.loads(text) for name, text in texts.items()}
    assert (
        bundles["plain"]["entry"] == bundles["indented"]["entry"] == bundles["validated"]["entry"]
    )
    assert "\n  " in texts["indented"] and "\n  " not in texts["plain"]
    assert '", "' not in texts["plain"] and '": ' not in texts["plain"]  # no space after , or :
    assert len(texts["plain"]) < 0.7 * len(texts["indented"])
    status, _out, err = run(capsys, "export", "patients", "--indent", "--db", str(db))
    assert status == EXIT_USAGE and "--indent and --validate go with" in err


def test_the_export_loads_the_fhir_models_only_to_validate(sample_db: Path, tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from carebook.cli.main import main\n"
        "status = main(sys.argv[1:])\n"
        "loaded = sorted({m.split('.')[0] for m in sys.modules} & {'pydantic', 'fhir'})\n"
        "print(status, loaded)\n"
    )
    arguments = ["export", "all", "--format", "fhir", "--db", str(sample_db)]
    said = []
    for more in ([], ["--validate"]):
        done = subprocess.run(
            [sys.executable, "-c", probe, *arguments, *more, "-o", str(tmp_path / "out.json")],
            capture_output=True,
            text=True,
            check=True,
        )
        said.append(done.stdout.splitlines()[-1])
    assert said == ["0 []", "0 ['fhir', 'pydantic']"]
