"""Check the built carebook folder (dist/carebook) works: run by CI after the build.

Starts the built programs, never the virtualenv's: `carebook --version`; a sample caseload made
in a fresh temporary data folder and its agenda as JSON; the FHIR, iCalendar and PDF outputs
(which load the optional libraries the build must carry); a backup; encryption; the window,
offscreen, for a few seconds; and the modes of every file the app made (owner-only). Exits 1
with a message saying what failed. Needs only Python 3's standard library.

Usage: python3 packaging/linux/check_built.py [FOLDER]   (default: dist/carebook)
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import signal
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WINDOW_SECONDS = 5
#: What the window may print without being wrong (Qt's notes about the offscreen platform).
HARMLESS = re.compile(r"This plugin does not support|propagateSizeHints|QFont::|offscreen")


class CheckFailed(Exception):
    """A check that did not hold, with what to say."""


def fail(message: str) -> None:
    raise CheckFailed(message)


def expected_version() -> str:
    text = (ROOT / "carebook" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    return found.group(1) if found else "?"


def run(program: Path, *words: str, env: dict[str, str], timeout: float = 120) -> str:
    """Run a built program; its output, or a failure saying what it printed."""
    done = subprocess.run(
        [str(program), *words], env=env, capture_output=True, text=True, timeout=timeout
    )
    if done.returncode != 0:
        fail(
            f"`{program.name} {' '.join(words)}` exited {done.returncode}:\n"
            f"{done.stdout[-2000:]}{done.stderr[-2000:]}"
        )
    return done.stdout


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def check_contents(folder: Path) -> None:
    inside = folder / "_internal"
    for needed in (
        "resources/carebook.svg",
        "resources/report.css",
        "pypdfium2_raw",
        "sqlcipher3",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "resources/translations/carebook_es.qm",
        "PySide6/Qt/translations/qtbase_es.qm",
    ):
        if not (inside / needed).exists():
            fail(f"the build lacks {needed}")
    for unwanted in (
        "pytest",
        "_pytest",
        "hypothesis",
        "mypy",
        "ruff",
        "pypdf",
        "tkinter",
        "numpy",
        "pyqtgraph",
    ):
        if (inside / unwanted).exists():
            fail(f"the build holds {unwanted}, which carebook does not use")
    print("ok   contents: resources, optional libraries and Qt plugins there; test tools not")


def check_version(console: Path, env: dict[str, str]) -> None:
    said = run(console, "--version", env=env).strip()
    wanted = f"carebook {expected_version()}"
    if said != wanted:
        fail(f"`carebook --version` said {said!r}, not {wanted!r}")
    print(f"ok   {said}")


def check_window_program(window: Path, env: dict[str, str]) -> None:
    """carebook-window is the window's own program, not the command line under another name."""
    said = run(window, "--help", env=env)
    if not said.startswith("usage: carebook-window"):
        fail(f"`carebook-window --help` is not the window program's:\n{said}")
    print("ok   carebook-window is the window's program (its own --help)")


def check_agenda(console: Path, env: dict[str, str]) -> None:
    made = run(console, "demo", "--patients", "40", env=env)
    print(f"ok   sample: {made.strip()}")
    start = dt.date.today()
    days = json.loads(run(console, "agenda", "--format", "json", "--days", "14", env=env))
    if not isinstance(days, list) or len(days) != 14:
        fail("`agenda --format json --days 14` did not give a list of 14 days")
    weekdays = [
        day["date"]
        for day in days
        if day.get("visits") and dt.date.fromisoformat(day["date"]).weekday() < 5
    ]
    if not weekdays:
        fail(f"no weekday in the 14 days from {start} has a visit in the sample")
    chosen = weekdays[0]
    day = json.loads(run(console, "agenda", "--format", "json", "--date", chosen, env=env))
    visits = day["visits"] if isinstance(day, dict) else day[0]["visits"]
    if not visits or not all(visit.get("patient") and visit.get("start") for visit in visits):
        fail(f"the agenda of {chosen} lists no visits, or visits without a patient or start")
    print(f"ok   agenda --format json: {len(visits)} visits on {chosen}")


