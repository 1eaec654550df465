"""Request and answer bodies as pydantic models, for validation and the OpenAPI schema.

The shapes are those of docs/sync-protocol.md. A change is checked here only
for its JSON types; push checks the rest per change, so one bad change is
rejected alone rather than failing the whole batch.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

Role = Literal["coordinator", "supervisor", "admin"]


def storable(text: str) -> str:
    """Refuse text the databases cannot store: NUL characters, unpaired surrogates."""
    if "\x00" in text:
        raise ValueError("must not contain NUL characters")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("must be valid Unicode text") from exc
    return text


Text = Annotated[str, AfterValidator(storable)]


class ErrorBody(BaseModel):
    error: str
    message: str = ""
    retry_after: int | None = None
    server_api: int | None = None


class VersionOut(BaseModel):
    api: int
    min_api: int
    server_time_ms: int
    version: str
    # The largest pull page this server serves; clients ask for no more (a
    # client that does not know it asks for 1000, which every server serves).
    max_pull: int
    # The forms of a pull page this server sends (`form=`); a server that does not
    # list them sends only "changes" (docs/sync-protocol.md).
    pull_forms: list[str]


class LoginIn(BaseModel):
    username: Text = Field(max_length=100)
    password: Text = Field(max_length=1000)
    device_name: Text = Field(default="", max_length=200)
    # Given at an earlier sign-in from this device (docs/server.md, "Sign-in limits").
    device_key: Text | None = Field(default=None, max_length=100)


class OidcLoginIn(BaseModel):
    """An ID token from the municipality's identity provider (docs/sign-in.md)."""

    id_token: Text = Field(max_length=20000)
    device_name: Text = Field(default="", max_length=200)
    device_key: Text | None = Field(default=None, max_length=100)


class OidcOut(BaseModel):
    issuer: str
    client_id: str
    scopes: str


class AuthConfigOut(BaseModel):
    """How to sign in here: the identity provider (if any), and whether passwords work."""

    oidc: OidcOut | None
    local_passwords: bool


class LoginOut(BaseModel):
    token: str
    expires_at: str
    role: Role
    user_id: str
    username: str
    device_key: str


class ChangeIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    change_id: str
    entity_type: str
    entity_id: str
    family_id: str
    field: str
    value: Any = Field(json_schema_extra={"nullable": True})
    hlc: str
    device_id: str
    user_id: str


class PushIn(BaseModel):
    changes: list[ChangeIn]


class Rejection(BaseModel):
    change_id: str
    reason: Literal["forbidden", "read_only", "clock_ahead", "invalid"]
    message: str


class DevicePushOut(BaseModel):
    device_id: str
    # Empty when this user has never pushed from this device.
    last_change_id: str
    last_seq: int
    pushed: int
    # Families erased on an order that this device must remove, then confirm with
    # POST /api/v1/sync/erasures (ftbt_server/erasure.py).
    erased_families: list[str] = []


class ErasuresIn(BaseModel):
    device_id: Text = Field(min_length=1, max_length=100)
    family_ids: list[Annotated[Text, Field(max_length=100)]] = Field(max_length=10_000)


class PushOut(BaseModel):
    accepted: list[str]
    rejected: list[Rejection]
    server_time_ms: int


class ChangeOut(BaseModel):
    seq: int
    change_id: str
    entity_type: str
    entity_id: str
    family_id: str
    field: str
    value: Any = Field(json_schema_extra={"nullable": True})
    hlc: str
    device_id: str
    user_id: str


class PullOut(BaseModel):
    # The "changes" form (the default): an object per change.
    changes: list[ChangeOut] = Field(default_factory=list)
    # The "rows" form (`form=rows`), instead of `changes`: per change an array
    # [seq, change_id, entity_type, entity_id, family, field, hlc, device, user, value],
    # where family, device and user are positions in the three lists after it.
    rows: list[list[Any]] | None = None
    row_families: list[str] | None = None
    row_devices: list[str] | None = None
    row_users: list[str] | None = None
    next: int
    has_more: bool
    families: list[str]
    revoked_families: list[str]
    # Changes of this page left out because their stored value is not standard
    # JSON (stored by an older, unchecking server); docs/sync-protocol.md.
    withheld: int = 0
    # Device id → the name its user gave it at sign-in, for devices whose changes
    # are on this page and whose name the server knows (at most 100).
    device_names: dict[str, str] = Field(default_factory=dict)
    # Family id → the sorted names of the teams of its assigned coordinator, for each
    # family of `families` ([] for none); docs/sync-protocol.md.
    family_teams: dict[str, list[str]] = Field(default_factory=dict)
    # Asked for with `count=true`: the user's changes the server holds after this
    # page (`next`), counted with it, for a progress bar with a total.
    left: int | None = None


class FamilyStateOut(BaseModel):
    family_id: str
    entities: dict[str, dict[str, Any]]


class ExportIn(BaseModel):
    family_ids: list[Annotated[Text, Field(max_length=100)]] = Field(max_length=10_000)
    kind: Text = Field(max_length=100)
    format: Text = Field(max_length=50)
    # Who the export was made for ("family", "internal", …), when the client says.
    audience: Text | None = Field(default=None, max_length=50)


class AuditEntryOut(BaseModel):
    id: int
    at: str
    action: str
    outcome: str
    username: str | None
    device_name: str | None
    client_addr: str | None
    families: list[str]
    counts: dict[str, int]
    detail: str


class AuditOut(BaseModel):
    entries: list[AuditEntryOut]
