"""Checks of Bloc 2's notebook 04: the key figures, satisfaction by hair type, the infographic's description."""

from __future__ import annotations

import copy
import math

import pandas as pd
import pytest

from cmcert_lib.bloc2.checks import infographie as checks
from cmcert_lib.checks.core import CheckFailed, run_scorer, run_visible
from cmcert_lib.checks.wire import roundtrip

KEYS = {"satisfaits": 85.8333, "rachat": 73.3333, "lavages_par_pain": 40.1678}
HAIR = {"Raides": 91.6667, "Ondulés": 92.5926, "Bouclés": 87.8788, "Frisés ou crépus": 41.6667}
FIGURES = {"chiffres": [*KEYS.values(), *HAIR.values()]}
MARINE, ECUME, GOEMON = "#1d3b53", "#f4efe6", "#4f6b4a"


def score(question, answer, expected):
    return run_scorer(question, roundtrip(answer), expected)


# --- 1.1 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("answer", [
    KEYS,
    {"satisfaits": 86, "rachat": 73, "lavages_par_pain": 40},
    {"Satisfaits": 85.8, "RACHAT": 73.3, "lavages_par_pain": 40.2},
    {"satisfaits": 0.8583, "rachat": 0.7333, "lavages_par_pain": 40.17},  # shares as fractions of 1
    pd.Series(KEYS),
])
def test_key_figures_in_every_allowed_form(answer):
    assert score("bloc2.infographie_chiffres", answer, KEYS).fraction == 1


def test_one_point_per_figure_and_a_remark_that_hides_the_value():
    outcome = score("bloc2.infographie_chiffres", {"satisfaits": 86, "rachat": 20, "lavages_par_pain": 40}, KEYS)
    assert outcome.fraction == pytest.approx(2 / 3)
    assert len(outcome.remarks) == 1 and "rachat" in outcome.remarks[0] and "73" not in outcome.remarks[0]


def test_a_figure_off_by_more_than_the_rounding_is_wrong():
    assert score("bloc2.infographie_chiffres", {**KEYS, "lavages_par_pain": 41}, KEYS).fraction == pytest.approx(2 / 3)
    assert score("bloc2.infographie_chiffres", {**KEYS, "satisfaits": 0.87}, KEYS).fraction == pytest.approx(2 / 3)


def test_a_missing_key_loses_its_share_only():
    answer = {"satisfaits": 86, "rachat": 73}
    assert "manquante" in run_visible("bloc2.infographie_chiffres", answer)
    assert score("bloc2.infographie_chiffres", answer, KEYS).fraction == pytest.approx(2 / 3)


@pytest.mark.parametrize("hostile", [
    None, "86 %", 86, [86, 73, 40], {}, {"satisfaits": math.nan, "rachat": 73, "lavages_par_pain": 40},
    {"satisfaits": "beaucoup", "rachat": 73, "lavages_par_pain": 40}, {"satisfaits": True},
    {"satisfaits": 150, "rachat": 73, "lavages_par_pain": 40}, {"lavages_par_pain": 0}, {"x" * 10_000: 1},
])
def test_hostile_key_figures_score_zero_with_a_french_remark(hostile):
    outcome = score("bloc2.infographie_chiffres", hostile, KEYS)
    assert outcome.fraction < 1 and outcome.remarks
    if not isinstance(hostile, dict) or not hostile or "x" * 10_000 in hostile:
        assert outcome.fraction == 0
    with pytest.raises(CheckFailed):
        if outcome.fraction == 0:
            run_visible("bloc2.infographie_chiffres", roundtrip(hostile))
        else:
            raise CheckFailed("partial credit: nothing to check")


# --- 1.2 ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("answer", [
    HAIR, pd.Series(HAIR), {k: round(v) for k, v in HAIR.items()},
    {"raides": 0.9167, "ondules": 0.9259, "boucles": 0.8788, "frises ou crepus": 0.4167},
    pd.DataFrame({"part": list(HAIR.values())}, index=list(HAIR)),
])
def test_by_hair_in_every_allowed_form(answer):
    assert score("bloc2.infographie_cheveux", answer, HAIR).fraction == 1


def test_by_hair_a_quarter_per_type():
    answer = {**HAIR, "Frisés ou crépus": 12 / 120 * 100}
    outcome = score("bloc2.infographie_cheveux", answer, HAIR)
    assert outcome.fraction == pytest.approx(0.75) and "Frisés ou crépus" in outcome.remarks[0]
    short = {k: v for k, v in HAIR.items() if k != "Frisés ou crépus"} | {"Frisés": 41.7}
    outcome = score("bloc2.infographie_cheveux", short, HAIR)
    assert outcome.fraction == pytest.approx(0.75) and "absent" in outcome.remarks[0]


@pytest.mark.parametrize("hostile", [None, [92, 93, 88, 42], {"Lisses": 90}, {"Raides": 250}, "Raides : 92 %"])
def test_hostile_by_hair_scores_zero(hostile):
    assert score("bloc2.infographie_cheveux", hostile, HAIR).fraction == 0


# --- 2.1 ------------------------------------------------------------------------------------------


def _text(texte, size=34, top=600, bold=False, colour=MARINE, background=ECUME, left=80, width=400, tick=False):
    return {"texte": texte, "taille_px": size, "gras": bold, "couleur": colour, "fond": background,
            "gauche_px": left, "haut_px": top, "droite_px": left + width, "bas_px": top + int(size * 1.2),
            "graduation": tick}


