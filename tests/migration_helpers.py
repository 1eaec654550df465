"""Vault migrations made to fail, as a full disk or a failing disk would."""

from __future__ import annotations

from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from sqlite_utils import Database


def statements_fail(monkeypatch: pytest.MonkeyPatch, naming: str, message: str) -> None:
    """Every statement whose text holds `naming` fails with SQLite's `message`;
    everything else runs."""
    real = Database.execute

    def failing(db: Database, sql: str, *args: Any, **kwargs: Any) -> Any:
        if naming in sql:
            raise sqlcipher.OperationalError(message)
        return real(db, sql, *args, **kwargs)

    monkeypatch.setattr(Database, "execute", failing)
