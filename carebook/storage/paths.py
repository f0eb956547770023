"""Where the caseload lives: the platform's data folder, unless --db or CAREBOOK_DB says so."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "carebook"
DB_VARIABLE = "CAREBOOK_DB"
DEFAULT_FILE_NAME = "caseload.sqlite3"


def data_folder() -> Path:
    """The per-user folder for carebook's caseload and backups."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def private_data_folder() -> Path:
    """The data folder, made if need be, readable by its owner only (it holds the caseload,
    its backups and crash reports)."""
    folder = data_folder()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name != "nt" and folder.stat().st_mode & 0o077:
        os.chmod(folder, 0o700)  # mkdir's mode is narrowed by the umask, and it may be old
    return folder


def default_caseload() -> Path:
    return data_folder() / DEFAULT_FILE_NAME


def caseload_path(db_option: str | None) -> Path:
    """The caseload file to open: --db first, then $CAREBOOK_DB, then the data folder's default.

    Only the default's folder is created here; a folder the user named must already exist, so a
    typing mistake never scatters caseloads across the disk.
    """
    chosen = db_option or os.environ.get(DB_VARIABLE, "")
    if chosen:
        return Path(chosen).expanduser()
    private_data_folder()
    return default_caseload()
