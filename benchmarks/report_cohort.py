"""A synthetic course over the referential's five blocs, graded for N candidates: what `cmcert rapport` reads.

Only Bloc 1 exists as course content; the report must still scale to five blocs. This module builds,
in an empty folder, the records the report reads, as the real pipeline leaves them:

- ``source/bloc<N>/NN_activite_<k>.ipynb``: one notebook per activity of the bloc (the referential's
  A<N>.<k>); per competency of the activity, 2 to 5 autograded test cells and one or two answers
  graded by hand (``metadata.nbgrader`` and ``metadata.cmcert``, as ``cmcert build`` writes them),
  each under a « ### Question » heading; Bloc 1's density: about 3.3 test cells and 1.3 manual
  answers per competency;
- ``course/bloc<N>/rubriques.toml``: a rubric of three criteria per manual answer, on a criterion of
  the referential; ``course/bloc1/soutenance.toml`` and ``course/bloc3/soutenance.toml``: the oral's
  rubric on the referential's « Présentation » criteria; ``course/validation.toml``: the course's rule;
  ``course/bloc<N>/NN_*.py``: one line each, so that the course knows its blocs;
- ``gradebook.db``: nbgrader's tables (assignments, notebooks and cells through the Gradebook API;
  students, hand-ins, grades and comments written in bulk, as ``nbgrader autograde`` leaves them: a
  test cell scored, a manual answer waiting for a trainer, or scored 0 when left blank), the rubric
  grades of :mod:`cmcert_lib.marking.store` (nbgrader's manual score set too) and the jurors' sheets
  of :mod:`cmcert_lib.marking.jury`;
- ``submitted/<candidat>/<bloc>/``: the notebooks handed in (the report tells a missing notebook
  from a blank one by them); ``jury/sessions.toml``: sessions of 25 candidates, two jurors each.

Candidates follow the demo's four profiles in turn (complete, partial, blank, disruptive), drawn with
a fixed seed: a partial candidate presents 2 to 4 blocs and misses notebooks, trainers have graded
most but not all answers, some rubric grades wait for a review, and the jury's sheets are all in for
most orals, one of two for some, far apart on a criterion for a few, missing for the rest.
"""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from cmcert_lib.authoring import cells
from cmcert_lib.authoring.rubrics import LEVEL_KEYS, load_rubrics
from cmcert_lib.authoring.soutenance import load_oral_rubric, oral_competencies, oral_criteria
from cmcert_lib.facts import referential, soutenance
from cmcert_lib.layout import Course

SEED = 15
PROFILES = ("complet", "partiel", "vide", "perturbateur")
CRITERION_POINTS = [0, 0.25, 0.75, 1]  # a rubric criterion of a manual answer (Bloc 1's scale)
ORAL_POINTS = [0, 1, 3, 4]
DESCRIPTORS = ["Absent ou hors sujet.", "Ébauché, avec des erreurs.", "Traité correctement.",
               "Traité avec précision et recul."]
SESSION_SIZE = 25
FIRST_NAMES = ("Camille", "Léa", "Hugo", "Inès", "Nathan", "Chloé", "Yanis", "Manon", "Louis", "Sarah",
               "Adam", "Jade", "Lucas", "Zoé", "Karim", "Emma", "Théo", "Aïcha", "Jules", "Maëlys")
LAST_NAMES = ("Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Diallo", "Nguyen", "Lefèvre", "Roux",
              "Fontaine", "Benali", "Girard", "Mercier", "Garnier", "Faure", "Chevalier", "Traoré", "Leroy")
HANDED_IN = nbformat.writes(new_notebook()) + "\n"


@dataclass
class SyntheticCohort:
    root: Path
    candidates: int
    blocs: int
    questions: int  # graded cells of the course
    grades: int  # rows of nbgrader's grade table
    rubric_grades: int  # manual answers graded with their rubric
    sheets: int  # jurors' sheets saved


@dataclass(frozen=True)
class _Cell:
    notebook: str
    name: str
    manual: bool
    points: float


# --- the course -----------------------------------------------------------------------------


