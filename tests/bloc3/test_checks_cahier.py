"""Notebook 05 of Bloc 3: the recommendations file's and the oral's scorers, the document, the talk's facts."""

from __future__ import annotations

import ast
import contextlib
import io

import pandas as pd
import pytest

from cmcert_lib.authoring.textformat import parse
from cmcert_lib.bloc3 import recommendations as cahier
from cmcert_lib.bloc3 import soutenance
from cmcert_lib.bloc3.demo import notebook_05
from cmcert_lib.checks.core import CheckFailed, run_scorer, run_visible
from cmcert_lib.checks.wire import roundtrip
from cmcert_lib.facts import brand
from cmcert_lib.facts.soutenance import oral_format
from tests.conftest import ROOT

NOTEBOOK = ROOT / "course" / "bloc3" / "05_cahier_soutenance.py"
SPECS = list(parse(NOTEBOOK.read_text(encoding="utf-8")))


def _literals() -> dict[str, tuple[str, str, dict, float]]:
    found = {}
    for spec in SPECS:
        if spec.kind == "tests":
            call = ast.parse("\n".join(spec.lines)).body[-1].value
            kwargs = {k.arg: ast.literal_eval(k.value) for k in call.keywords}
            found[call.args[1].id] = (ast.literal_eval(call.args[0]), kwargs["expected"], kwargs["points"])
    return found


LITERALS = _literals()


def _run(code: str) -> dict:
    namespace = {"pd": pd, "soutenance": soutenance, "cahier": cahier, "display": lambda *a, **k: None}
    with contextlib.redirect_stdout(io.StringIO()):
        exec(code, namespace)  # noqa: S102 (the course's and the demo's answers)
    return namespace


def _model(answer: str) -> object:
    spec = next(s for s in SPECS if s.attrs.get("id") == answer)
    return _run(spec.text)[answer]


def _points(answer: str, value: object) -> float:
    question, expected, points = LITERALS[answer]
    return run_scorer(question, roundtrip(value), expected).fraction * points


def test_the_hidden_literals_are_the_facts():
    oral = oral_format(3)
    plan = LITERALS["plan_soutenance"][1]
    assert plan["duree_s"] == oral.presentation_minutes * 60 and plan["marge_s"] == oral.margin_minutes * 60
    assert plan["parties"] == [key for key, _ in soutenance.PARTS]
    assert LITERALS["cahier_sections"][1]["sections"] == [key for key, _ in cahier.SECTIONS]
    assert soutenance.TALK.pitch_date == brand.PLAN_DEFENCE_DATE


@pytest.mark.parametrize("answer", ["cahier_sections", "synthese", "plan_soutenance"])
def test_the_model_answers_earn_every_point(answer):
    assert _points(answer, _model(answer)) == pytest.approx(LITERALS[answer][2])


def test_the_partial_candidate_earns_the_hand_computed_points():
    answers = _run("\n".join(notebook_05.PARTIAL_ANSWERS.values()))
    earned = sum(_points(name, answers[name]) for name in ("cahier_sections", "synthese", "plan_soutenance"))
    deck_points = LITERALS["livrable_soutenance"][2]  # the model's build and read-back
    assert earned + deck_points == pytest.approx(notebook_05.PARTIAL_EXPECTED_POINTS, abs=0.005)


def test_a_copied_section_a_budget_without_amounts_and_an_undated_planning_cost_their_share():
    sections = dict(_model("cahier_sections"))
    sections["diffusion"] = sections["communaute"]
    sections["budget"] = "Le budget est détaillé dans le fichier Excel joint, poste par poste et mois par mois."
    sections["planning"] = "Les étapes s'enchaînent de la validation au démarrage puis aux bilans successifs."
    question, expected, _ = LITERALS["cahier_sections"]
    outcome = run_scorer(question, roundtrip(sections), expected)
    assert outcome.fraction == pytest.approx(0.8 * 8 / 9)
    assert len(outcome.remarks) == 3


@pytest.mark.parametrize("answer", [None, "texte", 42, ["a", "b"]])
def test_sections_that_are_not_a_mapping_fail_the_check(answer):
    with pytest.raises(CheckFailed):
        run_visible("bloc3.cahier_sections", answer)


def test_a_summary_that_is_not_text_earns_nothing():
    question, expected, _ = LITERALS["synthese"]
    assert run_scorer(question, 12, expected).fraction == 0


def test_the_document_is_written_in_the_sections_order_and_escapes_the_candidate(tmp_path, capsys):
    sections = dict(_model("cahier_sections"))
    sections["problematique"] = "<script>alert(1)</script> Une marque qui répond trop lentement."
    path = cahier.save(tmp_path / cahier.CAHIER, sections, "Synthèse courte.")
    html = path.read_text(encoding="utf-8")
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    titles = [title for _, title in cahier.SECTIONS]
    assert [html.index(t.replace("'", "&#x27;")) for t in titles] == sorted(
        html.index(t.replace("'", "&#x27;")) for t in titles)
    assert "✅ Cahier enregistré" in capsys.readouterr().out


def test_a_missing_section_is_said_in_french_and_nothing_is_written(tmp_path, capsys):
    sections = dict(_model("cahier_sections"))
    del sections["budget"]
    assert cahier.save(tmp_path / cahier.CAHIER, sections, "Synthèse.") is None
    assert "« Budget détaillé » (budget)" in capsys.readouterr().out
    assert not (tmp_path / cahier.CAHIER).exists()
