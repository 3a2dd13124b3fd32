"""The « cahier de préconisations »: every section, escaped text, self-contained HTML."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from cmcert_lib.bloc1 import recommendations as rec


def full_sections() -> dict:
    sections = {key: f"Contenu de la section {key}." for key, _ in rec.SECTIONS}
    sections["planning"] = pd.DataFrame({"semaine": ["S1"], "Instagram": [4]})
    sections["charte"] = {"Ton": "chaleureux, précis", "Piliers": ["Savoir-faire", "Rituels"]}
    return sections


def test_sections_follow_the_referential():
    keys = [k for k, _ in rec.SECTIONS]
    assert keys == ["problematique", "besoins", "benchmark", "cible", "parcours", "parti_pris",
                    "charte", "workflow", "planning"]


@pytest.mark.parametrize(
    "content, words",
    [("Un cahier clair, structuré.", 4), ("", 0), (None, 0), (["deux mots", "trois mots ici"], 5),
     ({"Ton": "chaleureux et précis"}, 4),
     (pd.DataFrame({"réseau": ["Instagram", "TikTok"], "posts": [4, 2]}), 6)],
)
def test_word_count(content, words):
    assert rec.word_count(content) == words


def test_missing_sections():
    sections = full_sections()
    del sections["benchmark"]
    sections["cible"] = "   "
    assert rec.missing_sections(sections) == ["benchmark", "cible"]
    with pytest.raises(rec.RecommendationsError, match="« Benchmark de l'existant"):
        rec.render_html(sections, "Synthèse.")


def test_html_is_self_contained_ordered_and_escaped():
    sections = full_sections()
    sections["cible"] = "<script>alert('x')</script> & « Léa »\n\n- premier point\n- second point"
    sections["Annexe : sources"] = "Enquête 2026"
    page = rec.render_html(sections, "Une synthèse <b>courte</b>.", author="Agence Marée",
                           when=date(2026, 12, 14))
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"fr\">")
    assert "<script>" not in page and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "Une synthèse &lt;b&gt;courte&lt;/b&gt;." in page
    assert "<ul><li>premier point</li><li>second point</li></ul>" in page
    assert "http" not in page and "src=" not in page  # nothing fetched: readable offline
    titles = [t for _, t in rec.SECTIONS] + ["Annexe : sources"]
    positions = [page.index(f"{n}. {t.replace(chr(39), '&#x27;')}</h2>")
                 for n, t in enumerate(titles, start=1)]
    assert positions == sorted(positions)
    assert "<th scope=\"col\">Instagram</th>" in page and "<td>4</td>" in page
    assert "Client : Maison Ondine · Proposé par : Agence Marée · Date : 14/12/2026" in page


def test_write_html(tmp_path):
    path = rec.write_html(tmp_path / "livrables" / "cahier.html", full_sections(), "Synthèse.")
    assert path.read_text(encoding="utf-8").count("<section id=") == len(rec.SECTIONS)


def test_sections_must_be_a_dict():
    with pytest.raises(rec.RecommendationsError, match="dictionnaire"):
        rec.render_html(["a"], "Synthèse.")


def test_numbers_in_tables_are_written_the_french_way():
    table = pd.DataFrame({"marque": ["Maison Ondine"], "par semaine": [3.3], "taux": [4.0]})
    page = rec.content_html(table)
    assert "<td>3,3</td>" in page and "<td>4</td>" in page


def test_keys_in_another_case_or_with_accents_are_the_referential_s():
    sections = {key.upper(): value for key, value in full_sections().items()}
    sections["Problématique"] = sections.pop("PROBLEMATIQUE")
    assert rec.missing_sections(sections) == []
    page = rec.render_html(sections, "Synthèse.")
    assert "1. Récapitulatif de la problématique du client</h2>" in page


@pytest.mark.parametrize(
    "content, empty",
    [("À compléter", True), ("à définir à définir à définir", True), (["TODO", "TODO"], True),
     ({"Ton": "à compléter", "Piliers": "à compléter", "Formats": "à compléter"}, True),
     (" ".join(["Maison Ondine doit publier plus."] * 6), True),
     ("Un cahier clair, structuré, qui répond au brief.", False),
     ({"Ton": "chaleureux, précis et franc"}, False),
     # a table's cells may repeat (every month, the same rhythm): judged on its distinct words
     (pd.DataFrame({"Mois": ["Janvier", "Février"], "Réseaux": ["Instagram TikTok"] * 2}), False),
     (pd.DataFrame({"Mois": ["?", "?"], "Thème": ["à définir", "à définir"]}), True)],
)
def test_a_section_that_says_nothing(content, empty):
    assert rec.says_nothing(content) is empty


def test_section_text_leaves_headings_out_on_request():
    table = pd.DataFrame({"Mois": ["Janvier"], "Thème": ["Transparence"]})
    assert rec.section_text(table) == "Mois Thème Janvier Transparence"
    assert rec.section_text(table, values_only=True) == "Janvier Transparence"
    assert rec.section_text({"Ton": "franc"}, values_only=True) == "franc"
