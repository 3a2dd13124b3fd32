"""Checks of notebook 05, the vertical video and the podcast (C2.3.3): storyboard, subtitles, episode outline."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from cmcert_lib.bloc2 import video
from cmcert_lib.bloc2.subtitles import SubtitleError, covered_ms, parse_srt, problems
from cmcert_lib.checks.content import is_placeholder, substantive_share, words
from cmcert_lib.checks.core import (
    CheckFailed,
    Outcome,
    as_frame,
    canonical_label,
    expect,
    label_key,
    scorer,
    visible,
)

MAX_SHOTS = 30
# An action says what the viewer sees in two content words at least (« Mains moussantes »).
MIN_ACTION_WORDS = 2
# A segment of the episode says what is said in three content words at least.
MIN_SEGMENT_WORDS = 3


def _number(value: Any) -> float:
    """A duration as a float; NaN for anything that is not a finite number (a bool included)."""
    if isinstance(value, bool):
        return math.nan
    if isinstance(value, str):
        value = value.strip().replace(",", ".").removesuffix("s").strip()
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return math.nan
    return number if math.isfinite(number) else math.nan


def _table(answer: Any, what: str, columns: tuple[str, ...]) -> pd.DataFrame:
    """A DataFrame (or a list of dicts) with the statement's columns, written with or without accents."""
    if isinstance(answer, list) and answer and all(isinstance(row, dict) for row in answer):
        answer = pd.DataFrame(answer[:MAX_SHOTS * 4])
    if isinstance(answer, pd.DataFrame):
        answer = answer.rename(columns=lambda c: canonical_label(c, (*columns, "Plan")) if isinstance(c, str) else c)
    frame = as_frame(answer, what, columns)
    return frame.reset_index(drop=True)


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


# --- 1.1 the storyboard ---------------------------------------------------------------------------


# The rows' order is the cut's: the shot numbers are not needed (a frame indexed by « Plan » loses
# that name on its way to the scorer).
STORYBOARD_REQUIRED = tuple(c for c in video.STORYBOARD_COLUMNS if c != "Plan")


def _storyboard(answer: Any) -> pd.DataFrame:
    return _table(answer, "scenario", STORYBOARD_REQUIRED)


@visible("bloc2.video_scenario")
def check_storyboard(answer: Any) -> str:
    frame = _storyboard(answer)
    expect(0 < len(frame) <= MAX_SHOTS, f"Le scénario doit compter de 1 à {MAX_SHOTS} plans (une ligne par plan).")
    durations = frame["Durée (s)"].map(_number)
    expect(bool(durations.notna().all() and (durations > 0).all()),
           "Chaque « Durée (s) » est un nombre de secondes positif (par exemple 2.5).")
    return f"Scénario au bon format : {len(frame)} plan(s), {durations.sum():g} secondes au total."


@scorer("bloc2.video_scenario", form=(
    "un DataFrame (ou une liste de dictionnaires) avec les colonnes « Plan », « Durée (s) », « Image », "
    "« Action », « Texte à l'écran » et « Son », une ligne par plan, dans l'ordre du montage"))
