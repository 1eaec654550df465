"""A large pull's pages fetched and checked in a process of its own.

Why a process: a new laptop's first sync has three kinds of work at once, on this
machine's cores and, in one process, on one interpreter lock: the server making
pages, the laptop reading and checking them (JSON, `Change.from_dict`, the field
rules, the seal's text: about 3 s of Python per 100,000 changes) and the vault
writing them. The vault alone wrote 100,000 changes in 2.5-3.0 s, yet 4.1-4.7 s
beside a fetching *thread*, which took the lock from it again and again
(bench/sync_bench.py).

So when the first page says many changes follow (`HELPER_FROM`), the fetching
thread (`engine._Prefetch`) starts this helper and goes on fetching meanwhile.
Once the helper says it is ready, the thread hands it the cursor it has reached
and from then on only relays: the helper sends each page checked, as compact rows
(seq, columns, seal text, value), and the thread hands them to the vault as they
are (a `Change` is made only for whoever asks, see `storage.pulled.ReadyChange`). A page in the rows form is
checked in one pass, making no `Change` at all (`_ready_page`). The helper asks for the
next page before it checks the one it has (`serve_pages`), so the server makes it
meanwhile.

The helper is a plain child process running `helper_main` (`helper_command`:
Python, or the bundle's executable with `HELPER_ARG`, see
packaging/ftbt_launcher.py), talking
over its standard input and output in `marshal` frames: not `multiprocessing`,
whose spawned child first imports the parent's main module again (the app's
command line and Qt) and so took most of a first sync to become ready; and
marshal carries plain values only, so nothing the helper sends can run code in
the app. The helper never touches the vault and writes nothing to disk; the
sign-in token reaches it over the pipe, never on a command line.

When anything goes wrong in it (the network, the server, the helper itself dying
or failing to start), it stops and the thread fetches the rest itself from the
last page relayed, so every error reaches the sync exactly as it would without a
helper, and nothing is skipped.
"""

from __future__ import annotations

import contextlib
import gc
import marshal
import operator
import os
import signal
import struct
import subprocess
import sys
import threading
from itertools import chain
from pathlib import Path
from typing import IO, Any

from ftbt_desktop.core.changes import check_texts
from ftbt_desktop.core.fields import InvalidField, validate
from ftbt_desktop.storage.merge import CHANGE_COLUMNS, VALUE_JSON
from ftbt_desktop.storage.pulled import SERVER_ORIGIN, CheckedPage, ReadyChange, check_page
from ftbt_desktop.storage.seal_text import row_suffix

# A pull whose first page says at least this many changes follow is fetched by the
# helper: below it, starting a process is not won back.
HELPER_FROM = 20_000
# The bundle's executable runs the helper when given this as its only argument.
HELPER_ARG = "--ftbt-pull-helper"
# Environment variables the commands read secrets from (command-line.md), kept from
# the helper.
SECRET_ENV = frozenset({"FTBT_PASSPHRASE", "FTBT_NEW_PASSPHRASE", "FTBT_PASSWORD"})

_READY = "ready"
_PAGE = "page"
_STOPPED = "stopped"
_FRAME = struct.Struct("<I")
# A change's columns (storage.merge.CHANGE_COLUMNS), as each relayed row carries them,
# all non-empty text (the value as its JSON); a relayed row's seq, columns and seal text.
_COLUMNS = len(CHANGE_COLUMNS.split(","))
_SEQ, _VALUES, _SUFFIX = (operator.itemgetter(n) for n in range(3))
# No page comes near this (a page of MAX_PULL changes with large values is tens of MB).
MAX_FRAME = 256 * 2**20
# The answer's fields sent besides its changes, in this order (client.PullAnswer).
_ANSWER_FIELDS = (
    "next",
    "has_more",
    "families",
    "revoked_families",
    "device_names",
    "family_teams",
    "left",
)


class HelperGone(Exception):
    """The helper died, failed to start, or broke the pipe's protocol."""


