"""Translated words of the family plan PDF (context "FamilyPlan").

Functions rather than constants, so the language in force when the file is
written is the one used; literal `translate` calls, so lupdate finds them.
Words that already have one name in the app (roles, life areas, actor kinds,
short dates) come from the app's word modules, so the plan and the screens
agree.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ftbt_desktop.core.casework import InfoKind, VisitKind
from ftbt_desktop.core.measure_records import ConnectionKind
from ftbt_desktop.core.measures import EmploymentStatus, Thriving, Who5Band
from ftbt_desktop.core.plan import ActorKind
from ftbt_desktop.export.plan_content import PlanAudience


def confidential_text() -> str:
    return QCoreApplication.translate("FamilyPlan", "Confidential — contains personal data")


def page_text(page: int, pages: int) -> str:
    return QCoreApplication.translate("FamilyPlan", "Page {page} of {pages}").format(
        page=page, pages=pages
    )


def long_date(day: dt.date) -> str:
    """ "12. marts 2025" in Danish, "12 March 2025" in English."""
    locale = QLocale()
    fmt = "d. MMMM yyyy" if locale.language() == QLocale.Language.Danish else "d MMMM yyyy"
    return locale.toString(QDate(day.year, day.month, day.day), fmt)


def plan_title() -> str:
    return QCoreApplication.translate("FamilyPlan", "Family plan")


def audience_text(audience: PlanAudience) -> str:
    if audience is PlanAudience.FAMILY:
        return QCoreApplication.translate("FamilyPlan", "The family's version")
    return QCoreApplication.translate(
        "FamilyPlan", "Supervisor's version — with internal notes, visit summaries and reviews"
    )


def intro_text(audience: PlanAudience) -> str:
    if audience is PlanAudience.FAMILY:
        return QCoreApplication.translate(
            "FamilyPlan",
            "This is your plan. It shows what you are working towards, who does what and "
            "by when, and who is around you. We look at it together and change it when "
            "something changes.",
        )
    return QCoreApplication.translate(
        "FamilyPlan",
        "The whole plan for review: the map with internal notes, every active goal with its "
        "steps, the latest measures, actors and consents, visit summaries and review comments.",
    )


def made_on_text(day: dt.date) -> str:
    return QCoreApplication.translate("FamilyPlan", "Made on {date}").format(date=long_date(day))


def coordinator_text(name: str) -> str:
    return QCoreApplication.translate("FamilyPlan", "Coordinator: {name}").format(name=name)


# -- section headings ----------------------------------------------------------


def members_heading(for_family: bool) -> str:
    if for_family:
        return QCoreApplication.translate("FamilyPlan", "Who is in the family")
    return QCoreApplication.translate("FamilyPlan", "Family members")


def map_heading(for_family: bool) -> str:
    if for_family:
        return QCoreApplication.translate("FamilyPlan", "Our family map")
    return QCoreApplication.translate("FamilyPlan", "Family map (internal nodes included)")


def goals_heading(for_family: bool) -> str:
    if for_family:
        return QCoreApplication.translate("FamilyPlan", "What we are working towards")
    return QCoreApplication.translate("FamilyPlan", "Active goals and steps")


def measures_heading(for_family: bool) -> str:
    if for_family:
        return QCoreApplication.translate("FamilyPlan", "How things are going")
    return QCoreApplication.translate("FamilyPlan", "Latest measures")


def actors_heading(for_family: bool) -> str:
    if for_family:
        return QCoreApplication.translate("FamilyPlan", "Who is around us")
    return QCoreApplication.translate("FamilyPlan", "Actors")


def consents_heading(for_family: bool) -> str:
    if for_family:
        return QCoreApplication.translate("FamilyPlan", "What you have agreed we may share")
    return QCoreApplication.translate("FamilyPlan", "Consents (Retssikkerhedsloven §11a)")


def visits_heading() -> str:
    return QCoreApplication.translate("FamilyPlan", "Visits and summaries (internal)")


def notes_heading() -> str:
    return QCoreApplication.translate("FamilyPlan", "Internal notes")


def review_heading() -> str:
    return QCoreApplication.translate("FamilyPlan", "Review")


def signatures_heading() -> str:
    return QCoreApplication.translate("FamilyPlan", "Signatures")


def signature_intro(for_family: bool) -> str:
    if for_family:
        return QCoreApplication.translate(
            "FamilyPlan", "We have made this plan together and agree on it."
        )
    return QCoreApplication.translate(
        "FamilyPlan", "The family and the coordinator sign the family's version of the plan."
    )


def family_signature() -> str:
    return QCoreApplication.translate("FamilyPlan", "The family: date and signature")


def coordinator_signature() -> str:
    return QCoreApplication.translate("FamilyPlan", "The coordinator: date and signature")


# -- goals and steps -----------------------------------------------------------


def nothing_yet() -> str:
    return QCoreApplication.translate("FamilyPlan", "Nothing written down yet.")


def goal_for_text(names: str, for_family: bool = False) -> str:
    if for_family:
        return QCoreApplication.translate("FamilyPlan", "It is for {names}.").format(names=names)
    return QCoreApplication.translate("FamilyPlan", "For: {names}").format(names=names)


def names_text(names: list[str]) -> str:
    """ "Mette, Jonas and Freja": a list as a sentence says it."""
    if len(names) <= 1:
        return "".join(names)
    return QCoreApplication.translate("FamilyPlan", "{names} and {last}").format(
        names=", ".join(names[:-1]), last=names[-1]
    )


def whole_family() -> str:
    return QCoreApplication.translate("FamilyPlan", "the whole family")


def life_area_text(area: str, for_family: bool = False) -> str:
    if for_family:  # "life area" is the coordinator's word, not the family's
        return QCoreApplication.translate("FamilyPlan", "It is about {area}.").format(area=area)
    return QCoreApplication.translate("FamilyPlan", "Life area: {area}").format(area=area)


def target_date_text(date: str, for_family: bool = False) -> str:
    if for_family:
        return QCoreApplication.translate("FamilyPlan", "We want to get there by {date}.").format(
            date=date
        )
    return QCoreApplication.translate("FamilyPlan", "We want to get there by {date}").format(
        date=date
    )


def why_text(why: str) -> str:
    return QCoreApplication.translate("FamilyPlan", "Why it matters: {why}").format(why=why)


def rating_text(value: int, date: str) -> str:
    return QCoreApplication.translate(
        "FamilyPlan", "Where we are now: {value} on a scale from 0 to 10 ({date})"
    ).format(value=value, date=date)


def no_rating_text() -> str:
    return QCoreApplication.translate("FamilyPlan", "No progress rating yet.")


def step_columns() -> tuple[str, str, str, str]:
    return (
        QCoreApplication.translate("FamilyPlan", "What"),
        QCoreApplication.translate("FamilyPlan", "Who"),
        QCoreApplication.translate("FamilyPlan", "By when"),
        QCoreApplication.translate("FamilyPlan", "Done"),
    )


def no_steps_text() -> str:
    return QCoreApplication.translate("FamilyPlan", "No steps yet.")


def coordinator_word() -> str:
    return QCoreApplication.translate("FamilyPlan", "the coordinator")


def someone_else(for_family: bool = False) -> str:
    """A step's owner who is not shown in this version (an internal actor, a removed one)."""
    if for_family:  # "actor" is a system word
        return QCoreApplication.translate("FamilyPlan", "someone else")
    return QCoreApplication.translate("FamilyPlan", "another actor")


