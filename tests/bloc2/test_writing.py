"""Web writing measures (cmcert_lib/bloc2/writing.py) on hand-made texts."""

from __future__ import annotations

import pytest

from cmcert_lib.bloc2 import writing
from cmcert_lib.bloc2.datasets import load_draft_article
from tests.bloc2.equivalence.notebook_01 import ARTICLE, POSTS

PRODUCT = "Petite Vague"


def test_markdown_is_read_with_both_title_styles_lists_and_bold():
    m = writing.measure(
        "Le titre de l'article\n=====\n\nUn chapô qui nomme **Petite Vague**.\n\n"
        "Une partie claire\n---\n\n- un\n* deux\n1. trois\n\nUn paragraphe __important__.\n\n### Une sous-partie\n"
    )
    assert m.headings == [(1, "Le titre de l'article"), (2, "Une partie claire"), (3, "Une sous-partie")]
    assert m.list_items == ["un", "deux", "trois"]
    assert m.bold == ["Petite Vague", "important"]
    assert m.standfirst == "Un chapô qui nomme Petite Vague."
    assert m.paragraphs == ["Un chapô qui nomme Petite Vague.", "Un paragraphe important."]


def test_words_and_sentences_count_as_a_writer_does():
    assert writing.words("L'avoine du pays de Rance : 12,5 % !") == ["L'avoine", "du", "pays", "de", "Rance", "12", "5"]
    assert writing.sentences("Il coûte 12,50 €. Il dure 40 lavages ! Et après ? « Oui. »") == [
        "Il coûte 12,50 €.", "Il dure 40 lavages !", "Et après ?", "« Oui. »"]


def test_spelling_knows_the_trade_names_elisions_and_plurals_but_not_typos():
    text = ("# Le shampoing des enfants\n\nLe shampoing sans sulfates de Maison Ondine démêle les nœuds "
            "jusqu'au bout. Léna l'a testé à Dinard. Une qualitée rare, un acceuil chaleureux.")
    assert writing.misspelled(text) == ["qualitée", "acceuil"]


def test_kandel_moles_ranks_a_plain_text_above_a_winding_one():
    plain = ["Le pain dure longtemps. Il sent le miel. Les enfants aiment la mousse."]
    winding = [("Considérant l'extraordinaire multiplicité des considérations environnementales contemporaines, "
               "l'utilisation systématique d'emballages intégralement recyclables constitue indubitablement "
               "une responsabilité particulièrement significative.")]
    assert writing.kandel_moles(plain) > writing.KANDEL_MOLES_MIN > writing.kandel_moles(winding)
    assert writing.kandel_moles([]) == 0.0


@pytest.mark.parametrize(("text", "found"), [
    ("Ce shampoing soigne les irritations.", "« soigne »"),
    ("Un geste zéro déchet.", "« zéro déchet »"),
    ("Une formule sans larmes.", "« sans larmes »"),
    ("Tu vas adorer ce pain.", "« tu »"),
    ("C'est le meilleur shampoing.", "« le meilleur »"),
    ("Fini les produits toxiques.", "« toxiques »"),
])
def test_charter_problems_name_what_the_charter_rules_out(text, found):
    assert any(found in problem for problem in writing.charter_problems(text))


@pytest.mark.parametrize("text", [
    "Une formule sans larmes : testée sous contrôle ophtalmologique sur 32 enfants.",
    "Pour un meilleur démêlage, rincez à l'eau tiède.",
    "Le ton de la marque est chaleureux et vous vouvoie.",
])
def test_charter_lets_proven_claims_comparatives_and_the_word_ton_through(text):
    assert writing.charter_problems(text) == []


def test_the_model_article_passes_every_rule_and_the_draft_fails_most():
    assert all(f.ok for f in writing.article_findings(ARTICLE, (800, 1200), PRODUCT))
    failed = {f.rule for f in writing.article_findings(load_draft_article(), (800, 1200), PRODUCT) if not f.ok}
    assert failed == {"longueur", "phrases", "paragraphes", "orthographe", "titres", "balayage", "charte", "faits"}


def test_titles_two_h1_a_skipped_level_and_vague_titles_are_named():
    finding = next(f for f in writing.article_findings("# Un\n\n# Deux titres\n\n### Trois niveaux\n\n## Partie",
                                                       (1, 9999), PRODUCT) if f.rule == "titres")
    assert not finding.ok
    assert "2 titre(s) de niveau 1" in finding.detail and "niveau 3 après niveau 1" in finding.detail
    assert "titre trop vague : « Un »" in finding.detail


def test_post_rules_follow_the_platform_table():
    hashtags = " ".join(f"#Tag{n}" for n in range(6))
    instagram = {f.rule: f for f in writing.post_findings(
        "Instagram", f"Petite Vague arrive le 6 avril, lien en bio. {hashtags}", {}, PRODUCT)}
    assert not instagram["limite"].ok and "6 hashtags pour 5 au plus" in instagram["limite"].detail
    assert instagram["lien"].ok
    facebook = {f.rule: f for f in writing.post_findings("Facebook", "Petite Vague arrive, lien en bio.", {}, PRODUCT)}
    assert not facebook["lien"].ok  # a link is clickable there: give it
    # X weighs a link 23 characters whatever its length.
    long_url = "https://www.maison-ondine.fr/" + "a" * 300
    x = {f.rule: f for f in writing.post_findings("X", f"Petite Vague : {long_url}", {}, PRODUCT)}
    assert x["limite"].ok and x["limite"].detail.startswith("38 caractères")


def test_a_post_copied_from_another_platform_is_flagged_on_both():
    text = POSTS["Facebook"]
    findings = {f.rule: f for f in writing.post_findings("LinkedIn", text, {"Facebook": text}, PRODUCT)}
    assert not findings["adapte"].ok
    findings = {f.rule: f for f in writing.post_findings("Facebook", text, {"LinkedIn": POSTS["LinkedIn"]}, PRODUCT)}
    assert findings["adapte"].ok


@pytest.mark.parametrize("hostile", [None, 42, ["# Titre"], b"# Titre", {"a": 1}])
def test_anything_but_text_is_an_empty_article(hostile):
    m = writing.measure(hostile)
    assert (m.headings, m.paragraphs, m.word_count) == ([], [], 0)


def test_a_huge_text_is_read_up_to_the_bound():
    m = writing.measure("Un mot. " * 100_000)
    assert len(m.text) == writing.MAX_TEXT_CHARS


def test_the_posts_report_reads_platform_names_as_the_scorer_does(capsys):
    writing.show_posts_report({"instagram": POSTS["Instagram"], "Snapshat": "Petite Vague"}, PRODUCT)
    out = capsys.readouterr().out
    assert "--- Instagram\n✅ Dit quelque chose" in out
    assert "❌ « Snapshat » n'est pas une plateforme du tableau" in out
