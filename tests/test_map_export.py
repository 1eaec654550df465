"""Map export: a PNG that opens, a vector PDF with text, internal notes only for the coordinator."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from map_helpers import member_node_id
from pdf_text import page_count, pdf_text
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from ftbt_desktop.core.family_map import LinkKind, NodeKind, Visibility
from ftbt_desktop.export.map_export import ExportFormat
from ftbt_desktop.mapdraw.export_scene import Audience
from ftbt_desktop.storage import audit
from ftbt_desktop.storage.errors import VaultLocked
from ftbt_desktop.ui.family_map.export_dialog import MapExportDialog
from ftbt_desktop.ui.family_map.map_extras import MapExtras
from ftbt_desktop.ui.family_map.map_tab import FamilyMapTab
from ftbt_desktop.ui.service import VaultService

pytest_plugins = ("map_helpers",)  # the service and demo_ids fixtures

INTERNAL = "Bekymring for økonomi"
FAMILY_WORDS = "Freja vil i skole hver dag"


def map_with_internal_note(
    qtbot: QtBot, service: VaultService, family_id: str
) -> tuple[FamilyMapTab, MapExtras]:
    tab = FamilyMapTab(service, family_id)
    extras = MapExtras(tab)
    qtbot.addWidget(tab)
    goal = tab.add_node(NodeKind.GOAL, (0.0, 450.0), FAMILY_WORDS)
    note = tab.add_node(NodeKind.NOTE, (400.0, -250.0), INTERNAL)
    assert goal and note
    tab.set_visibility([note], Visibility.INTERNAL)
    tab.link_nodes(goal, member_node_id(tab.model, "Freja"), LinkKind.SUPPORTS)
    tab.link_nodes(note, member_node_id(tab.model, "Mette"), LinkKind.STRAINS)
    return tab, extras


def ink_share(image: QImage) -> float:
    """The share of sampled pixels that are not white: 0 for a blank picture."""
    white = QColor("white").rgb()
    samples = [
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    ]
    return sum(1 for p in samples if p != white) / len(samples)


def test_png_export_opens_and_is_not_blank(
    qtbot: QtBot, tmp_path: Path, service: VaultService, demo_ids: list[str]
) -> None:
    _tab, extras = map_with_internal_note(qtbot, service, demo_ids[0])
    path = tmp_path / "kort.png"
    assert extras.export_to(path, ExportFormat.PNG, Audience.FAMILY)

    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() >= 1000 and image.height() >= 600  # drawn at twice screen size
    assert 0.01 < ink_share(image) < 0.9
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600  # personal data: the owner only


def test_pdf_export_is_vector_text_and_the_family_version_leaves_internal_notes_out(
    qtbot: QtBot, tmp_path: Path, service: VaultService, demo_ids: list[str]
) -> None:
    _tab, extras = map_with_internal_note(qtbot, service, demo_ids[0])
    for_family = tmp_path / "familie.pdf"
    for_coordinator = tmp_path / "koordinator.pdf"
    assert extras.export_to(for_family, ExportFormat.PDF, Audience.FAMILY)
    assert extras.export_to(for_coordinator, ExportFormat.PDF, Audience.COORDINATOR)

    for path in (for_family, for_coordinator):
        raw = path.read_bytes()
        assert raw.startswith(b"%PDF")
        assert page_count(raw) == 1
        assert b"/Subtype /Image" not in raw  # drawn as vectors and text, not a picture
    family_text = pdf_text(for_family)
    coordinator_text = pdf_text(for_coordinator)
    compact = "".join(FAMILY_WORDS.split())
    assert compact in family_text and compact in coordinator_text  # text stays text
    assert "FamilienHolm-Kristensen" in family_text  # the heading
    assert "".join(INTERNAL.split()) in coordinator_text
    assert "".join(INTERNAL.split()) not in family_text


def test_export_dialog_writes_only_where_the_user_chose(
    qtbot: QtBot, tmp_path: Path, service: VaultService, demo_ids: list[str]
) -> None:
    tab, extras = map_with_internal_note(qtbot, service, demo_ids[0])
    out = tmp_path / "out"
    chosen = out / "valgt" / "kortet"
    chosen.parent.mkdir(parents=True)
    answers = [""]  # first the user cancels the save dialog, then picks a file

    def choose(_parent: object, _title: str, suggested: str, name_filter: str) -> str:
        assert "holm" not in suggested.casefold()  # no family name in the suggested file name
        assert "*.png" in name_filter
        return answers.pop(0) if answers else str(chosen)

    dialog = extras.open_export()
    dialog.choose_path = choose
    assert isinstance(dialog, MapExportDialog)
    assert dialog.warning.isVisibleTo(dialog) and len(dialog.warning.text()) > 40
    assert "personal data" in dialog.warning.text()
    assert "encrypted folder your municipality prescribes" in dialog.warning.text()
    assert dialog.family_radio.isChecked()  # the safe version is the default
    dialog.png_radio.setChecked(True)

    dialog.save_button.click()
    assert dialog.isVisible() and list(out.rglob("*.*")) == []  # cancelled: nothing written

    with qtbot.waitSignal(extras.sig_exported) as exported:
        dialog.save_button.click()
    written = chosen.with_name("kortet.png")  # the format's suffix is added
    assert exported.args == [written]
    assert [p for p in out.rglob("*") if p.is_file()] == [written]
    assert not QImage(str(written)).isNull()
    assert written.name in tab.message.text()


def test_export_to_an_unwritable_place_says_so(
    qtbot: QtBot, tmp_path: Path, service: VaultService, demo_ids: list[str]
) -> None:
    tab, extras = map_with_internal_note(qtbot, service, demo_ids[0])
    missing = tmp_path / "findes-ikke" / "kort.pdf"
    assert not extras.export_to(missing, ExportFormat.PDF, Audience.FAMILY)
    assert not missing.exists()
    assert tab.message.text()


def test_every_map_export_is_in_the_audit_trail(
    qtbot: QtBot, tmp_path: Path, service: VaultService, demo_ids: list[str]
) -> None:
    _tab, extras = map_with_internal_note(qtbot, service, demo_ids[0])
    assert extras.export_to(tmp_path / "a.png", ExportFormat.PNG, Audience.FAMILY)
    assert extras.export_to(tmp_path / "b.pdf", ExportFormat.PDF, Audience.COORDINATOR)
    assert not extras.export_to(tmp_path / "none" / "c.pdf", ExportFormat.PDF, Audience.FAMILY)

    records = sorted(service.on_vault(audit.list_exports), key=lambda r: r.at)
    assert [(r.kind, r.format, r.audience, r.family_ids) for r in records] == [
        (audit.KIND_MAP, "png", "family", (demo_ids[0],)),
        (audit.KIND_MAP, "pdf", "coordinator", (demo_ids[0],)),
    ]  # a failed write is not an export
    assert all(not r.sent for r in records)  # waiting for the sync to report them
    assert service.on_vault(audit.list_exports, family_id=demo_ids[1]) == []


def test_an_export_that_cannot_be_logged_is_not_kept(
    qtbot: QtBot,
    tmp_path: Path,
    service: VaultService,
    demo_ids: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab, extras = map_with_internal_note(qtbot, service, demo_ids[0])

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise VaultLocked()

    monkeypatch.setattr(audit, "record_export", refuse)
    path = tmp_path / "kort.png"
    assert not extras.export_to(path, ExportFormat.PNG, Audience.FAMILY)
    assert not path.exists()
    assert tab.message.text()
