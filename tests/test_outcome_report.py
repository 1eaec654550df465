"""The outcome report over a synthetic cohort written through the repository: the CSV
holds the figures counted by hand (tests/report_cohort.py), the PDF renders, and neither
holds a name or an id. Each export lands in the vault's audit trail."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import shutil
import stat
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from disclosure_reader import readers_tables, share_range
from pdf_text import page_count, pdf_text
from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication, QImage
from report_cohort import EXPECTED, EXPECTED_BANDS, FAMILIES, HR, OK, Cohort, R, build_cohort

from ftbt_desktop.core.clock import HybridClock
from ftbt_desktop.core.disclosure import Margin
from ftbt_desktop.core.measures import SelfSupportDefinition, Who5Band
from ftbt_desktop.core.plan import GoalStatus
from ftbt_desktop.export.outcome_report import (
    ReportRequest,
    ReportResult,
    ReportStep,
    ReportWriteFailed,
    export_outcome_report,
)
from ftbt_desktop.storage import audit
from ftbt_desktop.storage.errors import VaultLocked
from ftbt_desktop.storage.repository import Repository

TODAY = dt.date(2025, 10, 1)


@pytest.fixture
def cohort(repo: Repository) -> Cohort:
    return build_cohort(repo)


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 byte-order mark"
    assert b"\r\n" in raw
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))


def figures_by_label(rows: list[list[str]]) -> dict[str, tuple[str, str, str]]:
    """Label → (value, n, definition); the CSV's columns: key, label, value, unit, n, definition."""
    return {row[1]: (row[2], row[4], row[5]) for row in rows[1:]}


def text_of(pdf: Path) -> str:
    """The PDF's text without whitespace: pdftotext when installed, else our reader."""
    tool = shutil.which("pdftotext")
    if tool:
        out = subprocess.run([tool, str(pdf), "-"], capture_output=True, check=True).stdout
        text = "".join(out.decode("utf-8").split())
    else:
        text = pdf_text(pdf)
    return unicodedata.normalize("NFKC", text)  # the font's "ﬁ" ligature back to "fi"


def make(repo: Repository, tmp_path: Path, **options: object) -> ReportResult:
    request = ReportRequest(tmp_path / "report.pdf", tmp_path / "report.csv", **options)  # type: ignore[arg-type]
    return export_outcome_report(repo, request, today=TODAY)


def test_the_csv_holds_the_figures_counted_by_hand(
    repo: Repository, cohort: Cohort, tmp_path: Path, english: None
) -> None:
    result = make(repo, tmp_path)
    rows = read_csv(tmp_path / "report.csv")
    assert rows[0] == ["key", "Figure", "Value", "unit", "n", "Definition"]
    assert all(len(row) == 6 for row in rows)
    figures = figures_by_label(rows)
    for label, (value, n) in EXPECTED.items():
        assert figures[label][:2] == (value, n), label
    for (first, latest), value in EXPECTED_BANDS.items():
        label = f"WHO-5 first: {first}; latest: {latest}"
        assert figures[label][:2] == (value, "17"), label
    assert sorted(result.family_ids) == sorted(cohort.family_ids)


def test_every_figure_states_its_definitions(
    repo: Repository, cohort: Cohort, tmp_path: Path, english: None
) -> None:
    make(repo, tmp_path)
    figures = figures_by_label(read_csv(tmp_path / "report.csv"))
    assert all(definition.strip() for _, _, definition in figures.values())
    note = figures["Small counts"][2]  # what "<5" and "*" mean, in the CSV too
    assert "shown as “<5”" in note and "“*” marks a figure hidden" in note
    # An empty cell prints "0" on purpose; the note must not say every count under 5 is "<5".
    assert "from 1 to 4" in note and "A count of 0 is shown as 0" in note
    self_support = figures["Self-supporting at the first status"][2]
    # Which statuses counted, named one by one, and the two settings in words.
    assert "Counted as self-supporting: employed, in education, student grant (SU)." in (
        self_support
    )
    assert "SU counts as self-supporting; fleksjob does not count" in self_support
    assert "role parent or partner" in self_support
    assert "earliest" in self_support and "most recent" in self_support
    who5 = figures["Adults with at least two WHO-5 measures"][2]
    assert "0–35 high risk" in who5 and "51–100 not at risk" in who5


