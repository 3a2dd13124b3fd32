"""Checks of notebook 02's veille exercise: the candidate's rules judged fairly both ways."""

from __future__ import annotations

import ast
from datetime import timedelta
from pathlib import Path

import pytest

from cmcert_lib.authoring.textformat import parse
from cmcert_lib.bloc1.checks import veille
from cmcert_lib.bloc1.datasets import load_veille
from cmcert_lib.checks.core import CheckFailed, run_scorer, run_visible
from cmcert_lib.checks.wire import roundtrip
from cmcert_lib.facts import brand

NOTEBOOK = Path(__file__).resolve().parents[2] / "course" / "bloc1" / "02_benchmark_ecoute.py"


def _literal(question):
    for spec in parse(NOTEBOOK.read_text(encoding="utf-8")):
        if spec.kind == "tests":
            call = ast.parse("\n".join(spec.lines)).body[-1].value
            if ast.literal_eval(call.args[0]) == question:
                return {k.arg: ast.literal_eval(k.value) for k in call.keywords}["expected"]
    raise AssertionError(question)


RELIABILITY = _literal("bloc1.source_reliability")
SELECTION = _literal("bloc1.veille_selection")
RULE = _literal("bloc1.hashtag_rule")
CORPUS = load_veille().set_index("Identifiant")


def graded(question, answer, expected):
    from cmcert_lib.checks import check

    check(question, answer)
    return run_scorer(question, roundtrip(answer), expected)


def _due(window):
    """One identifier of every article worth keeping within ``window`` days before the brief."""
    start = brand.BRIEF_DATE - timedelta(days=window)
    return [g[0] for g in SELECTION["groupes"] if CORPUS.loc[g[0], "Date de publication"].date() >= start]


# --- the hidden classification agrees with the export ------------------------------------------


def test_the_classification_covers_the_corpus_consistently():
    grouped = [i for g in SELECTION["groupes"] for i in g]
    assert len(grouped) == len(set(grouped)) and not set(grouped) & set(SELECTION["neutres"])
    assert set(grouped) | set(SELECTION["neutres"]) < set(CORPUS.index)
    for group in SELECTION["groupes"]:
        rows = CORPUS.loc[group]
        assert rows["URL"].nunique() == 1  # one article, collected once or twice
        assert set(rows["Type de source"]) <= {"Source officielle", "Presse spécialisée"}
        assert (rows["Réseau concerné"] != "").all()
    kept_kinds = set(CORPUS.loc[grouped + SELECTION["neutres"], "Type de source"])
    assert "Compte non vérifié" not in kept_kinds and "Agrégateur" not in kept_kinds
    assert set(RELIABILITY) == set(CORPUS["Type de source"])
    assert RELIABILITY["Source officielle"] == ["fiable"] and RELIABILITY["Compte non vérifié"] == ["non fiable"]


def test_the_hashtag_rule_s_sources_report_the_real_announcement():
    assert RULE["limite"] == 5
    texts = CORPUS.loc[RULE["sources"], "Titre"] + " " + CORPUS.loc[RULE["sources"], "Extrait"]
    assert texts.str.contains(r"\b5\b|cinq|five", case=False).all()
    assert set(CORPUS.loc[RULE["sources"], "Type de source"]) <= {"Source officielle", "Presse spécialisée"}
    rumour = CORPUS[CORPUS["Type de source"] == "Compte non vérifié"]
    assert rumour["Titre"].str.contains(f"{3} hashtags").any()


# --- reliability ---------------------------------------------------------------------------------


def test_reliability_accepts_every_defensible_level_and_weighs_the_anchors():
    solution = {"Source officielle": "fiable", "Presse spécialisée": "à recouper", "Blog": "non fiable",
                "Agrégateur": "à recouper", "Compte non vérifié": "non fiable"}
    assert graded("bloc1.source_reliability", solution, RELIABILITY).fraction == 1
    written = {"source officielle": "Fiable", "PRESSE SPECIALISEE": "A recouper", "blog": "à recouper",
               "agregateur": "non fiable", "Compte non verifie": "non fiable"}
    assert graded("bloc1.source_reliability", written, RELIABILITY).fraction == 1
    blog = graded("bloc1.source_reliability", {**solution, "Blog": "fiable"}, RELIABILITY)
    assert blog.fraction == pytest.approx(0.8) and "Blog" in blog.remarks[0]
    rumour = graded("bloc1.source_reliability", {**solution, "Compte non vérifié": "à recouper"}, RELIABILITY)
    assert rumour.fraction == pytest.approx(0.4)
    for level in veille.LEVELS:
        assert graded("bloc1.source_reliability", dict.fromkeys(RELIABILITY, level), RELIABILITY).fraction < 0.5
    with pytest.raises(CheckFailed, match="« fiable », « à recouper » ou « non fiable »"):
        run_visible("bloc1.source_reliability", {**solution, "Blog": "moyen"})
    with pytest.raises(CheckFailed, match="Agrégateur"):
        run_visible("bloc1.source_reliability", {k: v for k, v in solution.items() if k != "Agrégateur"})


