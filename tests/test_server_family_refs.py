"""IT finds the family a coordinator talks about by the reference in the app's header.

`ftbt-server family list` and `ftbt-server audit` print each family's reference
beside its id (never its name), take a reference where they take an id, and list
every family a reference matches; commands that change something take ids only.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable

import pytest
from server_fixtures import RunningServer, api, make_change

from ftbt_desktop.core.family_ref import family_reference
from ftbt_server.cli import main as cli_main

pytest_plugins = ("server_fixtures",)

# Two ids that share a reference (found once by trying ids in turn), and one that does not.
TWIN_A = "00000000-0000-4000-8000-0000000000a9"
TWIN_B = "00000000-0000-4000-8000-000000000984"
TWINS_REF = "F-KEKQ5"
OTHER = str(uuid.UUID(int=7, version=4))
NAMES = {TWIN_A: "Familien Holm", TWIN_B: "Familien Berg", OTHER: "Familien Dahl"}

Cli = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """`ftbt-server --db … ARGS` in this process (argparse to exit code), for speed."""

    def run(server: RunningServer, *args: str) -> tuple[int, str, str]:
        # The server's data folder, where its key file is.
        monkeypatch.setenv("FTBT_SERVER_DATA_DIR", str(server.workdir))
        capsys.readouterr()
        try:
            code = cli_main(["--db", server.db_url, *args])
        except SystemExit as exc:
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return run


def anna_pushes_three_families(server: RunningServer) -> None:
    server.add_user("anna")
    server.add_user("bo")
    token = server.login("anna")
    changes = [
        make_change(f, entity_type="family", field="name", value=name) for f, name in NAMES.items()
    ]
    with api(server, token) as client:
        answer = client.post("/api/v1/sync/push", json={"changes": changes}).json()
    assert answer["rejected"] == []


def test_the_twins_share_a_reference() -> None:
    assert family_reference(TWIN_A) == family_reference(TWIN_B) == TWINS_REF
    assert family_reference(OTHER) != TWINS_REF


def test_family_list_prints_and_finds_references(server: RunningServer, cli: Cli) -> None:
    anna_pushes_three_families(server)
    # The real command once: what IT runs.
    result = server.cli("family", "list")
    lines = result.stdout.splitlines()
    assert sorted(lines) == sorted(f"{family_reference(f)}\t{f}\tanna\t-" for f in NAMES)
    assert not any(name in result.stdout for name in NAMES.values())

    # A reference as read out over the phone: every family it matches.
    for typed in (TWINS_REF, "f-kekq5", "KEKQ5"):
        code, out, _ = cli(server, "family", "list", typed)
        assert code == 0
        assert out.splitlines() == [
            f"{TWINS_REF}\t{TWIN_A}\tanna\t-",
            f"{TWINS_REF}\t{TWIN_B}\tanna\t-",
        ]
    code, out, _ = cli(server, "family", "list", OTHER)
    assert code == 0 and out.splitlines() == [f"{family_reference(OTHER)}\t{OTHER}\tanna\t-"]
    code, out, err = cli(server, "family", "list", "F-ZZZZZ")
    assert code == 1 and out == "" and "no family matches F-ZZZZZ" in err
    code, out, _ = cli(server, "family", "list", TWINS_REF, "--user", "bo")
    assert code == 1 and out == ""


def test_assigning_takes_an_id_never_a_reference(server: RunningServer, cli: Cli) -> None:
    anna_pushes_three_families(server)
    code, _, err = cli(server, "family", "assign", family_reference(OTHER), "bo")
    assert code == 1
    assert "family reference, not a family id" in err
    assert f"ftbt-server family list {family_reference(OTHER)}" in err
    # Nothing was assigned, and no family was made of the reference.
    code, out, _ = cli(server, "family", "list")
    assert len(out.splitlines()) == 3 and "bo" not in out
    assert cli(server, "family", "unassign", TWINS_REF, "anna")[0] == 1
    assert cli(server, "family", "assign", OTHER, "bo")[0] == 0


def test_audit_shows_references_and_takes_one(server: RunningServer, cli: Cli) -> None:
    anna_pushes_three_families(server)
    code, out, _ = cli(server, "audit")
    assert code == 0
    push = next(line for line in out.splitlines() if "\tpush\t" in line)
    families_column = push.split("\t")[5]
    assert families_column.split(",") == [f"{family_reference(f)} ({f})" for f in sorted(NAMES)]
    assert not any(name in out for name in NAMES.values())

    code, out, _ = cli(server, "audit", "--json")
    entry = next(json.loads(line) for line in out.splitlines() if '"push"' in line)
    assert entry["families"] == sorted(NAMES)
    assert entry["family_refs"] == [family_reference(f) for f in entry["families"]]

    cli(server, "family", "assign", TWIN_B, "bo")
    code, out, _ = cli(server, "audit", "--family", "f kekq5", "--json")
    entries = [json.loads(line) for line in out.splitlines()]
    # The push named all three; the assignment only TWIN_B: each entry once.
    assert [e["action"] for e in entries] == ["push", "family_assign"]
    code, out, _ = cli(server, "audit", "--family", TWIN_A, "--json")
    assert [json.loads(line)["action"] for line in out.splitlines()] == ["push"]
    code, out, _ = cli(server, "audit", "--family", "F-ZZZZZ")
    assert code == 0 and out == ""
