"""The two refusals every layer speaks: a change the file would not take, and input to fix."""

from __future__ import annotations


class SaveError(Exception):
    """The caseload file refused a change (disk full, read-only, locked); nothing was saved."""


class ValidationError(ValueError):
    """Input a coordinator must fix; the message says what and how, `field` says where."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field
