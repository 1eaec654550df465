"""The store's tables, in SQLAlchemy Core. Alembic migrations create them.

Times are epoch milliseconds (BigInteger). Change values are kept as JSON text
so SQLite and PostgreSQL store them byte for byte alike.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)

# SQLite autoincrements only an INTEGER PRIMARY KEY.
AutoId = BigInteger().with_variant(Integer(), "sqlite")

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

ID = String(36)
FAMILY_ID = String(100)

users = Table(
    "users",
    metadata,
    Column("id", ID, primary_key=True),
    Column("username", String(100), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),
    Column("role", String(20), nullable=False),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("created_ms", BigInteger, nullable=False),
)

# Every laptop that has signed in (ftbt_server/device_registry.py): found again at its
# next sign-in by its known-device key (`key_hash`, SHA-256), revoked by an
# administrator, and told to wipe itself (`wipe_ordered_ms`) until it confirms.
devices = Table(
    "devices",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("user_id", ID, ForeignKey("users.id"), nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("key_hash", String(64), nullable=True, index=True),
    Column("first_seen_ms", BigInteger, nullable=False),
    Column("last_seen_ms", BigInteger, nullable=False),
    Column("revoked_ms", BigInteger, nullable=True),
    Column("revoked_by", String(200), nullable=True),
    Column("wipe_ordered_ms", BigInteger, nullable=True),
    Column("wipe_confirmed_ms", BigInteger, nullable=True),
    Column("wiped_families", BigInteger, nullable=True),
)

# The key pair a wiped laptop seals what the server would not take with (one row,
# made at the first wipe order; ftbt_server/seal_keys.py). Base64 text.
seal_keys = Table(
    "seal_keys",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("public_key", String(64), nullable=False),
    # Sealed under a data key (sealed_values.py) since schema 0009; NULL: stored clear.
    Column("private_key", Text, nullable=False),
    Column("created_ms", BigInteger, nullable=False),
    Column("key_id", String(16), nullable=True),
)

# The data key ids the store's values are sealed under (data_keys.py), each with a
# check value (an HMAC of a fixed text, not the key): a server given another key
# file under the same id refuses to start instead of sealing what nobody can open.
data_key_ids = Table(
    "data_key_ids",
    metadata,
    Column("key_id", String(16), primary_key=True),
    Column("check_value", String(64), nullable=False),
    Column("first_used_ms", BigInteger, nullable=False),
)

tokens = Table(
    "tokens",
    metadata,
    # SHA-256 of the token: a stolen database yields no usable token.
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", ID, ForeignKey("users.id"), nullable=False, index=True),
    Column("device_name", String(200), nullable=False),
    Column("created_ms", BigInteger, nullable=False),
    Column("expires_ms", BigInteger, nullable=False),
    Column("revoked_ms", BigInteger, nullable=True),
    # The device the sign-in was made on; NULL only for a sign-in path that binds none.
    Column("device_id", String(36), ForeignKey("devices.id"), nullable=True, index=True),
)

# Sign-in attempts reserved before the password is checked, kept when it was
# wrong (auth.py). device_hash: the attempt came with a known-device key.
login_failures = Table(
    "login_failures",
    metadata,
    Column("id", AutoId, primary_key=True, autoincrement=True),
    Column("username", String(100), nullable=False),
    Column("client_addr", String(100), nullable=False),
    Column("at_ms", BigInteger, nullable=False),
    Column("device_hash", String(64), nullable=True),
    Index(None, "username", "at_ms"),
    Index(None, "client_addr", "at_ms"),
    Index(None, "device_hash", "at_ms"),
)

# A user who signs in through the municipality's identity provider (oidc.py): the
# provider's stable subject (`sub`, or Entra ID's `oid`) names the account for good.
external_identities = Table(
    "external_identities",
    metadata,
    Column("issuer", String(300), nullable=False),
    Column("subject", String(200), nullable=False),
    Column("user_id", ID, ForeignKey("users.id"), nullable=False, index=True),
    Column("created_ms", BigInteger, nullable=False),
    Column("last_ms", BigInteger, nullable=False),
    PrimaryKeyConstraint("issuer", "subject"),
)

# Devices that have signed in: SHA-256 of the key each was given.
known_devices = Table(
    "known_devices",
    metadata,
    Column("key_hash", String(64), primary_key=True),
    Column("user_id", ID, ForeignKey("users.id"), nullable=False, index=True),
    Column("created_ms", BigInteger, nullable=False),
    Column("last_used_ms", BigInteger, nullable=False),
)

teams = Table(
    "teams",
    metadata,
    Column("id", ID, primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
)

# kind: "member" (a coordinator in the team) or "supervisor" (reads the team's families).
team_members = Table(
    "team_members",
    metadata,
    Column("team_id", ID, ForeignKey("teams.id"), nullable=False),
    Column("user_id", ID, ForeignKey("users.id"), nullable=False),
    Column("kind", String(20), nullable=False),
    PrimaryKeyConstraint("team_id", "user_id", "kind"),
    Index(None, "user_id"),
)

families = Table(
    "families",
    metadata,
    Column("family_id", FAMILY_ID, primary_key=True),
    Column("created_by", ID, ForeignKey("users.id"), nullable=True),
    Column("created_ms", BigInteger, nullable=False),
)

# Assignment history: rows are ended, never deleted; `ended_ms` (the server's
# clock) starts a former coordinator's grace period (access.py).
# kind: "coordinator" (one current per family) or "substitute".
assignments = Table(
    "assignments",
    metadata,
    Column("id", AutoId, primary_key=True, autoincrement=True),
    Column("family_id", FAMILY_ID, ForeignKey("families.family_id"), nullable=False),
    Column("user_id", ID, ForeignKey("users.id"), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("assigned_ms", BigInteger, nullable=False),
    Column("ended_ms", BigInteger, nullable=True),
    Index(None, "user_id", "ended_ms"),
    Index(None, "family_id", "ended_ms"),
)

# What each user has been able to read, as last seen by a pull. `floor_seq`:
# feed rows of the family at or below it reach this user as redelivered copies
# (audience = user) instead, because the user's devices may have read past them
# before the family was theirs.
grants = Table(
    "grants",
    metadata,
    Column("user_id", ID, ForeignKey("users.id"), nullable=False),
    Column("family_id", FAMILY_ID, ForeignKey("families.family_id"), nullable=False),
    Column("floor_seq", BigInteger, nullable=False),
    Column("granted_ms", BigInteger, nullable=False),
    Column("revoked_ms", BigInteger, nullable=True),
    PrimaryKeyConstraint("user_id", "family_id"),
)

# One row; pushes lock it for their whole transaction, so sequence numbers
# commit in order and a reader can never see N+1 before N.
seq_counter = Table(
    "seq_counter",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("value", BigInteger, nullable=False),
)

changes = Table(
    "changes",
    metadata,
    Column("change_id", ID, primary_key=True),
    Column("seq", BigInteger, nullable=False, unique=True),
    Column("entity_type", String(64), nullable=False),
    Column("entity_id", String(100), nullable=False),
    Column("family_id", FAMILY_ID, ForeignKey("families.family_id"), nullable=False),
    Column("field", String(100), nullable=False),
    # Sealed (sealed_values.py) under the data key `key_id`; NULL: stored clear.
    Column("value", Text, nullable=False),
    Column("key_id", String(16), nullable=True),
    Column("hlc", String(32), nullable=False),
    Column("device_id", String(100), nullable=False),
    Column("user_id", String(200), nullable=False),
    Column("pushed_by", ID, ForeignKey("users.id"), nullable=False),
    # When the server received it, by its own clock: a record, never an order
    # (`seq` orders pulls; the merge rule orders by `hlc`).
    Column("received_ms", BigInteger, nullable=False),
    Index(None, "family_id", "seq"),
)

# What pulls read, in seq order: each change once for everyone who may read its
# family (audience NULL), plus copies for one user after a family became theirs.
feed = Table(
    "feed",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("change_id", ID, ForeignKey("changes.change_id"), nullable=False),
    Column("family_id", FAMILY_ID, nullable=False),
    Column("audience", ID, nullable=True),
    Index(None, "family_id", "seq"),
    Index(None, "audience", "seq"),
)

# Which family and type an entity id belongs to, fixed by its first change, so
# nobody can reach another family's entity by relabelling a change.
entities = Table(
    "entities",
    metadata,
    Column("entity_id", String(100), primary_key=True),
    Column("entity_type", String(64), nullable=False),
    Column("family_id", FAMILY_ID, nullable=False),
)

# The winning change per (entity_id, field), by the merge rule in core/changes.py.
state = Table(
    "state",
    metadata,
    Column("entity_id", String(100), nullable=False),
    Column("field", String(100), nullable=False),
    Column("entity_type", String(64), nullable=False),
    Column("family_id", FAMILY_ID, nullable=False, index=True),
    Column("change_id", ID, nullable=False),
    Column("hlc", String(32), nullable=False),
    Column("device_id", String(100), nullable=False),
    Column("user_id", String(200), nullable=False),
    # The winning change's sealed text, as stored in `changes`.
    Column("value", Text, nullable=False),
    Column("key_id", String(16), nullable=True),
    PrimaryKeyConstraint("entity_id", "field"),
)


# Append-only; only the retention purge deletes. No personal data: ids and counts.
# Each entry's `hash` covers its fields, its families and `prev_hash`, the hash of the
# entry before it (audit_chain.py): an edited, removed or reordered entry breaks the chain.
def _entry_columns(indexed: bool) -> list[Column[Any]]:
    """An audit entry's fields after its id (made anew: a column belongs to one table)."""
    return [
        Column("at_ms", BigInteger, nullable=False, index=indexed),
        Column("action", String(30), nullable=False),
        Column("outcome", String(20), nullable=False),
        Column("user_id", ID, nullable=True),
        Column("username", String(100), nullable=True),
        Column("device_name", String(200), nullable=True),
        Column("client_addr", String(100), nullable=True),
        Column("counts", Text, nullable=False),
        Column("detail", Text, nullable=False),
    ]


