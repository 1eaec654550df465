"""Sync in the window: the controller and its worker, status, sign-in, messages, conflicts, refused and held families."""
