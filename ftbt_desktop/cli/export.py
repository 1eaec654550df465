"""`ftbt-desktop export`: the families as JSON, to a file or standard output.

`--format pdf` is the family plan, made by `plan.py`; `--format fhir` a family's
or member's WHO-5 measures as FHIR, made by `who5.py`. The export is noted in
the vault's audit trail (storage/audit.py), and a file that cannot be noted
is not kept.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ftbt_desktop.cli import messages, plan, who5
from ftbt_desktop.cli.errors import CommandFailed, no_such_family
from ftbt_desktop.cli.exit_codes import ExitCode
from ftbt_desktop.cli.files import refuse_inside_data_dir, write_output
from ftbt_desktop.cli.output import say
from ftbt_desktop.cli.vault_access import open_vault
from ftbt_desktop.export.json_export import dumps_document, export_document
from ftbt_desktop.storage import audit
from ftbt_desktop.storage.errors import NotFound
from ftbt_desktop.storage.repository import Repository

COMMAND = "export"


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """The sub-command (JSON, or the plan PDF), for `dispatch.add_parsers`."""
    export = sub.add_parser(
        COMMAND,
        parents=[common],
        help=messages.export_help(),
        description=messages.export_description(),
    )
    export.add_argument(
        "--format",
        choices=["json", "pdf", "fhir"],
        default="json",
        help=messages.export_format_help(),
    )
    export.add_argument(
        "--audience",
        choices=["family", "supervisor"],
        default="family",
        help=messages.export_audience_help(),
    )
    export.add_argument(
        "-o",
        "--output",
        metavar=messages.file_metavar(),
        required=True,
        help=messages.export_output_help(),
    )
    export.add_argument("--family", metavar="ID", help=messages.export_family_help())
    export.add_argument("--member", metavar="ID", help=messages.export_member_help())


def cmd_export(args: argparse.Namespace, data_dir: Path) -> int:
    if getattr(args, "format", "json") == "pdf":
        return plan.cmd_export_pdf(args, data_dir)
    if getattr(args, "format", "json") == "fhir":
        return who5.cmd_export_fhir(args, data_dir)
    if getattr(args, "member", None):
        raise CommandFailed(ExitCode.USAGE, messages.member_only_fhir())
    to_stdout = args.output == "-"
    target = None if to_stdout else Path(args.output).expanduser()
    if target is not None:
        refuse_inside_data_dir(target, data_dir)
    vault = open_vault(data_dir)
    try:
        repo = Repository(vault)
        try:
            doc = export_document(repo, args.family)
        except NotFound:
            raise no_such_family(args.family) from None
        write_output(target, dumps_document(doc))
        # Into the audit trail once the data is out; a file that cannot be logged is not kept.
        try:
            audit.record_export(repo, audit.KIND_JSON, "json", [f["id"] for f in doc["families"]])
        except BaseException:
            if target is not None:
                target.unlink(missing_ok=True)
            raise
    finally:
        vault.close(backup=False)
    changes = sum(len(f["changes"]) for f in doc["families"])
    say(
        messages.exported(len(doc["families"]), changes, "-" if target is None else target),
        to_stderr=to_stdout,
    )
    say(messages.personal_data_warning(), to_stderr=to_stdout)
    return ExitCode.OK