def score_storyboard(answer: Any, expected: dict) -> Outcome:
    """Five rules, a fifth each, multiplied by the share of shots whose action is described.

    Duration (client's range, after the voice-over, within every target platform's limit); the three
    gestures in order; every on-screen text readable in its shot; a hook (a first shot of 3 s at most,
    with a text on screen); every image a still that fills the 9:16 screen, every shot with its sound.
    """
    frame = _storyboard(answer)
    durations = frame["Durée (s)"].map(_number)
    total = float(durations.sum())
    low, high = expected["durée"]
    passed, remarks = 0, []
    if durations.notna().all() and (durations > 0).all() and max(low, expected["voix_off_fin"]) <= total <= high \
            and total <= video.max_seconds():
        passed += 1
    else:
        remarks.append(f"Durée totale hors des règles : entre {low} et {high} secondes comme le demande la "
                       "cliente, pas plus courte que la voix off, et dans la limite de chaque plateforme visée.")
    texts = [f"{_text(a)} {_text(t)}" for a, t in zip(frame["Action"], frame["Texte à l'écran"], strict=True)]
    if video.gestures_in_order(texts):
        passed += 1
    else:
        remarks.append("Les trois gestes (mouiller, faire mousser, rincer) doivent avoir chacun leur plan, "
                       "dans cet ordre (nommez-les dans « Action » ou « Texte à l'écran »).")
    unreadable = [i + 1 for i, (t, d) in enumerate(zip(frame["Texte à l'écran"], durations, strict=True))
                  if video.on_screen_text_problem(t, 0 if math.isnan(d) else d)]
    if not unreadable:
        passed += 1
    else:
        remarks.append(f"Texte à l'écran illisible dans {len(unreadable)} plan(s) (plan {unreadable[0]}…) : "
                       "lignes trop longues, plus de deux lignes ou trop de caractères pour la durée du plan.")
    first = durations.iloc[0] if len(durations) else math.nan
    if first <= video.HOOK_SECONDS and not is_placeholder(_text(frame["Texte à l'écran"].iloc[0])):
        passed += 1
    else:
        remarks.append(f"L'accroche manque : le premier plan dure {video.HOOK_SECONDS} secondes au plus et "
                       "porte un texte à l'écran qui donne envie de rester.")
    allowed = {label_key(name) for name in expected["images"]}
    images_ok = all(label_key(_text(i)) in allowed for i in frame["Image"])
    sound_ok = not any(is_placeholder(_text(s)) for s in frame["Son"])
    if images_ok and sound_ok:
        passed += 1
    else:
        if not images_ok:
            remarks.append("Chaque plan prend une image de la liste du tournage, écrite comme son fichier, et "
                           "qui remplit l'écran vertical (9:16) des plateformes visées.")
        if not sound_ok:
            remarks.append("Chaque plan dit ce qu'on entend (voix off, musique, bruitage) dans « Son ».")
    described = substantive_share(frame["Action"].tolist(), MIN_ACTION_WORDS)
    if described < 1:
        remarks.append("Des plans ne décrivent pas ce qu'on voit (texte d'attente, trop court ou répété) : la "
                       "note des règles est multipliée par la part des plans décrits.")
    return Outcome(passed / 5 * described, remarks)


# --- 1.2 the subtitles ----------------------------------------------------------------------------

# Faulty cues: each one takes this share of the validity points (four and the validity is gone).
FAULT_COST = 0.25
# The cues cover this share of the voice-over's span at least (pauses between sentences are allowed).
MIN_COVERAGE = 0.75
VALIDITY, COVERAGE = 0.6, 0.4


@visible("bloc2.video_sous_titres")
def check_subtitles(answer: Any) -> str:
    try:
        cues = parse_srt(answer)
    except SubtitleError as exc:
        raise CheckFailed(str(exc)) from None
    found = problems(cues)
    if found:
        return (f"Fichier SRT lisible : {len(cues)} sous-titres ; {len({n for n, _ in found})} ne respectent pas "
                "encore les normes (affichez subtitles.report(sous_titres) pour les voir).")
    return f"Fichier SRT lisible : {len(cues)} sous-titres, tous conformes aux normes."


@scorer("bloc2.video_sous_titres", form=(
    "un texte au format SRT (numéro, ligne de temps, texte ; une ligne vide entre deux sous-titres)"))
def score_subtitles(answer: Any, expected: dict) -> Outcome:
    """Validity (60 %) and coverage of the voice-over (40 %), multiplied by the share of its message kept.

    Validity loses a quarter for each cue at fault; coverage is the share of the voice-over's span the
    cues show, full from 75 %; the message is the voice-over's key words (stems, no accents).
    """
    cues = parse_srt(answer)
    remarks = []
    faulty = sorted({n for n, _ in problems(cues)})
    validity = max(0.0, 1 - FAULT_COST * len(faulty))
    if faulty:
        remarks.append(f"{len(faulty)} sous-titre(s) ne respectent pas les normes (n° {faulty[0]}…) : ordre, "
                       "chevauchement, longueur ou nombre de lignes, durée ou vitesse de lecture.")
    start, end = (round(float(s) * 1000) for s in expected["voix_off"])
    share = covered_ms(cues, start, end) / (end - start)
    coverage = min(1.0, share / MIN_COVERAGE)
    if coverage < 1:
        remarks.append("Les sous-titres ne couvrent pas toute la voix off : chaque phrase dite doit être "
                       "sous-titrée pendant qu'elle est dite.")
    said = {w for c in cues for w in words(c.text)}
    stems = expected["racines"]
    kept = sum(any(w.startswith(label_key(stem)) for w in said) for stem in stems) / len(stems)
    if kept < 1:
        remarks.append(f"{round((1 - kept) * len(stems))} mot(s) porteur(s) du message de la voix off sur "
                       f"{len(stems)} manquent : condensez le texte sans perdre ce qui est dit.")
    return Outcome((VALIDITY * validity + COVERAGE * coverage) * kept, remarks)


