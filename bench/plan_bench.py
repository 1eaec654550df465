"""Plan benchmark: time to open each issue-4 tab of the workspace for a big family.

Run with `make bench`, or `python bench/plan_bench.py [--quick] [--dir DIR]`.
It is a report, not a test: it prints PASS/FAIL per target (NOT JUDGED for timings
in a --quick run, see bench/verdicts.py) and always exits 0.

The family (synthetic words, no real data): 4 members, 6 actors with 3
consents, 40 goals, 300 steps, 500 progress ratings, 60 measures (30 WHO-5
and 30 work/education records for the two adults) and 24 visits — a family
followed closely for a couple of years. It lives in a real SQLCipher vault
(Argon2id at OWASP's minimum, since unlocking is not what is measured).

What "open" means: build the tab widget, show it, give it the family
(`show_family`) and process Qt events until it shows what it should — the
Goals and plan tab lists all 40 goals; its Family plan has a group per member
(and the whole family) holding every active goal; the Visits tab lists all 24
visits; the Measures tab shows the mother's 15 WHO-5 measures (table and
chart) and her 15 work/education records; the Network tab lists all 6 actors,
the 3 consents and the 1 consent expiring within a month — so the vault
reads, the grouping, the widgets and the first layout are all in the figure.
"… its Family plan" opens the Goals and plan tab and clicks "Family plan"
(all active goals and open steps in one tree), both timed together. Each tab
is opened once unmeasured (imports, caches), then N times (10, or 3 with
--quick); the verdict uses the median, the worst run is printed beside it.
Target: under 150 ms each. A tab that has not shown all of it within 10 s
is reported as such (FAIL), not timed as if it had. Qt runs offscreen unless
QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget
from verdicts import verdict as judge

from ftbt_desktop.core.measures import EmploymentStatus
from ftbt_desktop.core.model import LifeArea, MemberRole
from ftbt_desktop.core.plan import ActorKind, StepOwnerKind
from ftbt_desktop.core.plan_view import plan_by_member
from ftbt_desktop.storage import keys
from ftbt_desktop.storage.repository import Edit, Repository
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.service import VaultService

PASSPHRASE = "bench passphrase: nothing personal here"
TARGET_MS = 150.0
GOALS, STEPS, RATINGS, WHO5, EMPLOYMENT, VISITS = 40, 300, 500, 30, 30, 24
ACTORS, CONSENTS, EXPIRING = 6, 3, 1  # the first consent runs out in 20 days
DEADLINE_S = 10.0  # a tab that never shows its data is reported, not waited for


@dataclass(frozen=True, slots=True)
class TabCase:
    title: str
    module: str
    cls: str
    populated: Callable[[Any], bool]
    then: Callable[[Any], None] | None = None  # a click after opening, inside the timing


def _words(rng: random.Random, n: int) -> str:
    syllables = ("ma", "ri", "so", "len", "ka", "to", "vi", "ne", "bo", "der", "sa", "lu")
    return " ".join(
        "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(n)
    ).capitalize()


def _day(base: dt.date, offset: int) -> str:
    return (base + dt.timedelta(days=offset)).isoformat()


def build_family(repo: Repository, seed: int = 4) -> str:
    """Write the big family in a few transactions; returns its id."""
    rng = random.Random(seed)
    today = dt.date.today()
    family_id = str(repo.create_family("Benchmark family", start=_day(today, -700)).primary_id)
    roles = (MemberRole.PARENT, MemberRole.PARTNER, MemberRole.CHILD, MemberRole.CHILD)
    members = [
        str(repo.add_member(family_id, _words(rng, 1), role, 1980 + 12 * (i // 2)).primary_id)
        for i, role in enumerate(roles)
    ]
    adults = members[:2]
    edits: list[Edit] = []

    def entity(entity_type: str, **fields: Any) -> str:
        entity_id = str(uuid.uuid4())
        edits.extend(Edit(entity_type, entity_id, family_id, k, v) for k, v in fields.items())
        return entity_id

    kinds = list(ActorKind)
    actors = [
        entity("actor", name=_words(rng, 1), kind=kinds[i % len(kinds)].value)
        for i in range(ACTORS)
    ]
    for i, actor in enumerate(actors[:CONSENTS]):
        entity(
            "consent",
            member_id=adults[0],
            actor_id=actor,
            info_kinds=["health"],
            purpose=_words(rng, 4),
            given=_day(today, -100),
            valid_until=_day(today, 20 if i < EXPIRING else 200),
        )
    areas = list(LifeArea)
    goals = [
        entity(
            "goal",
            text=_words(rng, 6),
            member_ids=rng.sample(members, rng.randint(0, 2)),
            life_area=areas[i % len(areas)].value,
            why=_words(rng, 8),
            target_date=_day(today, rng.randint(-60, 300)),
            status=rng.choice(("active", "active", "active", "reached", "dropped")),
        )
        for i in range(GOALS)
    ]
    for _ in range(STEPS):
        owner_kind = rng.choice(list(StepOwnerKind))
        owner = {
            StepOwnerKind.MEMBER: rng.choice(members),
            StepOwnerKind.ACTOR: rng.choice(actors),
            StepOwnerKind.COORDINATOR: None,
        }[owner_kind]
        entity(
            "step",
            goal_id=rng.choice(goals),
            what=_words(rng, 5),
            owner_kind=owner_kind.value,
            owner_id=owner,
            due=_day(today, rng.randint(-90, 120)),
            done=rng.random() < 0.4,
        )
    for _ in range(RATINGS):
        entity(
            "progress_rating",
            goal_id=rng.choice(goals),
            date=_day(today, -rng.randint(0, 700)),
            value=rng.randint(0, 10),
        )
    for i in range(WHO5):
        entity(
            "who5_measure",
            member_id=adults[i % 2],
            date=_day(today, -20 * i),
            answers=[rng.randint(0, 5) for _ in range(5)],
        )
    statuses = list(EmploymentStatus)
    for i in range(EMPLOYMENT):
        entity(
            "employment_record",
            member_id=adults[i % 2],
            date=_day(today, -20 * i),
            status=rng.choice(statuses).value,
        )
    for i in range(VISITS):
        entity(
            "visit",
            date=_day(today, -25 * i - 1),
            kind=rng.choice(("home", "office", "phone", "video")),
            attendee_ids=rng.sample(members, 2),
            summary=_words(rng, 30),
            next_steps=[_words(rng, 4) for _ in range(rng.randint(0, 3))],
        )
    for start in range(0, len(edits), 1000):
        repo.write(edits[start : start + 1000])
    return family_id


def plan_shown(tab: Any) -> bool:
    """Every group of the by-member plan is in the tree with all its goals."""
    groups = plan_by_member(tab.data)
    items = tab.overview.group_items()
    return (
        len(tab.data.goals) == GOALS
        and len(items) == len(groups) > 0
        and all(
            item.childCount() == max(1, len(group.entries))
            for item, group in zip(items, groups, strict=True)
        )
    )


def measures_shown(tab: Any) -> bool:
    """The mother's WHO-5 table and chart and her work/education records."""
    timeline = tab.timeline
    return (
        len(tab.data().who5) == WHO5
        and timeline.who5_table.row_count() == WHO5 // 2
        and len(timeline.who5_chart.points()) == WHO5 // 2
        and timeline.status_table.row_count() == EMPLOYMENT // 2
    )


