"""The competency report for the jury and the certifying body (``cmcert rapport``).

From the gradebook, the source notebooks, the referential, the rubric grades and the
jury's grades of the orals,
:func:`assess_course` computes every candidate's 38 competencies, 5 blocs and jury
proposal (:mod:`.model`, rule in ``course/validation.toml``, :mod:`.rule`);
:func:`write_reports` writes them under ``<course>/rapports/``:

- ``promotion.html``: the cohort's tables and charts;
- ``candidats/<identifiant>.html``: one report per candidate;
- ``competences.csv`` and ``competences.xlsx``: the export for the certifying body.

The HTML files are self-contained (styles inline, charts as base64 PNG or inline SVG): they open
offline and can be sent as attachments.
"""

from __future__ import annotations

import multiprocessing
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from cmcert_lib.grading.gradebook import read_gradebook
from cmcert_lib.layout import Course
from cmcert_lib.report.model import Cohort, assess
from cmcert_lib.report.rule import RuleError, load_rule
from cmcert_lib.report.sources import RubricSource, course_blocs, oral_records, questions_of

__all__ = ["ReportError", "ReportFiles", "assess_course", "build_reports", "write_reports"]

CANDIDATES_FOLDER = "candidats"  # inside the reports' folder, whichever it is


class ReportError(RuntimeError):
    """The report cannot be built; the message is French (trainers read it)."""


@dataclass
class ReportFiles:
    folder: Path
    cohort: Path
    csv: Path
    xlsx: Path
    candidates: dict[str, Path] = field(default_factory=dict)

    @property
    def candidates_folder(self) -> Path:
        return self.folder / CANDIDATES_FOLDER

    def summary(self) -> str:
        return "\n".join([
            f"Rapports de compétences écrits dans {self.folder}/ :",
            f"  promotion (HTML)         : {self.cohort}",
            (f"  candidats (HTML)         : {self.candidates_folder}/<candidat>.html "
            f"({len(self.candidates)} rapport(s))"),
            f"  export certificateur     : {self.csv}",
            f"                             {self.xlsx}",
        ])


def assess_course(course_root: Path, db_url: str | None = None, rule_file: Path | None = None,
                  source: RubricSource | None = None, now: datetime | None = None) -> Cohort:
    """Every candidate's competencies, blocs and jury proposal, from the course's records."""
    course_root = Path(course_root)
    if db_url is None:
        course = Course(course_root)
        if not course.has_gradebook():
            raise ReportError(f"Aucun carnet de notes ({course.gradebook_label}) : corrigez d’abord un bloc "
                              "(cmcert grade <bloc>).")
        db_url = course.gradebook_url
    if source is None:
        try:
            source = RubricSource.standard()
        except ImportError as exc:
            raise ReportError(f"Grilles de correction indisponibles : {exc}") from None
    try:
        rule = load_rule(course_root, rule_file, tuple(key for key, _ in source.levels))
    except RuleError as exc:
        raise ReportError(str(exc)) from None
    blocs = course_blocs(course_root)
    questions = {name: questions_of(course_root, name) for name in blocs.values()}
    data = read_gradebook(db_url, list(blocs.values()), course_root)
    try:
        rubrics = {name: source.rubrics(course_root, name) for name in blocs.values()}
    except ValueError as exc:  # rubrics.RubricError: the rubric file does not match the notebooks
        raise ReportError(f"Grilles de correction invalides :\n{exc}") from None
    judgements = {name: source.judgements(db_url, name) for name in blocs.values()}
    try:
        orals = oral_records(source, course_root, db_url, blocs)
    except ValueError as exc:  # the oral's rubric does not match the referential
        raise ReportError(f"Grille de soutenance invalide :\n{exc}") from None
    return assess(blocs, questions, data, rubrics, judgements, source, rule, now, orals)


def _file_name(student: str, taken: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9_.-]", "_", student).strip("._") or "candidat"
    name, n = base, 2
    while name.lower() in taken:
        name, n = f"{base}_{n}", n + 1
    taken.add(name.lower())
    return f"{name}.html"


def _write_exports(cohort: Cohort, files: ReportFiles) -> None:
    from cmcert_lib.report import export

    values = export.competency_values(cohort)
    export.write_csv(cohort, files.csv, values)
    export.write_xlsx(cohort, files.xlsx, values)


def write_reports(cohort: Cohort, folder: Path, parallel: bool = False) -> ReportFiles:
    """Write the cohort's HTML, the candidates' HTML and the exports into ``folder``.

    With ``parallel`` (and where processes fork), the CSV and the workbook are written by a child
    process while this one writes the pages: on two cores a large cohort's report takes the time of
    the longer of the two. Only for a single-threaded caller (``cmcert rapport``): forking a process
    with other threads (a Jupyter kernel publishing from the rubric tool) can leave the child waiting
    on a lock one of them held.  A child that fails is not trusted: the exports are written again here,
    where the error, if any, is raised.
    """
    from cmcert_lib.report import html

    folder = Path(folder)
    files = ReportFiles(folder, folder / "promotion.html", folder / "competences.csv",
                        folder / "competences.xlsx")
    files.candidates_folder.mkdir(parents=True, exist_ok=True)
    # A candidate removed from the gradebook must not keep a stale report beside the new ones.
    for stale in files.candidates_folder.glob("*.html"):
        stale.unlink()
    exports = None
    if parallel and "fork" in multiprocessing.get_all_start_methods():
        exports = multiprocessing.get_context("fork").Process(target=_write_exports, args=(cohort, files))
        exports.start()
    taken: set[str] = set()
    # Relative links: the folder opens from anywhere, or as attachments.
    links = {c.candidate.id: f"{CANDIDATES_FOLDER}/{_file_name(c.candidate.id, taken)}" for c in cohort.candidates}
    for result in cohort.candidates:
        path = folder / links[result.candidate.id]
        path.write_text(html.candidate_page(cohort, result), encoding="utf-8")
        files.candidates[result.candidate.id] = path
    files.cohort.write_text(html.cohort_page(cohort, links), encoding="utf-8")
    if exports is not None:
        exports.join()
    if exports is None or exports.exitcode != 0:
        _write_exports(cohort, files)
    return files


def build_reports(course_root: Path, folder: Path | None = None, rule_file: Path | None = None,
                  source: RubricSource | None = None, db_url: str | None = None,
                  parallel: bool = False) -> ReportFiles:
    """``cmcert rapport``: assess the course and write every report (``<course>/rapports/``)."""
    cohort = assess_course(course_root, db_url=db_url, rule_file=rule_file, source=source)
    return write_reports(cohort, folder or Course(Path(course_root)).reports_root, parallel)
