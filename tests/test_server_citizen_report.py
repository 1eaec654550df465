"""A citizen's access report (issue 17, GDPR art. 15): exactly the accesses made —
saves, a supervisor's sync, an export, a refused attempt — in Danish, as CSV and
as PDF; for one member, the changes about them and nothing about another member.
On SQLite and PostgreSQL, through the real app in this process."""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from ftbt_server import accounts, citizen_report
from ftbt_server.cli import main as cli_main

pytest_plugins = ("server_fixtures",)

from server_fixtures import Store, make_change  # noqa: E402

FAMILY = "fam-borger"
KARLA = "Karla Indsigtsen"
OTHER = "Otto Indsigtsen"


def _activity(store: Store) -> dict[str, str]:
    """What happens to the family in the test: every line the report must hold."""
    for name, role in (("anna", "coordinator"), ("sara", "supervisor"), ("bo", "coordinator")):
        store.add_user(name, role)
        store.login(name, device_name=f"{name}-laptop")
    accounts.add_team(store.engine, "nord")
    accounts.set_team_member(store.engine, "nord", "anna", "member")
    accounts.set_team_member(store.engine, "nord", "sara", "supervisor")
    karla = make_change(FAMILY, entity_type="member", field="name", value=KARLA)
    otto = make_change(FAMILY, entity_type="member", field="name", value=OTHER)
    goal = make_change(FAMILY, entity_type="goal", field="member_ids", value=[karla["entity_id"]])
    goal_text = make_change(
        FAMILY, entity_type="goal", entity_id=goal["entity_id"], field="text", value="Gå i skole"
    )
    family = make_change(FAMILY, entity_type="family", field="name", value="Familien Indsigtsen")
    answer = store.push("anna", [family, karla, otto, goal, goal_text])
    assert answer.status_code == 200 and not answer.json()["rejected"]
    assert store.pull_all("sara")["changes"]  # the supervisor's laptop reads the family
    exported = store.client.post(
        "/api/v1/audit/export",
        json={"family_ids": [FAMILY], "kind": "family_plan", "format": "pdf"},
        headers=store.auth("anna"),
    )
    assert exported.status_code == 204
    # Someone not assigned tries to write into the family: refused, and listed.
    refused = store.push("bo", [make_change(FAMILY, field="name", value="Falsk")])
    assert refused.json()["rejected"]
    return {"karla": karla["entity_id"], "otto": otto["entity_id"]}


def test_the_report_lists_exactly_the_accesses_made(keyed: Store) -> None:
    _activity(keyed)
    report = citizen_report.gather(keyed.engine, keyed.settings.sealer, FAMILY)
    assert [(line.username, line.action) for line in report.lines] == [
        ("anna", "Gemte ændringer i familiens oplysninger"),
        ("sara", "Fik adgang til familien"),
        ("sara", "Hentede familiens oplysninger til sin computer (synkronisering)"),
        ("anna", "Udskrev eller eksporterede oplysninger om familien"),
        ("bo", "Forsøgte at ændre familiens oplysninger – afvist"),
    ]
    assert [line.computer for line in report.lines] == [
        "anna-laptop",
        "sara-laptop",
        "sara-laptop",
        "anna-laptop",
        "bo-laptop",
    ]
    assert report.lines[0].details.startswith("5 ændringer gemt")
    assert report.lines[3].details.startswith("familiens plan som PDF")
    assert report.family_name == "Familien Indsigtsen"


def test_a_members_report_adds_the_changes_about_them_only(keyed: Store) -> None:
    ids = _activity(keyed)
    report = citizen_report.gather(keyed.engine, keyed.settings.sealer, FAMILY, ids["karla"])
    changed = [
        (line.action, line.details) for line in report.lines if line.action.startswith("Ændrede")
    ]
    assert changed == [
        ("Ændrede familiemedlem", "felter: navn"),
        ("Ændrede mål", "felter: familiemedlemmer, tekst"),
    ]
    assert report.member_name == KARLA
    otto = citizen_report.gather(keyed.engine, keyed.settings.sealer, FAMILY, ids["otto"])
    assert [line.details for line in otto.lines if line.action.startswith("Ændrede")] == [
        "felter: navn"
    ]


def test_the_command_writes_danish_csv_and_pdf(
    keyed: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _activity(keyed)
    db = ["--db", keyed.db_url]
    csv_path = tmp_path / "indsigt.csv"
    assert (
        cli_main([*db, "audit", "citizen", FAMILY, "--member", ids["karla"], "-o", str(csv_path)])
        == 0
    )
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == citizen_report.CSV_HEADER
    assert len(rows) == 1 + 7  # five accesses and two changes about Karla
    assert all(re.fullmatch(r"\d\d\.\d\d\.\d{4} kl\. \d\d:\d\d", row[0]) for row in rows[1:])
    assert csv_path.stat().st_mode & 0o077 == 0  # it names a citizen: owner-only

    pdf_path = tmp_path / "indsigt.pdf"
    assert (
        cli_main([*db, "audit", "citizen", FAMILY, "--member", ids["karla"], "-o", str(pdf_path)])
        == 0
    )
    assert pdf_path.read_bytes().startswith(b"%PDF-1.4")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True, check=True
        ).stdout.decode("utf-8")
        flat = " ".join(text.split())
        assert "Indsigt i behandlingen af dine oplysninger" in flat
        assert KARLA in flat and "Registreringer (7)" in flat
        assert "Forsøgte at ændre familiens oplysninger – afvist" in flat
    capsys.readouterr()
    assert cli_main([*db, "audit", "citizen", "fam-ukendt", "-o", str(tmp_path / "x.csv")]) == 1
    assert "no family fam-ukendt" in capsys.readouterr().err


def test_every_field_naming_the_member_counts_and_the_csv_runs_nothing(keyed: Store) -> None:
    """Review findings: a child's thriving rating names the child in `child_id`, not
    `member_id`; a device name that looks like a formula stays text in the CSV."""
    ids = _activity(keyed)
    rating = make_change(
        FAMILY, entity_type="thriving_rating", field="child_id", value=ids["karla"]
    )
    assert not keyed.push("anna", [rating]).json()["rejected"]
    report = citizen_report.gather(keyed.engine, keyed.settings.sealer, FAMILY, ids["karla"])
    assert ("Ændrede barnets trivsel", "felter: barn") in [
        (line.action, line.details) for line in report.lines
    ]
    otto = citizen_report.gather(keyed.engine, keyed.settings.sealer, FAMILY, ids["otto"])
    assert not any("trivsel" in line.action for line in otto.lines)
    forged = citizen_report.Line(0, "=cmd|' /C calc'!A0", "+HYPERLINK(1)", "@x", "-1")
    rows = list(
        csv.reader(
            io.StringIO(
                citizen_report.to_csv(dataclasses.replace(report, lines=[forged])).decode(
                    "utf-8-sig"
                )
            ),
            delimiter=";",
        )
    )
    assert all(cell.startswith("'") for cell in rows[1][1:])
