"""The server's systemd unit and Containerfile (packaging/server/), read for what
matters: a non-root user, hardening, a command the CLI accepts, a health check.

No container engine runs on these machines, so the image is not built here; the
unit is checked by `systemd-analyze verify` where that exists."""

from __future__ import annotations

import configparser
import json
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from ftbt_server.cli import _parser

PACKAGING = Path(__file__).resolve().parents[1] / "packaging" / "server"
UNIT = PACKAGING / "ftbt-server.service"
CONTAINERFILE = PACKAGING / "Containerfile"
HARDENING = {
    "NoNewPrivileges": "yes",
    "ProtectSystem": "strict",
    "ProtectHome": "yes",
    "PrivateTmp": "yes",
    "PrivateDevices": "yes",
    "UMask": "0077",
}


def unit() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read_string(UNIT.read_text(encoding="utf-8"))
    return parser


def test_the_unit_runs_the_server_unprivileged_and_hardened() -> None:
    service = unit()["Service"]
    assert service["User"] not in ("root", "0")
    for key, value in HARDENING.items():
        assert service.get(key) == value, key
    assert service["CapabilityBoundingSet"] == ""
    command = shlex.split(service["ExecStart"])
    assert Path(command[0]).name == "ftbt-server"
    args = _parser().parse_args(command[1:])  # the CLI accepts exactly these options
    assert args.command == "serve" and args.host == "127.0.0.1"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze here")
def test_systemd_finds_nothing_wrong_in_the_unit(tmp_path: Path) -> None:
    # The installed paths do not exist here: point them at what does, keep the rest.
    text = UNIT.read_text(encoding="utf-8")
    text = text.replace("/opt/ftbt/.venv/bin/ftbt-server", "/bin/true")
    text = text.replace("EnvironmentFile=/", "EnvironmentFile=-/")
    copy = tmp_path / UNIT.name
    copy.write_text(text, encoding="utf-8")
    result = subprocess.run(
        ["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, timeout=60
    )
    complaints = [line for line in result.stderr.splitlines() if str(copy) in line]
    assert result.returncode == 0 and complaints == [], result.stderr


JOBS = ("ftbt-retention", "ftbt-audit-export")


@pytest.mark.parametrize("job", JOBS)
def test_the_data_protection_jobs_run_real_commands(job: str) -> None:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    text = (UNIT.parent / f"{job}.service").read_text(encoding="utf-8")
    # systemd repeats ExecStart=; ConfigParser keeps one value per key, so read them apart.
    commands = [
        line.split("=", 1)[1] for line in text.splitlines() if line.startswith("ExecStart=")
    ]
    assert commands
    for command in commands:
        argv = shlex.split(command)
        assert Path(argv[0]).name == "ftbt-server"
        _parser().parse_args(argv[1:])  # the CLI accepts exactly these arguments
    parser.read_string("\n".join(x for x in text.splitlines() if not x.startswith("ExecStart=")))
    assert parser["Service"]["User"] == "ftbt" and parser["Service"]["Type"] == "oneshot"
    timer = (UNIT.parent / f"{job}.timer").read_text(encoding="utf-8")
    assert "[Timer]" in timer and "timers.target" in timer


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze here")
@pytest.mark.parametrize("job", JOBS)
def test_systemd_finds_nothing_wrong_in_the_jobs(tmp_path: Path, job: str) -> None:
    for suffix in ("service", "timer"):
        text = (UNIT.parent / f"{job}.{suffix}").read_text(encoding="utf-8")
        text = text.replace("/opt/ftbt/.venv/bin/ftbt-server", "/bin/true")
        text = text.replace("EnvironmentFile=/", "EnvironmentFile=-/")
        (tmp_path / f"{job}.{suffix}").write_text(text, encoding="utf-8")
    result = subprocess.run(
        ["systemd-analyze", "verify", str(tmp_path / f"{job}.timer")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    complaints = [line for line in result.stderr.splitlines() if str(tmp_path) in line]
    assert result.returncode == 0 and complaints == [], result.stderr


def containerfile() -> list[tuple[str, str]]:
    """(instruction, arguments) with continuation lines joined and comments dropped."""
    text = re.sub(r"\\\n", " ", CONTAINERFILE.read_text(encoding="utf-8"))
    steps = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            instruction, _, rest = line.partition(" ")
            steps.append((instruction.upper(), rest.strip()))
    return steps


def test_the_image_runs_as_a_fixed_non_root_user_with_a_health_check() -> None:
    steps = containerfile()
    final_stage = steps[max(i for i, (ins, _) in enumerate(steps) if ins == "FROM") :]
    users = [rest for ins, rest in final_stage if ins == "USER"]
    assert users and users[-1].split(":")[0] not in ("root", "0")
    (check,) = [rest for ins, rest in final_stage if ins == "HEALTHCHECK"]
    assert "/healthz" in check
    installs = [rest for ins, rest in steps if ins == "RUN" and "pip install" in rest]
    assert installs and all("[server]" in rest for rest in installs)
    entry = json.loads(next(rest for ins, rest in final_stage if ins == "ENTRYPOINT"))
    cmd = json.loads(next(rest for ins, rest in final_stage if ins == "CMD"))
    assert Path(entry[0]).name == "ftbt-server"
    args = _parser().parse_args(cmd)
    assert (args.command, args.port) == ("serve", 8765)
