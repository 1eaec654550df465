"""`ftbt-desktop` sub-commands, run as real subprocesses over real vaults."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from clitools import PASSPHRASE, cli_env, make_demo_vault, run_cli, snapshot, use_language
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

import ftbt_desktop
from ftbt_desktop.storage import keys
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import PAGE_SIZE, Vault

RECOVERY_KEY = re.compile(r"\b[A-Z2-7]{4}(?:-[A-Z2-7]{4}){7}\b")
DAMAGE_WORDS = (
    "the database file",
    "the change history",
    "the current data",
    "the vault's settings",
    "the schema version",
    "the search indexes",
)


def assert_clean(result: subprocess.CompletedProcess[str]) -> None:
    """A failure is told in words: no traceback, no Python exception names."""
    assert "Traceback" not in result.stderr
    assert "Error:" not in result.stderr


# -- demo --------------------------------------------------------------------


def test_demo_creates_a_vault_and_shows_the_recovery_key_once(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    result = make_demo_vault(data_dir)
    keys_shown = RECOVERY_KEY.findall(result.stdout)
    assert len(keys_shown) == 1
    assert "keep it somewhere safe" in result.stdout
    assert "Demo families added: 2." in result.stdout
    assert RECOVERY_KEY.search(result.stderr) is None
    # The key shown is the real one: it opens the vault.
    vault = Vault.open_with_recovery_key(data_dir, keys_shown[0])
    try:
        families = Repository(vault).list_families()
        assert len(families) == 2 and all(f.is_demo for f in families)
        assert {f.status.value for f in families} == {"active", "closed"}
    finally:
        vault.close(backup=False)

    again = run_cli("demo", "--data-dir", data_dir)
    assert again.returncode == 0, again.stderr
    assert RECOVERY_KEY.search(again.stdout + again.stderr) is None
    assert "already" in again.stdout
    vault = Vault.open(data_dir, PASSPHRASE)
    try:
        assert len(Repository(vault).list_families()) == 2
    finally:
        vault.close(backup=False)


def test_demo_refuses_a_weak_passphrase(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    use_language(data_dir)
    result = run_cli("demo", "--data-dir", data_dir, passphrase="sommer2024")
    assert result.returncode == 6
    assert "easy to guess" in result.stderr and "No vault was created" in result.stderr
    assert not (data_dir / "vault.keys").exists() and not (data_dir / "vault.db").exists()
    assert_clean(result)


def test_demo_asks_twice_and_refuses_two_different_passphrases(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    use_language(data_dir)
    result = run_cli(
        "demo",
        "--data-dir",
        data_dir,
        passphrase=None,
        stdin="korrekt hest batteri hæfteklamme\nkorrekt hest batteri\n",
    )
    assert result.returncode == 6
    assert "differ" in result.stderr
    assert not (data_dir / "vault.keys").exists()


def test_demo_reads_the_passphrase_at_the_prompt(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    use_language(data_dir)
    typed = "tre almindelige ord og lidt mere"
    result = run_cli("demo", "--data-dir", data_dir, passphrase=None, stdin=f"{typed}\n{typed}\n")
    assert result.returncode == 0, result.stderr
    Vault.open(data_dir, typed).close(backup=False)


# -- wrong passphrase, no vault ----------------------------------------------


@pytest.mark.parametrize(
    "command",
    [("check",), ("export", "-o", "OUT"), ("import", "IN"), ("demo",)],
    ids=lambda c: c[0],
)
def test_wrong_passphrase_exits_2_and_changes_nothing(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    good_file = tmp_path / "export.json"
    assert run_cli("export", "--data-dir", data_dir, "-o", good_file).returncode == 0
    out = tmp_path / "out.json"
    args = [str(out) if a == "OUT" else str(good_file) if a == "IN" else a for a in command]
    before = snapshot(data_dir)

    result = run_cli(*args, "--data-dir", data_dir, passphrase="det forkerte kodeord her")

    assert result.returncode == 2
    assert "passphrase does not open this vault" in result.stderr
    assert_clean(result)
    assert snapshot(data_dir) == before
    assert not out.exists()


@pytest.mark.parametrize("command", [("check",), ("export", "-o", "-"), ("import", "IN")])
def test_no_vault_exits_3(tmp_path: Path, command: tuple[str, ...]) -> None:
    good_file = tmp_path / "export.json"
    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    assert run_cli("export", "--data-dir", data_dir, "-o", good_file).returncode == 0
    empty = tmp_path / "empty"
    empty.mkdir()
    use_language(empty)
    args = [str(good_file) if a == "IN" else a for a in command]
    result = run_cli(*args, "--data-dir", empty)
    assert result.returncode == 3
    assert "There is no vault in" in result.stderr
    assert_clean(result)
    assert not (empty / "vault.db").exists()


# -- check ---------------------------------------------------------------------


@pytest.fixture
def big_vault(tmp_path: Path) -> Path:
    """A demo vault with enough changes to fill many pages, closed and checkpointed."""
    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    vault = Vault.open(data_dir, PASSPHRASE)
    try:
        repo = Repository(vault)
        family = repo.list_families()[0].id
        for i in range(120):
            repo.update_family(family, notes=f"Samtale nr. {i} om hverdagen og skolen " * 4)
        # Every page past the first then belongs to a table or an index: none is free.
        assert vault.execute("PRAGMA freelist_count")[0][0] == 0
        assert vault.execute("PRAGMA page_count")[0][0] > 20
    finally:
        vault.close(backup=False)
    return data_dir


def test_check_whole_vault(big_vault: Path) -> None:
    result = run_cli("check", "--data-dir", big_vault)
    assert result.returncode == 0, result.stderr
    assert "The vault is whole" in result.stdout


def _flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


RESERVE = 80  # SQLCipher 4 per-page IV (16) + HMAC-SHA512 (64)
TABLE_LEAF, INDEX_LEAF = 0x0D, 0x0A
BTREE_PAGES = {0x02, 0x05, INDEX_LEAF, TABLE_LEAF}
OVERFLOW_PAGE = 0x00


def _page_types(data_dir: Path) -> list[int]:
    """The b-tree type of every page, read by decrypting in memory (SQLCipher 4 with a
    raw key: AES-256-CBC, the IV in the page's reserved tail; page 1 starts with the salt)."""
    key = keys.unwrap_with_passphrase(keys.read_header(data_dir / "vault.keys"), PASSPHRASE)
    raw = (data_dir / "vault.db").read_bytes()
    types = []
    for number in range(len(raw) // PAGE_SIZE):
        page = raw[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
        start = 16 if number == 0 else 0
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        plain = decryptor.update(page[start : PAGE_SIZE - RESERVE]) + decryptor.finalize()
        types.append(plain[100 - start] if number == 0 else plain[0])
    return types


@pytest.mark.parametrize(
    ("page_type", "named"),
    [(TABLE_LEAF, ("the change history", "current data")), (INDEX_LEAF, DAMAGE_WORDS)],
    ids=["table page", "index page"],
)
def test_check_finds_one_byte_altered_in_a_data_page(
    big_vault: Path, page_type: int, named: tuple[str, ...]
) -> None:
    types = _page_types(big_vault)
    # Decrypted right: every page is a b-tree page, or an overflow page of a long value
    # (a map snapshot), whose first byte is the high byte of the next page's number.
    assert set(types) <= {*BTREE_PAGES, OVERFLOW_PAGE}
    assert sum(t in BTREE_PAGES for t in types) > len(types) // 2
    # The last page of that kind, well past page 1: a leaf of the change log or of
    # the state, both tables in the order their rows arrived.
    page = max(n for n, t in enumerate(types) if t == page_type)
    assert page > len(types) // 2
    _flip_byte(big_vault / "vault.db", page * PAGE_SIZE + 1000)
    found = snapshot(big_vault)

    result = run_cli("check", "--data-dir", big_vault)

    assert result.returncode == 1
    assert snapshot(big_vault) == found  # damage is reported, never made worse
    assert "The vault is damaged" in result.stderr
    assert any(word in result.stderr for word in named), result.stderr
    assert "restore the latest good backup" in result.stderr
    assert_clean(result)


def test_check_finds_one_byte_altered_in_the_key_file(big_vault: Path) -> None:
    header = big_vault / "vault.keys"
    _flip_byte(header, len(header.read_bytes()) // 2)
    found = snapshot(big_vault)

    result = run_cli("check", "--data-dir", big_vault)

    assert result.returncode == 1
    assert snapshot(big_vault) == found
    assert "The vault is damaged" in result.stderr
    assert "key file (vault.keys)" in result.stderr
    assert_clean(result)


def test_damaged_vault_stops_export_with_the_same_message(big_vault: Path, tmp_path: Path) -> None:
    _flip_byte(big_vault / "vault.keys", 40)
    out = tmp_path / "out.json"
    result = run_cli("export", "--data-dir", big_vault, "-o", out)
    assert result.returncode == 1
    assert "key file (vault.keys)" in result.stderr
    assert not out.exists()
    assert_clean(result)


# -- export and import -------------------------------------------------------


def _fresh_vault(data_dir: Path) -> None:
    vault, _ = Vault.create(data_dir, PASSPHRASE, keys.minimum_params())
    vault.close(backup=False)
    use_language(data_dir)


def _change_count(data_dir: Path) -> int:
    vault = Vault.open(data_dir, PASSPHRASE)
    try:
        return Repository(vault).change_count()
    finally:
        vault.close(backup=False)


def test_export_import_export_gives_the_same_json(tmp_path: Path) -> None:
    source, target = tmp_path / "source", tmp_path / "target"
    make_demo_vault(source)
    _fresh_vault(target)
    first, second = tmp_path / "first.json", tmp_path / "second.json"

    exported = run_cli("export", "--data-dir", source, "--format", "json", "-o", first)
    assert exported.returncode == 0, exported.stderr
    assert "Families: 2" in exported.stdout
    imported = run_cli("import", "--data-dir", target, first)
    assert imported.returncode == 0, imported.stderr
    count = _change_count(target)
    assert f"New changes: {count}." in imported.stdout
    assert run_cli("export", "--data-dir", target, "-o", second).returncode == 0

    assert second.read_bytes() == first.read_bytes()
    doc = json.loads(first.read_text(encoding="utf-8"))
    assert doc["format"] == "ftbt-export" and doc["version"] == 1
    assert first.stat().st_mode & 0o077 == 0  # personal data: readable by the user only

    again = run_cli("import", "--data-dir", target, first)
    assert again.returncode == 0, again.stderr
    assert "New changes: 0." in again.stdout
    assert f"Changes already in the vault: {count}." in again.stdout
    assert _change_count(target) == count


def test_export_of_one_family_to_standard_output(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    everything = json.loads(run_cli("export", "--data-dir", data_dir, "-o", "-").stdout)
    family_id = everything["families"][1]["id"]

    result = run_cli("export", "--data-dir", data_dir, "-o", "-", "--family", family_id)

    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert [f["id"] for f in doc["families"]] == [family_id]
    assert doc["families"][0] == everything["families"][1]
    assert "Families: 1" in result.stderr  # the report stays out of the JSON

    missing = run_cli("export", "--data-dir", data_dir, "-o", "-", "--family", "no-such-family")
    assert missing.returncode == 7
    assert "no family with the id no-such-family" in missing.stderr
    assert missing.stdout == ""


def _malformed(doc: dict, case: str) -> str:
    """The export `doc`, broken in one way."""
    broken = json.loads(json.dumps(doc))
    changes = broken["families"][0]["changes"]
    if case == "wrong format":
        broken["format"] = "something-else"
    elif case == "bad change":
        changes[3].pop("hlc")
    elif case == "foreign family id":
        member = next(c for c in changes if c["entity_type"] == "member")
        member["family_id"] = "11111111-1111-4111-8111-111111111111"
    else:
        return "{ this is not json"
    return json.dumps(broken)


@pytest.mark.parametrize(
    ("case", "words"),
    [
        ("wrong format", "not an FTBT export"),
        ("bad change", "change 4 is malformed"),
        ("foreign family id", "belongs to another family"),
        ("not json", "not JSON text"),
    ],
)
def test_malformed_file_is_refused_and_the_vault_unchanged(
    tmp_path: Path, case: str, words: str
) -> None:
    source, target = tmp_path / "source", tmp_path / "target"
    make_demo_vault(source)
    make_demo_vault(target)
    doc = json.loads(run_cli("export", "--data-dir", source, "-o", "-").stdout)
    bad = tmp_path / "bad.json"
    bad.write_text(_malformed(doc, case), encoding="utf-8")
    before = snapshot(target)

    result = run_cli("import", "--data-dir", target, bad)

    assert result.returncode == 4
    assert f"Cannot import {bad}" in result.stderr
    assert words in result.stderr
    assert "Nothing was changed." in result.stderr
    assert_clean(result)
    assert snapshot(target) == before


def test_unreadable_import_file(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    result = run_cli("import", "--data-dir", data_dir, tmp_path / "missing.json")
    assert result.returncode == 4
    assert "Cannot read" in result.stderr
    assert_clean(result)


def test_unwritable_output(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    for target in (tmp_path / "no" / "such" / "folder.json", tmp_path):
        result = run_cli("export", "--data-dir", data_dir, "-o", target)
        assert result.returncode == 5
        assert f"Cannot write {target}" in result.stderr
        assert_clean(result)
    assert not list(tmp_path.glob("*.partial"))


def test_export_into_the_data_folder_is_refused(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    before = snapshot(data_dir)
    result = run_cli("export", "--data-dir", data_dir, "-o", data_dir / "export.json")
    assert result.returncode == 5
    assert "outside the data folder" in result.stderr
    assert snapshot(data_dir) == before


# -- the command line itself ---------------------------------------------------


def test_usage_errors_exit_64(tmp_path: Path) -> None:
    use_language(tmp_path, "en")
    result = run_cli("chekc", "--data-dir", tmp_path)
    assert result.returncode == 64
    assert "usage:" in result.stderr
    assert run_cli("export", "--data-dir", tmp_path).returncode == 64  # -o is required


@pytest.mark.parametrize(
    "args",
    [
        ("check", "--data-dir="),
        ("check", "--data-dir", ""),
        ("check", "--data-dir"),
        ("--data-dir",),
    ],
)
def test_a_data_dir_given_as_nothing_is_a_usage_error(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    """`--data-dir=` (a script's empty variable) went on with the user's own data folder,
    and `--data-dir` with no folder after it ended with argparse's 2, which means a wrong
    passphrase here (an adversarial review)."""
    home = tmp_path / "home"
    (home / ".local" / "share" / "FTBT Desktop").mkdir(parents=True)
    env = {**cli_env(), "HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share")}
    result = subprocess.run(
        [sys.executable, "-m", "ftbt_desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert result.returncode == 64, result.stderr
    assert "Traceback" not in result.stderr
    assert not list((home / ".local" / "share" / "FTBT Desktop").iterdir())


def test_help_and_version(tmp_path: Path) -> None:
    helped = run_cli("--help")
    assert helped.returncode == 0
    assert all(name in helped.stdout for name in ("demo", "check", "export", "import"))
    assert "FTBT_PASSPHRASE" in helped.stdout
    version = run_cli("--version")
    assert version.returncode == 0 and ftbt_desktop.__version__ in version.stdout


def test_sub_commands_do_not_load_qt_widgets(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from ftbt_desktop.__main__ import main\n"
        f"code = main(['check', '--data-dir', {str(tmp_path / 'none')!r}])\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6.QtWidgets', 'PySide6.QtGui'))]\n"
        "print(code, loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=cli_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.stdout.strip() == "3 []", result.stderr


def test_messages_speak_danish_when_set(tmp_path: Path) -> None:
    qm = Path(ftbt_desktop.__file__).parent / "i18n" / "ftbt_da.qm"
    if not qm.exists():
        pytest.skip("translations not built (make setup builds them)")
    data_dir = tmp_path / "data"
    make_demo_vault(data_dir)
    use_language(data_dir, "da")
    result = run_cli("check", "--data-dir", data_dir, passphrase="det forkerte kodeord her")
    assert result.returncode == 2
    assert "adgangssætning" in result.stderr.lower()


def test_help_and_usage_errors_speak_danish_too(tmp_path: Path) -> None:
    """argparse's own words (headings, -h, its errors) follow the language, not only ours."""
    qm = Path(ftbt_desktop.__file__).parent / "i18n" / "ftbt_da.qm"
    if not qm.exists():
        pytest.skip("translations not built (make setup builds them)")
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    use_language(data_dir, "da")
    helped = run_cli("--data-dir", data_dir, "--help")
    assert helped.returncode == 0
    for english in ("usage:", "options", "show this help", "positional arguments"):
        assert english not in helped.stdout
    assert "tilvalg" in helped.stdout and "vis denne hjælp og afslut" in helped.stdout
    missing = run_cli("--data-dir", data_dir, "export")
    assert missing.returncode == 64
    assert "the following arguments" not in missing.stderr
    assert "mangler: -o/--output" in missing.stderr
