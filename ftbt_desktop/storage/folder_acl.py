"""The data folder is the coordinator's alone on Windows: an access list set with icacls.

Windows has no POSIX modes; who may open a folder is its access control list
(ACL). A folder made under %LOCALAPPDATA% inherits the profile's list, which is
usually already the user's, SYSTEM's and the Administrators'; a folder made by
hand, by a script, copied from elsewhere or given with `--data-dir` may let
"Users" or "Everyone" in, and then any account on the computer can copy the
vault's files and guess passphrases against them at leisure. So the app and
every command set the list when they take the folder:

1. `icacls <folder> /reset /q` drops every explicit entry the folder carries
   (a grant to "Users" made by hand would survive step 2 otherwise);
2. `icacls <folder> /inheritance:r /grant:r <entries> /q` cuts off what the
   parent folder hands down and writes exactly three entries, each full control
   inherited by every file and subfolder ("(OI)(CI)F"):

   - the signed-in account, by its SID (`whoami /user`);
   - SYSTEM (S-1-5-18) and the local Administrators group (S-1-5-32-544).
     Decided on purpose: an administrator can take ownership of any folder
     anyway, so leaving them out protects nothing, while it would break what IT
     runs as SYSTEM or as an administrator on the vault's files (backup and
     restore, profile clean-up, the antivirus scanner, support taking a copy of a
     damaged vault). The threat this closes is another ordinary account on a
     shared laptop; the files are encrypted either way.

Accounts and groups are named by SID, never by name: names are translated
("Administratorer" on a Danish Windows) and SIDs are not; icacls takes a SID
with a leading "*". The commands are built by pure functions (tested for
their exact argument lists) and run by an injectable runner, without a shell, so
spaces and letters like "ø" in a path need no quoting of ours (CreateProcessW
takes the command line as Unicode; subprocess quotes each argument). Both programs
are run from %SystemRoot%\\System32 by full path.

A step that fails raises FolderAclNotSet: the vault is not opened in a folder
that may be open to others, just as on POSIX (storage/folder_modes.py).
"""

from __future__ import annotations

import os
import re
import subprocess
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from ftbt_desktop.storage.errors import FolderAclNotSet

SYSTEM_SID = "S-1-5-18"
ADMINISTRATORS_SID = "S-1-5-32-544"
# Full control, inherited by files (OI) and subfolders (CI).
FULL_CONTROL_INHERITED = "(OI)(CI)F"
# icacls and whoami answer at once; a hung one must not hang the app's start.
COMMAND_TIMEOUT_S = 60
_SID = re.compile(r"S-1-\d+(?:-\d+)+")
DEFAULT_SYSTEM_ROOT = "C:\\Windows"


@dataclass(frozen=True, slots=True)
class Completed:
    returncode: int
    stdout: bytes


Runner = Callable[[Sequence[str]], Completed]


def system_program(name: str, system_root: str | None = None) -> str:
    """`name` in System32, by its full path: Windows looks for a bare program name in
    the current folder too, where anyone who can write there could plant their own."""
    # Windows' environment is case-insensitive: this is its %SystemRoot%.
    root = system_root or os.environ.get("SYSTEMROOT") or DEFAULT_SYSTEM_ROOT
    return str(PureWindowsPath(root, "System32", name))


def whoami_command(system_root: str | None = None) -> list[str]:
    return [system_program("whoami.exe", system_root), "/user", "/fo", "csv", "/nh"]


def parse_whoami_sid(output: bytes) -> str:
    """The SID in `whoami /user /fo csv /nh`'s one line: `"domain\\name","S-1-5-21-…"`.

    The name may be in any code page ("Søren"); only the SID, which is ASCII, is read."""
    text = output.decode("ascii", errors="replace").strip()
    fields = [field.strip().strip('"') for field in text.split(",")]
    sid = fields[-1] if fields else ""
    if not _SID.fullmatch(sid):
        raise ValueError("no SID in whoami's answer")
    return sid


def windows_path(folder: str | os.PathLike[str]) -> str:
    """The folder as Windows writes it: backslashes, so no argument starts with "/",
    which icacls would take for an option."""
    return str(PureWindowsPath(os.fspath(folder)))


def acl_commands(
    folder: str | os.PathLike[str], user_sid: str, system_root: str | None = None
) -> list[list[str]]:
    """The icacls commands that leave `folder` to `user_sid`, SYSTEM and Administrators."""
    if not _SID.fullmatch(user_sid):
        raise ValueError("not a SID")
    path = windows_path(folder)
    icacls = system_program("icacls.exe", system_root)
    grants = [
        f"*{sid}:{FULL_CONTROL_INHERITED}" for sid in (user_sid, SYSTEM_SID, ADMINISTRATORS_SID)
    ]
    return [
        [icacls, path, "/reset", "/q"],
        [icacls, path, "/inheritance:r", "/grant:r", *grants, "/q"],
    ]


def run_hidden(args: Sequence[str]) -> Completed:
    """Run a console program without a console window flashing up over the app."""
    result = subprocess.run(
        list(args),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # localised and may name the user: never shown or logged
        timeout=COMMAND_TIMEOUT_S,
        check=False,
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    )
    return Completed(result.returncode, result.stdout)


# Folders this process has already set (the lock and the vault each ask, on every start).
_done: set[tuple[str, int, int]] = set()
_done_guard = threading.Lock()
_user_sid: str | None = None


def make_owner_only(folder: Path, runner: Runner | None = None) -> None:
    """Set `folder`'s access list (see the module's doc). Raises FolderAclNotSet.

    With the default runner, each folder is set once per process and the SID is
    asked once; an injected runner is always asked (tests see every command)."""
    global _user_sid
    remember = runner is None
    run = runner or run_hidden
    key = _identity(folder)
    if remember:
        with _done_guard:
            if key in _done:
                return
    sid = _user_sid if remember else None
    if sid is None:
        sid = _sid_of_current_user(folder, run)
        if remember:
            _user_sid = sid
    for command in acl_commands(folder, sid):
        _run_step(folder, run, command, step=f"icacls {command[2]}")
    if remember:
        with _done_guard:
            _done.add(key)


def _identity(folder: Path) -> tuple[str, int, int]:
    """The folder's path and file identity: a folder removed and made again under the
    same name (a vault creation that failed and is tried again) is set again."""
    try:
        info = os.stat(folder)
    except OSError:
        return (os.path.normcase(os.path.abspath(folder)), -1, -1)
    return (os.path.normcase(os.path.abspath(folder)), info.st_dev, info.st_ino)


def _sid_of_current_user(folder: Path, run: Runner) -> str:
    completed = _run_step(folder, run, whoami_command(), step="whoami")
    try:
        return parse_whoami_sid(completed.stdout)
    except ValueError as exc:
        raise FolderAclNotSet(str(folder), "whoami: no SID") from exc


def _run_step(folder: Path, run: Runner, command: list[str], step: str) -> Completed:
    try:
        completed = run(command)
    except FileNotFoundError as exc:
        program = PureWindowsPath(command[0]).name
        raise FolderAclNotSet(str(folder), f"{program} not found") from exc
    except (OSError, subprocess.SubprocessError) as exc:
        raise FolderAclNotSet(str(folder), f"{step}: {type(exc).__name__}") from exc
    if completed.returncode != 0:
        raise FolderAclNotSet(str(folder), f"{step} exit {completed.returncode}")
    return completed