audit = Table(
    "audit",
    metadata,
    Column("id", AutoId, primary_key=True, autoincrement=True),
    *_entry_columns(indexed=True),
    Column("prev_hash", String(64), nullable=True),
    Column("hash", String(64), nullable=True),
)

# Entries written and not yet chained (audit_chain.py): a request whose transaction
# finds the chain's head taken writes its entry here and goes on; the head's holder
# moves every pending entry into `audit`, chained, in the order of `id`, once it has
# committed. `families`: the entry's family ids as a JSON list.
audit_pending = Table(
    "audit_pending",
    metadata,
    Column("id", AutoId, primary_key=True, autoincrement=True),
    *_entry_columns(indexed=False),
    Column("families", Text, nullable=False),
)

# The chain's end, one row: writers lock it, so entries are chained in id order even
# when several server processes write at once.
audit_head = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("last_id", BigInteger, nullable=False),
    Column("last_hash", String(64), nullable=False),
    Column("since_checkpoint", BigInteger, nullable=False),
)

# MACs over (entry id, its hash) under a key outside the database (audit_chain.py).
# kind "checkpoint": written every so many entries; "anchor": where the chain starts
# after the retention purge removed the entries before it (`hash` = its prev_hash).
audit_checkpoints = Table(
    "audit_checkpoints",
    metadata,
    Column("id", AutoId, primary_key=True, autoincrement=True),
    Column("kind", String(20), nullable=False),
    Column("audit_id", BigInteger, nullable=False, index=True),
    Column("hash", String(64), nullable=False),
    Column("at_ms", BigInteger, nullable=False),
    Column("key_id", String(16), nullable=False),
    Column("mac", String(64), nullable=False),
    # The MAC of the checkpoint before this one: a removed checkpoint breaks the links.
    Column("prev_mac", String(64), nullable=False),
)

