"""The candidates' feedback pages: nbgrader's generate_feedback with cmcert's French template.

``nbgrader_config.py`` points nbgrader's HTML exporter at :data:`TEMPLATE_DIR`
and registers its filters (French numbers, inert HTML), so every feedback page is French, shows what a
test cell checks but not its code, hides tracebacks, and renders the HTML a
candidate's output or answer contains through :func:`safe_html` (:mod:`cmcert_lib.grading.inert`).
Grading already stores everything a candidate wrote made inert (:mod:`cmcert_lib.grading.trusted`),
so the formgrader, which reads the same autograded notebooks without any filter, is safe too.
"""

from __future__ import annotations

import hashlib
import inspect
from pathlib import Path

from jinja2 import BytecodeCache
from nbconvert.exporters import HTMLExporter, TemplateExporter
from nbconvert.filters.highlight import Highlight2HTML
from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

from cmcert_lib.grading.inert import SAFE_ATTRIBUTES, SAFE_PROTOCOLS, SAFE_TAGS, safe_html

__all__ = ["SAFE_ATTRIBUTES", "SAFE_PROTOCOLS", "SAFE_TAGS", "TEMPLATE_DIR", "FeedbackExporter", "configure",
           "safe_html"]

# Holds a template named like nbgrader's own "feedback": listed first, it replaces it, while the
# formgrader (template "formgrade") keeps finding its own in nbgrader's folder.
TEMPLATE_DIR = Path(__file__).parent / "templates"


# nbconvert's HTMLExporter.from_notebook_node, as FeedbackExporter copies its first half: when nbconvert
# changes it, tests/unit/test_feedback_exporter.py fails until the copy below is compared with the new one.
HTML_EXPORTER_PINNED = "3dccafff45cc4e749766089c7de2f5385ac071e03f4f5a15bfb3b025f54893b9"


def html_exporter_digest() -> str:
    """The SHA-256 of nbconvert's ``HTMLExporter.from_notebook_node`` source, as installed."""
    return hashlib.sha256(inspect.getsource(HTMLExporter.from_notebook_node).encode()).hexdigest()


class CompiledTemplates(BytecodeCache):
    """Jinja's compiled templates kept in memory for the process.

    nbgrader makes a new exporter, and nbconvert a new Jinja environment, for every candidate's feedback:
    each compiled the same nine templates again (108 compilations for 12 candidates' blocs). Jinja
    finds a template here by name and file and uses it only while its source's checksum is unchanged.
    """

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


COMPILED_TEMPLATES = CompiledTemplates()


class FeedbackExporter(HTMLExporter):
    """nbconvert's HTML exporter without its last pass over the page.

    nbconvert 7 parses every page it has rendered again with BeautifulSoup, to give images without a
    description an English one and to make JupyterLab-template cells focusable, then prints the whole
    tree back: 40 % of a feedback page's time, for a page in the classic template whose images get
    their French description from the template itself (``data_png``, ``data_jpg``).
    """

    def _create_environment(self):
        environment = super()._create_environment()
        environment.bytecode_cache = COMPILED_TEMPLATES
        return environment

    def from_notebook_node(self, nb, resources=None, **kw):
        langinfo = nb.metadata.get("language_info", {})
        lexer = langinfo.get("pygments_lexer", langinfo.get("name", None))
        highlight_code = self.filters.get("highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self))
        resources = self._init_resources(resources)
        filter_data_type = WidgetsDataTypeFilter(notebook_metadata=self._nb_metadata, parent=self,
                                                 resources=resources)
        self.register_filter("highlight_code", highlight_code)
        self.register_filter("filter_data_type", filter_data_type)
        return TemplateExporter.from_notebook_node(self, nb, resources, **kw)


def configure(c) -> None:
    """Apply the feedback settings to an nbgrader config object."""
    import nbgrader
    from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor

    from cmcert_lib.grading.feedback_grades import GradesWithPending

    nbgrader_templates = Path(nbgrader.__file__).parent / "server_extensions" / "formgrader" / "templates"
    # Ours first: "feedback" replaces nbgrader's, and "formgrade" adds only mathjax.html.j2 (no MathJax from
    # a CDN on formgrader's graded notebooks).
    c.HTMLExporter.extra_template_basedirs = [str(TEMPLATE_DIR), str(nbgrader_templates)]
    c.HTMLExporter.anchor_link_text = ""  # no « ¶ » after each heading
    c.GenerateFeedback.preprocessors = [GradesWithPending, CSSHTMLHeaderPreprocessor]
    c.GenerateFeedback.exporter_class = FeedbackExporter
    c.HTMLExporter.filters = {"fr_number": "cmcert_lib.facts.french.number",
                              "safe_html": "cmcert_lib.grading.feedback.safe_html"}
