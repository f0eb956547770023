"""The layers hold: only the window code imports Qt, and the command line never loads it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import carebook

PACKAGE = Path(carebook.__file__).parent


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
        if relative.parts[0] == "ui":
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


# -- the import graph ----------------------------------------------------------------------------

#: What each part of carebook may import, beside itself: a clean stack, ui over the store and the
#: change door, the store over storage, all over core; interop, reports and the sample beside the
#: store; the command line on top (it reaches the window's Qt code only when deferred: the window,
#: and a PDF).
ALLOWED = {
    "core": set(),
    "storage": {"core"},
    "store": {"core", "storage"},
    "interop": {"core", "storage", "store", "reports"},
    "reports": {"core", "storage", "store"},
    "sample": {"core", "storage", "store"},
    "crash_report": {"core", "storage"},
    "sync": {"core", "storage", "store"},
    "ui": {"core", "storage", "store", "interop", "reports", "sample", "crash_report", "sync"},
    "cli": {"core", "storage", "store", "interop", "reports", "sample", "crash_report", "sync"},
}
#: Landed migration steps are never edited, their function-level imports included.
FROZEN = {"storage/migrations.py"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _imported(path: Path, known: dict[str, Path]) -> list[tuple[str, bool, int]]:
    """The carebook modules `path` imports: (module, inside a function, line)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    deferred = {
        id(sub)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        for sub in ast.walk(node)
    }
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        for name in names:
            while name and name not in known:
                name = name.rpartition(".")[0]
            if name.startswith("carebook.") and name != _module_name(path):
                found.append((name, id(node) in deferred, node.lineno))
    return found


def _part(module: str) -> str:
    return module.split(".")[1] if module.count(".") >= 1 else module


def test_the_modules_import_each_other_in_no_circle() -> None:
    known = _modules()
    graph = {
        module: {name for name, _, _ in _imported(path, known) if not module.startswith(name + ".")}
        for module, path in known.items()
    }
    state: dict[str, int] = {}
    circles: list[list[str]] = []

    def visit(module: str, trail: list[str]) -> None:
        state[module] = 1
        for other in sorted(graph[module]):
            if state.get(other) == 1:
                circles.append([*trail[trail.index(other) :], other])
            elif other not in state:
                visit(other, [*trail, other])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert circles == []


def test_each_part_imports_only_the_layers_below_it() -> None:
    known = _modules()
    wrong = []
    for module, path in known.items():
        part = _part(module)
        if part not in ALLOWED:
            continue
        for name, deferred, line in _imported(path, known):
            other = _part(name)
            if other == part or other not in ALLOWED or other in ALLOWED[part]:
                continue
            if part == "cli" and other == "ui" and deferred:
                continue  # the window, and Qt for a PDF, load only when asked for
            wrong.append(f"{path.relative_to(PACKAGE)}:{line} imports {name}")
    assert wrong == []


def test_an_import_inside_a_function_says_why() -> None:
    """Only to defer loading (a heavy library, or a rarely used part), each with a comment."""
    silent = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = str(path.relative_to(PACKAGE))
        if relative in FROZEN:
            continue
        lines = path.read_text(encoding="utf-8").split("\n")
        tree = ast.parse("\n".join(lines))
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for sub in ast.walk(node):
                if not isinstance(sub, ast.Import | ast.ImportFrom):
                    continue
                said = any("#" in line for line in lines[sub.lineno - 1 : sub.end_lineno])
                above = sub.lineno - 2
                while above >= 0 and lines[above].strip().startswith(("from ", "import ", ")")):
                    above -= 1
                if not said and not lines[above].strip().startswith("#"):
                    silent.append(f"{relative}:{sub.lineno}")
    assert silent == []


def test_no_module_is_over_500_lines() -> None:
    long = {
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if len(path.read_text(encoding="utf-8").splitlines()) > 500
    }
    assert long == set(), "split these by their jobs"
