"""Convergence under any schedule (hypothesis stateful), against a real server process.

Three laptops (three to five under `make soak`) of one coordinator create, edit and delete offline and sync in any order;
some syncs are cancelled part-way, some lose the server's answer. At the end, after
everyone has synced, every laptop and the server hold the same state, which is the merge
of every change ever made; every change is in every laptop's history, exactly once; and every
recorded conflict names two real changes of the same field with different values.
"""

from __future__ import annotations

import contextlib
import itertools
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    rule,
    run_state_machine_as_test,
)

from ftbt_desktop.core.changes import Change, merge, state_from
from ftbt_desktop.storage import keys
from ftbt_desktop.storage.errors import NotFound
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.sync_state import SyncState
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.sync.client import SyncClient
from ftbt_desktop.sync.engine import SyncEngine, SyncProgress
from ftbt_desktop.sync.errors import ServerUnreachable

pytest_plugins = ("server_fixtures",)

from server_fixtures import PASSWORD, SOAK, RunningServer, api, examples  # noqa: E402

PASSPHRASE = "korrekt hest batteri hæfteklamme"
# Three laptops in `make test`; three to five, many more schedules, under `make soak`.
MIN_DEVICES = 3
MAX_DEVICES = 5 if SOAK else 3
NAMES = ("Holm", "Berg", "Juhl")
NOTES = ("ring først", "mødes på skolen", None)


class DropAnswer(httpx.BaseTransport):
    """The n-th request reaches the server, but its answer is lost on the way back."""

    def __init__(self, nth: int) -> None:
        self.inner = httpx.HTTPTransport()
        self.nth = nth
        self.seen = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        self.seen += 1
        if self.seen == self.nth:
            response.read()
            response.close()
            raise httpx.ReadError("answer lost", request=request)
        return response

    def close(self) -> None:
        self.inner.close()