def _notebooks(number: int, rng: random.Random) -> dict[str, list[tuple[nbformat.NotebookNode, _Cell]]]:
    """Notebook stem -> its graded cells, one notebook per activity of the bloc."""
    bloc = referential.bloc(number)
    oral = {c.id for c in oral_criteria(number)}
    written = [c.id for c in bloc.criteria if c.id not in oral] or [c.id for c in bloc.criteria]
    found = {}
    question = 0
    for index, activity in enumerate(bloc.activities, start=1):
        stem = f"{index:02d}_activite_{activity.code.lower().replace('.', '_')}"
        graded = []
        for comp in (c for c in bloc.competencies if c.activity == activity.code):
            slug = comp.code.lower().replace(".", "_")
            kinds = [False] * rng.randint(2, 5) + [True] * (1 + (rng.random() < 0.33))
            rng.shuffle(kinds)
            for k, manual in enumerate(kinds, start=1):
                question += 1
                name = f"{slug}_{'analyse' if manual else 'tests'}_{k}"
                points = 3.0 if manual else float(rng.randint(1, 4))
                if manual:
                    cell = new_markdown_cell(cells.TEXT_STUB)
                    criterion = written[question % len(written)]
                    cells.describe(cell, [comp.code], [criterion])
                else:
                    cell = new_code_cell(f"assert reponse_{slug}_{k} is not None")
                    cells.describe(cell, [comp.code])
                cells.mark(cell, name, grade=True, solution=manual, locked=not manual, points=points)
                heading = new_markdown_cell(f"### Question {number}.{question} — {comp.text[:60]}")
                graded.append((heading, cell, _Cell(stem, name, manual, points)))
        found[stem] = graded
    return found


def _rubrics_toml(cells_of: dict[str, list], criteria_of: dict[tuple[str, str], str]) -> str:
    lines = []
    for graded in cells_of.values():
        for _heading, cell, info in graded:
            if not info.manual:
                continue
            lines += ["[[rubrique]]", f'notebook = "{info.notebook}"', f'cellule = "{info.name}"', ""]
            for k in range(1, 4):
                lines += ["[[rubrique.critere]]", f'id = "aspect_{k}"', f'titre = "Aspect {k} de la réponse"',
                          f'referentiel = "{criteria_of[(info.notebook, info.name)]}"',
                          f"competences = {json.dumps(list(cells.competencies(cell)))}",
                          f"points = {CRITERION_POINTS}",
                          f"descripteurs = {json.dumps(DESCRIPTORS, ensure_ascii=False)}", ""]
    return "\n".join(lines)


def _oral_toml(number: int) -> str:
    lines = ["[soutenance]", ""]
    codes = json.dumps(list(oral_competencies(number)))
    for ref in oral_criteria(number):
        for k in (1, 2):
            lines += ["[[soutenance.critere]]", f'id = "{ref.id.lower().replace("-", "_")}_{k}"',
                      f'titre = "{ref.heading} : point {k} de {ref.id}"', f'referentiel = "{ref.id}"',
                      f"competences = {codes}", f"points = {ORAL_POINTS}",
                      f"descripteurs = {json.dumps(DESCRIPTORS, ensure_ascii=False)}", ""]
    return "\n".join(lines)


def write_course(root: Path, rng: random.Random) -> dict[str, list[_Cell]]:
    """Source notebooks, rubrics, oral rubrics and rule of the five blocs; assignment -> graded cells."""
    course = Course(root)
    structure = {}
    for bloc in referential.BLOCS:
        name = f"bloc{bloc.number}"
        notebooks = _notebooks(bloc.number, rng)
        course.source(name).mkdir(parents=True, exist_ok=True)
        texts = course.texts_root / name
        texts.mkdir(parents=True, exist_ok=True)
        criteria_of = {}
        for stem, graded in notebooks.items():
            nb = new_notebook(cells=[new_markdown_cell(f"# Bloc {bloc.number} — {stem}")])
            for heading, cell, info in graded:
                nb.cells += [heading, cell]
                if info.manual:
                    criteria_of[(stem, info.name)] = cells.criteria(cell)[0]
            nbformat.write(nb, course.source(name) / f"{stem}.ipynb")
            (texts / f"{stem}.py").write_text("# Notebook synthétique du banc d'essai des rapports.\n",
                                              encoding="utf-8")
        course.rubric_file(name).write_text(_rubrics_toml(notebooks, criteria_of), encoding="utf-8")
        if soutenance.oral_format(bloc.number):
            course.oral_rubric_file(name).write_text(_oral_toml(bloc.number), encoding="utf-8")
        structure[name] = [info for graded in notebooks.values() for _h, _c, info in graded]
    repository = Course(Path(__file__).resolve().parents[1])
    shutil.copy(repository.rule_file, course.rule_file)
    shutil.copy(repository.nbgrader_config, course.nbgrader_config)
    return structure


