"""One plain function per user action, the only way the windows write the vault.

Each takes the `Repository` and typed arguments (an entity type by name only in
`records.py`, for the one form that serves many types), writes one transaction and
returns the `ChangeSet` the repository returns.
No Qt here: `VaultService.run` (ui/service.py) runs an operation, tags the change
set with the widget that asked and announces it; commands and tests call the
functions directly.
"""
