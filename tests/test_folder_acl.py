"""Owner-only access to the data folder on Windows: the exact commands issued.

icacls and whoami do not run on this Linux machine, so the commands are checked
argument by argument, the Windows path through `make_private` is followed with a
runner that answers as Windows would, and a refusal is followed to the message a
coordinator reads (a real `ftbt-desktop` process, in English and in Danish)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE

from ftbt_desktop.settings import Settings, save_settings
from ftbt_desktop.storage import folder_acl, keys
from ftbt_desktop.storage.errors import FolderAclNotSet, FolderNotPrivate
from ftbt_desktop.storage.folder_acl import Completed
from ftbt_desktop.storage.folder_modes import make_private
from ftbt_desktop.storage.vault import Vault

SOREN = r"C:\Users\Søren Ødegård\AppData\Local\FTBT Desktop"
ICACLS = r"C:\Windows\System32\icacls.exe"
WHOAMI = r"C:\Windows\System32\whoami.exe"
SID = "S-1-5-21-1004336348-1177238915-682003330-1001"
# What `whoami /user /fo csv /nh` prints for Søren, in the console's code page.
WHOAMI_OUT = f'"KOMMUNE\\søren","{SID}"\r\n'.encode("cp850")
GRANTS = [
    f"*{SID}:(OI)(CI)F",
    "*S-1-5-18:(OI)(CI)F",  # SYSTEM
    "*S-1-5-32-544:(OI)(CI)F",  # Administrators
]


class Windows:
    """Answers as whoami and icacls do; `refuse` names a command to fail with code 5."""

    def __init__(self, refuse: str = "") -> None:
        self.commands: list[list[str]] = []
        self.refuse = refuse

    def __call__(self, args: Sequence[str]) -> Completed:
        self.commands.append(list(args))
        if self.refuse and self.refuse in args:
            return Completed(5, b"")
        return Completed(0, WHOAMI_OUT if args[0] == WHOAMI else b"")


@pytest.fixture(autouse=True)
def system_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SYSTEMROOT", r"C:\Windows")


def test_the_commands_for_a_path_with_spaces_and_danish_letters() -> None:
    assert folder_acl.acl_commands(SOREN, SID) == [
        [ICACLS, SOREN, "/reset", "/q"],
        [ICACLS, SOREN, "/inheritance:r", "/grant:r", *GRANTS, "/q"],
    ]
    # As CreateProcessW receives it: only the path needs quotes; no shell is involved.
    grant = folder_acl.acl_commands(SOREN, SID)[1]
    assert subprocess.list2cmdline(grant) == (
        f'{ICACLS} "{SOREN}" /inheritance:r /grant:r {" ".join(GRANTS)} /q'
    )


def test_the_programs_are_run_by_full_path_from_system32(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A bare "icacls" is looked for in the current folder too, where it can be planted."""
    monkeypatch.setenv("SYSTEMROOT", r"D:\WINDOWS")
    assert folder_acl.whoami_command()[0] == r"D:\WINDOWS\System32\whoami.exe"
    assert {c[0] for c in folder_acl.acl_commands(SOREN, SID)} == {
        r"D:\WINDOWS\System32\icacls.exe"
    }
    monkeypatch.delenv("SYSTEMROOT")
    assert folder_acl.whoami_command()[0] == WHOAMI
    assert folder_acl.acl_commands(SOREN, SID, system_root=r"E:\Win")[0][0] == (
        r"E:\Win\System32\icacls.exe"
    )


def test_a_path_with_forward_slashes_never_looks_like_an_option() -> None:
    commands = folder_acl.acl_commands("/Data/FTBT Desktop", SID)
    assert [c[1] for c in commands] == [r"\Data\FTBT Desktop"] * 2
    assert folder_acl.windows_path("D:/Familier/Søren") == r"D:\Familier\Søren"


def test_only_a_sid_is_put_into_a_grant() -> None:
    for not_a_sid in ("", "Everyone", "S-1-5-21-1 /grant Everyone:F", "*S-1-5-18"):
        with pytest.raises(ValueError):
            folder_acl.acl_commands(SOREN, not_a_sid)


def test_the_sid_is_read_from_whoami_whatever_the_code_page() -> None:
    assert folder_acl.whoami_command() == [WHOAMI, "/user", "/fo", "csv", "/nh"]
    assert folder_acl.parse_whoami_sid(WHOAMI_OUT) == SID
    assert folder_acl.parse_whoami_sid(f'"PC\\Søren","{SID}"'.encode()) == SID
    for answer in (b"", b"ERROR: Access denied", b'"PC\\a","S-1-"'):
        with pytest.raises(ValueError):
            folder_acl.parse_whoami_sid(answer)


def test_make_private_on_windows_sets_the_access_list(tmp_path: Path) -> None:
    data_dir = tmp_path / "FTBT Desktop"
    windows = Windows()
    make_private(data_dir, system="nt", acl_runner=windows)
    assert windows.commands == []  # a folder not made yet is left to be made

    data_dir.mkdir()
    make_private(data_dir, system="nt", acl_runner=windows)
    path = folder_acl.windows_path(data_dir)
    assert windows.commands == [
        [WHOAMI, "/user", "/fo", "csv", "/nh"],
        [ICACLS, path, "/reset", "/q"],
        [ICACLS, path, "/inheritance:r", "/grant:r", *GRANTS, "/q"],
    ]