# --- the gradebook --------------------------------------------------------------------------


def _register(gb, structure: dict[str, list[_Cell]]) -> dict[tuple[str, str], str]:
    """Assignments, notebooks and cells as nbgraders's models, one commit; (assignment, notebook) -> notebook id."""
    from nbgrader.api import GradeCell, Notebook, SolutionCell

    notebooks = {}
    for bloc, graded in structure.items():
        assignment = gb.add_assignment(bloc)
        for info in graded:
            notebook = notebooks.get((bloc, info.notebook))
            if notebook is None:
                notebook = notebooks[(bloc, info.notebook)] = Notebook(name=info.notebook, assignment=assignment)
            gb.db.add(GradeCell(name=info.name, notebook=notebook, max_score=info.points,
                                cell_type="markdown" if info.manual else "code"))
            if info.manual:
                gb.db.add(SolutionCell(name=info.name, notebook=notebook))
    gb.db.commit()
    return {key: notebook.id for key, notebook in notebooks.items()}


def _auto_score(profile: str, points: float, rng: random.Random) -> float:
    if profile == "vide":
        return 0.0
    full = {"complet": 0.85, "partiel": 0.5, "perturbateur": 0.6}[profile]
    draw = rng.random()
    if draw < full:
        return points
    return 0.0 if draw > (1 + full) / 2 else round(points * rng.random() * 2) / 2


def _level(profile: str, rng: random.Random) -> str:
    weights = {"complet": (1, 2, 10, 6), "partiel": (3, 5, 6, 1), "perturbateur": (3, 3, 5, 3)}[profile]
    return rng.choices(LEVEL_KEYS, weights)[0]


def _blocs_presented(profile: str, blocs: list[str], rng: random.Random) -> list[str]:
    if profile == "partiel":
        return sorted(rng.sample(blocs, rng.randint(2, 4)))
    if profile == "perturbateur":
        return sorted(rng.sample(blocs, rng.randint(3, 5)))
    return list(blocs)


def _uuid(rng: random.Random) -> str:
    return f"{rng.getrandbits(128):032x}"


