"""The Windows recipe, checked where it can be on Linux: the installer definition and
the workflow parse, and they name what the bundle makes.

Neither is built or run here (no Windows, no WiX): docs/deploy-windows.md lists what
was not run. These tests catch the mistakes a review misses: a changed UpgradeCode,
a per-user install, an executable renamed on one side only, a broken YAML file."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WXS = ROOT / "packaging" / "windows" / "FTBTDesktop.wxs"
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"
SPEC = ROOT / "packaging" / "ftbt_desktop.spec"
DOC = ROOT / "docs" / "deploy-windows.md"
NS = {"w": "http://wixtoolset.org/schemas/v4/wxs"}

# Never change this: Windows Installer knows a newer MSI replaces an installed one by it.
UPGRADE_CODE = "{46A20EB1-53BA-4942-A079-1DEE8AD9E7FF}"
# What the bundle spec (packaging/ftbt_desktop.spec) makes in dist/FTBTDesktop.
GUI_EXE, CONSOLE_EXE = "FTBTDesktop.exe", "ftbt-desktop.exe"


def wxs() -> ET.Element:
    return ET.parse(WXS).getroot()


def defines() -> dict[str, str]:
    text = WXS.read_text(encoding="utf-8")
    return dict(re.findall(r'<\?define\s+(\w+)\s*=\s*"([^"]*)"\s*\?>', text))


def test_the_package_is_per_machine_with_the_one_upgrade_code() -> None:
    package = wxs().find("w:Package", NS)
    assert package is not None
    assert package.get("Scope") == "perMachine"
    assert package.get("UpgradeCode") == "$(var.UpgradeCode)"
    assert defines()["UpgradeCode"] == UPGRADE_CODE
    assert "ProductCode" not in package.attrib  # a new one per build: a major upgrade
    upgrade = package.find("w:MajorUpgrade", NS)
    assert upgrade is not None and upgrade.get("DowngradeErrorMessage")


def test_it_installs_into_program_files_with_a_start_menu_shortcut() -> None:
    root = wxs()
    program_files = root.find(".//w:StandardDirectory[@Id='ProgramFiles64Folder']", NS)
    assert program_files is not None
    folder = program_files.find("w:Directory", NS)
    assert folder is not None and (folder.get("Id"), folder.get("Name")) == (
        "INSTALLFOLDER",
        "FTBT Desktop",
    )
    shortcuts = root.findall(".//w:Shortcut", NS)
    assert len(shortcuts) == 1
    assert shortcuts[0].get("Directory") == "ProgramMenuFolder"
    gui = root.find(".//w:File[@Id='FTBTDesktop.exe']", NS)
    assert gui is not None and shortcuts[0] in list(gui)  # the shortcut starts the window


def test_the_executables_it_names_are_the_bundles() -> None:
    root = wxs()
    named = {
        Path(f.get("Source", "").replace("\\", "/")).name for f in root.iter(f"{{{NS['w']}}}File")
    }
    assert named == {GUI_EXE, CONSOLE_EXE}
    assert all(
        f.get("Source", "").startswith("!(bindpath.Bundle)\\")
        for f in root.iter(f"{{{NS['w']}}}File")
    )
    harvest = root.find(".//w:Files", NS)
    assert harvest is not None and harvest.get("Include") == "!(bindpath.Bundle)\\**"
    excluded = {e.get("Files") for e in harvest.findall("w:Exclude", NS)}
    assert excluded == {f"!(bindpath.Bundle)\\{GUI_EXE}", f"!(bindpath.Bundle)\\{CONSOLE_EXE}"}


def test_nothing_per_user_is_written() -> None:
    text = WXS.read_text(encoding="utf-8")
    for per_user in ("HKCU", "HKMU", "AppDataFolder", "LocalAppDataFolder", "PersonalFolder"):
        assert per_user not in re.sub(r"<!--.*?-->", "", text, flags=re.S), per_user
    roots = {r.get("Root") for r in wxs().iter(f"{{{NS['w']}}}RegistryValue")}
    assert roots == {"HKLM"}


@pytest.mark.skipif(not SPEC.exists(), reason="the bundle spec comes with the bundle branch")
def test_the_bundle_spec_makes_the_executables_the_installer_names() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    for constant, stem in (
        ("GUI_NAME", Path(GUI_EXE).stem),
        ("CONSOLE_NAME", Path(CONSOLE_EXE).stem),
    ):
        assert re.search(rf"^{constant}\s*=\s*['\"]{re.escape(stem)}['\"]", spec, re.M), stem
    assert re.search(r"name\s*=\s*GUI_NAME", spec)  # the GUI executable and the folder
    assert re.search(r"['\"]FTBTDesktop['\"]", spec)  # the folder: dist/FTBTDesktop


def workflow() -> dict:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_the_workflow_parses_and_runs_on_windows_for_both_pythons() -> None:
    data = workflow()
    # YAML 1.1 reads a bare `on:` key as True.
    assert "on" in data or True in data
    (job,) = data["jobs"].values()
    assert job["runs-on"] == "windows-latest"
    assert job["strategy"]["matrix"]["python"] == ["3.11", "3.12"]
    assert all("name" in s or "uses" in s for s in job["steps"])


def test_the_workflow_tests_builds_smokes_packages_signs_and_uploads() -> None:
    (job,) = workflow()["jobs"].values()
    runs = "\n".join(s.get("run", "") for s in job["steps"])
    assert 'pip install ".[dev,server]"' in runs
    assert "python -m pytest" in runs
    assert "python tools/build_bundle.py" in runs
    assert "python tools/bundle_smoke.py $env:BUNDLE" in runs
    assert job["env"]["BUNDLE"] == "dist\\FTBTDesktop"
    assert "wix build packaging\\windows\\FTBTDesktop.wxs" in runs
    for exe in (GUI_EXE, CONSOLE_EXE):
        assert exe in runs
    assert "/i " in runs and "/x " in runs and "/qn" in runs
    signing = [s for s in job["steps"] if "sign " in s.get("run", "")]
    assert len(signing) == 2  # the executables, then the MSI
    assert all(s["if"] == "env.SIGNING == 'true'" for s in signing)
    skipped = [s for s in job["steps"] if s.get("if") == "env.SIGNING != 'true'"]
    assert len(skipped) == 1 and "::warning" in skipped[0]["run"]
    uploads = [s for s in job["steps"] if str(s.get("uses", "")).startswith("actions/upload")]
    assert any(u["with"]["path"] == "dist/FTBTDesktop.msi" for u in uploads)
    # The installer reads the version the MSI needs from the one place it is kept.
    assert "pyproject.toml" in runs and '-d "Version=$version"' in runs


def test_the_docs_name_the_upgrade_code_and_the_true_data_folder() -> None:
    from ftbt_desktop.paths import APP_NAME

    doc = DOC.read_text(encoding="utf-8")
    assert UPGRADE_CODE in doc
    assert f"%LOCALAPPDATA%\\{APP_NAME}" in doc
    assert "## Not run on this machine" in doc
