"""Sequence numbers never become visible out of order, under real concurrency.

Several clients push at once to a real server process while another client
pulls again and again with its cursor. If a push could commit a lower
sequence number after the puller had read past it, the puller would skip that
change forever; the test asserts it receives every change exactly once.
"""

from __future__ import annotations

import threading
import time
import uuid

import httpx
from server_fixtures import RunningServer, api, make_change

PUSHERS = 4
BATCHES = 20
BATCH_SIZE = 15


def test_concurrent_pushes_are_never_skipped_by_a_concurrent_puller(server: RunningServer) -> None:
    server.add_user("anna")
    tokens = [server.login("anna", device_name=f"laptop {i}") for i in range(PUSHERS + 1)]
    pushed: list[set[str]] = [set() for _ in range(PUSHERS)]
    errors: list[str] = []
    done = threading.Event()

    def pusher(index: int) -> None:
        family_id = str(uuid.uuid4())
        with api(server, tokens[index]) as client:
            for _ in range(BATCHES):
                batch = [
                    make_change(family_id, value=f"N{i}", device_id=f"d{index}")
                    for i in range(BATCH_SIZE)
                ]
                response = client.post("/api/v1/sync/push", json={"changes": batch})
                if response.status_code != 200 or response.json()["rejected"]:
                    errors.append(f"push {response.status_code}: {response.text[:200]}")
                    return
                pushed[index].update(c["change_id"] for c in batch)

    received: list[tuple[int, str]] = []

    def pull_once(client: httpx.Client, after: int) -> tuple[int, bool]:
        response = client.get("/api/v1/sync/pull", params={"after": after, "limit": 40})
        if response.status_code != 200:
            errors.append(f"pull {response.status_code}: {response.text[:200]}")
            return after, False
        page = response.json()
        received.extend((c["seq"], c["change_id"]) for c in page["changes"])
        return page["next"], page["has_more"]

    def puller() -> None:
        after = 0
        with api(server, tokens[PUSHERS]) as client:
            while not done.is_set() and not errors:
                after, _ = pull_once(client, after)
            # Everything is committed now: drain what is left.
            more = True
            while more and not errors:
                after, more = pull_once(client, after)

    threads = [threading.Thread(target=pusher, args=(i,)) for i in range(PUSHERS)]
    reader = threading.Thread(target=puller)
    started = time.monotonic()
    reader.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    done.set()
    reader.join(timeout=120)
    elapsed = time.monotonic() - started

    assert not errors, errors
    all_pushed = set().union(*pushed)
    assert len(all_pushed) == PUSHERS * BATCHES * BATCH_SIZE
    seqs = [seq for seq, _ in received]
    assert seqs == sorted(seqs) and len(seqs) == len(set(seqs))
    ids = [change_id for _, change_id in received]
    assert len(ids) == len(set(ids)), "a change was delivered twice"
    missing = all_pushed - set(ids)
    assert not missing, f"{len(missing)} changes skipped by the concurrent puller"
    # The puller really ran alongside the pushers (more than the final drain).
    assert len(received) > 0 and elapsed < 120


def _push_at_once(server: RunningServer, tokens: list[str], batches: list[list[dict]]) -> list:
    """Each (token, batch) pushed from its own thread, released together."""
    gate = threading.Barrier(len(tokens))
    answers: list = [None] * len(tokens)

    def send(index: int) -> None:
        with api(server, tokens[index]) as client:
            gate.wait(30)
            answers[index] = client.post("/api/v1/sync/push", json={"changes": batches[index]})

    threads = [threading.Thread(target=send, args=(i,)) for i in range(len(tokens))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return answers


def test_the_same_new_batch_pushed_at_once_is_stored_once_and_accepted_everywhere(
    server: RunningServer,
) -> None:
    # A laptop whose answer timed out sends its batch again while the first is
    # still being stored: a new family and new entities, read as unknown by both.
    server.add_user("anna")
    token = server.login("anna")
    family_id = str(uuid.uuid4())
    batch = [make_change(family_id, entity_type="family", field="name", value="F")]
    batch += [make_change(family_id, value=f"M{i}") for i in range(20)]
    for _ in range(5):  # a race needs several chances to happen
        answers = _push_at_once(server, [token] * 6, [batch] * 6)
        assert [a.status_code for a in answers] == [200] * 6, [a.text[:200] for a in answers]
        for answer in answers:
            assert not answer.json()["rejected"]
            assert sorted(answer.json()["accepted"]) == sorted(c["change_id"] for c in batch)
        batch = [make_change(family_id, value=f"N{i}") for i in range(20)]
    assert "ERROR" not in server.log_tail()
    with api(server, token) as client:
        page = client.get("/api/v1/sync/pull", params={"after": 0, "limit": 1000}).json()
    ids = [c["change_id"] for c in page["changes"]]
    assert len(ids) == len(set(ids)) == 21 + 4 * 20


def test_two_coordinators_creating_one_family_at_once_leaves_it_with_one(
    server: RunningServer,
) -> None:
    server.add_user("anna")
    server.add_user("bo")
    tokens = [server.login("anna"), server.login("bo")]
    for _ in range(5):
        family_id = str(uuid.uuid4())
        batches = [
            [make_change(family_id, entity_type="family", field="name", value=who, user_id=who)]
            for who in ("anna", "bo")
        ]
        answers = _push_at_once(server, tokens, batches)
        assert [a.status_code for a in answers] == [200, 200], [a.text[:200] for a in answers]
        accepted = [bool(a.json()["accepted"]) for a in answers]
        assert sorted(accepted) == [False, True]
        loser = answers[accepted.index(False)].json()["rejected"]
        assert [r["reason"] for r in loser] == ["forbidden"]
    assert "ERROR" not in server.log_tail()
