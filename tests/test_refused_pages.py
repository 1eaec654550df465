"""Refused work beside what it concerns, on every page (issue 13): a family handed over
before this laptop heard of it keeps the coordinator's consents, visits, measures, map
moves and family details in view, each on the page that shows that kind of thing, with
what was written — not only goals and members."""

from __future__ import annotations

from pathlib import Path

from held_family_helpers import WAIT_MS, accept_message, family_id, signed_in, sync_once
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.entities import ENTITY_CLASSES
from ftbt_desktop.operations.records import add_record, edit_record
from ftbt_desktop.ui.family_map.map_page import MapPage
from ftbt_desktop.ui.measures.measures_tab import MeasuresTab
from ftbt_desktop.ui.network.network_tab import NetworkTab
from ftbt_desktop.ui.plan.plan_tab import GoalsPlanTab
from ftbt_desktop.ui.plan_export.review_tab import ReviewTab
from ftbt_desktop.ui.sync.refused_changes import SHOWN_ON
from ftbt_desktop.ui.visits.visits_tab import VisitsTab
from ftbt_desktop.ui.workspace.family_details import FamilyDetailsTab
from ftbt_desktop.ui.workspace.family_tab import FamilyTab
from ftbt_desktop.ui.workspace.members_tab import MembersTab

pytest_plugins = ("server_fixtures", "sync_devices")

from server_fixtures import RunningServer  # noqa: E402

PAGES: list[type[FamilyTab]] = [
    FamilyDetailsTab,
    MembersTab,
    GoalsPlanTab,
    NetworkTab,
    VisitsTab,
    MeasuresTab,
    MapPage,
    ReviewTab,
]


def test_every_entity_type_has_a_page_that_shows_its_refused_changes() -> None:
    assert set(ENTITY_CLASSES) <= set(SHOWN_ON), set(ENTITY_CLASSES) - set(SHOWN_ON)
    pages = {page.REFUSED_PAGE for page in PAGES}
    assert None not in pages
    assert set(SHOWN_ON.values()) <= pages, set(SHOWN_ON.values()) - pages


def test_refused_consent_visit_measure_map_and_family_show_on_their_pages(
    qtbot: QtBot, sqlite_server_no_grace: RunningServer, tmp_path: Path
) -> None:
    server = sqlite_server_no_grace
    window = signed_in(qtbot, tmp_path, server)
    service = window.service
    holm = family_id(window, "Familien Holm")
    mette = service.add_member(holm, "Mette Holm", "parent", 1984).primary_id
    omar = service.add_member(holm, "Omar Holm", "child", 2015).primary_id
    actor = service.run(
        add_record, "actor", holm, {"name": "Jobcentret", "kind": "jobcenter"}
    ).primary_id
    node = service.run(
        add_record, "map_node", holm, {"kind": "note", "label": "Bekymret", "x": 10, "y": 20}
    )
    node_id = node.primary_id
    assert sync_once(qtbot, window).in_sync  # type: ignore[attr-defined]

    server.assign(holm, "bente")
    # Written here before the laptop heard that the family was handed over:
    service.run(
        add_record,
        "consent",
        holm,
        {
            "member_id": mette,
            "actor_id": actor,
            "actor_ids": [actor],
            "info_kinds": ["health"],
            "purpose": "Samarbejde om job",
            "given": "2025-03-01",
            "valid_until": "2026-03-01",
        },
    )
    service.run(
        add_record, "visit", holm, {"date": "2025-03-02", "summary": "Godt besøg i køkkenet"}
    )
    service.run(
        add_record,
        "leisure_activity",
        holm,
        {"child_id": omar, "what": "Svømning i hallen", "start": "2025-03-01"},
    )
    service.run(edit_record, node_id, {"x": 300, "y": 400})
    service.run(edit_record, holm, {"name": "Familien Holm-Berg"})
    controller = window.sync_ui.controller
    with qtbot.waitSignal(controller.sig_families_held, timeout=WAIT_MS):
        controller.sync_now()
    accept_message(window)
    window.family_list.select_family(holm)
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.current_family_id() == holm)

    def page_text(page: FamilyTab) -> str:
        workspace.tab_widget.setCurrentWidget(page)
        qtbot.waitUntil(page.refused_label.isVisible, timeout=WAIT_MS)
        assert page.refused_label.accessibleName()  # said by a screen reader, not colour only
        return page.refused_label.text()

    network = page_text(workspace.network_tab)
    assert "Not sent:" in network and "“Samarbejde om job”" in network
    visits = page_text(workspace.visits_tab)
    assert "“Godt besøg i køkkenet”" in visits
    measures = page_text(workspace.measures_tab)
    assert "“Svømning i hallen”" in measures
    assert "Samarbejde" not in measures and "Svømning" not in network  # each on its own page
    map_text = page_text(workspace.map_tab)
    assert "“Bekymret” moved on the map" in map_text or "Bekymret moved on the map" in map_text
    details = page_text(workspace.details_tab)
    assert "“Familien Holm-Berg”" in details
    # The server's view stays what the pages show.
    assert all(f.name != "Familien Holm-Berg" for f in service.list_families())
