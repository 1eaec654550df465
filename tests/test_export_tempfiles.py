"""Exports leave nothing personal behind: the plan PDFs, the outcome report and the JSON
export, each run as the real command, write the chosen file and nothing else — no temp
file, no partial file, no cache holding a name — in the temp, home and cache folders."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from clitools import PASSPHRASE, TIMEOUT, cli_env, make_demo_vault, use_language

from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def every_file(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file() and not p.is_symlink()}


def test_exports_write_only_the_chosen_files(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    use_language(data_dir, "en")
    vault = Vault.open(data_dir, PASSPHRASE)
    try:
        repo = Repository(vault)
        families = repo.list_families()
        family_id = families[0].id
        names = {f.name for f in families} | {m.name for f in families for m in repo.members(f.id)}
    finally:
        vault.close(backup=False)

    before = sorted(p.name for p in data_dir.iterdir())
    # Every folder a library might write to, fresh and watched.
    places = {name: tmp_path / name for name in ("tmp", "home", "cache", "config", "runtime")}
    for place in places.values():
        place.mkdir(mode=0o700)
    env = cli_env()
    env.update(
        TMPDIR=str(places["tmp"]),
        TEMP=str(places["tmp"]),
        TMP=str(places["tmp"]),
        HOME=str(places["home"]),
        XDG_CACHE_HOME=str(places["cache"]),
        XDG_CONFIG_HOME=str(places["config"]),
        XDG_RUNTIME_DIR=str(places["runtime"]),
    )
    out = tmp_path / "out"
    out.mkdir()
    runs = [
        ("export", "--format", "pdf", "--audience", "family", "--family", family_id,
         "-o", out / "plan-family.pdf"),
        ("export", "--format", "pdf", "--audience", "supervisor", "--family", family_id,
         "-o", out / "plan-supervisor.pdf"),
        ("report", "--family", family_id, "-o", out / "report.pdf", "--csv", out / "report.csv"),
        ("export", "--family", family_id, "-o", out / "family.json"),
    ]  # fmt: skip
    for args in runs:
        command = [sys.executable, "-m", "ftbt_desktop", args[0], "--data-dir", data_dir]
        result = subprocess.run(
            [*map(str, command), *map(str, args[1:])],
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=TIMEOUT,
            check=False,
        )
        assert result.returncode == 0, result.stderr

    assert sorted(p.name for p in out.iterdir()) == [
        "family.json",
        "plan-family.pdf",
        "plan-supervisor.pdf",
        "report.csv",
        "report.pdf",
    ]
    assert list(places["tmp"].iterdir()) == []  # no temp file, not even an empty one
    for place in places.values():
        for path, content in every_file(place).items():
            for name in names:
                for encoding in ENCODINGS:
                    assert name.encode(encoding) not in content, (path, name)
    # And the data folder holds no plaintext copy either: only what was there before.
    assert sorted(p.name for p in data_dir.iterdir()) == before
