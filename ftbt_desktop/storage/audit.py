"""The vault's own export audit trail: who exported what, for whom, of which families, when.

Datatilsynet asks public bodies to log exports of personal data. Each export
(an outcome report, a family plan PDF, a JSON export…) is recorded here at
the moment its file is written, with the family ids it covers — never names,
never content. Entries wait with `sent_at` empty until the sync client has
reported them to the central audit log (`POST /api/v1/audit/export`), so an
export made offline still reaches the server later. No Qt.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sqlcipher3.dbapi2 as sqlcipher

from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault

# The kinds this app writes; the server takes any short word.
KIND_OUTCOME_REPORT = "outcome_report"
KIND_JSON = "json"
KIND_PLAN_PDF = "plan_pdf"
KIND_MAP = "map"
KIND_WHO5_FHIR = "who5_fhir"

_COLUMNS = "export_id, at, user_id, device_id, kind, format, audience, family_ids, sent_at"


@dataclass(frozen=True, slots=True)
class ExportRecord:
    export_id: str
    at: dt.datetime  # UTC
    user_id: str
    device_id: str
    kind: str
    format: str
    audience: str | None
    family_ids: tuple[str, ...]
    sent_at: dt.datetime | None = None

    @property
    def sent(self) -> bool:
        return self.sent_at is not None


def record_export(
    vault_or_repo: Vault | Repository,
    kind: str,
    fmt: str,
    family_ids: Iterable[str],
    audience: str | None = None,
    when: dt.datetime | None = None,
) -> ExportRecord:
    """Note one export in the trail (its own small transaction) and return the entry."""
    if not kind or not fmt:
        raise ValueError("an export needs a kind and a format")
    repo = _repo(vault_or_repo)
    # Sorted and without repeats: the entry says which families, not in what order.
    ids = tuple(sorted(set(family_ids)))
    record = ExportRecord(
        export_id=str(uuid.uuid4()),
        at=(when or dt.datetime.now(dt.UTC)).astimezone(dt.UTC),
        user_id=repo.user_id,
        device_id=repo.device_id,
        kind=kind,
        format=fmt,
        audience=audience,
        family_ids=ids,
    )
    with repo.vault.transaction() as conn:
        conn.execute(
            f"INSERT INTO export_audit ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)",
            (
                record.export_id,
                record.at.isoformat(),
                record.user_id,
                record.device_id,
                record.kind,
                record.format,
                record.audience,
                json.dumps(list(ids)),
            ),
        )
    return record


def list_exports(
    vault_or_repo: Vault | Repository,
    family_id: str | None = None,
    since: dt.datetime | None = None,
    limit: int | None = None,
) -> list[ExportRecord]:
    """The trail, newest first; only the exports that held `family_id`, when given
    (a citizen may ask who took their data out)."""
    vault = _vault(vault_or_repo)
    sql = f"SELECT {_COLUMNS} FROM export_audit"
    params: list[str] = []
    if since is not None:
        sql += " WHERE at >= ?"
        params.append(since.astimezone(dt.UTC).isoformat())
    sql += " ORDER BY at DESC, export_id"
    records = [_record(row) for row in vault.execute(sql, params)]
    if family_id is not None:
        records = [r for r in records if family_id in r.family_ids]
    return records[:limit] if limit is not None else records


def unsent_exports(vault_or_repo: Vault | Repository) -> list[ExportRecord]:
    """Entries not yet reported to the central audit log, oldest first."""
    vault = _vault(vault_or_repo)
    rows = vault.execute(
        f"SELECT {_COLUMNS} FROM export_audit WHERE sent_at IS NULL ORDER BY at, export_id"
    )
    return [_record(row) for row in rows]


def mark_sent(
    vault_or_repo: Vault | Repository,
    export_ids: Sequence[str],
    when: dt.datetime | None = None,
) -> int:
    """Mark entries as reported (after the server's answer); returns how many changed."""
    vault = _vault(vault_or_repo)
    stamp = (when or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat()
    changed = 0
    with vault.transaction() as conn:
        for export_id in export_ids:
            cursor = conn.execute(
                "UPDATE export_audit SET sent_at = ? WHERE export_id = ? AND sent_at IS NULL",
                (stamp, export_id),
            )
            changed += cursor.rowcount
    return changed


def forget_family(conn: sqlcipher.Connection, family_id: str) -> int:
    """Take a family erased on this laptop alone out of the trail (inside the erasure's
    transaction): each export stays on record, with who, when and what kind, but no
    longer says it held that family (storage/local_erase.py). The family never reached
    the server, so no entry naming it was ever reported. Returns the entries changed."""
    rows = conn.execute(
        "SELECT export_id, family_ids FROM export_audit WHERE instr(family_ids, ?) > 0",
        (json.dumps(family_id),),
    ).fetchall()
    changed = 0
    for export_id, stored in rows:
        ids = json.loads(stored)
        if family_id in ids:
            kept = [f for f in ids if f != family_id]
            conn.execute(
                "UPDATE export_audit SET family_ids = ? WHERE export_id = ?",
                (json.dumps(kept), export_id),
            )
            changed += 1
    return changed


def _repo(vault_or_repo: Vault | Repository) -> Repository:
    return vault_or_repo if isinstance(vault_or_repo, Repository) else Repository(vault_or_repo)


def _vault(vault_or_repo: Vault | Repository) -> Vault:
    return vault_or_repo.vault if isinstance(vault_or_repo, Repository) else vault_or_repo


def _record(row: Sequence[str | None]) -> ExportRecord:
    return ExportRecord(
        export_id=str(row[0]),
        at=dt.datetime.fromisoformat(str(row[1])),
        user_id=str(row[2]),
        device_id=str(row[3]),
        kind=str(row[4]),
        format=str(row[5]),
        audience=row[6],
        family_ids=tuple(json.loads(str(row[7]))),
        sent_at=dt.datetime.fromisoformat(row[8]) if row[8] else None,
    )
