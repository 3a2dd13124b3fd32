"""Checks of notebook 05 (editorial charter): French messages and partial credit."""

from __future__ import annotations

import pytest

from cmcert_lib.bloc1.checks import charte
from cmcert_lib.checks import core

WORDS = ["solide", "savon", "shampoing", "peau", "saint-malo", "zéro", "naturel", "déchet",
         "parfum", "mois", "artisanal", "main", "merci", "reste", "odeur"]
SHARES = {"Instagram": 0.9133, "Facebook": 0.2133, "TikTok": 0.7467, "YouTube": 0.6067,
          "Pinterest": 0.4733, "LinkedIn": 0.2133, "Snapchat": 0.5067, "X": 0.1467}


def failure(question: str, answer) -> str:
    with pytest.raises(core.CheckFailed) as info:
        core.run_visible(question, answer)
    return str(info.value)


def test_semantic_field_format():
    assert "15 mots" in core.run_visible("bloc1.charte_champ_semantique", WORDS)
    assert "Mots vides" in failure("bloc1.charte_champ_semantique", ["pour", *WORDS[1:]])
    assert "nom de la marque" in failure("bloc1.charte_champ_semantique", ["Ondine", *WORDS[1:]])
    assert "liste" in failure("bloc1.charte_champ_semantique", "solide savon")
    # a count or a duplicate is said, and costs points, but does not make the list unreadable
    assert "14 mots au lieu de 15" in core.run_visible("bloc1.charte_champ_semantique", WORDS[:14])
    assert "deux fois" in core.run_visible("bloc1.charte_champ_semantique", [*WORDS[:14], "Solide"])


def test_semantic_field_in_capitals_or_without_accents_is_the_same_field():
    capitals = [w.capitalize() for w in WORDS]
    assert core.run_scorer("bloc1.charte_champ_semantique", capitals, WORDS).fraction == 1
    bare = [w.replace("é", "e") for w in WORDS]
    assert core.run_scorer("bloc1.charte_champ_semantique", bare, WORDS).fraction == 1


def test_semantic_field_duplicate_or_extra_word_costs_its_place():
    outcome = core.run_scorer("bloc1.charte_champ_semantique", [*WORDS[:14], "SOLIDE"], WORDS)
    assert outcome.fraction == pytest.approx(14 / 15) and "deux fois" in outcome.remarks[-1]
    outcome = core.run_scorer("bloc1.charte_champ_semantique", [*WORDS, "savons"], WORDS)
    assert outcome.fraction == pytest.approx(15 / 16) and "16 mots" in outcome.remarks[-1]


def test_usage_shares_in_proportion_not_percent():
    assert "8 réseaux" in core.run_visible("bloc1.charte_usage_reseaux", SHARES)
    percent = dict(SHARES, Instagram=91.33)
    assert "pas en pourcentage" in failure("bloc1.charte_usage_reseaux", percent)
    missing = {k: v for k, v in SHARES.items() if k != "X"}
    assert "manquante(s) X" in failure("bloc1.charte_usage_reseaux", missing)


def test_usage_credit_per_network_with_a_rounding_tolerance():
    assert core.stated_decimals("bloc1.charte_usage_reseaux") == 3  # « arrondie à 3 décimales au moins »
    rounded3 = {k: round(v, 3) for k, v in SHARES.items()}
    assert core.run_scorer("bloc1.charte_usage_reseaux", rounded3, SHARES).fraction == 1
    exact = dict(SHARES, Instagram=137 / 150)
    assert core.run_scorer("bloc1.charte_usage_reseaux", exact, SHARES).fraction == 1
    rounded2 = {k: round(v, 2) for k, v in SHARES.items()}
    assert core.run_scorer("bloc1.charte_usage_reseaux", rounded2, SHARES).fraction < 0.5
    answer = dict(SHARES, Instagram=0.91, X=0.15)
    outcome = core.run_scorer("bloc1.charte_usage_reseaux", answer, SHARES)
    assert outcome.fraction == pytest.approx(6 / 8)
    assert "Instagram, X" in outcome.remarks[0] and "0.91" not in outcome.remarks[0]


def test_channels_credit_each_wrong_network_takes_a_right_one_back():
    expected = ["Instagram", "TikTok", "YouTube", "Snapchat"]
    assert core.run_scorer("bloc1.charte_canaux", ["Instagram", "TikTok", "YouTube"],
                           expected).fraction == pytest.approx(3 / 4)
    outcome = core.run_scorer("bloc1.charte_canaux", [*expected, "Pinterest"], expected)
    assert outcome.fraction == pytest.approx(3 / 4) and "Pinterest" in outcome.remarks[0]
    outcome = core.run_scorer("bloc1.charte_canaux", ["Instagram", "Facebook"], expected)
    assert outcome.fraction == 0
    assert "Facebook" in outcome.remarks[0]
    assert "inconnu" in failure("bloc1.charte_canaux", ["Insta"])


