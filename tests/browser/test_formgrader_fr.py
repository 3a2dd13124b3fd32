"""formgrader's own pages in French, in Chromium, on a copy of the graded demo course (`make browser`).

The trainer opens the assignments, one assignment's submissions, the « Correction manuelle » views and the
grading page of a submission, and gives a rubric-free answer all its points by clicking; each page's
visible text, tooltips included, holds no telltale English word (tests/browser/harness.py ENGLISH), and each
step leaves its screenshot in ``build/screenshots/test_formgrader_pages_in_french/``.  What stays English:
the brand « nbgrader », the configuration panel's option names (traitlets' own), column sort arrows.
"""

from __future__ import annotations

import pytest

from tests.browser import harness
from tests.browser.conftest import CANDIDATE_NOTEBOOK

pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")

TIMEOUT = 120_000  # ms
NOTEBOOK = CANDIDATE_NOTEBOOK.removesuffix(".ipynb")


def _seen(page, browser, name: str) -> list[str]:
    """The page's telltale English, recorded under ``name``: its visible text and its tooltips."""
    titles = page.evaluate("() => [...document.querySelectorAll('[title], [data-original-title]')]"
                           ".map(node => node.getAttribute('title') || node.dataset.originalTitle).join(' ')")
    words = harness.english_words(page.inner_text("body") + "\n" + titles)
    browser.english[name] = words
    return words


def test_formgrader_pages_in_french(lab, browser):
    page = browser.page()

    page.goto(lab.link("formgrader/manage_assignments"))
    page.get_by_role("link", name="bloc1", exact=True).first.wait_for(timeout=TIMEOUT)
    page.get_by_text("Mode d'emploi (cliquer pour déplier)").click()
    page.get_by_text("Pour créer un devoir").wait_for(timeout=10_000)
    browser.shot(page, "devoirs")
    assert page.locator("h1").nth(1).inner_text().strip() == "Devoirs"
    assert "Date limite" in page.inner_text("thead") and "Publier les retours" in page.inner_text("thead")
    assert page.get_by_text("Rechercher :").count() == 1  # DataTables' own word
    assert _seen(page, browser, "devoirs") == []

    page.goto(lab.link("formgrader/manage_submissions/bloc1"))
    page.get_by_text("demo_partiel").first.wait_for(timeout=TIMEOUT)
    browser.shot(page, "copies_rendues_du_bloc1")
    assert "Rendu le" in page.inner_text("thead")
    assert _seen(page, browser, "copies rendues") == []

    page.get_by_role("link", name="Correction manuelle").first.click()
    page.get_by_role("link", name="bloc1", exact=True).first.wait_for(timeout=TIMEOUT)
    browser.shot(page, "correction_manuelle")
    assert _seen(page, browser, "correction manuelle") == []
    page.get_by_role("link", name="bloc1", exact=True).first.click()
    page.get_by_role("link", name=NOTEBOOK).first.wait_for(timeout=TIMEOUT)
    page.get_by_role("link", name=NOTEBOOK).first.click()
    page.get_by_text("Copie n° 1").first.wait_for(timeout=TIMEOUT)
    page.locator("#toggle_names").click()
    page.get_by_role("button", name="Masquer tous les noms").wait_for(timeout=10_000)
    browser.shot(page, "copies_d_un_notebook")
    assert _seen(page, browser, "copies d'un notebook") == []
    page.locator("#toggle_names").click()
    page.get_by_role("button", name="Afficher tous les noms").wait_for(timeout=10_000)

    # The partly-right candidate's copy, by name: its written answers are there (a blank answer's comment box
    # shows grading's « Aucune réponse. » instead of the prompt), and which copy is n° 1 depends on the order
    # in which grading recorded the candidates.
    page.locator("#toggle_names").click()
    page.get_by_role("button", name="Masquer tous les noms").wait_for(timeout=10_000)
    page.get_by_role("link", name="Benali, Yanis").first.click()
    page.wait_for_selector(".nbgrader_cell", timeout=TIMEOUT)
    page.wait_for_load_state("networkidle")
    browser.shot(page, "page_de_correction")
    assert page.get_by_text("Réponse du candidat").count() > 0
    assert _seen(page, browser, "page de correction") == []
    answer = page.locator(".nbgrader_cell").filter(has=page.locator("textarea.comment")) \
        .filter(has=page.locator(".full-credit")).first  # a written answer, graded by hand
    answer.evaluate("node => node.scrollIntoView({block: 'center'})")
    answer.locator(".full-credit").click()
    points = answer.locator("input.score")
    page.wait_for_function("node => node.value !== ''", arg=points.element_handle(), timeout=30_000)
    browser.shot(page, "tous_les_points_clique")
    assert float(points.input_value()) > 0
    comment = answer.locator("textarea.comment")
    assert comment.get_attribute("placeholder") == "Votre commentaire au candidat (Markdown et MathJax acceptés)"

    # nbgrader's pages' console errors are its own (as in test_day.py): listed in constats.json, not failed on.
    browser.notes["erreurs console (formgrader)"] = [entry.text for entry in browser.console]
    browser.save_findings()
    assert not browser.foreign_requests(), browser.foreign_requests()
