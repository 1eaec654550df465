"""The bundle's entry script, for both executables (packaging/ftbt_desktop.spec).

The windowed `FTBTDesktop` and the console `ftbt-desktop` run the same
`ftbt_desktop.__main__.main`: no command starts the app, a command runs it.
The one exception is the pull helper (sync/pull_helper.py), which a large sync
starts as this same executable with `HELPER_ARG` as its only argument: it is
recognised before the app (and Qt) is imported, so the helper starts quickly
and never opens a window.
"""

import sys

from ftbt_desktop.sync.pull_helper import HELPER_ARG

if __name__ == "__main__":
    if sys.argv[1:] == [HELPER_ARG]:
        from ftbt_desktop.sync.pull_helper import helper_main

        sys.exit(helper_main())
    from ftbt_desktop.__main__ import main

    sys.exit(main())