def done_mark(done: bool) -> str:
    if done:
        return QCoreApplication.translate("FamilyPlan", "Done")
    return QCoreApplication.translate("FamilyPlan", "Not yet")


def no_date() -> str:
    return QCoreApplication.translate("FamilyPlan", "no date")


# -- measures ------------------------------------------------------------------


def who5_label() -> str:
    return QCoreApplication.translate("FamilyPlan", "Wellbeing (WHO-5)")


def band_text(band: Who5Band) -> str:
    return {
        Who5Band.HIGH_RISK: QCoreApplication.translate(
            "FamilyPlan", "high risk of depression or stress"
        ),
        Who5Band.RISK: QCoreApplication.translate("FamilyPlan", "risk of depression or stress"),
        Who5Band.NOT_AT_RISK: QCoreApplication.translate("FamilyPlan", "not at risk"),
    }[Who5Band(band)]


def who5_text(band: str, score: int, date: str) -> str:
    return QCoreApplication.translate(
        "FamilyPlan", "{band} ({score} out of 100 points, {date})"
    ).format(band=band, score=score, date=date)


def employment_heading() -> str:
    return QCoreApplication.translate("FamilyPlan", "Work and education")


def employment_text(status: EmploymentStatus) -> str:
    return {
        EmploymentStatus.EMPLOYED: QCoreApplication.translate("FamilyPlan", "in work"),
        EmploymentStatus.IN_EDUCATION: QCoreApplication.translate("FamilyPlan", "in education"),
        EmploymentStatus.UNEMPLOYMENT_BENEFIT: QCoreApplication.translate(
            "FamilyPlan", "on unemployment benefit (dagpenge)"
        ),
        EmploymentStatus.KONTANTHJAELP: QCoreApplication.translate(
            "FamilyPlan", "on cash benefit (kontanthjælp)"
        ),
        EmploymentStatus.UDDANNELSESHJAELP: QCoreApplication.translate(
            "FamilyPlan", "on education benefit (uddannelseshjælp)"
        ),
        EmploymentStatus.INTEGRATIONSYDELSE: QCoreApplication.translate(
            "FamilyPlan", "on integration benefit (integrationsydelse)"
        ),
        EmploymentStatus.SYGEDAGPENGE: QCoreApplication.translate(
            "FamilyPlan", "on sickness benefit (sygedagpenge)"
        ),
        EmploymentStatus.LEDIGHEDSYDELSE: QCoreApplication.translate(
            "FamilyPlan", "on flex-job waiting benefit (ledighedsydelse)"
        ),
        EmploymentStatus.RESSOURCEFORLOEB: QCoreApplication.translate(
            "FamilyPlan", "in a resource programme (ressourceforløb)"
        ),
        EmploymentStatus.JOBAFKLARINGSFORLOEB: QCoreApplication.translate(
            "FamilyPlan", "in a job clarification programme (jobafklaringsforløb)"
        ),
        EmploymentStatus.REVALIDERING: QCoreApplication.translate(
            "FamilyPlan", "in rehabilitation (revalidering)"
        ),
        EmploymentStatus.FLEKSJOB: QCoreApplication.translate(
            "FamilyPlan", "in a flex job (fleksjob)"
        ),
        EmploymentStatus.FOERTIDSPENSION: QCoreApplication.translate(
            "FamilyPlan", "on disability pension (førtidspension)"
        ),
        EmploymentStatus.SU: QCoreApplication.translate("FamilyPlan", "on student grant (SU)"),
        EmploymentStatus.OTHER: QCoreApplication.translate("FamilyPlan", "other"),
    }[EmploymentStatus(status)]


