"""`ftbt-server` / `python -m ftbt_server`."""

from __future__ import annotations

import sys

from ftbt_server.launch import main

if __name__ == "__main__":
    sys.exit(main())
