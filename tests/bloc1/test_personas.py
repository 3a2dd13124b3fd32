"""Persona cards: drawn from a plain dict, French errors on bad personas."""

from __future__ import annotations

import pandas as pd
import pytest
from matplotlib.figure import Figure

from cmcert_lib.bloc1.personas import (
    NETWORK_COLOURS,
    PersonaError,
    draw_persona,
    save_persona,
    sketch_from_answers,
)
from cmcert_lib.facts.platforms import NETWORKS

PERSONA = {
    "nom": "Claire Le Gall",
    "âge": 38,
    "métier": "Infirmière, mère de deux enfants",
    "ville": "Rennes (35)",
    "citation": "Je veux des produits sûrs pour toute la famille.",
    "objectifs": ["Moins de déchets dans la salle de bains"],
    "freins": ["Prix perçu", "Doute sur la durée d'un savon"],
    "motivations": ["Composition naturelle"],
    "réseaux": ["Facebook", "Pinterest"],
    "habitudes médias": ["Groupes Facebook de parents"],
}


def _texts(fig: Figure) -> str:
    return "\n".join(t.get_text() for t in fig.texts)


def test_card_shows_every_field():
    fig = draw_persona(PERSONA)
    text = _texts(fig)
    for expected in ("Claire Le Gall", "38 ans · Rennes (35)", "« Je veux des produits",
                     "OBJECTIFS", "FREINS", "MOTIVATIONS", "HABITUDES MÉDIAS",
                     "Facebook", "Pinterest", "Doute sur la durée d'un savon", "CL"):
        assert expected in text, expected


def test_text_field_may_be_a_single_string():
    fig = draw_persona({**PERSONA, "freins": "Prix perçu"})
    assert "•  Prix perçu" in _texts(fig)


def test_save_writes_a_png(tmp_path):
    path = save_persona(PERSONA, tmp_path / "livrables" / "persona.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    fig = draw_persona(PERSONA)
    assert save_persona(fig, tmp_path / "p2.png").exists()


def test_save_refuses_another_extension(tmp_path):
    with pytest.raises(PersonaError, match=r"\.png"):
        save_persona(PERSONA, tmp_path / "persona.jpg")


@pytest.mark.parametrize(
    "persona, message",
    [
        (["Claire"], "doit être un dictionnaire"),
        ({k: v for k, v in PERSONA.items() if k != "freins"}, "Il manque dans le persona : « freins »"),
        ({**PERSONA, "age": 38}, "Clé\\(s\\) inconnue\\(s\\) : « age »"),
        ({**PERSONA, "âge": "38 ans"}, "nombre entier"),
        ({**PERSONA, "âge": 7}, "pas plausible"),
        ({**PERSONA, "objectifs": []}, "liste non vide"),
        ({**PERSONA, "réseaux": ["Facebook", ""]}, "texte non vide"),
        ({**PERSONA, "citation": "  "}, "« citation » doit être un texte non vide"),
        ({**PERSONA, "motivations": [f"m{i}" for i in range(7)]}, "6 au plus"),
    ],
)
def test_bad_personas_give_french_errors(persona, message):
    with pytest.raises(PersonaError, match=message):
        draw_persona(persona)


def test_sketch_summarises_a_group():
    answers = pd.DataFrame({
        "Âge": [30, 34, 40],
        "Catégorie socioprofessionnelle": ["Employé·e", "Employé·e", "Cadre"],
        "Quels réseaux sociaux utilisez-vous au moins une fois par semaine ?":
            ["Facebook, Pinterest", "Facebook", "Instagram, Facebook"],
        "Budget mensuel consacré aux cosmétiques (en €)": [20.0, None, 40.0],
        "Votre premier critère d'achat": ["Le prix", "Le prix", "L'efficacité"],
        "Où achetez-vous le plus souvent vos cosmétiques ?": ["En grande surface"] * 3,
        "Combien de temps passez-vous chaque jour sur les réseaux sociaux ?": ["Plus de 2 h"] * 3,
        "Qu'attendez-vous d'une marque de cosmétiques sur les réseaux sociaux ?":
            ["Des promos", "", "Des promos"],
        "Connaissez-vous Maison Ondine ?": ["Non", "Oui, de nom", "Non"],
    })
    sketch = sketch_from_answers(answers, "30-44 ans | Prêt à essayer")
    assert sketch["âge"] == 34
    assert sketch["métier"] == "Employé·e"
    assert sketch["réseaux"] == ["Facebook"]  # Pinterest and Instagram: 1 in 3 < 40 %
    assert sketch["citation"] == "Des promos"
    assert "Budget mensuel médian : 30 €" in sketch["habitudes médias"]
    assert sketch["freins"] == ["Ne connaît pas Maison Ondine : 67 % du segment"]
    draw_persona(sketch)


def test_sketch_of_an_empty_group():
    with pytest.raises(PersonaError, match="Aucune réponse"):
        sketch_from_answers(pd.DataFrame(), "x")


def test_initials_skip_small_words():
    fig = draw_persona({**PERSONA, "nom": "Persona à nommer"})
    assert "P" in [t.get_text() for t in fig.texts]


def test_every_network_has_its_own_chip_colour():
    assert set(NETWORK_COLOURS) == set(NETWORKS)
