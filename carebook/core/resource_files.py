"""Where carebook's shipped files are: resources/ in a checkout, installed or in a built app."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

#: A file every copy of the resources has, to tell the folder from any other of that name.
_MARK = "carebook.svg"


@cache
def resource_root() -> Path:
    """The resources folder: inside the package once installed (the wheel puts it there),
    beside it in a checkout, and in the built app's own folder when frozen."""
    package = Path(__file__).resolve().parent.parent
    places = [package / "resources", package.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        places.insert(0, Path(frozen) / "resources")
    for place in places:
        if (place / _MARK).is_file():
            return place
    raise FileNotFoundError(
        "carebook's resources folder is missing (looked in "
        + ", ".join(str(place) for place in places)
        + "); reinstall carebook"
    )


def resource(*parts: str) -> Path:
    """A shipped file or folder, by its path under resources/."""
    return resource_root().joinpath(*parts)