@pytest.mark.slow
def test_any_schedule_converges(sqlite_server: RunningServer, tmp_path: Path) -> None:
    examples_made = itertools.count()

    class Laptops(RuleBasedStateMachine):
        families = Bundle("families")

        def __init__(self) -> None:
            super().__init__()
            self.number = next(examples_made)
            self.user = f"coordinator{self.number}"
            sqlite_server.add_user(self.user)
            self.vaults: list[Vault] = []
            self.repos: list[Repository] = []
            self.written: dict[str, Change] = {}

        @initialize(count=st.integers(MIN_DEVICES, MAX_DEVICES))
        def sign_in(self, count: int) -> None:
            for index in range(count):
                vault, _ = Vault.create(
                    tmp_path / f"example{self.number}" / f"laptop{index}",
                    PASSPHRASE,
                    keys.minimum_params(),
                )
                self.vaults.append(vault)
                self.repos.append(Repository(vault))
                SyncEngine(self.repos[-1]).login(
                    sqlite_server.url, self.user, PASSWORD, f"laptop{index}"
                )

        def _repo(self, device: int) -> Repository:
            return self.repos[device % len(self.repos)]

        def _engine(self, device: int, **options: Any) -> SyncEngine:
            return SyncEngine(self._repo(device), push_batch=3, pull_page=4, **options)

        def _keep(self, changes: Any) -> None:
            for change in changes.changes:
                self.written[change.change_id] = change

        # -- offline work --------------------------------------------------

        @rule(target=families, device=st.integers(0, MAX_DEVICES - 1), name=st.sampled_from(NAMES))
        def create_family(self, device: int, name: str) -> str:
            created = self._repo(device).create_family(f"Familien {name}")
            self._keep(created)
            assert created.primary_id
            return created.primary_id

        @rule(
            family=families,
            device=st.integers(0, MAX_DEVICES - 1),
            name=st.sampled_from(NAMES),
            notes=st.sampled_from(NOTES),
        )
        def edit_family(self, family: str, device: int, name: str, notes: str | None) -> None:
            with contextlib.suppress(NotFound):  # this laptop may not have the family yet
                self._keep(
                    self._repo(device).update_family(family, name=f"Familien {name}", notes=notes)
                )

        @rule(family=families, device=st.integers(0, MAX_DEVICES - 1), year=st.integers(2005, 2020))
        def add_member(self, family: str, device: int, year: int) -> None:
            with contextlib.suppress(NotFound):
                self._keep(self._repo(device).add_member(family, "Barn", "child", year))

        @rule(device=st.integers(0, MAX_DEVICES - 1), data=st.data())
        def edit_or_remove_member(self, device: int, data: st.DataObject) -> None:
            repo = self._repo(device)
            members = [m for f in repo.list_families() for m in repo.members(f.id)]
            if not members:
                return
            member = data.draw(st.sampled_from(members))
            if data.draw(st.booleans()):
                self._keep(repo.remove_member(member.id))
            else:
                year = data.draw(st.integers(2005, 2020))
                self._keep(repo.update_member(member.id, birth_year=year))

        @rule(device=st.integers(0, MAX_DEVICES - 1), data=st.data())
        def resolve_a_conflict(self, device: int, data: st.DataObject) -> None:
            state = SyncState(self._repo(device))
            conflicts = state.conflicts()
            if not conflicts:
                return
            conflict = data.draw(st.sampled_from(conflicts))
            keep = data.draw(st.sampled_from([conflict.local, conflict.remote]))
            self._keep(state.resolve(conflict.conflict_id, keep.change_id))

        # -- syncing -------------------------------------------------------

        @rule(device=st.integers(0, MAX_DEVICES - 1))
        def sync(self, device: int) -> None:
            report = self._engine(device).sync()
            assert report.in_sync

        @rule(device=st.integers(0, MAX_DEVICES - 1), after=st.integers(0, 4))
        def cancelled_sync(self, device: int, after: int) -> None:
            engine = self._engine(device)
            seen = itertools.count()

            def progress(_p: SyncProgress) -> None:
                if next(seen) >= after:
                    engine.cancel()

            engine.sync(progress=progress)

        @rule(device=st.integers(0, MAX_DEVICES - 1), nth=st.integers(1, 6))
        def sync_losing_an_answer(self, device: int, nth: int) -> None:
            transport = DropAnswer(nth)
            engine = self._engine(
                device,
                client_factory=lambda url, token: SyncClient(url, token, transport=transport),
            )
            with contextlib.suppress(ServerUnreachable):
                engine.sync()

        # -- the end -------------------------------------------------------

        def teardown(self) -> None:
            try:
                self._converge_and_check()
            finally:
                for vault in self.vaults:
                    vault.close(backup=False)

        def _converge_and_check(self) -> None:
            for _ in range(2):
                for device in range(len(self.repos)):
                    assert self._engine(device).sync().in_sync
            expected = {
                (entity_id, field): change.change_id
                for (entity_id, field), change in merge(self.written.values()).items()
            }
            for repo in self.repos:
                rows = repo.vault.execute("SELECT entity_id, field, change_id FROM state")
                assert {(r[0], r[1]): r[2] for r in rows} == expected
                log = [c.change_id for c in repo.changes()]
                assert len(log) == len(set(log))  # nothing applied twice
                assert set(log) == set(self.written)  # nothing lost, all in history
                for conflict in SyncState(repo).conflicts():
                    assert conflict.local.change_id in self.written
                    assert conflict.remote.change_id in self.written
                    assert (conflict.local.entity_id, conflict.local.field) == (
                        conflict.remote.entity_id,
                        conflict.remote.field,
                    )
                    assert json.dumps(conflict.local.value) != json.dumps(conflict.remote.value)
                    # Made here and pulled from elsewhere: both values kept, one to decide.
                    assert conflict.local.device_id == repo.device_id
                    assert conflict.remote.device_id != repo.device_id
                assert SyncState(repo).pending_count() == 0
            # And the server holds the same: each family's state there is the merge too.
            by_family: dict[str, list[Change]] = {}
            for change in self.written.values():
                by_family.setdefault(change.family_id, []).append(change)
            with api(sqlite_server, sqlite_server.login(self.user)) as client:
                for family_id, changes in by_family.items():
                    answer = client.get(f"/api/v1/families/{family_id}/state")
                    assert answer.status_code == 200
                    assert answer.json()["entities"] == state_from(merge(changes))

    run_state_machine_as_test(
        Laptops,
        settings=settings(
            max_examples=examples(8, 200),
            stateful_step_count=examples(30, 60),
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