def write_cohort(root: Path, structure: dict[str, list[_Cell]], size: int, rng: random.Random) -> SyntheticCohort:
    """Students, hand-ins, autograded scores, rubric grades and jurors' sheets of ``size`` candidates."""
    from nbgrader.api import Comment, Grade, Student, SubmittedAssignment, SubmittedNotebook
    from sqlalchemy import insert, text

    from cmcert_lib.marking import jury, store

    course = Course(root)
    rubrics = {bloc: load_rubrics(root, bloc) for bloc in structure}
    orals = {bloc: load_oral_rubric(root, bloc) for bloc in structure}
    now = datetime(2027, 6, 1, 9, 0, tzinfo=UTC)
    saved_at = now.isoformat(timespec="seconds")
    rows: dict[str, list[dict]] = {name: [] for name in ("student", "assignment", "notebook", "grade",
                                                         "comment", "rubric", "judgement", "sheet", "level")}
    presenting: dict[str, list[str]] = {bloc: [] for bloc in structure}
    # nbgrader's store and the jury's tables are created on demand by their modules; the schema is theirs.
    with store.open_gradebook(course.gradebook_url, store._SCHEMA + jury._SCHEMA) as gb:
        notebook_ids = _register(gb, structure)
        cell_ids = {}
        for bloc in structure:
            assignment = gb.find_assignment(bloc)
            for notebook in assignment.notebooks:
                for cell in notebook.grade_cells:
                    cell_ids[(bloc, notebook.name, cell.name)] = cell.id
                for cell in notebook.solution_cells:
                    cell_ids[(bloc, notebook.name, cell.name, "solution")] = cell.id
        assignment_ids = {bloc: gb.find_assignment(bloc).id for bloc in structure}
        for i in range(size):
            profile = PROFILES[i % len(PROFILES)]
            student = f"cand{i + 1:04d}_{profile}"
            rows["student"].append({"id": student, "first_name": rng.choice(FIRST_NAMES),
                                    "last_name": rng.choice(LAST_NAMES)})
            for bloc in _blocs_presented(profile, list(structure), rng):
                presenting[bloc].append(student)
                submission = _uuid(rng)
                rows["assignment"].append({"id": submission, "assignment_id": assignment_ids[bloc],
                                           "student_id": student, "timestamp": now.replace(tzinfo=None)})
                folder = course.submitted(student, bloc)
                folder.mkdir(parents=True)
                stems = dict.fromkeys(c.notebook for c in structure[bloc])
                missing = {s for s in stems if rng.random() < {"partiel": 0.2, "perturbateur": 0.1}.get(profile, 0)}
                for stem in stems:
                    submitted_nb = _uuid(rng)
                    rows["notebook"].append({"id": submitted_nb, "assignment_id": submission,
                                             "notebook_id": notebook_ids[(bloc, stem)], "flagged": False})
                    if stem not in missing:
                        (folder / f"{stem}.ipynb").write_text(HANDED_IN, encoding="utf-8")
                    for info in (c for c in structure[bloc] if c.notebook == stem):
                        grade = {"id": _uuid(rng), "notebook_id": submitted_nb,
                                 "cell_id": cell_ids[(bloc, stem, info.name)], "auto_score": None,
                                 "manual_score": None, "extra_credit": None, "needs_manual_grade": False}
                        rows["grade"].append(grade)
                        if not info.manual:
                            grade["auto_score"] = 0.0 if stem in missing else _auto_score(profile, info.points, rng)
                            continue
                        rows["comment"].append({"id": _uuid(rng), "notebook_id": submitted_nb,
                                                "cell_id": cell_ids[(bloc, stem, info.name, "solution")],
                                                "auto_comment": None, "manual_comment": None})
                        if stem in missing or profile == "vide" or rng.random() < 0.05:
                            grade["auto_score"] = 0.0  # left blank: nbgrader scores the stub 0 by itself
                            continue
                        grade["needs_manual_grade"] = True
                        if rng.random() < {"complet": 0.9, "partiel": 0.6}.get(profile, 0.5):
                            rubric = rubrics[bloc][(stem, info.name)]
                            levels = {c.id: _level(profile, rng) for c in rubric.criteria}
                            grade.update(manual_score=rubric.score(levels), needs_manual_grade=False)
                            key = {"bloc": bloc, "notebook": stem, "cell": info.name, "student": student}
                            review = rng.random() < 0.02
                            rows["rubric"].append(dict(
                                key, revision=1, score=rubric.score(levels), max_points=rubric.max_points,
                                comment="", grader="formatrice", saved_at=saved_at, needs_review=int(review),
                                review_reason="grille modifiée" if review else ""))
                            for position, crit in enumerate(rubric.criteria):
                                remark = "Bien argumenté." if rng.random() < 0.1 else ""
                                rows["judgement"].append(dict(
                                    key, criterion=crit.id, position=position, title=crit.title,
                                    referential=crit.referential, level=levels[crit.id], remark=remark,
                                    points=crit.points_for(levels[crit.id]), max_points=crit.max_points,
                                    competencies=json.dumps(list(crit.competencies)), fingerprint=crit.fingerprint))
        sessions = _sessions(presenting, orals, rng, rows, saved_at)
        course.jury_sessions_file.parent.mkdir(parents=True, exist_ok=True)
        course.jury_sessions_file.write_text(sessions, encoding="utf-8")
        db = gb.db
        for table, name in ((Student, "student"), (SubmittedAssignment, "assignment"),
                            (SubmittedNotebook, "notebook"), (Grade, "grade"), (Comment, "comment")):
            if rows[name]:
                db.execute(insert(table.__table__), rows[name])
        for table, name in ((store.GRADE_TABLE, "rubric"), (store.JUDGEMENT_TABLE, "judgement"),
                            (jury.SHEET_TABLE, "sheet"), (jury.LEVEL_TABLE, "level")):
            if rows[name]:
                columns = list(rows[name][0])
                db.execute(text(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                                f"({', '.join(':' + c for c in columns)})"), rows[name])
        db.commit()
    return SyntheticCohort(root, size, len(structure), sum(len(g) for g in structure.values()),
                           len(rows["grade"]), len(rows["rubric"]), len(rows["sheet"]))


