"""Translated words for the map: node kinds, link kinds, life areas, default labels.

Functions rather than constants, so a language switched at runtime is picked
up by the next call.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.core.family_map import LinkKind, NodeKind
from ftbt_desktop.core.model import LifeArea
from ftbt_desktop.core.plan import ActorKind

CONTEXT = "MapWords"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def node_kind_label(kind: NodeKind) -> str:
    return {
        NodeKind.MEMBER: _t("Family member"),
        NodeKind.CHALLENGE: _t("Challenge"),
        NodeKind.STRENGTH: _t("Strength"),
        NodeKind.GOAL: _t("Goal"),
        NodeKind.ACTOR: _t("Actor"),
        NodeKind.NOTE: _t("Note"),
    }[NodeKind(kind)]


def new_node_label(kind: NodeKind) -> str:
    """The words a new goal or actor starts with (their text is required) until relabelled."""
    return {
        NodeKind.GOAL: _t("New goal"),
        NodeKind.ACTOR: _t("New actor"),
        NodeKind.CHALLENGE: _t("New challenge"),
        NodeKind.STRENGTH: _t("New strength"),
        NodeKind.NOTE: _t("New note"),
        NodeKind.MEMBER: _t("Family member"),
    }[NodeKind(kind)]


def link_kind_label(kind: LinkKind) -> str:
    return {
        LinkKind.INFLUENCES: _t("influences"),
        LinkKind.SUPPORTS: _t("supports"),
        LinkKind.STRAINS: _t("strains"),
        LinkKind.STRONG: _t("strong relation"),
        LinkKind.WEAK: _t("weak relation"),
    }[LinkKind(kind)]


def life_area_label(area: LifeArea | None) -> str:
    if area is None:
        return _t("No life area")
    return {
        LifeArea.WORK_EDUCATION: _t("work and education"),
        LifeArea.ECONOMY_HOUSING: _t("economy and housing"),
        LifeArea.HEALTH: _t("physical and mental health"),
        LifeArea.SCHOOL_DAYCARE: _t("school, daycare and learning"),
        LifeArea.LEISURE_FRIENDS: _t("leisure and friendships"),
        LifeArea.CARE_PARENTING: _t("care and parenting"),
        LifeArea.FAMILY_RELATIONS: _t("family relations"),
        LifeArea.NETWORK_CIVIL_SOCIETY: _t("network and civil society"),
    }[LifeArea(area)]


def actor_kind_label(kind: ActorKind) -> str:
    return {
        ActorKind.JOBCENTER: _t("Jobcenter"),
        ActorKind.SCHOOL: _t("School"),
        ActorKind.DAYCARE: _t("Daycare"),
        ActorKind.HEALTH: _t("Health"),
        ActorKind.PSYCHIATRY: _t("Psychiatry"),
        ActorKind.SOCIAL_SERVICES: _t("Social services"),
        ActorKind.CIVIL_SOCIETY: _t("Civil society"),
        ActorKind.PRIVATE_NETWORK: _t("Private network"),
        ActorKind.OTHER: _t("Other actor"),
    }[ActorKind(kind)]


def internal_mark() -> str:
    """The word on an internal node, so the mark does not rely on the lock glyph alone."""
    return _t("Internal")


def internal_label() -> str:
    return _t("Internal (coordinator only)")
