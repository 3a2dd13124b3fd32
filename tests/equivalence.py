"""The equivalence suite: answers written differently, graded through the real grading path.

For every autograded question of a bloc, ``tests/<bloc>/equivalence/notebook_<NN>.py`` holds:

* ``CORRECT``: ``{answer cell id: (Variant, Variant, Variant, ...)}``, at least three correct answers a
  competent candidate could write (other pandas methods, other allowed forms, other roundings);
  each must earn every point of the question's test cells;
* ``HOLLOW``: ``{answer cell id: (Variant, Variant, ...)}``, at least two answers with only the right
  shape, or wrong but plausible; each must earn less than half of the points, and the feedback
  must say what is wrong (at least one « • » remark on every test cell that lost points).

The *k*-th variants of every question form one synthetic candidate, ``eq_correct_<k>`` or
``eq_hollow_<k>``: the release copy with those answers written in (the other answers are the
model solution), handed in under ``submitted/`` and graded by :func:`cmcert_lib.grading.batch.grade_bloc`
(sandbox, export of the answers, trusted scoring, nbgrader's gradebook), as a real cohort is.
Variants of one candidate run in one kernel, top to bottom: a hollow variant must not rely on a
variable that an earlier hollow variant spoils; write it self-contained.

Run ``python -m tests.equivalence [--bloc bloc1] [--notebook 02]`` for the table of counts;
``tests/integration/test_equivalence.py`` asserts them.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import nbformat

from cmcert_lib.authoring import cells, textformat
from cmcert_lib.authoring.build import build_sources, ensure_release
from cmcert_lib.demo import SOLUTION_MARKER, fill
from cmcert_lib.layout import Course

ROOT = Path(__file__).resolve().parents[1]
MIN_CORRECT = 3
MIN_HOLLOW = 2
REMARK = "• "


@dataclass(frozen=True)
class Variant:
    why: str  # what makes this answer different, for the developer reading a failure
    source: str  # the answer cell's code


@dataclass
class QuestionResult:
    """One variant of one answer cell, as graded: the points of the test cells that follow it."""

    notebook: str
    answer: str
    kind: str  # "correct" or "hollow"
    index: int
    why: str
    earned: float = 0.0
    maximum: float = 0.0
    silent_losses: list[str] = field(default_factory=list)  # test cells that lost points without a remark

    @property
    def ok(self) -> bool:
        if self.kind == "correct":
            return self.maximum > 0 and abs(self.earned - self.maximum) < 1e-6
        return self.earned < self.maximum / 2 and not self.silent_losses

    def describe(self) -> str:
        verdict = "ok" if self.ok else "FAILS"
        extra = f", lost points with no remark on {', '.join(self.silent_losses)}" if self.silent_losses else ""
        return (f"{self.notebook} {self.answer} {self.kind}[{self.index}] ({self.why}): "
                f"{self.earned:g} / {self.maximum:g}{extra} -> {verdict}")


def model_answer(source: Path, answer: str) -> str:
    """The model answer of cell ``answer`` in the course text ``source``, without nbgrader's solution markers:
    the base of the variants that rewrite the model answer."""
    for spec in textformat.parse(source.read_text(encoding="utf-8"), str(source)):
        if spec.attrs.get("id") == answer:
            return "\n".join(line for line in spec.text.splitlines() if not SOLUTION_MARKER.match(line)) + "\n"
    raise KeyError(answer)


def variant_module(bloc: str, notebook: str) -> ModuleType | None:
    """``tests.<bloc>.equivalence.notebook_<NN>``, or None when the notebook has none."""
    name = f"tests.{bloc}.equivalence.notebook_{notebook[:2]}"
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and name.startswith(exc.name):
            return None
        raise


def autograded_questions(source_nb: nbformat.NotebookNode) -> dict[str, list[str]]:
    """Answer cell id -> the autograded test cells that follow it (before the next answer cell)."""
    questions: dict[str, list[str]] = {}
    current = None
    for cell in source_nb.cells:
        if cells.is_answer(cell) and cell.cell_type == "code":
            current = cells.grade_id(cell)
        elif cells.is_test(cell) and current is not None:
            questions.setdefault(current, []).append(cells.grade_id(cell))
    return questions


def missing_variants(bloc: str, notebook: str, source_nb: nbformat.NotebookNode) -> list[str]:
    """What the notebook's variant module lacks: a French-free list of developer messages."""
    module = variant_module(bloc, notebook)
    problems = []
    correct = getattr(module, "CORRECT", {}) if module else {}
    hollow = getattr(module, "HOLLOW", {}) if module else {}
    questions = autograded_questions(source_nb)
    for answer in questions:
        if len(correct.get(answer, ())) < MIN_CORRECT:
            problems.append(f"{notebook}: {answer} has {len(correct.get(answer, ()))} correct variants, "
                            f"needs {MIN_CORRECT}")
        if len(hollow.get(answer, ())) < MIN_HOLLOW:
            problems.append(f"{notebook}: {answer} has {len(hollow.get(answer, ()))} hollow variants, "
                            f"needs {MIN_HOLLOW}")
    for answer in set(correct) | set(hollow):
        if answer not in questions:
            problems.append(f"{notebook}: variants for {answer!r}, which is not an autograded answer cell")
    return problems


