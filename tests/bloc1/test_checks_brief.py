"""Checks of notebook 01 on answers in other natural forms, through the wire form both sides share."""

from __future__ import annotations

import ast
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from cmcert_lib.authoring.textformat import parse
from cmcert_lib.bloc1.brief import INDICATORS
from cmcert_lib.checks import check
from cmcert_lib.checks.core import run_scorer
from cmcert_lib.checks.wire import roundtrip

BUDGET = {"total_ht": 18000, "tva": 3600.0, "total_ttc": 21600.0,
          "postes_ht": {"Outils": 900, "Production de contenus": 7695.0, "Publicité sociale": 5985.0,
                        "Partenariats créateurs": 3420.0}}


def graded(question, answer, expected):
    """The candidate's check cell passes, then the score grading gives the exported answer."""
    check(question, answer)
    return run_scorer(question, roundtrip(answer), expected)


def test_budget_with_numpy_totals_and_items_as_a_series_without_accents():
    items = pd.Series({"outils": 900, "Production de contenus": 7695, "Publicite sociale": 5985,
                       "PARTENARIATS CREATEURS": 3420}).astype(np.float64)
    answer = {"total_ht": np.float64(18000), "tva": np.float64(3600), "total_ttc": np.int64(21600),
              "postes_ht": items}
    assert graded("bloc1.brief_budget", answer, BUDGET).fraction == 1


def test_a_hollow_budget_with_the_right_keys_still_scores_nothing():
    hollow = {"total_ht": 0, "tva": 0, "total_ttc": 0, "postes_ht": dict.fromkeys(BUDGET["postes_ht"], 0)}
    assert graded("bloc1.brief_budget", hollow, BUDGET).fraction == 0


def test_deadlines_as_timestamps_or_french_dates_are_read_as_dates():
    objective = {"objectif": "Gagner des abonnées Instagram parmi les mères de 30 à 44 ans en Bretagne",
                 "indicateur": None, "cible": np.float64(12.0), "unite": "%", "echeance": None}
    from cmcert_lib.bloc1.brief import INDICATOR_NAMES

    for deadline in (pd.Timestamp("2027-06-30"), "30/06/2027", pd.Timestamp("2027-06-30 08:00", tz="Europe/Paris")):
        answer = [{**objective, "indicateur": INDICATOR_NAMES[0].upper(), "echeance": deadline}]
        assert "1 objectif bien formé" in _checked("bloc1.brief_smart", answer)


def _checked(question, answer):
    from cmcert_lib.checks.core import run_visible

    check(question, answer)
    return run_visible(question, roundtrip(answer))


# --- SMART objectives: a meaningful progress, wording of their own (issue 9) --------------------

NOTEBOOK = Path(__file__).resolve().parents[2] / "course" / "bloc1" / "01_brief.py"


def _hidden(test_id):
    for spec in parse(NOTEBOOK.read_text(encoding="utf-8")):
        if spec.kind == "tests" and spec.attrs["id"] == test_id:
            call = ast.parse("\n".join(spec.lines)).body[-1].value
            return {k.arg: ast.literal_eval(k.value) for k in call.keywords}["expected"]
    raise LookupError(test_id)


SMART = _hidden("objectifs_smart_tests")
SENTENCES = {
    "Abonnés Instagram": "Faire grandir la communauté Instagram grâce aux Reels tournés dans l'atelier malouin",
    "Abonnés TikTok": "Conquérir les 25-40 ans sur TikTok avec deux vidéos courtes par semaine sur la fabrication",
    "Sentiment net des mentions": ("Regagner la confiance de la communauté en publiant chaque mois les "
                                   "preuves de nos engagements"),
    "Commandes issues des réseaux sociaux": ("Faire des réseaux sociaux un moteur de ventes pour le "
                                             "lancement de Petite Vague"),
}


def _objective(name, target, text=None, unit=None):
    indicator = next(i for i in INDICATORS if i.name == name)
    return {"objectif": SENTENCES[name] if text is None else text, "indicateur": name, "cible": target,
            "unite": indicator.unit if unit is None else unit, "echeance": "2027-06-30"}


def _good():
    return [_objective("Abonnés TikTok", 6000), _objective("Sentiment net des mentions", 15),
            _objective("Commandes issues des réseaux sociaux", 220)]


def _remarks(outcome):
    return " ".join(outcome.remarks)


