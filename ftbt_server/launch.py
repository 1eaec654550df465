"""The `ftbt-server` entry point: say plainly when the server's extra is not installed.

The server's dependencies are the `server` extra of the one distribution
(`pip install 'ftbt-desktop[server]'`), so a desktop install has the script but
not what it runs on. Without this check the first import would end in a
traceback naming fastapi or sqlalchemy, which tells IT nothing about the fix.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence

# The import names of the `server` extra in pyproject.toml (psycopg for psycopg[binary],
# jwt for pyjwt[crypto]).
SERVER_MODULES = ("fastapi", "uvicorn", "sqlalchemy", "alembic", "psycopg", "jwt")
# Also in the extra, and not asked for: uvicorn uses them when they are there, and runs
# without them (uvloop has no Windows build).
SPEEDUPS = ("httptools", "uvloop")
EXTRA_HINT = "pip install 'ftbt-desktop[server]'"
# As ftbt_server/cli.py says it: the command could not be carried out.
EXIT_NOT_INSTALLED = 1


def missing_modules(names: Sequence[str] = SERVER_MODULES) -> list[str]:
    """The server dependencies that cannot be imported here, in the order given."""
    return [name for name in names if importlib.util.find_spec(name) is None]


def main(argv: Sequence[str] | None = None) -> int:
    missing = missing_modules()
    if missing:
        sys.stderr.write(
            "ftbt-server: the central store needs the 'server' extra, which is not "
            f"installed (missing: {', '.join(missing)}). Install it with: {EXTRA_HINT}\n"
        )
        return EXIT_NOT_INSTALLED
    from ftbt_server.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