@pytest.mark.parametrize(
    ("refuse", "step"),
    [
        (WHOAMI, "whoami exit 5"),
        ("/reset", "icacls /reset exit 5"),
        ("/inheritance:r", "icacls /inheritance:r exit 5"),
    ],
)
def test_a_failed_step_refuses_the_folder(tmp_path: Path, refuse: str, step: str) -> None:
    windows = Windows(refuse=refuse)
    with pytest.raises(FolderAclNotSet) as refused:
        make_private(tmp_path, system="nt", acl_runner=windows)
    assert isinstance(refused.value, FolderNotPrivate)  # every caller already handles it
    assert refused.value.path == str(tmp_path)
    assert refused.value.step == step
    assert str(tmp_path) not in str(refused.value)  # the path may name the user: not logged
    assert windows.commands[-1][0 if refuse == WHOAMI else 2] == refuse  # stopped there


def test_a_missing_program_or_an_unreadable_sid_is_a_refusal(tmp_path: Path) -> None:
    def no_icacls(args: Sequence[str]) -> Completed:
        if args[0] == WHOAMI:
            return Completed(0, WHOAMI_OUT)
        # The real runner, on a program that is not there.
        return folder_acl.run_hidden(["ftbt-no-such-icacls", *args[1:]])

    with pytest.raises(FolderAclNotSet) as refused:
        folder_acl.make_owner_only(tmp_path, no_icacls)
    assert refused.value.step == "icacls.exe not found"

    with pytest.raises(FolderAclNotSet) as refused:
        folder_acl.make_owner_only(tmp_path, lambda args: Completed(0, b"INFO: nothing"))
    assert refused.value.step == "whoami: no SID"


def test_the_real_runner_returns_code_and_output() -> None:
    done = folder_acl.run_hidden([sys.executable, "-c", f"print('{SID}'); raise SystemExit(3)"])
    assert done.returncode == 3
    assert done.stdout.strip() == SID.encode()


def test_each_folder_is_set_once_per_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lock and the vault both take the folder on every start: icacls runs once."""
    windows = Windows()
    monkeypatch.setattr(folder_acl, "run_hidden", windows)
    monkeypatch.setattr(folder_acl, "_done", set())
    monkeypatch.setattr(folder_acl, "_user_sid", None)
    other = tmp_path / "other"
    other.mkdir()
    for _ in range(3):
        make_private(tmp_path, system="nt")
    make_private(other, system="nt")
    assert [c[0] for c in windows.commands] == [WHOAMI, ICACLS, ICACLS, ICACLS, ICACLS]
    assert {c[1] for c in windows.commands[1:]} == {
        folder_acl.windows_path(tmp_path),
        folder_acl.windows_path(other),
    }

    # Moved away and made again under the same name: a new folder, set again. (Moved,
    # not removed, so the new folder cannot be given the old one's inode number.)
    windows.commands.clear()
    other.rename(tmp_path / "moved away")
    other.mkdir()
    make_private(other, system="nt")
    assert windows.commands == folder_acl.acl_commands(other, SID)


# A real `ftbt-desktop` process that takes the Windows path, with icacls refusing.
REFUSING_WINDOWS = """
import sys
from ftbt_desktop.storage import folder_lock, folder_modes, vault
from ftbt_desktop.storage.folder_acl import Completed
SID = "S-1-5-21-1-2-3-1001"
def refusing(args):
    if args[0].endswith("whoami.exe"):
        return Completed(0, ('"PC\\\\s","' + SID + '"').encode())
    return Completed(5, b"")
def on_windows(data_dir):
    folder_modes.make_private(data_dir, system="nt", acl_runner=refusing)
folder_lock.make_private = vault.make_private = on_windows
from ftbt_desktop.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def run_check(data_dir: Path) -> Any:
    return subprocess.run(
        [sys.executable, "-c", REFUSING_WINDOWS, "check", "--data-dir", str(data_dir)],
        env={**os.environ, "FTBT_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_the_command_line_says_the_folder_was_refused(tmp_path: Path) -> None:
    data_dir = tmp_path / "Søren Ødegård"
    Vault.create(data_dir, PASSPHRASE, keys.minimum_params())[0].close(backup=False)
    save_settings(data_dir, Settings(language="en"))
    result = run_check(data_dir)
    assert result.returncode == 5, result.stderr  # a file problem (docs/command-line.md)
    assert str(data_dir) in result.stderr
    assert "access list" in result.stderr and "Nothing was opened" in result.stderr
    assert "Traceback" not in result.stderr

    save_settings(data_dir, Settings(language="da"))
    result = run_check(data_dir)
    assert result.returncode == 5
    assert str(data_dir) in result.stderr and "adgangsliste" in result.stderr


def test_the_app_says_so_in_its_own_words(qapp: Any) -> None:
    from ftbt_desktop.ui.single_instance import not_private_box

    box = not_private_box(FolderAclNotSet(SOREN, "icacls /reset exit 5"))
    assert SOREN in box.text() and "access list" in box.text()
    assert "chmod" not in box.text()
    box.deleteLater()
    posix = not_private_box(FolderNotPrivate("/home/s/data", 0o755))
    assert "other accounts" in posix.text()
    posix.deleteLater()
