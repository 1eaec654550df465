"""The central store: FastAPI + SQLAlchemy Core + Alembic (DESIGN §6)."""

from __future__ import annotations

__version__ = "0.1.0"

# The wire protocol this server speaks (docs/sync-protocol.md) and the oldest
# client protocol it still serves.
API_VERSION = 1
MIN_API_VERSION = 1
