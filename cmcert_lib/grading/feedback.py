"""The candidates' feedback pages: nbgrader's generate_feedback with cmcert's French template.

``nbgrader_config.py`` points nbgrader's HTML exporter at :data:`TEMPLATE_DIR`
and registers its filters (French numbers, inert HTML), so every feedback page is French, shows what a
test cell checks but not its code, hides tracebacks, and renders the HTML a
candidate's output or answer contains through :func:`safe_html` (:mod:`cmcert_lib.grading.inert`).
Grading already stores everything a candidate wrote made inert (:mod:`cmcert_lib.grading.trusted`),
so the formgrader, which reads the same autograded notebooks without any filter, is safe too.
"""

from __future__ import annotations

from pathlib import Path

from cmcert_lib.grading.inert import SAFE_ATTRIBUTES, SAFE_PROTOCOLS, SAFE_TAGS, safe_html

__all__ = ["SAFE_ATTRIBUTES", "SAFE_PROTOCOLS", "SAFE_TAGS", "TEMPLATE_DIR", "configure", "safe_html"]

# Holds a template named like nbgrader's own "feedback": listed first, it replaces it, while the
# formgrader (template "formgrade") keeps finding its own in nbgrader's folder.
TEMPLATE_DIR = Path(__file__).parent / "templates"


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
    c.HTMLExporter.filters = {"fr_number": "cmcert_lib.facts.french.number",
                              "safe_html": "cmcert_lib.grading.feedback.safe_html"}