def _sessions(presenting: dict[str, list[str]], orals: dict, rng: random.Random, rows: dict, saved_at: str) -> str:
    """``jury/sessions.toml`` for the blocs with an oral; the jurors' sheets go into ``rows``."""
    lines = []
    for bloc, rubric in orals.items():
        if rubric is None:
            continue
        students = presenting[bloc]
        for start in range(0, len(students), SESSION_SIZE):
            ident = f"{bloc}-session-{start // SESSION_SIZE + 1:03d}"
            group = students[start:start + SESSION_SIZE]
            jurors = [f"jure.{ident}.{k}" for k in (1, 2)]
            lines += ["[[session]]", f'id = "{ident}"', f'bloc = "{bloc}"', "date = 2027-06-15",
                      'lieu = "Salle des soutenances"', f"candidats = {json.dumps(group)}", ""]
            for k, juror in enumerate(jurors, start=1):
                lines += ["[[session.jure]]", f'id = "{juror}"', f'nom = "Juré {k} de la session"', ""]
            for student in group:
                draw = rng.random()
                if draw < 0.15:
                    continue  # oral not passed yet
                present = jurors if draw > 0.25 else jurors[:1]
                base = rng.randrange(1, len(LEVEL_KEYS))
                for juror in present:
                    rows["sheet"].append({"bloc": bloc, "student": student, "juror": juror, "session": ident,
                                          "revision": 1, "comment": "", "saved_at": saved_at})
                    for position, crit in enumerate(rubric.criteria):
                        spread = 2 if rng.random() < 0.03 else rng.choice((0, 0, 0, 1))
                        level = LEVEL_KEYS[max(0, min(len(LEVEL_KEYS) - 1, base - spread * (juror == present[-1])))]
                        rows["level"].append({"bloc": bloc, "student": student, "juror": juror,
                                              "criterion": crit.id, "position": position, "level": level,
                                              "remark": "", "fingerprint": crit.fingerprint})
    return "\n".join(lines)


def _new_gradebook(db_url: str) -> None:
    """An empty gradebook as nbgrader creates it, its schema's alembic version read in process.

    nbgrader runs its ``alembic`` command for that (seconds on a loaded machine, and on PATH only).
    """
    import nbgrader
    from alembic.script import ScriptDirectory
    from nbgrader.api import Base
    from sqlalchemy import create_engine, text

    head = ScriptDirectory(str(Path(nbgrader.__file__).parent / "alembic")).get_current_head()
    engine = create_engine(db_url)
    Base.metadata.create_all(bind=engine)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"))
        connection.execute(text("INSERT INTO alembic_version (version_num) VALUES (:head)"), {"head": head})
    engine.dispose()


def build(root: Path, candidates: int, seed: int = SEED) -> SyntheticCohort:
    """The synthetic course and its graded cohort in ``root`` (an empty folder)."""
    root = Path(root)
    rng = random.Random(seed)
    structure = write_course(root, rng)
    _new_gradebook(Course(root).gradebook_url)
    return write_cohort(root, structure, candidates, rng)
