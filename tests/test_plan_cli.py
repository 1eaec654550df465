"""`ftbt-desktop export --format pdf` as a real subprocess: exit codes, the file,
the audit entry, and no display needed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from clitools import PASSPHRASE, TIMEOUT, cli_env, make_demo_vault, run_cli
from pdf_text import page_count
from plan_pdf_helpers import page_texts

from ftbt_desktop.storage.audit import KIND_PLAN_PDF, list_exports
from ftbt_desktop.storage.errors import VaultLocked
from ftbt_desktop.storage.vault import Vault


def _family_id(data_dir: Path) -> str:
    doc = json.loads(run_cli("export", "--data-dir", data_dir, "-o", "-").stdout)
    return str(doc["families"][0]["id"])


def test_export_pdf_for_the_family_and_the_supervisor(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    family_id = _family_id(data_dir)

    for audience in ("family", "supervisor"):
        target = tmp_path / f"plan-{audience}.pdf"
        result = run_cli(
            "export", "--data-dir", data_dir, "--family", family_id, "--format", "pdf",
            "--audience", audience, "-o", target,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert target.read_bytes().startswith(b"%PDF")
        pages = page_count(target.read_bytes())
        assert pages >= 3
        assert f"Pages: {pages}." in result.stdout
        assert "personal data" in result.stdout and "encrypted folder" in result.stdout
        assert target.stat().st_mode & 0o077 == 0
        assert all("Confidential—containspersonaldata" in t for t in page_texts(target))

    vault = Vault.open(data_dir, PASSPHRASE)
    try:
        entries = [e for e in list_exports(vault) if e.kind == KIND_PLAN_PDF]
    finally:
        vault.close(backup=False)
    assert sorted(e.audience or "" for e in entries) == ["family", "supervisor"]
    assert all(e.family_ids == (family_id,) and e.format == "pdf" for e in entries)


def test_export_pdf_refusals_have_their_exit_codes(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    family_id = _family_id(data_dir)
    target = tmp_path / "plan.pdf"

    no_family = run_cli("export", "--data-dir", data_dir, "--format", "pdf", "-o", target)
    assert no_family.returncode == 64
    assert "--family ID" in no_family.stderr

    unknown = run_cli(
        "export", "--data-dir", data_dir, "--format", "pdf", "--family", "nobody", "-o", target
    )
    assert unknown.returncode == 7
    assert "no family with the id nobody" in unknown.stderr

    to_stdout = run_cli(
        "export", "--data-dir", data_dir, "--format", "pdf", "--family", family_id, "-o", "-"
    )
    assert to_stdout.returncode == 64
    assert to_stdout.stdout == ""

    inside = run_cli(
        "export", "--data-dir", data_dir, "--format", "pdf", "--family", family_id,
        "-o", data_dir / "plan.pdf",
    )  # fmt: skip
    assert inside.returncode == 5
    assert not (data_dir / "plan.pdf").exists()
    assert not target.exists()

    bad_audience = run_cli(
        "export", "--data-dir", data_dir, "--format", "pdf", "--family", family_id,
        "--audience", "everyone", "-o", target,
    )  # fmt: skip
    assert bad_audience.returncode == 64


def test_export_pdf_without_a_display_falls_back_to_offscreen(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    env = cli_env()
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    target = tmp_path / "plan.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "ftbt_desktop", "export", "--data-dir", str(data_dir),
         "--family", _family_id(data_dir), "--format", "pdf", "-o", str(target)],
        env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert page_count(target.read_bytes()) >= 3


def test_an_export_that_cannot_be_logged_is_not_kept(
    tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The plan PDF and the JSON export, run in this process with the audit trail
    refusing: neither file is left behind."""
    import argparse

    from ftbt_desktop.cli import export, plan
    from ftbt_desktop.storage import audit

    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    family_id = _family_id(data_dir)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise VaultLocked("the audit trail")

    monkeypatch.setattr(audit, "record_export", refuse)
    monkeypatch.setenv("FTBT_PASSPHRASE", PASSPHRASE)
    pdf, json_file = tmp_path / "plan.pdf", tmp_path / "family.json"
    pdf_args = argparse.Namespace(
        family=family_id, output=str(pdf), audience="family", format="pdf"
    )
    with pytest.raises(VaultLocked):
        plan.cmd_export_pdf(pdf_args, data_dir)
    json_args = argparse.Namespace(family=family_id, output=str(json_file), format="json")
    with pytest.raises(VaultLocked):
        export.cmd_export(json_args, data_dir)
    assert not pdf.exists() and not json_file.exists()
