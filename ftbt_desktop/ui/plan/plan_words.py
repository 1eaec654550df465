"""Translated words for goals, steps and the plan: statuses, owners and the marks
that must never rely on colour alone (overdue, no valid consent)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ftbt_desktop.core.plan import GoalStatus, StepOwnerKind

# Literal translate calls throughout: lupdate finds only those.


def goal_status_label(status: GoalStatus | str) -> str:
    labels = {
        GoalStatus.ACTIVE: QCoreApplication.translate("PlanWords", "Active"),
        GoalStatus.REACHED: QCoreApplication.translate("PlanWords", "Reached"),
        GoalStatus.DROPPED: QCoreApplication.translate("PlanWords", "Dropped"),
    }
    try:
        return labels[GoalStatus(status)]
    except ValueError:
        return str(status)


def coordinator_label() -> str:
    return QCoreApplication.translate("PlanWords", "Coordinator")


def owner_kind_label(kind: StepOwnerKind | str) -> str:
    labels = {
        StepOwnerKind.MEMBER: QCoreApplication.translate("PlanWords", "Family member"),
        StepOwnerKind.COORDINATOR: QCoreApplication.translate("PlanWords", "Coordinator"),
        StepOwnerKind.ACTOR: QCoreApplication.translate("PlanWords", "Actor"),
    }
    try:
        return labels[StepOwnerKind(kind)]
    except ValueError:
        return str(kind)


def whole_family_label() -> str:
    return QCoreApplication.translate("PlanWords", "The whole family")


def removed_owner_label() -> str:
    return QCoreApplication.translate("PlanWords", "Someone no longer in the plan")


def overdue_word() -> str:
    return QCoreApplication.translate("PlanWords", "Overdue")


def done_word() -> str:
    return QCoreApplication.translate("PlanWords", "Done")


def no_consent_word() -> str:
    return QCoreApplication.translate("PlanWords", "No valid consent")


def with_no_consent(name: str) -> str:
    """An actor's name with the mark in words, e.g. "Skolen – no valid consent"."""
    return QCoreApplication.translate("PlanWords", "{name} – no valid consent").format(name=name)


def warning_icon() -> QIcon:
    """The icon beside the words "Overdue" and "No valid consent" (never alone)."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
