"""The rubric of a bloc's oral defence, read from ``course/<bloc>/soutenance.toml``.

The referential evaluates some blocs (:data:`cmcert_lib.facts.soutenance.ORALS`) by a
written file *and* an oral presentation before a jury.  Each juror fills one sheet per
candidate with this rubric; :mod:`cmcert_lib.marking.jury` combines the sheets.  The
rubric is an ordinary :class:`~cmcert_lib.authoring.rubrics.Rubric` (same four levels,
same criterion checks) whose notebook is ``"soutenance"`` and cell ``"oral"``, so the
competency report treats it like a written answer's rubric.

The file format (TOML)::

    [soutenance]
    commentaires = ["Remarque réutilisable…", …]   # the jurors' bank

    [[soutenance.critere]]
    id = "charte_expliquee"
    titre = "Parti pris et charte éditoriale expliqués"
    referentiel = "B1-16"              # one of the bloc's oral criteria
    competences = ["C1.7.1"]           # among the competencies the referential says are shown orally
    points = [0, 1, 3, 4]
    descripteurs = ["…", "…", "…", "…"]

What an oral may evidence comes from the referential's own text: its oral criteria are
the bloc's criteria under the « Présentation » heading, and the competencies it may
evidence are those whose text names the oral (C1.7.1 « à l'oral comme à l'écrit »,
C3.4.1 « à l'oral et à l'écrit »).  Every oral criterion and every such competency
must be covered by at least one criterion of the rubric.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from cmcert_lib.authoring.rubrics import Rubric, RubricError, parse_criterion
from cmcert_lib.facts import referential, soutenance
from cmcert_lib.layout import ORAL_RUBRIC_FILE, Course

__all__ = [
    "ORAL_CELL",
    "ORAL_HEADING",
    "ORAL_NOTEBOOK",
    "bloc_number",
    "load_oral_rubric",
    "oral_competencies",
    "oral_criteria",
    "oral_rubric_errors",
    "parse_oral_rubric",
]

ORAL_NOTEBOOK = "soutenance"
ORAL_CELL = "oral"
# The heading the referential puts the oral's criteria under, in every bloc judged before a jury.
ORAL_HEADING = "Présentation"
# How the referential says a competency is shown orally: « à l’oral comme à l’écrit », « à l’oral et … ».
_NAMES_THE_ORAL = re.compile(r"\bà l[’']oral\b")
_BLOC_NAME = re.compile(r"^bloc([1-5])$")


def bloc_number(bloc: str) -> int | None:
    """``"bloc1"`` -> 1; None for a name that is not one of the referential's blocs."""
    match = _BLOC_NAME.match(bloc)
    return int(match[1]) if match else None


def oral_criteria(number: int) -> tuple[referential.Criterion, ...]:
    """The referential's criteria of the oral of bloc ``number``."""
    return tuple(c for c in referential.criteria_of_bloc(number) if c.heading == ORAL_HEADING)


def oral_competencies(number: int) -> tuple[str, ...]:
    """The codes of the bloc's competencies the referential says are shown orally."""
    return tuple(c.code for c in referential.competencies_of_bloc(number) if _NAMES_THE_ORAL.search(c.text))


