"""The pages nbgrader renders with the course's configuration load nothing from outside the machine:
formgrader's graded notebook (its MathJax came from a CDN) as the candidate's feedback page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from nbconvert import HTMLExporter

from cmcert_lib import nbgrader_steps

ROOT = Path(__file__).resolve().parents[2]
EXTERNAL = re.compile(r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?//[^/"'\s>]+\.""")
FORMGRADE = {"assignment_id": "bloc1", "notebook_id": "01_brief", "submission_id": "x", "index": 0, "total": 1,
             "base_url": "/", "student": "c", "last_name": "", "first_name": "", "notebook_path": "/x"}


@pytest.mark.parametrize("template", ["formgrade", "classic"])
def test_course_configured_pages_load_nothing_from_outside(template):
    config = nbgrader_steps.course_config(ROOT)
    config.HTMLExporter.template_name = template
    exporter = HTMLExporter(config=config)
    html, _ = exporter.from_filename(str(ROOT / "release" / "bloc1" / "01_brief.ipynb"),
                                     resources=dict(FORMGRADE) if template == "formgrade" else None)
    if template == "formgrade":
        assert not EXTERNAL.findall(html), EXTERNAL.findall(html)
        assert "cdnjs" not in html
    else:  # nbconvert's own classic page still loads from CDNs: the proof that the check can fail
        assert EXTERNAL.findall(html)
