"""How a long pass over a file reports its progress and hears that the user cancelled."""

from __future__ import annotations

from collections.abc import Callable

#: Called with (rows done, rows in all: an estimate until the end).
Progress = Callable[[int, int], None]
#: Asked now and then: True when the user cancelled.
Cancelled = Callable[[], bool]

#: How often (in rows) progress is reported and a cancel looked for.
CHECK_EVERY = 500


class ImportCancelled(Exception):
    """The user cancelled the planning; nothing was imported."""
