"""`ftbt-desktop report` as a real subprocess: files, exit codes, the audit trail; and the
JSON export's audit entry."""

from __future__ import annotations

import csv
import io
import stat
import unicodedata
from pathlib import Path

import pytest
from clitools import PASSPHRASE, run_cli, snapshot, use_language
from pdf_text import pdf_text
from report_cohort import Cohort, build_cohort

from ftbt_desktop.cli.report import wants_gui
from ftbt_desktop.settings import Settings, save_settings
from ftbt_desktop.storage import audit, keys
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault


@pytest.fixture
def vault_dir(tmp_path: Path) -> tuple[Path, Cohort]:
    data_dir = tmp_path / "data"
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    try:
        cohort = build_cohort(Repository(vault))
    finally:
        vault.close(backup=False)
    use_language(data_dir, "en")
    return data_dir, cohort


def exports(data_dir: Path) -> list[audit.ExportRecord]:
    vault = Vault.open(data_dir, PASSPHRASE)
    try:
        return audit.list_exports(vault)
    finally:
        vault.close(backup=False)


def assert_clean(result: object) -> None:
    stderr = getattr(result, "stderr", "")
    assert "Traceback" not in stderr


def test_report_writes_pdf_and_csv_for_chosen_families_and_audits_them(
    vault_dir: tuple[Path, Cohort], tmp_path: Path
) -> None:
    data_dir, cohort = vault_dir
    chosen = cohort.family_ids[:6]
    pdf, csv_path = tmp_path / "out" / "report.pdf", tmp_path / "out" / "report.csv"
    pdf.parent.mkdir()
    result = run_cli(
        "report",
        "--data-dir",
        data_dir,
        "--from",
        "2024-01-01",
        "--to",
        "31.12.2025",
        "--family",
        *chosen[:3],
        "--family",
        *chosen[3:],
        "-o",
        pdf,
        "--csv",
        csv_path,
    )
    assert result.returncode == 0, result.stderr
    assert_clean(result)
    assert "Outcome report written. Families: 6." in result.stdout
    assert "personal data" in result.stdout and "encrypted folder" in result.stdout
    assert pdf.read_bytes().startswith(b"%PDF")
    for path in (pdf, csv_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    rows = list(csv.reader(io.StringIO(csv_path.read_text("utf-8-sig")), delimiter=";"))
    figures = {row[1]: [row[2], row[4], row[5]] for row in rows}
    assert figures["Families"][:2] == ["6", "6"]
    start, end = figures["Period"][0].split(" – ")
    assert "2024" in start and "1" in start and "2025" in end and "31" in end
    entries = exports(data_dir)
    assert sorted(e.format for e in entries) == ["csv", "pdf"]
    assert {e.kind for e in entries} == {"outcome_report"}
    assert all(e.family_ids == tuple(sorted(chosen)) for e in entries)
    for secret in cohort.secrets():
        assert secret not in result.stdout + result.stderr


def test_report_states_and_uses_the_data_folders_self_support_setting(
    vault_dir: tuple[Path, Cohort], tmp_path: Path
) -> None:
    data_dir, _ = vault_dir
    setting = Settings(
        language="en", su_counts_self_supporting=False, fleksjob_counts_self_supporting=True
    )
    save_settings(data_dir, setting)
    pdf, csv_path = tmp_path / "report.pdf", tmp_path / "report.csv"
    result = run_cli("report", "--data-dir", data_dir, "-o", pdf, "--csv", csv_path)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(csv_path.read_text("utf-8-sig")), delimiter=";"))
    figures = {row[1]: [row[2], row[4], row[5]] for row in rows}
    # Latest status: mother 8's SU no longer counts, mother 10's fleksjob does: 13 of 18.
    assert figures["Self-supporting at the latest status"][:2] == ["72 %", "18"]
    for label in ("Self-supporting at the first status", "Self-supporting at the latest status"):
        words = figures[label][2]
        assert "Counted as self-supporting: employed, in education, flex job (fleksjob)." in words
        assert "SU does not count as self-supporting; fleksjob counts" in words
    text = unicodedata.normalize("NFKC", pdf_text(pdf))  # the font's "ﬂ" back to "fl"
    assert "SUdoesnotcountasself-supporting;fleksjobcountsasself-supporting" in text


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("--from", "2025-13-01"), 64, "--from needs a date like 2025-01-31"),
        (("--from", "2025-06-01", "--to", "2025-01-01"), 64, "The period ends"),
        (("--family", "no-such-family"), 7, "There is no family with the id no-such-family"),
    ],
    ids=["bad-date", "reversed-period", "unknown-family"],
)
def test_report_refusals_have_their_exit_codes_and_write_nothing(
    vault_dir: tuple[Path, Cohort], tmp_path: Path, args: tuple[str, ...], code: int, message: str
) -> None:
    data_dir, _ = vault_dir
    before = snapshot(data_dir)
    pdf = tmp_path / "report.pdf"
    result = run_cli("report", "--data-dir", data_dir, *args, "-o", pdf)
    assert result.returncode == code, result.stderr
    assert message in result.stderr
    assert_clean(result)
    assert not pdf.exists()
    assert snapshot(data_dir) == before


