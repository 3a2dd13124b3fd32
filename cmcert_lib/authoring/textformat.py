"""Text sources of the course notebooks, and their conversion to nbgrader notebooks.

Each notebook is written once, as a "percent" text file under ``course/<bloc>/``
(reviewable in a diff, no outputs), and generated one way into
``source/<bloc>/<name>.ipynb``.  A cell starts with a header line::

    # %% [markdown]                                  plain text
    # %%                                             plain code
    # %% solution id=engagement                      autograded answer (code)
    # %% tests id=engagement_tests points=3 competencies=C1.2.2
    # %% manual id=reformulation points=4 competencies=C1.1.1 criteria=B1-01,B1-02
    # %% readonly id=setup                           locked code cell

Markdown lines carry a leading ``# `` that is removed.  Competency codes are
stored in ``metadata.cmcert.competencies`` of the source notebook only; the
grading tools read them from there, never from a submission.

A manual cell names the referential's evaluation criteria it is judged on
(``criteria=``, required); the build writes their exact text into a locked
markdown cell just above the answer (``<id>_grille``), so the candidate reads
the trainer's marking guide and its wording has a single source, the
referential module.
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from cmcert_lib.authoring import cells
from cmcert_lib.authoring import rubrics as rubrics_mod
from cmcert_lib.facts import referential

HEADER = re.compile(r"^# %%(?P<rest>.*)$")
KINDS = ("code", "markdown", "solution", "tests", "manual", "readonly")
GRADE_ID = re.compile(r"^[a-z][a-z0-9_]{2,60}$")

KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


class FormatError(ValueError):
    """A course text source that cannot become a notebook; says where and why."""


@dataclass
class CellSpec:
    kind: str
    line: int
    attrs: dict[str, str] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        body = self.lines
        if self.kind in ("markdown", "manual"):
            body = [_uncomment(line) for line in body]
        return "\n".join(body).strip("\n")


def _uncomment(line: str) -> str:
    if line.startswith("# "):
        return line[2:]
    if line.rstrip() == "#":
        return ""
    return line


def parse(text: str, origin: str = "<texte>") -> list[CellSpec]:
    specs: list[CellSpec] = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = HEADER.match(line)
        if match:
            specs.append(_parse_header(match["rest"], number, origin))
        elif specs:
            specs[-1].lines.append(line)
        elif line.strip():
            raise FormatError(f"{origin}:{number}: text before the first '# %%' cell header")
    return specs


def _parse_header(rest: str, number: int, origin: str) -> CellSpec:
    words = shlex.split(rest.strip())
    kind = "code"
    if words and words[0] == "[markdown]":
        kind = "markdown"
        words = words[1:]
    if words and "=" not in words[0]:
        kind = words.pop(0)
    if kind not in KINDS:
        raise FormatError(f"{origin}:{number}: unknown cell kind {kind!r}")
    attrs = {}
    for word in words:
        key, sep, value = word.partition("=")
        if not sep:
            raise FormatError(f"{origin}:{number}: expected key=value, got {word!r}")
        attrs[key] = value
    return CellSpec(kind, number, attrs)


def _mark(cell: nbformat.NotebookNode, spec: CellSpec, origin: str) -> None:
    """The nbgrader marks of a cell of kind solution, tests, manual or readonly."""
    grade_id = spec.attrs.get("id", "")
    if not GRADE_ID.match(grade_id):
        raise FormatError(f"{origin}:{spec.line}: {spec.kind} cell needs id=<snake_case id>")
    graded = spec.kind in ("tests", "manual")
    points = None
    if graded:
        try:
            points = float(spec.attrs["points"])
        except (KeyError, ValueError):
            raise FormatError(f"{origin}:{spec.line}: graded cell needs points=<number>") from None
        if points <= 0:
            raise FormatError(f"{origin}:{spec.line}: points must be positive")
    cells.mark(cell, grade_id, grade=graded, solution=spec.kind in ("solution", "manual"),
               locked=spec.kind in ("tests", "readonly"), points=points)


def _competencies(spec: CellSpec, origin: str) -> list[str]:
    codes = [c for c in spec.attrs.get("competencies", "").split(",") if c]
    if spec.kind in ("tests", "manual") and not codes:
        raise FormatError(f"{origin}:{spec.line}: graded cell needs competencies=<codes>")
    for code in codes:
        if not referential.is_competency_code(code):
            raise FormatError(f"{origin}:{spec.line}: {code} is not a competency of the referential")
    return codes


def _criteria(spec: CellSpec, origin: str) -> list[referential.Criterion]:
    ids = [c for c in spec.attrs.get("criteria", "").split(",") if c]
    if spec.kind == "manual" and not ids:
        raise FormatError(f"{origin}:{spec.line}: manual cell needs criteria=<criterion ids>")
    if ids and spec.kind != "manual":
        raise FormatError(f"{origin}:{spec.line}: criteria= belongs on manual cells only")
    found = []
    for ident in ids:
        try:
            found.append(referential.criterion(ident))
        except KeyError:
            raise FormatError(f"{origin}:{spec.line}: {ident} is not a criterion of the referential") from None
    return found


def marking_guide(grade_id: str, points: float, codes: list[str], criteria, rubric=None) -> nbformat.NotebookNode:
    """The locked markdown cell that shows a manual answer's marking guide to the candidate.

    With a rubric (:class:`cmcert_lib.authoring.rubrics.Rubric`), a table criterion x level follows the
    referential's criteria: descriptors and points, what the trainer will judge.  The
    trainer's comment bank stays out of it.
    """
    lines = [
        (f"**Grille de correction** — {points:g} point{'s' if points > 1 else ''}, "
        f"compétence{'s' if len(codes) > 1 else ''} {', '.join(codes)}. "
        "Le formateur évalue votre réponse sur ces critères du référentiel :"),
        "",
    ]
    for crit in criteria:
        heading = f"*{crit.heading}* — " if crit.heading else ""
        lines.append(f"- {heading}{crit.text} ({crit.id})")
    if rubric is not None:
        lines += ["", *rubrics_mod.guide_table(rubric)]
    cell = nbformat.v4.new_markdown_cell("\n".join(lines))
    cell.pop("id", None)
    cells.mark(cell, f"{grade_id}_grille", grade=False, solution=False, locked=True)
    cells.describe(cell, criteria=[c.id for c in criteria])
    return cell


def build(text: str, origin: str = "<texte>", rubrics: dict | None = None) -> nbformat.NotebookNode:
    """Build the nbgrader source notebook for one text source.

    ``rubrics`` maps (notebook stem, grade_id) to the bloc's rubrics; by default they are read
    from the rubric file beside ``origin`` when there is one (``course/<bloc>/rubriques.toml``),
    and then every manual cell must have a rubric that agrees with it.  ``rubrics={}`` builds
    without them.
    """
    if rubrics is None:
        try:
            rubrics = rubrics_mod.rubrics_beside(Path(origin))
        except rubrics_mod.RubricError as exc:
            raise FormatError(f"{origin}: {exc}") from None
    stem = Path(origin).stem
    nb = nbformat.v4.new_notebook()
    nb.metadata = {
        "kernelspec": dict(KERNELSPEC),
        "language_info": {"name": "python"},
    }
    seen: set[str] = set()
    for spec in parse(text, origin):
        if spec.kind in ("markdown", "manual"):
            cell = nbformat.v4.new_markdown_cell(spec.text)
        else:
            cell = nbformat.v4.new_code_cell(spec.text)
        cell.pop("id", None)
        if spec.kind not in ("code", "markdown"):
            _mark(cell, spec, origin)
            if cells.grade_id(cell) in seen:
                raise FormatError(f"{origin}:{spec.line}: duplicated id {cells.grade_id(cell)}")
            seen.add(cells.grade_id(cell))
        codes = _competencies(spec, origin)
        criteria = _criteria(spec, origin)
        cells.describe(cell, competencies=codes, criteria=[c.id for c in criteria])
        if criteria:
            grade_id, points = cells.grade_id(cell), cells.points(cell)
            rubric = None
            if rubrics:
                rubric = rubrics.get((stem, grade_id))
                if rubric is None:
                    raise FormatError(f"{origin}:{spec.line}: manual cell {grade_id} has no rubric "
                                      f"in the bloc's {rubrics_mod.RUBRIC_FILE}")
                errors = rubrics_mod.check_against_cell(rubric, rubrics_mod.ManualCell(
                    stem, grade_id, points, cells.competencies(cell), cells.criteria(cell)))
                if errors:
                    raise FormatError(f"{origin}:{spec.line}: " + "\n".join(errors))
            guide = marking_guide(grade_id, points, codes, criteria, rubric)
            if cells.grade_id(guide) in seen:
                raise FormatError(f"{origin}:{spec.line}: duplicated id {cells.grade_id(guide)}")
            seen.add(cells.grade_id(guide))
            nb.cells.append(guide)
        nb.cells.append(cell)
    nb.nbformat, nb.nbformat_minor = 4, 4
    return nb


def dumps(nb: nbformat.NotebookNode) -> str:
    """Stable JSON text, so generated notebooks compare and diff cleanly."""
    return json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def build_file(src: Path, dest: Path) -> bool:
    """Write dest from src; return True when the file changed."""
    text = dumps(build(src.read_text(encoding="utf-8"), str(src)))
    if dest.exists() and dest.read_text(encoding="utf-8") == text:
        return False
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(text, encoding="utf-8")
    return True
