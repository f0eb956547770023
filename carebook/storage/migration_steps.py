"""The caseload's list of migration steps, known and checked without loading sqlite-utils."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from sqlite_utils import Database

#: sqlite-utils' own record of the steps applied (its table and columns, kept compatible).
APPLIED_TABLE = "_sqlite_migrations"

Step = TypeVar("Step", bound=Callable[..., None])


class MigrationSteps:
    """The steps, in the order they run, each recorded once applied.

    Registering and checking is plain Python and one query, so opening an up-to-date caseload
    costs nothing more; sqlite-utils' Migrations runs the steps when one is pending, and keeps
    the record in the table it always has.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self._steps: list[tuple[str, Callable[..., None], bool]] = []

    def __call__(self, *, transactional: bool = True) -> Callable[[Step], Step]:
        """Register the decorated function as the next step (its name is the step's); one that
        is not `transactional` manages its own transactions (a table rebuilt with its foreign
        keys off, say)."""

        def register(step: Step) -> Step:
            if step.__name__ in self.names:
                raise ValueError(f"migration step {step.__name__} is registered twice")
            self._steps.append((step.__name__, step, transactional))
            return step

        return register

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(step[0] for step in self._steps)

    def applied(self, conn: sqlite3.Connection) -> set[str]:
        """The names of the steps this caseload has had (none for a new file)."""
        listed = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [APPLIED_TABLE]
        ).fetchone()
        if listed is None:
            return set()
        return {
            row[0]
            for row in conn.execute(
                f"SELECT name FROM {APPLIED_TABLE} WHERE migration_set = ?", [self.name]
            )
        }

    def pending(self, conn: sqlite3.Connection) -> list[str]:
        """The steps still to run, in order."""
        done = self.applied(conn)
        return [name for name in self.names if name not in done]

    def apply(self, conn: sqlite3.Connection, stop_before: str | None = None) -> None:
        """Run the pending steps (up to `stop_before`), each in its own transaction."""
        database = _database(conn)
        # Imported only here: a caseload with nothing to migrate never loads sqlite-utils.
        from sqlite_utils.migrations import Migrations

        runner = Migrations(self.name)
        for name, step, transactional in self._steps:
            runner(name=name, transactional=transactional)(step)
        runner.apply(database, stop_before=stop_before)


def _database(conn: sqlite3.Connection) -> Database:
    """sqlite-utils' Database over `conn`, with no other package's plugin loaded into carebook."""
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    # sqlite-utils imports numpy and pandas when installed, to store their numbers; carebook
    # never hands it one, and numpy alone would cost a migration about 50 ms.
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        # Imported only here: a caseload with nothing to migrate never loads sqlite-utils.
        import sqlite_utils.plugins
        from sqlite_utils import Database
    finally:
        for name in hidden:
            if sys.modules.get(name) is None:
                del sys.modules[name]
    # Marked as loaded so that sqlite-utils never scans for and runs other packages' plugins.
    sqlite_utils.plugins._plugins_loaded = True
    database: Any = Database(conn, execute_plugins=False)
    result: Database = database
    return result
