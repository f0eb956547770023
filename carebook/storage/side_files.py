"""The files SQLite keeps beside a database: removed with it, set aside with it, made durable."""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path

#: The files SQLite keeps beside a database while it is open or mid-write, which belong to it.
SIDE_FILES = ("-wal", "-journal", "-shm")


def remove_with_side_files(path: Path) -> None:
    """Delete a caseload-format file carebook made and gave up on, with its side files."""
    for suffix in ("", *SIDE_FILES):
        with suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def set_aside(path: Path) -> Path:
    """Rename a damaged caseload to `<name>.damaged`, untouched, with its side files; its new path.

    The -wal (changes not yet merged into the file), -journal and -shm move with it and keep their
    pairing (`<name>.damaged-wal`), so that nothing in them is lost, and nothing is left under the
    old name for a new or restored caseload to be paired with: SQLite would replay an old -wal
    into whatever file next takes that name. If `<name>.damaged` is taken, `.damaged-2`, … is
    used. Every connection to the file must be closed first.
    """
    path = Path(path).expanduser()
    if not path.is_file():
        raise FileNotFoundError(f"{path} is not a file that can be set aside")
    number = 1
    while True:
        target = path.with_name(path.name + (".damaged" if number == 1 else f".damaged-{number}"))
        if not any(Path(f"{target}{suffix}").exists() for suffix in ("", *SIDE_FILES)):
            break
        number += 1
    # The -wal and -journal go first: if the computer stops part-way, none of them is left under
    # the old name, paired with the next file to take it. The -shm (only an index of the -wal,
    # rebuilt from it) goes last.
    for suffix in ("-wal", "-journal"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.rename(side, f"{target}{suffix}")
    os.rename(path, target)
    shm = Path(f"{path}-shm")
    if shm.exists():
        os.rename(shm, f"{target}-shm")
    sync_folder(path.parent)
    return target


def sync_folder(folder: Path) -> None:
    """Make the renames and new files in `folder` durable (POSIX; Windows has no such call)."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