audit_families = Table(
    "audit_families",
    metadata,
    Column("audit_id", AutoId, ForeignKey("audit.id", ondelete="CASCADE"), nullable=False),
    Column("family_id", FAMILY_ID, nullable=False, index=True),
    PrimaryKeyConstraint("audit_id", "family_id"),
)

# The last change each device of each user pushed (storage/integrity.py, sync/rollback.py):
# a laptop whose vault was put back to an older copy lacks it, and is told so.
# device_name: the name given at the sign-in of the token that last pushed from
# the device, sent with pulls so a conflict names the laptop (docs/sync-protocol.md).
device_pushes = Table(
    "device_pushes",
    metadata,
    Column("user_id", ID, ForeignKey("users.id"), nullable=False),
    Column("device_id", String(100), nullable=False),
    Column("last_change_id", ID, nullable=False),
    Column("last_seq", BigInteger, nullable=False),
    Column("pushed", BigInteger, nullable=False),
    Column("updated_ms", BigInteger, nullable=False),
    Column("device_name", String(200), nullable=True),
    PrimaryKeyConstraint("user_id", "device_id"),
)

# Families erased on an order (`ftbt-server family erase`, erasure.py): what is kept
# says that it happened, never what the family held. `holders`: the users whose
# laptops may hold the family; each device of theirs is told at its next sync and
# confirms (erasure_confirmations) once the family is gone from it.
erasures = Table(
    "erasures",
    metadata,
    Column("family_id", FAMILY_ID, primary_key=True),
    Column("erased_ms", BigInteger, nullable=False),
    Column("erased_by", String(200), nullable=False),
    Column("changes", BigInteger, nullable=False),
    Column("forced", Boolean, nullable=False),
)

erasure_holders = Table(
    "erasure_holders",
    metadata,
    Column("family_id", FAMILY_ID, ForeignKey("erasures.family_id"), nullable=False),
    Column("user_id", ID, ForeignKey("users.id"), nullable=False),
    PrimaryKeyConstraint("family_id", "user_id"),
)

erasure_confirmations = Table(
    "erasure_confirmations",
    metadata,
    Column("family_id", FAMILY_ID, ForeignKey("erasures.family_id"), nullable=False),
    Column("user_id", ID, ForeignKey("users.id"), nullable=False),
    Column("device_id", String(100), nullable=False),
    Column("device_name", String(200), nullable=False),
    Column("confirmed_ms", BigInteger, nullable=False),
    PrimaryKeyConstraint("family_id", "user_id", "device_id"),
)
