"""The encrypted vault: SQLCipher database, key header, change log, backups. No Qt."""
