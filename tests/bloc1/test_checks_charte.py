"""Checks of notebook 05 (editorial charter): French messages and partial credit."""

from __future__ import annotations

import pytest

from cmcert_lib.bloc1.checks import charte
from cmcert_lib.checks import core

WORDS = ["solide", "savon", "shampoing", "peau", "saint-malo", "zéro", "naturel", "déchet",
         "parfum", "mois", "artisanal", "main", "merci", "reste", "odeur"]
SHARES = {"Instagram": 0.9133, "Facebook": 0.2133, "TikTok": 0.7467, "YouTube": 0.6067,
          "Pinterest": 0.4733, "LinkedIn": 0.2133, "Snapchat": 0.5067, "X": 0.1467}
REVIEW = {"P1": ["a"], "P2": [], "P3": [], "P4": [], "P5": [], "P6": [], "P7": [], "P8": []}


def failure(question: str, answer) -> str:
    with pytest.raises(core.CheckFailed) as info:
        core.run_visible(question, answer)
    return str(info.value)


def test_semantic_field_format():
    assert "15 mots" in core.run_visible("bloc1.charte_champ_semantique", WORDS)
    assert "exactement 15 mots" in failure("bloc1.charte_champ_semantique", WORDS[:14])
    assert "minuscules" in failure("bloc1.charte_champ_semantique", ["Solide", *WORDS[1:]])
    assert "Mots vides" in failure("bloc1.charte_champ_semantique", ["pour", *WORDS[1:]])
    assert "nom de la marque" in failure("bloc1.charte_champ_semantique", ["ondine", *WORDS[1:]])
    assert "liste" in failure("bloc1.charte_champ_semantique", "solide savon")


def test_semantic_field_credit_by_overlap():
    answer = ["sachet", "plastique", "marque", *WORDS[:12]]
    outcome = core.run_scorer("bloc1.charte_champ_semantique", answer, WORDS)
    assert outcome.fraction == pytest.approx(12 / 15)
    assert "12 mot(s) sur 15" in outcome.remarks[0]
    assert not any(word in outcome.remarks[0] for word in WORDS[12:])


def test_usage_shares_in_proportion_not_percent():
    assert "8 réseaux" in core.run_visible("bloc1.charte_usage_reseaux", SHARES)
    percent = dict(SHARES, Instagram=91.33)
    assert "pas en pourcentage" in failure("bloc1.charte_usage_reseaux", percent)
    missing = {k: v for k, v in SHARES.items() if k != "X"}
    assert "manquante(s) X" in failure("bloc1.charte_usage_reseaux", missing)


def test_usage_credit_per_network_with_a_rounding_tolerance():
    rounded3 = {k: round(v, 3) for k, v in SHARES.items()}
    assert core.run_scorer("bloc1.charte_usage_reseaux", rounded3, SHARES).fraction == 1
    answer = dict(SHARES, Instagram=0.91, X=0.15)
    outcome = core.run_scorer("bloc1.charte_usage_reseaux", answer, SHARES)
    assert outcome.fraction == pytest.approx(6 / 8)
    assert "Instagram, X" in outcome.remarks[0] and "0.91" not in outcome.remarks[0]


def test_channels_credit_is_the_jaccard_index():
    expected = ["Instagram", "TikTok", "YouTube", "Snapchat"]
    assert core.run_scorer("bloc1.charte_canaux", ["Instagram", "TikTok", "YouTube"],
                           expected).fraction == pytest.approx(3 / 4)
    outcome = core.run_scorer("bloc1.charte_canaux", ["Instagram", "Facebook"], expected)
    assert outcome.fraction == pytest.approx(1 / 5)
    assert "Facebook" in outcome.remarks[0]
    assert "inconnu" in failure("bloc1.charte_canaux", ["Insta"])


def test_review_names_unknown_rules_and_missing_posts():
    good = {k: [] for k in charte.DRAFT_IDS}
    assert "8 brouillons" in core.run_visible("bloc1.charte_relecture", good)
    assert "règle(s) inconnue(s) emojis" in failure(
        "bloc1.charte_relecture", dict(good, P3=["emojis"]))
    assert "manquante(s) P8" in failure(
        "bloc1.charte_relecture", {k: [] for k in charte.DRAFT_IDS[:7]})


def test_review_credit_per_post():
    expected = {k: [] for k in charte.DRAFT_IDS}
    expected.update(P1=["nombre_hashtags", "texte_alternatif"], P2=["sous_titres"])
    answer = {k: [] for k in charte.DRAFT_IDS}
    answer.update(P1=["nombre_hashtags"], P3=["longueur_texte"])
    # P1: 1/2, P2: 0, P3: 0, five clean posts right: (0.5 + 5) / 8
    outcome = core.run_scorer("bloc1.charte_relecture", answer, expected)
    assert outcome.fraction == pytest.approx(5.5 / 8)
    assert "P1, P2, P3" in outcome.remarks[0]


def test_formats_need_booleans_and_score_per_row():
    expected = dict.fromkeys(charte.VISUAL_IDS, True)
    assert "True ou False" in failure("bloc1.charte_formats", dict(expected, V1="oui"))
    outcome = core.run_scorer("bloc1.charte_formats", dict(expected, V7=False), expected)
    assert outcome.fraction == pytest.approx(7 / 8)
    assert "V7" in outcome.remarks[0]


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
