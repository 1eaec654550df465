"""The `ftbt-desktop` sub-commands: one module per command, and what they share.

- `dispatch.py` builds the sub-command parsers and runs a command; it imports
  the command modules, and no command module imports it.
- One module per command, each with its parser (`add_parser`) and its `cmd_*`:
  `demo.py`, `check.py`, `export.py` (JSON), `plan.py` (the family plan PDF,
  `export --format pdf`), `import_.py`, `report.py`, `sync.py` (`login` and
  `sync`), `rekey.py`.
- The shared pieces: `exit_codes.py` (every documented exit code),
  `errors.py` (the failure a command raises, and each failure's one sentence),
  `prompts.py` (passphrases and the server password), `vault_access.py` (the
  folder lock, opening the vault), `output.py` (the terminal and written files).
- `messages.py`: every sentence the commands say, in the "cli" translation context.

Nothing is imported here, so that a module of the package costs only itself.
"""
