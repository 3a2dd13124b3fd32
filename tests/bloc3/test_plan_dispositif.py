"""Bloc 3's notebook 01 (the communication plan): data, helpers and scorers on hand-computed cases."""

from __future__ import annotations

import ast
import math
import re
from pathlib import Path

import pandas as pd
import pytest

from cmcert_lib.bloc3 import plan
from cmcert_lib.bloc3.datasets import DataFileError, load_account_stats, load_usages
from cmcert_lib.checks import core
from cmcert_lib.facts import brand, platforms

NOTEBOOK = Path(__file__).resolve().parents[2] / "course" / "bloc3" / "01_plan_dispositif.py"


def hidden_expected() -> dict[str, object]:
    text = NOTEBOOK.read_text(encoding="utf-8")
    found = re.findall(r'score\("(bloc3\.plan_\w+)", \w+, expected=(.*), points=\d+\)', text)
    return {question: ast.literal_eval(literal) for question, literal in found}


EXPECTED = hidden_expected()
SCORES = EXPECTED["bloc3.plan_matrice"]
REPERES = EXPECTED["bloc3.plan_objectifs"]
GOOD_OBJECTIVES = [
    {"but": "notoriété", "indicateur": "abonnés", "plateforme": "Instagram", "depart": 18400, "cible": 26000,
     "echeance": "2028-02-29"},
    {"but": "communauté", "indicateur": "publications de clients (UGC)", "plateforme": "Instagram", "depart": 51,
     "cible": 100, "echeance": "2028-01-31"},
    {"but": "ventes", "indicateur": "clics vers la boutique", "plateforme": "Instagram", "depart": 649,
     "cible": 1000, "echeance": "2027-12-17"},
    {"but": "revendeurs", "indicateur": "messages de professionnels", "plateforme": "LinkedIn", "depart": 8,
     "cible": 15, "echeance": "2028-02-29"},
    {"but": "réactivité", "indicateur": "délai moyen de réponse (h)", "plateforme": "toutes", "depart": 19,
     "cible": 4, "echeance": "2027-10-31"},
]
GOOD_KPI = [{"action": a, "kpi": min(k), "source": min(plan.KPI_SOURCES[min(k)])}
            for a, k in plan.ACTIONS.items()]


def failure(question: str, answer) -> str:
    with pytest.raises(core.CheckFailed) as info:
        core.run_visible(question, answer)
    return str(info.value)


# --- data ------------------------------------------------------------------------------------------

def test_the_account_statistics_end_on_the_brief_s_followers():
    stats = load_account_stats()
    april = stats[stats["Mois"] == pd.Period("2027-04", "M")].set_index("Plateforme")["Abonnés (fin de mois)"]
    assert april.to_dict() == brand.PLAN_BASELINE_FOLLOWERS
    assert len(stats) == 24 and stats["Mois"].nunique() == 6
    assert (stats.groupby("Plateforme")["Abonnés (fin de mois)"].diff().dropna() >= 0).all()


def test_the_barometer_has_the_eight_networks_with_decimal_commas_read():
    usages = load_usages()
    assert sorted(usages["Réseau"]) == sorted(platforms.NETWORKS)
    assert usages.set_index("Réseau").loc["Pinterest", "CPM moyen estimé (€)"] == pytest.approx(5.2)


def test_loaders_say_what_is_wrong_in_french(tmp_path):
    bad = tmp_path / "stats.csv"
    bad.write_text("Mois,Plateforme\n04/2027,Instagram\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="séparateur"):
        load_account_stats(bad)
    text = (Path(load_usages.__globals__["data_dir"]("bloc3")) / "barometre_usages_parents_30-44_2027.csv").read_text(
        encoding="utf-8").replace("6,80", "six")
    broken = tmp_path / "barometre.csv"
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError, match="Nombre illisible « six »"):
        load_usages(broken)


# --- helpers ---------------------------------------------------------------------------------------

def test_the_matrix_by_hand_for_instagram_and_the_top_four():
    # Instagram: 64/71 × 35 + 42/42 × 35 + 31/46 × 15 + 5.2/8.9 × 15
    by_hand = 64 / 71 * 35 + 35 + 31 / 46 * 15 + 5.2 / 8.9 * 15
    matrix = plan.matrice_de_score(load_usages())
    assert matrix.loc["Instagram", "score"] == pytest.approx(by_hand)
    assert list(matrix.index[:plan.TOP_K]) == ["Instagram", "Facebook", "Pinterest", "TikTok"]
    assert sum(weight for _c, weight, _b in plan.CRITERES.values()) == 100


