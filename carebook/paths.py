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
    path = default_caseload()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path
