"""RACI matrix of an editorial committee: tasks as rows, roles as columns.

Each cell holds the role's part in the task: ``R`` (réalise), ``A`` (approuve,
rend des comptes : the one who decides), ``C`` (consulté), ``I`` (informé), or
nothing.  A role that both decides and does the work is written ``A/R``.
:func:`validate_raci` checks the rules every matrix must keep — known letters,
exactly one A per task, at least one R, no freelancer as A — and says in French what breaks them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import pandas as pd

from cmcert_lib.bloc1.calendar_rules import Finding, _text
from cmcert_lib.checks.core import label_key

LETTERS = {
    "R": "Réalise",
    "A": "Approuve (rend des comptes)",
    "C": "Consulté",
    "I": "Informé",
}
SEPARATORS = re.compile(r"[\s/,+-]+")


class RaciError(ValueError):
    """A matrix that is not a table at all; the message is French."""


def cell_letters(value) -> list[str] | None:
    """The letters of one cell (``"A/R"`` -> ["A", "R"]); None when the cell is not RACI.

    A cell holds one letter, or A and R together (the one who decides also does
    the work); C or I beside another letter would blur who does what.
    """
    text = _text(value).upper()
    if not text:
        return []
    letters = [ch for part in SEPARATORS.split(text) for ch in part]
    if len(letters) == 1 and letters[0] in LETTERS:
        return letters
    if sorted(letters) == ["A", "R"]:
        return letters
    return None


@dataclass
class RaciReport:
    tasks: list[str]
    findings: list[Finding] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.findings

    def tasks_in_error(self) -> set[str]:
        return {str(f.row) for f in self.findings if f.row is not None}

    def summary(self) -> str:
        if self.passed:
            return f"Matrice RACI conforme : {len(self.tasks)} tâche(s), une seule A par tâche."
        return "\n".join(str(f) for f in self.findings)


def validate_raci(matrix: pd.DataFrame, external: Iterable[str] = ()) -> RaciReport:
    """Check a RACI matrix (index: tasks, columns: roles); findings name the task.

    ``external`` names the roles held by people outside the organisation (freelancers): they do
    what is ordered from them, they never decide, so they are never A.
    """
    external = {label_key(role) for role in external}
    if not isinstance(matrix, pd.DataFrame):
        raise RaciError("La matrice RACI doit être un tableau pandas : tâches en lignes, rôles en colonnes.")
    if matrix.empty:
        raise RaciError("La matrice RACI est vide.")
    tasks = [str(t) for t in matrix.index]
    report = RaciReport(tasks)
    for dup in sorted({t for t in tasks if tasks.count(t) > 1}):
        report.findings.append(Finding("RACI-TACHE", "tâche présente plusieurs fois.", dup))
    for task, row in zip(tasks, matrix.itertuples(index=False), strict=True):
        letters_by_role = {}
        for role, value in zip(matrix.columns, row, strict=True):
            letters = cell_letters(value)
            if letters is None:
                report.findings.append(
                    Finding(
                        "RACI-LETTRE",
                        f"case « {_text(value)} » pour {role} : lettres attendues R, A, C ou I "
                        "(A/R si la même personne décide et réalise).",
                        task,
                    )
                )
                letters = []
            letters_by_role[role] = letters
        accountable = [r for r, ls in letters_by_role.items() if "A" in ls]
        if not accountable:
            report.findings.append(Finding("RACI-A", "aucun A : personne ne tranche.", task))
        elif len(accountable) > 1:
            report.findings.append(
                Finding("RACI-A", f"{len(accountable)} A ({', '.join(map(str, accountable))}) : "
                        "une seule personne doit trancher.", task)
            )
        if not any("R" in ls for ls in letters_by_role.values()):
            report.findings.append(Finding("RACI-R", "aucun R : personne ne réalise la tâche.", task))
        outside = [str(r) for r in accountable if label_key(r) in external]
        if outside:
            report.findings.append(
                Finding("RACI-EXTERNE", f"{', '.join(outside)} ne peut pas être A : un indépendant réalise "
                        "ce qu'on lui commande, il ne tranche pas.", task)
            )
    return report


def accountable_of(matrix: pd.DataFrame) -> dict[str, list[str]]:
    """For each task, the roles marked A (a valid matrix has exactly one)."""
    result = {}
    for task, row in matrix.iterrows():
        result[str(task)] = [str(role) for role, v in row.items() if "A" in (cell_letters(v) or [])]
    return result


def responsible_of(matrix: pd.DataFrame) -> dict[str, list[str]]:
    """For each task, the roles marked R."""
    result = {}
    for task, row in matrix.iterrows():
        result[str(task)] = [str(role) for role, v in row.items() if "R" in (cell_letters(v) or [])]
    return result
