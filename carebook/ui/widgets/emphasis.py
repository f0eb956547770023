"""How a row of a list stands out: greyed when it is history, bold when it needs attention."""

from __future__ import annotations

from enum import Enum


class Emphasis(Enum):
    """How a whole row stands out: greyed when it is history, bold when it needs attention."""

    NONE = 0
    MUTED = 1
    ALERT = 2