def network_shown(tab: Any) -> bool:
    """Every actor, every consent and the consent that expires soon."""
    return (
        tab.actor_table.row_count() == ACTORS
        and tab.consent_table.row_count() == CONSENTS
        and len(tab.expiring_texts()) == EXPIRING
    )


def tab_cases() -> list[TabCase]:
    return [
        TabCase(
            "Goals and plan",
            "ftbt_desktop.ui.plan.plan_tab",
            "GoalsPlanTab",
            lambda tab: len(tab.data.goals) == GOALS and tab.goal_list.topLevelItemCount() == GOALS,
        ),
        TabCase(
            "  … its Family plan",
            "ftbt_desktop.ui.plan.plan_tab",
            "GoalsPlanTab",
            plan_shown,
            then=lambda tab: tab.show_page(1),
        ),
        TabCase(
            "Visits",
            "ftbt_desktop.ui.visits.visits_tab",
            "VisitsTab",
            lambda tab: len(tab.visits()) == VISITS and tab.table.rowCount() == VISITS,
        ),
        TabCase("Measures", "ftbt_desktop.ui.measures.measures_tab", "MeasuresTab", measures_shown),
        TabCase(
            "Network and consent",
            "ftbt_desktop.ui.network.network_tab",
            "NetworkTab",
            network_shown,
        ),
    ]


