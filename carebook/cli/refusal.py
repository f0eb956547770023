"""How a command stops: a problem the user can fix, in one line, and the exit statuses."""

from __future__ import annotations

#: A command that could not do its work (a full disk, a file it could not write).
EXIT_FAILED = 1


EXIT_USAGE = 2


EXIT_BAD_FILE = 3


#: Stopped with Ctrl+C (as a shell reports SIGINT).
EXIT_INTERRUPTED = 130


class CommandError(Exception):
    """A problem the user can fix; printed as one line, never a traceback."""
