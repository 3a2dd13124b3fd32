"""The referential module matches the certifier's document: counts, codes, texts, criteria."""

from __future__ import annotations

import re

import pytest

from cmcert_lib.facts import referential as ref

EXPECTED_COUNTS = {1: (7, 12), 2: (3, 7), 3: (4, 9), 4: (3, 5), 5: (2, 5)}


@pytest.mark.parametrize("number", sorted(EXPECTED_COUNTS))
def test_counts_per_bloc(number):
    activities, competencies = EXPECTED_COUNTS[number]
    b = ref.bloc(number)
    assert len(b.activities) == activities
    assert len(b.competencies) == competencies
    assert ref.competencies_of_bloc(number) == b.competencies


def test_totals():
    assert len(ref.BLOCS) == 5
    assert len(ref.ACTIVITIES) == 19
    assert len(ref.COMPETENCIES) == 38
    assert [b.number for b in ref.BLOCS] == [1, 2, 3, 4, 5]


def test_codes_are_unique():
    codes = [c.code for c in ref.COMPETENCIES]
    assert len(set(codes)) == len(codes)
    activities = [a.code for a in ref.ACTIVITIES]
    assert len(set(activities)) == len(activities)


def test_bloc1_activities_run_from_a1_1_to_a1_7():
    assert [a.code for a in ref.bloc(1).activities] == [f"A1.{i}" for i in range(1, 8)]


def test_each_competency_belongs_to_an_activity_of_its_bloc():
    for c in ref.COMPETENCIES:
        codes = {a.code for a in ref.bloc(c.bloc).activities}
        assert c.activity in codes, c.code
        assert c.code[1] == str(c.bloc)


def test_bloc4_keeps_the_document_label_a4_2_1():
    assert [c.code for c in ref.bloc(4).competencies] == [
        "C4.1.1", "A4.2.1", "C4.3.1", "C4.3.2", "C4.2.3",
    ]
    c = ref.competency("A4.2.1")
    assert c.activity == "A4.2"
    assert c.text.startswith("Élaborer un plan de marquage en identifiant les KPI’s")
    assert ref.is_competency_code("A4.2.1")
    assert not ref.is_competency_code("C4.2.1")


def test_unknown_codes_raise_french_key_errors():
    with pytest.raises(KeyError, match="n’est pas une compétence du référentiel"):
        ref.competency("C9.9.9")
    with pytest.raises(KeyError, match="n’est pas un critère"):
        ref.criterion("B1-99")
    with pytest.raises(KeyError, match="pas de bloc"):
        ref.bloc(6)
    assert not ref.is_competency_code("")


def test_criterion_ids_are_unique_and_contiguous_per_bloc():
    ids = [c.id for c in ref.CRITERIA]
    assert len(set(ids)) == len(ids)
    for b in ref.BLOCS:
        assert [c.id for c in b.criteria] == [
            f"B{b.number}-{i:02d}" for i in range(1, len(b.criteria) + 1)
        ]
        assert ref.criteria_of_bloc(b.number) == b.criteria
        assert all(re.fullmatch(r"B[1-5]-\d\d", c.id) for c in b.criteria)


def test_bloc1_has_its_17_criteria_in_document_order():
    crits = ref.criteria_of_bloc(1)
    assert len(crits) == 17
    starts = [
        "La reformulation du brief est claire et synthétique",
        "La description du contexte du projet est précise.",
        "Les critères d’analyse choisis pour décrire le marché",
        "Les représentations graphiques et les outils utilisés",
        "Les données quantitatives et/ou qualitatives recueillies sont riches",
        "L’étude des cibles permet de comprendre leur contexte",
        "Les données quantitatives et qualitatives sont collectées",
        "Les personas permettent une visualisation précise",
        "La modélisation d’un parcours client type",
        "Le discours de la marque sur les différents médias sociaux",
        "La charte éditoriale est complète et traite les points suivants",
        "Les leviers marketing sont pertinents",
        "La méthodologie et la chronologie de déploiement",
        "Le processus éditorial présenté permet d’avoir une vision claire",
        "Le document présenté est clair, structuré, complet",
        "La charte éditoriale et le plan de diffusion des contenus",
        "La posture professionnelle est évaluée",
    ]
    for crit, start in zip(crits, starts, strict=True):
        assert crit.text.startswith(start), crit.id
    headings = [c.heading for c in crits]
    assert headings == (
        ["Analyses"] * 2 + ["Analyse de la concurrence"] * 3 + ["Analyse des cibles"] * 4
        + ["Préconisations"] * 5 + ["Cahier de préconisations"] + ["Présentation"] * 2
    )