def helper_command() -> list[str]:
    """How to start the helper. From Python: `-P`, so the folder the app was started
    from (Downloads, a checkout of another version) is not searched for modules, as
    `-m` would; this package's own folder is added only when Python would not find it
    anyway, and after nothing of the standard library. `-B`: it writes no bytecode."""
    if getattr(sys, "frozen", False):
        return [sys.executable, HELPER_ARG]
    here = str(Path(__file__).resolve().parent.parent.parent)
    start = (
        f"import sys\nhere = {here!r}\n"
        "if here not in sys.path:\n    sys.path.insert(0, here)\n"
        "from ftbt_desktop.sync.pull_helper import helper_main\nsys.exit(helper_main())\n"
    )
    return [sys.executable, "-P", "-B", "-c", start]


class PullHelper:
    """The parent's side: start, ask whether ready, hand over the cursor, take pages.

    `take` blocks on the pipe; `close` (from any thread) ends the process, which
    ends any wait on it."""

    def __init__(self) -> None:
        # The app's environment (proxies, certificates, settings) less the secrets a
        # command may be given there: the helper needs only the token it is sent.
        env = {key: value for key, value in os.environ.items() if key not in SECRET_ENV}
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        self._process = subprocess.Popen(
            helper_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            # Not the terminal's: a command's user sees the sync's messages only.
            stderr=subprocess.DEVNULL,
            env=env,
            creationflags=flags,
        )
        assert self._process.stdin is not None and self._process.stdout is not None
        self._to: IO[bytes] = self._process.stdin
        self._from: IO[bytes] = self._process.stdout
        self._ready = False

    def wait_ready(self) -> None:
        """Blocks until the helper has started; raises HelperGone when it did not."""
        if not self._ready:
            if self._receive() != (_READY,):
                raise HelperGone("the helper did not start")
            self._ready = True

    def begin(self, server_url: str, token: str, after: int, limit: int, form: str) -> None:
        """Fetch from `after` on, in the pull form the app's client found the server
        offers (the helper asks the server nothing else)."""
        try:
            _send(self._to, (server_url, token, after, limit, form))
        except (OSError, ValueError) as exc:
            raise HelperGone("the helper is gone") from exc

    def take(self) -> tuple[Any, CheckedPage] | None:
        """The next page as (PullAnswer, CheckedPage); None when the helper stopped on
        an error (the caller fetches from its last page on); raises HelperGone when it
        died."""
        from ftbt_desktop.sync.client import PullAnswer

        message = self._receive()
        if message == (_STOPPED,):
            return None
        try:
            kind, answer, rows, refused, newest = message
            if kind != _PAGE:
                raise ValueError(kind)
            head = PullAnswer([], **dict(zip(_ANSWER_FIELDS, answer, strict=True)))
            return head, CheckedPage(_ready_changes(rows), refused, newest)
        except (TypeError, ValueError, IndexError) as exc:
            raise HelperGone("the helper sent something unexpected") from exc

    def _receive(self) -> tuple[Any, ...]:
        try:
            message = _read(self._from)
        except (OSError, ValueError, EOFError, TypeError) as exc:  # marshal's own errors too
            raise HelperGone("the helper is gone") from exc
        if not isinstance(message, tuple) or not message:
            raise HelperGone("the helper sent something unexpected")
        return message

    def kill(self) -> None:
        """Stop the process now (never blocks); `close` waits for it and the pipes."""
        if self._process.poll() is None:
            self._process.kill()

    def close(self) -> None:
        """Stop the helper, whatever it is doing (safe from any thread, and twice)."""
        self.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            # Killed: it ends at once; a sync never waits on its helper for long.
            self._process.wait(timeout=10)
        for pipe in (self._to, self._from):
            with contextlib.suppress(OSError):
                pipe.close()

    @property
    def pid(self) -> int:
        return self._process.pid