def test_keeping_every_network_earns_nothing():
    everything = ["Instagram", "Facebook", "TikTok", "YouTube", "Pinterest", "LinkedIn", "Snapchat", "X"]
    outcome = core.run_scorer("bloc1.charte_canaux", everything, ["Instagram", "TikTok", "YouTube", "Snapchat"])
    assert outcome.fraction == 0 and outcome.remarks


def test_a_duplicated_channel_counts_as_one_kept_wrongly():
    expected = ["Instagram", "TikTok", "YouTube", "Snapchat"]
    assert "deux fois" in core.run_visible("bloc1.charte_canaux", [*expected, "tiktok"])
    outcome = core.run_scorer("bloc1.charte_canaux", [*expected, "tiktok"], expected)
    assert outcome.fraction == pytest.approx(3 / 4) and "deux fois" in outcome.remarks[-1]


def test_review_names_unknown_rules_and_missing_posts():
    good = {k: [] for k in charte.DRAFT_IDS}
    assert "10 brouillons" in core.run_visible("bloc1.charte_relecture", good)
    assert "règle(s) inconnue(s) emojis" in core.run_visible(
        "bloc1.charte_relecture", dict(good, P3=["emojis"]))
    assert "manquante(s) P10" in core.run_visible(
        "bloc1.charte_relecture", {k: [] for k in charte.DRAFT_IDS[:9]})
    assert "aucune des clés" in failure("bloc1.charte_relecture", {"a": []})


def test_review_slips_cost_their_post_only():
    expected = {k: [] for k in charte.DRAFT_IDS}
    expected["P1"] = ["nombre_hashtags"]
    # P8 missing: that post earns nothing; the nine others are right
    outcome = core.run_scorer("bloc1.charte_relecture", {k: v for k, v in expected.items() if k != "P8"}, expected)
    assert outcome.fraction == pytest.approx(9 / 10) and "P8" in outcome.remarks[0]
    # a rule cited twice: 1 right of 1 cited + 1 repeat = 1/2 for P1
    twice = dict(expected, P1=["nombre_hashtags", "nombre_hashtags"])
    assert core.run_scorer("bloc1.charte_relecture", twice, expected).fraction == pytest.approx(9.5 / 10)
    # an unknown id counts as a rule cited wrongly
    typo = dict(expected, P1=["nombre_hashtags", "hashtag"])
    outcome = core.run_scorer("bloc1.charte_relecture", typo, expected)
    assert outcome.fraction == pytest.approx(9.5 / 10) and "inconnue(s) hashtag" in outcome.remarks[-1]


def test_review_credit_per_post():
    expected = {k: [] for k in charte.DRAFT_IDS}
    expected.update(P1=["nombre_hashtags", "texte_alternatif"], P2=["sous_titres"])
    answer = {k: [] for k in charte.DRAFT_IDS}
    answer.update(P1=["nombre_hashtags"], P3=["longueur_texte"])
    # P1: 1/2, P2: 0, P3: 0, seven clean posts right: (0.5 + 7) / 10
    outcome = core.run_scorer("bloc1.charte_relecture", answer, expected)
    assert outcome.fraction == pytest.approx(7.5 / 10)
    assert "P1, P2, P3" in outcome.remarks[0]


def test_formats_are_marked_against_guessing():
    expected = dict.fromkeys(charte.VISUAL_IDS, True)
    expected.update(V3=False, V4=False, V8=False, V9=False)
    outcome = core.run_scorer("bloc1.charte_formats", dict(expected, V7=False), expected)
    assert outcome.fraction == pytest.approx(8 / 10)  # 9 right, 1 wrong
    assert "V7" in outcome.remarks[0]
    everything_valid = dict.fromkeys(charte.VISUAL_IDS, True)  # 6 right, 4 wrong
    assert core.run_scorer("bloc1.charte_formats", everything_valid, expected).fraction == pytest.approx(2 / 10)
    # a verdict that is not True or False earns nothing, and takes nothing back
    assert "True ou False" in core.run_visible("bloc1.charte_formats", dict(expected, V1="oui"))
    outcome = core.run_scorer("bloc1.charte_formats", dict(expected, V1="oui"), expected)
    assert outcome.fraction == pytest.approx(9 / 10) and "True ou False" in outcome.remarks[-1]


