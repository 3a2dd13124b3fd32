"""Checks of notebook 04 (customer journey): French messages and partial credit."""

from __future__ import annotations

import pandas as pd
import pytest

from cmcert_lib.bloc1.journey import STAGES
from cmcert_lib.checks import core

TOP = ["Facebook", "Pinterest", "Instagram"]
EXPECTED = {"étapes": list(STAGES), "réseaux_persona": TOP}


def failure(question: str, answer) -> str:
    with pytest.raises(core.CheckFailed) as info:
        core.run_visible(question, answer)
    return str(info.value)


def test_top_networks_credit():
    q = "bloc1.parcours_top_reseaux"
    assert core.run_scorer(q, TOP, TOP).fraction == 1
    outcome = core.run_scorer(q, ["Facebook", "Instagram", "Pinterest"], TOP)
    assert outcome.fraction == 0.75 and "ordre" in outcome.remarks[0]
    outcome = core.run_scorer(q, ["Facebook", "YouTube", "TikTok"], TOP)
    assert outcome.fraction == 0.25 and "1 réseau(x) sur 3" in outcome.remarks[0]


def test_top_networks_visible_messages():
    q = "bloc1.parcours_top_reseaux"
    assert "sans doublon" in core.run_visible(q, TOP)
    assert "exactement 3" in failure(q, TOP[:2])
    assert "« Facebok »" in failure(q, ["Facebok", "Pinterest", "Instagram"])
    assert "qu'une fois" in failure(q, ["Facebook", "Facebook", "Instagram"])
    assert "liste" in failure(q, "Facebook")


def journey(rows=None) -> pd.DataFrame:
    rows = rows or [
        ("Découverte", "Épingle", "Pinterest", "Guide", 1),
        ("Considération", "Groupe de parents", "Facebook", "Vidéo", 0),
        ("Achat", "Commande", "Site web", "Fiche produit", 1),
        ("Fidélisation", "Conseils", "Instagram", "Carrousel", 1),
        ("Recommandation", "Bouche-à-oreille", "Bouche-à-oreille", "", 2),
        ("Recommandation", "Avis", "Avis en ligne", "Relance", 1),
    ]
    return pd.DataFrame(rows, columns=["Étape", "Point de contact", "Canal", "Contenu de marque", "Émotion"])


def test_journey_full_credit_and_list_of_dicts():
    q = "bloc1.parcours_table"
    assert core.run_scorer(q, journey(), EXPECTED).fraction == 1
    assert core.run_scorer(q, journey().to_dict("records"), EXPECTED).fraction == 1


def test_journey_partial_credit_rule_by_rule():
    q = "bloc1.parcours_table"
    frame = journey()
    frame.loc[2, "Canal"] = "Google"  # not an allowed channel
    frame.loc[3, "Contenu de marque"] = ""  # no brand content at Fidélisation
    outcome = core.run_scorer(q, frame, EXPECTED)
    assert outcome.fraction == pytest.approx(0.6)
    assert any("Fidélisation" in r for r in outcome.remarks)
    shuffled = journey().iloc[[1, 0, 2, 3, 4, 5]]  # Considération before Découverte
    assert core.run_scorer(q, shuffled, EXPECTED).fraction == pytest.approx(0.8)
    no_purchase = journey().drop(index=2)  # Achat missing: order and count rules fail,
    # and so does the content rule
    assert core.run_scorer(q, no_purchase, EXPECTED).fraction == pytest.approx(0.4)
    bad_emotion = journey().assign(Émotion=[1, 0, 1, 1, 3, 1])
    assert core.run_scorer(q, bad_emotion, EXPECTED).fraction == pytest.approx(0.8)


def test_journey_visible_messages():
    q = "bloc1.parcours_table"
    assert "6 point(s) de contact" in core.run_visible(q, journey())
    assert "manquante(s) 'Émotion'" in failure(q, journey().drop(columns="Émotion"))
    assert "Étape inconnue « Conversion »" in failure(q, journey().replace("Achat", "Conversion"))
    assert "DataFrame" in failure(q, "Découverte")


# --- answers in other natural forms, through the wire form both sides share -------------------


def graded(question, answer, expected):
    """The candidate's check cell passes, then the score grading gives the exported answer."""
    from cmcert_lib.checks import check
    from cmcert_lib.checks.core import run_scorer as _run_scorer
    from cmcert_lib.checks.wire import roundtrip

    check(question, answer)
    return _run_scorer(question, roundtrip(answer), expected)


def test_top_networks_as_the_index_of_a_sorted_series():
    shares = pd.Series({"Instagram": 0.6, "Facebook": 0.8, "Pinterest": 0.7, "X": 0.1, "Snapchat": 0.2,
                        "LinkedIn": 0.3})
    top = shares.sort_values(ascending=False).head(3).index
    assert graded("bloc1.parcours_top_reseaux", top, TOP).fraction == 1
    assert graded("bloc1.parcours_top_reseaux", pd.Index(["facebook ", "PINTEREST", "Instagram"]), TOP).fraction == 1
    hollow = shares.sort_values().head(3).index  # the least used networks
    assert graded("bloc1.parcours_top_reseaux", hollow, TOP).fraction < 0.5
