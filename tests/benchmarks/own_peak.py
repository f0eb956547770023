"""Run a carebook command as a user would, timed, with the peak memory of that command alone."""

from __future__ import annotations

import os
import subprocess
import sys
import time

#: `carebook` run as the command would be, then its own peak memory (Linux's VmHWM, in KiB).
#: Not the exit's resource usage: a child started from a large test process counts that
#: process's memory as its own until it runs the new program, and RUSAGE_CHILDREN is the
#: largest of every child the tests have started.
_WITH_PEAK = """
import sys
from carebook.cli.main import main
code = main(sys.argv[1:])
with open("/proc/self/status", encoding="ascii") as status:
    peak = next(line for line in status if line.startswith("VmHWM:")).split()[1]
print(f"peak_kib {peak}", file=sys.stderr)
sys.exit(code)
"""


def run_carebook(*arguments: str) -> tuple[float, float]:
    """Run `carebook ARGUMENTS`: (seconds it took, its own peak resident memory in MiB)."""
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _WITH_PEAK, *arguments],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    seconds = time.perf_counter() - began
    assert done.returncode == 0, done.stderr
    return seconds, int(done.stderr.strip().splitlines()[-1].split()[-1]) / 1024
