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
