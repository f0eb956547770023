"""When carebook fails unexpectedly: a plain message, and a private report of where, never what.

Python's own traceback prints the exception's message, and SQLite's messages can quote the row
being read ("Could not decode to UTF-8 column 'given' with text '…'"): a patient's name, phone
and postcode on the terminal or in a log. So no uncaught exception reaches the terminal or a
log as Python would print it. Instead the user reads one line saying that carebook stopped and
where its report is; the report (readable by its owner only) holds where in carebook's code it
happened — the kind of exception and the stack of file, line and function — and nothing of the
values involved: no exception message, no local variables.
"""

from __future__ import annotations

import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from carebook import __version__
from carebook.core.words import translate
from carebook.storage.paths import private_data_folder

#: How many reports are kept; older ones are removed when a new one is written.
KEEP_REPORTS = 20
#: Exit status of a command that stopped on an unexpected error (BSD's EX_SOFTWARE).
EXIT_CRASH = 70


def reports_folder() -> Path:
    """The folder of crash reports, made readable by its owner only."""
    folder = private_data_folder() / "crash-reports"
    folder.mkdir(mode=0o700, exist_ok=True)
    os.chmod(folder, 0o700)  # mkdir's mode is narrowed by the umask, and the folder may be old
    return folder


def describe(error: BaseException) -> str:
    """The report's text: versions, then each exception's kind and stack, no values."""
    now = datetime.now().astimezone()
    lines = [
        f"carebook {__version__} crash report, {now:%Y-%m-%d %H:%M:%S %z}",
        f"Python {platform.python_version()} on {platform.platform(terse=True)}",
        "Exception messages and values are left out: they can hold patient data.",
        "",
    ]
    seen: set[int] = set()
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or current.__context__
    for position, link in enumerate(reversed(chain)):
        if position:
            lines.append("which led to:")
        lines.append(f"{type(link).__module__}.{type(link).__qualname__}")
        lines += _frames(link.__traceback__)
    return "\n".join(lines) + "\n"


def _frames(stack: TracebackType | None) -> list[str]:
    lines = []
    for frame in traceback.extract_tb(stack):
        lines.append(f'  File "{_short(frame.filename)}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            lines.append(f"    {frame.line.strip()}")
    return lines


def _short(filename: str) -> str:
    """A file's path from its package on (no home folder or user name in the report)."""
    parts = Path(filename).parts
    for anchor in ("carebook", "site-packages", "lib"):
        if anchor in parts:
            return "/".join(parts[len(parts) - parts[::-1].index(anchor) - 1 :])
    return Path(filename).name


def write(error: BaseException) -> Path | None:
    """Write the report of `error` (0600 from the start); its path, or None if none could be."""
    try:
        folder = reports_folder()
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        for number in range(1, 100):
            path = folder / (f"crash-{stamp}.txt" if number == 1 else f"crash-{stamp}-{number}.txt")
            try:
                descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                continue
            with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
                stream.write(describe(error))
            _thin_out(folder)
            return path
    except OSError:
        pass
    return None


def _thin_out(folder: Path) -> None:
    reports = sorted(folder.glob("crash-*.txt"), key=lambda path: path.name, reverse=True)
    for old in reports[KEEP_REPORTS:]:
        old.unlink(missing_ok=True)


def message(error: BaseException, report: Path | None, *, stopped: bool = True) -> str:
    """What the user reads: what happened, that what was saved is kept, where to look."""
    where = (
        translate(
            "CrashReport",
            "A report of where it happened (with no patient information) is in {report}.",
        ).format(report=report)
        if report is not None
        else translate("CrashReport", "No report could be written.")
    )
    kind = type(error).__name__
    what = (
        translate(
            "CrashReport",
            "carebook stopped because of a problem it did not expect ({kind}); "
            "anything already saved is kept.",
        )
        if stopped
        else translate(
            "CrashReport",
            "carebook met a problem it did not expect ({kind}); anything already saved is kept.",
        )
    )
    return f"{what.format(kind=kind)} {where}"


def handle(error: BaseException, *, stopped: bool = True) -> str:
    """Write the report of `error` and return the message to show for it."""
    return message(error, write(error), stopped=stopped)


def install_hook(show: Callable[[str], None] | None = None) -> None:
    """Make every uncaught exception (the window's, a worker thread's) go to a report.

    `show` is also given the message (the window puts it in a dialog); the terminal gets it
    in any case.
    """

    def report(error: BaseException) -> None:
        if isinstance(error, KeyboardInterrupt):
            print(translate("CrashReport", "carebook: interrupted"), file=sys.stderr)
            return
        text = handle(error, stopped=show is None)
        print(f"carebook: {text}", file=sys.stderr)
        if show is not None:
            show(text)

    def hook(_kind: type[BaseException], error: BaseException, stack: TracebackType | None) -> None:
        report(error if error.__traceback__ is not None else error.with_traceback(stack))

    def thread_hook(arguments: threading.ExceptHookArgs) -> None:
        if arguments.exc_value is not None:
            report(arguments.exc_value)

    sys.excepthook = hook
    threading.excepthook = thread_hook
