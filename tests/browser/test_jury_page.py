"""A juror's oral in Chromium, on the jury page served from a copy of the course (`make browser`).

The juror opens their personal link, finds their candidates, opens a sheet, starts the chronometer,
taps a level per criterion, writes a remark, picks a comment from the bank, saves; every step is a
screenshot in ``build/screenshots/<test>/``.  Asserted: what the juror tapped is what the gradebook
holds, the page asked nothing of any other machine, logged no console error, shows no English, and a
second juror's page does not show the first juror's sheet.
"""

from __future__ import annotations

import os
import re
import shutil

import pytest
from nbgrader.api import Gradebook

from cmcert_lib.authoring.soutenance import load_oral_rubric
from cmcert_lib.demo.jury import JURORS, sessions_toml
from cmcert_lib.layout import BIN
from cmcert_lib.marking import jury
from cmcert_lib.marking.jury_page import JuryApp, start
from tests.browser import harness
from tests.conftest import copy_course

expect = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed").expect

BLOC = "bloc1"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
# What the juror taps, criterion by criterion (by the level's label on the button).
TAPS = ("Acquis", "Maîtrisé", "Acquis", "En cours d'acquisition")


@pytest.fixture(scope="module")
def jury_server(tmp_path_factory):
    reason = harness.unavailable()
    if reason:
        pytest.skip(reason)
    os.environ["PATH"] = f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"  # nbgrader runs alembic
    course = copy_course(tmp_path_factory.mktemp("jury") / "cours")
    with Gradebook(course.gradebook_url) as gb:
        gb.add_student("demo_complet", first_name="Camille", last_name="Durand")
        gb.add_student("demo_partiel", first_name="Yanis", last_name="Benali")
    course.jury_root.mkdir()
    course.jury_sessions_file.write_text(sessions_toml(BLOC, ["demo_complet", "demo_partiel"]), encoding="utf-8")
    deck = course.oral_deck("demo_complet", BLOC)
    deck.parent.mkdir(parents=True)
    deck.write_bytes(PDF)
    tokens = {ident: jury.issue_token(course.gradebook_url, ident) for ident, _name in JURORS}
    server, thread = start(JuryApp(course), "127.0.0.1", 0)
    try:
        yield course, f"http://127.0.0.1:{server.server_address[1]}", tokens
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
        shutil.rmtree(course.root, ignore_errors=True)


def test_a_juror_fills_a_sheet_on_the_jury_page(jury_server, browser):
    course, url, tokens = jury_server
    rubric = load_oral_rubric(course.root, BLOC)
    page = browser.page()
    page.goto(f"{url}/connexion/{tokens['c.morel']}")
    page.wait_for_selector("h1:has-text('Bonjour Claire Morel')")
    assert "/connexion/" not in page.url  # the link leaves the address bar at once
    browser.shot(page, "candidats_de_la_session")

    page.get_by_role("link", name="Camille Durand (demo_complet)").click()
    page.wait_for_selector("form.fiche")
    page.get_by_role("button", name="Démarrer le chronomètre").click()
    # The page allows no eval (its CSP): the harness waits through Playwright's own assertions.
    expect(page.locator("#chrono .duree")).not_to_have_text("00:00", timeout=5000)
    assert page.locator("#chrono .phase").inner_text() == "présentation"
    assert page.get_by_role("link", name="Télécharger le support de présentation (PDF, 1 Ko)").count() == 1
    browser.shot(page, "fiche_vierge", full_page=True)

    for crit, label in zip(rubric.criteria, TAPS, strict=True):
        fieldset = page.locator("fieldset.critere", has_text=crit.title)
        title = page.locator("span.titre", has_text=re.compile(f"^{re.escape(label)} ·"))
        fieldset.locator("label.niveau").filter(has=title).click()
    first = page.locator("fieldset.critere", has_text=rubric.criteria[0].title)
    first.get_by_label("Remarque").fill("Parti pris clair, démontré à partir des personas.")
    page.locator("label.banque", has_text=rubric.comments[0]).click()
    browser.shot(page, "niveaux_choisis", full_page=True)
    page.get_by_role("button", name="Enregistrer la fiche").click()
    page.wait_for_selector("p.message.ok")
    assert "Fiche enregistrée (version 1, fiche complète)" in page.locator("p.message.ok").inner_text()
    browser.shot(page, "fiche_enregistree", full_page=True)

    saved = jury.load_sheet(course.gradebook_url, BLOC, "demo_complet", "c.morel")
    expected = {"Acquis": "acquis", "Maîtrisé": "maitrise", "En cours d'acquisition": "en_cours"}
    assert saved.levels == {c.id: expected[label] for c, label in zip(rubric.criteria, TAPS, strict=True)}
    assert saved.remarks == {rubric.criteria[0].id: "Parti pris clair, démontré à partir des personas."}
    assert saved.comment == rubric.comments[0]
    # The chosen level is shown as chosen after the reload, in its colour.
    assert first.locator("label.niveau.n2 input").is_checked()

    words = harness.english_words(page.inner_text("body"))
    browser.english["fiche du juré"] = words
    page.goto(f"{url}/")
    assert "fiche complète" in page.inner_text("body")

    other = browser.context.new_page()
    other.context.clear_cookies()
    other.goto(f"{url}/connexion/{tokens['t.legall']}")
    other.get_by_role("link", name="Camille Durand (demo_complet)").click()
    other.wait_for_selector("form.fiche")
    assert "démontré à partir des personas" not in other.inner_text("body")
    assert other.locator("label.niveau.aucun input:checked").count() == len(rubric.criteria)
    browser.shot(other, "fiche_du_second_jure")

    browser.save_findings()
    assert words == []
    assert not browser.foreign_requests(), browser.foreign_requests()
    assert not browser.console, browser.console
