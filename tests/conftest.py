"""Shared fixtures: a real SQLCipher vault in a temporary folder.

Tests run Argon2id at OWASP's minimum (FTBT_KDF_PROFILE=owasp-min) rather
than the tuned half second, so that the many unlocks of a test run stay fast;
the parameters are still stored with the wrap and still no weaker than the
minimum. `bench/vault_bench.py` measures the tuned unlock.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("FTBT_KDF_PROFILE", "owasp-min")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ftbt_desktop.storage import keys
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.words.translations import install_translators

# Machines running the suite may be busy (two cores, CI beside other work):
# the properties are the point, not how fast hypothesis draws or runs them.
settings.register_profile("ftbt", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ftbt")

# A real ftbt-server process for server and sync tests (fixtures `server`, `sqlite_server`, …).
pytest_plugins = ("server_fixtures",)

PASSPHRASE = "korrekt hest batteri hæfteklamme"


@pytest.fixture(scope="session", autouse=True)
def english_words(qapp: QApplication) -> None:
    """Tests read the English UI, as the app shows it: with its catalogue of counted
    words ("1 change", "3 changes"; words/counted.py). Tests that switch to Danish
    switch back with `install_translators(qapp, "en")`."""
    install_translators(qapp, "en")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """English words and US numbers (decimal point), whatever ran before (the report tests)."""
    from ftbt_desktop.words.translations import install_translators

    before = QLocale()
    install_translators(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def server_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An `ftbt-server` command run in the test's process keeps its data (its key file
    included) under the test's folder, never in the account's own data folder."""
    monkeypatch.setenv("FTBT_SERVER_DATA_DIR", str(tmp_path / "server-data"))
    # Nor does the machine's own defaults file (settings.py) change what a test sees.
    monkeypatch.setenv("FTBT_DEFAULTS", str(tmp_path / "no-municipal-defaults.json"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def created_vault(data_dir: Path) -> Iterator[tuple[Vault, str]]:
    vault, recovery_key = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    yield vault, recovery_key
    vault.close(backup=False)


@pytest.fixture
def vault(created_vault: tuple[Vault, str]) -> Vault:
    return created_vault[0]


@pytest.fixture
def repo(vault: Vault) -> Repository:
    return Repository(vault)