def since_text(text: str, date: str) -> str:
    return QCoreApplication.translate("FamilyPlan", "{text} (since {date})").format(
        text=text, date=date
    )


def not_measured() -> str:
    return QCoreApplication.translate("FamilyPlan", "not measured yet")


def not_noted() -> str:
    """No work and education status yet: nothing is measured there, it is written down."""
    return QCoreApplication.translate("FamilyPlan", "not written down yet")


def thriving_heading(for_family: bool = False) -> str:
    if for_family:
        return QCoreApplication.translate("FamilyPlan", "How the child is doing")
    return QCoreApplication.translate("FamilyPlan", "The child's thriving (parent's view)")


def thriving_text(thriving: Thriving) -> str:
    return {
        Thriving.BETTER: QCoreApplication.translate("FamilyPlan", "thrives better than before"),
        Thriving.SAME: QCoreApplication.translate("FamilyPlan", "thrives as before"),
        Thriving.WORSE: QCoreApplication.translate("FamilyPlan", "thrives worse than before"),
    }[Thriving(thriving)]


def thriving_line(parent: str, thriving: str, date: str) -> str:
    return QCoreApplication.translate("FamilyPlan", "{thriving}, says {parent} ({date})").format(
        parent=parent, thriving=thriving, date=date
    )


def leisure_heading() -> str:
    return QCoreApplication.translate("FamilyPlan", "Leisure activities")


def no_leisure() -> str:
    return QCoreApplication.translate("FamilyPlan", "none at the moment")


def connections_heading(for_family: bool = False) -> str:
    if for_family:  # "civil society" is a system word
        return QCoreApplication.translate("FamilyPlan", "Clubs, volunteers and networks")
    return QCoreApplication.translate("FamilyPlan", "Contact with civil society")


def connection_kind_text(kind: ConnectionKind) -> str:
    return {
        ConnectionKind.ASSOCIATION: QCoreApplication.translate("FamilyPlan", "association"),
        ConnectionKind.VOLUNTEER: QCoreApplication.translate("FamilyPlan", "volunteer"),
        ConnectionKind.NETWORK_GROUP: QCoreApplication.translate("FamilyPlan", "network group"),
    }[ConnectionKind(kind)]


