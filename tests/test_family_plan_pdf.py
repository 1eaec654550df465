"""The family plan PDF over a real vault: both versions render, the family's holds
nothing internal, every page has the confidential footer and its number, long
plans flow over pages, and the Danish version speaks Danish."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pdf_text import page_count
from plan_helpers import create, install_danish, make_family
from plan_pdf_helpers import page_sizes, page_texts, plain_text
from PySide6.QtCore import QLocale, QSizeF
from PySide6.QtWidgets import QApplication

from ftbt_desktop.core.family_map import Visibility
from ftbt_desktop.export.family_plan import ExportCancelled, write_family_plan
from ftbt_desktop.export.plan_content import PlanAudience, gather_plan
from ftbt_desktop.export.plan_map import plan_map_content
from ftbt_desktop.operations.records import edit_record
from ftbt_desktop.storage.repository import Repository
from ftbt_desktop.storage.vault import Vault
from ftbt_desktop.ui.family_map.map_model import FamilyMapModel, node_id_for
from ftbt_desktop.ui.service import VaultService
from ftbt_desktop.words.translations import install_translators

TODAY = dt.date.today()
# Words that must never reach the family's version (no spaces: the text reader drops them).
INTERNAL_WORDS = {
    "node": "Bekymringsnote7731",
    "visit": "Referatord5521",
    "comment": "Kommentarord9034",
    "family_notes": "Familienote6613",
    "goal": "Skjultmål4412",
    "actor": "Skjultaktør8850",
}


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


@pytest.fixture
def service(data_dir: Path, vault: Vault) -> VaultService:
    service = VaultService(data_dir)
    service.attach(vault)
    return service


@pytest.fixture
def family(service: VaultService) -> tuple[str, dict[str, str]]:
    """A family with a plan, measures, consents, internal notes and a review."""
    fid, people = make_family(service)
    service.update_family(fid, notes=INTERNAL_WORDS["family_notes"], coordinator="Louise")
    ids = dict(people)
    ids["jobcenter"] = create(service, "actor", fid, name="Jobcenter Nord", kind="jobcenter")
    ids["hidden_actor"] = create(service, "actor", fid, name=INTERNAL_WORDS["actor"])
    ids["goal"] = create(
        service, "goal", fid, text="Faste morgener", member_ids=[ids["Mette"]], target_date=day(60)
    )
    ids["hidden_goal"] = create(service, "goal", fid, text=INTERNAL_WORDS["goal"])
    create(service, "step", fid, goal_id=ids["goal"], what="Møde på jobcentret",
           owner_kind="actor", owner_id=ids["jobcenter"], due=day(7))  # fmt: skip
    create(service, "step", fid, goal_id=ids["goal"], what="Mette vækker børnene",
           owner_kind="member", owner_id=ids["Mette"], done=True)  # fmt: skip
    create(service, "step", fid, goal_id=ids["goal"], what="Ring til skolen",
           owner_kind="actor", owner_id=ids["hidden_actor"])  # fmt: skip
    create(service, "progress_rating", fid, goal_id=ids["goal"], date=day(-30), value=3)
    create(service, "progress_rating", fid, goal_id=ids["goal"], date=day(-2), value=6)
    create(service, "who5_measure", fid, member_id=ids["Mette"], date=day(-5), answers=[3] * 5)
    create(service, "employment_record", fid, member_id=ids["Mette"], date=day(-40),
           status="kontanthjaelp")  # fmt: skip
    create(service, "consent", fid, member_id=ids["Mette"], actor_id=ids["jobcenter"],
           info_kinds=["economy"], purpose="Samarbejde om job", given=day(-10),
           valid_until=day(300))  # fmt: skip
    create(service, "visit", fid, date=day(-3), kind="home", summary=INTERNAL_WORDS["visit"])
    create(service, "review_comment", fid, text=INTERNAL_WORDS["comment"], author="sofie",
           date=day(-1))  # fmt: skip
    create(service, "plan_review", fid, reviewed_on=day(-1), reviewer="sofie")
    # The map: every member, goal and actor placed; an internal challenge; the hidden
    # goal and actor marked internal on the map.
    model = FamilyMapModel(service, fid)
    model.close()
    create(service, "map_node", fid, kind="challenge", label=INTERNAL_WORDS["node"], x=50.0,
           y=300.0, visibility="internal")  # fmt: skip
    for ref in (ids["hidden_goal"], ids["hidden_actor"]):
        service.run(edit_record, node_id_for(ref), {"visibility": Visibility.INTERNAL.value})
    return fid, ids


def export(service: VaultService, fid: str, audience: PlanAudience, path: Path) -> int:
    content = gather_plan(service, fid, audience)
    return write_family_plan(content, service.on_vault(plan_map_content, fid), path)


@pytest.mark.usefixtures("qapp")
def test_both_versions_render_with_the_footer_and_page_number_on_every_page(
    service: VaultService, family: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    fid, _ = family
    for audience in PlanAudience:
        path = tmp_path / f"{audience.value}.pdf"
        pages = export(service, fid, audience, path)
        assert pages >= 3  # cover, map, goals …
        assert page_count(path.read_bytes()) == pages
        assert path.stat().st_mode & 0o077 == 0  # owner-only, like every export
        texts = page_texts(path)
        assert len(texts) == pages
        for number, text in enumerate(texts, start=1):
            assert "Confidential—containspersonaldata" in text
            assert f"Page{number}of{pages}" in text
        if shutil.which("pdftoppm"):
            subprocess.run(
                ["pdftoppm", "-r", "30", "-png", str(path), str(tmp_path / audience.value)],
                check=True,
            )
            assert len(list(tmp_path.glob(f"{audience.value}-*.png"))) == pages


@pytest.mark.usefixtures("qapp")
def test_the_family_version_has_nothing_internal_and_the_supervisors_has_it_all(
    service: VaultService, family: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    fid, _ = family
    export(service, fid, PlanAudience.FAMILY, tmp_path / "family.pdf")
    export(service, fid, PlanAudience.SUPERVISOR, tmp_path / "supervisor.pdf")
    family_text = plain_text(tmp_path / "family.pdf")
    supervisor_text = plain_text(tmp_path / "supervisor.pdf")
    for what, word in INTERNAL_WORDS.items():
        assert word not in family_text, what
        assert word in supervisor_text, what
    # The internal node is drawn on the supervisor's map, as text (vector), and written
    # out under the internal notes, where it is large enough to read.
    assert supervisor_text.count(INTERNAL_WORDS["node"]) >= 2
    assert f"Onthemap(internal):{INTERNAL_WORDS['node']}" in supervisor_text
    # What the family shares is in both: members, goal, steps, actor, consent.
    for text in (family_text, supervisor_text):
        for word in ("FamilienHolm", "Mette", "Fastemorgener", "MødepåjobcentretJobcenterNord"):
            assert word in text
        assert "Samarbejdeomjob" in text
        assert "Reviewedon" not in family_text


@pytest.mark.usefixtures("qapp")
def test_goals_steps_ratings_and_measures_in_words(
    service: VaultService, family: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    fid, _ = family
    content = gather_plan(service, fid, PlanAudience.FAMILY)
    [goal] = content.goals  # the internal goal is left out of the family's version
    assert goal.latest_rating is not None and goal.latest_rating.value == 6
    assert [s.what for s in goal.steps] == [
        "Møde på jobcentret",
        "Ring til skolen",
        "Mette vækker børnene",
    ]
    write_family_plan(content, service.on_vault(plan_map_content, fid), tmp_path / "plan.pdf")
    text = plain_text(tmp_path / "plan.pdf")
    assert "Wherewearenow:6onascalefrom0to10" in text
    # WHO-5 answers of 3 give 60: not at risk, in words; the status in words.
    assert "notatrisk(60outof100points" in text
    assert "oncashbenefit(kontanthjælp)" in text
    # A step owned by an internal actor names no one.
    assert "Ringtilskolensomeoneelse" in text  # not "another actor": a system word


@pytest.mark.usefixtures("qapp")
def test_a_long_plan_flows_over_pages_without_losing_text(
    service: VaultService, tmp_path: Path
) -> None:
    fid, ids = make_family(service)
    goal = create(service, "goal", fid, text="Et langt mål", member_ids=[ids["Freja"]])
    long_words = " ".join(["meget lang beskrivelse af hvad der skal ske"] * 6)
    for n in range(60):
        create(service, "step", fid, goal_id=goal, what=f"Trin{n:03d}x {long_words}",
               owner_kind="coordinator", due=day(n))  # fmt: skip
    pages = export(service, fid, PlanAudience.FAMILY, tmp_path / "long.pdf")
    assert pages > 6
    texts = page_texts(tmp_path / "long.pdf")
    whole = "".join(texts)
    for n in range(60):
        assert f"Trin{n:03d}x" in whole
    for number, text in enumerate(texts, start=1):
        assert f"Page{number}of{pages}" in text
    # The table's header row once, not again at the top of every page it runs on to.
    assert whole.count("WhatWhoBywhenDone") == 1
    # Each page holds its own text only (a viewer's search finds a word where it shows).
    assert [n for n, text in enumerate(texts) if "Trin000x" in text] == [2]


@pytest.mark.usefixtures("qapp")
def test_cancel_between_pages_removes_the_file(
    service: VaultService, family: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    fid, _ = family
    path = tmp_path / "stopped.pdf"
    with pytest.raises(ExportCancelled):
        write_family_plan(
            gather_plan(service, fid, PlanAudience.FAMILY),
            service.on_vault(plan_map_content, fid),
            path,
            cancelled=lambda: True,
        )
    assert not path.exists()


def test_danish_version_speaks_danish_with_danish_dates(
    qapp: QApplication, service: VaultService, family: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    fid, _ = family
    install_danish(qapp, tmp_path)
    try:
        pages = export(service, fid, PlanAudience.FAMILY, tmp_path / "da.pdf")
        texts = page_texts(tmp_path / "da.pdf")
        for number, text in enumerate(texts, start=1):
            assert "Fortroligt—indeholderpersonoplysninger" in text
            assert f"Side{number}af{pages}" in text
        whole = "".join(texts)
        due = TODAY + dt.timedelta(days=7)
        assert due.strftime("%d.%m.%Y") in whole  # the step's date, Danish style
        assert "Familiensplan" in whole
        # Measures in Danish words too (band, status), not only the headings.
        assert "ikkeirisiko(60udaf100point" in whole
        assert "påkontanthjælp" in whole
        assert "Confidential" not in whole
    finally:
        install_translators(qapp, "en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


@pytest.mark.usefixtures("qapp")
def test_a_wide_map_gets_a_landscape_page_of_its_own(
    service: VaultService, family: tuple[str, dict[str, str]], tmp_path: Path
) -> None:
    fid, ids = family
    # Spread the map out sideways: far wider than tall.
    service.run(edit_record, node_id_for(ids["jobcenter"]), {"x": 2400.0, "y": 0.0})
    for audience in PlanAudience:
        path = tmp_path / f"{audience.value}.pdf"
        pages = export(service, fid, audience, path)
        sizes = page_sizes(path)
        assert len(sizes) == pages
        assert sizes[1] == (842, 595)  # the map's page: A4 landscape
        assert all(size == (595, 842) for n, size in enumerate(sizes) if n != 1)
        map_page = page_texts(path)[1]
        assert "JobcenterNord" in map_page and f"Page2of{pages}" in map_page


@pytest.mark.usefixtures("qapp")
def test_a_map_never_opened_still_shows_members_goals_and_actors_without_writing(
    service: VaultService, tmp_path: Path
) -> None:
    fid, _ = make_family(service)
    create(service, "goal", fid, text="Skolestart")
    create(service, "actor", fid, name="Klubben")
    before = service.on_vault(Repository.change_count)
    pages = export(service, fid, PlanAudience.FAMILY, tmp_path / "plan.pdf")
    map_page = page_texts(tmp_path / "plan.pdf")[1]
    assert pages >= 3
    for word in ("Mette", "Jonas", "Freja", "Oscar", "Skolestart", "Klubben"):
        assert word in map_page
    assert service.on_vault(Repository.change_count) == before  # placed in the copy only


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed")
def test_large_type_keeps_words_and_signature_lines_whole(
    qapp: QApplication, service: VaultService, tmp_path: Path
) -> None:
    """The family's version in large type, Danish: long words, dates and names stay whole
    in the tables (columns wide enough), consents read as paragraphs, and the signature
    lines are drawn rules, not rows of "_" that wrap."""
    fid, ids = make_family(service)
    school = create(service, "actor", fid, name="Snekkersten Skole", kind="school")
    jobcenter = create(service, "actor", fid, name="Jobcenter Helsingør", kind="jobcenter")
    goal = create(service, "goal", fid, text="Tilbage på arbejde", member_ids=[ids["Mette"]])
    create(service, "step", fid, goal_id=goal, what="Samtale på jobcentret om delvis raskmelding",
           owner_kind="actor", owner_id=jobcenter, due=day(3))  # fmt: skip
    create(service, "step", fid, goal_id=goal, what="Følge op på sygedagpengesagen",
           owner_kind="coordinator", due=day(9))  # fmt: skip
    create(service, "step", fid, goal_id=goal, what="Aftale en fast afleveringsrutine",
           owner_kind="actor", owner_id=school, due=day(20))  # fmt: skip
    create(service, "consent", fid, member_id=ids["Freja"], actor_id=school,
           info_kinds=["family_circumstances", "school_daycare"],
           purpose="At følge Frejas fremmøde og trivsel i skolen", given=day(-10),
           valid_until=day(300))  # fmt: skip
    install_danish(qapp, tmp_path)
    try:
        export(service, fid, PlanAudience.FAMILY, tmp_path / "plan.pdf")
    finally:
        install_translators(qapp, "en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    out = subprocess.run(
        ["pdftotext", str(tmp_path / "plan.pdf"), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    out = unicodedata.normalize("NFKC", out)  # the font's "ﬂ" back to "fl"
    words = set(out.split())
    due = (TODAY + dt.timedelta(days=9)).strftime("%d.%m.%Y")
    for word in ("sygedagpengesagen", "koordinatoren", "afleveringsrutine", due, "Snekkersten"):
        assert word in words, word
    assert "Formål: At følge Frejas fremmøde og trivsel i skolen" in " ".join(out.split())
    assert "_" not in out
    assert "Familien: dato og underskrift" in " ".join(out.split())


@pytest.mark.usefixtures("qapp")
def test_no_heading_is_left_at_a_pages_foot(
    service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Goals are added one by one until, laid out plainly, a goal's heading would stand
    at the foot of a page (or be cut by it); the plan's layout moves it to the next page."""
    from PySide6.QtGui import QPdfWriter

    from ftbt_desktop.export import family_plan as fp
    from ftbt_desktop.export.plan_html import plan_html

    fid, ids = make_family(service)
    writer = QPdfWriter(str(tmp_path / "layout.pdf"))
    writer.setResolution(fp.RESOLUTION)
    size = fp._body(QSizeF(210 * fp.DOTS_PER_MM, 297 * fp.DOTS_PER_MM)).size()

    def laid_out(most: int) -> object:
        content = gather_plan(service, fid, PlanAudience.FAMILY)
        _, after = plan_html(content, lambda css: round(css * fp.RESOLUTION / 96))
        with monkeypatch.context() as patch:
            patch.setattr(fp, "MAX_LAYOUTS", most)
            return fp._document(after, writer, PlanAudience.FAMILY, size)

    for n in range(40):
        goal = create(service, "goal", fid, text=f"Mål nummer {n} for hele familien",
                      member_ids=[ids["Mette"]])  # fmt: skip
        create(service, "step", fid, goal_id=goal, what=f"Skridt {n}", owner_kind="coordinator")
        if fp._stranded_heading(laid_out(1), size.height()) is not None:
            break
    else:
        pytest.fail("no layout left a heading at a page's foot")
    assert fp._stranded_heading(laid_out(fp.MAX_LAYOUTS), size.height()) is None
