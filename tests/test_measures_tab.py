"""The Measures tab over a real vault: WHO-5 at the kitchen table, statuses under both
self-supporting settings, thriving, leisure, civil society, and all of it after reopening."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from measures_helpers import click, demo_family, make_workspace
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.measure_records import ConnectionKind
from ftbt_desktop.core.measures import EmploymentStatus, Thriving, Who5Band
from ftbt_desktop.core.model import MemberRole
from ftbt_desktop.settings import Settings, load_settings
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.dialogs.settings_dialog import SettingsDialog
from ftbt_desktop.ui.measures.band_colours import BAND_COLOURS
from ftbt_desktop.ui.measures.measures_tab import MeasuresTab
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.workspace import FamilyWorkspace
from ftbt_desktop.words.translations import install_translators

MOTHER_ANSWERS = [3, 2, 3, 3, 2]  # raw 13: score 52, not at risk
TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "ftbt_da.ts"


@pytest.fixture
def service(data_dir: Path, vault: Vault) -> Iterator[VaultService]:
    service = VaultService(data_dir)
    service.attach(vault)
    yield service
    service.lock()


@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("i18n")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(TS), "-qm", str(folder / "ftbt_da.qm")],
        check=True,
        capture_output=True,
    )
    return folder


@pytest.fixture
def danish_catalogue(qapp: QApplication, qm_dir: Path) -> Iterator[None]:
    before = QLocale()
    assert install_translators(qapp, "da", qm_dir=qm_dir) == "da"
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(before)


@pytest.fixture
def workspace(qtbot: QtBot, service: VaultService) -> FamilyWorkspace:
    return make_workspace(qtbot, service)


def show_measures(qtbot: QtBot, workspace: FamilyWorkspace, family_id: str) -> MeasuresTab:
    workspace.show_family(family_id)
    tab = workspace.measures_tab
    workspace.tab_widget.setCurrentWidget(tab)
    qtbot.waitUntil(tab.isVisible)
    return tab


def answer(qtbot: QtBot, tab: MeasuresTab, answers: list[int | None]) -> None:
    form = tab.who5_form
    for item, value in enumerate(answers):
        if value is not None:
            radio = form.radios[item][5 - value]  # columns run 5 … 0
            tab.scroll.ensureWidgetVisible(radio)
            click(qtbot, radio)


def plain_family(service: VaultService, adults: int = 1) -> tuple[str, list[str]]:
    family_id = str(service.create_family("Hansen").primary_id)
    ids = [
        str(service.add_member(family_id, f"Voksen {i}", MemberRole.PARENT, 1980).primary_id)
        for i in range(adults)
    ]
    return family_id, ids


def test_who5_form_for_the_demo_mother_shows_score_and_band(
    qtbot: QtBot, service: VaultService, workspace: FamilyWorkspace
) -> None:
    family_id, members = demo_family(service)
    tab = show_measures(qtbot, workspace, family_id)
    tab.select_person(members["Mette"])
    before = len(service.load(family_id, "who5_measure"))

    click(qtbot, tab.who5_button)
    form = tab.who5_form
    assert form.is_open and form.member_combo.current_id() == members["Mette"]
    answer(qtbot, tab, MOTHER_ANSWERS)

    assert form.score_label.text() == "Score: 52 of 100"
    assert form.band_label.text() == "not at risk"
    assert BAND_COLOURS[Who5Band.NOT_AT_RISK].name() in form.band_label.styleSheet()
    click(qtbot, form.save_button)

    assert not form.is_open
    saved = [m for m in service.load(family_id, "who5_measure") if m.member_id == members["Mette"]]
    assert len(service.load(family_id, "who5_measure")) == before + 1
    newest = max(saved, key=lambda m: (m.date, m.answers == MOTHER_ANSWERS))
    assert newest.answers == MOTHER_ANSWERS and newest.date == dt.date.today().isoformat()
    table = tab.timeline.who5_table
    row = table.row_of(newest.id)
    assert row >= 0
    texts = table.row_texts(row)
    assert texts[1:3] == ["52 of 100", "not at risk"]
    band_item = table.table.item(row, 2)
    assert band_item.background().color() == BAND_COLOURS[Who5Band.NOT_AT_RISK]
    assert (newest.date, 52) in tab.timeline.who5_chart.points()


def test_an_unanswered_item_is_named_and_the_other_answers_stay(
    qtbot: QtBot, service: VaultService, workspace: FamilyWorkspace
) -> None:
    family_id, members = demo_family(service)
    tab = show_measures(qtbot, workspace, family_id)
    tab.select_person(members["Mette"])
    before = len(service.load(family_id, "who5_measure"))
    click(qtbot, tab.who5_button)
    form = tab.who5_form
    answer(qtbot, tab, [3, 2, None, 3, 2])

    click(qtbot, form.save_button)

    assert form.is_open
    message = form.message.text()
    assert "3" in message and "I have felt active and vigorous" in message
    assert "1 (" not in message and "4 (" not in message
    assert form.missing_marks[2].isVisible()
    assert not form.missing_marks[0].isVisible()
    assert form.answers() == [3, 2, None, 3, 2]
    assert form.score_label.text() == "4 of 5 answered"
    assert len(service.load(family_id, "who5_measure")) == before

    answer(qtbot, tab, [None, None, 3, None, None])
    assert not form.missing_marks[2].isVisible()
    click(qtbot, form.save_button)
    assert not form.is_open
    assert len(service.load(family_id, "who5_measure")) == before + 1


def test_two_unanswered_items_are_both_named(
    qtbot: QtBot, service: VaultService, workspace: FamilyWorkspace
) -> None:
    family_id, _ = plain_family(service)
    tab = show_measures(qtbot, workspace, family_id)
    click(qtbot, tab.who5_button)
    answer(qtbot, tab, [1, None, 1, 1, None])
    click(qtbot, tab.who5_form.save_button)
    message = tab.who5_form.message.text()
    assert message.startswith("Items 2 (")
    assert "I have felt calm and relaxed" in message
    assert "My daily life has been filled with things that interest me" in message


def test_a_ten_point_change_is_marked_as_meaningful(
    qtbot: QtBot, service: VaultService, workspace: FamilyWorkspace
) -> None:
    family_id, _ = plain_family(service)
    tab = show_measures(qtbot, workspace, family_id)
    form = tab.who5_form
    today = dt.date.today()
    for days_ago, answers in ((60, [2, 2, 2, 2, 2]), (30, [3, 2, 3, 3, 2]), (0, [3, 3, 3, 3, 2])):
        click(qtbot, tab.who5_button)
        form.date_edit.set_iso((today - dt.timedelta(days=days_ago)).isoformat())
        answer(qtbot, tab, answers)
        if days_ago == 30:
            # The live line already says it, before saving.
            assert "+12 points: meaningful improvement" in form.change_label.text()
        click(qtbot, form.save_button)
        assert not form.is_open

    table = tab.timeline.who5_table
    rows = [table.row_texts(r) for r in range(table.row_count())]
    assert [r[1] for r in rows] == ["56 of 100", "52 of 100", "40 of 100"]  # newest first
    assert rows[0][3] == "+4 points (small change)"
    assert rows[1][3] == "+12 points: meaningful improvement"
    assert rows[2][3] == "First measure"
    assert rows[2][2] == "risk of depression or stress"
    assert not table.table.item(1, 3).icon().isNull()  # an arrow beside the words
    assert table.table.item(0, 3).icon().isNull()
    assert [s for _, s in tab.timeline.who5_chart.points()] == [40, 52, 56]
    assert tab.timeline.who5_chart.zone_labels() == [
        "high risk of depression or stress (0–35)",
        "risk of depression or stress (36–50)",
        "not at risk (51–100)",
    ]


def test_status_is_self_supporting_under_both_settings_of_su_and_fleksjob(
    qtbot: QtBot, service: VaultService, workspace: FamilyWorkspace, data_dir: Path
) -> None:
    family_id, (student, flex) = plain_family(service, adults=2)
    tab = show_measures(qtbot, workspace, family_id)
    assert "SU counts as self-supporting" in tab.definition_label.text()
    assert "fleksjob does not count as self-supporting" in tab.definition_label.text()

    for member_id, status in ((student, EmploymentStatus.SU), (flex, EmploymentStatus.FLEKSJOB)):
        click(qtbot, tab.status_button)
        form = tab.status_form
        form.member_combo.set_current_id(member_id)
        form.set_status(status)
        click(qtbot, form.save_button)
        assert not form.is_open
    saved = {r.member_id: r.status for r in service.load(family_id, "employment_record")}
    assert saved == {student: EmploymentStatus.SU, flex: EmploymentStatus.FLEKSJOB}

    def verdict(member_id: str) -> str:
        tab.select_person(member_id)
        return tab.timeline.status_table.row_texts(0)[3]

    assert verdict(student) == "Self-supporting"
    assert verdict(flex) == "Not self-supporting"

    # The other definition, chosen in the settings dialog: the tab follows at once.
    dialog = SettingsDialog(data_dir, Settings())
    qtbot.addWidget(dialog)
    dialog.su_counts.setChecked(False)
    dialog.fleksjob_counts.setChecked(True)
    dialog._save()
    assert load_settings(data_dir).self_support_definition().fleksjob_counts is True
    assert "SU does not count as self-supporting" in tab.definition_label.text()
    assert "fleksjob counts as self-supporting" in tab.definition_label.text()
    assert verdict(student) == "Not self-supporting"
    assert verdict(flex) == "Self-supporting"
    assert tab.timeline.now_label.text() == "Now: Flex job (fleksjob) – self-supporting"


def test_thriving_rating_is_saved(
    qtbot: QtBot, service: VaultService, workspace: FamilyWorkspace
) -> None:
    family_id, members = demo_family(service)
    tab = show_measures(qtbot, workspace, family_id)
    tab.select_person(members["Freja"])
    click(qtbot, tab.thriving_button)
    form = tab.thriving_form
    assert form.child_combo.current_id() == members["Freja"]
    form.parent_combo.set_current_id(members["Jonas"])
    click(qtbot, form.save_button)  # no choice yet: refused, and says what is missing
    assert form.is_open and "better, the same or worse" in form.message.text()
    click(qtbot, form.choice_buttons[Thriving.BETTER])
    form.score_spin.setValue(7)
    click(qtbot, form.save_button)
    assert not form.is_open

    ratings = [
        r for r in service.load(family_id, "thriving_rating") if r.parent_id == members["Jonas"]
    ]
    mine = [r for r in ratings if r.child_id == members["Freja"]]
    assert len(mine) == 1
    assert (mine[0].thriving, mine[0].score) == (Thriving.BETTER, 7)
    row = tab.timeline.thriving_table.row_of(mine[0].id)
    assert tab.timeline.thriving_table.row_texts(row)[1:] == [
        "Jonas Kristensen",
        "Thrives better than before",
        "7",
    ]


def test_leisure_activity_and_civil_society_connection_are_saved(
    qtbot: QtBot, service: VaultService, workspace: FamilyWorkspace
) -> None:
    family_id, members = demo_family(service)
    tab = show_measures(qtbot, workspace, family_id)
    tab.select_person(members["Oscar"])
    click(qtbot, tab.leisure_button)
    leisure = tab.leisure_form
    assert leisure.child_combo.current_id() == members["Oscar"]
    qtbot.keyClicks(leisure.where_edit, "Helsingør Svømmeklub")
    click(qtbot, leisure.save_button)  # "what" is missing: refused, the place stays
    assert leisure.is_open and leisure.where_edit.text() == "Helsingør Svømmeklub"
    qtbot.keyClicks(leisure.what_edit, "Svømning")
    qtbot.keyClick(leisure.what_edit, Qt.Key.Key_Return)
    assert not leisure.is_open
    (activity,) = [a for a in service.load(family_id, "leisure_activity") if a.what == "Svømning"]
    assert (activity.child_id, activity.where) == (members["Oscar"], "Helsingør Svømmeklub")
    assert activity.start == dt.date.today().isoformat() and activity.end is None
    assert tab.timeline.leisure_table.row_texts(0)[:2] == ["Svømning", "Helsingør Svømmeklub"]

    click(qtbot, tab.connection_button)
    connection = tab.connection_form
    connection.set_kind(ConnectionKind.VOLUNTEER)
    qtbot.keyClicks(connection.name_edit, "Home-Start familiekontakt")
    connection.member_checks.box(members["Mette"]).setChecked(True)
    click(qtbot, connection.save_button)
    assert not connection.is_open
    (saved,) = [
        c for c in service.load(family_id, "civil_society_connection") if c.name.startswith("Home")
    ]
    assert saved.kind is ConnectionKind.VOLUNTEER and saved.member_ids == [members["Mette"]]
    row = tab.connection_table.row_of(saved.id)
    assert tab.connection_table.row_texts(row)[:3] == [
        "Volunteer",
        "Home-Start familiekontakt",
        "Mette Holm",
    ]


def test_a_refused_leisure_period_keeps_what_was_typed(
    qtbot: QtBot, service: VaultService, workspace: FamilyWorkspace
) -> None:
    family_id, members = demo_family(service)
    tab = show_measures(qtbot, workspace, family_id)
    tab.select_person(members["Freja"])
    click(qtbot, tab.leisure_button)
    form = tab.leisure_form
    qtbot.keyClicks(form.what_edit, "Spejder")
    form.end_date.check.setChecked(True)
    form.end_date.edit.setDate(form.start_date.edit.date().addDays(-3))
    click(qtbot, form.save_button)
    assert form.message.text() == "The end date is before the start date."
    assert form.what_edit.text() == "Spejder"
    assert not [a for a in service.load(family_id, "leisure_activity") if a.what == "Spejder"]


def test_measures_survive_closing_and_reopening_the_vault(
    qtbot: QtBot, service: VaultService, workspace: FamilyWorkspace, data_dir: Path
) -> None:
    family_id, members = demo_family(service)
    tab = show_measures(qtbot, workspace, family_id)
    tab.select_person(members["Jonas"])
    click(qtbot, tab.who5_button)
    answer(qtbot, tab, [1, 1, 2, 1, 1])  # 24: high risk
    click(qtbot, tab.who5_form.save_button)
    click(qtbot, tab.status_button)
    tab.status_form.set_status(EmploymentStatus.JOBAFKLARINGSFORLOEB)
    click(qtbot, tab.status_form.save_button)
    types = (
        "who5_measure",
        "employment_record",
        "thriving_rating",
        "leisure_activity",
        "civil_society_connection",
    )
    before = {t: sorted(map(repr, service.load(family_id, t))) for t in types}

    service.lock()
    service.attach(Vault.open(data_dir, PASSPHRASE))

    after = {t: sorted(map(repr, service.load(family_id, t))) for t in types}
    assert after == before
    jonas = [m for m in service.load(family_id, "who5_measure") if m.member_id == members["Jonas"]]
    assert sorted(m.score for m in jonas) == [24, 60]
    records = service.load(family_id, "employment_record")
    assert any(r.status is EmploymentStatus.JOBAFKLARINGSFORLOEB for r in records)
    # The tab shows them again after the unlock.
    tab.select_person(members["Jonas"])
    assert tab.timeline.who5_table.row_texts(0)[1:3] == [
        "24 of 100",
        "high risk of depression or stress",
    ]
    assert tab.timeline.status_table.row_texts(0)[2:] == [
        "Job clarification programme (jobafklaringsforløb)",
        "Not self-supporting",
    ]


def test_the_form_keeps_its_answers_across_a_lock(
    qtbot: QtBot, service: VaultService, workspace: FamilyWorkspace, data_dir: Path
) -> None:
    family_id, members = demo_family(service)
    tab = show_measures(qtbot, workspace, family_id)
    tab.select_person(members["Mette"])
    click(qtbot, tab.who5_button)
    answer(qtbot, tab, [4, 4, None, 3, 3])
    service.lock()
    service.attach(Vault.open(data_dir, PASSPHRASE))
    assert tab.who5_form.is_open
    assert tab.who5_form.answers() == [4, 4, None, 3, 3]
    assert tab.who5_form.member_combo.current_id() == members["Mette"]


def test_the_danish_ui_uses_the_official_danish_who5_wording(
    qtbot: QtBot, service: VaultService, danish_catalogue: None
) -> None:
    family_id, _ = plain_family(service)
    tab = MeasuresTab(service, family_id)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(tab.isVisible)
    form = tab.who5_form
    form.retranslate()
    assert tab.tab_title() == "Målinger"
    assert form.intro.text() == "I de sidste 2 uger…"
    assert [label.text() for label in form.item_labels] == [
        "1. har jeg været glad og i godt humør",
        "2. har jeg følt mig rolig og afslappet",
        "3. har jeg følt mig aktiv og energisk",
        "4. er jeg vågnet frisk og udhvilet",
        "5. har min dagligdag været fyldt med ting der interesserer mig",
    ]
    assert [h.text() for h in form.answer_headers] == [
        "Hele tiden\n(5)",
        "Det meste af tiden\n(4)",
        "Lidt mere end halvdelen af tiden\n(3)",
        "Lidt mindre end halvdelen af tiden\n(2)",
        "Lidt af tiden\n(1)",
        "På intet tidspunkt\n(0)",
    ]
    assert "Psykiatrisk Center Nordsjælland" in form.source_label.text()
    form.start_new(family_id)
    for item, value in enumerate([1, 1, 2, 1, 1]):
        form.set_answer(item, value)
    assert form.band_label.text() == "stor risiko for depression eller stress"
    assert QCoreApplication.translate("MeasureWords", "Sickness benefit (sygedagpenge)") == (
        "Sygedagpenge"
    )
    assert form.date_edit.displayFormat() == "dd.MM.yyyy"


def test_an_adults_who5_measures_are_exported_as_fhir_and_noted(
    qtbot: QtBot, service: VaultService, workspace: FamilyWorkspace, tmp_path: Path
) -> None:
    import json

    from ftbt_desktop.export.who5_fhir import answer_value
    from ftbt_desktop.storage import audit

    family_id, members = demo_family(service)
    tab = show_measures(qtbot, workspace, family_id)
    tab.select_person(members["Mette"])
    asked: list[str] = []

    def choose(_parent: object, title: str, suggested: str, _filter: str) -> str:
        asked.append(title)
        return str(tmp_path / "mette")  # no suffix: .json is added

    tab.who5_exporter.choose_path = choose
    assert tab.who5_export_button.isEnabled()
    click(qtbot, tab.who5_export_button)

    target = tmp_path / "mette.json"
    doc = json.loads(target.read_text("utf-8"))
    mine = sorted(
        m.answers
        for m in service.load(family_id, "who5_measure")
        if m.member_id == members["Mette"]
    )
    got = sorted(
        [
            answer_value(i["linkId"], i["answer"][0]["valueCoding"]["code"])
            for i in e["resource"]["item"]
        ]
        for e in doc["entry"]
    )
    assert got == mine and asked == ["Export WHO-5 measures (FHIR)"]
    assert target.stat().st_mode & 0o077 == 0
    assert f"{len(mine)} WHO-5 measures were saved as mette.json" in tab.export_note.text()
    [entry] = service.on_vault(audit.list_exports)
    assert (entry.kind, entry.format, entry.family_ids) == ("who5_fhir", "fhir", (family_id,))
    # A child has no WHO-5: nothing to export for them.
    child = next(m.id for m in service.members(family_id) if m.role is MemberRole.CHILD)
    tab.select_person(child)
    assert not tab.who5_export_button.isEnabled()


def test_a_who5_export_into_the_data_folder_is_refused(
    qtbot: QtBot, service: VaultService, workspace: FamilyWorkspace
) -> None:
    from ftbt_desktop.storage import audit

    family_id, members = demo_family(service)
    tab = show_measures(qtbot, workspace, family_id)
    tab.select_person(members["Mette"])
    tab.who5_exporter.choose_path = lambda *_: str(service.data_dir / "who5.json")
    click(qtbot, tab.who5_export_button)
    assert "outside FTBT Desktop's data folder" in tab.export_note.text()
    assert not (service.data_dir / "who5.json").exists()
    assert service.on_vault(audit.list_exports) == []
