"""The feedback's HTML exporter: nbconvert's, without the pass that re-parsed every page.

nbconvert's ``HTMLExporter.from_notebook_node`` renders the page, then parses it again with BeautifulSoup
to add English image descriptions and JupyterLab focus attributes. :class:`FeedbackExporter` copies the
first half only. These tests prove the copy renders what nbconvert renders, pass aside, and notice when an
nbconvert upgrade changes the method copied.
"""

from __future__ import annotations

import base64
import copy

import nbformat
from bs4 import BeautifulSoup
from nbconvert.exporters import HTMLExporter

from cmcert_lib.grading.feedback import HTML_EXPORTER_PINNED, FeedbackExporter, html_exporter_digest

PNG = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\x00" * 16).decode("ascii")


def notebook() -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata["language_info"] = {"name": "python", "pygments_lexer": "ipython3"}
    code = nbformat.v4.new_code_cell("import pandas as pd\nprint('Taux : 4,2 %')", execution_count=1)
    code.outputs = [nbformat.v4.new_output("stream", name="stdout", text="Taux : 4,2 %\n"),
                    nbformat.v4.new_output("display_data", data={"image/png": PNG, "text/plain": "<Figure>"})]
    nb.cells = [nbformat.v4.new_markdown_cell("# Titre\n\nUn *paragraphe* et une [lien](https://exemple.fr)."),
                code]
    return nb


def nbconvert_pass(html: str) -> str:
    """What nbconvert's own from_notebook_node does after rendering (nbconvert 7.17)."""
    soup = BeautifulSoup(html, features="html.parser")
    for elem in soup.select("img:not([alt])"):
        elem.attrs["alt"] = "No description has been provided for this image"
    for elem in soup.select(".jp-Notebook div.jp-Cell-inputWrapper"):
        elem.attrs["tabindex"] = "0"
    for elem in soup.select(".jp-Notebook div.jp-OutputArea-output"):
        elem.attrs["tabindex"] = "0"
    return str(soup)


def test_the_method_copied_is_nbconverts_as_installed():
    # When this fails, nbconvert changed HTMLExporter.from_notebook_node: compare FeedbackExporter with the
    # new version, then pin the new digest (cmcert_lib/grading/feedback.py).
    assert html_exporter_digest() == HTML_EXPORTER_PINNED


def test_it_renders_what_nbconvert_renders_without_the_extra_pass():
    nb = notebook()
    for template in ("classic", "lab"):
        theirs, _ = HTMLExporter(template_name=template).from_notebook_node(copy.deepcopy(nb))
        ours, _ = FeedbackExporter(template_name=template).from_notebook_node(copy.deepcopy(nb))
        assert ours != theirs  # the pass is left out...
        assert nbconvert_pass(ours) == theirs  # ...and it is the only difference


def test_a_new_exporter_reuses_the_compiled_templates_and_an_edited_template_is_compiled_again(
        tmp_path, monkeypatch):
    import jinja2

    compiled = []
    real_compile = jinja2.Environment.compile
    monkeypatch.setattr(jinja2.Environment, "compile",
                        lambda env, source, name=None, filename=None, *a, **k:
                        compiled.append(name) or real_compile(env, source, name, filename, *a, **k))
    nb = notebook()
    first, _ = FeedbackExporter(template_name="classic").from_notebook_node(copy.deepcopy(nb))
    again, _ = FeedbackExporter(template_name="classic").from_notebook_node(copy.deepcopy(nb))
    assert again == first
    compiled.clear()
    FeedbackExporter(template_name="classic").from_notebook_node(copy.deepcopy(nb))
    assert compiled == []  # nbgrader's next candidate: no template compiled again

    # A template whose source changed since it was compiled is compiled again, never served stale.
    folder = tmp_path / "essai"
    folder.mkdir()
    (folder / "conf.json").write_text('{"base_template": "classic"}', encoding="utf-8")
    index = folder / "index.html.j2"
    index.write_text('{%- extends "classic/index.html.j2" -%}\n{% block body_header %}<p>version 1</p>'
                     '{% endblock %}', encoding="utf-8")
    one, _ = FeedbackExporter(template_name="essai", extra_template_basedirs=[str(tmp_path)]).from_notebook_node(
        copy.deepcopy(nb))
    index.write_text(index.read_text(encoding="utf-8").replace("version 1", "version 2"), encoding="utf-8")
    two, _ = FeedbackExporter(template_name="essai", extra_template_basedirs=[str(tmp_path)]).from_notebook_node(
        copy.deepcopy(nb))
    assert "version 1" in one and "version 2" in two
