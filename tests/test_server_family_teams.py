"""The teams of the families a user reads, on every pull page (issue 18): the laptop
breaks its outcome report down by team, and teams exist only on the server.
SQLite and PostgreSQL."""

from __future__ import annotations

import uuid

from server_fixtures import Store, make_change
from sqlalchemy import event

from ftbt_server import accounts


def _family(store: Store, who: str) -> str:
    family_id = str(uuid.uuid4())
    answer = store.push(who, [make_change(family_id, entity_type="family", value="F")]).json()
    assert answer["rejected"] == []
    return family_id


def _users(store: Store, *names: str, role: str = "coordinator") -> None:
    for name in names:
        store.add_user(name, role)
        store.login(name)


def _team(store: Store, name: str, members: tuple[str, ...], supervisors: tuple[str, ...]) -> None:
    accounts.add_team(store.engine, name)
    for user in members:
        accounts.set_team_member(store.engine, name, user, "member")
    for user in supervisors:
        accounts.set_team_member(store.engine, name, user, "supervisor")


def test_a_supervisor_of_two_teams_is_told_each_familys_teams(store: Store) -> None:
    _users(store, "anna", "bo", "cleo", "dan", "eva")
    _users(store, "sif", role="supervisor")
    _users(store, "tor", role="supervisor")
    _team(store, "Nord", ("anna", "bo"), ("sif",))
    _team(store, "Syd", ("anna", "cleo"), ("sif",))
    _team(store, "Øst", ("dan",), ("tor",))
    annas, bos, cleos, dans, evas = (
        _family(store, u) for u in ("anna", "bo", "cleo", "dan", "eva")
    )

    page = store.pull_all("sif")
    assert page["families"] == sorted([annas, bos, cleos])
    assert page["family_teams"] == {annas: ["Nord", "Syd"], bos: ["Nord"], cleos: ["Syd"]}
    # Every page names them, as every page names the families (short pages here).
    after = 0
    while True:
        part = store.pull("sif", after=after, limit=1).json()
        assert part["family_teams"] == page["family_teams"]
        after = part["next"]
        if not part["has_more"]:
            break
    # Each reader learns the teams of their own families only.
    assert store.pull_all("tor")["family_teams"] == {dans: ["Øst"]}
    assert store.pull_all("anna")["family_teams"] == {annas: ["Nord", "Syd"]}
    # A coordinator in no team: the family is in none.
    assert store.pull_all("eva")["family_teams"] == {evas: []}


def test_teams_follow_a_move_and_a_reassignment(store: Store) -> None:
    _users(store, "anna", "bo")
    _users(store, "sif", role="supervisor")
    _team(store, "Nord", ("anna",), ("sif",))
    _team(store, "Syd", ("bo",), ("sif",))
    annas = _family(store, "anna")
    assert store.pull_all("sif")["family_teams"] == {annas: ["Nord"]}
    # Anna moves from Nord to Syd.
    accounts.set_team_member(store.engine, "Syd", "anna", "member")
    accounts.set_team_member(store.engine, "Nord", "anna", "member", remove=True)
    assert store.pull_all("sif")["family_teams"] == {annas: ["Syd"]}
    # The family goes to Bo, who stays in Syd; Anna joins Nord again.
    accounts.set_team_member(store.engine, "Nord", "anna", "member")
    accounts.assign_family(store.engine, annas, "bo")
    assert store.pull_all("sif")["family_teams"][annas] == ["Syd"]
    assert store.pull_all("bo")["family_teams"][annas] == ["Syd"]


def test_nobody_learns_the_teams_of_a_family_they_cannot_read(store: Store) -> None:
    _users(store, "anna", "bo")
    _users(store, "sif", role="supervisor")
    _team(store, "Nord", ("anna",), ())
    _team(store, "Hemmelig", ("bo",), ())
    _team(store, "Syd", (), ("sif",))
    annas = _family(store, "anna")
    bos = _family(store, "bo")
    assert store.pull_all("anna")["family_teams"] == {annas: ["Nord"]}
    assert store.pull_all("bo")["family_teams"] == {bos: ["Hemmelig"]}
    # Sif supervises no one yet: no families, so no teams.
    assert store.pull_all("sif")["family_teams"] == {}
    # Reassigned away: Anna is told it is revoked, and nothing of its teams.
    cursor = store.pull_all("anna")["next"]
    accounts.assign_family(store.engine, annas, "bo")
    page = store.pull_all("anna", after=cursor)
    assert page["revoked_families"] == [annas]
    assert page["family_teams"] == {}
    assert store.pull_all("bo")["family_teams"] == {annas: ["Hemmelig"], bos: ["Hemmelig"]}
    # A team supervisor who does not supervise Hemmelig never hears the name.
    for raw in (store.pull("sif").text, store.pull("anna").text):
        assert "Hemmelig" not in raw


def test_a_substitute_does_not_make_the_familys_team(store: Store) -> None:
    _users(store, "anna", "bo")
    _users(store, "sif", role="supervisor")
    _team(store, "Nord", ("bo",), ("sif",))
    annas = _family(store, "anna")
    accounts.assign_family(store.engine, annas, "bo", substitute=True)
    # Sif reads it through Bo's substitution, but it is Anna's family, and she is in no team.
    page = store.pull_all("sif")
    assert page["families"] == [annas]
    assert page["family_teams"] == {annas: []}


def test_the_teams_of_many_families_take_one_statement(store: Store) -> None:
    _users(store, "anna", "bo")
    _users(store, "sif", role="supervisor")
    _team(store, "Nord", ("anna",), ("sif",))
    _team(store, "Syd", ("anna", "bo"), ("sif",))
    made = [_family(store, "anna") for _ in range(30)] + [_family(store, "bo") for _ in range(30)]
    statements: list[str] = []

    def seen(conn: object, cursor: object, statement: str, *args: object) -> None:
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        page = store.pull("sif", limit=5000).json()
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    assert len(page["family_teams"]) == 60
    assert set(page["family_teams"]) == set(made)
    team_reads = [s for s in statements if "JOIN teams" in s]
    assert len(team_reads) == 1
