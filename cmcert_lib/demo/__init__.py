"""The demo cohort: synthetic candidates submitted, graded and reported end to end.

``cmcert demo`` (``make demo``) builds the candidates' copy of every bloc, writes
four submissions per bloc into ``submitted/`` as ``nbgrader collect`` would, grades
them with ``cmcert grade``, grades the model candidate's judgement answers with the
rubrics, writes the oral's sheets where a bloc has one, and builds the jury's reports.

The wrong answers of the partly-right candidate live in each bloc's package, one
module per notebook (``cmcert_lib/bloc1/demo/notebook_02.py`` ...), with the points they are worth.
"""

from __future__ import annotations

import importlib
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import nbformat

from cmcert_lib import nbgrader_steps
from cmcert_lib.authoring import cells, textformat
from cmcert_lib.authoring.build import build_sources, ensure_release
from cmcert_lib.layout import Course, CourseError

SOLUTION_MARKER = re.compile(r"^\s*### (BEGIN|END) SOLUTION\s*$")

# What the partly-right candidate writes in every manually graded answer.
WEAK_MANUAL_ANSWER = (
    "La marque doit être plus présente sur les réseaux sociaux et publier plus souvent, "
    "avec des contenus qui plaisent à sa cible."
)


@dataclass(frozen=True)
class DemoCandidate:
    student_id: str
    first_name: str
    last_name: str
    profile: str  # French, shown in the demo's summary


# The candidate whose judgement work the demo's trainer grades (the others wait for a trainer).
MODEL_CANDIDATE = "demo_complet"

CANDIDATES = (
    DemoCandidate("demo_complet", "Camille", "Durand", "copie complète et juste"),
    DemoCandidate("demo_partiel", "Yanis", "Benali", "copie en partie juste"),
    DemoCandidate("demo_vide", "Léa", "Martin", "copie rendue vierge"),
    DemoCandidate(
        "demo_perturbateur",
        "Hugo",
        "Lefèvre",
        "copie qui casse : erreur, cellule de test supprimée, boucle infinie (bloc 1), flot de sorties "
        "(bloc 2) ou test réécrit (bloc 3), notebook manquant",
    ),
)


def solution_source(cell: nbformat.NotebookNode) -> str:
    """The model answer of a source cell, without nbgrader's solution markers."""
    lines = [line for line in cell.source.splitlines() if not SOLUTION_MARKER.match(line)]
    return "\n".join(lines)


def _cells_by_id(nb: nbformat.NotebookNode) -> dict[str, nbformat.NotebookNode]:
    return {cells.grade_id(c): c for c in nb.cells if cells.grade_id(c) is not None}


def _answer_cells(nb: nbformat.NotebookNode) -> list[nbformat.NotebookNode]:
    return [c for c in nb.cells if cells.is_answer(c)]


def fill(release_nb, source_nb, overrides: dict[str, str] | None = None, manual: str | None = None):
    """A candidate's notebook: the release copy with answers written in."""
    nb = nbformat.from_dict(release_nb)
    source = _cells_by_id(source_nb)
    for cell in _answer_cells(nb):
        grade_id = cells.grade_id(cell)
        if overrides and grade_id in overrides:
            cell.source = overrides[grade_id]
        elif manual is not None and cell.cell_type == "markdown":
            cell.source = manual
        else:
            cell.source = solution_source(source[grade_id])
    return nb


def partial_module(bloc: str, notebook: str):
    """The partly-right candidate's answers for one notebook (``cmcert_lib.<bloc>.demo.notebook_<NN>``)."""
    return importlib.import_module(f"cmcert_lib.{bloc}.demo.notebook_{notebook[:2]}")


# --- the disruptive candidate: one kind of breakage per notebook ------------------


def _break_with_error(nb):
    code = [c for c in _answer_cells(nb) if c.cell_type == "code"]
    if code:
        # A typo before the answer: the cell stops with a NameError.
        code[0].source = "donnees_nettoyees = donnes_brutes.dropna()\n" + code[0].source
    return nb


def _break_by_deleting_a_test(nb):
    tests = [c for c in nb.cells if cells.is_test(c)]
    if tests:
        nb.cells.remove(tests[0])
    return nb