def open_tab(
    app: QApplication, service: VaultService, family_id: str, factory: Any, case: TabCase
) -> tuple[float, bool]:
    """Milliseconds from building the tab to it showing the family, and whether it did."""
    gc.collect()
    start = time.perf_counter()
    tab: QWidget = factory(service)
    tab.resize(1100, 800)
    tab.show()
    tab.show_family(family_id)  # type: ignore[attr-defined]
    app.processEvents()
    if case.then is not None:
        case.then(tab)
        app.processEvents()
    deadline = start + DEADLINE_S
    while not case.populated(tab) and time.perf_counter() < deadline:
        app.processEvents()
    elapsed = (time.perf_counter() - start) * 1000
    shown = case.populated(tab)
    tab.close()
    tab.deleteLater()
    app.processEvents()
    return elapsed, shown


def run(work_dir: Path, runs: int, judged: bool = True) -> list[str]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    data_dir = work_dir / "vault"
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    lines = []
    try:
        service = VaultService(data_dir)
        service.attach(vault)
        started = time.perf_counter()
        family_id = service.on_vault(build_family)
        lines.append(
            f"family: {GOALS} goals, {STEPS} steps, {RATINGS} ratings, "
            f"{WHO5 + EMPLOYMENT} measures ({WHO5} WHO-5, {EMPLOYMENT} work/education), "
            f"{VISITS} visits; {service.on_vault(Repository.change_count):,} changes written in "
            f"{time.perf_counter() - started:.1f} s"
        )
        lines.append(f"open each tab: 1 unmeasured + {runs} runs, verdict on the median")
        for case in tab_cases():
            factory = getattr(importlib.import_module(case.module), case.cls)
            open_tab(app, service, family_id, factory, case)  # warm-up
            timings, all_shown = [], True
            for _ in range(runs):
                elapsed, shown = open_tab(app, service, family_id, factory, case)
                timings.append(elapsed)
                all_shown &= shown
            median = statistics.median(timings)
            # Not showing the data is a failure at any size; the timing only in a full run.
            verdict = "FAIL" if not all_shown else judge(median < TARGET_MS, judged)
            note = "" if all_shown else "  (did not show the family's data)"
            lines.append(
                f"  {case.title:<22} median {median:7.1f} ms  worst {max(timings):7.1f} ms  "
                f"target < {TARGET_MS:.0f} ms {verdict}{note}"
            )
    finally:
        vault.close(backup=False)
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 runs per tab rather than 10")
    parser.add_argument("--dir", type=Path, help="parent folder for the temporary vault")
    args = parser.parse_args(argv)
    if args.dir is not None:
        args.dir.mkdir(parents=True, exist_ok=True)
    work_dir = Path(tempfile.mkdtemp(prefix="ftbt-plan-bench-", dir=args.dir))
    print(__doc__.splitlines()[0])
    try:
        for line in run(work_dir, 3 if args.quick else 10, judged=not args.quick):
            print(line, flush=True)
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