def check_outputs(console: Path, env: dict[str, str], out: Path) -> list[Path]:
    """The outputs that load the optional libraries: FHIR out and back in (pydantic),
    iCalendar, PDF (Qt)."""
    fhir, ics, pdf = out / "caseload.fhir.json", out / "visits.ics", out / "day.pdf"
    run(console, "export", "all", "--format", "fhir", "--validate", "-o", str(fhir), env=env)
    if json.loads(fhir.read_text(encoding="utf-8")).get("resourceType") != "Bundle":
        fail("the FHIR export is not a Bundle")
    # Read back into a new caseload: the import checks each resource against the R4 models.
    again = out / "imported.sqlite3"
    said = run(console, "--db", str(again), "import", "--kind", "fhir", str(fhir), env=env)
    if "patients 40 new" not in said:
        fail(f"the FHIR export did not import back as 40 new patients:\n{said}")
    run(console, "export", "appointments", "--format", "ics", "-o", str(ics), env=env)
    if not ics.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR"):
        fail("the iCalendar export does not start with BEGIN:VCALENDAR")
    run(console, "agenda", "--format", "pdf", "-o", str(pdf), env=env)
    if not pdf.read_bytes().startswith(b"%PDF"):
        fail("the day sheet is not a PDF")
    print("ok   FHIR export (validated) and imported back, iCalendar export, PDF day sheet")
    return [fhir, ics, pdf]


def check_spanish(console: Path, env: dict[str, str], out: Path) -> None:
    """The compiled Spanish translation in use: the command line's words and a printed sheet."""
    said = run(console, "--language", "es", "agenda", "--days", "7", env=env)
    if "Visitas" not in said:
        fail(f"`--language es agenda` did not speak Spanish:\n{said[:600]}")
    sheet = out / "hoja.html"
    run(console, "--language", "es", "agenda", "--format", "html", "-o", str(sheet), env=env)
    page = sheet.read_text(encoding="utf-8")
    if 'lang="es"' not in page or "Hoja del día" not in page:
        fail("the day sheet printed with --language es is not in Spanish")
    print("ok   Spanish: the agenda's words and the printed day sheet")


def check_window(window: Path, env: dict[str, str], logs: Path) -> None:
    """carebook-window offscreen: still running after a few seconds, and quiet."""
    offscreen = {**env, "QT_QPA_PLATFORM": "offscreen"}
    out_path, err_path = logs / "window.out", logs / "window.err"
    with out_path.open("w") as out, err_path.open("w") as err:
        started = subprocess.Popen([str(window)], env=offscreen, stdout=out, stderr=err)
        time.sleep(WINDOW_SECONDS)
        status = started.poll()
        if status is None:
            started.send_signal(signal.SIGTERM)
            try:
                started.wait(timeout=10)
            except subprocess.TimeoutExpired:
                started.kill()
                started.wait()
    printed = out_path.read_text(errors="replace") + err_path.read_text(errors="replace")
    if status is not None:
        fail(
            f"carebook-window stopped by itself (status {status}) within {WINDOW_SECONDS} s:\n"
            f"{printed[-3000:]}"
        )
    worrying = [line for line in printed.splitlines() if line.strip() and not HARMLESS.search(line)]
    if worrying:
        fail("carebook-window printed:\n" + "\n".join(worrying[-40:]))
    print(f"ok   carebook-window ran offscreen for {WINDOW_SECONDS} s and printed no error")


