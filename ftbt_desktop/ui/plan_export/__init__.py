"""The family plan PDF in the app (dialog, worker) and the supervisor's review."""
