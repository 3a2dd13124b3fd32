"""Journey maps: a touchpoint table in, stages in order, French errors on bad tables."""

from __future__ import annotations

import pandas as pd
import pytest
from matplotlib.figure import Figure

from cmcert_lib.bloc1.journey import (
    CHANNELS,
    STAGES,
    JourneyError,
    draw_journey,
    journey_frame,
    save_journey,
)
from cmcert_lib.facts.platforms import NETWORKS

ROWS = [
    {"Étape": "Recommandation", "Point de contact": "Avis laissé", "Canal": "Avis en ligne",
     "Contenu de marque": "Relance après achat", "Émotion": 1},
    {"Étape": "Découverte", "Point de contact": "Épingle repérée", "Canal": "Pinterest",
     "Contenu de marque": "Guide du solide", "Émotion": 1},
    {"Étape": "Considération", "Point de contact": "Avis lus", "Canal": "Site web",
     "Contenu de marque": "", "Émotion": -1},
    {"Étape": "Considération", "Point de contact": "Carrousel coût au lavage", "Canal": "Instagram",
     "Contenu de marque": "Carrousel comparatif", "Émotion": 1},
    {"Étape": "Achat", "Point de contact": "Commande", "Canal": "Site web",
     "Contenu de marque": "Fiche produit", "Émotion": 2},
    {"Étape": "Fidélisation", "Point de contact": "Conseils", "Canal": "Newsletter",
     "Contenu de marque": "Rituels du mois", "Émotion": 0},
]


def _texts(fig: Figure) -> str:
    return "\n".join(t.get_text() for ax in fig.axes for t in ax.texts) + "\n".join(
        t.get_text() for t in fig.texts
    )


def test_frame_puts_stages_in_order_and_keeps_rows():
    frame = journey_frame(ROWS)
    assert list(dict.fromkeys(frame["Étape"])) == list(STAGES)
    assert len(frame) == 6
    assert list(frame.loc[frame["Étape"] == "Considération", "Canal"]) == ["Site web", "Instagram"]


def test_map_shows_stages_touchpoints_and_mean_emotion():
    fig = draw_journey(pd.DataFrame(ROWS), title="Parcours de Claire")
    text = _texts(fig)
    for expected in ("Parcours de Claire", "DÉCOUVERTE", "RECOMMANDATION", "PINTEREST",
                     "Épingle repérée", "Contenu : Guide du solide", "Pas de contenu de marque"):
        assert expected in text, expected
    curve = fig.axes[1]
    assert list(curve.lines[0].get_ydata()) == [1, 0, 2, 0, 1]  # Considération: (-1 + 1) / 2


def test_map_without_emotion_has_no_curve():
    rows = [{k: v for k, v in row.items() if k != "Émotion"} for row in ROWS]
    assert len(draw_journey(rows).axes) == 1


def test_save_writes_a_png(tmp_path):
    path = save_journey(ROWS, tmp_path / "livrables" / "parcours.png")
    assert path.read_bytes()[:4] == b"\x89PNG"


@pytest.mark.parametrize(
    "table, message",
    [
        ("Découverte", "DataFrame"),
        ([], "vide"),
        ([{k: v for k, v in r.items() if k != "Canal"} for r in ROWS], "« Canal »"),
        ([*ROWS, {**ROWS[0], "Étape": "Conversion"}], "Étape\\(s\\) inconnue\\(s\\) : « Conversion »"),
        ([r for r in ROWS if r["Étape"] != "Achat"], "l'étape ou les étapes : Achat"),
        ([*ROWS, {**ROWS[0], "Canal": "Télévision"}], "Canal inconnu « Télévision »"),
        ([*ROWS, {**ROWS[0], "Point de contact": " "}], "« Point de contact » est vide"),
        ([*ROWS, {**ROWS[0], "Émotion": 5}], "de -2 .* à \\+2"),
    ],
)
def test_bad_tables_give_french_errors(table, message):
    with pytest.raises(JourneyError, match=message):
        journey_frame(table)


def test_every_network_is_a_channel_and_no_channel_is_listed_twice():
    assert set(NETWORKS) <= set(CHANNELS)
    assert len(set(CHANNELS)) == len(CHANNELS)
