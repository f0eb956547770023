"""`carebook import FILE... --kind fhir`: patient records from an EHR's FHIR download.

The files are FHIR R4 JSON (a Bundle of any type, or one resource) or bulk-data NDJSON (one
resource per line; .ndjson, .jsonl, or gzip of either), in any mix: references between them
resolve across the files, as a bulk export's one-file-per-type needs (see
carebook.interop.fhir.imports for what is read and how).

All or nothing: one error (a file or line that does not read, a resource that fails its checks
or the caseload's rules, a record whose patient is nowhere) and nothing is written; the report
lists each with its file and entry or line. --skip-invalid imports the rest, leaving out the
resources in error and what depends on them. Importing the same records again changes nothing:
what was imported before is found through the source identities kept for it and updated with
what the file gives, never made twice. carebook's own `export all --format fhir` is read and
written a patient at a time, in memory that does not grow with the caseload, still all or
nothing (one transaction).

Exit status: 0 imported (or, with --dry-run, would import); also with --skip-invalid when some
resources were left out. 1 nothing imported: errors (listed), or a write the caseload refused.
2 a usage problem, or the caseload open in the window; 3 a caseload file carebook cannot open.
The caseload is locked against the window while the import runs, unless --dry-run.
"""

from __future__ import annotations

import argparse
import tempfile
from contextlib import suppress
from pathlib import Path

from carebook.cli.common import open_store
from carebook.cli.refusal import CommandError
from carebook.core.errors import SaveError
from carebook.core.words import translate
from carebook.storage.paths import caseload_path
from carebook.storage.side_files import remove_with_side_files

EXIT_NOT_IMPORTED = 1
#: Findings of each kind listed one by one at most; the rest are counted.
LISTED = 200


def add_fhir_options(parser: argparse.ArgumentParser) -> None:
    """The options `run_fhir_import` reads, for a parser that does not have them yet
    (--dry-run and --skip-invalid; an option the parser has already is left as it is)."""
    for flag, said in (
        ("--dry-run", "check the files and report what the import would do, writing nothing"),
        (
            "--skip-invalid",
            "import what can be, leaving out the resources in error and what depends on them",
        ),
    ):
        with suppress(argparse.ArgumentError):  # the import command may have it already
            parser.add_argument(flag, action="store_true", help=said)


def run_fhir_import(paths: list[Path], args: argparse.Namespace) -> int:
    """Import the FHIR files `paths` into the caseload `args` names; the exit status.

    Reads `args.db` (through open_store), `args.dry_run` and `args.skip_invalid`.
    """
    # Loaded only by the command that needs it.
    from carebook.interop.fhir.imports import import_files

    if not paths:
        raise CommandError(
            translate(
                "CliFhirImport", "name the FHIR files to import (a Bundle's .json, or .ndjson)"
            )
        )
    files = [Path(path).expanduser() for path in paths]
    dry_run = bool(getattr(args, "dry_run", False))
    skip_invalid = bool(getattr(args, "skip_invalid", False))
    caseload = caseload_path(getattr(args, "db", None))
    if dry_run and not caseload.exists():
        # Nothing to compare with: plan against an empty caseload made aside, then dropped.
        from carebook.store.caseload import Store

        with tempfile.TemporaryDirectory(prefix="carebook-dry-run-") as folder:
            store = Store.open(Path(folder) / "caseload.sqlite3")
            # The records tried stay in memory until rolled back: spilled to this file's
            # journal, they would leave patient data in a temporary file.
            store.conn.execute("PRAGMA cache_spill = OFF")
            try:
                report = import_files(store, files, skip_invalid=skip_invalid, dry_run=True)
            finally:
                store.close()
    else:
        made = not caseload.exists()  # a new caseload, kept only if the import lands
        store = open_store(args, writing=not dry_run)
        try:
            report = import_files(store, files, skip_invalid=skip_invalid, dry_run=dry_run)
        except SaveError as error:
            store.close()
            if made:
                remove_with_side_files(caseload)
            print(
                translate("CliFhirImport", "Nothing was imported: {problem}").format(problem=error)
            )
            return EXIT_NOT_IMPORTED
        store.close()
        empty = report.applied is not None and not report.applied.changed_anything
        if made and (report.refused or (empty and not dry_run)):
            # A caseload made for this import and left empty is not kept.
            remove_with_side_files(caseload)
            if not report.refused:
                print(report.text(LISTED), end="")
                print(
                    translate(
                        "CliFhirImport",
                        "Nothing could be imported, so no caseload was made at {path}.",
                    ).format(path=caseload)
                )
                return EXIT_NOT_IMPORTED
    print(report.text(LISTED), end="")
    if report.refused:
        return EXIT_NOT_IMPORTED
    if not dry_run:
        print(translate("CliFhirImport", "Imported into {path}.").format(path=caseload))
    return 0