def test_the_hidden_thresholds_ask_for_a_meaningful_progress_from_the_brief():
    for indicator in INDICATORS:
        spec = SMART["indicateurs"][indicator.name]
        assert spec["min"] == indicator.baseline
        assert indicator.baseline < spec["progression_min"] < spec["max"]
        # At least 4 % better than the start: one follower (or one tenth of a point) more is no objective.
        assert spec["progression_min"] - indicator.baseline >= 0.04 * abs(indicator.baseline)
    assert graded("bloc1.brief_smart", _good(), SMART).fraction == 1


def test_a_target_one_step_above_the_baseline_loses_the_a_point_without_revealing_the_threshold():
    for indicator in INDICATORS:
        if indicator.name not in SENTENCES:
            continue
        answer = [o if o["indicateur"] != indicator.name else _objective(indicator.name, indicator.baseline + 1)
                  for o in _good()]
        if all(o["indicateur"] != indicator.name for o in answer):
            answer.append(_objective(indicator.name, indicator.baseline + 1))
        outcome = graded("bloc1.brief_smart", answer, SMART)
        assert outcome.fraction < 1
        assert "trop timide" in _remarks(outcome) and "(A)" in _remarks(outcome)
        threshold = SMART["indicateurs"][indicator.name]["progression_min"]
        assert str(threshold) not in _remarks(outcome) and f"{threshold:,}".replace(",", " ") not in _remarks(outcome)


def test_the_threshold_itself_and_modest_real_targets_are_attainable():
    answer = [_objective("Abonnés Instagram", SMART["indicateurs"]["Abonnés Instagram"]["progression_min"]),
              _objective("Sentiment net des mentions", 0), _objective("Commandes issues des réseaux sociaux", 170)]
    assert graded("bloc1.brief_smart", answer, SMART).fraction == 1


def test_no_progress_and_too_much_progress_are_told_apart():
    orders = "Commandes issues des réseaux sociaux"
    outcome = graded("bloc1.brief_smart", [*_good()[:2], _objective(orders, 150)], SMART)
    assert "ne progresse pas" in _remarks(outcome)
    outcome = graded("bloc1.brief_smart", [*_good()[:2], _objective(orders, 900)], SMART)
    assert "trop ambitieuse" in _remarks(outcome) and "300" not in _remarks(outcome)


def test_filler_wording_loses_s_and_covers_no_expectation():
    answer = [_objective(o["indicateur"], o["cible"], text="Objectif à définir") for o in _good()]
    outcome = graded("bloc1.brief_smart", answer, SMART)
    # M, A and T of each objective, and no expectation covered (R).
    assert outcome.fraction == pytest.approx(0.8 * 9 / 12)
    assert "remplissage" in outcome.remarks[0] and "(S)" in outcome.remarks[0]
    assert any("3 attente(s)" in r for r in outcome.remarks)


def test_objectives_with_filler_wording_and_trivial_targets_score_below_half():
    answer = [_objective(i.name, i.baseline + 1, text="À compléter plus tard") for i in INDICATORS
              if i.name in SENTENCES]
    assert graded("bloc1.brief_smart", answer, SMART).fraction < 0.5


def test_one_sentence_for_objectives_on_different_indicators_is_specific_to_none():
    sentence = "Améliorer la présence de Maison Ondine sur les réseaux sociaux grâce à une stratégie adaptée"
    answer = [_objective(o["indicateur"], o["cible"], text=sentence) for o in _good()]
    outcome = graded("bloc1.brief_smart", answer, SMART)
    assert outcome.fraction == pytest.approx(0.8 * 9 / 12)
    assert all("(S)" in r for r in outcome.remarks[:3])


def test_a_duplicated_objective_costs_its_copy_only():
    answer = [*_good(), dict(_good()[0])]
    outcome = graded("bloc1.brief_smart", answer, SMART)
    assert outcome.fraction == pytest.approx(0.8 * 15 / 16 + 0.2)
    assert len(outcome.remarks) == 1 and outcome.remarks[0].startswith("Objectif n° 4")


def test_units_written_with_a_slash_or_in_words():
    answer = [_objective("Abonnés TikTok", 6000, unit="Abonnés"),
              _objective("Sentiment net des mentions", 15, unit="pourcent"),
              _objective("Commandes issues des réseaux sociaux", 220, unit="commandes / mois")]
    assert graded("bloc1.brief_smart", answer, SMART).fraction == 1
    wrong = [*answer[:2], _objective("Commandes issues des réseaux sociaux", 220, unit="euros")]
    assert "(M)" in _remarks(graded("bloc1.brief_smart", wrong, SMART))


def test_the_hidden_budget_literal_is_the_brief_rule():
    budget = _hidden("budget_tests")
    assert graded("bloc1.brief_budget", BUDGET, budget).fraction == 1
