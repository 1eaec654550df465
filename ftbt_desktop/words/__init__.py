"""The shared presentation words: labels, dates, counts and messages, translated.

Used by the windows (ui/), the exports (export/) and the command line alike, so
they need Qt's translation only (QtCore); never a widget (tests/test_architecture.py).
"""
