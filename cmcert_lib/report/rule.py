"""The validation rule of the competency report, read from ``course/validation.toml``.

The rule decides, from the evidence of one candidate, whether a competency is
acquired, whether a bloc is validated, and (fixed by the referential) whether
the candidate can be proposed to the jury.  It lives with the course sources so
that the jury's rule is versioned with the exercises it applies to; its French
wording (:meth:`Rule.describe`) is printed in every report.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from cmcert_lib.facts import french, referential
from cmcert_lib.layout import Course

# Competency methods
THRESHOLDS = "seuils"  # points share of the point-scored evidence AND every rubric criterion at level
POINTS_SHARE = "part_des_points"  # one share over every point of the evidence, rubric points included
# Bloc methods
ALL = "toutes"
PROPORTION = "proportion"


class RuleError(ValueError):
    """A validation rule that cannot be applied; the message is French (trainers read it)."""


@dataclass(frozen=True)
class Rule:
    method: str = THRESHOLDS
    points_threshold: float = 60.0  # percent, method "seuils"
    min_level: str | None = None  # rubric level key; None: the rubric scale's MASTERED_FROM
    share_threshold: float = 60.0  # percent, method "part_des_points"
    bloc_method: str = ALL
    bloc_proportion: float = 100.0  # percent, bloc method "proportion"
    source: str = "règle par défaut"

    def describe(self, level_label: str) -> list[str]:
        """The rule in French, one sentence per line, for the reports and the documentation.

        ``level_label`` is the French label of the minimal rubric level in force.
        """
        if self.method == THRESHOLDS:
            competency = (
                f"Une compétence est acquise lorsque le candidat obtient au moins "
                f"{_pct(self.points_threshold)} des points des exercices notés par points qui "
                f"l’évaluent (questions autocorrigées, et questions manuelles sans grille) ET que "
                f"chaque critère de grille qui l’évalue est au niveau « {level_label} » ou au-dessus. "
                f"Une condition sans preuve (aucun exercice noté par points, ou aucun critère de "
                f"grille) ne s’applique pas."
            )
        else:
            competency = (
                f"Une compétence est acquise lorsque le candidat obtient au moins "
                f"{_pct(self.share_threshold)} de l’ensemble des points des preuves qui l’évaluent "
                f"(questions autocorrigées et points des critères de grille)."
            )
        if self.bloc_method == ALL:
            bloc = "Un bloc est validé lorsque toutes ses compétences sont acquises."
        else:
            bloc = (
                f"Un bloc est validé lorsqu’au moins {_pct(self.bloc_proportion)} de ses "
                f"compétences sont acquises."
            )
        return [
            competency,
            (
                "Tant qu’une preuve attend la correction du formateur, la compétence est « en "
                "attente de correction », sauf si le résultat est déjà acquis ou déjà impossible "
                "quelle que soit la note à venir. Un critère dont la grille a changé depuis la "
                "correction est à revoir et compte comme en attente."
            ),
            (
                "Une réponse laissée vide ou un notebook non rendu vaut zéro point et le niveau le "
                "plus bas de la grille."
            ),
            bloc,
            (
                "Une compétence d’un bloc que le cours n’évalue pas encore est « non évaluée » ; "
                "si le candidat n’a rendu aucune copie d’un bloc, ses compétences sont « bloc non "
                "présenté ». Ni l’un ni l’autre n’est un échec."
            ),
            (
                "Le candidat peut être proposé au jury lorsque ses cinq blocs sont validés. "
                f"Référentiel : « {referential.CERTIFICATION_RULE} »"
            ),
            f"Source de la règle : {self.source}.",
        ]


def _pct(value: float) -> str:
    return french.number(value) + " %"


def load_rule(course_root: Path, path: Path | None = None, level_keys: tuple[str, ...] = ()) -> Rule:
    """The rule of ``course/validation.toml`` (or ``path``); the defaults when the file is absent.

    ``level_keys`` are the keys of the rubric scale; when given, ``niveau_minimal`` must be one.
    """
    file = path or Course(Path(course_root)).rule_file
    if not file.is_file():
        if path is not None:
            raise RuleError(f"Fichier de règle de validation introuvable : {file}.")
        return Rule()
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RuleError(f"{file} n’est pas un fichier TOML valide : {exc}") from None
    return rule_from_dict(data, _display(file, course_root), level_keys)


def _display(file: Path, course_root: Path) -> str:
    try:
        return str(Path(file).resolve().relative_to(Path(course_root).resolve()))
    except ValueError:
        return str(file)


def rule_from_dict(data: dict, source: str = "règle", level_keys: tuple[str, ...] = ()) -> Rule:
    unknown = set(data) - {"competence", "bloc"}
    if unknown:
        raise RuleError(f"{source} : section(s) inconnue(s) : {', '.join(sorted(unknown))} "
                        "(attendu : [competence] et [bloc]).")
    comp = _section(data, "competence", source,
                    {"methode", "seuil_points", "niveau_minimal", "seuil_part_des_points"})
    bloc = _section(data, "bloc", source, {"methode", "proportion_minimale"})
    method = comp.get("methode", THRESHOLDS)
    if method not in (THRESHOLDS, POINTS_SHARE):
        raise RuleError(f"{source} : [competence] methode = « {method} » ; valeurs possibles : "
                        f"« {THRESHOLDS} », « {POINTS_SHARE} ».")
    bloc_method = bloc.get("methode", ALL)
    if bloc_method not in (ALL, PROPORTION):
        raise RuleError(f"{source} : [bloc] methode = « {bloc_method} » ; valeurs possibles : "
                        f"« {ALL} », « {PROPORTION} ».")
    min_level = comp.get("niveau_minimal")
    if min_level is not None and level_keys and min_level not in level_keys:
        raise RuleError(f"{source} : [competence] niveau_minimal = « {min_level} » n’est pas un "
                        f"niveau des grilles ({', '.join(level_keys)}).")
    return Rule(
        method=method,
        points_threshold=_percent(comp, "seuil_points", 60.0, source),
        min_level=min_level,
        share_threshold=_percent(comp, "seuil_part_des_points", 60.0, source),
        bloc_method=bloc_method,
        bloc_proportion=_percent(bloc, "proportion_minimale", 100.0, source),
        source=source,
    )


def _section(data: dict, name: str, source: str, keys: set[str]) -> dict:
    section = data.get(name, {})
    if not isinstance(section, dict):
        raise RuleError(f"{source} : [{name}] doit être une section.")
    unknown = set(section) - keys
    if unknown:
        raise RuleError(f"{source} : clé(s) inconnue(s) dans [{name}] : {', '.join(sorted(unknown))}.")
    return section


def _percent(section: dict, key: str, default: float, source: str) -> float:
    value = section.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
        raise RuleError(f"{source} : {key} doit être un pourcentage entre 0 et 100 (lu : {value!r}).")
    return float(value)
