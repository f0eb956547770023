"""The files SQLite and carebook keep beside a caseload `c.sqlite3`, each by what it is.

One list, so that every part that must know them agrees: exports refuse to write over them,
a change of passphrase converts, seals or removes each, and opening tidies what a crash left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class Beside(Enum):
    """What a file beside the caseload is."""

    #: SQLite's -wal, -shm and -journal of the caseload itself: part of it while it is open.
    SQLITE = "sqlite"
    #: The lock the window and writing commands hold (no patient data in it).
    LOCK = "lock"
    #: A whole copy in the caseload's format: the backup made before an upgrade.
    BACKUP = "backup"
    #: A damaged caseload set aside (with its own -wal, -shm, -journal): kept as it is.
    DAMAGED = "damaged"
    #: A copy of a damaged write-ahead log, or a -wal or -journal left by a moved file.
    LOG_COPY = "log copy"
    #: A damaged copy or a log copy sealed inside a file protected by the passphrase.
    SEALED = "sealed"
    #: A temporary file of a change of passphrase that was cut short (a crash, a kill): the
    #: copy of the caseload being converted, or of a file being sealed.
    CONVERTING = "converting"


_KINDS = (
    (Beside.SEALED, re.compile(r"\..+\.sealed")),
    (Beside.CONVERTING, re.compile(r"\..+\.(?:un)?sealing")),
    (Beside.SQLITE, re.compile(r"-wal|-shm|-journal")),
    (Beside.LOCK, re.compile(r"\.lock")),
    (Beside.BACKUP, re.compile(r"\.before-.+\.bak")),
    (Beside.DAMAGED, re.compile(r"\.damaged(?:-\d+)?(?:-wal|-shm|-journal)?")),
    (Beside.LOG_COPY, re.compile(r"\.wal-damaged-[\w-]+|(?:-wal|-journal)\.orphaned(?:-\d+)?")),
)
_CONVERTING = re.compile(r"\.(.+)\.converting(?:-journal|-wal|-shm)?")


@dataclass(frozen=True, slots=True)
class FileBeside:
    path: Path
    kind: Beside


def kind_of(name: str, caseload_name: str) -> Beside | None:
    """What the file called `name` is to a caseload called `caseload_name` (None: not its)."""
    converting = _CONVERTING.fullmatch(name)
    if converting is not None and converting[1] == caseload_name:
        return Beside.CONVERTING
    if not name.startswith(caseload_name):
        return None
    rest = name[len(caseload_name) :]
    for kind, pattern in _KINDS:
        if pattern.fullmatch(rest):
            return kind
    return None


def files_beside(caseload: Path) -> list[FileBeside]:
    """The files beside `caseload` that belong to it, in name order."""
    caseload = Path(caseload)
    try:
        names = sorted(entry.name for entry in caseload.parent.iterdir())
    except OSError:
        return []
    found = []
    for name in names:
        kind = kind_of(name, caseload.name)
        if kind is not None:
            found.append(FileBeside(caseload.parent / name, kind))
    return found
