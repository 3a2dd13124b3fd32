"""The course's JupyterHub between real users, in Chromium: release → fetch → answer → check → submit →
collect → grade → rubric → feedback, and what a candidate must not reach (`make hub`'s deployment).

One module-scoped deployment (``cmcert hub up`` with its own accounts, prefixed, removed at the end) on free
ports; each step saves a screenshot under ``build/screenshots/test_hub/``.  The steps run in order in one
test, since each one needs the previous; isolation is checked both in the browser (the Hub's answers) and
at the operating system's level (the candidate's Unix account against the files).
"""

from __future__ import annotations

import contextlib
import json
import re
import secrets
import subprocess
import tempfile
import time
from pathlib import Path

import nbformat
import pytest

from cmcert_lib.authoring import cells
from cmcert_lib.authoring.cells import TEXT_STUB
from cmcert_lib.demo import solution_source
from cmcert_lib.deploy import hub, postgres
from cmcert_lib.deploy.accounts import Cohort
from cmcert_lib.layout import Course
from tests.browser import harness
from tests.browser.test_day import (
    OPEN_TIMEOUT,
    PANEL,
    RUN_TIMEOUT,
    cell_with,
    code_cells,
    decline_news,
    error_outputs,
    open_notebook,
    run_all,
    show,
    write_and_run,
)
from tests.conftest import ROOT

pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")

BLOC = "bloc1"
NOTEBOOK = "02_benchmark_ecoute"
BRIEF = "01_brief"  # its first judgement answer is the first the rubric tool shows
REFORMULATION = ("Maison Ondine, savonnerie artisanale de Saint-Malo, veut lancer sa gamme solide en ligne "
                 "avec un budget serré : comment gagner une communauté fidèle en six mois sans agence ?")


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    reason = harness.unavailable() or hub.problem() or postgres.unavailable()
    if reason:
        pytest.skip(reason)
    # The deployment a school runs: several trainers, so the gradebook on the deployment's PostgreSQL.
    plan = hub.HubPlan(Path(tempfile.mkdtemp(prefix="cmcert-hub-")), Cohort.demo(f"t{secrets.token_hex(2)}"),
                       hub.Ports.free(), postgres=True)
    started = time.monotonic()
    try:
        passwords = hub.up(Course(ROOT), plan, (BLOC,))
        plan.started_in = time.monotonic() - started
        yield plan, passwords
    finally:
        hub.stop(plan)
        hub.purge(plan)


def launch(playwright, folder: Path) -> harness.Browser:
    """Chromium with one context a person (each their own cookies), recorded by the harness."""
    import shutil

    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    chromium = playwright.chromium.launch(executable_path=harness.chromium(), headless=True,
                                          args=harness.CHROMIUM_ARGS)
    browser = harness.Browser(chromium.new_context(), folder)
    browser._profile = tempfile.mkdtemp(prefix="cmcert-hub-")
    browser.chromium = chromium
    return browser


class User:
    """One person's browser context on the Hub (their own cookies)."""

    def __init__(self, browser, plan, name: str, password: str):
        self.name, self.plan, self.browser = name, plan, browser
        self.context = browser.chromium.new_context(viewport=harness.VIEWPORT, locale="fr-FR",
                                                           timezone_id="Europe/Paris")
        self.context.on("request", browser._record)
        self.page = self.context.new_page()
        browser._watch(self.page)
        self.password = password

    def link(self, path: str) -> str:
        return f"{self.plan.url}/user/{self.name}/{path}"

    def login(self, step: str) -> None:
        page = self.page
        page.goto(f"{self.plan.url}/hub/login")
        page.fill("#username_input", self.name)
        page.fill("#password_input", self.password)
        self.browser.shot(page, f"{step}_connexion")
        self.browser.english[f"connexion ({step})"] = harness.english_words(page.inner_text("body"))
        page.click("#login_submit")
        page.wait_for_selector(".jp-LauncherCard", timeout=OPEN_TIMEOUT)
        decline_news(page)

    def assignment_list(self):
        page = self.page
        page.locator(".lm-MenuBar-item", has_text="Nbgrader").first.click()
        page.locator("li.lm-Menu-item[data-command='nbgrader:open-assignment-list']").click()
        panel = page.locator("#assignment-list, .jp-AssignmentList, .nbgrader-AssignmentList").first
        page.get_by_text("Released assignments").first.wait_for(timeout=OPEN_TIMEOUT)
        return panel

    def status(self, path: str) -> int:
        """The status this user's session gets for ``path`` (no redirect followed)."""
        response = self.page.request.get(f"{self.plan.url}{path}", max_redirects=0)
        return response.status

    def close(self) -> None:
        self.context.close()