def test_criteria_keep_their_lists():
    charte = ref.criterion("B1-11").text
    for point in ("ligne éditoriale", "champ sémantique", "sujets éditoriaux",
                  "règles d’écriture web", "ton et tonalité des messages",
                  "exemples et formats de contenus"):
        assert point in charte
    cahier = ref.criterion("B1-15").text
    assert "Il comprend :" in cahier
    assert cahier.count("\n  - ") == 7
    assert "un benchmark de l’existant et de la concurrence" in cahier
    assert cahier.endswith("Un processus (workflow) éditorial détaillé sur une période déterminée.")


def test_bloc4_criteria_have_no_heading_and_others_do():
    assert {c.heading for c in ref.criteria_of_bloc(4)} == {""}
    assert all(c.heading for b in (1, 2, 3, 5) for c in ref.criteria_of_bloc(b))
    assert len(ref.CRITERIA) == 17 + 9 + 10 + 8 + 5


@pytest.mark.parametrize("code, snippet", [
    ("C1.1.1", ("Analyser les besoins d’un client, en s’appuyant sur la lecture du brief et des "
               "documents fournis par le client afin de déterminer la problématique à résoudre "
               "et les objectifs d’un projet.")),
    ("C1.3.1", "(les études de marché, baromètres…) afin de personnifier le client cible"),
    ("C1.7.1", "(calendrier éditorial & Workflow éditorial)"),
    ("C2.2.2", "outils d’optimisation SEO (Search Engine Optimisation)"),
    ("C3.2.3", "tels que la matrice POEM (Paid, Owned, Earned Media)"),
    ("C3.3.2", "tels que (Excel, Sage)"),
    ("C4.3.2", "pour booster et en mettant en place des actions adéquates de partenariat"),
    ("C5.2.3", "calculer le retour sur investissement (ROI) selon les médias et les objectifs"),
])
def test_competency_texts_match_the_document(code, snippet):
    assert snippet in ref.competency(code).text


def test_texts_are_clean():
    texts = [c.text for c in ref.COMPETENCIES] + [a.text for a in ref.ACTIVITIES]
    texts += [c.text for c in ref.CRITERIA] + [b.evaluation for b in ref.BLOCS]
    texts += [b.title for b in ref.BLOCS]
    for text in texts:
        assert "<" not in text and ">" not in text, text
        assert "'" not in text, text
        assert "  " not in text.replace("\n  - ", "\n- "), text
        assert not re.search(r"\w- \w", text.replace("\n", " ")), text


def test_bloc_titles_and_evaluation_modalities():
    assert ref.bloc(1).title == "Définition du discours de marque au regard de la cible"
    assert ref.bloc(4).title == "Conversion d’une communauté en clients"
    for number in (1, 2, 3, 5):
        assert ref.bloc(number).evaluation.startswith(
            "Mise en situation professionnelle réelle ou simulée")
    assert ref.bloc(4).evaluation.startswith("Questionnaire à visée professionnelle")
    assert "un planning éditorial," in ref.bloc(1).evaluation
    assert "à qui ils remette un cahier de préconisations." in ref.bloc(3).evaluation


def test_certification_rule():
    assert ref.CERTIFICATION_RULE == (
        "La certification professionnelle de Community manager est obtenue par la "
        "capitalisation des 5 blocs de compétences et la validation du jury final."
    )


def test_dataclasses_are_frozen():
    with pytest.raises(AttributeError):
        ref.competency("C1.1.1").text = "autre"  # type: ignore[misc]
