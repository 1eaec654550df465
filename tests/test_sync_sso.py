"""Signing a laptop in with the municipality's login (ftbt_desktop/sync/sso.py), end to
end: the browser is driven over real HTTP through the provider's authorization page
and the loopback redirect, the central store is a real server process, the vault a
real one. Nothing of the project's HTTP client or token checks is replaced."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import threading
import urllib.parse
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest

from ftbt_desktop.sync.errors import DeviceRevoked, ServerUnreachable, SsoFailed, VaultWiped

pytest_plugins = ("server_fixtures", "sync_devices", "oidc_provider_helpers")

from oidc_provider_helpers import Provider, oidc_env  # noqa: E402
from server_fixtures import RunningServer  # noqa: E402

if TYPE_CHECKING:
    from sync_devices import Device

    Devices = Callable[[str], Device]

CLI = (sys.executable, "-m", "ftbt_desktop")
DONE = "<p>Du er logget ind. Luk vinduet.</p>"


def browser(seen: list[str] | None = None) -> Callable[[str], None]:
    """The system browser: opens the provider's page, which redirects to the laptop."""

    def open_url(url: str) -> None:
        if seen is not None:
            seen.append(url)
        answer = httpx.get(url, follow_redirects=True, timeout=10)
        assert answer.status_code == 200 and "logget ind" in answer.text

    return open_url


@pytest.fixture
def sso_server(
    server_factory: Callable[..., RunningServer], server_db_url: str, provider: Provider
) -> RunningServer:
    provider.add_user("anne-sub", "anne@kommune.dk", ["grp-coord-nord"])
    provider.as_user("anne-sub")
    return server_factory(server_db_url, env=oidc_env(provider))


@pytest.fixture
def sso_sqlite_server(
    server_factory: Callable[..., RunningServer], provider: Provider
) -> RunningServer:
    """For the laptop's side alone (state, cancel, renewal): one backend is enough."""
    provider.add_user("anne-sub", "anne@kommune.dk", ["grp-coord-nord"])
    provider.as_user("anne-sub")
    return server_factory(env=oidc_env(provider))


def test_a_laptop_signs_in_in_the_browser_and_syncs(
    sso_server: RunningServer, provider: Provider, devices: Devices
) -> None:
    laptop = devices("annes-laptop")
    opened: list[str] = []
    account = laptop.engine().login_sso(sso_server.url, browser(opened), DONE, "annes-laptop")
    assert (account.username, account.role) == ("anne@kommune.dk", "coordinator")
    # The request the browser got: PKCE S256, state and nonce, a loopback redirect.
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(opened[0]).query))
    assert query["code_challenge_method"] == "S256" and query["code_challenge"]
    assert query["state"] and query["nonce"]
    assert query["redirect_uri"].startswith("http://127.0.0.1:")
    # The refresh token is kept, in the vault only.
    assert account.refresh_token and laptop.state.account() == account
    for path in laptop.vault.paths.db.parent.rglob("*"):
        if path.is_file():
            assert account.refresh_token.encode() not in path.read_bytes(), path.name

    laptop.repo.create_family("Familien Holm")
    assert laptop.sync().pushed > 0
    # The redirect listener has stopped: nothing listens on that port any more.
    with pytest.raises(httpx.TransportError):
        httpx.get(query["redirect_uri"], timeout=2)


def test_a_redirect_from_another_sign_in_is_refused(
    sso_sqlite_server: RunningServer, devices: Devices
) -> None:
    def tampering_browser(url: str) -> None:
        at_provider = httpx.get(url, timeout=10)
        back = urllib.parse.urlsplit(at_provider.headers["location"])
        params = dict(urllib.parse.parse_qsl(back.query)) | {"state": "another-sign-in"}
        httpx.get(back._replace(query=urllib.parse.urlencode(params)).geturl(), timeout=10)

    laptop = devices("annes-laptop")
    with pytest.raises(SsoFailed) as failed:
        laptop.engine().login_sso(sso_sqlite_server.url, tampering_browser, DONE)
    assert failed.value.code == "wrong_state"
    assert laptop.state.account() is None


def test_cancel_stops_the_wait_for_the_browser(
    sso_sqlite_server: RunningServer, devices: Devices
) -> None:
    laptop = devices("annes-laptop")
    engine = laptop.engine()
    threading.Timer(0.3, engine.cancel).start()
    with pytest.raises(SsoFailed) as failed:
        engine.login_sso(sso_sqlite_server.url, lambda _url: None, DONE)  # the user never signs in
    assert failed.value.code == "cancelled"


