"""The sign-in dialog's "Sign in with your municipality's login" with real widgets: the
browser flow runs on the sync worker against a real provider and server process,
and the dialog waits, can stop waiting, and says what went wrong."""

from __future__ import annotations

from collections.abc import Callable

import httpx
from pytestqt.qtbot import QtBot

from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.ui.sync.sign_in_dialog import SignInDialog
from ftbt_desktop.ui.sync.sync_controller import SyncController

pytest_plugins = ("server_fixtures", "sync_ui_helpers", "oidc_provider_helpers")

from oidc_provider_helpers import Provider, oidc_env  # noqa: E402
from server_fixtures import RunningServer  # noqa: E402
from sync_ui_helpers import WAIT_MS  # noqa: E402


def follow(url: str) -> None:
    httpx.get(url, follow_redirects=True, timeout=10)


def test_the_dialog_signs_in_through_the_browser_and_syncs(
    qtbot: QtBot,
    server_factory: Callable[..., RunningServer],
    provider: Provider,
    service: VaultService,
    controllers: Callable[..., SyncController],
) -> None:
    provider.add_user("anne-sub", "anne@kommune.dk", ["grp-coord-nord"])
    provider.as_user("anne-sub")
    server = server_factory(env=oidc_env(provider))
    controller = controllers(service)
    controller.worker.open_browser = follow
    dialog = SignInDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.sso_button.text() == "Sign in with your municipality's login…"
    dialog.server_edit.setText(server.url)
    with qtbot.waitSignal(controller.sig_finished, timeout=WAIT_MS):
        dialog.sso_button.click()
    account = controller.account()
    assert account is not None and account.username == "anne@kommune.dk"
    assert account.refresh_token  # kept in the vault for a silent renewal
    assert dialog.result() == dialog.DialogCode.Accepted


def test_waiting_for_the_browser_can_be_stopped(
    qtbot: QtBot,
    server_factory: Callable[..., RunningServer],
    provider: Provider,
    service: VaultService,
    controllers: Callable[..., SyncController],
) -> None:
    server = server_factory(env=oidc_env(provider))
    controller = controllers(service)
    controller.worker.open_browser = lambda _url: None  # the user never signs in
    dialog = SignInDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.server_edit.setText(server.url)
    dialog.sso_button.click()
    qtbot.waitUntil(lambda: "browser window" in dialog.message_label.text(), timeout=WAIT_MS)
    assert dialog.cancel_sso_button.isVisible() and not dialog.sso_button.isEnabled()
    with qtbot.waitSignal(controller.sig_sign_in_failed, timeout=WAIT_MS):
        dialog.cancel_sso_button.click()
    assert dialog.message_label.text() == "The sign-in was cancelled."
    assert dialog.sso_button.isEnabled() and not dialog.cancel_sso_button.isVisible()
    assert controller.account() is None


def test_a_user_without_a_role_is_told_what_to_do(
    qtbot: QtBot,
    server_factory: Callable[..., RunningServer],
    provider: Provider,
    service: VaultService,
    controllers: Callable[..., SyncController],
) -> None:
    provider.add_user("eve-sub", "eve@kommune.dk", ["canteen"])
    provider.as_user("eve-sub")
    server = server_factory(env=oidc_env(provider))
    controller = controllers(service)
    controller.worker.open_browser = follow
    dialog = SignInDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.server_edit.setText(server.url)
    with qtbot.waitSignal(controller.sig_sign_in_failed, timeout=WAIT_MS):
        dialog.sso_button.click()
    assert "no role in FTBT Desktop" in dialog.message_label.text()