def _break_with_a_loop(nb):
    code = [c for c in _answer_cells(nb) if c.cell_type == "code"]
    if code:
        code[0].source += "\n\n# « juste pour voir »\nwhile True:\n    pass\n"
    return nb


def _break_with_a_flood(nb):
    code = [c for c in _answer_cells(nb) if c.cell_type == "code"]
    if code:
        # A debugging print of a whole list left in: far more output than a graded copy keeps
        # (about 3 MB, past the 2 MiB kept per cell, in one call so the demo does not wait on it).
        code[0].source += "\n\nprint('contrôle', list(range(400_000)))\n"
    return nb


def _break_by_faking_a_test(nb):
    tests = [c for c in nb.cells if cells.is_test(c)]
    if tests:
        # The check rewritten to claim success: grading puts the original back and says so.
        tests[0].source = 'print("✅ Tout est juste.")\n'
    return nb


# Every bloc's first two notebooks break the same way; the third shows one more protection per bloc
# (the infinite loop once: stopping it costs a core the whole cell timeout, 20 s).
BREAKAGES: tuple[Callable, ...] = (_break_with_error, _break_by_deleting_a_test)
THIRD_BREAKAGES: tuple[Callable, ...] = (_break_with_a_loop, _break_with_a_flood, _break_by_faking_a_test)
MISSING_NOTEBOOK_INDEX = -1  # the disruptive candidate does not hand in the last notebook


def breakages(course: Course, bloc: str) -> tuple[Callable, ...]:
    """How the disruptive candidate breaks the notebooks of ``bloc``, in order (the rest are handed in whole)."""
    blocs = course.blocs()
    position = blocs.index(bloc) if bloc in blocs else 0
    return (*BREAKAGES, THIRD_BREAKAGES[position % len(THIRD_BREAKAGES)])


def write_submissions(course: Course, bloc: str) -> list[Path]:
    """Write the cohort's submissions into submitted/<student>/<bloc>/ and return the folders."""
    release_dir, source_dir = course.release(bloc), course.source(bloc)
    names = sorted(p.name for p in release_dir.glob("*.ipynb"))
    broken_by = breakages(course, bloc)
    folders = []
    for cand in CANDIDATES:
        dest = course.submitted(cand.student_id, bloc)
        if dest.exists():
            shutil.rmtree(dest)
        dest.mkdir(parents=True)
        for index, name in enumerate(names):
            release_nb = nbformat.read(release_dir / name, as_version=4)
            source_nb = nbformat.read(source_dir / name, as_version=4)
            if cand.student_id == "demo_complet":
                nb = fill(release_nb, source_nb)
            elif cand.student_id == "demo_partiel":
                module = partial_module(bloc, name)
                nb = fill(release_nb, source_nb, module.PARTIAL_ANSWERS, WEAK_MANUAL_ANSWER)
            elif cand.student_id == "demo_vide":
                nb = release_nb
            else:
                if index == len(names) + MISSING_NOTEBOOK_INDEX:
                    continue
                nb = fill(release_nb, source_nb)
                if index < len(broken_by):
                    nb = broken_by[index](nb)
            (dest / name).write_text(textformat.dumps(nb), encoding="utf-8")
        (dest / "timestamp.txt").write_text("2027-02-01 18:00:00.000000 UTC\n", encoding="utf-8")
        folders.append(dest)
    return folders


def grade_with_rubrics(course: Course, bloc: str, student: str) -> int:
    """A trainer's rubric grades for one candidate's manual answers (every criterion « Maîtrisé »), as the
    grading tool saves them; then the feedback and the grades table are written again."""
    from cmcert_lib.authoring.rubrics import load_rubrics
    from cmcert_lib.grading.batch import write_tables
    from cmcert_lib.marking import store as rubric_store

    rubrics = load_rubrics(course.root, bloc)
    for rubric in rubrics.values():
        revision = rubric_store.cell_revision(course.gradebook_url, bloc, rubric.notebook, rubric.cell, student)
        rubric_store.save_cell(course.gradebook_url, rubric, student, {c.id: "maitrise" for c in rubric.criteria},
                               {}, "Réponse complète, argumentée à partir des données et du brief.",
                               "formateur (démonstration)", revision)
    step = nbgrader_steps.generate_feedback(course.root, bloc, student)
    if not step.ok:
        raise CourseError(f"Le retour HTML de {student} n'a pas pu être régénéré :\n{step.log[-2000:]}")
    write_tables(course, bloc)
    return len(rubrics)