# --- 2.1 the podcast outline ------------------------------------------------------------------------

PODCAST_COLUMNS = ("Séquence", "Durée (min)", "Contenu")
INTRO_STEMS = ("intro", "generique", "accueil", "ouverture", "jingle", "lancement", "bienvenue")
OUTRO_STEMS = ("conclu", "generique", "outro", "clotur", "fin", "au revoir", "jingle", "merci")
CALL_STEMS = ("abonn", "laissez", "avis", "partag", "commentez", "commentaire", "ecrivez", "envoyez", "rendez vous",
              "retrouvez", "inscri", "suivez", "telecharg", "commandez", "notez")
MIN_SEGMENTS = 4


def _podcast(answer: Any) -> pd.DataFrame:
    return _table(answer, "deroule_podcast", PODCAST_COLUMNS)


def _names(text: str, stems: tuple[str, ...]) -> bool:
    key = " " + " ".join(label_key(text).replace("-", " ").replace("'", " ").split()) + " "
    return any(f" {stem}" in key for stem in stems)


@visible("bloc2.podcast_deroule")
def check_podcast(answer: Any) -> str:
    frame = _podcast(answer)
    expect(0 < len(frame) <= MAX_SHOTS, f"Le déroulé compte de 1 à {MAX_SHOTS} séquences (une ligne par séquence).")
    minutes = frame["Durée (min)"].map(_number)
    expect(bool(minutes.notna().all() and (minutes > 0).all()),
           "Chaque « Durée (min) » est un nombre de minutes positif (par exemple 2.5).")
    return f"Déroulé au bon format : {len(frame)} séquence(s), {minutes.sum():g} minutes au total."


@scorer("bloc2.podcast_deroule", form=(
    "un DataFrame (ou une liste de dictionnaires) avec les colonnes « Séquence », « Durée (min) » et "
    "« Contenu », une ligne par séquence, dans l'ordre de l'épisode"))
def score_podcast(answer: Any, expected: dict) -> Outcome:
    """Four rules, a quarter each, multiplied by the share of segments whose content is described."""
    frame = _podcast(answer)
    minutes = frame["Durée (min)"].map(_number)
    passed, remarks = 0, []
    target, slack = float(expected["durée_min"]), float(expected["tolérance_min"])
    if minutes.notna().all() and abs(float(minutes.sum()) - target) <= slack:
        passed += 1
    else:
        remarks.append("La somme des durées ne fait pas la durée d'épisode demandée.")
    if len(frame) >= MIN_SEGMENTS:
        passed += 1
    else:
        remarks.append(f"Un épisode se découpe en {MIN_SEGMENTS} séquences au moins.")
    labels = [f"{_text(s)} {_text(c)}" for s, c in zip(frame["Séquence"], frame["Contenu"], strict=True)]
    if labels and _names(_text(frame["Séquence"].iloc[0]) or labels[0], INTRO_STEMS) \
            and _names(_text(frame["Séquence"].iloc[-1]) or labels[-1], OUTRO_STEMS):
        passed += 1
    else:
        remarks.append("L'épisode s'ouvre sur une introduction (générique, accueil) et se ferme sur une "
                       "conclusion (générique de fin) : nommez-les dans « Séquence ».")
    if any(_names(_text(c), CALL_STEMS) for c in frame["Contenu"].iloc[-3:]):
        passed += 1
    else:
        remarks.append("Pas d'appel à l'action vers la fin de l'épisode (s'abonner, laisser un avis, "
                       "écrire à l'atelier…).")
    described = substantive_share(frame["Contenu"].tolist(), MIN_SEGMENT_WORDS)
    if described < 1:
        remarks.append("Des séquences ne disent pas ce qui s'y dit (texte d'attente, trop court ou répété) : "
                       "la note des règles est multipliée par la part des séquences décrites.")
    return Outcome(passed / 4 * described, remarks)
