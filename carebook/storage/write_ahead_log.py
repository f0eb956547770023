"""A caseload's write-ahead log read before SQLite reads it, so that damage in it is not lost.

SQLite keeps each committed change in the `-wal` file beside the caseload until it is copied
into the caseload itself. When the log is left behind (the computer stopped, carebook was
killed), the next opener reads it frame by frame, checking each frame's checksum, and keeps
the changes up to the first frame that fails: anything after it is dropped without a word,
and overwritten by the next change. A damaged frame in the middle of the log (a bad sector, a
copy cut short) thus silently loses every change committed after it.

So before a caseload is opened its log is read here the same way. When a frame of the log's
own run fails its checksum and a commit follows it (or it is one), a copy of the log is kept
aside as `<caseload>.wal-damaged-<stamp>` (owner-only) and the user is told up to which
change the caseload was recovered. `carebook check` reports the same without changing a byte.
"""

from __future__ import annotations

import os
import shutil
import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from carebook.core.words import translate

_MAGIC_LITTLE, _MAGIC_BIG = 0x377F0682, 0x377F0683
_HEADER = 32
_FRAME_HEADER = 24
#: Logs larger than this are not read here (SQLite keeps them far smaller).
_LARGEST = 1024 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class LogDamage:
    """A log that loses committed changes: how many read, how many there were after them."""

    readable: int
    lost: int

    def describe(self) -> str:
        """ "The caseload's write-ahead log … cannot be read.", translated."""
        return translate(
            "WriteAheadLog",
            "The caseload's write-ahead log (-wal) is damaged after change {readable} of the "
            "{total} it holds, so the last {lost} cannot be read.",
        ).format(readable=self.readable, total=self.readable + self.lost, lost=self.lost)


def damage_in(wal: Path) -> LogDamage | None:
    """The damage in the log at `wal` that would lose committed changes, or None."""
    try:
        size = wal.stat().st_size
        if size <= _HEADER or size > _LARGEST:
            return None
        data = wal.read_bytes()
    except OSError:
        return None
    magic, _version, page_size = struct.unpack(">III", data[:12])
    if magic not in (_MAGIC_LITTLE, _MAGIC_BIG) or page_size < 512 or page_size & (page_size - 1):
        return None
    order = ">" if magic == _MAGIC_BIG else "<"
    salts = data[16:24]
    first, second = _checksum(order, data[:24], 0, 0)
    if (first, second) != struct.unpack(">II", data[24:32]):
        return None  # a header that fails: SQLite ignores the whole log, and so do we
    frame_size = _FRAME_HEADER + page_size
    readable = 0
    position = _HEADER
    while position + frame_size <= len(data):
        header = data[position : position + _FRAME_HEADER]
        if header[8:16] != salts:
            return None  # the log's own run ends here; what follows is an older run's
        first, second = _checksum(order, header[:8], first, second)
        first, second = _checksum(
            order, data[position + _FRAME_HEADER : position + frame_size], first, second
        )
        if (first, second) != struct.unpack(">II", header[16:24]):
            lost = _commits_from(data, position, frame_size, salts)
            return LogDamage(readable, lost) if lost else None
        if struct.unpack(">I", header[4:8])[0]:
            readable += 1
        position += frame_size
    return None


def _commits_from(data: bytes, position: int, frame_size: int, salts: bytes) -> int:
    """Commit frames of the log's run from `position` on (the changes that would be lost)."""
    commits = 0
    while position + frame_size <= len(data):
        header = data[position : position + _FRAME_HEADER]
        if header[8:16] != salts:
            break
        if struct.unpack(">I", header[4:8])[0]:
            commits += 1
        position += frame_size
    return commits


def _checksum(order: str, data: bytes, first: int, second: int) -> tuple[int, int]:
    """SQLite's running checksum of the log over `data` (pairs of 32-bit words)."""
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for index in range(0, len(words), 2):
        first = (first + words[index] + second) & 0xFFFFFFFF
        second = (second + words[index + 1] + first) & 0xFFFFFFFF
    return first, second


def keep_damaged_log(caseload: Path) -> str | None:
    """Keep a copy of the caseload's damaged log aside before SQLite drops what it cannot read;
    what to tell the user, or None when the log (if any) is sound."""
    wal = Path(f"{caseload}-wal")
    damage = damage_in(wal)
    if damage is None:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    copy = caseload.with_name(f"{caseload.name}.wal-damaged-{stamp}")
    try:
        descriptor = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as stream, wal.open("rb") as source:
            shutil.copyfileobj(source, stream)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as error:
        return (
            damage.describe()
            + " "
            + translate(
                "WriteAheadLog",
                "carebook opened it as it stood after change {readable}, but could not keep a "
                "copy of the damaged log ({error}).",
            ).format(readable=damage.readable, error=error.strerror or error)
        )
    return (
        damage.describe()
        + " "
        + translate(
            "WriteAheadLog",
            "carebook opened it as it stood after change {readable}; the damaged log is kept as "
            "{copy} beside it, so that nothing in it is lost (a data-recovery specialist may "
            "read the rest from it).",
        ).format(readable=damage.readable, copy=copy.name)
    )
