"""`ftbt-desktop export --format fhir`: a family's or member's WHO-5 measures as FHIR.

The resources follow KL's WHO-5 questionnaire (export/who5_fhir.py). Like every
export, the file is noted in the vault's audit trail, and a file that cannot be
noted is not kept.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ftbt_desktop.cli import messages
from ftbt_desktop.cli.errors import CommandFailed, no_such_family
from ftbt_desktop.cli.exit_codes import ExitCode
from ftbt_desktop.cli.files import refuse_inside_data_dir, write_output
from ftbt_desktop.cli.output import say
from ftbt_desktop.cli.vault_access import open_vault
from ftbt_desktop.export.who5_fhir import who5_export
from ftbt_desktop.storage import audit
from ftbt_desktop.storage.errors import NotFound
from ftbt_desktop.storage.repository import Repository


def cmd_export_fhir(args: argparse.Namespace, data_dir: Path) -> int:
    if not args.family:
        raise CommandFailed(ExitCode.USAGE, messages.fhir_needs_family())
    to_stdout = args.output == "-"
    target = None if to_stdout else Path(args.output).expanduser()
    if target is not None:
        refuse_inside_data_dir(target, data_dir)
    vault = open_vault(data_dir)
    try:
        repo = Repository(vault)
        try:
            export = who5_export(repo, args.family, args.member)
        except NotFound as exc:
            if args.member and str(exc) == args.member:
                raise CommandFailed(
                    ExitCode.NO_SUCH_FAMILY, messages.no_such_member(args.member)
                ) from None
            raise no_such_family(args.family) from None
        if not export.measures:
            raise CommandFailed(ExitCode.FILE_ERROR, messages.no_who5_measures())
        write_output(target, json.dumps(export.document, ensure_ascii=False, indent=2) + "\n")
        try:
            audit.record_export(repo, audit.KIND_WHO5_FHIR, "fhir", export.family_ids)
        except BaseException:
            if target is not None:
                target.unlink(missing_ok=True)
            raise
    finally:
        vault.close(backup=False)
    say(
        messages.exported_who5(export.measures, "-" if target is None else target),
        to_stderr=to_stdout,
    )
    say(messages.personal_data_warning(), to_stderr=to_stdout)
    return ExitCode.OK
