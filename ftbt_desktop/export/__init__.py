"""Exports out of the vault: the JSON export (no Qt) and, later, PDFs and reports."""