# -- actors and consents -------------------------------------------------------


def actor_kind_text(kind: ActorKind) -> str | None:
    """The kind after an actor's name in plain words; None where it says nothing ("other")."""
    return {
        ActorKind.JOBCENTER: QCoreApplication.translate("FamilyPlan", "jobcenter"),
        ActorKind.SCHOOL: QCoreApplication.translate("FamilyPlan", "school"),
        ActorKind.DAYCARE: QCoreApplication.translate("FamilyPlan", "daycare"),
        ActorKind.HEALTH: QCoreApplication.translate("FamilyPlan", "health care"),
        ActorKind.PSYCHIATRY: QCoreApplication.translate("FamilyPlan", "psychiatry"),
        ActorKind.SOCIAL_SERVICES: QCoreApplication.translate(
            "FamilyPlan", "the municipality's social services"
        ),
        ActorKind.CIVIL_SOCIETY: QCoreApplication.translate(
            "FamilyPlan", "club, association or volunteer"
        ),
        ActorKind.PRIVATE_NETWORK: QCoreApplication.translate(
            "FamilyPlan", "family, friends and neighbours"
        ),
        ActorKind.OTHER: None,
    }[ActorKind(kind)]


def member_text(role: str, birth_year: int | None) -> str:
    if birth_year is None:
        return role
    return QCoreApplication.translate("FamilyPlan", "{role}, born {year}").format(
        role=role, year=birth_year
    )


def contact_text(person: str) -> str:
    return QCoreApplication.translate("FamilyPlan", "Contact: {person}").format(person=person)


def info_kind_text(kind: str) -> str:
    labels = {
        InfoKind.HEALTH: QCoreApplication.translate("FamilyPlan", "health"),
        InfoKind.WORK_EDUCATION: QCoreApplication.translate("FamilyPlan", "work and education"),
        InfoKind.ECONOMY: QCoreApplication.translate("FamilyPlan", "economy"),
        InfoKind.SCHOOL_DAYCARE: QCoreApplication.translate("FamilyPlan", "school and daycare"),
        InfoKind.SOCIAL: QCoreApplication.translate("FamilyPlan", "social circumstances"),
        InfoKind.FAMILY_CIRCUMSTANCES: QCoreApplication.translate(
            "FamilyPlan", "family circumstances"
        ),
    }
    try:
        return labels[InfoKind(kind)]
    except ValueError:
        return kind


# -- supervisor's sections -----------------------------------------------------


def visit_kind_text(kind: VisitKind) -> str:
    return {
        VisitKind.HOME: QCoreApplication.translate("FamilyPlan", "Home visit"),
        VisitKind.OFFICE: QCoreApplication.translate("FamilyPlan", "Meeting at the office"),
        VisitKind.PHONE: QCoreApplication.translate("FamilyPlan", "Phone call"),
        VisitKind.VIDEO: QCoreApplication.translate("FamilyPlan", "Video call"),
    }[VisitKind(kind)]


def attendees_text(names: str) -> str:
    return QCoreApplication.translate("FamilyPlan", "Present: {names}").format(names=names)


def summary_label() -> str:
    return QCoreApplication.translate("FamilyPlan", "Summary (internal):")


def next_steps_label() -> str:
    return QCoreApplication.translate("FamilyPlan", "Agreed next steps:")


def family_notes_label() -> str:
    return QCoreApplication.translate("FamilyPlan", "About the family:")


def map_notes_label() -> str:
    return QCoreApplication.translate("FamilyPlan", "On the map (internal):")


def actor_notes_text(actor: str, notes: str) -> str:
    return QCoreApplication.translate("FamilyPlan", "{actor}: {notes}").format(
        actor=actor, notes=notes
    )


def reviewed_text(date: str, reviewer: str) -> str:
    return QCoreApplication.translate("FamilyPlan", "Reviewed on {date} by {reviewer}").format(
        date=date, reviewer=reviewer
    )


def not_reviewed_text() -> str:
    return QCoreApplication.translate("FamilyPlan", "The plan has not been reviewed yet.")


def comment_by_text(author: str, date: str) -> str:
    return QCoreApplication.translate("FamilyPlan", "{author}, {date}").format(
        author=author, date=date
    )


def unknown_author() -> str:
    return QCoreApplication.translate("FamilyPlan", "unknown")


def no_comments_text() -> str:
    return QCoreApplication.translate("FamilyPlan", "No review comments yet.")
