"""The built app's `carebook` program: the command line, or the window with no sub-command."""

import sys

from carebook.cli.main import main

sys.exit(main())
