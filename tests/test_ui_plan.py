"""The Goals and plan tab over a real vault: goals, steps, ratings chart, the plan by
member and by actor, consent marks, the map's goals, and surviving a lock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from plan_helpers import create, install_danish, make_family, open_workspace
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.casework import InfoKind
from ftbt_desktop.core.family_map import NodeKind
from ftbt_desktop.core.model import LifeArea
from ftbt_desktop.core.plan import ActorKind, GoalStatus, StepOwnerKind
from ftbt_desktop.core.plan_view import is_overdue
from ftbt_desktop.operations.records import add_record, edit_record
from ftbt_desktop.storage.demo import add_demo_families
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.family_map.map_model import FamilyMapModel, node_id_for
from ftbt_desktop.ui.plan.plan_overview import BY_MEMBER, BY_OWNER
from ftbt_desktop.ui.plan.plan_tab import GOALS_PAGE, PLAN_PAGE, GoalsPlanTab
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.workspace.workspace import FamilyWorkspace
from ftbt_desktop.words.translations import install_translators

TODAY = dt.date.today()


@pytest.fixture
def service(data_dir: Path, vault: Vault) -> VaultService:
    service = VaultService(data_dir)
    service.attach(vault)
    return service


@pytest.fixture
def family(service: VaultService) -> tuple[str, dict[str, str]]:
    return make_family(service)


@pytest.fixture
def workspace(
    qtbot: QtBot, service: VaultService, family: tuple[str, dict[str, str]]
) -> FamilyWorkspace:
    return open_workspace(qtbot, service, family[0], "Goals and plan")


@pytest.fixture
def tab(workspace: FamilyWorkspace) -> GoalsPlanTab:
    return workspace.plan_tab


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


def add_goal_by_form(tab: GoalsPlanTab, text: str, members: list[str] = ()) -> str:  # type: ignore[assignment]
    tab.new_goal_button.click()
    form = tab.goal_form
    assert form.isVisible()
    form.text_edit.setText(text)
    for member_id in members:
        form.members.box(member_id).setChecked(True)
    form.save_button.click()
    assert not form.isVisible(), form.message.text()
    return next(g.id for g in tab.data.goals if g.text == text)


def add_step_by_form(tab: GoalsPlanTab, what: str, due: str | None = None) -> str:
    detail = tab.detail
    detail.step_add.click()
    form = detail.step_form
    form.what_edit.setText(what)
    form.due.set_iso(due)
    form.save_button.click()
    assert not form.isVisible(), form.message.text()
    return next(s.id for s in detail.steps() if s.what == what)


# -- goals, steps, ratings ----------------------------------------------------


def test_goal_with_two_steps_and_three_ratings_shows_the_chart_points(
    tab: GoalsPlanTab, service: VaultService, family: tuple[str, dict[str, str]]
) -> None:
    family_id, members = family
    tab.new_goal_button.click()
    form = tab.goal_form
    form.text_edit.setText("Mette vil tilbage på arbejde på deltid")
    form.members.box(members["Mette"]).setChecked(True)
    form.area_combo.setCurrentIndex(form.area_combo.findData(LifeArea.WORK_EDUCATION.value))
    form.why_edit.setPlainText("Hun savner kollegerne")
    form.target.set_iso(day(90))
    form.save_button.click()
    assert not form.isVisible(), form.message.text()

    [goal] = service.load(family_id, "goal")
    assert goal.text == "Mette vil tilbage på arbejde på deltid"
    assert goal.member_ids == [members["Mette"]]
    assert goal.life_area == LifeArea.WORK_EDUCATION
    assert goal.why == "Hun savner kollegerne"
    assert goal.target_date == day(90)
    assert goal.status is GoalStatus.ACTIVE
    assert tab.detail.goal is not None and tab.detail.goal.id == goal.id
    assert tab.goal_row_texts(goal.id)[:3] == [goal.text, "Mette", "Active"]

    add_step_by_form(tab, "Møde med jobcentret", day(7))
    add_step_by_form(tab, "Tale med lægen om deltid")
    steps = service.load(family_id, "step")
    assert sorted(s.what for s in steps) == ["Møde med jobcentret", "Tale med lægen om deltid"]
    assert all(s.goal_id == goal.id and s.owner_kind is StepOwnerKind.COORDINATOR for s in steps)
    assert [tab.detail.step_row_texts(r)[1] for r in range(2)] == [
        "Møde med jobcentret",
        "Tale med lægen om deltid",
    ]

    # Entered out of order: the chart orders them by date.
    detail = tab.detail
    for date, value in ((day(-30), 5), (day(-60), 3), (day(0), 6)):
        detail.rating_date.set_iso(date)
        detail.rating_value.setValue(value)
        detail.rating_add.click()
        assert not detail.rating_message.isVisible(), detail.rating_message.text()
    assert len(service.load(family_id, "progress_rating")) == 3
    assert detail.chart.points() == [(day(-60), 3), (day(-30), 5), (day(0), 6)]
    points = detail.chart.plotted_points()
    assert len(points) == 3
    xs, ys = [p.x() for p in points], [p.y() for p in points]
    assert xs[0] < xs[1] < xs[2]
    # Dates are spaced by real time: 30 days then 30 days.
    assert xs[1] - xs[0] == pytest.approx(xs[2] - xs[1], abs=0.5)
    assert ys[0] > ys[1] > ys[2]  # higher ratings are drawn higher up
    assert "3" in detail.chart.accessibleDescription()
    assert detail.rating_list.count() == 3


def test_a_rating_without_a_value_is_refused_and_keeps_the_note(tab: GoalsPlanTab) -> None:
    add_goal_by_form(tab, "Freja kommer i skole hver dag")
    detail = tab.detail
    detail.rating_note.setText("Mandage er svære")
    detail.rating_add.click()
    assert detail.rating_message.isVisible()
    assert "0 to 10" in detail.rating_message.text()
    assert detail.rating_note.text() == "Mandage er svære"
    assert detail.chart.points() == []


def test_marking_a_step_done_writes_it_and_takes_it_off_the_plan(
    tab: GoalsPlanTab, service: VaultService
) -> None:
    add_goal_by_form(tab, "Ro på morgenerne")
    step_id = add_step_by_form(tab, "Lave en morgenplan med børnene", day(-2))
    detail = tab.detail
    assert "Overdue" in detail.step_row_texts(0)

    detail.set_done(step_id, True)

    assert service.load_one(step_id).done is True
    row = detail.step_row_texts(detail.step_row(step_id))
    assert row[0] == "Done"
    assert "Overdue" not in row  # a done step is never overdue
    tab.show_page(PLAN_PAGE)
    whats = [s.what for g in tab.overview.groups() for e in g.entries for s in e.steps]
    assert "Lave en morgenplan med børnene" not in whats

    detail.set_done(step_id, False)
    assert service.load_one(step_id).done is False


def test_overdue_steps_say_so_with_an_icon_and_a_word(
    tab: GoalsPlanTab, service: VaultService, family: tuple[str, dict[str, str]]
) -> None:
    family_id, _ = family
    goal_id = create(service, "goal", family_id, text="Bedre søvn")
    for what, due in (("Før", day(-1)), ("I dag", day(0)), ("Senere", day(5)), ("Udateret", None)):
        create(service, "step", family_id, goal_id=goal_id, what=what, due=due)
    tab.select_goal(goal_id)
    detail = tab.detail
    status = {
        detail.step_row_texts(r)[1]: detail.steps_table.item(r, 4)
        for r in range(detail.steps_table.rowCount())
    }
    assert status["Før"].text() == "Overdue"
    assert not status["Før"].icon().isNull()
    for what in ("I dag", "Senere", "Udateret"):
        assert status[what].text() == ""
        assert status[what].icon().isNull()

    tab.show_page(PLAN_PAGE)
    goal_item = tab.overview.group_items()[-1].child(0)  # the whole family's group
    marks = {
        goal_item.child(i).text(0): goal_item.child(i).text(3)
        for i in range(goal_item.childCount())
    }
    assert marks == {"Før": "Overdue", "I dag": "", "Senere": "", "Udateret": ""}


def test_a_goals_members_are_named_in_the_familys_order(
    tab: GoalsPlanTab, service: VaultService, family: tuple[str, dict[str, str]]
) -> None:
    family_id, m = family
    goal_id = create(
        service, "goal", family_id, text="Sammen", member_ids=[m["Oscar"], m["Mette"], m["Freja"]]
    )
    tab.select_goal(goal_id)
    # As in Members (adults first, oldest first), whatever order the ids are stored in.
    assert tab.goal_row_texts(goal_id)[1] == "Mette, Freja, Oscar"
    assert tab.detail.meta.text().startswith("For Mette, Freja, Oscar · ")


def test_a_refused_goal_keeps_everything_typed(tab: GoalsPlanTab, service: VaultService) -> None:
    family_id = str(tab.family_id)
    tab.new_goal_button.click()
    form = tab.goal_form
    form.why_edit.setPlainText("Det betyder alt for dem")
    form.target.set_iso(day(30))
    form.save_button.click()
    assert form.isVisible()
    assert form.message.text() == "Write the goal in the family's own words."
    assert form.why_edit.toPlainText() == "Det betyder alt for dem"
    assert form.target.iso() == day(30)

    form.text_edit.setText("x" * 1001)
    form.save_button.click()
    assert form.isVisible()
    assert "1000" in form.message.text()
    assert form.text_edit.text() == "x" * 1001
    assert service.load(family_id, "goal") == []

    # "New goal" again keeps the open form as it is.
    tab.new_goal_button.click()
    assert form.why_edit.toPlainText() == "Det betyder alt for dem"


def test_editing_a_goal_writes_only_what_changed(tab: GoalsPlanTab, service: VaultService) -> None:
    goal_id = add_goal_by_form(tab, "Flere gode aftener")
    service.run(edit_record, goal_id, {"why": "Skrevet et andet sted"})  # meanwhile, elsewhere
    tab.edit_goal_button.click()
    form = tab.goal_form
    form.status_combo.setCurrentIndex(form.status_combo.findData(GoalStatus.REACHED.value))
    form.save_button.click()
    goal = service.load_one(goal_id)
    assert goal.status is GoalStatus.REACHED
    assert goal.why == "Skrevet et andet sted"
    assert tab.goal_row_texts(goal_id)[2] == "Reached"


def test_the_owner_picker_adds_an_actor_when_there_is_none(
    tab: GoalsPlanTab, service: VaultService, family: tuple[str, dict[str, str]]
) -> None:
    family_id, members = family
    add_goal_by_form(tab, "Freja trives i skolen", [members["Freja"]])
    detail = tab.detail
    detail.step_add.click()
    picker = detail.step_form.owner
    assert picker.hint.isVisible()  # no actors yet: the picker says so
    picker.new_actor_button.click()
    assert picker.add_row.isVisible()
    picker.add_button.click()  # no name: refused, nothing written
    assert picker.message.isVisible()
    assert service.load(family_id, "actor") == []
    picker.actor_name.setText("Skolen")
    picker.actor_kind.setCurrentIndex(picker.actor_kind.findData(ActorKind.SCHOOL.value))
    picker.add_button.click()

    [actor] = service.load(family_id, "actor")
    assert (actor.name, actor.kind) == ("Skolen", ActorKind.SCHOOL)
    assert picker.owner() == (StepOwnerKind.ACTOR.value, actor.id)
    assert not picker.hint.isVisible()
    detail.step_form.what_edit.setText("Lave en fraværsplan")
    detail.step_form.save_button.click()
    [step] = service.load(family_id, "step")
    assert (step.owner_kind, step.owner_id) == (StepOwnerKind.ACTOR, actor.id)
    # The school has no consent yet, and the step's "who" says so.
    who = detail.steps_table.item(0, 2)
    assert who.text() == "Skolen (School) – no valid consent"
    assert not who.icon().isNull()


# -- the plan on one page -------------------------------------------------------


@pytest.fixture
def planned(service: VaultService, family: tuple[str, dict[str, str]]) -> dict[str, str]:
    """Two actors, three active goals and a reached one, with steps for everyone."""
    family_id, m = family
    ids = {
        "job": create(service, "actor", family_id, name="Jobcentret", kind="jobcenter"),
        "school": create(service, "actor", family_id, name="Skolen", kind="school"),
    }
    ids["work"] = create(service, "goal", family_id, text="Arbejde", member_ids=[m["Mette"]])
    ids["class"] = create(service, "goal", family_id, text="Skole", member_ids=[m["Freja"]])
    ids["home"] = create(service, "goal", family_id, text="Ro derhjemme")
    ids["old"] = create(
        service, "goal", family_id, text="Gammelt mål", member_ids=[m["Mette"]], status="reached"
    )
    steps = (
        ("work", "Samtale på jobcentret", "actor", ids["job"], False),
        ("work", "Mette søger to job", "member", m["Mette"], False),
        ("work", "Allerede gjort", "coordinator", None, True),
        ("class", "Fraværsplan", "actor", ids["school"], False),
        ("class", "Ringe til klasselæreren", "coordinator", None, False),
        ("home", "Familiemøde hver søndag", "member", m["Jonas"], False),
        ("old", "Hører til et nået mål", "coordinator", None, False),
    )
    for goal, what, kind, owner, done in steps:
        create(
            service,
            "step",
            family_id,
            goal_id=ids[goal],
            what=what,
            owner_kind=kind,
            owner_id=owner,
            done=done,
        )
    return ids


def tree(tab: GoalsPlanTab) -> dict[str, dict[str, list[str]]]:
    """{group title: {goal title: [step words]}} as the plan shows it."""
    shown = {}
    for group in tab.overview.group_items():
        goals = {}
        for g in range(group.childCount()):
            goal = group.child(g)
            goals[goal.text(0)] = [goal.child(s).text(0) for s in range(goal.childCount())]
        shown[group.text(0)] = goals
    return shown


def test_plan_grouped_by_member_and_by_who_does_it(
    tab: GoalsPlanTab, planned: dict[str, str]
) -> None:
    tab.refresh()
    tab.show_page(PLAN_PAGE)
    overview = tab.overview
    overview.set_grouping(BY_MEMBER)
    no_consent = " – no valid consent"
    nothing = {"Nothing to do in the plan": []}
    assert tree(tab) == {
        "Mette": {"Goal: Arbejde": ["Mette søger to job", "Samtale på jobcentret"]},
        "Jonas": nothing,
        "Freja": {"Goal: Skole": ["Fraværsplan", "Ringe til klasselæreren"]},
        "Oscar": nothing,
        "The whole family": {"Goal: Ro derhjemme": ["Familiemøde hver søndag"]},
    }
    assert overview.summary.text() == "Active goals: 3 · Open steps: 5"

    overview.set_grouping(BY_OWNER)
    assert overview.grouping() == BY_OWNER
    shown = tree(tab)
    assert list(shown) == [
        "Jobcentret (Jobcenter)" + no_consent,
        "Skolen (School)" + no_consent,
        "Coordinator",
        "Jonas",  # members as in the Members tab: the oldest adult first
        "Mette",
    ]
    assert shown["Skolen (School)" + no_consent] == {"Goal: Skole": ["Fraværsplan"]}
    assert shown["Jobcentret (Jobcenter)" + no_consent] == {
        "Goal: Arbejde": ["Samtale på jobcentret"]
    }
    assert shown["Coordinator"] == {"Goal: Skole": ["Ringe til klasselæreren"]}
    assert shown["Mette"] == {"Goal: Arbejde": ["Mette søger to job"]}
    assert shown["Jonas"] == {"Goal: Ro derhjemme": ["Familiemøde hver søndag"]}

    # Double-clicking a step opens its goal.
    school = next(g for g in overview.group_items() if g.text(0).startswith("Skolen"))
    overview.tree.itemActivated.emit(school.child(0).child(0), 0)
    assert tab.pages.currentIndex() == GOALS_PAGE
    assert tab.detail.goal is not None and tab.detail.goal.id == planned["class"]


def test_an_actor_without_a_valid_consent_is_marked_until_one_is_given(
    tab: GoalsPlanTab,
    service: VaultService,
    family: tuple[str, dict[str, str]],
    planned: dict[str, str],
) -> None:
    family_id, m = family
    tab.show_page(PLAN_PAGE)
    tab.overview.set_grouping(BY_OWNER)

    def school_group() -> tuple[str, str, bool]:
        group = next(g for g in tab.overview.group_items() if g.text(0).startswith("Skolen"))
        return group.text(0), group.text(3), not group.icon(0).isNull()

    assert school_group() == ("Skolen (School) – no valid consent", "No valid consent", True)
    tab.overview.set_grouping(BY_MEMBER)
    freja = next(g for g in tab.overview.group_items() if g.text(0) == "Freja")
    step = freja.child(0).child(0)
    assert step.text(1) == "Skolen (School) – no valid consent"
    assert not step.icon(1).isNull()

    # An expired consent does not count; a valid one (written through the repository) does.
    consent = {
        "member_id": m["Freja"],
        "actor_id": planned["school"],
        "info_kinds": [InfoKind.SCHOOL_DAYCARE.value],
        "purpose": "Samarbejde om Frejas fremmøde",
    }
    service.run(
        add_record, "consent", family_id, {**consent, "given": day(-400), "valid_until": day(-35)}
    )
    tab.overview.set_grouping(BY_OWNER)
    assert school_group()[2] is True
    service.run(
        add_record, "consent", family_id, {**consent, "given": day(-10), "valid_until": day(355)}
    )
    assert school_group() == ("Skolen (School)", "", False)
    job = next(g for g in tab.overview.group_items() if g.text(0).startswith("Jobcentret"))
    assert job.text(3) == "No valid consent"  # the other actor is still marked
    tab.overview.set_grouping(BY_MEMBER)
    freja = next(g for g in tab.overview.group_items() if g.text(0) == "Freja")
    assert freja.child(0).child(0).text(1) == "Skolen (School)"
    assert freja.child(0).child(0).icon(1).isNull()


def test_the_plan_speaks_danish(
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    service: VaultService,
    family: tuple[str, dict[str, str]],
    planned: dict[str, str],
) -> None:
    install_danish(qapp, tmp_path)
    try:
        family_id, _ = family
        create(service, "step", family_id, goal_id=planned["home"], what="For sent", due=day(-3))
        workspace = open_workspace(qtbot, service, family_id, "Mål og plan")
        tab = workspace.plan_tab
        tab.show_page(PLAN_PAGE)
        tab.overview.set_grouping(BY_OWNER)
        titles = [g.text(0) for g in tab.overview.group_items()]
        school = next(t for t in titles if t.startswith("Skolen ("))
        assert school.endswith(") – intet gyldigt samtykke")
        assert "Koordinator" in titles
        tab.select_goal(planned["home"])
        row = tab.detail.step_row(next(s.id for s in tab.detail.steps() if s.what == "For sent"))
        assert tab.detail.step_row_texts(row)[4] == "Overskredet"
        assert tab.detail.step_row_texts(row)[3] == (TODAY - dt.timedelta(days=3)).strftime(
            "%d.%m.%Y"
        )
        assert tab.detail.rating_date.displayFormat() == "dd.MM.yyyy"
    finally:
        install_translators(qapp, "en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


# -- one goal, on the map and in the plan -------------------------------------


def test_a_goal_made_on_the_map_is_in_the_plan_and_the_other_way_round(
    qtbot: QtBot, tab: GoalsPlanTab, service: VaultService, family: tuple[str, dict[str, str]]
) -> None:
    family_id, members = family
    model = FamilyMapModel(service, family_id)
    try:
        node_id = model.add_node(
            NodeKind.GOAL, 100, 200, label="Flere venner", member_ids=[members["Freja"]]
        )
        goal_id = str(model.node(node_id).ref_id)  # type: ignore[union-attr]
        assert goal_id in {g.id for g in tab.data.goals}
        assert tab.goal_row_texts(goal_id)[:2] == ["Flere venner", "Freja"]

        plan_goal = add_goal_by_form(tab, "Mette sover bedre", [members["Mette"]])
        assert plan_goal in {g.id for g in model.goals()}
        view = model.node_for(plan_goal)
        assert view is not None and view.label == "Mette sover bedre"

        # The same entity: words edited in the plan are the map node's words.
        tab.select_goal(goal_id)
        tab.edit_goal_button.click()
        tab.goal_form.text_edit.setText("Freja får flere venner")
        tab.goal_form.save_button.click()
        assert model.node(node_id).label == "Freja får flere venner"  # type: ignore[union-attr]
        assert {g.id for g in service.load(family_id, "goal")} == {goal_id, plan_goal}
    finally:
        model.close()


def test_removing_a_goal_takes_its_steps_ratings_and_map_node(
    tab: GoalsPlanTab, service: VaultService, family: tuple[str, dict[str, str]]
) -> None:
    family_id, _ = family
    model = FamilyMapModel(service, family_id)
    try:
        goal_id = add_goal_by_form(tab, "Skal fjernes")
        add_step_by_form(tab, "Et skridt")
        create(service, "progress_rating", family_id, goal_id=goal_id, date=day(0), value=4)
        assert model.node_for(goal_id) is not None
        tab.select_goal(goal_id)
        tab.remove_goal_button.click()
        assert tab.remove_confirm.isVisible()
        tab.remove_confirm.confirm_button.click()
        assert service.load(family_id, "goal") == []
        assert service.load(family_id, "step") == []
        assert service.load(family_id, "progress_rating") == []
        assert node_id_for(goal_id) not in {n.id for n in service.load(family_id, "map_node")}
        assert model.node_for(goal_id) is None
    finally:
        model.close()


# -- stored as changes: history, lock and reopen -----------------------------------


def test_history_names_goals_and_steps_by_their_words(
    qtbot: QtBot, service: VaultService, family: tuple[str, dict[str, str]]
) -> None:
    family_id, _ = family
    goal_id = create(service, "goal", family_id, text="Et mål med ord", target_date=day(10))
    create(service, "step", family_id, goal_id=goal_id, what="Et skridt med ord")
    workspace = open_workspace(qtbot, service, family_id, "History")
    history = workspace.history_tab
    whats = {history.row_texts(r)[2] for r in range(history.visible_row_count())}
    assert "Et mål med ord · Target date" in whats
    assert "Et skridt med ord · What" in whats


def test_goals_steps_and_ratings_survive_lock_and_reopen(
    qtbot: QtBot,
    tab: GoalsPlanTab,
    service: VaultService,
    data_dir: Path,
    family: tuple[str, dict[str, str]],
    request: pytest.FixtureRequest,
) -> None:
    family_id, members = family
    goal_id = add_goal_by_form(tab, "Overlever låsen", [members["Jonas"]])
    step_id = add_step_by_form(tab, "Skridt der overlever", day(3))
    tab.detail.set_done(step_id, True)
    tab.detail.rating_value.setValue(7)
    tab.detail.rating_add.click()
    before = {
        kind: sorted(service.load(family_id, kind), key=lambda e: e.id)
        for kind in ("goal", "step", "progress_rating")
    }
    # Forms left open across the lock keep what was typed and chosen.
    tab.new_goal_button.click()
    tab.goal_form.text_edit.setText("Halvt skrevet")
    tab.goal_form.members.box(members["Freja"]).setChecked(True)
    tab.detail.step_add.click()
    tab.detail.step_form.what_edit.setText("Halvt skridt")
    picker = tab.detail.step_form.owner
    picker.set_owner((StepOwnerKind.MEMBER.value, members["Mette"]))

    service.lock()
    assert not service.is_unlocked
    # Nothing of the family is left on show behind the unlock screen.
    assert tab.goal_list.topLevelItemCount() == 0
    assert tab.detail.steps_table.rowCount() == 0
    assert tab.detail.chart.points() == []
    service.attach(Vault.open(data_dir, PASSPHRASE))
    request.addfinalizer(service.lock)
    qtbot.waitUntil(lambda: any(g.id == goal_id for g in tab.data.goals))

    after = {
        kind: sorted(service.load(family_id, kind), key=lambda e: e.id)
        for kind in ("goal", "step", "progress_rating")
    }
    assert after == before
    assert after["step"][0].done is True
    assert tab.goal_form.isVisible()
    assert tab.goal_form.text_edit.text() == "Halvt skrevet"
    assert tab.goal_form.members.checked_ids() == [members["Freja"]]
    assert tab.detail.step_form.isVisible()
    assert tab.detail.step_form.what_edit.text() == "Halvt skridt"
    assert picker.owner() == (StepOwnerKind.MEMBER.value, members["Mette"])
    assert tab.detail.goal is not None and tab.detail.goal.id == goal_id  # same goal again
    tab.select_goal(goal_id)
    assert tab.detail.chart.points() == [(day(0), 7)]
    assert tab.detail.steps_table.item(0, 0).checkState() == Qt.CheckState.Checked


def test_the_demo_family_shows_the_plan_in_use(qtbot: QtBot, service: VaultService) -> None:
    holm, jensen = service.on_vault(add_demo_families)
    workspace = open_workspace(qtbot, service, holm, "Goals and plan")
    tab = workspace.plan_tab
    assert len(tab.data.goals) == 4
    assert {g.status for g in tab.data.goals} == {GoalStatus.ACTIVE, GoalStatus.REACHED}
    assert all(tab.data.ratings_of(g.id) for g in tab.data.goals)
    # One step is overdue, and it is the jobcenter's.
    overdue = [s for s in tab.data.steps if is_overdue(s, TODAY)]
    assert [s.what for s in overdue] == ["Samtale på jobcentret om delvis raskmelding"]
    assert overdue[0].owner_kind is StepOwnerKind.ACTOR
    tab.show_page(PLAN_PAGE)
    tab.overview.set_grouping(BY_OWNER)
    marked = [g.text(0) for g in tab.overview.group_items() if g.text(3) == "No valid consent"]
    assert marked == ["Snekkersten IF, fodbold (Civil society) – no valid consent"]
    workspace.tab_widget.setCurrentWidget(workspace.visits_tab)
    qtbot.waitUntil(workspace.visits_tab.isVisible)
    assert workspace.visits_tab.since_label.text() == "Last visit: 12 days ago"
    assert service.load(jensen, "goal") == []  # the closed demo family has no plan
