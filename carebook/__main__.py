"""Run carebook with `python -m carebook`."""

import sys

from carebook.cli.main import main

sys.exit(main())
