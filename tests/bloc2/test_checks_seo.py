"""Checks of Bloc 2's notebook 02 (SEO): French messages, partial credit, hostile answers."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from cmcert_lib.bloc2.seo import DEFAUTS
from cmcert_lib.checks import core
from tests.bloc2.test_seo import DRAFT_FAULTS

KEYWORDS = ["shampoing solide enfant", "shampoing enfant bio", "shampoing bébé bio", "shampoing bebe bio"]
INTENTS = {"informationnel": 2130, "commercial": 8720, "transactionnel": 160, "navigationnel": 0}
MAIN = {"mot_cle_principal": "shampoing solide enfant"}
GOOD_TAGS = {
    "title": "Shampoing solide enfant : Petite Vague, doux dès 3 ans",
    "meta_description": ("Petite Vague, notre shampoing solide pour enfant dès 3 ans : avoine, miel du pays de "
                         "Rance, 40 lavages par pain. Nos conseils d'utilisation."),
    "slug": "shampoing-solide-enfant-petite-vague",
}


def failure(question: str, answer) -> str:
    with pytest.raises(core.CheckFailed) as info:
        core.run_visible(question, answer)
    return str(info.value)


# --- 1.1 -----------------------------------------------------------------------------------------

def test_keywords_full_marks_in_other_forms():
    q = "bloc2.seo_mots_cles"
    assert core.run_scorer(q, KEYWORDS, KEYWORDS).fraction == 1
    assert core.run_scorer(q, [k.upper() for k in KEYWORDS], KEYWORDS).fraction == 1
    table = pd.DataFrame({"Keyword": KEYWORDS, "Score": [4, 3, 2, 1]})
    assert core.run_scorer(q, table, KEYWORDS).fraction == 1
    assert core.run_scorer(q, pd.Series(KEYWORDS), KEYWORDS).fraction == 1


def test_keywords_accents_tell_two_searches_apart():
    q = "bloc2.seo_mots_cles"
    assert "sans doublon" in core.run_visible(q, KEYWORDS)
    assert "deux fois" in failure(q, ["shampoing bébé bio", "Shampoing bébé bio"])


def test_keywords_partial_credit_set_and_order():
    q = "bloc2.seo_mots_cles"
    # one missing: F1 = 2 x 1 x 3/4 / (7/4) = 6/7, order of the 3 common ones right
    outcome = core.run_scorer(q, KEYWORDS[:3], KEYWORDS)
    assert outcome.fraction == pytest.approx(6 / 7) and "manquent" in outcome.remarks[0]
    # right set, first two swapped: 2 of 4 at their place -> 0.5 + 0.5 x 0.5
    swapped = [KEYWORDS[1], KEYWORDS[0], *KEYWORDS[2:]]
    outcome = core.run_scorer(q, swapped, KEYWORDS)
    assert outcome.fraction == pytest.approx(0.75) and "score de priorité" in outcome.remarks[-1]
    # one in excess: precision 4/5, F1 = 8/9
    assert core.run_scorer(q, [*KEYWORDS, "shampoing sec"], KEYWORDS).fraction == pytest.approx(8 / 9)
    assert core.run_scorer(q, ["shampoing sec", "savon"], KEYWORDS).fraction == 0


def test_keywords_hostile_answers():
    q = "bloc2.seo_mots_cles"
    assert "vide" in failure(q, [])
    assert "texte" in failure(q, [1, 2])
    assert "Keyword" in failure(q, pd.DataFrame({"a": [1], "b": [2]}))
    assert "liste" in failure(q, "shampoing solide enfant")
    assert core.run_scorer(q, ["x"] * 5000, KEYWORDS).fraction == 0
    assert core.run_scorer(q, None, KEYWORDS).fraction == 0


# --- 1.2 -----------------------------------------------------------------------------------------

def test_intents_in_french_english_or_capitals():
    q = "bloc2.seo_intentions"
    assert core.run_scorer(q, INTENTS, INTENTS).fraction == 1
    english = {"Informational": 2130.0, "Commercial": 8720, "Transactional": 160}
    assert core.run_scorer(q, english, INTENTS).fraction == 1  # navigational omitted counts 0
    assert core.run_scorer(q, pd.Series({"Informationnel": 2130, "Commercial": 8720, "Transactionnel": 160}),
                           INTENTS).fraction == 1


def test_intents_partial_and_hostile():
    q = "bloc2.seo_intentions"
    outcome = core.run_scorer(q, {**INTENTS, "commercial": 9000}, INTENTS)
    assert outcome.fraction == 0.75 and "commercial" in outcome.remarks[0] and "8720" not in outcome.remarks[0]
    assert core.run_scorer(q, dict.fromkeys(INTENTS, 0), INTENTS).fraction == 0.25
    assert "inconnue" in failure(q, {"achat": 3})
    assert "positif" in failure(q, {"commercial": -1})
    assert "positif" in failure(q, {"commercial": math.nan})
    assert "positif" in failure(q, {"commercial": True})
    assert "deux fois" in failure(q, {"commercial": 1, "Commercial": 1})
    assert core.run_scorer(q, [1, 2], INTENTS).fraction == 0


# --- 2.1 -----------------------------------------------------------------------------------------

def test_any_good_tags_earn_everything():
    q = "bloc2.seo_balises"
    assert core.run_scorer(q, GOOD_TAGS, MAIN).fraction == 1
    other = {"Titre": "Petite Vague : shampoing solide enfant dès 3 ans",
             "Meta description": GOOD_TAGS["meta_description"], "URL": "shampoing-solide-enfant"}
    assert core.run_scorer(q, other, MAIN).fraction == 1


def test_tags_half_a_third_for_one_problem_nothing_for_two():
    q = "bloc2.seo_balises"
    one = {**GOOD_TAGS, "slug": "shampoing-solide-pour-enfant"}  # a small word
    outcome = core.run_scorer(q, one, MAIN)
    assert outcome.fraction == pytest.approx(5 / 6) and "pour" in outcome.remarks[0]
    two = {**GOOD_TAGS, "slug": "Shampoing Solide Pour Enfant"}  # format and small word
    assert core.run_scorer(q, two, MAIN).fraction == pytest.approx(2 / 3)


def test_tags_hostile_answers():
    q = "bloc2.seo_balises"
    assert "manquante" in failure(q, {"title": "x"})
    assert "non vide" in failure(q, {**GOOD_TAGS, "slug": ""})
    assert "trop long" in failure(q, {**GOOD_TAGS, "title": "a" * 10_000})
    assert core.run_scorer(q, {**GOOD_TAGS, "title": 3}, MAIN).fraction == 0
    assert core.run_scorer(q, "title", MAIN).fraction == 0


# --- 2.2 -----------------------------------------------------------------------------------------

def test_audit_full_marks_in_other_spellings():
    q = "bloc2.seo_audit"
    assert core.run_scorer(q, list(DRAFT_FAULTS), list(DRAFT_FAULTS)).fraction == 1
    spelled = [code.replace("_", " ").upper() for code in reversed(DRAFT_FAULTS)]
    assert core.run_scorer(q, tuple(spelled), list(DRAFT_FAULTS)).fraction == 1


def test_audit_a_wrong_fault_takes_a_found_one_away():
    q = "bloc2.seo_audit"
    wanted = list(DRAFT_FAULTS)
    outcome = core.run_scorer(q, [*wanted[:7], "titre_sans_mot_cle"], wanted)
    assert outcome.fraction == pytest.approx(6 / 9) and len(outcome.remarks) == 2
    assert core.run_scorer(q, list(DEFAUTS), wanted).fraction == pytest.approx(2 / 9)
    assert core.run_scorer(q, [c for c in DEFAUTS if c not in wanted], wanted).fraction == 0


def test_audit_hostile_answers():
    q = "bloc2.seo_audit"
    assert "vide" in failure(q, [])
    assert "inconnu" in failure(q, ["titre_trop_court"])
    assert "deux fois" in failure(q, ["h1_multiple", "H1 multiple"])
    assert core.run_scorer(q, [None, 3], list(DRAFT_FAULTS)).fraction == 0
