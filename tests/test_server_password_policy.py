"""Finding 5: the server accepted `password`, `12345678`, `aaaaaaaa` and the username.

`ftbt-server user add` and `user passwd` (the real command, a subprocess over the
parametrized database) refuse such passwords with exit code 1 and say why.
"""

from __future__ import annotations

import pytest
from server_fixtures import RunningServer

from ftbt_server.passwords import WeakPassword, check_strength, common_passwords

# Two kinds each for `user add` and `user passwd`: the commands are wired to the policy,
# whose every rule is checked in process below (each command is a process start).
WEAK_ADD = ["password", "AnnaSofie-Berg"]
WEAK_PASSWD = ["aaaaaaaa", "Password2024!"]


def test_user_add_and_passwd_refuse_weak_passwords(server: RunningServer) -> None:
    for weak in WEAK_ADD:
        result = server.cli(
            "user", "add", "annasofie-berg", "--role", "coordinator", password=weak, check=False
        )
        assert result.returncode == 1, (weak, result.stdout, result.stderr)
        assert result.stderr.startswith("ftbt-server: ")
    assert "annasofie-berg" not in server.cli("user", "list").stdout
    server.cli("user", "add", "annasofie-berg", "--role", "coordinator", password="to lange ord")
    for weak in WEAK_PASSWD:
        result = server.cli("user", "passwd", "annasofie-berg", password=weak, check=False)
        assert result.returncode == 1, (weak, result.stderr)
    server.login("annasofie-berg", "to lange ord")


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("password", "12 characters"),
        ("kort-ord-9", "12 characters"),
        ("anna.hansen", "12 characters"),
        ("anna.hansen.", "username"),
        ("ANNA.HANSEN2026", "username"),
        ("anna.hansen_ab12", "username"),
        ("password1234", "common"),
        ("P4ssw0rd2026!", "common"),
        ("qwertyuiop123", "common"),
        ("Sommer2026!!!", "common"),
        ("aaaaaaaaaaaa", "repeated"),
        ("abcdefghijklm", "sequence"),
        ("8172635445612", "common|no letters"),
    ],
)
def test_policy_refusals_say_why(password: str, reason: str) -> None:
    with pytest.raises(WeakPassword, match=reason):
        check_strength(password, "anna.hansen")


@pytest.mark.parametrize(
    "password", ["korrekt-hest-9", "et nyt kodeord", "anna går til fodbold", "Kaffe og 3 boller"]
)
def test_ordinary_passphrases_pass(password: str) -> None:
    check_strength(password, "anna")


def test_the_common_list_ships_with_the_package() -> None:
    listed = common_passwords()
    assert len(listed) > 5000
    assert {"password", "123456", "qwerty", "kodeord", "sommer"} <= listed
    assert all(p == p.casefold() and p.strip() == p for p in listed)
