"""The bundle's entry script, for both executables (packaging/ftbt_desktop.spec).

The windowed `FTBTDesktop` and the console `ftbt-desktop` run the same
`ftbt_desktop.__main__.main`: no command starts the app, a command runs it.
"""

import sys

from ftbt_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
