"""A candidate's and a trainer's day in Chromium, on a copy of the graded demo course (`make browser`).

Each step saves a screenshot, ``build/screenshots/<test>/<NN>_<step>.png``; the timings go to
``build/screenshots/timings.json`` and what English was seen where to ``<test>/anglais_vu.json``.  Every test
asserts that no request left the machine, that the project's pages log no console error, and that the
text the project controls (the notebook's cells and outputs, the feedback, the reports, the rubric tool,
formgrader's pages, which the course translates: cmcert_lib/marking/formgrader) holds no telltale English
word.  nbgrader's JupyterLab interface (« Validate ») is English and is only listed.  The trainer's day runs
in a real Chromium window on an Xvfb screen when Xvfb is installed (``headed``), headless otherwise.
"""

from __future__ import annotations

import contextlib
import json
import time

import nbformat
import pytest

from cmcert_lib.authoring import cells
from cmcert_lib.demo import solution_source
from tests.browser import harness
from tests.browser.conftest import CANDIDATE_FOLDER, CANDIDATE_NOTEBOOK

PlaywrightTimeout = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed").TimeoutError

PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"
OPEN_TIMEOUT = 120_000  # ms: a kernel starts in a few seconds, more on a loaded machine
RUN_TIMEOUT = 300_000
WRONG_FREQUENCY = 'publications_par_semaine = {"Maison Ondine": 2.5, "Marque inventée": "beaucoup"}\n'

# What the project writes, read from the page: the notebook's markdown and the cells' outputs.
NOTEBOOK_TEXT = f"""() => [...document.querySelectorAll(
    '{PANEL} .jp-MarkdownCell .jp-RenderedMarkdown, {PANEL} .jp-OutputArea-output')]
    .map(node => node.textContent).join('\\n')"""
DONE = f"""() => {{
    const status = document.querySelector('{PANEL} .jp-NotebookPanel-toolbar [data-status]');
    const prompts = [...document.querySelectorAll('{PANEL} .jp-InputPrompt')].map(p => p.textContent);
    return status && status.dataset.status === 'idle' && !prompts.some(text => text.includes('*'));
}}"""


# --- JupyterLab, as a user works it ---------------------------------------------------------------------


def open_notebook(page, lab, path: str, workspace: str, browser=None) -> tuple[float, float]:
    """Open a notebook by its address, in the user's own workspace (a trainer and a candidate never share
    one); (seconds to its first heading, seconds to an idle kernel).  If JupyterLab asks which kernel to
    start, the user picks the one offered (and the harness notes that it asked)."""
    started = time.monotonic()
    page.goto(lab.link(f"lab/workspaces/{workspace}/tree/{path}"))
    page.wait_for_selector(f"{PANEL} .jp-MarkdownCell h1", state="visible", timeout=OPEN_TIMEOUT)
    shown = time.monotonic() - started
    picker = page.locator(".jp-Dialog", has_text="Sélectionnez le noyau")
    try:
        picker.wait_for(timeout=2000)
    except PlaywrightTimeout:
        pass
    else:
        if browser is not None:
            browser.notes.setdefault("sélecteur de noyau affiché à l'ouverture", []).append(path)
        picker.locator(".jp-mod-accept").click()
    page.wait_for_selector(f"{PANEL} .jp-NotebookPanel-toolbar [data-status='idle']", timeout=OPEN_TIMEOUT)
    return shown, time.monotonic() - started


def decline_news(page) -> None:
    """JupyterLab asks once whether to fetch Jupyter's news: the user answers « Non »."""
    button = page.locator(".Toastify__toast").get_by_role("button", name="Non")
    if button.count():
        button.first.click()


def menu(page, title: str, command: str) -> None:
    page.locator(".lm-MenuBar-item", has_text=title).first.click()
    page.locator(f"li.lm-Menu-item[data-command='{command}']").click()


