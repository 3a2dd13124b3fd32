"""RACI matrices: one A per task, at least one R, known letters."""

from __future__ import annotations

import pandas as pd
import pytest

from cmcert_lib.bloc1 import raci

ROLES = ["Community manager", "Directrice marketing", "Graphiste"]


def matrix(rows: dict[str, list]) -> pd.DataFrame:
    return pd.DataFrame.from_dict(rows, orient="index", columns=ROLES)


def test_valid_matrix():
    report = raci.validate_raci(
        matrix({
            "Rédiger les textes": ["A/R", "C", ""],
            "Créer les visuels": ["A", "I", "R"],
            "Valider les publications": ["R", "A", None],
        })
    )
    assert report.passed
    assert report.summary() == "Matrice RACI conforme : 3 tâche(s), une seule A par tâche."


@pytest.mark.parametrize(
    "value, letters",
    [("A/R", ["A", "R"]), ("ra", ["R", "A"]), ("R + A", ["R", "A"]), (" c ", ["C"]), ("", []),
     (None, []), (float("nan"), []), ("X", None), ("A/C", None), ("R/R", None), ("Oui", None)],
)
def test_cell_letters(value, letters):
    assert raci.cell_letters(value) == letters


def test_findings_name_the_task_and_the_rule():
    report = raci.validate_raci(
        matrix({
            "Rédiger les textes": ["R", "", ""],  # no A
            "Créer les visuels": ["A", "A", "R"],  # two A
            "Valider les publications": ["C", "A", "I"],  # no R
            "Programmer dans l'outil": ["R", "A", "Oui"],  # unknown letter
        })
    )
    got = [(f.rule, f.row) for f in report.findings]
    assert got == [
        ("RACI-A", "Rédiger les textes"),
        ("RACI-A", "Créer les visuels"),
        ("RACI-R", "Valider les publications"),
        ("RACI-LETTRE", "Programmer dans l'outil"),
    ]
    assert report.findings[1].message == (
        "2 A (Community manager, Directrice marketing) : une seule personne doit trancher."
    )
    assert report.tasks_in_error() == {
        "Rédiger les textes", "Créer les visuels", "Valider les publications",
        "Programmer dans l'outil",
    }


def test_duplicated_task():
    frame = pd.DataFrame([["A/R", "", ""], ["A/R", "", ""]], index=["Modérer", "Modérer"],
                         columns=ROLES)
    report = raci.validate_raci(frame)
    assert [(f.rule, f.row) for f in report.findings] == [("RACI-TACHE", "Modérer")]


def test_accountable_and_responsible_of():
    frame = matrix({"Créer les visuels": ["A", "I", "R"], "Modérer": ["A/R", "", "I"]})
    assert raci.accountable_of(frame) == {"Créer les visuels": ["Community manager"],
                                          "Modérer": ["Community manager"]}
    assert raci.responsible_of(frame) == {"Créer les visuels": ["Graphiste"],
                                          "Modérer": ["Community manager"]}


@pytest.mark.parametrize("value, message", [({"a": 1}, "tableau pandas"), (pd.DataFrame(), "vide")])
def test_unusable_matrices(value, message):
    with pytest.raises(raci.RaciError, match=message):
        raci.validate_raci(value)


def test_a_freelancer_is_never_accountable():
    frame = matrix({
        "Créer les visuels": ["A", "I", "R"],
        "Valider les publications": ["R", "I", "A"],
    })
    assert raci.validate_raci(frame).passed  # no freelancer named: the matrix's own rules only
    report = raci.validate_raci(frame, external=["graphiste"])  # compared without case
    assert [(f.rule, f.row) for f in report.findings] == [("RACI-EXTERNE", "Valider les publications")]
    assert "Graphiste ne peut pas être A" in report.summary()
