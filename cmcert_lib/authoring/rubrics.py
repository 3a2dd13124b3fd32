"""Marking rubrics of the manually graded answers, read from ``course/<bloc>/rubriques.toml``.

nbgrader knows one score per cell.  A rubric splits a manual cell into criteria
taken from the referential's evaluation criteria the cell names (its
``cmcert.criteria`` metadata), each judged on the same four-level scale
(:data:`LEVELS`) with points per level and a short French descriptor per level
that the trainer and the candidate both read.  The sum of the criteria's
maxima is the cell's points.

The file format (TOML, one ``[[rubrique]]`` per manual cell)::

    [[rubrique]]
    notebook = "01_brief"            # stem of the notebook
    cellule = "reformulation"        # grade_id of the manual answer cell
    commentaires = ["Remarque réutilisable…", …]   # the trainer's bank, never shown to candidates

    [[rubrique.critere]]
    id = "problematique"             # snake_case, unique in the rubric
    titre = "Problématique posée"
    referentiel = "B1-01"            # one of the cell's referential criteria
    competences = ["C1.1.1"]         # among the cell's competencies
    points = [0, 0.5, 1, 1.5]        # one per level, non-decreasing, first is 0
    descripteurs = ["…", "…", "…", "…"]   # one per level, French

Competencies and referential criteria of a cell are read from the generated
``source/<bloc>/*.ipynb`` (never from a submission); :func:`load_rubrics` checks
every rubric against them and raises :class:`RubricError` listing every problem.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import nbformat

from cmcert_lib.authoring import cells
from cmcert_lib.facts import french, referential
from cmcert_lib.layout import RUBRIC_FILE, Course

__all__ = [
    "LEVELS",
    "LEVEL_KEYS",
    "MASTERED_FROM",
    "RUBRIC_FILE",
    "Criterion",
    "Level",
    "ManualCell",
    "Rubric",
    "RubricError",
    "check_against_cell",
    "guide_table",
    "level_label",
    "load_rubrics",
    "manual_cells",
    "parse_criterion",
    "parse_rubrics",
    "rubric_errors",
    "rubrics_beside",
]

CRITERION_ID = re.compile(r"^[a-z][a-z0-9_]{1,40}$")


@dataclass(frozen=True)
class Level:
    key: str
    label: str


# The one place for the level scale: every criterion of every rubric is judged on it.
LEVELS: tuple[Level, ...] = (
    Level("non_acquis", "Non acquis"),
    Level("en_cours", "En cours d'acquisition"),
    Level("acquis", "Acquis"),
    Level("maitrise", "Maîtrisé"),
)
LEVEL_KEYS: tuple[str, ...] = tuple(level.key for level in LEVELS)
MASTERED_FROM = "acquis"  # a criterion judged at this level or above counts as proven


class RubricError(ValueError):
    """A rubric file that cannot be used; the message (French) lists every problem and where."""


def level_label(key: str) -> str:
    """The French label of a level key (``"acquis"`` -> ``"Acquis"``)."""
    for level in LEVELS:
        if level.key == key:
            return level.label
    raise KeyError(f"Niveau inconnu : {key!r} (niveaux : {', '.join(LEVEL_KEYS)}).")


@dataclass(frozen=True)
class Criterion:
    id: str
    title: str
    referential: str  # B1-xx
    competencies: tuple[str, ...]
    points: tuple[float, ...]  # one per level, non-decreasing, first is 0
    descriptors: tuple[str, ...]  # one per level, French

    @property
    def max_points(self) -> float:
        return self.points[-1]

    def points_for(self, level: str) -> float:
        return self.points[LEVEL_KEYS.index(level)]

    @property
    def fingerprint(self) -> str:
        """Identifies what a judgement on this criterion meant; deliberately blind to the points.

        A judgement saved under another fingerprint (other level set, title, referential
        criterion, competencies or descriptors) has to be reviewed; one saved under the same
        fingerprint only needs rescoring when the points change.
        """
        payload = json.dumps(
            [self.id, self.title, self.referential, list(self.competencies),
             list(LEVEL_KEYS), list(self.descriptors)],
            ensure_ascii=False,
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Rubric:
    bloc: str
    notebook: str  # stem, e.g. "01_brief"
    cell: str  # grade_id of the manual answer cell
    criteria: tuple[Criterion, ...]
    comments: tuple[str, ...]  # the trainer's bank of reusable French remarks

    @property
    def max_points(self) -> float:
        return sum(c.max_points for c in self.criteria)

    @property
    def key(self) -> tuple[str, str]:
        return (self.notebook, self.cell)

    def criterion(self, ident: str) -> Criterion:
        for crit in self.criteria:
            if crit.id == ident:
                return crit
        raise KeyError(f"Critère inconnu dans {self.notebook}/{self.cell} : {ident!r}.")

    def score(self, levels: dict[str, str]) -> float:
        """Points of a complete judgement (a level for every criterion)."""
        return sum(c.points_for(levels[c.id]) for c in self.criteria)


@dataclass(frozen=True)
class ManualCell:
    """What the source notebook says about a manually graded cell."""

    notebook: str
    cell: str
    points: float
    competencies: tuple[str, ...]
    criteria: tuple[str, ...]  # referential criterion ids


# --- reading -----------------------------------------------------------------


def _where(notebook: object, cell: object, crit: object = None) -> str:
    place = f"{notebook}/{cell}"
    return f"{place}, critère « {crit} »" if crit is not None else place


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def parse_criterion(raw: object, where: str, errors: list[str], table: str = "rubrique.critere") -> Criterion | None:
    """One criterion table of a rubric file, or None after appending its French errors to ``errors``.

    Checks what the criterion alone can tell: id, title, the referential's criterion and
    competencies, the points and descriptors of every level.  ``where`` prefixes each error,
    ``table`` names the TOML table the file writes criteria in.
    """
    if not isinstance(raw, dict):
        errors.append(f"{where} : un critère doit être une table [[{table}]].")
        return None
    ident = raw.get("id", "")
    place = f"{where}, critère « {ident} »"
    before = len(errors)
    if not isinstance(ident, str) or not CRITERION_ID.match(ident):
        errors.append(f"{place} : id doit être en minuscules sans espace (ex. « problematique »).")
    title = raw.get("titre", "")
    if not isinstance(title, str) or not title.strip():
        errors.append(f"{place} : titre manquant.")
    ref = raw.get("referentiel", "")
    try:
        referential.criterion(ref)
    except KeyError:
        errors.append(f"{place} : « {ref} » n'est pas un critère d'évaluation du référentiel.")
    codes = raw.get("competences", [])
    if not isinstance(codes, list) or not codes:
        errors.append(f"{place} : competences doit lister au moins un code de compétence.")
        codes = []
    for code in codes:
        if not isinstance(code, str) or not referential.is_competency_code(code):
            errors.append(f"{place} : « {code} » n'est pas une compétence du référentiel.")
    points = raw.get("points", [])
    if not isinstance(points, list) or not all(_number(p) for p in points):
        errors.append(f"{place} : points doit être une liste de nombres.")
        points = []
    elif len(points) != len(LEVELS):
        errors.append(f"{place} : {len(points)} valeurs de points pour {len(LEVELS)} niveaux.")
    elif points[0] != 0:
        errors.append(f"{place} : le premier niveau (« {LEVELS[0].label} ») vaut 0 point.")
    elif any(b < a for a, b in itertools.pairwise(points)):
        errors.append(f"{place} : les points doivent croître d'un niveau au suivant ({points}).")
    elif points[-1] <= 0:
        errors.append(f"{place} : le niveau le plus haut doit rapporter des points.")
    descriptors = raw.get("descripteurs", [])
    if not isinstance(descriptors, list) or not all(isinstance(d, str) and d.strip() for d in descriptors):
        errors.append(f"{place} : descripteurs doit être une liste de textes non vides.")
    elif len(descriptors) != len(LEVELS):
        errors.append(f"{place} : {len(descriptors)} descripteurs pour {len(LEVELS)} niveaux.")
    unknown = set(raw) - {"id", "titre", "referentiel", "competences", "points", "descripteurs"}
    if unknown:
        errors.append(f"{place} : clé(s) inconnue(s) {', '.join(sorted(unknown))}.")
    if len(errors) > before:
        return None
    return Criterion(ident, title.strip(), ref, tuple(codes), tuple(float(p) for p in points),
                     tuple(d.strip() for d in descriptors))


def parse_rubrics(path: Path, bloc: str) -> tuple[dict[tuple[str, str], Rubric], list[str]]:
    """Read a rubric file; return the rubrics that are well formed and the French errors found.

    Checks everything that does not need the notebooks: the scale, the points, the
    referential's criteria and competencies, duplicates.
    """
    rubrics, errors, _named = _parse(path, bloc)
    return rubrics, errors


def _parse(path: Path, bloc: str) -> tuple[dict[tuple[str, str], Rubric], list[str], set]:
    named: set[tuple[str, str]] = set()  # cells the file speaks of, well formed or not
    name = f"course/{bloc}/{path.name}"
    if not path.is_file():
        return {}, [f"{name} : fichier introuvable."], named
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        return {}, [f"{name} : TOML illisible ({exc})."], named
    errors: list[str] = []
    rubrics: dict[tuple[str, str], Rubric] = {}
    entries = data.get("rubrique", [])
    if not isinstance(entries, list) or not entries:
        return {}, [f"{name} : aucune [[rubrique]]."], named
    for raw in entries:
        if not isinstance(raw, dict):
            errors.append(f"{name} : chaque rubrique doit être une table [[rubrique]].")
            continue
        notebook, cell = str(raw.get("notebook", "?")), str(raw.get("cellule", "?"))
        named.add((notebook, cell))
        where = f"{name} : {_where(notebook, cell)}"
        before = len(errors)
        if (notebook, cell) in rubrics:
            errors.append(f"{where} : deux rubriques pour la même cellule.")
        comments = raw.get("commentaires", [])
        if not isinstance(comments, list) or not all(isinstance(c, str) and c.strip() for c in comments):
            errors.append(f"{where} : commentaires doit être une liste de textes non vides.")
            comments = []
        raw_criteria = raw.get("critere", [])
        criteria = [parse_criterion(c, where, errors) for c in raw_criteria] if isinstance(raw_criteria, list) else []
        if not criteria:
            errors.append(f"{where} : aucun critère.")
        ids = [c.id for c in criteria if c]
        for dup in sorted({i for i in ids if ids.count(i) > 1}):
            errors.append(f"{where} : l'id de critère « {dup} » est employé deux fois.")
        unknown = set(raw) - {"notebook", "cellule", "commentaires", "critere"}
        if unknown:
            errors.append(f"{where} : clé(s) inconnue(s) {', '.join(sorted(unknown))}.")
        if len(errors) == before:
            rubrics[(notebook, cell)] = Rubric(bloc, notebook, cell, tuple(criteria),
                                               tuple(c.strip() for c in comments))
    return rubrics, errors, named


def check_against_cell(rubric: Rubric, cell: ManualCell) -> list[str]:
    """French errors of a rubric against the manual cell it grades (points, competencies, criteria)."""
    where = f"course/{rubric.bloc}/{RUBRIC_FILE} : {_where(rubric.notebook, rubric.cell)}"
    errors = []
    if abs(rubric.max_points - cell.points) > 1e-9:
        errors.append(f"{where} : les critères totalisent {_fr(rubric.max_points)} points, "
                      f"la cellule en vaut {_fr(cell.points)}.")
    for crit in rubric.criteria:
        if crit.referential not in cell.criteria:
            errors.append(f"{where}, critère « {crit.id} » : {crit.referential} n'est pas un critère "
                          f"de la cellule ({', '.join(cell.criteria)}).")
        for code in crit.competencies:
            if code not in cell.competencies:
                errors.append(f"{where}, critère « {crit.id} » : la compétence {code} n'est pas évaluée "
                              f"par la cellule ({', '.join(cell.competencies)}).")
    covered = {c.referential for c in rubric.criteria}
    for ref in cell.criteria:
        if ref not in covered:
            errors.append(f"{where} : aucun critère de la rubrique ne reprend {ref}, "
                          "critère du référentiel nommé par la cellule.")
    for code in cell.competencies:
        if not any(code in c.competencies for c in rubric.criteria):
            errors.append(f"{where} : aucun critère n'évalue la compétence {code} de la cellule.")
    return errors


def manual_cells(source_dir: Path) -> dict[tuple[str, str], ManualCell]:
    """The manually graded cells of a bloc, from its generated source notebooks."""
    found = {}
    for path in sorted(source_dir.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cells.is_manual(cell):
                found[(path.stem, cells.grade_id(cell))] = ManualCell(
                    path.stem, cells.grade_id(cell), cells.points(cell), cells.competencies(cell),
                    cells.criteria(cell),
                )
    return found


def rubric_errors(course_root: Path, bloc: str) -> tuple[dict[tuple[str, str], Rubric], list[str]]:
    """Every rubric of a bloc and every problem found, checked against source/<bloc>/."""
    course = Course(Path(course_root))
    path = course.rubric_file(bloc)
    manual = manual_cells(course.source(bloc))
    if not path.is_file():
        if not manual:
            return {}, []
        return {}, [(f"course/{bloc}/{RUBRIC_FILE} : fichier introuvable, alors que le bloc compte "
                    f"{len(manual)} réponse(s) corrigée(s) à la main.")]
    rubrics, errors, named = _parse(path, bloc)
    for key, rubric in rubrics.items():
        if key not in manual:
            errors.append(f"course/{bloc}/{RUBRIC_FILE} : {_where(*key)} : aucune cellule corrigée à la "
                          f"main de ce nom dans source/{bloc}/.")
        else:
            errors += check_against_cell(rubric, manual[key])
    for key in manual:
        if key not in named:
            errors.append(f"course/{bloc}/{RUBRIC_FILE} : la cellule {_where(*key)} n'a pas de rubrique.")
    return rubrics, errors


def load_rubrics(course_root: Path, bloc: str) -> dict[tuple[str, str], Rubric]:
    """The rubrics of a bloc, keyed by (notebook stem, cell grade_id); RubricError if any is wrong."""
    rubrics, errors = rubric_errors(course_root, bloc)
    if errors:
        raise RubricError("\n".join(errors))
    # Keep the notebooks' order: the grading tool walks the questions in it.
    order = list(manual_cells(Course(Path(course_root)).source(bloc)))
    return {key: rubrics[key] for key in order if key in rubrics}


# --- what the candidate sees --------------------------------------------------


def guide_table(rubric: Rubric) -> list[str]:
    """Markdown lines of the rubric as the candidate reads it: criterion x level, descriptors, points.

    The comment bank is the trainer's and stays out.
    """
    lines = [
        "Grille détaillée : pour chaque critère, le formateur choisit le niveau atteint.",
        "",
        "| Critère | " + " | ".join(level.label for level in LEVELS) + " |",
        "| --- |" + " --- |" * len(LEVELS),
    ]
    for crit in rubric.criteria:
        head = (f"**{_cell_text(crit.title)}** ({crit.referential} ; {', '.join(crit.competencies)} ; "
                f"{_pts(crit.max_points)} max.)")
        levels = [f"{_cell_text(d)} *({_pts(p)})*"
                  for d, p in zip(crit.descriptors, crit.points, strict=True)]
        lines.append(f"| {head} | " + " | ".join(levels) + " |")
    return lines


def _cell_text(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _pts(value: float) -> str:
    return f"{_fr(value)} pt"


def _fr(value: float) -> str:
    return french.number(value)


def rubrics_beside(text_source: Path) -> dict[tuple[str, str], Rubric] | None:
    """The rubrics of the bloc a notebook text source belongs to, or None when its folder has none.

    Read at build time, before source/ exists: only what the file alone can tell is checked here;
    the build checks each rubric against the cell it is built with.
    """
    path = Path(text_source)
    rubric_file = path.parent / RUBRIC_FILE
    if not path.is_file() or not rubric_file.is_file():
        return None
    found, errors = parse_rubrics(rubric_file, path.parent.name)
    if errors:
        raise RubricError("\n".join(errors))
    return found