def _ready_changes(
    rows: list[tuple[int, tuple[Any, ...], bytes, Any]],
) -> tuple[ReadyChange, ...]:
    # Columns in CHANGE_COLUMNS order, the value's JSON among them; the value itself
    # comes decoded beside them, so this process does not parse it again. No `Change`
    # is made here (see ReadyChange): on this process, each object is time the vault's
    # writer waits for the interpreter.
    ready = tuple(map(ReadyChange._make, rows))
    # Each row exactly as the vault writes it, or the frame is not believed (the parent
    # then fetches the page itself): a dict or set of nine passed a count, and wrote its
    # keys as columns; a None column is skipped by the insert, as if here already. Each
    # check runs over the whole page in one C loop, not a Python step per row.
    columns = list(map(_VALUES, ready))
    if (
        set(map(type, map(_SEQ, ready))) - {int}
        or set(map(type, columns)) - {tuple}
        or set(map(len, columns)) - {_COLUMNS}
        or set(map(type, map(_SUFFIX, ready))) - {bytes}
        or set(map(type, chain.from_iterable(columns))) - {str}
        or not all(chain.from_iterable(columns))
    ):
        raise ValueError("a change that is not a row of the vault")
    return ready


def _ready_page(body: Any) -> tuple[Any, list[tuple[int, tuple[Any, ...], bytes, Any]], int, str]:
    """(the answer without its changes, the changes fit to write as the parent takes
    them, how many break their field's rule, the newest stamp) of a page as the server
    sent it. Raises on anything `SyncClient.pull` and `check_page` refuse: the parent
    then fetches the page itself and meets the refusal as it would without a helper.

    A "rows" page is read, checked and made ready in one pass, with no `Change` made:
    the same verdicts and the same rows as `check_page(client.pull(...).changes)`
    (tests/test_pull_helper_rows.py holds the two to each other), at two thirds of
    its CPU (0.8 against 1.3 s per 100,000 changes, bench/sync_bench.py): CPU the
    vault's writer and the server share this machine's cores with."""
    from ftbt_desktop.sync.client import answer_of, changes_of, rows_of

    if "rows" not in body:
        checked = check_page(changes_of(body))
        rows = [tuple(item) for item in checked.ready]
        return answer_of(body, []), rows, checked.refused, checked.newest
    rows = []
    refused = 0
    newest = ""
    for seq, texts, value in rows_of(body):
        check_texts(texts, value)
        # Canonical stamps (check_texts) sort as strings; refused changes count too.
        newest = max(newest, texts[5])
        try:
            value = validate(texts[1], texts[4], value)
        except InvalidField:
            refused += 1
            continue
        values = (*texts[:5], VALUE_JSON.encode(value), *texts[5:])
        rows.append((seq, values, row_suffix((*values, SERVER_ORIGIN)), value))
    return answer_of(body, []), rows, refused, newest


def _send(pipe: IO[bytes], message: tuple[Any, ...]) -> None:
    data = marshal.dumps(message)
    pipe.write(_FRAME.pack(len(data)) + data)
    pipe.flush()


def _read(pipe: IO[bytes]) -> Any:
    head = pipe.read(_FRAME.size)
    if len(head) < _FRAME.size:
        raise EOFError("the pipe ended")
    (size,) = _FRAME.unpack(head)
    if size > MAX_FRAME:
        raise ValueError("a frame larger than any page")
    data = pipe.read(size)
    if len(data) < size:
        raise EOFError("the pipe ended within a frame")
    return marshal.loads(data)


def _end_with(source: IO[bytes]) -> None:
    """End the process as soon as the parent's end of `source` closes.

    The parent sends nothing after the cursor, so the pipe ends only when the parent
    stops or dies. Without this, a helper whose app was killed noticed only at its next
    page, after a request that may wait 30 s for a server: an orphan holding the sign-in
    token meanwhile. It writes no file, so ending mid-request loses nothing."""
    with contextlib.suppress(OSError, ValueError):
        source.read()
    os._exit(0)


