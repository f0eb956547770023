"""`carebook demo`: fill an empty caseload with the synthetic sample."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from carebook.cli.common import open_store
from carebook.cli.refusal import CommandError
from carebook.core.words import translate


def add_parsers(commands: Any, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add `demo` to the sub-commands."""
    demo = commands.add_parser(
        "demo",
        help=translate("CliSample", "fill an empty caseload with a realistic synthetic sample"),
        description=translate(
            "CliSample", "Fill an empty caseload with a deterministic synthetic sample caseload."
        ),
    )
    db_option(demo)
    demo.add_argument(
        "--patients",
        type=int,
        default=40,
        metavar="N",
        help=translate("CliSample", "how many patients (default: 40)"),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help=translate(
            "CliSample", "random seed; the same seed gives the same caseload (default: 1)"
        ),
    )
    demo.add_argument(
        "--force",
        action="store_true",
        help=translate("CliSample", "add the sample even though the caseload already has records"),
    )


def run(args: argparse.Namespace) -> int:
    from carebook.sample.demo import NotEmptyError, fill  # loaded only by the command that needs it

    if not 1 <= args.patients <= 100_000:
        raise CommandError(translate("CliSample", "--patients must be between 1 and 100000"))
    began = time.perf_counter()
    store = open_store(args, writing=True)
    try:
        counts = fill(store, patients=args.patients, seed=args.seed, force=args.force)
    except NotEmptyError as error:
        raise CommandError(str(error)) from None
    finally:
        store.close()
    print(
        translate(
            "CliSample",
            "Sample caseload written to {path} in {seconds} s: "
            "{patients} patients, {contacts} contacts, "
            "{medications} medications, {appointments} appointments "
            "({visits} visits laid out), {tasks} tasks, "
            "{care_plans} care plans.",
        ).format(
            path=store.path,
            seconds=f"{time.perf_counter() - began:.1f}",
            patients=counts.patients,
            contacts=counts.contacts,
            medications=counts.medications,
            appointments=counts.appointments,
            visits=counts.occurrences,
            tasks=counts.tasks,
            care_plans=counts.care_plans,
        )
    )
    return 0