def test_the_hidden_literals_are_what_the_data_gives():
    matrix = plan.matrice_de_score(load_usages())
    assert {k: round(v, 1) for k, v in matrix["score"].items()} == SCORES
    stats = load_account_stats().sort_values("Mois")
    for key, base in REPERES["bases"].items():
        indicator, platform = key.split("|")
        column = plan.INDICATEURS[indicator][1]
        if column is None:
            assert base == 19
            continue
        values = stats[stats["Plateforme"] == platform][column]
        assert base == values.iloc[-1]
        assert REPERES["croissances"][key] == pytest.approx((values.iloc[-1] - values.iloc[0]) / values.iloc[0],
                                                            abs=1e-4)
    assert EXPECTED["bloc3.plan_poem"] == plan.LEVIERS


def test_the_reachable_band():
    assert plan.bande_atteignable(100, 0.5) == pytest.approx((110, 200))
    assert plan.bande_atteignable(100, 0.01) == pytest.approx((110, 120))  # a growth under 10 % counts 10 %
    assert all(math.isnan(x) for x in plan.bande_atteignable(0, 0.5))


def test_every_kpi_formula_is_the_domain_s_and_every_pair_is_known():
    assert plan.KPIS["CTR"][1](10, 1000) == pytest.approx(0.01)
    assert set(plan.KPI_SOURCES) == set(plan.KPIS)
    assert all(s in plan.SOURCES for sources in plan.KPI_SOURCES.values() for s in sources)
    assert all(k in plan.KPIS for kpis in plan.ACTIONS.values() for k in kpis)
    assert set(plan.LEVIERS.values()) == set(plan.CATEGORIES_POEM)


# --- 1.1 the matrix --------------------------------------------------------------------------------

def test_matrix_full_partial_zero():
    q = "bloc3.plan_matrice"
    assert core.run_scorer(q, SCORES, SCORES).fraction == 1
    exact = plan.matrice_de_score(load_usages())["score"]
    assert core.run_scorer(q, {k.lower(): v for k, v in exact.items()}, SCORES).fraction == 1
    half = {k: (v if i < 4 else v + 1) for i, (k, v) in enumerate(SCORES.items())}
    outcome = core.run_scorer(q, half, SCORES)
    assert outcome.fraction == 0.5 and "4 score(s) faux" in outcome.remarks[0]
    assert not any(str(v) in " ".join(outcome.remarks) for v in SCORES.values())
    missing = core.run_scorer(q, dict(list(SCORES.items())[:6]), SCORES)
    assert missing.fraction == 0.75 and "sans score" in missing.remarks[0]
    assert core.run_scorer(q, dict.fromkeys(SCORES, "85,4"), SCORES).fraction == 0
    assert core.run_scorer(q, {k: float("nan") for k in SCORES}, SCORES).fraction == 0


def test_matrix_visible_check():
    assert "8 réseaux" in core.run_visible("bloc3.plan_matrice", SCORES)
    assert "sans score" in core.run_visible("bloc3.plan_matrice", {"Instagram": 85.4})
    assert "inconnu" in failure("bloc3.plan_matrice", {"Instagrum": 85.4})
    assert "entre 0 et 100" in failure("bloc3.plan_matrice", {**SCORES, "X": 850})
    assert "dictionnaire" in failure("bloc3.plan_matrice", "x" * 10_000)


# --- 1.2 SMART objectives --------------------------------------------------------------------------

def test_objectives_full_marks_in_other_forms():
    q = "bloc3.plan_objectifs"
    assert core.run_scorer(q, GOOD_OBJECTIVES, REPERES).fraction == pytest.approx(1)
    frame = pd.DataFrame(GOOD_OBJECTIVES).rename(columns={"depart": "Départ", "echeance": "Échéance", "but": "But"})
    frame["Échéance"] = pd.to_datetime(frame["Échéance"])
    assert core.run_scorer(q, frame, REPERES).fraction == pytest.approx(1)
    assert "cinq buts" in core.run_visible(q, GOOD_OBJECTIVES)


