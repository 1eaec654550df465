"""The `ftbt-desktop` sub-commands (docs/command-line.md)."""