def wait_until_run(page, timeout: int = RUN_TIMEOUT) -> None:
    page.wait_for_timeout(300)
    page.wait_for_function(DONE, timeout=timeout, polling=250)


def run_all(page) -> float:
    """« Exécution › Exécuter toutes les cellules »; the seconds until the last cell has run."""
    started = time.monotonic()
    menu(page, "Exécution", "runmenu:run-all")
    wait_until_run(page)
    return time.monotonic() - started


def code_cells(page):
    return page.locator(f"{PANEL} .jp-Notebook .jp-CodeCell")


def cell_with(page, text: str, nth: int = 0):
    return code_cells(page).filter(has_text=text).nth(nth)


def show(page, locator) -> None:
    """Scroll ``locator`` to the middle of the notebook and let the cells around it paint."""
    locator.evaluate("node => node.scrollIntoView({block: 'center'})")
    page.wait_for_timeout(600)


def write_and_run(page, cell, code: str) -> None:
    """Type ``code`` in place of the cell's content, run it, then the check cell below it."""
    show(page, cell)
    cell.locator(".cm-content").click()
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(code)
    page.keyboard.press("Shift+Enter")  # runs the answer, selects the check cell
    page.keyboard.press("Shift+Enter")  # runs the check
    wait_until_run(page)


def notebook_english(page) -> list[str]:
    return harness.english_words(page.evaluate(NOTEBOOK_TEXT))


def error_outputs(page) -> list[str]:
    """The text of the error outputs (and stderr) shown in the notebook."""
    return page.locator(f"{PANEL} .jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']") \
        .all_inner_texts()


def formgrader(url: str) -> bool:
    return "/formgrader/" in url


def _check_the_day(browser, project_page) -> None:
    """Saves what was found, then: no request left the machine, formgrader's pages included (the course's
    configuration empties nbconvert's MathJax address), no console error on the project's pages."""
    nbgrader = browser.foreign_requests(formgrader)
    browser.notes["requêtes hors de la machine (formgrader)"] = nbgrader
    browser.notes["erreurs console (formgrader)"] = [e.text for e in browser.errors_on(formgrader)]
    browser.save_findings()
    foreign = browser.foreign_requests(lambda page: True)
    assert not foreign, foreign
    errors = browser.errors_on(project_page)
    assert not errors, errors


# --- the candidate ----------------------------------------------------------------------------------------