def model() -> dict:
    figures = ["86 %", "73 %", "40"]
    hair = [f"{round(v)} %" for v in HAIR.values()]
    return {
        "largeur_px": 1080, "hauteur_px": 1350, "dpi": 100.0, "poids_octets": 150_000, "fond": ECUME,
        "couleurs": [{"couleur": ECUME, "part": 0.7}, {"couleur": MARINE, "part": 0.2},
                     {"couleur": GOEMON, "part": 0.06}, {"couleur": "#8899aa", "part": 0.005}],
        "legende": [],
        "textes": [
            _text("Le verdict de 120 familles", size=64, top=60, bold=True, width=900),
            *(_text(f, size=92, top=380, bold=True, left=80 + 330 * i, width=250, colour=ECUME, background=MARINE)
              for i, f in enumerate(figures)),
            *(_text(h, top=790 + 90 * i, left=900, width=100) for i, h in enumerate(hair)),
            *(_text(n, size=32, top=790 + 90 * i, tick=True, width=200) for i, n in enumerate(HAIR)),
            _text("Source : test d'usage Maison Ondine, 120 familles, janvier 2027", size=31, top=1280, width=990),
        ],
    }


def test_the_model_description_earns_everything():
    assert score("bloc2.infographie_figure", model(), FIGURES).fraction == 1
    verdict = run_visible("bloc2.infographie_figure", roundtrip(model()))
    assert "8 sur 8" in verdict
    assert not any(str(round(v)) in verdict for v in [*KEYS.values(), *HAIR.values()])


def _without(rule: str) -> dict:
    d = copy.deepcopy(model())
    texts = d["textes"]
    if rule == "titre":
        texts[0].update(gras=False, taille_px=34)
    elif rule == "source":
        texts[-1]["texte"] = "Maison Ondine, 2027"
    elif rule == "format":
        d["hauteur_px"] = 1400  # 1080:1400 is taller than 4:5
    elif rule == "textes entiers":
        texts[0]["droite_px"] = 1100
    elif rule == "taille":
        texts[-1]["taille_px"] = 24
    elif rule == "contraste":
        texts[-1]["couleur"] = GOEMON
        texts[-1]["fond"] = MARINE
    elif rule == "couleurs":
        d["couleurs"].append({"couleur": "#ffffff", "part": 0.2})
    elif rule == "poids":
        d["poids_octets"] = 9 * 2**20
    return d


@pytest.mark.parametrize("rule", checks.CODES)
def test_each_visual_code_is_worth_its_share_with_a_remark(rule):
    outcome = score("bloc2.infographie_figure", _without(rule), FIGURES)
    assert outcome.fraction == pytest.approx(checks.CONTENT_FLOOR + (1 - checks.CONTENT_FLOOR) * 7 / 8)
    assert len(outcome.remarks) == 1


def test_a_title_low_in_the_image_is_no_title():
    d = model()
    d["textes"][0]["haut_px"] = 700
    d["textes"].append(_text("Un autre texte long", top=1000))
    assert not checks.visual_codes(checks._description(d))["titre"][0]


def test_large_text_needs_only_three_to_one():
    d = model()
    # Écume on Corail is 3.8:1: enough for the 92 px figures, not for a 34 px label.
    for t in d["textes"][1:4]:
        t["fond"] = "#c8553d"
    assert checks.visual_codes(checks._description(d))["contraste"][0]
    d["textes"][4]["fond"] = "#c8553d"
    d["textes"][4]["couleur"] = ECUME
    assert not checks.visual_codes(checks._description(d))["contraste"][0]


def test_figures_carry_the_points():
    d = model()
    for t in d["textes"]:
        t["texte"] = t["texte"].replace("86", "95").replace("73", "90")
    outcome = score("bloc2.infographie_figure", d, FIGURES)
    assert outcome.fraction == pytest.approx(5 / 7) and "5 chiffre(s)" in outcome.remarks[0]
    assert "85" not in outcome.remarks[0] and "73" not in outcome.remarks[0]


def test_figures_as_tick_labels_do_not_count():
    d = model()
    for t in d["textes"][4:8]:
        t["graduation"] = True
    assert score("bloc2.infographie_figure", d, FIGURES).fraction == pytest.approx(3 / 7)


def test_a_wall_of_numbers_earns_nothing():
    d = model()
    d["textes"].append(_text(" ".join(str(n) for n in range(101)), top=1000))
    outcome = score("bloc2.infographie_figure", d, FIGURES)
    assert outcome.fraction == 0 and "nombres" in outcome.remarks[0]


def test_one_written_number_stands_for_one_figure():
    assert checks.figures_found([92.0], [91.6667, 92.5926]) == 1
    assert checks.figures_found([92.0, 93.0], [91.6667, 92.5926]) == 2
    assert checks.figures_found([], [1.0]) == 0


@pytest.mark.parametrize("hostile", [
    None, "infographie", [1, 2], {}, {"largeur_px": 1080},
    {**model(), "textes": "beaucoup"},
    {**model(), "textes": [{"texte": "x", "taille_px": math.nan}]},
    {**model(), "textes": [{"texte": "x", "taille_px": 30, "gauche_px": "loin"}]},
    {**model(), "largeur_px": 10**30},
    {**model(), "textes": [{**_text("Titre"), "couleur": "n'importe quoi"}] * 3},
    {**model(), "textes": [_text("9" * 1_000_000)]},
])
def test_hostile_descriptions_score_below_half_without_crashing(hostile):
    outcome = score("bloc2.infographie_figure", hostile, FIGURES)
    assert outcome.fraction < 0.5 and outcome.remarks


@pytest.mark.parametrize(("field", "value"), [
    ("largeur_px", -5), ("hauteur_px", 0), ("poids_octets", -1),
    ("couleurs", [{"couleur": "bleu", "part": 0.9}]),
])
def test_odd_fields_lose_their_rule_without_crashing(field, value):
    outcome = score("bloc2.infographie_figure", {**model(), field: value}, FIGURES)
    assert 0 < outcome.fraction < 1 and outcome.remarks
