"""carebook: an offline caseload organizer for care coordinators."""

import sys

__version__ = "0.1.0"


def _sqlite_utils_without_numpy() -> None:
    """Load sqlite-utils with numpy and pandas marked absent, then make them importable again.

    sqlite-utils imports both when they are installed, to store their numbers; carebook never
    hands it one, and numpy (installed for the charts) would cost every start about 50 ms.
    Every command and the window load sqlite-utils anyway, so it is loaded here, once.
    """
    if "sqlite_utils" in sys.modules or "numpy" in sys.modules:
        return
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import sqlite_utils.db  # noqa: F401  (loaded here, so that numpy stays out)
    finally:
        for name in hidden:
            if sys.modules.get(name) is None:
                del sys.modules[name]


_sqlite_utils_without_numpy()
