"""Screenshots of the family map for the README, taken from the real app under Xvfb.

    python tools/screenshots.py [--out docs/screenshots]

Without a display it starts itself again under `xvfb-run` (Debian: `apt-get
install xvfb`). It creates a throw-away vault in a temporary folder with the
invented demo families, draws a map for the demo family Holm-Kristensen
(everything on it is made up), opens the real main window in Danish, and
saves what the X server shows:

- map.png: the Map tab, with the family list beside it;
- map-snapshot.png: the "Første besøg" snapshot beside today's map;
- kitchen-table.png: family view (kitchen-table mode), full screen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREEN = (1920, 1080)  # a full-HD laptop screen
PASSPHRASE = "skærmbilleder af demofamilien 2025"
FAMILY = "Familien Holm-Kristensen"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        return _rerun_under_xvfb(argv or sys.argv[1:])
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    os.environ.setdefault("FTBT_KDF_PROFILE", "owasp-min")  # a throw-away vault
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        take_screenshots(Path(folder), args.out)
    return 0


def _rerun_under_xvfb(argv: list[str]) -> int:
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        sys.stderr.write("No display and no xvfb-run: apt-get install xvfb\n")
        return 1
    screen = f"-screen 0 {SCREEN[0]}x{SCREEN[1]}x24 -dpi 96"
    command = [xvfb, "-a", "-s", screen, sys.executable, __file__, *argv]
    return subprocess.call(command)


def take_screenshots(folder: Path, out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from ftbt_desktop.settings import Settings
    from ftbt_desktop.ui.family_map.map_extras import MapExtras
    from ftbt_desktop.ui.main_window import APP_TITLE, MainWindow
    from ftbt_desktop.ui.translations import install_translators

    app = QApplication([sys.argv[0], "-platform", "xcb"])
    app.setApplicationName(APP_TITLE)
    qm_dir = folder / "qm"
    qm_dir.mkdir()
    subprocess.check_call(
        [
            str(Path(sys.executable).with_name("pyside6-lrelease")),
            "-silent",
            str(ROOT / "resources" / "translations" / "ftbt_da.ts"),
            "-qm",
            str(qm_dir / "ftbt_da.qm"),
        ]
    )
    install_translators(app, "da", qm_dir)
    data_dir = folder / "data"
    family_id = make_demo_vault(data_dir)

    window = MainWindow(data_dir, Settings())
    window.resize(*SCREEN)
    window.move(0, 0)
    window.show()
    wait_until(app, lambda: window.isVisible())
    window.unlock_page.sig_unlock.emit(PASSPHRASE)
    wait_until(app, lambda: window.current_page() is window.main_page)
    window.family_list.select_family(family_id)
    workspace = window.workspace
    workspace.tab_widget.setCurrentWidget(workspace.map_tab)
    tab = workspace.map_tab.current_map
    assert tab is not None
    pause(app)
    tab.view.fit_all()
    stress = next(v.id for v in tab.model.nodes() if v.label == "Sygemeldt med stress")
    tab.scene.select_only([stress])  # the side panel shows what can be set on a node
    pause(app)
    grab(app, window, out / "map.png")
    tab.scene.clearSelection()

    extras = tab.findChild(MapExtras)
    assert extras is not None
    pane = extras.set_compare(True)
    pause(app)
    tab.view.fit_all()
    tab.view.centerOn(tab.model.node(stress).x + 300, 150)  # the family and the stress
    pause(app)
    pane.show_like_live_map()  # again, now that both views have their final size
    pause(app)
    grab(app, window, out / "map-snapshot.png")
    extras.set_compare(False)

    extras.request_family_view()
    kitchen = window.kitchen_mode.window
    assert kitchen is not None
    wait_until(app, kitchen.isVisible)
    # Xvfb has no window manager to make the window full screen: do what one would.
    kitchen.setGeometry(QApplication.primaryScreen().geometry())
    pause(app)
    kitchen.fit_map()
    pause(app)
    grab(app, kitchen, out / "kitchen-table.png")
    window.kitchen_mode.leave()
    window.shut_down()


def pause(app: object, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def wait_until(app: object, condition: Callable[[], bool], timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the app did not get there in time")
        pause(app, 0.05)


def grab(app: object, window: object, path: Path) -> None:
    """What the X server shows of the window (not a re-render of the widgets)."""
    from PySide6.QtWidgets import QApplication

    pause(app)
    screen = QApplication.primaryScreen()
    pixmap = screen.grabWindow(0)
    geometry = window.frameGeometry()  # type: ignore[attr-defined]
    pixmap = pixmap.copy(geometry.intersected(screen.geometry()))
    if not pixmap.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    print(
        f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
        f"{pixmap.width()}x{pixmap.height()}"
    )


# -- the demo map ------------------------------------------------------------------


def make_demo_vault(data_dir: Path) -> str:
    """A vault with the demo families and a drawn map for Holm-Kristensen; its id."""
    from ftbt_desktop.storage import keys
    from ftbt_desktop.storage.demo import add_demo_families
    from ftbt_desktop.storage.vault import Vault
    from ftbt_desktop.ui.service import VaultService

    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    service = VaultService(data_dir)
    service.attach(vault)
    family_id = next(
        fid for fid in add_demo_families(service.repo) if service.repo.family(fid).name == FAMILY
    )
    draw_demo_map(service, family_id)
    service.lock()
    return family_id


def draw_demo_map(service: object, family_id: str) -> None:
    """The map a coordinator and the family might draw over the first visits.

    The demo family already has goals and actors (the plan and network demos);
    their nodes are moved into place, and the rest is drawn around them. The
    "Første besøg" snapshot is the map before the goals were made.
    """
    from ftbt_desktop.core.family_map import LinkKind, NodeKind, Visibility
    from ftbt_desktop.core.model import LifeArea
    from ftbt_desktop.ui.family_map.map_model import FamilyMapModel
    from ftbt_desktop.ui.family_map.snapshots import snapshot_content

    model = FamilyMapModel(service, family_id)  # places members, goals and actors
    who = {m.name.split()[0]: m.id for m in model.members()}

    def placed(starts: str) -> str:
        """The node of the member, goal or actor whose words start with `starts`."""
        return next(v.id for v in model.nodes() if v.label.startswith(starts))

    def add(
        kind: NodeKind, x: float, y: float, label: str, members: list[str], **kw: object
    ) -> str:
        return model.add_node(kind, x, y, label, [who[m] for m in members], **kw)  # type: ignore[arg-type]

    def link(a: str, b: str, kind: LinkKind, mutual: bool = False) -> None:
        model.add_link(a, b, kind, mutual)

    mette, jonas, inger = placed("Mette Holm"), placed("Jonas"), placed("Inger")
    freja, oscar = placed("Freja Holm"), placed("Oscar")
    jobcenter, school = placed("Jobcenter"), placed("Snekkersten Skole")
    daycare, club = placed("Børnehuset"), placed("Snekkersten IF")
    work_goal, school_goal = placed("Mette vil"), placed("Freja kommer")
    calm_goal, grandma_goal = placed("Rolige morgener"), placed("Mormor")
    model.move_nodes(
        {
            jobcenter: (-780, -250),
            work_goal: (-480, -250),
            school: (-780, 470),
            school_goal: (-480, 470),
            club: (120, 470),
            grandma_goal: (840, -20),
            daycare: (840, 470),
            calm_goal: (560, 470),
        }
    )

    # The first visit: the family, what is hard, what is strong, who is around.
    stress = add(
        NodeKind.CHALLENGE,
        -480,
        -10,
        "Sygemeldt med stress",
        ["Mette"],
        life_area=LifeArea.HEALTH,
    )
    absence = add(
        NodeKind.CHALLENGE,
        -480,
        230,
        "Meget fravær i skolen",
        ["Freja"],
        life_area=LifeArea.SCHOOL_DAYCARE,
    )
    mornings = add(
        NodeKind.CHALLENGE,
        560,
        230,
        "Svære afleveringer i børnehaven",
        ["Oscar"],
        life_area=LifeArea.SCHOOL_DAYCARE,
    )
    cooking = add(
        NodeKind.STRENGTH,
        100,
        -250,
        "Jonas laver mad med børnene",
        ["Jonas", "Freja", "Oscar"],
        life_area=LifeArea.CARE_PARENTING,
    )
    link(stress, mette, LinkKind.STRAINS)
    link(stress, absence, LinkKind.INFLUENCES)
    link(stress, mornings, LinkKind.INFLUENCES)
    link(mette, jonas, LinkKind.STRONG, mutual=True)
    link(inger, oscar, LinkKind.STRONG, mutual=True)
    link(school, absence, LinkKind.WEAK)
    first = {mette, jonas, inger, freja, oscar, stress, absence, mornings, cooking}
    first |= {jobcenter, school, daycare}
    content = model.snapshot_content()
    content = {
        "nodes": [n for n in content["nodes"] if n["id"] in first],
        "links": [lk for lk in content["links"] if {lk["source_id"], lk["target_id"]} <= first],
    }
    service.create_entity(  # type: ignore[attr-defined]
        "map_snapshot",
        family_id,
        name="Første besøg",
        date=(dt.date.today() - dt.timedelta(days=100)).isoformat(),
        content=snapshot_content(content),
    )

    # Since then: the family's goals, who helps with them, and a professional note.
    link(jobcenter, work_goal, LinkKind.SUPPORTS)
    link(stress, work_goal, LinkKind.STRAINS)
    link(school, school_goal, LinkKind.SUPPORTS)
    football = add(
        NodeKind.STRENGTH,
        -180,
        470,
        "Glad for at spille fodbold",
        ["Freja"],
        life_area=LifeArea.LEISURE_FRIENDS,
    )
    link(club, football, LinkKind.SUPPORTS)
    link(daycare, calm_goal, LinkKind.SUPPORTS)
    link(grandma_goal, calm_goal, LinkKind.SUPPORTS)
    add(
        NodeKind.NOTE,
        840,
        -250,
        "Overvej samtale med PPR om Freja",
        ["Freja"],
        visibility=Visibility.INTERNAL,
    )
    model.close()


if __name__ == "__main__":
    sys.exit(main())
