"""The vault's own pages and dialogs: create, unlock, recover, new passphrase, damaged, backups, re-key."""