def test_candidate_day(lab, browser, day_course):
    course, _ = day_course
    page = browser.page()
    english = browser.english
    notebook = f"{CANDIDATE_FOLDER}/{CANDIDATE_NOTEBOOK}"
    source = nbformat.read(course.source("bloc1") / CANDIDATE_NOTEBOOK, as_version=4)
    model = {cells.grade_id(c): solution_source(c) for c in source.cells if cells.is_answer(c)}

    shown, idle = open_notebook(page, lab, notebook, "candidat", browser)
    browser.shot(page, "notebook_ouvert")
    decline_news(page)

    seconds = run_all(page)
    text = page.evaluate(NOTEBOOK_TEXT)
    assert "✏️ Question « taux_engagement_instagram » : réponse à compléter" in text
    assert "⏭️ Cellule non exécutée" in text and "Traceback" not in text
    show(page, page.get_by_text("✏️ Question « taux_engagement_instagram »"))
    browser.shot(page, "tout_executer_reponses_a_completer")

    write_and_run(page, cell_with(page, "VOTRE CODE ICI"), model["engagement"])
    passed = cell_with(page, 'check("bloc1.engagement_instagram"')
    passed.locator(".jp-OutputArea", has_text="✅").wait_for(timeout=RUN_TIMEOUT)
    show(page, passed)
    browser.shot(page, "verification_reussie")

    write_and_run(page, cell_with(page, "VOTRE CODE ICI"), WRONG_FREQUENCY)
    failed = cell_with(page, 'check("bloc1.posts_per_week"')
    failed.locator(".jp-OutputArea", has_text="Vérification non réussie").wait_for(timeout=RUN_TIMEOUT)
    show(page, failed)
    browser.shot(page, "verification_en_echec")

    explorer = code_cells(page).filter(has=page.locator(".widget-dropdown")).first
    show(page, explorer.locator(".widget-dropdown").first)
    output = explorer.locator(".jp-OutputArea").first
    before = output.inner_text()
    explorer.locator(".widget-dropdown select").first.select_option(index=1)
    page.wait_for_function("([node, before]) => node.innerText !== before", arg=[output.element_handle(), before],
                           timeout=60_000)
    page.wait_for_timeout(600)
    browser.shot(page, "explorateur_change")
    english["notebook (cellules et sorties)"] = notebook_english(page)

    started = time.monotonic()
    page.locator(f"{PANEL} .validate-button").first.click()
    dialog = page.locator(".jp-Dialog")
    dialog.wait_for(timeout=RUN_TIMEOUT)
    validate_seconds = time.monotonic() - started
    browser.shot(page, "valider")
    report = dialog.inner_text()
    english["nbgrader : dialogue « Validate »"] = harness.english_words(report)
    english["nbgrader : barre d'outils et panneau"] = harness.english_words(
        page.locator(f"{PANEL} .jp-NotebookPanel-toolbar").inner_text() + "\n"
        + page.locator("#jp-right-stack, .jp-SideBar.jp-mod-right").first.inner_text())
    assert "réponse à compléter" in report and "Vérification non réussie" in report
    assert "✏️ Question « taux_engagement_instagram »" not in report  # answered: no longer listed
    dialog.locator(".jp-Dialog-footer button").last.click()

    harness.record_timings({"candidate_notebook_shown_s": shown, "candidate_kernel_idle_s": idle,
                            "candidate_run_all_s": seconds, "candidate_validate_s": validate_seconds})
    _check_the_day(browser, lambda url: "/lab/" in url)
    assert not english["notebook (cellules et sorties)"], english["notebook (cellules et sorties)"]


def _server_validates(lab, path: str) -> dict:
    """What « Validate » receives from the server for ``path`` (the button's request, token-authenticated)."""
    import urllib.parse
    import urllib.request

    request = urllib.request.Request(f"{lab.url}/assignments/validate", method="POST",
                                     data=urllib.parse.urlencode({"path": path}).encode(),
                                     headers={"Authorization": f"token {lab.token}"})
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.load(response)


def test_validate_is_served_by_cmcert_and_speaks_french(lab, day_course):
    """The server `make lab` starts answers « Validate » with cmcert's handler (the candidate's day above
    clicks it on a notebook): a broken file gets its French sentence, not nbgrader's English traceback."""
    import urllib.request

    import nbgrader

    from cmcert_lib.authoring import validate_extension

    course, _ = day_course
    broken = course.root / CANDIDATE_FOLDER / "illisible.ipynb"
    broken.write_text("{ pas du json", encoding="utf-8")
    assert _server_validates(lab, f"{CANDIDATE_FOLDER}/illisible.ipynb") == {
        "success": False, "value": validate_extension.UNREADABLE}
    # the version the button asks before validating is still served
    with urllib.request.urlopen(lab.link("nbgrader_version") + f"&version={nbgrader.__version__}",
                                timeout=30) as response:
        assert json.load(response) == {"success": True}


# --- the trainer ------------------------------------------------------------------------------------------