def test_the_definition_setting_changes_figures_and_words(
    repo: Repository, cohort: Cohort, tmp_path: Path, english: None
) -> None:
    definition = SelfSupportDefinition(su_counts=False, fleksjob_counts=True)
    make(repo, tmp_path, definition=definition)
    figures = figures_by_label(read_csv(tmp_path / "report.csv"))
    # First: mother 8's SU no longer counts, mother 9's fleksjob does: still 8 of 18.
    # Latest: mother 8 (SU) out, mother 10 (fleksjob) in: still 13 of 18.
    assert figures["Self-supporting at the first status"][:2] == ("44 %", "18")
    assert figures["Self-supporting at the latest status"][:2] == ("72 %", "18")
    words = figures["Self-supporting at the first status"][2]
    assert "employed, in education, flex job (fleksjob)." in words
    assert "SU does not count as self-supporting; fleksjob counts" in words


def test_the_period_limits_the_measures(
    repo: Repository, cohort: Cohort, tmp_path: Path, english: None
) -> None:
    make(repo, tmp_path, end=dt.date(2024, 12, 31))
    figures = figures_by_label(read_csv(tmp_path / "report.csv"))
    assert figures["Period"][0] == "up to and including 12/31/2024"
    # Only the first WHO-5 measures fall inside: nobody has two.
    assert figures["Adults with at least two WHO-5 measures"][:2] == ("0", "0")
    assert figures["Moved from risk or high risk into not at risk"][0] == "–"
    # First and latest status are the same record: no change.
    assert figures["Change in self-support (percentage points)"][0] == "0.0"


def test_goals_and_families_follow_the_period(
    repo: Repository, tmp_path: Path, english: None
) -> None:
    """Goals count by their status at the period's end, as the change log recorded it;
    families only when their effort overlaps the period. Both definitions say so."""
    now = {"ms": 0}
    repo.clock = HybridClock(now=lambda: now["ms"])

    def on(day: str) -> None:
        now["ms"] = int(dt.datetime.fromisoformat(day + "T10:00").timestamp() * 1000)

    on("2023-03-01")
    family = str(repo.create_family("Familien Periode", start="2023-01-01").primary_id)
    before = [repo.create_entity("goal", family, text=f"Før {n}").primary_id for n in range(5)]
    on("2023-09-01")
    for goal in before:
        repo.update_entity(str(goal), status="reached")  # reached before the period
    on("2024-02-01")
    reached = [repo.create_entity("goal", family, text=f"Nået {n}").primary_id for n in range(6)]
    for n in range(7):
        repo.create_entity("goal", family, text=f"Aktivt {n}")
    on("2024-05-01")
    for goal in reached:
        repo.update_entity(str(goal), status="reached")  # reached within it
    on("2025-03-01")
    for n in range(5):
        repo.create_entity("goal", family, text=f"Senere {n}")  # recorded after it
    repo.create_family("Familien Senere", start="2025-02-01")  # starts after it

    result = make(repo, tmp_path, start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31))
    reached_, active, dropped = GoalStatus.REACHED, GoalStatus.ACTIVE, GoalStatus.DROPPED
    assert result.report.goals == {reached_: 6, active: 7, dropped: 0}
    assert result.report.families == 1
    figures = figures_by_label(read_csv(tmp_path / "report.csv"))
    assert figures["Goals: Reached"][:2] == ("6", "13")
    assert figures["Goals: Active"][:2] == ("7", "13")
    assert "worked on in the period" in figures["Goals: Reached"][2]
    assert "status at the end of the period" in figures["Goals: Reached"][2]
    assert "overlaps the period" in figures["Families"][2]

    everything = make(repo, tmp_path)
    assert everything.report.goals == {reached_: 11, active: 12, dropped: 0}
    assert everything.report.families == 2
    words = figures_by_label(read_csv(tmp_path / "report.csv"))["Goals: Reached"][2]
    assert words == "All goals of the families in the report by their current status."


def test_no_count_under_5_can_be_worked_out_from_what_the_csv_prints(
    repo: Repository, cohort: Cohort, tmp_path: Path, english: None
) -> None:
    """A reader of the CSV tries every WHO-5 table and every goal count that fits the
    printed cells, the table's n and the shares beside it: none of the small counts
    (the 2 and the 1 of the table, the 2 dropped goals) comes out the same in all."""
    report = make(repo, tmp_path).report
    figures = figures_by_label(read_csv(tmp_path / "report.csv"))
    hr, r, ok = Who5Band.HIGH_RISK, Who5Band.RISK, Who5Band.NOT_AT_RISK
    words = {hr: HR, r: R, ok: OK}
    printed = {
        (a, b): figures[f"WHO-5 first: {words[a]}; latest: {words[b]}"][0]
        for a in (hr, r, ok)
        for b in (hr, r, ok)
    }
    n = int(figures["Adults with at least two WHO-5 measures"][0])
    at_risk = [k for k in printed if k[0] is not ok]
    into = [k for k in at_risk if k[1] is ok]
    margins = [Margin("n", frozenset(printed), (n, n))]
    moved = figures["Moved from risk or high risk into not at risk"][0]
    margins.append(Margin("into", frozenset(into), share_range(moved, n)))
    of_at_risk, at_risk_n = figures["… of those who started at risk or high risk"][:2]
    if at_risk_n.isdigit():
        margins.append(Margin("at_risk", frozenset(at_risk), (int(at_risk_n), int(at_risk_n))))
        margins.append(
            Margin("into/at_risk", frozenset(into), share_range(of_at_risk, int(at_risk_n)))
        )
    tables = readers_tables(printed, margins, n)
    for key, count in ((k, report.who5_moves[k[0]][k[1]]) for k in printed):
        if 0 < count < 5:
            assert {t[key] for t in tables} != {count}, f"{key} = {count} can be worked out"

    goals = {s: figures[f"Goals: {s.title()}"][0] for s in ("reached", "active", "dropped")}
    total = int(figures["Goals: Reached"][1])
    goal_tables = readers_tables(goals, [Margin("n", frozenset(goals), (total, total))], total)
    assert {t["dropped"] for t in goal_tables} != {2}


