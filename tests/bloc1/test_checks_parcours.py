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


def test_top_networks_credit_by_rank():
    q = "bloc1.parcours_top_reseaux"
    assert core.run_scorer(q, TOP, TOP).fraction == 1
    # Facebook at its rank (1/3), Pinterest and Instagram right but swapped (half of 1/3 each)
    outcome = core.run_scorer(q, ["Facebook", "Instagram", "Pinterest"], TOP)
    assert outcome.fraction == pytest.approx(2 / 3) and "mauvais rang" in outcome.remarks[0]
    outcome = core.run_scorer(q, ["Facebook", "YouTube", "TikTok"], TOP)
    assert outcome.fraction == pytest.approx(1 / 3) and "1 réseau(x) sur 3" in outcome.remarks[0]


def test_top_networks_in_the_questionnaire_s_order_earn_less_than_half():
    outcome = core.run_scorer("bloc1.parcours_top_reseaux", ["Instagram", "Facebook", "TikTok"], TOP)
    assert outcome.fraction == pytest.approx(1 / 3)
    assert outcome.remarks and not any("Pinterest" in r for r in outcome.remarks)


def test_a_duplicate_or_a_fourth_network_costs_a_share_not_the_question():
    q = "bloc1.parcours_top_reseaux"
    assert "doublon" in core.run_visible(q, ["Facebook", "Facebook", "Instagram"])
    outcome = core.run_scorer(q, ["Facebook", "Facebook", "Instagram"], TOP)
    assert outcome.fraction == pytest.approx(2 / 3)  # the repeat takes Pinterest's place
    assert any("exactement 3 réseaux différents" in r for r in outcome.remarks)
    outcome = core.run_scorer(q, [*TOP, "X"], TOP)  # only the first three count
    assert outcome.fraction == 1 and any("exactement 3" in r for r in outcome.remarks)
    assert "4 réseaux au lieu de 3" in core.run_visible(q, [*TOP, "X"])


def test_top_networks_visible_messages():
    q = "bloc1.parcours_top_reseaux"
    assert "sans doublon" in core.run_visible(q, TOP)
    assert "« Facebok »" in failure(q, ["Facebok", "Pinterest", "Instagram"])
    assert "vide" in failure(q, [])
    assert "liste" in failure(q, "Facebook")


def journey(rows=None) -> pd.DataFrame:
    rows = rows or [
        ("Découverte", "Voit une épingle de salle de bains", "Pinterest", "Guide du passage au solide", 1),
        ("Considération", "Pose une question dans un groupe de parents", "Facebook", "Vidéo trois gestes", 0),
        ("Achat", "Commande le coffret famille", "Site web", "Fiche produit détaillée", 1),
        ("Fidélisation", "Suit les conseils d'utilisation", "Instagram", "Carrousel rituels du soir", 1),
        ("Recommandation", "En parle à la sortie de l'école", "Bouche-à-oreille", "", 2),
        ("Recommandation", "Laisse un avis après sa commande", "Avis en ligne", "Relance après achat", 1),
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


def test_a_journey_of_placeholders_earns_nothing():
    q = "bloc1.parcours_table"
    frame = journey().assign(**{"Point de contact": "à définir", "Contenu de marque": "À compléter"})
    outcome = graded(q, frame, EXPECTED)
    assert outcome.fraction == 0
    assert any("à définir" in r and "ne décrivent rien" in r for r in outcome.remarks)


def test_the_same_sentence_on_every_line_counts_once():
    q = "bloc1.parcours_table"
    frame = journey().assign(**{"Point de contact": "Claire voit un contenu de la marque",
                                "Contenu de marque": "Un contenu de Maison Ondine"})
    # 6 touchpoints and 6 contents: the first of each is real, 2 of 12
    outcome = graded(q, frame, EXPECTED)
    assert outcome.fraction == pytest.approx(2 / 12)
    assert any("10 point(s) de contact ou contenu(s) de marque sur 12" in r for r in outcome.remarks)


def test_one_vague_line_costs_a_share_only():
    q = "bloc1.parcours_table"
    frame = journey()
    frame.loc[2, "Contenu de marque"] = "TODO"
    assert graded(q, frame, EXPECTED).fraction == pytest.approx(10 / 11)
