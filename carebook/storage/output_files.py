"""Writing a report or an export: never over the caseload's own files, and whole or not at all.

Every file carebook writes for the user (a PDF, an HTML page, a CSV list, a calendar, FHIR)
goes through here, from the command line and the window alike:

- `refuse_own_files` refuses a path that is, by any spelling (a symbolic link, `..`, a hard
  link), the caseload, a file SQLite keeps beside it, its lock, a file carebook keeps beside it
  (backups before an upgrade, a damaged copy set aside), anything in the backups folder, or
  any other carebook caseload. Renamed over it, the export would have replaced the caseload.
- `write_whole` writes to a temporary file beside the target (owner-only from the start),
  checks what was written where a check is given (a PDF is read back), syncs it to the disk,
  and only then renames it over the target. On any failure the temporary file is removed, an
  earlier file of that name is left as it was, and the error says why.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO, TypeVar

from carebook.core.words import translate
from carebook.storage.files_beside import kind_of
from carebook.storage.paths import data_folder
from carebook.storage.schema import APPLICATION_ID

_T = TypeVar("_T")

_SQLITE_MAGIC = b"SQLite format 3\x00"


class OutputRefused(Exception):
    """An output path that would overwrite the caseload or one of its files; one line."""


def refuse_own_files(output: Path, caseload: Path, *, replacing_backups: bool = False) -> None:
    """Raise OutputRefused if writing `output` would replace a file of `caseload` (see above).

    `replacing_backups` lets a backup be written over another caseload file (an older backup
    the user names), though never over this caseload's own files.
    """
    output = Path(output).expanduser()
    target = Path(os.path.realpath(output))
    home = Path(os.path.realpath(Path(caseload).expanduser()))
    if target == home:
        raise OutputRefused(
            translate(
                "OutputFiles",
                "cannot write {path}: it is the caseload itself; choose another file name",
            ).format(path=output)
        )
    if target.parent == home.parent and _beside(target.name, home.name):
        raise OutputRefused(
            translate(
                "OutputFiles",
                "cannot write {path}: it is a file carebook keeps beside the caseload; "
                "choose another file name",
            ).format(path=output)
        )
    for folder in _backup_folders():
        if target == folder or folder in target.parents:
            raise OutputRefused(
                translate(
                    "OutputFiles",
                    "cannot write {path}: it is in carebook's backups folder; "
                    "choose another folder",
                ).format(path=output)
            )
    if target.exists():
        _refuse_same_file(output, target, home, replacing_backups)


def _refuse_same_file(output: Path, target: Path, home: Path, replacing_backups: bool) -> None:
    try:
        here = os.stat(target)
    except OSError:
        return
    for own in _own_files(home):
        try:
            there = os.stat(own)
        except OSError:
            continue
        if (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino):
            raise OutputRefused(
                translate(
                    "OutputFiles",
                    "cannot write {path}: it is the caseload (or one of its "
                    "files) under another name; choose another file name",
                ).format(path=output)
            )
    if not replacing_backups and target.is_file() and _is_caseload(target):
        raise OutputRefused(
            translate(
                "OutputFiles",
                "cannot write {path}: it is a carebook caseload; choose another file name",
            ).format(path=output)
        )


def _beside(name: str, caseload_name: str) -> bool:
    """Whether `name` is one of the files kept beside a caseload named `caseload_name`."""

    return kind_of(name, caseload_name) is not None


def _own_files(home: Path) -> Iterator[Path]:
    yield home
    try:
        beside = list(home.parent.iterdir())
    except OSError:
        beside = []
    for path in beside:
        if _beside(path.name, home.name):
            yield path


def _backup_folders() -> list[Path]:

    return [Path(os.path.realpath(data_folder() / "backups"))]


def _is_caseload(path: Path) -> bool:
    """A SQLite file marked as carebook's (a plain caseload or one of its backups)."""

    try:
        with path.open("rb") as stream:
            header = stream.read(100)
    except OSError:
        return False
    return (
        header.startswith(_SQLITE_MAGIC)
        and len(header) == 100
        and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )


def write_whole(
    path: Path, write: Callable[[TextIO], _T], check: Callable[[Path, _T], str | None] | None = None
) -> _T:
    """Let `write` write `path` as UTF-8 text through a stream, whole or not at all (see the
    module's notes).

    `check(temporary, result)` reads back what was written and says what is wrong with it
    (None when it is whole). Returns what `write` returned. OSError (with the reason) when
    the file cannot be written whole.
    """
    with temporary_beside(path) as temporary:
        with open(temporary, "w", encoding="utf-8", newline="\n") as stream:
            result = write(stream)
        put_in_place(
            temporary, path, None if check is None else (lambda written: check(written, result))
        )
    return result


@contextmanager
def temporary_beside(path: Path) -> Iterator[Path]:
    """A new empty file beside `path`, readable by its owner only from the start; removed on
    leaving unless `put_in_place` has renamed it."""
    folder = Path(path).parent
    if not folder.is_dir():
        raise FileNotFoundError(2, "the folder does not exist", str(folder))
    # mkstemp creates the file 0600 before a byte of health information is in it.
    handle, name = tempfile.mkstemp(prefix=f".{Path(path).name}.", suffix=".part", dir=folder)
    os.close(handle)
    try:
        yield Path(name)
    finally:
        Path(name).unlink(missing_ok=True)


def put_in_place(
    temporary: Path, path: Path, check: Callable[[Path], str | None] | None = None
) -> None:
    """Check, sync and rename the written `temporary` over `path` (see `write_whole`)."""
    problem = check(temporary) if check is not None else None
    if problem is not None:
        said = (
            translate(
                "OutputFiles",
                "{problem}{space}; {name} was not written and the earlier file is left as it was",
            )
            if path.exists()
            else translate("OutputFiles", "{problem}{space}; {name} was not written")
        )
        raise OSError(said.format(problem=problem, space=_space_left(path), name=path.name))
    descriptor = os.open(temporary, os.O_RDWR)  # Windows flushes only a file open for writing
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    os.replace(temporary, path)
    if os.name != "nt":
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _space_left(path: Path) -> str:
    try:
        free = shutil.disk_usage(path.parent).free
    except OSError:
        return ""
    if free > 16 * 1024 * 1024:
        return ""
    return translate("OutputFiles", " (the disk is full: {kb} KB free)").format(
        kb=f"{free // 1024:,}"
    )
