"""The one error a discharge file that cannot be read raises, saying what to fix."""

from __future__ import annotations


class DischargeFileError(Exception):
    """A discharge file that is not a readable medication list; the message names the file
    and says what to do about it."""
