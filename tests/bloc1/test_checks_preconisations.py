"""Scorers of notebook 07 on small hand-computed answers."""

from __future__ import annotations

import pytest

from cmcert_lib.bloc1 import recommendations as rec
from cmcert_lib.checks.core import CheckFailed, run_scorer, run_visible

KEYS = [k for k, _ in rec.SECTIONS]
SECTIONS = {"sections": KEYS, "min_mots": 40}


def words(n: int) -> str:
    return " ".join(["mot"] * n)


def test_sections_partial_credit_per_section():
    full = {k: words(40) for k in KEYS}
    assert run_scorer("bloc1.cahier_sections", full, SECTIONS).fraction == 1
    thin = {**full, "benchmark": words(39)}
    del thin["workflow"]
    outcome = run_scorer("bloc1.cahier_sections", thin, SECTIONS)
    assert outcome.fraction == pytest.approx(7.5 / 9)
    assert outcome.remarks == [
        "« Benchmark de l'existant et de la concurrence » est trop mince (39 mots) : développez-la.",
        "« Processus (workflow) éditorial sur une période déterminée » manque.",
    ]


def test_sections_visible_check():
    assert run_visible("bloc1.cahier_sections", {"cible": "Les 25-40 ans."}) == (
        "1 section(s) remplie(s) sur 9 ; à écrire : problematique, besoins, benchmark, parcours, "
        "parti_pris, charte, workflow, planning."
    )
    with pytest.raises(CheckFailed, match="Clé\\(s\\) inconnue\\(s\\) dans sections : cibles"):
        run_visible("bloc1.cahier_sections", {"cibles": "x"})
    with pytest.raises(CheckFailed, match="objet de type int"):
        run_visible("bloc1.cahier_sections", {"cible": 3})


SUMMARY = {"min_mots": 80, "max_mots": 150, "marque": "Maison Ondine", "annee": 2027}


@pytest.mark.parametrize(
    "text, fraction",
    [
        ("Maison Ondine en 2027 : " + words(96), 1.0),  # 100 words
        ("Maison Ondine en 2027 : " + words(166), 0.7),  # 170 words: within 120 %, half the length part
        ("Maison Ondine en 2027 : " + words(196), 0.4),  # 200 words: no length part
        ("La marque en 2027 : " + words(96), 0.8),  # brand not named
        ("Maison Ondine : " + words(97), 0.8),  # no year
    ],
)
def test_summary(text, fraction):
    assert run_scorer("bloc1.synthese", text, SUMMARY).fraction == pytest.approx(fraction)


HTML = {"titres": [t for _, t in rec.SECTIONS], "synthese": rec.SUMMARY_TITLE}


def test_html_scores():
    page = rec.render_html({k: words(40) for k in KEYS}, words(90))
    assert run_scorer("bloc1.cahier_html", page, HTML).fraction == 1
    with_font = page.replace("</head>", '<link rel="stylesheet" href="https://fonts.example/x.css"></head>')
    assert run_scorer("bloc1.cahier_html", with_font, HTML).fraction == pytest.approx(0.75)
    cut = page.replace("Planning éditorial</h2>", "Planning</h2>")
    assert run_scorer("bloc1.cahier_html", cut, HTML).fraction == pytest.approx((3 + 8 / 9) / 4)
    with pytest.raises(CheckFailed, match="texte HTML"):
        run_visible("bloc1.cahier_html", "Mon cahier")


# --- answers in other natural forms, through the wire form both sides share -------------------


def graded(question, answer, expected):
    """The candidate's check cell passes, then the score grading gives the exported answer."""
    from cmcert_lib.checks import check
    from cmcert_lib.checks.core import run_scorer as _run_scorer
    from cmcert_lib.checks.wire import roundtrip

    check(question, answer)
    return _run_scorer(question, roundtrip(answer), expected)


def test_sections_as_a_series_with_keys_in_another_case():
    import pandas as pd

    full = pd.Series({k.upper(): words(40) for k in KEYS})
    assert graded("bloc1.cahier_sections", full, SECTIONS).fraction == 1
    hollow = pd.Series(dict.fromkeys(KEYS, "à compléter"))
    assert graded("bloc1.cahier_sections", hollow, SECTIONS).fraction <= 0.5