def as_user(name: str, *command: str) -> subprocess.CompletedProcess:
    return subprocess.run(["runuser", "-u", name, "--", *command], check=False, capture_output=True, text=True,
                          timeout=60)


def wait_for(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(1)
    raise AssertionError(f"pas de {what} en {timeout} s")


def test_a_cohort_day_on_the_hub(deployment, tmp_path):
    from playwright.sync_api import sync_playwright

    plan, passwords = deployment
    cohort = plan.cohort
    first, second = cohort.candidates
    trainer = cohort.trainers[0]
    course = Course(plan.course)
    timings = {"hub_up_s": plan.started_in}
    with sync_playwright() as playwright:
        browser = launch(playwright, harness.SCREENSHOTS / "test_hub")
        users = {}
        try:
            # --- a candidate: log in, fetch Bloc 1, answer, check, submit ---------------------------------
            started = time.monotonic()
            candidate = users[first] = User(browser, plan, first, passwords[first])
            candidate.login("candidat")
            page = candidate.page
            timings["candidate_login_to_lab_s"] = time.monotonic() - started
            candidate.assignment_list()
            page.get_by_role("button", name="Fetch").first.click()
            page.get_by_role("button", name="Submit").first.wait_for(timeout=OPEN_TIMEOUT)
            browser.shot(page, "candidat_bloc1_recupere")
            assert (plan.homes / first / BLOC / f"{NOTEBOOK}.ipynb").is_file()

            open_notebook(page, candidate, f"{BLOC}/{NOTEBOOK}.ipynb", "candidat", browser)
            run_all(page)
            source = nbformat.read(course.source(BLOC) / f"{NOTEBOOK}.ipynb", as_version=4)
            model = {cells.grade_id(c): solution_source(c) for c in source.cells if cells.is_answer(c)}
            write_and_run(page, cell_with(page, "VOTRE CODE ICI"), model["engagement"])
            passed = cell_with(page, 'check("bloc1.engagement_instagram"')
            passed.locator(".jp-OutputArea", has_text="✅").wait_for(timeout=RUN_TIMEOUT)
            show(page, passed)
            browser.shot(page, "candidat_verification_reussie")
            assert "Traceback" not in page.inner_text(".jp-NotebookPanel:not(.lm-mod-hidden)")
            page.keyboard.press("Control+S")
            page.wait_for_timeout(1500)

            open_notebook(page, candidate, f"{BLOC}/{BRIEF}.ipynb", "candidat", browser)
            stub = page.locator(f"{PANEL} .jp-MarkdownCell", has_text=TEXT_STUB).first
            show(page, stub)
            stub.click()
            page.keyboard.press("Enter")  # the selected cell's editor, as a candidate opens it
            editor = page.locator(f"{PANEL} .jp-MarkdownCell.jp-mod-active .cm-content").first
            editor.wait_for(timeout=OPEN_TIMEOUT)
            editor.click()
            page.keyboard.press("Control+A")  # in the editor: this cell's text only
            page.keyboard.insert_text(REFORMULATION)
            page.keyboard.press("Shift+Enter")
            page.locator(f"{PANEL} .jp-RenderedMarkdown", has_text=REFORMULATION[:40]).first.wait_for(
                timeout=OPEN_TIMEOUT)
            page.keyboard.press("Control+S")
            page.locator(".jp-mod-current.jp-mod-dirty").wait_for(state="detached", timeout=OPEN_TIMEOUT)
            browser.shot(page, "candidat_reponse_redigee")

            candidate.assignment_list()
            page.get_by_role("button", name="Submit").first.click()
            page.get_by_text("Submitted assignments").first.wait_for(timeout=OPEN_TIMEOUT)
            inbound = plan.exchange / "cmcert" / "inbound"
            wait_for(lambda: [p for p in inbound.iterdir() if p.name.startswith(f"{first}+{BLOC}+")],
                     60, "copie rendue dans l'échange")
            browser.shot(page, "candidat_copie_rendue")

            # --- a trainer: collect in formgrader, grade in a terminal, rubric by clicks, release feedback ---
            started = time.monotonic()
            teacher = users[trainer] = User(browser, plan, trainer, passwords[trainer])
            teacher.login("formateur")
            tpage = teacher.page
            tpage.goto(f"{plan.url}/services/formgrader/formgrader/manage_assignments")
            tpage.get_by_text(BLOC, exact=True).first.wait_for(timeout=OPEN_TIMEOUT)
            timings["trainer_formgrader_s"] = time.monotonic() - started
            browser.shot(tpage, "formateur_formgrader")
            row = tpage.locator("tr", has_text=BLOC).first
            row.locator(".collect a").first.click()
            tpage.locator(".modal").first.wait_for(timeout=OPEN_TIMEOUT)
            tpage.wait_for_timeout(800)  # the dialog's fade-in
            browser.shot(tpage, "formateur_ramassage")
            tpage.locator(".modal-footer button").first.click()
            collected = course.submitted(first, BLOC) / f"{NOTEBOOK}.ipynb"
            wait_for(collected.is_file, 60, "copie ramassée")

            started = time.monotonic()
            tpage.goto(teacher.link("lab"))
            tpage.wait_for_selector(".jp-LauncherCard", timeout=OPEN_TIMEOUT)
            tpage.locator(".jp-LauncherCard", has_text="Terminal").first.click()
            screen = tpage.locator(".jp-Terminal .xterm-screen").first
            screen.wait_for(timeout=OPEN_TIMEOUT)
            tpage.wait_for_timeout(3000)  # the shell's prompt
            screen.click()
            tpage.keyboard.type(f"cmcert grade {BLOC}\n")
            notes = course.root / "notes" / f"{BLOC}_notes.csv"
            wait_for(lambda: notes.is_file() and first in notes.read_text(encoding="utf-8"), 600, "notes du bloc")
            tpage.wait_for_timeout(1500)
            timings["trainer_grade_s"] = time.monotonic() - started
            browser.shot(tpage, "formateur_correction_terminal")

            open_notebook(tpage, teacher, "formateur/correction.ipynb", "formateur", browser)
            run_all(tpage)
            tool = code_cells(tpage).first.locator(".jp-OutputArea").first
            tool.get_by_text("Correcteur").first.wait_for(timeout=RUN_TIMEOUT)
            tool.get_by_text("comment gagner une communauté fidèle").first.wait_for(timeout=RUN_TIMEOUT)
            tpage.wait_for_timeout(600)
            browser.shot(tpage, "formateur_outil_grille")
            for group in tool.locator(".widget-toggle-buttons").all():
                group.locator("button", has_text=re.compile(r"^Acquis \(")).first.click()  # not « Non acquis »
            tpage.wait_for_timeout(400)
            browser.shot(tpage, "formateur_niveaux_choisis")
            tool.get_by_role("button", name=re.compile("Enregistrer")).first.click()
            tpage.wait_for_timeout(1500)
            browser.shot(tpage, "formateur_enregistre")
            tool.get_by_role("button", name=re.compile("Publier")).first.click()
            tool.get_by_text("Retours régénérés").first.wait_for(timeout=RUN_TIMEOUT)
            browser.shot(tpage, "formateur_retours_publies")
            assert not error_outputs(tpage), error_outputs(tpage)

            tpage.goto(f"{plan.url}/services/formgrader/formgrader/manage_assignments")
            row = tpage.locator("tr", has_text=BLOC).first
            row.wait_for(timeout=OPEN_TIMEOUT)
            row.locator(".release-feedback a").first.click()
            tpage.locator(".modal").first.wait_for(timeout=OPEN_TIMEOUT)
            tpage.wait_for_timeout(800)
            browser.shot(tpage, "formateur_retours_envoyes")
            tpage.locator(".modal-footer button").first.click()

            # --- the candidate reads the feedback ------------------------------------------------------------
            page.goto(candidate.link("lab"))
            page.locator(".lm-MenuBar-item", has_text="Nbgrader").first.wait_for(timeout=OPEN_TIMEOUT)
            candidate.assignment_list()
            fetch = page.get_by_role("button", name="Fetch Feedback").first
            fetch.wait_for(timeout=OPEN_TIMEOUT)
            fetch.click()
            fetched = plan.homes / first / BLOC / "feedback"
            feedback = wait_for(lambda: [p for p in fetched.glob(f"*/{BRIEF}.html")
                                         if (p.parent / f"{NOTEBOOK}.html").is_file()], 180, "retour récupéré")[0]
            browser.shot(page, "candidat_retour_recupere")
            # the rubric's levels as the trainer clicked them, and the automatic check the candidate passed
            for name, expected in ((BRIEF, "Situation de la marque résumée — Acquis (0,75/1 pt)"),
                                   (NOTEBOOK, "engagement")):
                page.goto(candidate.link(f"files/{feedback.parent.relative_to(plan.homes / first)}/{name}.html"))
                page.wait_for_load_state("load")
                browser.shot(page, f"candidat_lit_son_retour_{name}")
                text = page.inner_text("body")
                assert expected in text, (name, text[:3000])
                assert not harness.english_words(text), harness.english_words(text)

            # --- another candidate sees nothing of the first one, and no trainer's page -----------------------
            other = users[second] = User(browser, plan, second, passwords[second])
            other.login("autre_candidat")
            fed_back = feedback.relative_to(plan.homes / first)
            for path in (f"/user/{first}/api/contents/{BLOC}", f"/user/{first}/files/{fed_back}",
                         "/services/formgrader/formgrader/gradebook", f"/user/{trainer}/api/contents/"):
                assert other.status(path) in (302, 403, 404), path
            # nor formgrader's extension on their own server, which would write the gradebook
            assert other.status(f"/user/{second}/formgrader/api/assignments") == 404
            other.page.goto(f"{plan.url}/services/formgrader/formgrader")
            browser.shot(other.page, "autre_candidat_formgrader_refuse")
            refusal = other.page.inner_text("body")
            assert "403" in refusal and "réservés aux formateurs" in refusal
            assert not harness.english_words(refusal), refusal
            other.page.goto(other.link("lab"))
            other.page.locator(".lm-MenuBar-item", has_text="Nbgrader").first.wait_for(timeout=OPEN_TIMEOUT)
            other.assignment_list()
            browser.shot(other.page, "autre_candidat_devoirs")
            assert other.page.get_by_role("button", name="Fetch Feedback").count() == 0
            logins = {step: words for step, words in browser.english.items() if step.startswith("connexion")}
            assert not any(logins.values()), logins
        except BaseException:
            for name, user in users.items():  # where each person was when the day stopped
                with contextlib.suppress(Exception):
                    browser.shot(user.page, f"echec_{name}")
            raise
        finally:
            browser.save_findings()
            for user in users.values():
                user.close()
            browser.close()
            browser.chromium.close()

    # What separates them is the kernel's permissions: the second candidate's account, against the files.
    submission = next(p for p in (plan.exchange / "cmcert" / "inbound").iterdir() if p.name.startswith(first))
    for target in (plan.homes / first, plan.course, course.root / "gradebook.db", plan.exchange / "cmcert" / "inbound",
                   plan.exchange / "cmcert" / "feedback", course.submitted(first, BLOC)):
        refused = as_user(second, "ls", str(target))
        assert refused.returncode != 0 and "Permission denied" in refused.stderr, (target, refused)
    # nbgrader's design: the inbound folder cannot be listed, and a hand-in's name ends with random characters
    # (a known full name would be readable: the grading account collects it).
    assert re.fullmatch(rf"{first}\+{BLOC}\+[^+]+\+[\w-]{{12,}}", submission.name), submission.name
    assert as_user(second, "sudo", "-n", str(plan.grade_wrapper), BLOC).returncode != 0  # grading is trainers' only
    # The gradebook's server: its socket's folder lets the trainers in, and no candidate.
    cluster = postgres.Cluster.load(plan.postgres_dir)
    psql = ["psql", "-X", "-h", str(cluster.socket_dir), "-p", str(cluster.port), "-U", "cmcert", "-d", "cmcert",
            "-t", "-A", "-c", "SELECT count(*) FROM submitted_assignment"]
    assert as_user(trainer, *psql).stdout.strip() == "1"  # the hand-in graded above is recorded there
    refused = as_user(second, *psql)
    assert refused.returncode != 0 and "Permission denied" in refused.stderr, refused
    harness.record_timings({f"hub_{k}": v for k, v in timings.items()})
    (harness.SCREENSHOTS / "test_hub" / "timings.json").write_text(json.dumps(timings, indent=2) + "\n")
