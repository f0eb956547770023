"""Run carebook with `python -m carebook`."""

import sys

from carebook.cli import main

sys.exit(main())
