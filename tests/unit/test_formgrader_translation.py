"""formgrader in French (cmcert_lib/marking/formgrader): every page we replace renders without English, the
scripts are translated, and an nbgrader upgrade that changes a translated file is noticed."""

from __future__ import annotations

import re

import nbformat
import pytest
from nbconvert.exporters import HTMLExporter
from traitlets.config import Config

from cmcert_lib.marking import formgrader
from cmcert_lib.marking.formgrader import javascript, upstream
from tests.browser.harness import english_words

PAGES = sorted(path.relative_to(formgrader.TEMPLATES).as_posix() for path in formgrader.TEMPLATES.rglob("*.tpl"))
CONTEXT = {"base_url": "/base", "url_prefix": ".", "course_id": "cmcert", "exchange": "/echange",
           "exchange_missing": False, "windows": False, "current_config": "", "default_timezone": "+0100",
           "assignment_id": "bloc1", "notebook_id": "02_benchmark_ecoute", "student_id": "demo_partiel",
           "course_dir": "/cours", "error_code": 500,
           "resources": {"base_url": "/base", "notebook_id": "02_benchmark_ecoute", "assignment_id": "bloc1",
                         "submission_id": "abc", "index": 0, "total": 4, "student": "demo_partiel",
                         "last_name": None, "first_name": None, "notebook_path": "x.ipynb",
                         "filename": "/cours/x.ipynb"}}


def visible(html: str) -> str:
    """The text a page shows: no scripts, no styles, no tags (attributes' titles are looked at apart)."""
    html = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", html)
    titles = " ".join(re.findall(r'title="([^"]*)"', html))
    return re.sub(r"<[^>]+>", " ", html) + " " + titles


def css(literal: str) -> bool:
    """A script's literal naming classes or selectors (« text-center tests-failed », « .tests-failed »), not text."""
    return all(re.fullmatch(r"[.#]?[a-z0-9]+(?:[-_][a-z0-9]+)+|[.#][\w-]+", token) for token in literal.split())


def test_the_translated_nbgrader_files_are_the_installed_ones():
    """Fails after an nbgrader upgrade that changed a template we replace or a script we translate: compare
    the new original with our French copy (or javascript.STRINGS), then update upstream.PINNED."""
    assert upstream.changed() == []
    assert javascript.missing() == {}


def test_every_replaced_template_is_pinned_and_every_script_translated_too():
    ours = {path.relative_to(formgrader.TEMPLATES).as_posix() for path in formgrader.TEMPLATES.rglob("*")
            if path.is_file()}
    pinned = {name.removeprefix("templates/") for name in upstream.PINNED if name.startswith("templates/")}
    assert ours == pinned
    scripts = {name.removeprefix("static/js/") for name in upstream.PINNED if name.startswith("static/js/")}
    assert scripts == set(javascript.STRINGS)


def test_the_templates_use_our_translated_scripts_and_nbgraders_others():
    """A script asked of our route must be one we translate (else a 404: without backbone_xsrf.js, every API
    call behind JupyterHub lacks its XSRF token and loops through the Hub's login); any other comes from
    nbgrader's own static folder."""
    for path in formgrader.TEMPLATES.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            for route, script in re.findall(r'src="\{\{ base_url \}\}(/[\w-]+)/static/js/([\w.]+)"', text):
                if route == formgrader.STATIC_ROUTE.split("/static/")[0]:
                    assert script in javascript.STRINGS, (path.name, script)
                else:
                    assert route == "/formgrader" and (javascript.NBGRADER_JS / script).is_file(), (path.name, script)


@pytest.mark.parametrize("name", PAGES)
def test_a_replaced_page_renders_in_french(name):
    html = formgrader.environment().get_template(name).render(**CONTEXT)
    assert english_words(visible(html)) == [], name
    if "<html" in html:
        assert '<html lang="fr">' in html, name


def test_the_pages_are_ours_first_and_nbgrader_behind():
    environment = formgrader.environment()
    assert "Correction manuelle" in environment.get_template("manage_assignments.tpl").render(**CONTEXT)
    assert environment.get_template("manage_assignments.tpl").filename.startswith(str(formgrader.TEMPLATES))


@pytest.mark.parametrize("name", sorted(javascript.STRINGS))
def test_a_script_s_visible_strings_are_french(name):
    script = javascript.translated(name)
    assert not [english for english in javascript.STRINGS[name] if english in script]
    literals = [text for text in re.findall(r'"((?:[^"\\]|\\.)*)"', script) if not css(text)]
    assert english_words(" ".join(literals)) == [], name


def test_the_grading_page_of_a_submission_is_french():
    """The ``formgrade`` nbconvert template, as the formgrader renders a submission: our folder first."""
    c = Config()
    formgrader.configure(c)
    assert c.HTMLExporter.extra_template_basedirs[0] == str(formgrader.TEMPLATES)
    answer = nbformat.v4.new_markdown_cell("Ma réponse.", metadata={"nbgrader": {
        "solution": True, "grade": True, "grade_id": "avis", "points": 2, "locked": False}})
    test = nbformat.v4.new_code_cell("assert True", metadata={"nbgrader": {
        "solution": False, "grade": True, "grade_id": "verif", "points": 1, "locked": True}})
    notebook = nbformat.v4.new_notebook(cells=[answer, test])
    exporter = HTMLExporter(config=c, template_name="formgrade")
    html, _ = exporter.from_notebook_node(notebook, resources=dict(CONTEXT["resources"]))
    text = visible(html)
    assert "Réponse du candidat" in text and "Tous les points" in text and "Copie n° 1" in text
    assert english_words(text) == []
    assert "/base/cmcert-formgrader/static/js/formgrade.js" in html


def test_configure_keeps_the_feedback_template_folder_after_ours():
    c = Config()
    c.HTMLExporter.extra_template_basedirs = ["/feedback"]
    formgrader.configure(c)
    formgrader.configure(c)  # nbgrader reads its configuration again at each API call
    assert c.HTMLExporter.extra_template_basedirs == [str(formgrader.TEMPLATES), "/feedback",
                                                      str(formgrader.NBGRADER_TEMPLATES)]


def test_install_replaces_the_formgrader_environment_once_and_leaves_other_servers_alone():
    assert formgrader.install({}) is False
    settings = {"nbgrader_jinja2_env": "nbgrader's"}
    assert formgrader.install(settings) is True
    first = settings["nbgrader_jinja2_env"]
    assert formgrader.install(settings) is True and settings["nbgrader_jinja2_env"] is first
    assert first.get_template("base.tpl").filename.startswith(str(formgrader.TEMPLATES))


def test_no_server_no_attach():
    """In an nbgrader or cmcert command there is no Jupyter server to attach to."""
    assert formgrader.running_server() is None


@pytest.mark.parametrize("name", sorted(javascript.STRINGS))
def test_no_literal_compared_with_the_servers_data_is_translated(name):
    """« status === "draft" » must still match the status the server sends (a translated « draft » hid the
    Collect button of every released assignment); a literal the script compares with one of its own
    translated strings (« Show All Names ») is replaced on both sides and stays consistent."""
    source = (javascript.NBGRADER_JS / name).read_text(encoding="utf-8")
    translated = javascript.translated(name)
    for server_value in ("draft", "released"):
        assert source.count(f'=== "{server_value}"') == translated.count(f'=== "{server_value}"')
    assert source.count('"data-order", "') == translated.count('"data-order", "')