def test_a_shown_share_and_the_change_never_give_a_hidden_share_away(
    repo: Repository, cohort: Cohort, tmp_path: Path, english: None
) -> None:
    report = make(repo, tmp_path).report
    from ftbt_desktop.core.outcomes import Share
    from ftbt_desktop.export.report_figures import pp_change_value

    hidden_first = dataclasses.replace(report, self_supporting_first=Share(3, 18))
    assert pp_change_value(hidden_first) == "<5"
    assert pp_change_value(report) == "+27.8"
    # 17 of 18 self-supporting would tell that one parent is not: hidden, and the change.
    almost_all = dataclasses.replace(report, self_supporting_latest=Share(17, 18))
    assert pp_change_value(almost_all) == "*"


def test_the_pdf_renders_and_holds_no_name_and_no_id(
    repo: Repository, cohort: Cohort, tmp_path: Path, english: None
) -> None:
    result = make(repo, tmp_path)
    pdf = tmp_path / "report.pdf"
    raw = pdf.read_bytes()
    assert raw.startswith(b"%PDF")
    assert page_count(raw) == result.pages > 0
    text = text_of(pdf)
    assert "Outcomereport" in text
    assert "Confidential—containspersonaldata" in text
    assert f"Page1of{result.pages}" in text and f"Page{result.pages}of{result.pages}" in text
    assert "Period:allrecordedtime" in text
    assert f"AllfamiliesrecordedinFTBTDesktop:{FAMILIES}" in text  # not "the vault": jargon
    assert "+27.8" in text and "41%" in text and "<5" in text
    csv_text = (tmp_path / "report.csv").read_text(encoding="utf-8-sig")
    for secret in cohort.secrets():
        squeezed = "".join(secret.split())
        assert squeezed not in text, "a name or id in the PDF"
        assert secret not in csv_text, "a name or id in the CSV"
    assert "Kvistgaard" not in text and "Kvistgaard" not in csv_text
    assert b"Kvistgaard" not in raw  # not in the metadata either


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm not installed")
def test_the_first_page_renders_to_a_picture(
    repo: Repository, cohort: Cohort, tmp_path: Path, english: None
) -> None:
    make(repo, tmp_path)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "40",
            "-f",
            "1",
            "-l",
            "1",
            str(tmp_path / "report.pdf"),
            str(tmp_path / "page"),
        ],
        check=True,
        capture_output=True,
    )
    [png] = list(tmp_path.glob("page*.png"))
    image = QImage(str(png))
    assert not image.isNull() and image.height() > image.width()  # A4 portrait
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
    }
    assert len(colours) > 10  # text, table shading, band colours: not a blank page