@pytest.mark.headed  # the rubric clicks in a real window when Xvfb is there
def test_trainer_day(lab, browser, day_course):
    """formgrader, the rubric tool, a candidate's feedback, the jury's reports; a step that fails is
    recorded (with its screenshot) and the day goes on, then the test fails naming every failed step."""
    course, _ = day_course
    page = browser.page()
    english = browser.english
    problems: list[str] = []
    timings: dict[str, float] = {}

    @contextlib.contextmanager
    def step(name: str):
        try:
            yield
        except Exception as exc:  # noqa: BLE001 - the day goes on; the test fails at its end
            problems.append(f"{name} : {type(exc).__name__}: {str(exc)[:1500]}")
            browser.shot(page, f"{name}_echec")

    with step("formgrader_devoirs"):
        started = time.monotonic()
        page.goto(lab.link("formgrader/manage_assignments"))
        page.get_by_text("bloc1", exact=True).first.wait_for(timeout=OPEN_TIMEOUT)
        timings["trainer_formgrader_first_screen_s"] = time.monotonic() - started
        browser.shot(page, "formgrader_devoirs")
        english["formgrader : devoirs"] = harness.english_words(page.inner_text("body"))

    with step("formgrader_copies_d_un_candidat"):
        page.goto(lab.link("formgrader/manage_students/demo_partiel/bloc1"))
        page.get_by_text("02_benchmark_ecoute").first.wait_for(timeout=OPEN_TIMEOUT)
        browser.shot(page, "formgrader_copies_d_un_candidat")
        english["formgrader : copies d'un candidat"] = harness.english_words(page.inner_text("body"))

    with step("formgrader_notebook_corrige"):
        page.get_by_role("link", name="02_benchmark_ecoute").first.click()
        page.wait_for_selector(".cell", timeout=OPEN_TIMEOUT)
        page.wait_for_load_state("networkidle")
        browser.shot(page, "formgrader_notebook_corrige")
        page.get_by_text("engagement_tests").first.evaluate("node => node.scrollIntoView({block: 'center'})")
        browser.shot(page, "formgrader_note_d_une_question")
        english["formgrader : notebook corrigé"] = harness.english_words(page.inner_text("body"))

    with step("outil_de_correction"):
        shown, idle = open_notebook(page, lab, "formateur/correction.ipynb", "formateur", browser)
        timings.update(trainer_tool_notebook_shown_s=shown, trainer_tool_kernel_idle_s=idle)
        decline_news(page)
        run_all(page)
        english["outil de correction (notebook formateur)"] = harness.english_words(page.evaluate(NOTEBOOK_TEXT))
        assert not error_outputs(page), error_outputs(page)
        tool = code_cells(page).first.locator(".jp-OutputArea").first
        tool.get_by_text("Correcteur").first.wait_for(timeout=RUN_TIMEOUT)
        page.wait_for_timeout(600)
        browser.shot(page, "outil_de_correction")
        level = tool.locator(".widget-toggle-buttons button").first
        level.click()
        page.wait_for_timeout(600)
        browser.shot(page, "outil_de_correction_niveau_choisi")
        english["outil de correction (notebook formateur)"] = harness.english_words(page.evaluate(NOTEBOOK_TEXT))

    project_pages = []
    for name, path in (("retour_html_d_un_candidat", course.feedback("demo_partiel", "bloc1") / CANDIDATE_NOTEBOOK
                        .replace(".ipynb", ".html")),
                       ("rapport_jury_promotion", course.reports_root / "promotion.html"),
                       ("rapport_jury_candidat", course.reports_root / "candidats" / "demo_partiel.html")):
        project_pages.append(path.as_uri())
        with step(name):
            page.goto(path.as_uri())
            page.wait_for_load_state("load")
            browser.shot(page, name)
            browser.shot(page, f"{name}_page_entiere", full_page=True)
            english[name] = harness.english_words(page.inner_text("body"))

    harness.record_timings(timings)
    with step("requetes_et_console"):
        _check_the_day(browser, lambda url: url in project_pages or "/lab/" in url)
    for name in ("formgrader : devoirs", "formgrader : copies d'un candidat", "formgrader : notebook corrigé",
                 "outil de correction (notebook formateur)", "retour_html_d_un_candidat", "rapport_jury_promotion",
                 "rapport_jury_candidat"):
        if english.get(name):
            problems.append(f"anglais dans « {name} » : {english[name]}")
    assert not problems, "\n".join(problems)
