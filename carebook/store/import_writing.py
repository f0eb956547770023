"""Writing a large import away from the window: how far it is, stopping it, its own connection."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TypeVar

from carebook.storage.connection import connect, read_text_leniently, set_pragmas
from carebook.store.base import OpenCaseload

T = TypeVar("T")

#: How often (in records written) an import says how far it is and looks whether to stop.
REPORT_EVERY = 1_000


class ImportStopped(Exception):
    """The coordinator stopped the import while it was written: nothing of it was written."""


@dataclass(slots=True)
class WriteProgress:
    """What an import being written tells (records written of all) and asks (whether to stop).

    Both are called on the thread that writes; a stop rolls the whole import back.
    """

    total: int
    report: Callable[[int, int], None] = lambda _done, _total: None
    stop_wanted: Callable[[], bool] = lambda: False
    done: int = 0

    def counted(self, records: Iterable[T]) -> Iterator[T]:
        """`records`, told as they are written (ImportStopped when a stop is wanted)."""
        for record in records:
            yield record
            self.done += 1
            if self.done % REPORT_EVERY == 0:
                self.look()

    def look(self) -> None:
        if self.stop_wanted():
            raise ImportStopped
        self.report(self.done, self.total)


@contextmanager
def second_connection(caseload: OpenCaseload) -> Iterator[OpenCaseload]:
    """The open caseload over a connection of its own to the same file (and the same
    passphrase and clock), for reading or writing on another thread: the window's connection
    is never shared between threads. In WAL mode the window keeps reading while this writes."""
    conn = connect(caseload.path, caseload.passphrase)
    try:
        read_text_leniently(conn)
        set_pragmas(conn)
        # The same kind of database object as the window's, over the new connection.
        db = type(caseload.db)(conn)
        yield replace(caseload, db=db, notices=[])
    finally:
        conn.close()