def test_an_expired_sync_token_is_renewed_without_the_browser(
    sso_sqlite_server: RunningServer, provider: Provider, devices: Devices
) -> None:
    laptop = devices("annes-laptop")
    first = laptop.engine().login_sso(sso_sqlite_server.url, browser(), DONE)
    gone = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)).isoformat()
    laptop.state.save_account(replace(first, expires_at=gone))
    provider.set_groups("anne-sub", ["grp-super-nord"])  # moved at the provider meanwhile
    provider.as_user("nobody")  # a browser sign-in now would fail the test
    laptop.sync()
    renewed = laptop.state.account()
    assert renewed is not None and renewed.token != first.token
    assert renewed.refresh_token and renewed.refresh_token != first.refresh_token
    assert renewed.role == "supervisor"


def test_offline_the_vault_opens_and_the_login_is_kept(
    sso_sqlite_server: RunningServer, provider: Provider, devices: Devices
) -> None:
    laptop = devices("annes-laptop")
    first = laptop.engine().login_sso(sso_sqlite_server.url, browser(), DONE)
    gone = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)).isoformat()
    laptop.state.save_account(replace(first, expires_at=gone))
    provider.close()  # no network to the provider
    laptop.repo.create_family("Familien Offline")  # the vault works on its own
    with pytest.raises(ServerUnreachable):
        laptop.sync()
    kept = laptop.state.account()
    assert kept is not None and kept.refresh_token == first.refresh_token


def test_a_wiped_sso_laptop_is_emptied_at_its_next_sync(
    sso_server: RunningServer, devices: Devices
) -> None:
    laptop = devices("annes-laptop")
    laptop.engine().login_sso(sso_server.url, browser(), DONE, "annes-laptop")
    laptop.repo.create_family("Familien Holm")
    laptop.sync()
    device_id = next(
        line.split()[0]
        for line in sso_server.cli("device", "list").stdout.splitlines()
        if "annes-laptop" in line
    )
    sso_server.cli("device", "revoke", device_id, "--wipe")
    with pytest.raises(VaultWiped):
        laptop.sync()
    assert laptop.family_names() == set()
    account = laptop.state.account()
    assert account is None or not account.refresh_token


def test_the_command_line_signs_in_through_the_system_browser(
    server_factory: Callable[..., RunningServer], provider: Provider, tmp_path: Path
) -> None:
    """`ftbt-desktop login --sso` as a real process; the system browser is whatever
    BROWSER names, here a script that follows the redirects as a browser would."""
    from clitools import cli_env, make_demo_vault

    provider.add_user("anne-sub", "anne@kommune.dk", ["grp-coord-nord"])
    provider.as_user("anne-sub")
    server = server_factory(env=oidc_env(provider))
    data_dir = tmp_path / "laptop"
    make_demo_vault(data_dir)
    opened = tmp_path / "opened.txt"
    script = tmp_path / "browser.py"
    script.write_text(
        "import sys, httpx, pathlib\n"
        f"pathlib.Path({str(opened)!r}).write_text(sys.argv[1])\n"
        "httpx.get(sys.argv[1], follow_redirects=True, timeout=10)\n",
        encoding="utf-8",
    )
    env = cli_env() | {"BROWSER": f"{sys.executable} {script} %s"}
    login = subprocess.run(
        [*CLI, "login", "--data-dir", str(data_dir), "--server", server.url, "--sso"],
        env=env,
        input="",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert login.returncode == 0, login.stderr
    assert "anne@kommune.dk" in login.stdout
    url = opened.read_text(encoding="utf-8")
    assert url in login.stdout  # printed too, for a session where no browser opens
    sync = subprocess.run(
        [*CLI, "sync", "--data-dir", str(data_dir)],
        env=cli_env(),
        input="",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert sync.returncode == 0, sync.stderr


def test_a_revoked_laptop_does_not_renew_its_login_silently(
    sso_sqlite_server: RunningServer, devices: Devices
) -> None:
    laptop = devices("annes-laptop")
    first = laptop.engine().login_sso(sso_sqlite_server.url, browser(), DONE, "annes-laptop")
    device_id = next(
        line.split()[0]
        for line in sso_sqlite_server.cli("device", "list").stdout.splitlines()
        if "annes-laptop" in line
    )
    sso_sqlite_server.cli("device", "revoke", device_id)
    gone = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)).isoformat()
    laptop.state.save_account(replace(first, expires_at=gone))
    with pytest.raises(DeviceRevoked):
        laptop.sync()
    account = laptop.state.account()
    assert account is not None and not account.refresh_token and not account.signed_in
