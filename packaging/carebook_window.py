"""The built app's `carebook-window` program: the window alone, with no console on Windows."""

import sys

from carebook.cli.main import window

sys.exit(window())