# --- the selection, judged by the candidate's window -------------------------------------------


@pytest.mark.parametrize("window", [180, 365, 540, 730])
def test_every_window_in_the_range_has_its_own_right_selection(window):
    due = _due(window)
    assert graded("bloc1.veille_selection", {"fenetre_jours": window, "articles": due}, SELECTION).fraction == 1
    neutral = [i for i in SELECTION["neutres"]
               if CORPUS.loc[i, "Date de publication"].date() >= brand.BRIEF_DATE - timedelta(days=window)]
    answer = {"fenetre_jours": window, "articles": [str(i) for i in due + neutral]}
    assert graded("bloc1.veille_selection", answer, SELECTION).fraction == 1


def test_windows_change_what_is_due():
    assert len(_due(180)) < len(_due(365)) < len(_due(730))
    # The two-year selection, judged with a six-month window: its older items count against it.
    outcome = graded("bloc1.veille_selection", {"fenetre_jours": 180, "articles": _due(730)}, SELECTION)
    assert outcome.fraction < 0.5 and "avant votre fenêtre" in " ".join(outcome.remarks)


def test_duplicates_rumours_and_off_topic_items_cost_points():
    due = _due(365)
    second_copies = [g[1] for g in SELECTION["groupes"] if len(g) == 2 and g[0] in due]
    outcome = graded("bloc1.veille_selection", {"fenetre_jours": 365, "articles": due + second_copies}, SELECTION)
    assert outcome.fraction == pytest.approx(0.2 + 0.8 * (len(due) - 2) / len(due)) and "doublon" in outcome.remarks[0]
    swapped = [g[-1] for g in SELECTION["groupes"] if g[0] in due]  # the other copy is as good
    assert graded("bloc1.veille_selection", {"fenetre_jours": 365, "articles": swapped}, SELECTION).fraction == 1
    rumours = CORPUS.index[CORPUS["Type de source"] == "Compte non vérifié"].tolist()
    outcome = graded("bloc1.veille_selection", {"fenetre_jours": 365, "articles": due + rumours}, SELECTION)
    assert outcome.fraction == pytest.approx(0.2 + 0.8 * (len(due) - len(rumours)) / len(due))
    assert "rumeur" in outcome.remarks[-1]
    everything = {"fenetre_jours": 365, "articles": CORPUS.index.tolist()}
    assert graded("bloc1.veille_selection", everything, SELECTION).fraction == pytest.approx(veille.WINDOW_CREDIT)


def test_a_window_out_of_range_fails_the_check_and_is_judged_at_the_nearest_bound():
    with pytest.raises(CheckFailed, match="180 à 730 jours"):
        run_visible("bloc1.veille_selection", {"fenetre_jours": 30, "articles": _due(180)})
    outcome = run_scorer("bloc1.veille_selection", {"fenetre_jours": 3650, "articles": _due(730)}, SELECTION)
    assert outcome.fraction == 0  # the visible check refuses it at grading too
    from cmcert_lib.bloc1.checks.veille import score_veille_selection

    clamped = score_veille_selection({"fenetre_jours": 3650, "articles": _due(730)}, SELECTION)
    assert clamped.fraction == pytest.approx(1 - veille.WINDOW_CREDIT) and "730" in clamped.remarks[0]
    with pytest.raises(CheckFailed, match="n'est pas dans l'export"):
        run_visible("bloc1.veille_selection", {"fenetre_jours": 365, "articles": [1]})
    with pytest.raises(CheckFailed, match="deux fois"):
        run_visible("bloc1.veille_selection", {"fenetre_jours": 365, "articles": _due(365)[:1] * 2})


# --- the hashtag rule -----------------------------------------------------------------------------


def test_the_hashtag_rule_needs_the_limit_and_a_source_that_answers_for_it():
    for source in RULE["sources"]:
        assert graded("bloc1.hashtag_rule", {"limite": 5, "source": source}, RULE).fraction == 1
    copy = CORPUS.index[(CORPUS["Type de source"] == "Agrégateur") & CORPUS["Titre"].str.contains("hashtags")]
    outcome = graded("bloc1.hashtag_rule", {"limite": 5, "source": int(copy[0])}, RULE)
    assert outcome.fraction == 0.75 and "original" in outcome.remarks[0]
    rumour = int(CORPUS.index[CORPUS["Source"].str.startswith("@insta_leaks")][0])
    assert graded("bloc1.hashtag_rule", {"limite": 3, "source": rumour}, RULE).fraction == 0
    off_topic = int(CORPUS.index[CORPUS["Source"] == "CNIL"][0])
    assert graded("bloc1.hashtag_rule", {"limite": 5, "source": off_topic}, RULE).fraction == 0.5
    with pytest.raises(CheckFailed, match="« limite », « source »"):
        run_visible("bloc1.hashtag_rule", {"limite": 5})
