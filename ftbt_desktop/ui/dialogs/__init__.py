"""The window's other dialogs: settings, the outcome report, saving a file."""