def test_report_file_errors_and_passphrase(vault_dir: tuple[Path, Cohort], tmp_path: Path) -> None:
    data_dir, _ = vault_dir
    inside = run_cli("report", "--data-dir", data_dir, "-o", data_dir / "report.pdf")
    assert inside.returncode == 5 and "outside the data folder" in inside.stderr
    missing = tmp_path / "no" / "such" / "report.pdf"
    unwritable = run_cli("report", "--data-dir", data_dir, "-o", missing)
    assert unwritable.returncode == 5 and f"Cannot write {missing}" in unwritable.stderr
    wrong = run_cli(
        "report", "--data-dir", data_dir, "-o", tmp_path / "r.pdf", passphrase="forkert og forkert"
    )
    assert wrong.returncode == 2
    assert run_cli("report", "--data-dir", data_dir).returncode == 64  # -o is required
    for result in (inside, unwritable, wrong):
        assert_clean(result)
    assert exports(data_dir) == []  # nothing was exported, nothing audited
    assert not list(tmp_path.rglob("*.partial"))


def test_report_without_a_vault_exits_3(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    use_language(empty)
    result = run_cli("report", "--data-dir", empty, "-o", tmp_path / "r.pdf")
    assert result.returncode == 3
    assert_clean(result)


def test_json_export_is_audited(vault_dir: tuple[Path, Cohort], tmp_path: Path) -> None:
    data_dir, cohort = vault_dir
    one = run_cli(
        "export",
        "--data-dir",
        data_dir,
        "--family",
        cohort.family_ids[2],
        "-o",
        tmp_path / "a.json",
    )
    assert one.returncode == 0, one.stderr
    everything = run_cli("export", "--data-dir", data_dir, "-o", tmp_path / "b.json")
    assert everything.returncode == 0, everything.stderr
    for result in (one, everything):
        assert "personal data" in result.stdout and "encrypted folder" in result.stdout
    newest, oldest = exports(data_dir)
    assert (oldest.kind, oldest.format, oldest.audience) == ("json", "json", None)
    assert oldest.family_ids == (cohort.family_ids[2],)
    assert newest.family_ids == tuple(sorted(cohort.family_ids))
    assert not newest.sent


def test_only_the_report_command_starts_a_gui_application() -> None:
    assert wants_gui(["report", "-o", "x.pdf"])
    assert wants_gui(["--data-dir", "report", "report", "-o", "x.pdf"])
    assert not wants_gui(["--data-dir", "report", "check"])
    assert not wants_gui(["export", "-o", "report"])
    assert not wants_gui([])


def test_help_and_messages_speak_danish_under_danish(
    vault_dir: tuple[Path, Cohort], tmp_path: Path
) -> None:
    data_dir, _ = vault_dir
    use_language(data_dir, "da")
    report = run_cli("report", "--data-dir", data_dir, "--help")
    export = run_cli("export", "--data-dir", data_dir, "--help")
    for result in (report, export):
        assert result.returncode == 0, result.stderr
        assert "brug:" in result.stdout and "tilvalg:" in result.stdout
        assert "--data-dir MAPPE" in result.stdout and "FIL" in result.stdout
        for english in ("usage:", "options:", "FILE", "DIR", "the file", "write the"):
            assert english not in result.stdout, english
    report_text, export_text = (" ".join(r.stdout.split()) for r in (report, export))
    assert "--from DATO" in report_text and "DATE" not in report_text
    assert "Programmets resultatopgørelse" in report_text
    assert "krypterede mappe" in report_text
    assert "familiens udgave (uden interne noter; standard)" in export_text
    assert "til den faglige leder (det hele)" in export_text

    # The reason a file cannot be written is Danish too, not the system's English.
    failed = run_cli("report", "--data-dir", data_dir, "-o", tmp_path / "no" / "such" / "r.pdf")
    assert failed.returncode != 0
    assert "mappen findes ikke. Intet er skrevet." in failed.stderr
    assert "No such file" not in failed.stderr
    plan = run_cli("export", "--data-dir", data_dir, "--format", "pdf", "-o", tmp_path / "p.pdf")
    assert "En familieplan laves for én familie: angiv --family ID." in plan.stderr
