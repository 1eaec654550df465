"""A synthetic cohort for the outcome report, written into a real vault through the
repository (not the demo data), with every figure counted by hand below.

Twelve families, each started 2024-01-01, with a mother (role parent) and two
children; families 0–5 also have a partner, and family 0 a grandmother (role
other adult, who is neither "parent" nor measured). First measures are dated
2024-02-01, latest ones 2025-06-01. WHO-5 raw sums: 0–8 high risk, 9–12 risk,
13–25 not at risk.

Cross-department casework: families 0–6 have two actors (jobcenter, school), 7–9
one, 10–11 none (17 actors; 7 of 12 with two, so that the other 5 are not a small
count to be hidden). Each goal of families 0–2 has one step an actor owns:
family 0's six are done, family 1's two are not, two of family 2's five are (8 of
13); family 2 also has coordinator steps, which do not count. Families 0–4 had
their plan reviewed on 2025-03-15, family 5 on 2023-06-01, before the families started.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ftbt_desktop.storage.repository import Repository

FIRST, LATEST = "2024-02-01", "2025-06-01"
FAMILIES = 12

# (first raw WHO-5 sum, latest raw sum) of each mother.
MOTHER_WHO5 = [(5, 15)] * 6 + [(5, 10)] * 2 + [(10, 14)] + [(15, 16)] * 3
# Statuses of each mother, first and latest.
MOTHER_STATUS = (
    [("kontanthjaelp", "employed")] * 4
    + [("sygedagpenge", "sygedagpenge")] * 2
    + [("employed", "employed")] * 2
    + [("su", "su"), ("fleksjob", "kontanthjaelp"), ("kontanthjaelp", "fleksjob")]
    + [("kontanthjaelp", "kontanthjaelp")]
)
MOTHER_THRIVING = [["better"]] * 6 + [["same"], ["worse"], ["worse", "better"]] + [["same"]] * 3

# Counted by hand from the lists above (and the partners, leisure, connections,
# goals and ratings written in `build_cohort`).
#
# Adults: 12 mothers + 6 partners + 1 grandmother = 19. Children: 24.
# WHO-5, at least two measures: 12 mothers + partners 0–4 (partner 5 has one) = 17.
#   high risk → not at risk 6, high risk → risk 2, risk → not at risk 1,
#   not at risk → not at risk 3 mothers + 5 partners = 8.
#   Into not at risk: 6 + 1 = 7 of 17 = 41 %. Of the 9 who started at risk 7 moved, so
#   2 did not: "7 of 9" is hidden ("*"), its n too, or 9 − 7 would tell the 2.
#   The table: 2 and 1 are "<5"; 41 % of 17 tells 7 = 6 + 1, so the 6 is hidden;
#   17 − 7 = 10 = 2 + 8 would tell the 2, so the 8 is hidden too.
# Self-support, 18 parents (the grandmother's cash benefit is not counted):
#   first: mothers 6–7 employed, mother 8 SU (counts by default), partners 0–4
#   employed = 8 of 18 = 44 %; latest: mothers 0–3, 6–7, 8 (SU) = 7, and all
#   6 partners = 13 of 18 = 72 %; change (13 − 8) / 18 = +27.8 percentage points.
# Thriving: raters are mothers 0–11 and partner 0 = 13 (the grandmother is not a
#   parent); better: mothers 0–5, mother 8, partner 0 = 8 → 62 %.
# Leisure, 24 children, window 2024-01-01 … today: at the start children A of
#   families 0–3 = 4 → "<5"; latest: A of 0–2 (A of 3 stopped) + B of 4–10 = 10 → 42 %.
# Civil society, 12 families: at the start family 0 only → "<5"; latest 0, 1–2,
#   3–6 = 7 → 58 %; connections recorded: 7.
# Goals: reached 6 (family 0), dropped 2 (family 1), active 5 (family 2), n 13: the 2 is
#   "<5", and 13 − 6 − 5 would tell it, so the smaller other (5) is hidden: "6", "*", "<5".
# Progress: +5, +1, +3, −1, +5 over 5 goals (one goal has a single rating) → +2.6.
EXPECTED = {
    "Families": ("12", "12"),
    "Adults": ("19", "19"),
    "Children": ("24", "24"),
    "Adults with at least two WHO-5 measures": ("17", "17"),
    "Moved from risk or high risk into not at risk": ("41 %", "17"),
    "… of those who started at risk or high risk": ("*", "*"),
    "Self-supporting at the first status": ("44 %", "18"),
    "Self-supporting at the latest status": ("72 %", "18"),
    "Change in self-support (percentage points)": ("+27.8", "18"),
    "Parents who rated at least one child as thriving better": ("62 %", "13"),
    "Children in a leisure activity at the start": ("<5", "24"),
    "Children in a leisure activity at the latest": ("42 %", "24"),
    "Families with a civil-society connection at the start": ("<5", "12"),
    "Families with a civil-society connection at the latest": ("58 %", "12"),
    "Civil-society connections recorded": ("7", "12"),
    "Goals: Reached": ("6", "13"),
    "Goals: Active": ("*", "13"),
    "Goals: Dropped": ("<5", "13"),
    "Average change in progress rating (0–10 scale)": ("+2.6", "5"),
    "Families with at least two actors in their plan": ("58 %", "12"),
    "Actors recorded": ("17", "12"),
    "Actors' plan steps marked done": ("62 %", "13"),
    # Over all recorded time family 5's old review counts too; from 2024 on, 5 of 12.
    "Families whose plan a supervisor reviewed": ("50 %", "12"),
}
HR, R, OK = (
    "high risk of depression or stress",
    "risk of depression or stress",
    "not at risk",
)
# First band → latest band, as printed: 1–4 shown as "<5", "*" where the figures beside
# the table would give a "<5" away.
EXPECTED_BANDS = {
    (HR, HR): "0",
    (HR, R): "<5",
    (HR, OK): "*",
    (R, HR): "0",
    (R, R): "0",
    (R, OK): "<5",
    (OK, HR): "0",
    (OK, R): "0",
    (OK, OK): "*",
}


@dataclass
class Cohort:
    family_ids: list[str] = field(default_factory=list)
    family_names: list[str] = field(default_factory=list)
    member_names: list[str] = field(default_factory=list)
    entity_ids: list[str] = field(default_factory=list)  # every id written

    def secrets(self) -> list[str]:
        """Everything that must never appear in a report."""
        return self.family_names + self.member_names + self.family_ids + self.entity_ids


def _answers(raw: int) -> list[int]:
    return [min(5, max(0, raw - 5 * i)) for i in range(5)]


def build_cohort(repo: Repository) -> Cohort:
    cohort = Cohort()

    def entity(entity_type: str, family_id: str, **fields: object) -> str:
        entity_id = repo.create_entity(entity_type, family_id, **fields).primary_id
        assert entity_id is not None
        cohort.entity_ids.append(entity_id)
        return entity_id

    def member(family_id: str, name: str, role: str, year: int) -> str:
        member_id = repo.add_member(family_id, name, role, year).primary_id
        assert member_id is not None
        cohort.member_names.append(name)
        cohort.entity_ids.append(member_id)
        return member_id

    for i in range(FAMILIES):
        name = f"Familien Kvistgaard-{i:02d}"
        fid = repo.create_family(name, start="2024-01-01").primary_id
        assert fid is not None
        cohort.family_ids.append(fid)
        cohort.family_names.append(name)
        mother = member(fid, f"Henriette Kvistgaard-{i:02d}", "parent", 1986)
        kid_a = member(fid, f"Aksel Kvistgaard-{i:02d}", "child", 2014)
        kid_b = member(fid, f"Bodil Kvistgaard-{i:02d}", "child", 2017)
        first, latest = MOTHER_WHO5[i]
        entity("who5_measure", fid, member_id=mother, date=FIRST, answers=_answers(first))
        entity("who5_measure", fid, member_id=mother, date=LATEST, answers=_answers(latest))
        status_first, status_latest = MOTHER_STATUS[i]
        entity("employment_record", fid, member_id=mother, date=FIRST, status=status_first)
        entity("employment_record", fid, member_id=mother, date=LATEST, status=status_latest)
        for view in MOTHER_THRIVING[i] if i < len(MOTHER_THRIVING) else []:
            entity(
                "thriving_rating",
                fid,
                parent_id=mother,
                child_id=kid_a,
                date=LATEST,
                thriving=view,
            )
        if i < 6:
            partner = member(fid, f"Torben Kvistgaard-{i:02d}", "partner", 1984)
            entity("who5_measure", fid, member_id=partner, date=FIRST, answers=_answers(16))
            if i < 5:
                entity("who5_measure", fid, member_id=partner, date=LATEST, answers=_answers(18))
                entity("employment_record", fid, member_id=partner, date=FIRST, status="employed")
            else:
                entity(
                    "employment_record",
                    fid,
                    member_id=partner,
                    date=FIRST,
                    status="unemployment_benefit",
                )
                entity("employment_record", fid, member_id=partner, date=LATEST, status="employed")
            if i == 0:
                entity(
                    "thriving_rating",
                    fid,
                    parent_id=partner,
                    child_id=kid_b,
                    date=LATEST,
                    thriving="better",
                )
        if i == 0:
            granny = member(fid, "Gudrun Kvistgaard-00", "other_adult", 1955)
            entity("employment_record", fid, member_id=granny, date=FIRST, status="kontanthjaelp")
            entity(
                "thriving_rating",
                fid,
                parent_id=granny,
                child_id=kid_a,
                date=LATEST,
                thriving="better",
            )
        if i <= 3:
            entity(
                "leisure_activity",
                fid,
                child_id=kid_a,
                what="Svømning i Kvistgaard",
                start="2023-06-01",
                end="2024-06-30" if i == 3 else None,
            )
        if 4 <= i <= 10:
            entity("leisure_activity", fid, child_id=kid_b, what="Spejder", start="2024-09-01")
        if i == 0:
            entity(
                "civil_society_connection",
                fid,
                kind="volunteer",
                name="Besøgsven",
                start="2023-01-01",
            )
        if i in (1, 2):
            entity(
                "civil_society_connection",
                fid,
                kind="association",
                name="Idrætsforeningen",
                start="2025-03-01",
            )
        if 3 <= i <= 6:
            entity(
                "civil_society_connection",
                fid,
                kind="network_group",
                name="Netværksgruppen",
                start="2024-06-01",
            )
    f0, f1, f2 = cohort.family_ids[:3]
    # Actors: families 0–6 two each, 7–9 one, 10–11 none.
    actors: dict[str, list[str]] = {}
    for i, fid in enumerate(cohort.family_ids):
        kinds = ["jobcenter", "school"] if i < 7 else ["school"] if i < 10 else []
        actors[fid] = [entity("actor", fid, name=f"Aktør {kind}", kind=kind) for kind in kinds]
    ratings = [(2, 7), (3, 4), (5, 8), (6, 5), (1, 6), (4, None)]
    for n, (first_rating, latest_rating) in enumerate(ratings):
        goal = entity("goal", f0, text=f"Hemmeligt mål {n}", status="reached")
        entity("progress_rating", f0, goal_id=goal, date="2024-03-01", value=first_rating)
        if latest_rating is not None:
            entity("progress_rating", f0, goal_id=goal, date="2025-03-01", value=latest_rating)
        step(entity, f0, goal, actors[f0][0], done=True)
    for n in range(2):
        goal = entity("goal", f1, text=f"Opgivet mål {n}", status="dropped")
        step(entity, f1, goal, actors[f1][1], done=False)
    for n in range(5):
        goal = entity("goal", f2, text=f"Aktivt mål {n}", status="active")
        step(entity, f2, goal, actors[f2][0], done=n < 2)
        # A step the coordinator owns is not an actor's.
        entity("step", f2, goal_id=goal, what="Ringe", owner_kind="coordinator", done=True)
    # A supervisor reviewed the plans of families 0–4 within the period, 5's long before.
    for i, fid in enumerate(cohort.family_ids[:6]):
        day = "2025-03-15" if i < 5 else "2023-06-01"
        entity("plan_review", fid, reviewed_on=day, reviewer="Sara")
    return cohort


def step(entity: Any, family_id: str, goal: str, actor: str, done: bool) -> None:
    entity(
        "step",
        family_id,
        goal_id=goal,
        what="Møde med aktøren",
        owner_kind="actor",
        owner_id=actor,
        done=done,
    )