def test_files_are_owner_only_and_both_exports_are_audited(
    repo: Repository, cohort: Cohort, tmp_path: Path, english: None
) -> None:
    chosen = cohort.family_ids[:5]
    steps: list[tuple[ReportStep, int, int]] = []
    request = ReportRequest(tmp_path / "r.pdf", tmp_path / "r.csv", family_ids=tuple(chosen))
    result = export_outcome_report(repo, request, lambda *step: steps.append(step), TODAY)
    for path in (tmp_path / "r.pdf", tmp_path / "r.csv"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not list(tmp_path.glob("*.partial"))
    assert (ReportStep.LOAD, 5, 5) in steps and steps[-1] == (ReportStep.SAVE, 2, 2)
    entries = audit.list_exports(repo)
    assert {(e.kind, e.format) for e in entries} == {
        ("outcome_report", "pdf"),
        ("outcome_report", "csv"),
    }
    assert all(e.family_ids == tuple(sorted(chosen)) for e in entries)
    assert [e.export_id for e in result.audit] == [e.export_id for e in reversed(entries)]
    figures = figures_by_label(read_csv(tmp_path / "r.csv"))
    assert figures["Families"][:2] == ("5", "5")
    assert figures["Families"][2] == "A chosen set of 5 families."


def test_a_failed_write_leaves_no_file_and_no_audit_entry(
    repo: Repository, cohort: Cohort, tmp_path: Path, english: None
) -> None:
    request = ReportRequest(csv_path=tmp_path / "no" / "such" / "folder.csv")
    with pytest.raises(ReportWriteFailed):
        export_outcome_report(repo, request, today=TODAY)
    assert audit.list_exports(repo) == []
    assert not (tmp_path / "no").exists()


def test_a_file_that_cannot_be_logged_is_not_kept(
    repo: Repository, cohort: Cohort, tmp_path: Path, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Personal data never leaves the vault unlogged: when the audit entry cannot be
    written (the vault busy or damaged), the file just written goes again."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise VaultLocked("the audit trail")

    monkeypatch.setattr(audit, "record_export", refuse)
    with pytest.raises(VaultLocked):
        make(repo, tmp_path)
    assert not (tmp_path / "report.pdf").exists()
    assert not (tmp_path / "report.csv").exists()
    assert list(tmp_path.glob("*.partial")) == []


def test_a_pdf_only_report_and_a_request_needs_a_file(
    repo: Repository, cohort: Cohort, tmp_path: Path, english: None
) -> None:
    result = export_outcome_report(repo, ReportRequest(tmp_path / "only.pdf"), today=TODAY)
    assert result.csv_path is None and result.pages > 0
    assert [e.format for e in audit.list_exports(repo)] == ["pdf"]
    with pytest.raises(ValueError):
        ReportRequest()
    with pytest.raises(ValueError):
        ReportRequest(tmp_path / "x.pdf", start=dt.date(2025, 1, 2), end=dt.date(2025, 1, 1))


@pytest.fixture
def danish(qapp: QGuiApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The Danish catalogue compiled afresh from the .ts sources, as the app installs it."""
    from ftbt_desktop.words.translations import install_translators

    root = Path(__file__).resolve().parents[1]
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    folder = tmp_path_factory.mktemp("i18n")
    subprocess.run(
        [
            str(lrelease) if lrelease.exists() else "pyside6-lrelease",
            "-silent",
            str(root / "resources" / "translations" / "ftbt_da.ts"),
            "-qm",
            str(folder / "ftbt_da.qm"),
        ],
        check=True,
        capture_output=True,
    )
    before = QLocale()
    assert install_translators(qapp, "da", qm_dir=folder) == "da"
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(before)


def test_the_report_speaks_danish_with_danish_dates_and_numbers(
    repo: Repository, cohort: Cohort, tmp_path: Path, danish: None
) -> None:
    result = make(repo, tmp_path, start=dt.date(2024, 1, 1), end=dt.date(2025, 12, 31))
    text = text_of(tmp_path / "report.pdf")
    assert "Resultatopgørelse" in text
    assert "Fortroligt—indeholderpersonoplysninger" in text
    assert f"Side1af{result.pages}" in text
    assert "Periode:01.01.2024–31.12.2025" in text
    assert "Udarbejdet01.10.2025" in text
    rows = read_csv(tmp_path / "report.csv")
    assert rows[0] == ["key", "Nøgletal", "Værdi", "unit", "n", "Definition"]
    figures = figures_by_label(rows)
    assert figures["Ændring i selvforsørgelse (procentpoint)"][:2] == ("+27,8", "18")
    assert figures["Gennemsnitlig ændring i skalering (0–10)"][:2] == ("+2,6", "5")
    assert figures["Børn med en fritidsaktivitet ved start"][:2] == ("<5", "24")
    words = figures["Selvforsørgende ved første registrering"][2]
    assert "Som selvforsørgende tælles: beskæftiget, under uddannelse, SU." in words
    assert "SU tæller som selvforsørgende; fleksjob tæller ikke som selvforsørgende" in words


def test_a_hidden_value_is_drawn_without_a_height(
    repo: Repository, cohort: Cohort, tmp_path: Path, english: None
) -> None:
    """A "<5" or "*" value is a marked gap (tests/test_report_charts.py), never a bar of
    invented height (the cohort's WHO-5 chart shows nothing but hidden values and zeros)."""
    from ftbt_desktop.export.report_pdf import goals_chart, who5_chart

    content = make(repo, tmp_path).content
    for chart in (who5_chart(content), goals_chart(content)):
        hidden = [bar for group in chart.groups for bar in group.bars if bar.hidden]
        assert hidden
        assert all(bar.drawn_height == 0 for bar in hidden)
