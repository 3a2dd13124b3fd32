"""Notebook 08 (the oral defence): the draft, the plan's and the deck's scorers, the demo's points."""

from __future__ import annotations

import ast
import copy

import pytest

from cmcert_lib.authoring.textformat import parse
from cmcert_lib.bloc1 import recommendations as rec
from cmcert_lib.bloc1 import soutenance
from cmcert_lib.bloc1.demo import notebook_08
from cmcert_lib.checks.core import CheckFailed, run_scorer, run_visible
from cmcert_lib.checks.wire import roundtrip
from cmcert_lib.domain import deck
from cmcert_lib.facts.soutenance import oral_format
from tests.conftest import ROOT

NOTEBOOK = ROOT / "course" / "bloc1" / "08_soutenance.py"


def _literals() -> dict[str, tuple[str, dict]]:
    found = {}
    for spec in parse(NOTEBOOK.read_text(encoding="utf-8")):
        if spec.kind == "tests":
            call = ast.parse("\n".join(spec.lines)).body[-1].value
            kwargs = {k.arg: ast.literal_eval(k.value) for k in call.keywords}
            found[spec.attrs["id"]] = (ast.literal_eval(call.args[0]), kwargs)
    return found


def _model_plan() -> list[dict]:
    spec = next(s for s in parse(NOTEBOOK.read_text(encoding="utf-8")) if s.attrs.get("id") == "plan_soutenance")
    namespace = {"soutenance": soutenance, "display": lambda *args, **kwargs: None}
    exec(spec.text, namespace)  # noqa: S102 (the course's model answer)
    return namespace["plan_soutenance"]


LITERALS = _literals()
PLAN_EXPECTED = LITERALS["plan_soutenance_tests"][1]["expected"]
DECK_EXPECTED = LITERALS["livrable_soutenance_tests"][1]["expected"]


def test_the_hidden_literals_are_the_facts():
    oral = oral_format(1)
    assert PLAN_EXPECTED["duree_s"] == oral.presentation_minutes * 60
    assert PLAN_EXPECTED["marge_s"] == oral.margin_minutes * 60
    assert PLAN_EXPECTED["parties"] == [key for key, _ in soutenance.PARTS]
    assert DECK_EXPECTED["ratio"] == pytest.approx(deck.PAGE_INCHES[0] / deck.PAGE_INCHES[1], abs=1e-3)
    assert soutenance.BUDGET.presentation_s == 1200 and soutenance.BUDGET.exchange_s == 600


# --- the draft ------------------------------------------------------------------------------------


def test_without_livrables_the_draft_comes_from_the_titles_and_names_every_missing_chart(tmp_path):
    draft = soutenance.draft_plan(tmp_path / "livrables")
    assert draft.source == "titres"
    assert [s["titre"] for s in draft.plan[1:-1]] == [title for _, title in rec.SECTIONS]
    assert sum(s["duree"] for s in draft.plan) == soutenance.BUDGET.presentation_s
    assert "Cahier introuvable" in draft.messages[0]
    assert len(draft.missing_charts) == len(soutenance.CHARTS)
    assert all(chart.file in draft.messages[1] for chart in soutenance.CHARTS)
    assert {s["partie"] for s in draft.plan} >= {key for key, _ in soutenance.PARTS}


def test_the_draft_reads_the_cahier_and_places_the_charts_found(tmp_path):
    folder = tmp_path / "livrables"
    sections = {key: f"Texte de la section {title}. Une deuxième phrase qui la développe.\n\n- un point\n- un autre"
                for key, title in rec.SECTIONS}
    rec.write_html(folder / soutenance.CAHIER, sections, "Synthèse en une phrase. Nous vous demandons de valider.")
    (folder / "parcours_client.png").write_bytes(b"png")
    draft = soutenance.draft_plan(folder)
    assert draft.source == "cahier" and "Brouillon tiré de votre cahier" in draft.messages[0]
    journey = next(s for s in draft.plan if s["partie"] == "parcours")
    assert journey["message"] == "Texte de la section Parcours client type."
    assert journey["image"].endswith("livrables/parcours_client.png")
    assert draft.plan[-1]["partie"] == "decisions" and draft.plan[-1]["message"] == "Nous vous demandons de valider."
    assert "parcours_client.png" not in draft.messages[1]


def test_a_broken_cahier_falls_back_to_the_titles(tmp_path):
    folder = tmp_path / "livrables"
    folder.mkdir()
    (folder / soutenance.CAHIER).write_bytes(b"\x00\xff" * 1000)
    assert soutenance.draft_plan(folder).source == "titres"


# --- the plan -------------------------------------------------------------------------------------


def _score_plan(plan):
    return run_scorer("bloc1.plan_soutenance", roundtrip(plan), PLAN_EXPECTED)


def test_the_model_plan_earns_everything_and_passes_its_check():
    plan = _model_plan()
    assert _score_plan(plan).fraction == 1
    assert "Parties couvertes : 8 sur 8" in run_visible("bloc1.plan_soutenance", roundtrip(plan))


def test_the_visible_check_names_an_unknown_part_and_a_malformed_slide():
    plan = _model_plan()
    plan[1]["partie"] = "conclusion"
    with pytest.raises(CheckFailed, match="partie « conclusion » inconnue"):
        run_visible("bloc1.plan_soutenance", plan)
    with pytest.raises(CheckFailed, match="Diapositive 1"):
        run_visible("bloc1.plan_soutenance", [{"titre": "x", "duree": "deux minutes"}])


