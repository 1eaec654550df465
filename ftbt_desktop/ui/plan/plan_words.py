"""Translated words for goals, steps and the plan: statuses, owners and the marks
that must never rely on colour alone (overdue, no valid consent)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ftbt_desktop.core.plan import GoalStatus, StepOwnerKind

CONTEXT = "PlanWords"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def goal_status_label(status: GoalStatus | str) -> str:
    labels = {
        GoalStatus.ACTIVE: _t("Active"),
        GoalStatus.REACHED: _t("Reached"),
        GoalStatus.DROPPED: _t("Dropped"),
    }
    try:
        return labels[GoalStatus(status)]
    except ValueError:
        return str(status)


def coordinator_label() -> str:
    return _t("Coordinator")


def owner_kind_label(kind: StepOwnerKind | str) -> str:
    labels = {
        StepOwnerKind.MEMBER: _t("Family member"),
        StepOwnerKind.COORDINATOR: _t("Coordinator"),
        StepOwnerKind.ACTOR: _t("Actor"),
    }
    try:
        return labels[StepOwnerKind(kind)]
    except ValueError:
        return str(kind)


def whole_family_label() -> str:
    return _t("The whole family")


def removed_owner_label() -> str:
    return _t("Someone no longer in the plan")


def overdue_word() -> str:
    return _t("Overdue")


def done_word() -> str:
    return _t("Done")


def no_consent_word() -> str:
    return _t("No valid consent")


def with_no_consent(name: str) -> str:
    """An actor's name with the mark in words, e.g. "Skolen – no valid consent"."""
    return _t("{name} – no valid consent").format(name=name)


def warning_icon() -> QIcon:
    """The icon beside the words "Overdue" and "No valid consent" (never alone)."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