def helper_main() -> int:
    """The helper process: fetch and check pages from the cursor it is given, send each
    on, stop at the last page or at the first error (the parent carries on from there).
    A parent that is gone leaves it a broken pipe, and it ends, at once (`_end_with`)."""
    # Ctrl+C in a command is the sync's to handle: the helper is stopped by it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The frames own the pipes given as standard input and output, reached by their
    # descriptors (a windowed executable has no sys.stdout); anything printed by
    # mistake goes nowhere rather than into a frame.
    out = os.fdopen(os.dup(1), "wb")
    source = os.fdopen(os.dup(0), "rb")
    nowhere = os.open(os.devnull, os.O_WRONLY)
    os.dup2(nowhere, 1)
    os.close(nowhere)
    from ftbt_desktop.sync.client import SyncClient

    # What is imported stays; each page's objects are collected as soon as it is sent
    # (its HTTP response is a reference cycle): left to the collector's own pace they
    # raised the helper from 31 to 108 MB in a first sync of a million changes.
    gc.freeze()
    try:
        _send(out, (_READY,))
        server_url, token, after, limit, form = _read(source)
        threading.Thread(target=_end_with, args=(source,), daemon=True).start()
        with SyncClient(server_url, token) as client:
            client.pull_form = form
            serve_pages(client, after, limit, out)
            return 0
    except (EOFError, OSError, ValueError):
        return 0  # the parent stopped the pull, or is gone


def serve_pages(client: Any, after: int, limit: int, out: IO[bytes]) -> None:
    """Fetch, check and send the pages from `after` on, until the last or the first
    error, which ends it with `_STOPPED` (the parent fetches that page itself).

    The next page is asked for before this one is checked (`_Ahead`), so the server
    makes it while this process checks: fetched one after the other, the two took
    turns, each waiting for the other (about 45 ms each per page of 5,000 changes).
    It is kept as it came, a megabyte or so, and read once this one is sent and let go,
    so the helper holds one page of objects at a time (47-51 MB at most in a first sync
    of 100,000 changes). The app's queue of pages fills more now that they come faster,
    up to AHEAD_CHANGES, as it always could (engine._Prefetch)."""
    try:
        body = client.pull_body(after, limit)
    except Exception:
        _send(out, (_STOPPED,))
        return
    while True:
        following = _next_after(body)
        ahead = None if following is None else _Ahead(client, following, limit)
        try:
            answer, rows, refused, newest = _ready_page(body)
        except Exception:  # the parent meets it again, fetching this page itself
            _send(out, (_STOPPED,))
            return
        head = tuple(getattr(answer, name) for name in _ANSWER_FIELDS)
        _send(out, (_PAGE, head, rows, refused, newest))
        if not answer.has_more:
            return
        del body, rows, head
        gc.collect()
        try:
            if ahead is None or following != answer.next:
                raise ValueError("the page read otherwise than its cursor said")
            body = client.read_answer(ahead.result())
        except Exception:
            _send(out, (_STOPPED,))
            return


def _next_after(body: Any) -> int | None:
    """The cursor a page says follows it, when it says more follow; read only to ask
    for the next page early (`_ready_page` checks the page itself)."""
    if not isinstance(body, dict) or body.get("has_more") is not True:
        return None
    following = body.get("next")
    return following if type(following) is int else None


class _Ahead:
    """One page asked for on a thread of its own, while the page before is checked.
    A daemon thread: a helper that stops must not wait for a request left in flight."""

    def __init__(self, client: Any, after: int, limit: int) -> None:
        self._response: Any = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._fetch, args=(client, after, limit), name="ftbt-pull-ahead", daemon=True
        )
        self._thread.start()

    def _fetch(self, client: Any, after: int, limit: int) -> None:
        try:
            self._response = client.pull_response(after, limit)
        except BaseException as exc:
            self._error = exc

    def result(self) -> Any:
        """The response as it came (`SyncClient.read_answer` reads it)."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._response


if __name__ == "__main__":
    sys.exit(helper_main())