@pytest.mark.parametrize(("change", "lost"), [
    ({"cible": 60000}, 0.3),  # A: beyond twice the observed growth
    ({"cible": 18500}, 0.3),  # A: less than +10 %
    ({"depart": 12900}, 0.6),  # M and A: November's figure
    ({"echeance": "2028-03-31"}, 0.15),  # T
    ({"indicateur": "clics vers la boutique", "depart": 649, "cible": 1000}, 0.15),  # R: a sales indicator
    ({"plateforme": "Pinterest"}, 0.7),  # S, M, A: no account, no start
])
def test_each_smart_letter_of_the_notoriety_objective(change, lost):
    answer = [dict(GOOD_OBJECTIVES[0], **change), *GOOD_OBJECTIVES[1:]]
    outcome = core.run_scorer("bloc3.plan_objectifs", answer, REPERES)
    assert outcome.fraction == pytest.approx(1 - lost / 5)
    assert outcome.remarks and "notoriété" in " ".join(outcome.remarks)


def test_objectives_hollow_and_hostile():
    q = "bloc3.plan_objectifs"
    copied = [dict(o, cible=o["depart"]) for o in GOOD_OBJECTIVES]
    assert core.run_scorer(q, copied, REPERES).fraction == pytest.approx(0.4)
    assert core.run_scorer(q, GOOD_OBJECTIVES[:1], REPERES).fraction == pytest.approx(0.2)
    hostile = [{"but": ["notoriété"], "indicateur": None, "plateforme": 3, "depart": "x" * 10_000,
                "cible": math.inf, "echeance": 12}]
    assert core.run_scorer(q, hostile, REPERES).fraction == 0
    assert core.run_scorer(q, [42], REPERES).fraction == 0
    assert "clés" in failure(q, [{"but": "notoriété"}])
    assert "aucun objectif" in core.run_visible(q, GOOD_OBJECTIVES[:4])
    assert "dictionnaire" in failure(q, [GOOD_OBJECTIVES[0], "notoriété"])


# --- 2.1 POEM --------------------------------------------------------------------------------------

def test_poem_full_partial_zero():
    q = "bloc3.plan_poem"
    assert core.run_scorer(q, plan.LEVIERS, plan.LEVIERS).fraction == 1
    french = {k.upper(): {"paid": "Payé", "owned": "Possédé", "earned": "Gagné"}[v] for k, v in plan.LEVIERS.items()}
    assert core.run_scorer(q, french, plan.LEVIERS).fraction == 1
    frame = pd.DataFrame({"levier": list(plan.LEVIERS), "catégorie": [v + " media" for v in plan.LEVIERS.values()]})
    assert core.run_scorer(q, frame, plan.LEVIERS).fraction == 1
    owned = core.run_scorer(q, dict.fromkeys(plan.LEVIERS, "owned"), plan.LEVIERS)
    assert owned.fraction == pytest.approx(6 / 15) and owned.remarks
    assert core.run_scorer(q, {None: 3, "x" * 5000: []}, plan.LEVIERS).fraction == 0
    assert "catégorie" in failure(q, dict.fromkeys(plan.LEVIERS, "social"))


# --- 2.2 KPIs --------------------------------------------------------------------------------------

def test_kpi_full_partial_zero():
    q = "bloc3.plan_kpi"
    expected = EXPECTED["bloc3.plan_kpi"]
    assert core.run_scorer(q, GOOD_KPI, expected).fraction == 1
    labels = pd.DataFrame([{"Action": r["action"], "KPI": r["kpi"].upper(), "Source": plan.SOURCES[r["source"]]}
                           for r in GOOD_KPI])
    assert core.run_scorer(q, labels, expected).fraction == 1
    wrong_source = [dict(r, source="mention") if r["kpi"] != "nombre de publications UGC" else r for r in GOOD_KPI]
    outcome = core.run_scorer(q, wrong_source, expected)
    assert outcome.fraction == pytest.approx((0.5 * 7 + 1) / 8) and "outil" in outcome.remarks[0]
    reach = [{"action": a, "kpi": "couverture", "source": "meta_couverture"} for a in plan.ACTIONS]
    assert core.run_scorer(q, reach, expected).fraction == pytest.approx(2 / 8)
    assert core.run_scorer(q, [{"action": None, "kpi": 1, "source": []}], expected).fraction == 0
    assert "sans KPI" in core.run_visible(q, GOOD_KPI[:3])
    assert "KPI inconnu" in failure(q, [dict(r, kpi="likes") for r in GOOD_KPI])