FRAMEWORK = {"S1": ["influence_commerciale"], "S2": ["influence_commerciale", "images_retouchees"],
             "S3": ["influence_commerciale", "images_virtuelles"], "S4": ["ia_hypertrucage"],
             "S5": ["photographie_retouchee"], "S6": [], "S7": ["accessibilite_boutique"],
             "S8": ["identification_publicite"]}


def test_legal_framework_credit_per_situation():
    assert core.run_scorer("bloc1.charte_cadre_juridique", FRAMEWORK, FRAMEWORK).fraction == 1
    assert "8 situations" in core.run_visible("bloc1.charte_cadre_juridique", FRAMEWORK)
    # a gifted product not seen as a partnership, and S2 without its retouch mention: 0 and 1/2
    answer = dict(FRAMEWORK, S1=[], S2=["influence_commerciale"])
    outcome = core.run_scorer("bloc1.charte_cadre_juridique", answer, FRAMEWORK)
    assert outcome.fraction == pytest.approx(6.5 / 8) and "S1, S2" in outcome.remarks[0]
    assert "influence_commerciale" not in outcome.remarks[0]


def test_legal_framework_cannot_be_guessed():
    nothing = {k: [] for k in charte.SITUATION_IDS}
    assert core.run_scorer("bloc1.charte_cadre_juridique", nothing, FRAMEWORK).fraction == pytest.approx(1 / 8)
    every_text = {k: list(charte.charter.LEGAL_RULES) for k in charte.SITUATION_IDS}
    assert core.run_scorer("bloc1.charte_cadre_juridique", every_text, FRAMEWORK).fraction < 0.2
    assert "inconnue(s) loi_evin" in core.run_visible("bloc1.charte_cadre_juridique",
                                                      dict(FRAMEWORK, S6=["loi_evin"]))


def test_pillars_refuse_a_forbidden_claim_and_a_generic_name():
    right = {"Savoir-faire malouin": 0.3, "Rituels & conseils": 0.3, "Engagements prouvés": 0.25,
             "Communauté": 0.15}
    limits = {"min": 3, "max": 5}
    assert core.run_scorer("bloc1.charte_piliers", right, limits).fraction == 1
    assert "4 piliers" in core.run_visible("bloc1.charte_piliers", right)
    slogan = {**{k: v for k, v in right.items() if k != "Engagements prouvés"}, "Engagement zéro déchet": 0.25}
    outcome = core.run_scorer("bloc1.charte_piliers", slogan, limits)
    assert outcome.fraction == pytest.approx(0.4 + 0.6 * 3 / 4)
    assert "zéro déchet" in outcome.remarks[0]
    assert "zéro déchet" in core.run_visible("bloc1.charte_piliers", slogan)
    generic = {"Pilier 1": 0.4, "Pilier 2": 0.3, "Thème B": 0.3}
    assert core.run_scorer("bloc1.charte_piliers", generic, limits).fraction == pytest.approx(0.4)


def test_pillars_count_and_shares():
    limits = {"min": 3, "max": 5}
    two = {"Savoir-faire malouin": 0.5, "Rituels & conseils": 0.5}
    assert core.run_scorer("bloc1.charte_piliers", two, limits).fraction == pytest.approx(0.8)
    off = {"Savoir-faire malouin": 0.5, "Rituels & conseils": 0.3, "Communauté": 0.3}
    outcome = core.run_scorer("bloc1.charte_piliers", off, limits)
    assert outcome.fraction == pytest.approx(0.8) and "110 %" in outcome.remarks[0]
    assert "pas en pourcentage" in failure("bloc1.charte_piliers", {"Savoir-faire malouin": 30})


# --- answers in other natural forms, through the wire form both sides share -------------------


def graded(question, answer, expected):
    """The candidate's check cell passes, then the score grading gives the exported answer."""
    from cmcert_lib.checks import check
    from cmcert_lib.checks.core import run_scorer as _run_scorer
    from cmcert_lib.checks.wire import roundtrip

    check(question, answer)
    return _run_scorer(question, roundtrip(answer), expected)


def test_network_shares_as_a_series_of_numpy_numbers_and_channels_as_an_array():
    import numpy as np
    import pandas as pd

    series = pd.Series({k.lower(): np.float64(v) for k, v in SHARES.items()}, name="part")
    assert graded("bloc1.charte_usage_reseaux", series, SHARES).fraction == 1
    hollow = pd.Series(0.5, index=list(SHARES))
    assert graded("bloc1.charte_usage_reseaux", hollow, SHARES).fraction < 0.5
    kept = ["Instagram", "TikTok", "YouTube"]
    assert graded("bloc1.charte_canaux", np.array(kept), kept).fraction == 1
    assert graded("bloc1.charte_canaux", pd.Index(["X", "LinkedIn"]), kept).fraction == 0
