"""A crafted import file naming a device or author with a lone UTF-16 surrogate
("\\ud800", legal JSON, not text) is refused like any malformed change: before, it
passed every check and the vault's insert raised UnicodeEncodeError (exit 70,
"unexpected error"). The server refuses the same change (push.py, `storable`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clitools import make_demo_vault, run_cli, snapshot, use_language

from ftbt_desktop.core.changes import Change, ChangeFormatError


@pytest.mark.parametrize("name", ["device_id", "user_id"])
def test_a_file_with_a_lone_surrogate_is_refused_and_nothing_changes(
    tmp_path: Path, name: str
) -> None:
    source, target = tmp_path / "source", tmp_path / "target"
    make_demo_vault(source)
    make_demo_vault(target)
    doc = json.loads(run_cli("export", "--data-dir", source, "-o", "-").stdout)
    change = doc["families"][0]["changes"][0]
    change[name] += "\ud800"
    bad = tmp_path / "surrogat.json"
    # ensure_ascii writes the surrogate as the JSON escape \ud800, as a crafted file would.
    bad.write_text(json.dumps(doc), encoding="utf-8")
    use_language(target, "en")
    before = snapshot(target)
    result = run_cli("import", "--data-dir", target, bad)
    assert result.returncode == 4, result.stderr
    assert "Unexpected error" not in result.stderr
    assert snapshot(target) == before


def test_change_from_dict_refuses_lone_surrogates() -> None:
    good = {
        "change_id": "7b0f8a34-1f57-4a0e-9d0b-0c1d2e3f4a5b",
        "entity_type": "member",
        "entity_id": "m1",
        "family_id": "f1",
        "field": "name",
        "value": "Mor",
        "hlc": "000000000000001-00000",
        "device_id": "d",
        "user_id": "u",
    }
    assert Change.from_dict(good).value == "Mor"
    for name in ("entity_id", "family_id", "field", "device_id", "user_id", "value"):
        with pytest.raises(ChangeFormatError):
            Change.from_dict({**good, name: "x\udfff"})
    with pytest.raises(ChangeFormatError):
        Change.from_dict({**good, "value": {"text": ["\ud800"]}})