def _candidates(module: ModuleType) -> dict[str, tuple[str, int, dict[str, Variant]]]:
    """Candidate id -> (kind, index, {answer id: variant})."""
    result = {}
    for kind, table in (("correct", module.CORRECT), ("hollow", module.HOLLOW)):
        count = max((len(v) for v in table.values()), default=0)
        for index in range(count):
            chosen = {answer: variants[index] for answer, variants in table.items() if index < len(variants)}
            result[f"eq_{kind}_{index}"] = (kind, index, chosen)
    return result


def _test_cell_outputs(nb: nbformat.NotebookNode) -> dict[str, str]:
    texts = {}
    for cell in nb.cells:
        if cells.is_test(cell):
            parts = []
            for output in cell.get("outputs", []):
                if output.get("output_type") == "stream":
                    parts.append(str(output.get("text", "")))
                elif output.get("output_type") == "error":
                    parts.append(str(output.get("evalue", "")))
            texts[cells.grade_id(cell)] = "".join(parts)
    return texts


def run(course: Course, bloc: str, notebooks: list[str] | None = None) -> list[QuestionResult]:
    """Hand in and grade every variant candidate of ``bloc`` (or of the named notebooks) on ``course``."""
    from nbgrader.api import Gradebook, MissingEntry

    from cmcert_lib.grading.batch import grade_bloc

    build_sources(course, bloc)
    ensure_release(course, bloc)
    names = sorted(p.name for p in course.release(bloc).glob("*.ipynb"))
    if notebooks:
        names = [n for n in names if any(n.startswith(prefix) for prefix in notebooks)]
    plan: dict[str, dict[str, tuple[str, int, dict[str, Variant]]]] = {}  # notebook -> candidates
    for name in names:
        module = variant_module(bloc, name)
        if module is not None:
            plan[name] = _candidates(module)
    students = sorted({student for candidates in plan.values() for student in candidates})
    for student in students:
        dest = course.submitted(student, bloc)
        shutil.rmtree(dest, ignore_errors=True)
        dest.mkdir(parents=True)
        for name, candidates in plan.items():
            if student not in candidates:
                continue
            release_nb = nbformat.read(course.release(bloc) / name, as_version=4)
            source_nb = nbformat.read(course.source(bloc) / name, as_version=4)
            overrides = {answer: variant.source for answer, variant in candidates[student][2].items()}
            (dest / name).write_text(textformat.dumps(fill(release_nb, source_nb, overrides)), encoding="utf-8")
        (dest / "timestamp.txt").write_text("2027-02-01 18:00:00.000000 UTC\n", encoding="utf-8")
    if not students:
        return []
    grade_bloc(course, bloc, students)

    results = []
    with Gradebook(course.gradebook_url) as gb:
        for name, candidates in plan.items():
            stem = name.removesuffix(".ipynb")
            questions = autograded_questions(nbformat.read(course.source(bloc) / name, as_version=4))
            for student, (kind, index, chosen) in candidates.items():
                try:
                    grades = {g.name: g for g in gb.find_submission_notebook(stem, bloc, student).grades}
                except MissingEntry:
                    grades = {}
                graded = course.autograded(student, bloc) / name
                outputs = _test_cell_outputs(nbformat.read(graded, as_version=4)) if graded.exists() else {}
                for answer, variant in chosen.items():
                    item = QuestionResult(stem, answer, kind, index, variant.why)
                    for test in questions.get(answer, []):
                        grade = grades.get(test)
                        maximum = float(grade.max_score) if grade else 0.0
                        earned = float(grade.auto_score or 0.0) if grade else 0.0
                        item.maximum += maximum
                        item.earned += earned
                        if kind == "hollow" and earned < maximum and REMARK not in outputs.get(test, ""):
                            item.silent_losses.append(test)
                    results.append(item)
    return results


def table(results: list[QuestionResult]) -> str:
    """Per notebook: correct variants with full marks, hollow variants below half (with a remark)."""
    lines = ["| notebook | correct variants with full marks | hollow variants below half |", "| --- | --- | --- |"]
    for notebook in sorted({r.notebook for r in results}):
        mine = [r for r in results if r.notebook == notebook]
        correct = [r for r in mine if r.kind == "correct"]
        hollow = [r for r in mine if r.kind == "hollow"]
        lines.append(f"| {notebook} | {sum(r.ok for r in correct)} / {len(correct)} "
                     f"| {sum(r.ok for r in hollow)} / {len(hollow)} |")
    return "\n".join(lines)


_NOTEBOOK = re.compile(r"^\d{2}$")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bloc", default="bloc1")
    parser.add_argument("--notebook", action="append", help="two digits, e.g. 02 (repeatable)")
    parser.add_argument("--json", action="store_true", help="one JSON object per variant")
    args = parser.parse_args(argv)
    for number in args.notebook or []:
        if not _NOTEBOOK.match(number):
            parser.error(f"--notebook takes two digits, not {number!r}")
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="cmcert-equivalence-") as tmp:
        course = Course(ROOT).copy_to(Path(tmp))
        results = run(course, args.bloc, args.notebook)
    if args.json:
        for r in results:
            print(json.dumps({**r.__dict__, "ok": r.ok}, ensure_ascii=False))
    else:
        for r in results:
            if not r.ok:
                print(r.describe())
        print(table(results))
        print(f"{len(results)} variant(s) graded in {time.monotonic() - began:.0f} s")
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
