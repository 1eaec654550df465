"""The desktop distribution carries no server, and its wheel carries the Danish.

One repository, one distribution `ftbt-desktop` whose server dependencies are
the `server` extra (pyproject.toml, CONTRIBUTING.md "Distributions"). Checked
on a wheel built from this checkout, on that wheel installed, on the
environment running the tests when it was installed from here, and on the code
itself: no ftbt_desktop module imports a package only the server installs.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from test_architecture import ROOT, imports_of, tree_sources

from ftbt_server.launch import SERVER_MODULES, SPEEDUPS

DIST_NAME = "ftbt-desktop"
# What the desktop may depend on, unconditionally (issue 15).
DESKTOP_REQUIREMENTS = {
    "pyside6-essentials",
    "sqlcipher3",
    "sqlite-utils",
    "cryptography",
    "platformdirs",
    "httpx",
}


def server_extra() -> list[Requirement]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)["project"]
    return [Requirement(text) for text in project["optional-dependencies"]["server"]]


SERVER_PACKAGES = {canonicalize_name(req.name) for req in server_extra()}


def unconditional(requires: list[str]) -> set[str]:
    """The names a plain install pulls in: requirements without an `extra` marker."""
    names = set()
    for text in requires:
        req = Requirement(text)
        if req.marker is None or "extra" not in str(req.marker):
            names.add(canonicalize_name(req.name))
    return names


def by_extra(requires: list[str], extra: str) -> set[str]:
    return {
        canonicalize_name(Requirement(text).name)
        for text in requires
        if Requirement(text).marker is not None
        and Requirement(text).marker.evaluate({"extra": extra})  # type: ignore[union-attr]
        and not Requirement(text).marker.evaluate({"extra": ""})  # type: ignore[union-attr]
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # setuptools builds in the checkout itself (build/, the egg-info): two test workers
    # building at once broke each other's build, now and then. One at a time.
    with (tmp_path_factory.getbasetemp().parent / "wheel.lock").open("w") as lock:
        if sys.platform != "win32":  # Windows CI runs the suite in one process
            import fcntl

            fcntl.flock(lock, fcntl.LOCK_EX)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "wheel",
                "--quiet",
                "--no-deps",
                "-w",
                str(out),
                str(ROOT),
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
    (built,) = out.glob("ftbt_desktop-*.whl")
    return built


def wheel_metadata(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        text = archive.read(name).decode("utf-8")
    return [
        line.split(":", 1)[1].strip()
        for line in text.splitlines()
        if line.startswith("Requires-Dist:")
    ]


def test_the_server_extra_is_what_the_server_launcher_checks() -> None:
    # ftbt_server/launch.py names the import of each: psycopg[binary] imports as
    # psycopg, pyjwt[crypto] as jwt.
    imports = {"pyjwt": "jwt"}
    required = {"fastapi", "uvicorn", "sqlalchemy", "alembic", "psycopg", "pyjwt"}
    assert required | set(SPEEDUPS) == SERVER_PACKAGES
    assert set(SERVER_MODULES) == {imports.get(name, name) for name in required}


def test_the_server_extra_brings_uvicorns_speedups() -> None:
    """`serve` leaves uvicorn to choose its HTTP parser and event loop, and it takes
    httptools and uvloop when they can be imported (docs/server.md, "The morning rush")."""
    from uvicorn.config import Config

    config = Config(app=lambda *_: None, http="auto", loop="auto")
    config.load()
    assert config.http_protocol_class.__name__ == "HttpToolsProtocol"
    # uvloop has no Windows build: its marker leaves it out there.
    expected = [name for name in SPEEDUPS if not (name == "uvloop" and sys.platform == "win32")]
    assert all(importlib.util.find_spec(name) is not None for name in expected)


def test_the_wheel_requires_no_server_package_unless_asked(wheel: Path) -> None:
    requires = wheel_metadata(wheel)
    plain = unconditional(requires)
    assert plain == DESKTOP_REQUIREMENTS
    assert not plain & SERVER_PACKAGES
    assert by_extra(requires, "server") == SERVER_PACKAGES


def test_the_installed_wheel_requires_no_server_package(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
        timeout=600,
    )  # fmt: skip
    (dist,) = importlib.metadata.distributions(name=DIST_NAME, path=[str(target)])
    assert not unconditional(dist.requires or []) & SERVER_PACKAGES
    assert unconditional(dist.requires or []) == DESKTOP_REQUIREMENTS


def test_this_environment_installed_from_here_requires_no_server_package() -> None:
    # The installed metadata, not a stale `ftbt_desktop.egg-info` a build left in the
    # checkout (the current folder comes first on sys.path).
    site = [p for p in sys.path if Path(p).name in ("site-packages", "dist-packages")]
    (dist,) = importlib.metadata.distributions(name=DIST_NAME, path=site)
    direct_url = dist.read_text("direct_url.json")
    source = json.loads(direct_url).get("url", "") if direct_url else ""
    if source.removeprefix("file://") != str(ROOT):
        pytest.skip(f"{DIST_NAME} is installed from {source or 'elsewhere'}, not this checkout")
    assert not unconditional(dist.requires or []) & SERVER_PACKAGES


def test_the_wheel_carries_the_committed_translations(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for language in ("da", "en"):
            inside = f"ftbt_desktop/i18n/ftbt_{language}.qm"
            assert inside in names
            committed = (ROOT / inside).read_bytes()
            assert archive.read(inside) == committed


def test_no_desktop_module_imports_a_server_only_package() -> None:
    sources = tree_sources()
    known = set(sources)
    found = []
    for name, (source, is_package) in sources.items():
        if not name.startswith("ftbt_desktop"):
            continue
        for imp in imports_of(name, source, is_package, known):
            top = imp.target.split(".")[0]
            if top in SERVER_MODULES or top == "ftbt_server":
                found.append(f"{name} imports {imp.target}")
    assert found == []


def test_the_server_script_names_the_extra_when_its_packages_are_missing() -> None:
    # A desktop install: the server's packages cannot be imported.
    # None in sys.modules is Python's own "this module cannot be imported".
    program = (
        "import sys\n"
        f"for name in {SERVER_MODULES!r}:\n"
        "    sys.modules[name] = None\n"
        "from ftbt_server.launch import main\n"
        "sys.exit(main(['--help']))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", program], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert "ftbt-desktop[server]" in result.stderr
    assert "fastapi" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_server_script_runs_the_server_when_its_packages_are_there() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "ftbt_server", "--help"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "serve" in result.stdout
