"""Translated words for the map: node kinds, link kinds, life areas, default labels.

Functions rather than constants, so a language switched at runtime is picked
up by the next call; literal `translate("MapWords", …)` calls, so lupdate finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ftbt_desktop.core.family_map import LinkKind, NodeKind
from ftbt_desktop.core.model import LifeArea
from ftbt_desktop.core.plan import ActorKind


def node_kind_label(kind: NodeKind) -> str:
    return {
        NodeKind.MEMBER: QCoreApplication.translate("MapWords", "Family member"),
        NodeKind.CHALLENGE: QCoreApplication.translate("MapWords", "Challenge"),
        NodeKind.STRENGTH: QCoreApplication.translate("MapWords", "Strength"),
        NodeKind.GOAL: QCoreApplication.translate("MapWords", "Goal"),
        NodeKind.ACTOR: QCoreApplication.translate("MapWords", "Actor"),
        NodeKind.NOTE: QCoreApplication.translate("MapWords", "Note"),
    }[NodeKind(kind)]


def new_node_label(kind: NodeKind) -> str:
    """The words a new goal or actor starts with (their text is required) until relabelled."""
    return {
        NodeKind.GOAL: QCoreApplication.translate("MapWords", "New goal"),
        NodeKind.ACTOR: QCoreApplication.translate("MapWords", "New actor"),
        NodeKind.CHALLENGE: QCoreApplication.translate("MapWords", "New challenge"),
        NodeKind.STRENGTH: QCoreApplication.translate("MapWords", "New strength"),
        NodeKind.NOTE: QCoreApplication.translate("MapWords", "New note"),
        NodeKind.MEMBER: QCoreApplication.translate("MapWords", "Family member"),
    }[NodeKind(kind)]


def link_kind_label(kind: LinkKind) -> str:
    return {
        LinkKind.INFLUENCES: QCoreApplication.translate("MapWords", "influences"),
        LinkKind.SUPPORTS: QCoreApplication.translate("MapWords", "supports"),
        LinkKind.STRAINS: QCoreApplication.translate("MapWords", "strains"),
        LinkKind.STRONG: QCoreApplication.translate("MapWords", "strong relation"),
        LinkKind.WEAK: QCoreApplication.translate("MapWords", "weak relation"),
    }[LinkKind(kind)]


def life_area_label(area: LifeArea | None) -> str:
    if area is None:
        return QCoreApplication.translate("MapWords", "No life area")
    return {
        LifeArea.WORK_EDUCATION: QCoreApplication.translate("MapWords", "work and education"),
        LifeArea.ECONOMY_HOUSING: QCoreApplication.translate("MapWords", "economy and housing"),
        LifeArea.HEALTH: QCoreApplication.translate("MapWords", "physical and mental health"),
        LifeArea.SCHOOL_DAYCARE: QCoreApplication.translate(
            "MapWords", "school, daycare and learning"
        ),
        LifeArea.LEISURE_FRIENDS: QCoreApplication.translate("MapWords", "leisure and friendships"),
        LifeArea.CARE_PARENTING: QCoreApplication.translate("MapWords", "care and parenting"),
        LifeArea.FAMILY_RELATIONS: QCoreApplication.translate("MapWords", "family relations"),
        LifeArea.NETWORK_CIVIL_SOCIETY: QCoreApplication.translate(
            "MapWords", "network and civil society"
        ),
    }[LifeArea(area)]


def actor_kind_label(kind: ActorKind) -> str:
    return {
        ActorKind.JOBCENTER: QCoreApplication.translate("MapWords", "Jobcenter"),
        ActorKind.SCHOOL: QCoreApplication.translate("MapWords", "School"),
        ActorKind.DAYCARE: QCoreApplication.translate("MapWords", "Daycare"),
        ActorKind.HEALTH: QCoreApplication.translate("MapWords", "Health"),
        ActorKind.PSYCHIATRY: QCoreApplication.translate("MapWords", "Psychiatry"),
        ActorKind.SOCIAL_SERVICES: QCoreApplication.translate("MapWords", "Social services"),
        ActorKind.CIVIL_SOCIETY: QCoreApplication.translate("MapWords", "Civil society"),
        ActorKind.PRIVATE_NETWORK: QCoreApplication.translate("MapWords", "Private network"),
        ActorKind.OTHER: QCoreApplication.translate("MapWords", "Other actor"),
    }[ActorKind(kind)]


def internal_mark() -> str:
    """The word on an internal node, so the mark does not rely on the lock glyph alone."""
    return QCoreApplication.translate("MapWords", "Internal")


def add_here_text(kind: NodeKind) -> str:
    """The menu entry that adds a node where the user clicked."""
    return {
        NodeKind.CHALLENGE: QCoreApplication.translate("MapWords", "Add a challenge here"),
        NodeKind.STRENGTH: QCoreApplication.translate("MapWords", "Add a strength here"),
        NodeKind.GOAL: QCoreApplication.translate("MapWords", "Add a goal here"),
        NodeKind.ACTOR: QCoreApplication.translate("MapWords", "Add an actor here"),
        NodeKind.NOTE: QCoreApplication.translate("MapWords", "Add a note here"),
        NodeKind.MEMBER: QCoreApplication.translate("MapWords", "Family member"),
    }[NodeKind(kind)]


def add_tooltip(kind: NodeKind) -> str:
    return {
        NodeKind.CHALLENGE: QCoreApplication.translate(
            "MapWords", "Add a challenge: what is hard for the family"
        ),
        NodeKind.STRENGTH: QCoreApplication.translate(
            "MapWords", "Add a strength: what works, what the family can lean on"
        ),
        NodeKind.GOAL: QCoreApplication.translate(
            "MapWords", "Add a goal in the family's own words"
        ),
        NodeKind.ACTOR: QCoreApplication.translate(
            "MapWords", "Add an actor: jobcenter, school, club, volunteer…"
        ),
        NodeKind.NOTE: QCoreApplication.translate("MapWords", "Add a free note"),
        NodeKind.MEMBER: QCoreApplication.translate("MapWords", "Family member"),
    }[NodeKind(kind)]


def internal_label() -> str:
    return QCoreApplication.translate("MapWords", "Internal (coordinator only)")
