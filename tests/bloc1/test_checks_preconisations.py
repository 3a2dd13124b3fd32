"""Scorers of notebook 07 on small hand-computed answers."""

from __future__ import annotations

import pytest

from cmcert_lib.bloc1 import recommendations as rec
from cmcert_lib.checks.core import CheckFailed, run_scorer, run_visible

KEYS = [k for k, _ in rec.SECTIONS]
SECTIONS = {"sections": KEYS, "min_mots": 40}


def words(n: int, seed: int = 0) -> str:
    """``n`` different made-up words (letters only), none shared with another seed's."""
    def word(i: int) -> str:
        letters = ""
        for _ in range(3):
            i, r = divmod(i, 26)
            letters += chr(97 + r)
        return "mot" + letters
    return " ".join(word(seed * 1000 + i) for i in range(n))


def full() -> dict:
    return {k: words(40, n) for n, k in enumerate(KEYS)}


def test_sections_partial_credit_per_section():
    assert run_scorer("bloc1.cahier_sections", full(), SECTIONS).fraction == 1
    thin = {**full(), "benchmark": words(39, 20)}
    del thin["workflow"]
    outcome = run_scorer("bloc1.cahier_sections", thin, SECTIONS)
    assert outcome.fraction == pytest.approx(7.5 / 9)
    assert outcome.remarks == [
        "« Benchmark de l'existant et de la concurrence » est trop mince (39 mots) : développez-la.",
        "« Processus (workflow) éditorial sur une période déterminée » manque.",
    ]


def test_placeholder_or_copied_sections_earn_nothing():
    placeholders = dict.fromkeys(KEYS, "À compléter")
    outcome = run_scorer("bloc1.cahier_sections", placeholders, SECTIONS)
    assert outcome.fraction == 0 and len(outcome.remarks) == 9
    assert "ne dit rien qui lui soit propre" in outcome.remarks[0]
    copied = dict.fromkeys(KEYS, words(45))  # one paragraph in every section: the first one counts
    assert run_scorer("bloc1.cahier_sections", copied, SECTIONS).fraction == pytest.approx(1 / 9)
    padded = {**full(), "cible": " ".join(["La cible aime les savons."] * 10)}
    assert run_scorer("bloc1.cahier_sections", padded, SECTIONS).fraction == pytest.approx(8 / 9)


def test_sections_visible_check():
    assert run_visible("bloc1.cahier_sections", {"cible": "Les 25-40 ans."}) == (
        "1 section(s) remplie(s) sur 9 ; à écrire : problematique, besoins, benchmark, parcours, "
        "parti_pris, charte, workflow, planning."
    )
    line = run_visible("bloc1.cahier_sections", {**full(), "annexes": "Sources de l'étude."})
    assert "hors du référentiel, placée(s) en annexe du document : annexes" in line
    with pytest.raises(CheckFailed, match="objet de type int"):
        run_visible("bloc1.cahier_sections", {"cible": 3})


def test_an_annex_costs_nothing():
    assert run_scorer("bloc1.cahier_sections", {**full(), "annexes": words(50, 30)}, SECTIONS).fraction == 1


SUMMARY = {"min_mots": 80, "max_mots": 150, "marque": "Maison Ondine", "annee": 2027}


@pytest.mark.parametrize(
    "text, fraction",
    [
        ("Maison Ondine en 2027 : " + words(96), 1.0),  # 100 words
        ("Maison Ondine en 2027 : " + words(166), 0.7),  # 170 words: within 120 %, half the length part
        ("Maison Ondine en 2027 : " + words(196), 0.4),  # 200 words: no length part
        ("La marque en 2027 : " + words(96), 0.8),  # brand not named
        ("Maison Ondine : " + words(97), 0.8),  # no year
        ("MAISON\u202fONDINE en 2027 : " + words(96), 1.0),  # the brand in capitals, a narrow space
        ("Maison Ondine 2027 : " + " ".join(["bla"] * 97), 0.0),  # filler
        (" ".join(["Maison Ondine publiera plus en 2027."] * 16), 0.0),  # one sentence said again
    ],
)
def test_summary(text, fraction):
    assert run_scorer("bloc1.synthese", text, SUMMARY).fraction == pytest.approx(fraction)


def test_summary_with_one_sentence_said_twice_loses_that_sentence_s_share():
    sentences = [f"Phrase {words(20, n)}." for n in range(4)]
    text = "Maison Ondine en 2027. " + " ".join([*sentences, sentences[0]])
    outcome = run_scorer("bloc1.synthese", text, SUMMARY)
    assert outcome.fraction == pytest.approx(5 / 6)
    assert "se répète" in outcome.remarks[-1]


HTML = {"titres": [t for _, t in rec.SECTIONS], "synthese": rec.SUMMARY_TITLE}


def test_html_scores():
    page = rec.render_html(full(), words(90, 50))
    assert run_scorer("bloc1.cahier_html", page, HTML).fraction == 1
    with_font = page.replace("</head>", '<link rel="stylesheet" href="https://fonts.example/x.css"></head>')
    assert run_scorer("bloc1.cahier_html", with_font, HTML).fraction == pytest.approx(0.75)
    cut = page.replace("Planning éditorial</h2>", "Planning</h2>")
    # the title is not there (8/9), and neither is the planning block under it (9 parts of 10)
    assert run_scorer("bloc1.cahier_html", cut, HTML).fraction == pytest.approx((3 + 8 / 9) / 4 * 9 / 10)
    with pytest.raises(CheckFailed, match="texte HTML"):
        run_visible("bloc1.cahier_html", "Mon cahier")


def test_html_titles_over_nothing_earn_nothing():
    titles = "".join(f"<h2>{n}. {t}</h2>" for n, (_, t) in enumerate(rec.SECTIONS, 1))
    page = f'<!DOCTYPE html><html lang="fr"><body><h2>Synthèse</h2>{titles}</body></html>'
    outcome = run_scorer("bloc1.cahier_html", page, HTML)
    assert outcome.fraction == 0 and "10 partie(s) sur 10" in outcome.remarks[-1]
    placeholders = rec.render_html(dict.fromkeys(KEYS, "À compléter"), "Synthèse à venir.")
    assert run_scorer("bloc1.cahier_html", placeholders, HTML).fraction == 0


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

    series = pd.Series({k.upper(): v for k, v in full().items()})
    assert graded("bloc1.cahier_sections", series, SECTIONS).fraction == 1
    hollow = pd.Series(dict.fromkeys(KEYS, "à compléter"))
    assert graded("bloc1.cahier_sections", hollow, SECTIONS).fraction == 0
