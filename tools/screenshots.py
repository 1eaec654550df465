"""Screenshots of the family map for the README, taken from the real app under Xvfb.

    python tools/screenshots.py [--out docs/screenshots]

Without a display it starts itself again under `xvfb-run` (Debian: `apt-get
install xvfb`). It creates a throw-away vault in a temporary folder with the
invented demo families (Holm-Kristensen's map is drawn by the demo itself,
storage/demo_map.py; everything on it is made up), opens the real main
window in Danish, and saves what the X server shows:

- map.png: the Map tab, with the family list beside it, the legend, the map
  as a list (what F6 moves to) and the side panel for the selected node;
- consents.png: the Network and consent tab, with Freja's consent open: who
  gave it, about whom, to whom, about what, for what and how;
- map-snapshot.png: the "Første besøg" snapshot beside today's map;
- kitchen-table.png: family view (kitchen-table mode), full screen;
- plan-consents.png: the family's plan (the PDF the app exports), the page
  with the consents, as poppler's `pdftoppm` draws it (skipped without it).
"""

from __future__ import annotations

import argparse
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
    from ftbt_desktop.words.translations import install_translators

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
    tab.actions_by_name["as_list"].setChecked(True)  # the map in words, beside it
    pause(app)
    tab.view.fit_all()
    stress = next(v.id for v in tab.model.nodes() if v.label == "Sygemeldt med stress")
    tab.scene.select_only([stress])  # the side panel shows what can be set on a node
    pause(app)
    grab(app, window, out / "map.png")
    tab.scene.clearSelection()
    tab.actions_by_name["as_list"].setChecked(False)

    show_consent(app, window, family_id)
    grab(app, window, out / "consents.png")
    window.workspace.network_tab.consent_form.cancel()
    workspace.tab_widget.setCurrentWidget(workspace.map_tab)
    pause(app)

    extras = tab.findChild(MapExtras)
    assert extras is not None
    pane = extras.set_compare(True)
    pause(app)
    # Readable words rather than the whole map: the stress and the family beside it.
    tab.view.set_zoom(0.6)
    tab.view.centerOn(tab.model.node(stress).x + 180, tab.model.node(stress).y + 60)
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
    plan_page(window, family_id, folder, out / "plan-consents.png")
    window.shut_down()


def show_consent(app: object, window: object, family_id: str) -> None:
    """The Network and consent tab with Freja's consent (given by both parents) open."""
    workspace = window.workspace  # type: ignore[attr-defined]
    tab = workspace.network_tab
    workspace.tab_widget.setCurrentWidget(tab)
    members = {m.id: m.name for m in window.service.members(family_id)}  # type: ignore[attr-defined]
    consent = next(
        c
        for c in window.service.load(family_id, "consent")  # type: ignore[attr-defined]
        if members.get(c.member_id, "").startswith("Freja")
    )
    pause(app)
    tab.consent_table.select(consent.id)
    tab.consent_table.edit_button.click()
    pause(app)
    tab.scroll.ensureWidgetVisible(tab.consent_form.save_button)
    pause(app)


def plan_page(window: object, family_id: str, folder: Path, path: Path) -> None:
    """The family's plan written as the app exports it; the page with the consents."""
    pdftoppm, pdftotext = shutil.which("pdftoppm"), shutil.which("pdftotext")
    if pdftoppm is None or pdftotext is None:
        print(f"{path.name}: skipped (pdftoppm and pdftotext: apt-get install poppler-utils)")
        return
    from ftbt_desktop.export.family_plan import write_family_plan
    from ftbt_desktop.export.plan_content import PlanAudience, gather_plan
    from ftbt_desktop.export.plan_map import plan_map_content

    service = window.service  # type: ignore[attr-defined]
    pdf = folder / "plan.pdf"
    pages = write_family_plan(
        gather_plan(service, family_id, PlanAudience.FAMILY),
        service.on_vault(plan_map_content, family_id),
        pdf,
    )
    heading = "Det har I sagt ja til"  # the consents' heading in the Danish plan
    page = next(
        n
        for n in range(1, pages + 1)
        if heading
        in subprocess.run(
            [pdftotext, "-f", str(n), "-l", str(n), str(pdf), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    stem = folder / "plan-page"
    subprocess.run(
        [pdftoppm, "-f", str(page), "-l", str(page), "-r", "110", "-png", "-singlefile",
         str(pdf), str(stem)],
        check=True,
    )  # fmt: skip
    shutil.copyfile(stem.with_suffix(".png"), path)
    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: page {page}")


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


# -- the demo vault ----------------------------------------------------------------


def make_demo_vault(data_dir: Path) -> str:
    """A vault with the demo families, as `ftbt-desktop demo` makes it; Holm-Kristensen's id.

    The demo draws Holm-Kristensen's map too (storage/demo_map.py), so the
    screenshots show what a newcomer sees.
    """
    from ftbt_desktop.storage import keys
    from ftbt_desktop.storage.demo import add_demo_families
    from ftbt_desktop.storage.repository import Repository
    from ftbt_desktop.storage.vault import Vault

    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    try:
        repo = Repository(vault)
        return next(fid for fid in add_demo_families(repo) if repo.family(fid).name == FAMILY)
    finally:
        vault.close(backup=False)


if __name__ == "__main__":
    sys.exit(main())
