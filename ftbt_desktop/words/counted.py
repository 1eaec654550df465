"""Counted words with Qt's %n plural forms, in a translation context of one's choice.

`QCoreApplication.translate(context, "%n change(s)", None, n)` picks the right plural
at run time, but pyside6-lupdate does not read it as a plural ("numerus") message:
the catalogue would get one form, and a later `make translations` would throw the
forms away. lupdate does read `obj.tr("%n change(s)", None, n)`, taking the name of
`obj` as the context. So a words module makes an object named as its context,

    SyncWords = context("SyncWords")
    SyncWords.tr("%n change(s) waiting to sync", None, count)

and `tr` translates in that same context at run time (the object's class is named
so). One quirk of lupdate's Python parser: a `return X.tr(…)` right after a
`return QCoreApplication.translate(…)` is filed under "QCoreApplication.X"; assign
the text first there (tests/test_translations.py fails on such a context). The English source says "change(s)"; `ftbt_en.ts` holds the English singular
and plural, `ftbt_da.ts` the Danish ones. See CONTRIBUTING.md, "Counted words".
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def context(name: str) -> QObject:
    """An object whose `tr` translates in context `name`; bind it to a variable of that name."""
    kind = type(name, (QObject,), {"__doc__": f"The translation context {name}."})
    return kind()