def check_team_sync(console: Path, env: dict[str, str], home: Path) -> None:
    """Making a team loads the key's sealing (libsodium) and the hub's driver (psycopg and its
    libpq); against a hub that is not there it says so plainly, and leaves no key file."""
    key = home / "team.key"
    done = subprocess.run(
        [
            str(console),
            "team",
            "init",
            "--hub",
            "postgresql://carebook@127.0.0.1:9/nowhere?sslmode=disable",
            "--key-file",
            str(key),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if done.returncode != 1 or "did not answer" not in done.stderr:
        fail(
            f"`carebook team init` against no hub exited {done.returncode}:\n"
            f"{done.stdout[-2000:]}{done.stderr[-2000:]}"
        )
    if key.exists():
        fail("`carebook team init` left a key file for a team it did not make")
    print("ok   team init against no hub: said plainly (libsodium and psycopg's libpq loaded)")


def check_encryption(console: Path, env: dict[str, str], home: Path) -> None:
    secret = home / "passphrase.txt"
    secret.write_text("kitchen table notes\n", encoding="utf-8")
    secret.chmod(0o600)
    locked = {**env, "CAREBOOK_PASSPHRASE_FILE": str(secret)}
    run(console, "encrypt", env=locked)
    days = json.loads(run(console, "agenda", "--format", "json", env=locked))
    if not isinstance(days, dict | list):
        fail("the encrypted caseload's agenda is not JSON")
    print("ok   encrypt (SQLCipher) and the agenda of the encrypted caseload")


def check_modes(data: Path, outputs: list[Path]) -> None:
    """What the app promises: its data folder 0700, the caseload 0600, and every other file
    and folder it made there (backups, side files, reports) its owner's alone."""
    folder = data / "carebook"
    if mode(folder) != 0o700:
        fail(f"the data folder is {oct(mode(folder))}, not 0o700")
    caseload = folder / "caseload.sqlite3"
    if mode(caseload) != 0o600:
        fail(f"the caseload is {oct(mode(caseload))}, not 0o600")
    loose = [
        f"{path} {oct(mode(path))}" for path in [*folder.rglob("*"), *outputs] if mode(path) & 0o077
    ]
    if loose:
        fail("readable by others:\n" + "\n".join(loose))
    backups = [path for path in folder.rglob("*.sqlite3") if "backups" in path.parts]
    if not backups:
        fail("no backup was written into the data folder")
    made = sum(1 for _ in folder.rglob("*"))
    print(
        f"ok   modes: data folder 0700, caseload 0600, {len(backups)} backups and "
        f"{made} paths under it and {len(outputs)} outputs owner-only"
    )


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "carebook").resolve()
    console, window = folder / "carebook", folder / "carebook-window"
    os.umask(0o022)  # the usual umask, so owner-only modes are carebook's doing, not ours
    with tempfile.TemporaryDirectory(prefix="carebook-check-") as temporary:
        home = Path(temporary)
        data = home / "data"
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("CAREBOOK_", "PYTHON", "QT_", "VIRTUAL_ENV"))
        }
        env.update(
            HOME=str(home),
            XDG_DATA_HOME=str(data),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_CACHE_HOME=str(home / "cache"),
            XDG_STATE_HOME=str(home / "state"),
            XDG_RUNTIME_DIR=str(home / "runtime"),
            LANG="C.UTF-8",  # English words, whatever this machine speaks; Spanish is asked for
        )
        for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
            env.pop(variable, None)
        (home / "runtime").mkdir(mode=0o700)
        try:
            for program in (console, window):
                if not os.access(program, os.X_OK):
                    fail(f"{program} is missing or not executable: build it first")
            check_contents(folder)
            check_version(console, env)
            check_window_program(window, env)
            check_agenda(console, env)
            check_team_sync(console, env, home)
            outputs = check_outputs(console, env, home)
            check_spanish(console, env, home)
            check_window(window, env, home)
            backup = run(console, "backup", env=env)
            print(f"ok   backup: {backup.splitlines()[0]}")
            check_encryption(console, env, home)
            check_modes(data, outputs)
            reports = data / "carebook" / "crash-reports"
            if reports.exists() and any(reports.iterdir()):
                fail(
                    "carebook wrote a crash report:\n"
                    + "\n".join(path.read_text(errors="replace") for path in reports.iterdir())
                )
        except CheckFailed as failure:
            print(f"FAIL {failure}", file=sys.stderr)
            return 1
        except subprocess.TimeoutExpired as late:
            print(f"FAIL {late.cmd} did not finish in {late.timeout} s", file=sys.stderr)
            return 1
    print(f"the built carebook in {folder} passed every check")
    return 0


if __name__ == "__main__":
    sys.exit(main())