def parse_oral_rubric(path: Path, bloc: str) -> tuple[Rubric | None, list[str]]:
    """Read an oral rubric file; return the rubric (None if anything is wrong) and every French error."""
    name = f"course/{bloc}/{path.name}"
    number = bloc_number(bloc)
    fmt = soutenance.oral_format(number) if number else None
    if fmt is None:
        return None, [(f"{name} : le référentiel n'évalue pas « {bloc} » par une soutenance orale "
                      f"(blocs évalués à l'oral : {', '.join(f'bloc{n}' for n in soutenance.ORALS)}) ; "
                      "supprimez ce fichier.")]
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None, [f"{name} : fichier introuvable."]
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        return None, [f"{name} : TOML illisible ({exc})."]
    errors: list[str] = []
    unknown = set(data) - {"soutenance"}
    if unknown:
        errors.append(f"{name} : clé(s) inconnue(s) {', '.join(sorted(unknown))} (tout va sous [soutenance]).")
    table = data.get("soutenance")
    if not isinstance(table, dict):
        return None, [*errors, f"{name} : table [soutenance] manquante."]
    where = f"{name} : soutenance"
    unknown = set(table) - {"commentaires", "critere"}
    if unknown:
        errors.append(f"{where} : clé(s) inconnue(s) {', '.join(sorted(unknown))}.")
    comments = table.get("commentaires", [])
    if not isinstance(comments, list) or not all(isinstance(c, str) and c.strip() for c in comments):
        errors.append(f"{where} : commentaires doit être une liste de textes non vides.")
        comments = []
    raw = table.get("critere", [])
    parsed = [parse_criterion(c, where, errors, "soutenance.critere") for c in raw] if isinstance(raw, list) else []
    criteria = [c for c in parsed if c is not None]
    if not parsed:
        errors.append(f"{where} : aucun critère ([[soutenance.critere]]).")
    ids = [c.id for c in criteria]
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        errors.append(f"{where} : l'id de critère « {dup} » est employé deux fois.")
    errors += _against_referential(criteria, number, where)
    if errors:
        return None, errors
    return Rubric(bloc, ORAL_NOTEBOOK, ORAL_CELL, tuple(criteria), tuple(c.strip() for c in comments)), []


def _against_referential(criteria: list, number: int, where: str) -> list[str]:
    errors = []
    allowed_refs = {c.id for c in oral_criteria(number)}
    allowed_codes = set(oral_competencies(number))
    for crit in criteria:
        if crit.referential not in allowed_refs:
            errors.append(f"{where}, critère « {crit.id} » : {crit.referential} n'est pas un critère de l'oral "
                          f"du bloc {number} (critères « {ORAL_HEADING} » : {', '.join(sorted(allowed_refs))}).")
        for code in crit.competencies:
            if code not in allowed_codes:
                errors.append(f"{where}, critère « {crit.id} » : le référentiel ne dit pas la compétence {code} "
                              f"évaluée à l'oral (compétences de l'oral du bloc {number} : "
                              f"{', '.join(sorted(allowed_codes))}).")
    for ref in sorted(allowed_refs - {c.referential for c in criteria}):
        errors.append(f"{where} : aucun critère ne reprend {ref}, critère de l'oral du référentiel.")
    for code in sorted(allowed_codes - {code for c in criteria for code in c.competencies}):
        errors.append(f"{where} : aucun critère n'évalue {code}, compétence que le référentiel dit évaluée à l'oral.")
    return errors


def oral_rubric_errors(course_root: Path, bloc: str) -> tuple[Rubric | None, list[str]]:
    """The oral rubric of a bloc (None without one) and every problem found.

    A bloc the referential evaluates orally must have its rubric; a bloc evaluated in
    writing only must not.
    """
    path = Course(Path(course_root)).oral_rubric_file(bloc)
    number = bloc_number(bloc)
    if not path.is_file():
        if number and soutenance.oral_format(number):
            return None, [(f"course/{bloc}/{ORAL_RUBRIC_FILE} : fichier introuvable, alors que le référentiel "
                          f"évalue le bloc {number} par une soutenance orale.")]
        return None, []
    return parse_oral_rubric(path, bloc)


def load_oral_rubric(course_root: Path, bloc: str) -> Rubric | None:
    """The oral rubric of a bloc, or None when the course has none for it; RubricError if it is wrong."""
    path = Course(Path(course_root)).oral_rubric_file(bloc)
    if not path.is_file():
        return None
    rubric, errors = parse_oral_rubric(path, bloc)
    if errors:
        raise RubricError("\n".join(errors))
    return rubric
