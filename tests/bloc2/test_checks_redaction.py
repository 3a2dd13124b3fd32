"""Scorers of notebook 01, web writing (cmcert_lib/bloc2/checks/redaction.py)."""

from __future__ import annotations

import pytest

from cmcert_lib.bloc2.brief import facts_mentioned
from cmcert_lib.bloc2.datasets import load_draft_article
from cmcert_lib.checks import CheckFailed, check
from cmcert_lib.checks.core import run_scorer
from tests.bloc2.equivalence.notebook_01 import ARTICLE, POSTS

ARTICLE_EXPECTED = {"mots": [800, 1200], "produit": "Petite Vague"}
POSTS_EXPECTED = {"plateformes": ["Instagram", "Facebook", "LinkedIn", "TikTok"], "produit": "Petite Vague"}


def test_the_model_article_earns_everything():
    outcome = run_scorer("bloc2.redaction_article", ARTICLE, ARTICLE_EXPECTED)
    assert (outcome.fraction, outcome.remarks) == (1.0, [])


def test_the_draft_earns_one_rule_of_nine_with_a_remark_per_failure():
    outcome = run_scorer("bloc2.redaction_article", load_draft_article(), ARTICLE_EXPECTED)
    assert outcome.fraction == pytest.approx(1 / 9)
    assert len(outcome.remarks) == 8
    assert any("manquent : test dermatologique, test d'usage" in r for r in outcome.remarks)


def test_forgetting_one_fact_is_allowed_two_is_not():
    one = ARTICLE.replace("120 familles", "des familles")
    assert run_scorer("bloc2.redaction_article", one, ARTICLE_EXPECTED).fraction == 1.0
    two = one.replace("32 enfants", "des enfants")
    assert run_scorer("bloc2.redaction_article", two, ARTICLE_EXPECTED).fraction == pytest.approx(8 / 9)


def test_text_that_no_dictionary_knows_earns_nothing():
    lorem = "# Lorem ipsum dolor\n\n" + "## Sit amet consectetur\n\n" * 3 + "Lorem ipsum dolor sit amet. " * 300
    outcome = run_scorer("bloc2.redaction_article", lorem, ARTICLE_EXPECTED)
    assert outcome.fraction == 0.0
    assert any("n'est pas du contenu" in r for r in outcome.remarks)


def test_a_repeated_paragraph_counts_once():
    paragraph = "Petite Vague lave les cheveux des enfants en douceur. Il sent le miel du pays de Rance."
    text = ARTICLE + "\n\n" + "\n\n".join([paragraph] * 20)
    outcome = run_scorer("bloc2.redaction_article", text, ARTICLE_EXPECTED)
    assert outcome.fraction < 0.9


@pytest.mark.parametrize("answer", [None, 12, ["# Titre"], {"texte": "# Titre"}])
def test_an_article_that_is_not_text_fails_the_check_and_earns_nothing(answer):
    with pytest.raises(CheckFailed, match="doit être un texte"):
        check("bloc2.redaction_article", answer)
    assert run_scorer("bloc2.redaction_article", answer, ARTICLE_EXPECTED).fraction == 0.0


def test_the_model_posts_earn_everything():
    outcome = run_scorer("bloc2.redaction_publications", POSTS, POSTS_EXPECTED)
    assert (outcome.fraction, outcome.remarks) == (1.0, [])


def test_a_missing_platform_and_a_copied_post_earn_nothing_for_them():
    posts = {"Instagram": POSTS["Instagram"], "Facebook": POSTS["Facebook"], "LinkedIn": POSTS["Facebook"]}
    outcome = run_scorer("bloc2.redaction_publications", posts, POSTS_EXPECTED)
    assert outcome.fraction == pytest.approx(1 / 4)
    assert "TikTok : publication manquante." in outcome.remarks
    assert sum("recopié" in r for r in outcome.remarks) == 2


def test_a_post_without_a_fact_of_the_brief_loses_a_fifth():
    posts = dict(POSTS, TikTok="Trois gestes et c'est rincé : le bain du soir avec Petite Vague devient un jeu "
                               "pour toute la famille, tout est expliqué dans l'article en lien en bio.")
    outcome = run_scorer("bloc2.redaction_publications", posts, POSTS_EXPECTED)
    assert outcome.fraction == pytest.approx((3 + 4 / 5) / 4)


def test_posts_under_an_unknown_platform_name_fail_the_check():
    with pytest.raises(CheckFailed, match="« Snapshat » n'est pas un réseau"):
        check("bloc2.redaction_publications", {"Snapshat": "texte"})


@pytest.mark.parametrize(("text", "facts"), [
    ("Un pain de 60 grammes pour les enfants dès trois ans.", ["poids", "âge"]),
    ("12,00 € le pain, en vente le 6 avril.", ["prix", "mise en vente"]),
    ("Testé sur 32 enfants et par 120 familles.", ["test dermatologique", "test d'usage"]),
    ("Il coûte 120 € et dure 400 lavages.", []),
])
def test_facts_of_the_brief_are_found_in_the_forms_writers_use(text, facts):
    assert facts_mentioned(text) == facts
