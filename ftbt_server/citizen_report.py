"""A citizen's access report (GDPR art. 15): who read, changed, exported or erased
what about a family or one of its members, when, and from which computer.

`ftbt-server audit citizen FAMILY_ID [--member MEMBER_ID] -o FILE` writes it in
Danish, as a PDF (plain_pdf.py) or as CSV (semicolons, UTF-8 with a byte-order
mark, as Danish spreadsheets read it), for a caseworker to hand over.

Two sources, both kept by this store: the audit log's entries about the family
(every sync that read it, every save, every export a laptop reported, every
refusal, its erasure), and, for a member, the change log's record of every
change made to that member or to anything about them (an entry naming them:
a goal, a measure, a plan step…), with who made it, when the server received
it, and from which computer. The report says which fields changed, never their
contents: it lists processing, and the data itself is handed over separately.

A sync reads the whole family at once; the report says so for each read rather
than pretending to know which member was looked at.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Engine, select

from ftbt_desktop.core.changes import DELETED
from ftbt_desktop.core.family_ref import family_reference
from ftbt_server import audit, audit_chain
from ftbt_server.plain_pdf import Block, render
from ftbt_server.sealed_values import CLEARED, Sealer, UnreadableValue, binding
from ftbt_server.tables import audit as audit_table
from ftbt_server.tables import changes, device_pushes, erasures, families, state, users

DANISH_TIME = ZoneInfo("Europe/Copenhagen")

ENTITY_WORDS = {
    "family": "familien",
    "member": "familiemedlem",
    "goal": "mål",
    "step": "skridt",
    "actor": "aktør",
    "visit": "besøg",
    "consent": "samtykke",
    "who5_measure": "trivselsmåling (WHO-5)",
    "employment_record": "forsørgelse",
    "thriving_rating": "barnets trivsel",
    "progress_rating": "skalering",
    "leisure_activity": "fritidsaktivitet",
    "civil_society_connection": "kontakt til civilsamfundet",
    "map_node": "familiekort",
    "map_link": "familiekort (forbindelse)",
    "map_snapshot": "øjebliksbillede af familiekortet",
    "plan_review": "gennemsyn af planen",
    "review_comment": "kommentar til planen",
    "review_reply": "svar på kommentar",
}

EXPORT_KINDS = {
    "plan_pdf": "familiens plan",
    "family_plan": "familiens plan",
    "outcome_report": "resultatopgørelse",
    "json": "eksport af familiens oplysninger",
    "map": "familiekort",
    "who5_fhir": "WHO-5-målinger (FHIR)",
}
EXPORT_FORMATS = ("pdf", "csv", "json", "png", "svg")
EXPORT_AUDIENCES = {"family": "til familien", "internal": "til internt brug"}

ACTION_WORDS = {
    "pull": "Hentede familiens oplysninger til sin computer (synkronisering)",
    "read_state": "Læste familiens aktuelle oplysninger på serveren",
    "export": "Udskrev eller eksporterede oplysninger om familien",
    "push": "Gemte ændringer i familiens oplysninger",
    "access_granted": "Fik adgang til familien",
    "access_revoked": "Mistede adgangen til familien",
    "family_assign": "Gav en koordinator adgang til familien",
    "family_unassign": "Tog en koordinators adgang til familien",
    "family_erased": "Slettede familiens oplysninger på serveren",
    "erasure_confirmed": "Bekræftede at familien er slettet fra en computer",
    "retention_cleared": "Slettede gamle oplysninger efter slettefristen",
}

FIELD_WORDS = {
    "name": "navn",
    "birth_year": "fødselsår",
    "role": "rolle",
    "status": "status",
    "start": "startdato",
    "end": "slutdato",
    "date": "dato",
    "text": "tekst",
    "title": "titel",
    "summary": "referat",
    "notes": "noter",
    "note": "note",
    "score": "score",
    "answers": "svar",
    "member_id": "familiemedlem",
    "member_ids": "familiemedlemmer",
    "child_id": "barn",
    "parent_id": "forælder",
    "owner_id": "ansvarlig",
    "ref_id": "person",
    "kind": "type",
    "due": "frist",
    "done": "udført",
}

# Fields whose value is a family member's id (core/*.py field rules: `ref`, `ref_list`).
MEMBER_REFS = ("member_id", "member_ids", "child_id", "parent_id", "owner_id", "ref_id")

DENIED_WORDS = {
    "push": "Forsøgte at ændre familiens oplysninger – afvist",
    "read_state": "Forsøgte at læse familiens oplysninger – afvist",
    "export": "Forsøgte at eksportere oplysninger om familien – afvist",
}


@dataclass(frozen=True)
class Line:
    at_ms: int
    username: str
    computer: str
    action: str
    details: str


@dataclass(frozen=True)
class Report:
    family_id: str
    member_id: str | None
    member_name: str | None
    family_name: str | None
    since_ms: int | None
    lines: list[Line]
    erased: bool

    @property
    def reference(self) -> str:
        return family_reference(self.family_id)


def danish_time(ms: int) -> str:
    return dt.datetime.fromtimestamp(ms / 1000, DANISH_TIME).strftime("%d.%m.%Y kl. %H:%M")


def _open(sealer: Sealer, row: Any) -> Any:
    if row.key_id == CLEARED:
        return None
    try:
        text = sealer.open(row.key_id, row.value, binding(row.change_id, row.entity_id, row.field))
        return json.loads(text)
    except (UnreadableValue, ValueError):
        return None


def _about_member(conn: Connection, sealer: Sealer, family_id: str, member_id: str) -> set[str]:
    """The member and every entity that has named them in a field that refers to a
    family member (a goal's members, a measure's, a rating's child or parent, a leisure
    activity's child, a step's owner, a map node's person)."""
    rows = conn.execute(
        select(changes).where(changes.c.family_id == family_id, changes.c.field.in_(MEMBER_REFS))
    ).all()
    found = {member_id}
    for row in rows:
        value = _open(sealer, row)
        if value == member_id or (isinstance(value, list) and member_id in value):
            found.add(row.entity_id)
    return found


def _details(entry: audit.Entry) -> str:
    counts = entry.counts
    parts = []
    if entry.action == "pull":
        parts.append(f"{counts.get('changes', 0)} ændringer hentet")
    elif entry.action == "push" and entry.outcome == "ok":
        if counts.get("accepted", 0):
            parts.append(f"{counts['accepted']} ændringer gemt")
        else:
            # A push naming the family that stored nothing (malformed, or already there).
            parts.append("intet gemt")
        if counts.get("deletions"):
            parts.append(f"heraf {counts['deletions']} sletninger")
    elif entry.action == "export":
        # The kind, format and audience come from the laptop: only known words are shown.
        words = dict(part.split("=", 1) for part in entry.detail.split() if "=" in part)
        kind = EXPORT_KINDS.get(words.get("kind", ""), "oplysninger")
        fmt = words.get("format", "")
        parts.append(f"{kind} som {fmt.upper()}" if fmt in EXPORT_FORMATS else kind)
        audience = EXPORT_AUDIENCES.get(words.get("audience", ""))
        if audience:
            parts.append(audience)
    elif entry.action == "family_erased":
        parts.append(f"{counts.get('changes', 0)} ændringer slettet")
    elif entry.action == "retention_cleared":
        parts.append(f"{counts.get('changes', 0)} ændringer ryddet")
    if entry.client_addr:
        parts.append(f"fra adressen {entry.client_addr}")
    return ", ".join(parts)


def _audit_lines(entries: Iterable[audit.Entry]) -> list[Line]:
    out = []
    for entry in entries:
        denied = entry.outcome != "ok"
        words = (DENIED_WORDS if denied else ACTION_WORDS).get(entry.action)
        if words is None:
            words = f"{entry.action} ({entry.outcome})"
        out.append(
            Line(
                entry.at_ms,
                entry.username or "-",
                entry.device_name or "-",
                words,
                _details(entry),
            )
        )
    return out


def _change_lines(conn: Connection, entity_ids: set[str], family_id: str) -> list[Line]:
    rows = conn.execute(
        select(
            changes.c.received_ms,
            changes.c.entity_type,
            changes.c.field,
            changes.c.device_id,
            changes.c.pushed_by,
            users.c.username,
        )
        .join(users, users.c.id == changes.c.pushed_by)
        .where(changes.c.family_id == family_id, changes.c.entity_id.in_(sorted(entity_ids)))
        .order_by(changes.c.seq)
    ).all()
    names = {
        (row.user_id, row.device_id): row.device_name
        for row in conn.execute(select(device_pushes))
        if row.device_name
    }
    # One line per save of one thing: the fields saved together on one computer.
    grouped: dict[tuple[int, str, str, str], list[str]] = {}
    for row in rows:
        what = ENTITY_WORDS.get(row.entity_type, row.entity_type)
        computer = names.get((row.pushed_by, row.device_id), "-")
        key = (row.received_ms, row.username, computer, what)
        grouped.setdefault(key, []).append(
            "slettet" if row.field == DELETED else FIELD_WORDS.get(row.field, row.field)
        )
    return [
        Line(at, user, computer, f"Ændrede {what}", "felter: " + ", ".join(sorted(set(fields))))
        for (at, user, computer, what), fields in grouped.items()
    ]


def _name(conn: Connection, sealer: Sealer, entity_id: str) -> str | None:
    row = conn.execute(
        select(state).where(state.c.entity_id == entity_id, state.c.field == "name")
    ).first()
    value = _open(sealer, row) if row is not None else None
    return value if isinstance(value, str) else None


def gather(engine: Engine, sealer: Sealer, family_id: str, member_id: str | None = None) -> Report:
    """Everything the store recorded about the family (or one member), oldest first.
    Raises LookupError for a family this store never had."""
    audit_chain.chain_pending(engine)
    with engine.connect() as conn:
        if conn.execute(select(families).where(families.c.family_id == family_id)).first() is None:
            raise LookupError(f"no family {family_id} on this server")
        erased = (
            conn.execute(select(erasures).where(erasures.c.family_id == family_id)).first()
            is not None
        )
        entries = audit.entries(conn, family_id=family_id, limit=10_000_000)
        lines = _audit_lines(entries)
        member_name = None
        if member_id is not None:
            about = _about_member(conn, sealer, family_id, member_id)
            lines += _change_lines(conn, about, family_id)
            member_name = _name(conn, sealer, member_id)
        oldest = conn.execute(select(audit_table.c.at_ms).order_by(audit_table.c.id).limit(1))
        since = oldest.scalar()
        family_name = _name(conn, sealer, family_id)
    lines.sort(key=lambda line: line.at_ms)
    return Report(family_id, member_id, member_name, family_name, since, lines, erased)


CSV_HEADER = ["Tidspunkt", "Bruger", "Computer", "Handling", "Oplysninger"]
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    """A cell a spreadsheet shows as text, never runs: a device name is the laptop's."""
    return "'" + text if text.startswith(_FORMULA) else text


def to_csv(report: Report) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for line in report.lines:
        writer.writerow(
            [
                danish_time(line.at_ms),
                _cell(line.username),
                _cell(line.computer),
                _cell(line.action),
                _cell(line.details),
            ]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _subject(report: Report) -> str:
    family = report.family_name or "familien"
    if report.member_id is None:
        return f"{family} (sag {report.reference})"
    member = report.member_name or f"familiemedlem {report.member_id}"
    return f"{member} i {family} (sag {report.reference})"


def to_pdf(report: Report, now_ms: int) -> bytes:
    title = "Indsigt i behandlingen af dine oplysninger"
    since = danish_time(report.since_ms) if report.since_ms else "-"
    blocks = [
        Block(title, "title"),
        Block(
            f"Oplysninger om: {_subject(report)}\n"
            f"Udskrevet: {danish_time(now_ms)}\n"
            f"Loggen går tilbage til: {since}"
        ),
        Block("Hvad listen viser", "heading"),
        Block(
            "Listen viser hver gang en medarbejder har hentet, læst, ændret, udskrevet eller "
            "slettet oplysninger om dig i Familiens Trivsel – Barnets Trivsel, med tidspunkt, "
            "medarbejderens brugernavn og den computer, det skete fra. Også forsøg, der blev "
            "afvist, er med. Når en koordinator synkroniserer, hentes hele familiens "
            "oplysninger på én gang; det står som én linje. Selve oplysningerne kan du få "
            "udleveret særskilt. (Databeskyttelsesforordningen artikel 15.)"
        ),
        Block(f"Registreringer ({len(report.lines)})", "heading"),
    ]
    if report.erased:
        blocks.insert(2, Block("Familiens oplysninger er slettet fra serveren."))
    if not report.lines:
        blocks.append(Block("Der er ingen registreringer."))
    for line in report.lines:
        blocks.append(
            Block(f"{danish_time(line.at_ms)}  {line.username}, computer: {line.computer}")
        )
        detail = f"{line.action}" + (f" ({line.details})" if line.details else "")
        blocks.append(Block(detail, indent=4))
    return render(blocks, title)
