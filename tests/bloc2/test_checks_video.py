"""Notebook 05's scorers on hand-computed cases: storyboard, subtitles, podcast outline."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from cmcert_lib.bloc2.datagen.video import VOICE_OVER
from cmcert_lib.bloc2.datasets import load_draft_subtitles
from cmcert_lib.bloc2.subtitles import Cue, to_srt
from cmcert_lib.checks import CheckFailed
from cmcert_lib.checks.core import run_scorer, run_visible

IMAGES = ["accroche_bain.png", "geste1_mouiller.png", "geste2_mousser.png", "geste3_rincer.png",
          "packshot_petite_vague.png"]
STORYBOARD_EXPECTED = {"durée": [20, 45], "voix_off_fin": 29.0, "images": IMAGES}
SUBTITLES_EXPECTED = {"voix_off": [0.5, 29.0],
                      "racines": ["mouill", "cheveu", "mouss", "mass", "rinc", "ophtalmo", "lavage", "avril"]}
PODCAST_EXPECTED = {"durée_min": 20, "tolérance_min": 1}


def _storyboard(**changes):
    rows = {
        "Plan": [1, 2, 3, 4, 5],
        "Durée (s)": [3, 4, 8, 5, 11],
        "Image": IMAGES,
        "Action": ["Le pain au bord d'un bain moussant", "On mouille les cheveux sous la douchette",
                   "Les mains font mousser le pain", "On rince au broc, tête en arrière",
                   "Le pain devant son étui en carton"],
        "Texte à l'écran": ["Le bain en 3 gestes", "1. Mouiller", "2. Faire mousser", "3. Rincer", "Le 6 avril"],
        "Son": ["Musique douce", "Voix off", "Voix off", "Voix off", "Voix off et musique"],
    }
    rows.update(changes)
    return pd.DataFrame(rows)


def _score_storyboard(answer):
    return run_scorer("bloc2.video_scenario", answer, STORYBOARD_EXPECTED)


def test_a_good_storyboard_earns_everything():
    outcome = _score_storyboard(_storyboard())
    assert outcome.fraction == 1 and outcome.remarks == []


@pytest.mark.parametrize(("changes", "words"), [
    ({"Durée (s)": [3, 4, 8, 5, 8]}, "Durée totale"),                         # 28 s: shorter than the voice-over
    ({"Durée (s)": [3, 4, 8, 5, 40]}, "Durée totale"),                        # 60 s: over the client's 45
    ({"Action": ["Le pain au bord d'un bain moussant", "On rince au broc", "On mouille les cheveux",
                 "Les mains font mousser le pain", "Le pain devant son étui"],
      "Texte à l'écran": ["Le bain en 3 gestes", "", "", "", ""]}, "trois gestes"),
    ({"Texte à l'écran": ["Le bain en 3 gestes", "1. Mouiller", "2. Faire mousser", "3. Rincer",
                          "x" * 43]}, "illisible"),
    ({"Texte à l'écran": ["Le bain du soir en trois gestes tout simples pour vos enfants", "1. Mouiller",
                          "2. Faire mousser", "3. Rincer", "Le 6 avril"]}, "illisible"),   # 61 chars in 3 s
    ({"Durée (s)": [4, 3, 8, 5, 11]}, "accroche"),
    ({"Texte à l'écran": ["", "1. Mouiller", "2. Faire mousser", "3. Rincer", "Le 6 avril"]}, "accroche"),
    ({"Image": ["atelier_paysage.png", *IMAGES[1:]]}, "9:16"),
    ({"Son": ["Musique douce", "", "Voix off", "Voix off", "Voix off"]}, "Son"),
])
def test_each_broken_rule_costs_a_fifth(changes, words):
    outcome = _score_storyboard(_storyboard(**changes))
    assert outcome.fraction == pytest.approx(0.8)
    assert any(words in remark for remark in outcome.remarks)


def test_undescribed_actions_scale_the_rules_down():
    actions = ["Le pain au bord d'un bain moussant", "à définir", "Les mains font mousser le pain",
               "On rince au broc, tête en arrière", "à définir"]
    outcome = _score_storyboard(_storyboard(Action=actions, **{"Texte à l'écran": [
        "Le bain en 3 gestes", "1. Mouiller", "2. Faire mousser", "3. Rincer", "Le 6 avril"]}))
    assert outcome.fraction == pytest.approx(3 / 5)


def test_storyboard_in_other_forms():
    rows = _storyboard().drop(columns="Plan").rename(
        columns={"Durée (s)": "duree (s)", "Texte à l'écran": "Texte a l'ecran"})
    rows["duree (s)"] = ["3", "4,0", "8 s", "5", "11"]
    assert _score_storyboard(rows.to_dict("records")).fraction == 1


@pytest.mark.parametrize("answer", [None, 3, "scénario", pd.DataFrame({"Plan": [1]}), [], {"a": 1},
                                    _storyboard(**{"Durée (s)": [3, math.nan, 8, 5, 11]}),
                                    _storyboard(**{"Durée (s)": [3, True, 8, 5, 11]}),
                                    _storyboard(**{"Durée (s)": [3, -4, 8, 5, 11]})])
def test_hostile_storyboards_score_zero_with_a_french_remark(answer):
    outcome = _score_storyboard(answer)
    assert outcome.fraction == 0 and outcome.remarks
    with pytest.raises(CheckFailed):
        run_visible("bloc2.video_scenario", answer)


def test_huge_storyboard_is_refused():
    big = pd.concat([_storyboard()] * 10, ignore_index=True)
    assert _score_storyboard(big).fraction == 0


# --- subtitles ---------------------------------------------------------------------------------------

def _voice_over_srt():
    cues = []
    for i, (start, end, text) in enumerate(VOICE_OVER, start=1):
        words = text.split()
        half = len(words) // 2
        lines = (text,) if len(text) <= 42 else (" ".join(words[:half]), " ".join(words[half:]))
        cues.append(Cue(i, start, end, lines))
    return cues


def _score_subtitles(answer):
    return run_scorer("bloc2.video_sous_titres", answer, SUBTITLES_EXPECTED)


def test_the_voice_over_subtitled_with_its_own_timings_is_not_enough():
    # Read at its own pace, the test sentence runs at 18.4 characters a second: one cue at fault.
    outcome = _score_subtitles(to_srt(_voice_over_srt()))
    assert outcome.fraction == pytest.approx(0.6 * 0.75 + 0.4)


def test_corrected_subtitles_earn_everything():
    cues = _voice_over_srt()
    cues[5] = Cue(6, 18_700, 22_900, cues[5].lines)
    cues[6] = Cue(7, 22_900, 25_600, cues[6].lines)
    outcome = _score_subtitles(to_srt(cues))
    assert outcome.fraction == 1 and outcome.remarks == []


def test_the_draft_is_unreadable_and_scores_zero():
    outcome = _score_subtitles(load_draft_subtitles())
    assert outcome.fraction == 0 and "n° 2" in outcome.remarks[0]
    with pytest.raises(CheckFailed, match="n° 2"):
        run_visible("bloc2.video_sous_titres", load_draft_subtitles())


def test_half_the_voice_over_and_half_the_words():
    cues = [Cue(1, 500, 7000, ("Un : mouillez bien les cheveux", "à l'eau tiède.")),
            Cue(2, 7000, 14_000, ("Deux : faites mousser,", "puis massez."))]
    # covered 13.5 s of 28.5 -> 0.4737 / 0.75; stems kept: mouill, cheveu, mouss, mass -> 4/8
    outcome = _score_subtitles(to_srt(cues))
    assert outcome.fraction == pytest.approx((0.6 + 0.4 * (13.5 / 28.5) / 0.75) * 0.5)
    assert len(outcome.remarks) == 2 and not any("mouill" in r for r in outcome.remarks)


@pytest.mark.parametrize("answer", [None, 12, ["1"], "", "x" * 60_000, "1\n00:00:01,000 -> 00:00:02,000\nx"])
def test_hostile_subtitles_score_zero(answer):
    outcome = _score_subtitles(answer)
    assert outcome.fraction == 0 and outcome.remarks


# --- podcast -----------------------------------------------------------------------------------------

def _podcast(**changes):
    rows = {
        "Séquence": ["Générique et accueil", "L'idée", "Le test des familles", "Conclusion"],
        "Durée (min)": [2, 8, 8, 2],
        "Contenu": ["Léna présente l'épisode et les deux invités du jour",
                    "Gaëlle raconte la naissance de Petite Vague à l'atelier",
                    "Un parent raconte trois semaines de bains avec ses enfants",
                    "Date de sortie, et abonnez-vous pour le prochain épisode"],
    }
    rows.update(changes)
    return pd.DataFrame(rows)


def _score_podcast(answer):
    return run_scorer("bloc2.podcast_deroule", answer, PODCAST_EXPECTED)


def test_a_good_outline_earns_everything():
    assert _score_podcast(_podcast()).fraction == 1
    assert _score_podcast(_podcast(**{"Durée (min)": [2, 8, 7.5, 1.5]})).fraction == 1  # 19 min: within 1


@pytest.mark.parametrize(("changes", "words"), [
    ({"Durée (min)": [2, 8, 8, 4]}, "somme des durées"),
    ({"Séquence": ["L'idée", "Générique", "Le test", "Conclusion"]}, "introduction"),
    ({"Séquence": ["Accueil", "L'idée", "Le test", "Les conseils"]}, "introduction"),
    ({"Contenu": ["Léna présente l'épisode et les deux invités du jour",
                  "Gaëlle raconte la naissance de Petite Vague à l'atelier",
                  "Un parent raconte trois semaines de bains avec ses enfants",
                  "Date de sortie et remerciements à nos deux invités"]}, "appel à l'action"),
])
def test_each_broken_podcast_rule_costs_a_quarter(changes, words):
    outcome = _score_podcast(_podcast(**changes))
    assert outcome.fraction == pytest.approx(0.75)
    assert any(words in remark for remark in outcome.remarks)


def test_too_few_segments_and_placeholders():
    three = _podcast().iloc[[0, 1, 3]].assign(**{"Durée (min)": [2, 16, 2]})
    assert _score_podcast(three).fraction == pytest.approx(0.75)
    hollow = _podcast(Contenu=["à compléter"] * 3 + ["Date de sortie, et abonnez-vous pour le prochain épisode"])
    assert _score_podcast(hollow).fraction == pytest.approx(1 / 4)


@pytest.mark.parametrize("answer", [None, "déroulé", pd.DataFrame(), [{"Séquence": "Intro"}],
                                    _podcast(**{"Durée (min)": ["deux", 8, 8, 2]})])
def test_hostile_outlines_score_zero(answer):
    outcome = _score_podcast(answer)
    assert outcome.fraction == 0 and outcome.remarks
