"""The built app's `carebook` program: the command line, or the window with no sub-command.

On Linux, where a program needs no separate windowed build, `carebook-window` is a link to
this one (each program carries all of carebook's code, 13 MB); started by that name, it is
the window alone, as `carebook.cli.main:window`.
"""

import sys
from pathlib import Path

from carebook.cli.main import main, window

if Path(sys.argv[0]).name.startswith("carebook-window"):
    sys.exit(window())
sys.exit(main())