@pytest.mark.parametrize(("extra_s", "share"), [(120, 1.0), (-120, 1.0), (200, 0.5), (-200, 0.5), (300, 0.0)])
def test_time_within_the_margin_earns_the_time_share(extra_s, share):
    plan = _model_plan()
    for slide in (plan[1], plan[4], plan[5], plan[6]):  # 120 to 150 s each: still between 20 s and 4 min
        slide["duree"] += extra_s / 4
    outcome = _score_plan(plan)
    assert outcome.fraction == pytest.approx(0.8 + 0.2 * share)
    assert (share < 1) == any("temps prévu" in r for r in outcome.remarks)


def test_a_missing_part_loses_its_share_of_contents():
    plan = [s for s in _model_plan() if s["partie"] != "parcours"]
    plan[0]["duree"] += 120
    outcome = _score_plan(plan)
    assert outcome.fraction == pytest.approx(1 - 0.3 / 8)
    assert any("« Parcours client »" in r for r in outcome.remarks)


def test_notes_that_read_the_slide_out_earn_nothing():
    plan = _model_plan()
    for slide in plan[:2]:
        slide["notes"] = " ".join([slide["message"], *slide["puces"]])
    outcome = _score_plan(plan)
    assert outcome.fraction == pytest.approx(1 - 0.2 * 2 / 11)
    assert any("recopient la diapositive" in r for r in outcome.remarks)


def test_heavy_slides_and_double_messages_lose_their_shares():
    plan = _model_plan()
    plan[2]["puces"] = plan[2]["puces"] + ["Une cinquième puce", "Une sixième"]
    plan[3]["message"] = "Première phrase du message. Seconde phrase qui en dit trop."
    plan[4]["message"] = plan[5]["message"]
    outcome = _score_plan(plan)
    assert outcome.fraction == pytest.approx(1 - 0.15 / 11 - 0.15 * 2 / 11)


def test_a_one_slide_talk_cannot_earn_the_slide_shares():
    plan = [copy.deepcopy(_model_plan()[6])]
    plan[0]["duree"] = 1200
    assert _score_plan(plan).fraction < 0.3


# --- the deck -------------------------------------------------------------------------------------


def _deck(tmp_path, plan):
    soutenance.build(plan, "Camille Durand", livrables=tmp_path)
    return soutenance.read_back(tmp_path)


def test_the_deck_read_back_from_the_files_earns_everything(tmp_path):
    plan = _model_plan()[:3]
    answer = roundtrip(_deck(tmp_path, plan))
    assert run_scorer("bloc1.soutenance_deck", answer, DECK_EXPECTED).fraction == 1
    assert run_visible("bloc1.soutenance_deck", answer) == "PDF lisible : 4 pages ; notes d'orateur : 3 diapositive(s)."


def test_a_pdf_and_notes_of_different_plans_lose_the_pages_share(tmp_path):
    answer = _deck(tmp_path, _model_plan()[:3])
    soutenance.build(_model_plan()[:5], "Camille Durand", livrables=tmp_path)
    answer["notes"] = (tmp_path / soutenance.DECK_NOTES).read_text(encoding="utf-8")
    outcome = run_scorer("bloc1.soutenance_deck", roundtrip(answer), DECK_EXPECTED)
    assert outcome.fraction == pytest.approx(0.65)
    assert any("4 pages pour 5 diapositive(s)" in r for r in outcome.remarks)
    assert "Attention : le PDF doit avoir la page de titre" in run_visible("bloc1.soutenance_deck", roundtrip(answer))


@pytest.mark.parametrize("answer", [{"pdf": "", "notes": ""}, {"pdf": "JVBERi0=", "notes": "# Notes"},
                                    {"notes": 3}, {"pdf": 12, "notes": None}, "livrables/soutenance.pdf"])
def test_no_readable_pdf_earns_nothing(answer):
    outcome = run_scorer("bloc1.soutenance_deck", answer, DECK_EXPECTED)
    assert outcome.fraction == 0 and outcome.remarks
    with pytest.raises(CheckFailed):
        run_visible("bloc1.soutenance_deck", answer)


# --- the demo -------------------------------------------------------------------------------------


def test_partial_candidate_points_match_the_demo_module(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    namespace = {"soutenance": soutenance}
    for source in notebook_08.PARTIAL_ANSWERS.values():
        exec(source, namespace)  # noqa: S102 (the demo's own answer code)
    answers = {"plan_soutenance_tests": namespace["plan_soutenance"],
               "livrable_soutenance_tests": namespace["livrable_soutenance"]}
    total, maximum = 0.0, 0.0
    for cell, (question, kwargs) in LITERALS.items():
        outcome = run_scorer(question, roundtrip(answers[cell]), kwargs["expected"])
        total += round(kwargs["points"] * outcome.fraction, 2)
        maximum += kwargs["points"]
    assert total == pytest.approx(notebook_08.PARTIAL_EXPECTED_POINTS)
    assert 0 < notebook_08.PARTIAL_EXPECTED_POINTS < maximum == 7


def test_notes_without_a_chained_timing_or_a_budget_line_lose_their_share(tmp_path):
    answer = _deck(tmp_path, _model_plan()[:3])
    answer["notes"] = answer["notes"].replace("(01:00 → 03:00)", "(01:30 → 03:00)")
    outcome = run_scorer("bloc1.soutenance_deck", roundtrip(answer), DECK_EXPECTED)
    assert outcome.fraction == pytest.approx(0.875)
    assert any("créneau, de 00:00 à la fin" in r for r in outcome.remarks)
    answer["notes"] = answer["notes"].replace("Budget du jury", "Budget")
    assert run_scorer("bloc1.soutenance_deck", roundtrip(answer), DECK_EXPECTED).fraction == pytest.approx(0.75)