def run_demo(course: Course, blocs: list[str] | None = None) -> None:
    """The whole pipeline on the demo cohort, for the named blocs (every bloc of the course by default)."""
    from nbgrader.api import Gradebook

    from cmcert_lib.demo.jury import write_jury_demo
    from cmcert_lib.grading.batch import grade_blocs
    from cmcert_lib.grading.progress import Progress
    from cmcert_lib.report import build_reports

    blocs = list(blocs or course.blocs())
    unknown = [b for b in blocs if b not in course.blocs()]
    if unknown:
        raise CourseError(f"Bloc inconnu : {unknown[0]} (blocs du cours : {', '.join(course.blocs())}).")
    print(f"1. Copies candidat ({', '.join(blocs)}) : génération de release/<bloc>/ depuis source/<bloc>/")
    for bloc in blocs:
        build_sources(course, bloc)
        ensure_release(course, bloc)
    print(f"2. Promotion de démonstration : {len(CANDIDATES)} copies par bloc déposées dans submitted/")
    for bloc in blocs:
        write_submissions(course, bloc)
    with Gradebook(course.gradebook_url) as gb:
        for cand in CANDIDATES:
            gb.update_or_create_student(
                cand.student_id, first_name=cand.first_name, last_name=cand.last_name
            )
    for cand in CANDIDATES:
        print(f"   - {cand.student_id} ({cand.first_name} {cand.last_name}) : {cand.profile}")
    kind = "SQLite" if course.gradebook_file is not None else "du serveur de base de données"
    print(f"3. Correction automatique (cmcert grade) sur le carnet de notes {kind}")
    # Every bloc in one batch: one sandbox pool, no core idle while a bloc's last candidates are recorded.
    progress = Progress(with_bloc=len(blocs) > 1)  # the bar on a terminal, one line per copy graded
    try:
        reports = grade_blocs(course, {bloc: [c.student_id for c in CANDIDATES] for bloc in blocs},
                              listener=progress)
    except BaseException:
        progress.close()
        raise
    progress.close()
    for bloc in blocs:
        print(reports[bloc].summary())
    print("Où trouver les résultats :")
    print(f"  carnet de notes      : {course.gradebook_label}")
    print(f"  copies corrigées     : {course.autograded_root}/<candidat>/<bloc>/")
    print(f"  retours HTML         : {course.feedback_root}/<candidat>/<bloc>/")
    for report in reports.values():
        print(f"  tableau des notes    : {report.grades_csv}")
        print(f"  rapport d'intégrité  : {report.integrity_report}")
    print(f"4. Réponses rédigées : un formateur note avec les grilles la copie de {MODEL_CANDIDATE} "
          "(les autres attendent leur correction)")
    for bloc in blocs:
        graded = grade_with_rubrics(course, bloc, MODEL_CANDIDATE)
        print(f"  {bloc} : {graded} réponse(s) notée(s) ; retours HTML et tableau des notes mis à jour")
    sessions = write_jury_demo(course, blocs, [c.student_id for c in CANDIDATES])
    for session in sessions:
        print(f"5. Soutenance : session {session.id} du {session.label}, fiches de "
              f"{' et '.join(j.name for j in session.jurors)} (cmcert jury bilan {session.bloc})")
    if sessions:
        print(f"  sessions             : {course.jury_sessions_file}")
    print("6. Rapports de compétences pour le jury (cmcert rapport)")
    files = build_reports(course.root)
    print(f"  promotion            : {files.cohort}")
    print(f"  candidats            : {files.candidates_folder}/<candidat>.html")
    print(f"  export certificateur : {files.csv}, {files.xlsx}")
