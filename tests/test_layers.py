"""The layers hold: only the window code imports Qt, and the command line never loads it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import carebook

PACKAGE = Path(carebook.__file__).parent
# app.py starts the window; printing.py renders PDFs with Qt's text engine, loaded only for a
# PDF (the command line's other formats never import it, as a test below shows).
WINDOW_CODE = {"app.py", "printing.py"}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_module_outside_the_window_code_imports_pyside6() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui" or relative.name in WINDOW_CODE:
            continue
        if any(name.split(".")[0] == "PySide6" for name in _imports(path)):
            offenders.append(str(relative))
    assert offenders == []


def test_window_code_never_speaks_sql() -> None:
    offenders = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        names = _imports(path)
        text = path.read_text(encoding="utf-8")
        if {"sqlite3", "sqlite_utils"} & {n.split(".")[0] for n in names} or ".execute(" in text:
            offenders.append(path.name)
    assert offenders == []


def test_the_agenda_command_runs_without_loading_qt(tmp_path: Path) -> None:
    db = tmp_path / "caseload.sqlite3"
    script = (
        "import sys\n"
        "from carebook.cli.main import main\n"
        f"status = main(['agenda', '--db', {str(db)!r}, '--format', 'json'])\n"
        "assert status == 0, status\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print('QT' if loaded else 'NO-QT')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().endswith("NO-QT")
