"""The family plan's text as Qt rich text (HTML), section by section.

Everything from the vault is escaped here and nowhere else. The map is not
HTML: `family_plan.py` draws it on a page of its own between the two parts.
Sizes are in CSS pixels of a 96-dpi page and are scaled by `px` for the PDF
writer's resolution.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from html import escape

from ftbt_desktop.core.measures import Who5Band, who5_band, who5_score
from ftbt_desktop.core.plan import Step, StepOwnerKind
from ftbt_desktop.export import plan_words as w
from ftbt_desktop.export.consent_words import consent_sentences
from ftbt_desktop.export.plan_content import GoalPlan, PlanContent
from ftbt_desktop.words.common import date_text, role_label
from ftbt_desktop.words.map import life_area_label

# Column widths in per cent: what is done gets the room, dates and ticks just enough
# (in the family's large type a date needs a fifth of the page).
STEP_WIDTHS = {True: (36, 26, 20, 18), False: (44, 24, 16, 16)}  # by content.for_family

# Bands in words and a mark, never by colour alone (DESIGN §2).
BAND_MARK = {Who5Band.HIGH_RISK: "▲▲", Who5Band.RISK: "▲", Who5Band.NOT_AT_RISK: "●"}

Px = Callable[[float], int]


def plan_html(content: PlanContent, px: Px) -> tuple[str, str]:
    """The text before the map (cover, members) and after it (goals to signatures); the
    map has a page of its own between them (`family_plan.py`)."""
    ff = content.for_family
    before = [_style(px), _cover(content, px), _section(w.members_heading(ff), _members(content))]
    after = [
        _style(px),
        _section(w.goals_heading(ff), _goals(content)),
        _section(w.measures_heading(ff), _measures(content)),
        _section(w.actors_heading(ff), _actors(content)),
        _section(w.consents_heading(ff), _consents(content)),
    ]
    if not ff:
        after += [
            _section(w.notes_heading(), _notes(content)),
            _section(w.visits_heading(), _visits(content), page_break=True),
            _section(w.review_heading(), _review(content)),
        ]
    # Signatures on a page of their own: a heading is never left alone at a page's foot.
    after.append(_section(w.signatures_heading(), _signatures(content), page_break=True))
    return _body(before), _body(after)


def _body(parts: Iterable[str]) -> str:
    return "<html><body>" + "".join(parts) + "</body></html>"


# -- building blocks -----------------------------------------------------------


def _e(text: object) -> str:
    return escape(str(text), quote=False)


def _style(px: Px) -> str:
    return (
        "<style>"
        f"h1 {{ font-size: 200%; margin-bottom: {px(6)}px; }}"
        f"h2 {{ font-size: 140%; margin-top: {px(18)}px; margin-bottom: {px(6)}px; }}"
        f"h3 {{ font-size: 115%; margin-top: {px(12)}px; margin-bottom: {px(3)}px; }}"
        f"p {{ margin-top: {px(2)}px; margin-bottom: {px(4)}px; }}"
        f"td {{ padding: {px(3)}px; }}"
        ".muted { color: #444444; }"
        "</style>"
    )


def _section(heading: str, body: str, page_break: bool = False) -> str:
    style = ' style="page-break-before: always"' if page_break else ""
    return f"<h2{style}>{_e(heading)}</h2>{body}"


def _table(headers: Iterable[str], rows: Iterable[Iterable[str]], widths: Sequence[int]) -> str:
    """Rows of already escaped cells; `widths` in per cent of the page, one per column,
    so that a long word keeps its column wide enough instead of being cut in two.

    The header is an ordinary first row of bold cells: Qt repeats <thead> or <th> rows
    at the top of every page the table runs on to, even when only its bottom border
    spills over, which left a header with no rows under it at the top of a page.
    """
    head = "".join(
        f'<td width="{w}%"><b>{_e(h)}</b></td>' for h, w in zip(headers, widths, strict=True)
    )
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="4" '
        f'style="border-collapse: collapse; border-color: #888888">'
        f"<tr>{head}</tr>{body}</table>"
    )


def _list(items: Iterable[str]) -> str:
    """Items already escaped; an empty list says so."""
    items = list(items)
    if not items:
        return f"<p>{_e(w.nothing_yet())}</p>"
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def _date(iso: str | None) -> str:
    return date_text(iso) if iso else w.no_date()


# -- sections ------------------------------------------------------------------


def _cover(content: PlanContent, px: Px) -> str:
    family = content.family
    lines = [
        f'<p style="margin-top: {px(120)}px; font-size: 150%">{_e(w.plan_title())}</p>',
        f"<h1>{_e(family.name)}</h1>",
        f'<p style="font-size: 120%">{_e(w.made_on_text(content.today))}</p>',
        f"<p>{_e(w.audience_text(content.audience))}</p>",
    ]
    if family.coordinator:
        lines.append(f"<p>{_e(w.coordinator_text(family.coordinator))}</p>")
    lines.append(f'<p style="margin-top: {px(30)}px">{_e(w.intro_text(content.audience))}</p>')
    return "".join(lines)


def _members(content: PlanContent) -> str:
    items = []
    for m in content.members:
        role = role_label(m.role)
        role = role[:1].lower() + role[1:]  # after a dash, mid-sentence
        items.append(f"<b>{_e(m.name)}</b> – {_e(w.member_text(role, m.birth_year or None))}")
    return _list(items)


def _goals(content: PlanContent) -> str:
    if not content.goals:
        return f"<p>{_e(w.nothing_yet())}</p>"
    return "".join(_goal(content, plan) for plan in content.goals)


def _goal(content: PlanContent, plan: GoalPlan) -> str:
    goal = plan.goal
    names = [m.name for m in content.members if m.id in goal.member_ids]
    lines = [f"<h3>{_e(goal.text)}</h3>"]
    ff = content.for_family
    # The family's version in short sentences, the supervisor's as one line of facts.
    who = (w.names_text(names) if ff else ", ".join(names)) if names else w.whole_family()
    facts = [w.goal_for_text(who, ff)]
    if goal.life_area is not None:
        facts.append(w.life_area_text(life_area_label(goal.life_area), ff))
    if goal.target_date:
        when = w.long_date(dt.date.fromisoformat(goal.target_date)) if ff else None
        facts.append(w.target_date_text(when or date_text(goal.target_date), ff))
    lines.append(f"<p>{_e((' ' if ff else ' · ').join(facts))}</p>")
    if goal.why:
        lines.append(f"<p>{_e(w.why_text(goal.why))}</p>")
    rating = plan.latest_rating
    if rating is not None:
        text = w.rating_text(rating.value, date_text(rating.date))
        lines.append(f"<p><b>{_e(text)}</b></p>")
        if rating.note and not content.for_family:
            lines.append(f'<p class="muted">{_e(rating.note)}</p>')
    else:
        lines.append(f"<p>{_e(w.no_rating_text())}</p>")
    if plan.steps:
        rows = [
            (
                _e(step.what),
                _e(_owner(content, step)),
                _e(_date(step.due)),
                _e(w.done_mark(step.done)),
            )
            for step in plan.steps
        ]
        lines.append(_table(w.step_columns(), rows, STEP_WIDTHS[content.for_family]))
    else:
        lines.append(f"<p>{_e(w.no_steps_text())}</p>")
    return "".join(lines)


def _owner(content: PlanContent, step: Step) -> str:
    kind = StepOwnerKind(step.owner_kind)
    if kind is StepOwnerKind.COORDINATOR:
        return w.coordinator_word()
    if kind is StepOwnerKind.MEMBER:
        member = content.member(step.owner_id)
        return member.name if member is not None else w.someone_else(content.for_family)
    actor = content.actor(step.owner_id)
    return actor.name if actor is not None else w.someone_else(content.for_family)


def _measures(content: PlanContent) -> str:
    parts: list[str] = []
    adult_items = []
    for adult in content.adults:
        if adult.who5 is not None:
            score = who5_score(adult.who5.answers)
            band = who5_band(score)
            wellbeing = w.who5_text(
                f"{BAND_MARK[band]} {w.band_text(band)}", score, date_text(adult.who5.date)
            )
        else:
            wellbeing = w.not_measured()
        if adult.employment is not None:
            status = w.since_text(
                w.employment_text(adult.employment.status), date_text(adult.employment.date)
            )
        else:
            status = w.not_noted()
        adult_items.append(
            f"<b>{_e(adult.member.name)}</b><br/>"
            f"{_e(w.who5_label())}: {_e(wellbeing)}<br/>"
            f"{_e(w.employment_heading())}: {_e(status)}"
        )
    if adult_items:
        parts.append(_list(adult_items))
    child_items = []
    for child in content.children:
        lines = [f"<b>{_e(child.member.name)}</b>"]
        for rating in child.thriving:
            parent = content.member(rating.parent_id)
            lines.append(
                _e(w.thriving_heading(content.for_family))
                + ": "
                + _e(
                    w.thriving_line(
                        parent.name if parent else w.unknown_author(),
                        w.thriving_text(rating.thriving),
                        date_text(rating.date),
                    )
                )
            )
        leisure = ", ".join(a.what for a in child.leisure) or w.no_leisure()
        lines.append(f"{_e(w.leisure_heading())}: {_e(leisure)}")
        child_items.append("<br/>".join(lines))
    if child_items:
        parts.append(_list(child_items))
    if content.connections:
        items = [
            f"{_e(c.name)} ({_e(w.connection_kind_text(c.kind))})" for c in content.connections
        ]
        heading = w.connections_heading(content.for_family)
        parts.append(f"<h3>{_e(heading)}</h3>{_list(items)}")
    return "".join(parts) or f"<p>{_e(w.nothing_yet())}</p>"


def _actors(content: PlanContent) -> str:
    items = []
    for actor in content.actors:
        text = f"<b>{_e(actor.name)}</b>"
        # The kind in plain words, and none for "other": "Anden aktør" is a system word
        # (actors drawn on the map are of that kind), and the name says who it is.
        kind = w.actor_kind_text(actor.kind)
        if kind is not None:
            text += f" – {_e(kind)}"
        if actor.contact_person:
            text += f"<br/>{_e(w.contact_text(actor.contact_person))}"
        if actor.contact_details:
            text += f", {_e(actor.contact_details)}"
        items.append(text)
    return _list(items)


def _consents(content: PlanContent) -> str:
    """One consent a paragraph of short sentences, in both versions: who gave it, to whom,
    about whom and what, for what, when and how, until when (issue 12)."""
    if not content.consents:
        return f"<p>{_e(w.nothing_yet())}</p>"
    items = []
    for consent in content.consents:
        sentences = [_e(s) for s in consent_sentences(consent, content)]
        sentences[0] = f"<b>{sentences[0]}</b>"
        items.append(" ".join(sentences))
    return _list(items)


def _notes(content: PlanContent) -> str:
    items = []
    if content.family.notes:
        items.append(f"<b>{_e(w.family_notes_label())}</b> {_multiline(content.family.notes)}")
    for actor in content.actors:
        if actor.notes:
            items.append(_multiline(w.actor_notes_text(actor.name, actor.notes)))
    for note in content.map_notes:
        items.append(f"<b>{_e(w.map_notes_label())}</b> {_multiline(note)}")
    return _list(items)


def _visits(content: PlanContent) -> str:
    if not content.visits:
        return f"<p>{_e(w.nothing_yet())}</p>"
    parts = []
    for visit in content.visits:
        parts.append(f"<h3>{_e(date_text(visit.date))} – {_e(w.visit_kind_text(visit.kind))}</h3>")
        names = [m.name for m in content.members if m.id in visit.attendee_ids]
        if visit.other_attendees:
            names.append(visit.other_attendees)
        if names:
            parts.append(f"<p>{_e(w.attendees_text(', '.join(names)))}</p>")
        if visit.summary:
            parts.append(f"<p><b>{_e(w.summary_label())}</b><br/>{_multiline(visit.summary)}</p>")
        if visit.next_steps:
            parts.append(f"<p><b>{_e(w.next_steps_label())}</b></p>")
            parts.append(_list(_e(s) for s in visit.next_steps))
    return "".join(parts)


def _review(content: PlanContent) -> str:
    review = content.latest_review
    if review is not None:
        mark = w.reviewed_text(date_text(review.reviewed_on), review.reviewer or w.unknown_author())
        parts = [f"<p><b>{_e(mark)}</b></p>"]
        if review.note:
            parts.append(f"<p>{_multiline(review.note)}</p>")
    else:
        parts = [f"<p>{_e(w.not_reviewed_text())}</p>"]
    if content.comments:
        items = [
            f"<i>{_e(w.comment_by_text(c.author or w.unknown_author(), _date(c.date)))}</i>"
            f"<br/>{_multiline(c.text)}"
            for c in content.comments
        ]
        parts.append(_list(items))
    else:
        parts.append(f"<p>{_e(w.no_comments_text())}</p>")
    return "".join(parts)


def _signatures(content: PlanContent) -> str:
    # A rule as wide as its cell, whatever the type size: a row of "_" wrapped in large type.
    line = '<hr style="border: none; background-color: #000000" />'
    cells = (
        f"<td width='50%'><br/><br/><br/>{line}{_e(w.family_signature())}</td>"
        f"<td width='50%'><br/><br/><br/>{line}{_e(w.coordinator_signature())}</td>"
    )
    return (
        f"<p>{_e(w.signature_intro(content.for_family))}</p>"
        f'<table width="100%" cellspacing="0" cellpadding="6"><tr>{cells}</tr></table>'
    )


def _multiline(text: str) -> str:
    return "<br/>".join(_e(line) for line in text.splitlines())
