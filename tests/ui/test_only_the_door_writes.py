"""The window writes to the caseload only through its one door (ui/commands and ui/changes):
no other module of ui/ calls a store write, or a function of interop or the sample that
writes, directly."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import carebook

PACKAGE = Path(carebook.__file__).parent
#: What a part of the store writes with (carebook.store.base); a method using any of them, or
#: another method that does, is a write.
_PRIMITIVES = {"_transaction", "_create", "_change", "_delete", "_insert", "_update", "atomic"}
#: Upkeep a read may do, changing no record the coordinator sees: laying out the visits of
#: each series ahead, filling in the name keys search uses, migrating a file as it opens.
_UPKEEP = {"ensure_horizon", "fill_missing_name_keys", "open"}
#: The door: the only modules of ui/ that may write.
_DOOR = {PACKAGE / "ui" / "commands.py", *(PACKAGE / "ui" / "changes").glob("*.py")}


def _called(node: ast.AST) -> Iterator[str]:
    """The names of what `node` calls: methods (x.name()) and functions (name())."""
    for inner in ast.walk(node):
        if isinstance(inner, ast.Call):
            if isinstance(inner.func, ast.Attribute):
                yield inner.func.attr
            elif isinstance(inner.func, ast.Name):
                yield inner.func.id


def store_writes() -> set[str]:
    """The names of every method of the store that writes to the file."""
    methods: dict[str, ast.FunctionDef] = {}
    for path in (PACKAGE / "store").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and item.name not in _UPKEEP:
                        methods.setdefault(item.name, item)
    writes = set(_PRIMITIVES)
    grew = True
    while grew:
        found = {name for name, body in methods.items() if writes & set(_called(body))}
        grew = not found <= writes
        writes |= found
    return {name for name in writes if not name.startswith("_") and name != "atomic"}


def writing_functions(writes: set[str]) -> set[str]:
    """Functions of interop and the sample that write through the store they are given."""
    functions: dict[str, set[str]] = {}
    for folder in ("interop", "sample"):
        for path in (PACKAGE / folder).rglob("*.py"):
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                if isinstance(node, ast.FunctionDef):
                    functions.setdefault(node.name, set()).update(_called(node))
    found: set[str] = set()
    grew = True
    while grew:
        more = {name for name, calls in functions.items() if calls & (writes | found)}
        grew = not more <= found
        found |= more
    return {name for name in found if not name.startswith("_")}


def _part_names() -> set[str]:
    """The store's parts (store.patients …), as the facade names them."""
    tree = ast.parse((PACKAGE / "store" / "caseload.py").read_text(encoding="utf-8"))
    return {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "self"
        and isinstance(node.ctx, ast.Store)
    }


def writes_outside_the_door(source: str, writes: set[str], functions: set[str]) -> list[int]:
    """Lines of `source` that reach a store write (store.<part>.<write>, store.<write>) or call
    a writing function of interop or the sample."""
    holders = _part_names() | {"store"}
    lines: list[int] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr in writes:
            held = node.value
            name = held.attr if isinstance(held, ast.Attribute) else getattr(held, "id", "")
            if name in holders:
                lines.append(node.lineno)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in functions
        ):
            lines.append(node.lineno)
    return sorted(lines)


def test_the_store_writes_are_found() -> None:
    """The scan knows the writes it must look for (else it could find nothing to refuse)."""
    writes = store_writes()
    assert {
        "add_patient",
        "update_condition",
        "delete_note",
        "stop_medication",
        "set_visit_status",
        "move_route_stop",
        "complete_task",
        "review_care_plan",
        "add_to_care_team",
        "apply_import",
        "set_preferences",
        "restore_all",
    } <= writes
    assert not {"patient", "conditions", "visits_in", "list_rows", "care_team"} & writes
    assert {"fill", "import_files"} <= writing_functions(writes)


def test_the_scan_finds_a_write_made_around_the_door() -> None:
    writes = store_writes()
    functions = writing_functions(writes)
    source = (
        "self.caseload.store.patients.add_patient(p)\n"
        "store = caseload.store\n"
        "store.tasks.complete_task(3)\n"
        "keep = self.store.medications.stop_medication\n"
        "import_files(caseload.store, paths)\n"
        "caseload.store.patients.patient(3)\n"
        "caseload.add(record, 'Add patient')\n"
    )
    assert writes_outside_the_door(source, writes, functions) == [1, 3, 4, 5]


def test_no_module_of_the_window_writes_but_through_the_door() -> None:
    writes = store_writes()
    functions = writing_functions(writes)
    found = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        if path in _DOOR:
            continue
        for line in writes_outside_the_door(path.read_text(encoding="utf-8"), writes, functions):
            found.append(f"{path.relative_to(PACKAGE)}:{line}")
    assert not found, "writes outside the door (carebook.ui.commands, carebook.ui.changes)"
