"""The candidates' feedback pages: nbgrader's generate_feedback with cmcert's French template.

``nbgrader_config.py`` points nbgrader's HTML exporter at :data:`TEMPLATE_DIR`
and registers its filters (French numbers, inert HTML), so every feedback page is French, shows what a
test cell checks but not its code, hides tracebacks, and renders the HTML a
candidate's output or answer contains through :func:`safe_html`.  Grading
already stores candidates' HTML made inert (:mod:`cmcert_lib.grading.trusted`), so the
formgrader, which reads the same autograded notebooks, is safe too.
"""

from __future__ import annotations

import re
from pathlib import Path

import bleach

# Holds a template named like nbgrader's own "feedback": listed first, it replaces it, while the
# formgrader (template "formgrade") keeps finding its own in nbgrader's folder.
TEMPLATE_DIR = Path(__file__).parent / "templates"


# What a notebook legitimately renders (markdown, DataFrames, images) and nothing that runs.
SAFE_TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "div", "dl", "dt", "em",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "kbd", "li", "ol", "p", "pre", "s", "small",
    "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
})
SAFE_ATTRIBUTES = {
    "*": ["class", "id", "title", "align"],
    "a": ["href", "name"],
    "img": ["src", "alt", "width", "height"],
    "td": ["colspan", "rowspan"],
    "th": ["colspan", "rowspan"],
}
SAFE_PROTOCOLS = frozenset({"http", "https", "mailto", "data"})
# Elements whose content is code or style, not text: removed with their content.
_DROPPED = re.compile(r"<(script|style|iframe|object|embed|template|noscript)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)


def safe_html(fragment: str) -> str:
    """Candidate-controlled HTML made inert: known tags and attributes only, no script, no handler."""
    fragment = fragment.decode() if isinstance(fragment, bytes) else str(fragment)
    return bleach.clean(_DROPPED.sub("", fragment), tags=SAFE_TAGS, attributes=SAFE_ATTRIBUTES,
                        protocols=SAFE_PROTOCOLS, strip=True, strip_comments=True)


def configure(c) -> None:
    """Apply the feedback settings to an nbgrader config object."""
    import nbgrader

    nbgrader_templates = Path(nbgrader.__file__).parent / "server_extensions" / "formgrader" / "templates"
    c.HTMLExporter.extra_template_basedirs = [str(TEMPLATE_DIR), str(nbgrader_templates)]
    c.HTMLExporter.filters = {"fr_number": "cmcert_lib.facts.french.number",
                              "safe_html": "cmcert_lib.grading.feedback.safe_html"}
