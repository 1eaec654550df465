"""Starts test servers by fork from one process that has imported the server already.

A `serve` process spends most of its start importing fastapi, SQLAlchemy, alembic,
pydantic and the server's own modules: about 0.9 CPU-s on the CI machines, for each
of the suite's ~450 server starts, on two cores shared by four workers. This
program imports all that once per worker, then forks a child per start that runs
`ftbt-server`'s own entry point (`ftbt_server.launch.main`) with the test's
arguments and environment, as `python -m ftbt_server …` would.

The protocol, one JSON line each way on stdin/stdout:
  → {"argv": [...], "env": {...}, "cwd": path, "log": path, "status_dir": path}
  ← {"pid": N}
When a child ends, its exit code (negative: the signal that ended it, as
`subprocess.Popen.returncode` says it) is written to `status_dir/<pid>`.
At end of input every child still running is killed, and the program exits.

The zygote runs no thread and opens no connection before it forks, so a child
starts as a fresh process would, but for the modules already imported.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import select
import signal
import sys
import time
import traceback
from pathlib import Path

import uvicorn

# What `serve` imports, so that the children need not.
import ftbt_server.app
import ftbt_server.cli
from ftbt_server.launch import main as server_main

PRELOADED = (ftbt_server.app, ftbt_server.cli, uvicorn)


def _child(request: dict[str, object]) -> None:
    """In the forked child: become `ftbt-server <argv>`; never returns."""
    code: int = 1
    try:
        log = os.open(str(request["log"]), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(log, 1)
        os.dup2(log, 2)
        os.closerange(3, 1024)
        # As a new interpreter has them.
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.chdir(str(request["cwd"]))
        os.environ.clear()
        os.environ.update(dict(request["env"]))  # type: ignore[call-overload]
        time.tzset()
        argv = [str(a) for a in request["argv"]]  # type: ignore[attr-defined]
        sys.argv = ["ftbt-server", *argv]
        try:
            code = int(server_main(argv) or 0)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:
        traceback.print_exc()
        code = 1
    finally:
        try:
            atexit._run_exitfuncs()
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def _reap(status_dir: dict[int, str]) -> None:
    while status_dir:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        folder = status_dir.pop(pid, None)
        if folder is None:
            continue
        path = Path(folder) / str(pid)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(str(os.waitstatus_to_exitcode(status)))
        tmp.replace(path)


def main() -> None:
    children: dict[int, str] = {}
    stdin = sys.stdin.buffer
    pending = b""
    while True:
        ready, _, _ = select.select([stdin], [], [], 0.02)
        _reap(children)
        if not ready:
            continue
        chunk = os.read(stdin.fileno(), 65536)
        if not chunk:
            break
        pending += chunk
        while b"\n" in pending:
            line, pending = pending.split(b"\n", 1)
            request = json.loads(line)
            pid = os.fork()
            if pid == 0:
                _child(request)
            # An earlier child's status under a pid the system has given again.
            (Path(str(request["status_dir"])) / str(pid)).unlink(missing_ok=True)
            children[pid] = str(request["status_dir"])
            sys.stdout.write(json.dumps({"pid": pid}) + "\n")
            sys.stdout.flush()
    for pid in list(children):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 5
    while children and time.monotonic() < deadline:
        _reap(children)
        time.sleep(0.02)


if __name__ == "__main__":
    main()
