"""The report on a synthetic five-bloc cohort (benchmarks/report_cohort.py): it runs, and writes what it wrote.

The benchmark of `cmcert rapport` (benchmarks/report.py) builds its 1,000 candidates with the same
generator: running it small here keeps the benchmark's code from rotting.  The report's speed-ups
must not change a word of it: every file written for this cohort is compared with a snapshot taken
before they were made (``tests/fixtures/report_scale.json``: a SHA-256 per file of its content
normalised as below, so that a difference names the file).

- HTML: as written, each chart reduced to its alternative text (a chart's pixels depend on the
  matplotlib in use, not on the report);
- CSV: the bytes;
- workbook: per sheet, its title, frozen panes, filter, column widths, and every cell's value, type,
  number format, fill, font and alignment, as openpyxl reads them back.

``python -m tests.integration.test_report_scale`` rewrites the snapshot: only for a change of the report's
content that is meant, stated in the commit.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from datetime import datetime
from pathlib import Path

import pytest

from benchmarks import report_cohort
from cmcert_lib.report import assess_course, write_reports

SNAPSHOT = Path(__file__).resolve().parents[1] / "fixtures" / "report_scale.json"
CANDIDATES = 8  # the four profiles twice
NOW = datetime(2027, 6, 20, 14, 30).astimezone()
_IMAGE = re.compile(r'<img src="data:image/png;base64,[^"]*" alt="([^"]*)">')
_SVG = re.compile(r'<svg [^>]*aria-label="([^"]*)"[^>]*>.*?</svg>', re.DOTALL)


def normalised_html(text: str) -> str:
    return _SVG.sub(r'<img alt="\1">', _IMAGE.sub(r'<img alt="\1">', text))


def _colour(colour) -> str | None:
    return None if colour is None else str(colour.rgb)


def workbook_content(path: Path) -> dict:
    from openpyxl import load_workbook

    wb = load_workbook(path)
    sheets = {}
    for ws in wb.worksheets:
        cells = []
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None and not cell.has_style:
                    continue
                cells.append([cell.coordinate, cell.value, cell.data_type, cell.number_format,
                              cell.fill.fill_type and _colour(cell.fill.fgColor), bool(cell.font.bold),
                              _colour(cell.font.color), bool(cell.alignment.wrap_text), cell.alignment.vertical,
                              bool(cell.quotePrefix)])
        widths = {key: dim.width for key, dim in ws.column_dimensions.items() if dim.customWidth}
        sheets[ws.title] = {"freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "widths": widths,
                            "cells": cells}
    return {"order": wb.sheetnames, "sheets": sheets}


def _digest(content) -> str:
    if not isinstance(content, bytes):
        content = json.dumps(content, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
    return hashlib.sha256(content).hexdigest()


def report_digests(folder: Path) -> dict[str, str]:
    """Relative path -> digest of the normalised content, for every file of the reports' folder."""
    digests = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = path.relative_to(folder).as_posix()
        if path.suffix == ".html":
            digests[name] = _digest(normalised_html(path.read_text(encoding="utf-8")).encode("utf-8"))
        elif path.suffix == ".xlsx":
            digests[name] = _digest(workbook_content(path))
        else:
            digests[name] = _digest(path.read_bytes())
    return digests


def build_and_report(root: Path) -> tuple[report_cohort.SyntheticCohort, Path]:
    course = root / "cours"
    course.mkdir()
    cohort = report_cohort.build(course, CANDIDATES)
    folder = root / "rapports"
    write_reports(assess_course(course, now=NOW), folder)
    return cohort, folder


@pytest.fixture(scope="module")
def reported(tmp_path_factory):
    return build_and_report(tmp_path_factory.mktemp("report_scale"))


def test_the_synthetic_cohort_covers_five_blocs_and_every_kind_of_evidence(reported):
    cohort, folder = reported
    assert cohort.candidates == CANDIDATES and cohort.blocs == 5
    assert cohort.rubric_grades and cohort.sheets and cohort.grades > cohort.questions
    promotion = (folder / "promotion.html").read_text(encoding="utf-8")
    assert "5 / 5</div><div class=\"l\">blocs évalués par le cours" in promotion
    assert "38 / 38</div><div class=\"l\">compétences évaluées" in promotion
    pages = [p.read_text(encoding="utf-8") for p in sorted((folder / "candidats").glob("*.html"))]
    assert len(pages) == CANDIDATES
    everything = "".join(pages)
    for seen in ("Soutenance orale", "notebook non rendu", "réponse laissée vide", "Bloc non présenté",
                 "À corriger", "grille modifiée depuis la correction", ">Acquise</span>", ">Non acquise</span>"):
        assert seen in everything, seen


def test_the_report_writes_what_it_wrote_before_its_speed_ups(reported):
    _cohort, folder = reported
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    found = report_digests(folder)
    assert sorted(found) == sorted(expected)
    assert [name for name in expected if found[name] != expected[name]] == []


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        _cohort, written = build_and_report(Path(tmp))
        SNAPSHOT.write_text(json.dumps(report_digests(written), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{SNAPSHOT} rewritten", file=sys.stderr)
