"""Qt widgets. Talks to the vault only through `service.VaultService`; never runs SQL."""
