"""The candidates' feedback pages: nbgrader's generate_feedback with cmcert's French template.

``nbgrader_config.py`` points nbgrader's HTML exporter at :data:`TEMPLATE_DIR`
and registers the filters below, so every feedback page is French, shows what a
test cell checks but not its code, hides tracebacks, and sanitises the HTML a
candidate's output or answer contains.
"""

from __future__ import annotations

from pathlib import Path

TEMPLATE_DIR = Path(__file__).parent / "templates"
TEMPLATE_NAME = "feedback_fr"


def fr_number(value: float) -> str:
    """12.5 -> '12,5'; 3.0 -> '3' (French decimal comma, no useless zeros)."""
    return f"{float(value):g}".replace(".", ",")


def configure(c) -> None:
    """Apply the feedback settings to an nbgrader config object."""
    import nbgrader

    nbgrader_templates = Path(nbgrader.__file__).parent / "server_extensions" / "formgrader" / "templates"
    c.HTMLExporter.template_name = TEMPLATE_NAME
    c.HTMLExporter.extra_template_basedirs = [str(TEMPLATE_DIR), str(nbgrader_templates)]
    c.HTMLExporter.filters = {"fr_number": "cmcert_lib.feedback.fr_number"}
    # Candidate output is untrusted: no script, no raw HTML reaches a reader's browser.
    c.HTMLExporter.sanitize_html = True
