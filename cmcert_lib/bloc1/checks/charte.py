"""Checks of notebook 05, the editorial charter: semantic field, channels, post review, formats."""

from __future__ import annotations

from typing import Any

from cmcert_lib.bloc1 import charter
from cmcert_lib.checks.core import (
    CheckFailed,
    Outcome,
    as_list,
    as_mapping,
    as_number,
    canonical_keys,
    canonical_label,
    expect,
    is_close,
    scorer,
    visible,
)
from cmcert_lib.facts.platforms import NETWORKS

SEMANTIC_FIELD_SIZE = 15
BRAND_WORDS = ("maison", "ondine")
DRAFT_IDS = tuple(f"P{n}" for n in range(1, 9))
VISUAL_IDS = tuple(f"V{n}" for n in range(1, 9))
# Shares rounded to three decimals are right; rounded to two, they are not.
SHARE_TOLERANCE = 0.002


def _keys_exactly(mapping: dict, keys: tuple[str, ...], what: str) -> None:
    missing = [k for k in keys if k not in mapping]
    extra = [str(k) for k in mapping if k not in keys]
    expect(not missing, f"{what} : clé(s) manquante(s) {', '.join(missing)}.")
    expect(not extra, f"{what} : clé(s) inattendue(s) {', '.join(extra)} ; "
                      f"clés attendues : {', '.join(keys)}.")


# --- C1.5.2: the semantic field -----------------------------------------------------


def _words(answer: Any) -> list[str]:
    words = as_list(answer, "champ_semantique")
    expect(all(isinstance(w, str) for w in words),
           "champ_semantique doit être une liste de mots (des textes entre guillemets).")
    return words


@visible("bloc1.charte_champ_semantique")
def semantic_field_visible(answer: Any) -> str:
    words = _words(answer)
    expect(len(words) == SEMANTIC_FIELD_SIZE,
           f"champ_semantique doit contenir exactement {SEMANTIC_FIELD_SIZE} mots ; "
           f"vous en donnez {len(words)}.")
    expect(len(set(words)) == len(words), "champ_semantique contient des mots en double.")
    upper = [w for w in words if w != w.lower()]
    expect(not upper, f"Mettez les mots en minuscules : {', '.join(upper)}.")
    short = [w for w in words if len(w) < 3]
    expect(not short, f"Mots de moins de 3 lettres à écarter : {', '.join(short)}.")
    stop = [w for w in words if w in charter.STOPWORDS]
    expect(not stop, f"Mots vides (charter.STOPWORDS) à écarter : {', '.join(stop)}.")
    brand = [w for w in words if w in BRAND_WORDS]
    expect(not brand, f"Les mots du nom de la marque sont à écarter : {', '.join(brand)}.")
    return f"Format correct : {SEMANTIC_FIELD_SIZE} mots distincts, en minuscules, sans mots vides."


@scorer("bloc1.charte_champ_semantique", form=(
    f"une liste de {SEMANTIC_FIELD_SIZE} mots distincts, en minuscules"))
def semantic_field_score(answer: Any, expected: list[str]) -> Outcome:
    found = set(_words(answer)) & set(expected)
    remarks = []
    if len(found) < len(expected):
        remarks.append(
            f"{len(found)} mot(s) sur {len(expected)} figurent parmi les plus fréquents attendus : "
            "revoyez le filtre (marque, sentiment), le découpage et le décompte des mots."
        )
    return Outcome(len(found) / len(expected), remarks)


# --- C1.5.3: channels from the core target's usage ----------------------------------


@visible("bloc1.charte_usage_reseaux")
def usage_visible(answer: Any) -> str:
    shares = _shares(answer)
    _keys_exactly(shares, NETWORKS, "usage_reseaux")
    for network in NETWORKS:
        value = as_number(shares[network], f"La part de {network}")
        expect(not 1 < value <= 100,
               f"La part de {network} vaut {value:g} : exprimez les parts en proportion "
               "entre 0 et 1 (0,42 pour 42 %), pas en pourcentage.")
        expect(0 <= value <= 1, f"La part de {network} ({value:g}) doit être entre 0 et 1.")
    return f"Format correct : une part entre 0 et 1 pour chacun des {len(NETWORKS)} réseaux."


def _shares(answer: Any) -> dict:
    return canonical_keys(as_mapping(answer, "usage_reseaux"), NETWORKS)


@scorer("bloc1.charte_usage_reseaux", form=(
    "un dictionnaire (ou une Series) {réseau: part entre 0 et 1} pour chaque réseau de l'enquête"))
def usage_score(answer: Any, expected: dict[str, float]) -> Outcome:
    shares = _shares(answer)
    wrong = [n for n in expected if not is_close(shares.get(n), expected[n], 0, SHARE_TOLERANCE)]
    remarks = []
    if wrong:
        remarks.append(
            f"{len(expected) - len(wrong)} part(s) juste(s) sur {len(expected)} ; à revoir : "
            f"{', '.join(wrong)}. Vérifiez la définition de la cible cœur (âge, achat) "
            "et le dénominateur."
        )
    return Outcome((len(expected) - len(wrong)) / len(expected), remarks)


def _channels(answer: Any) -> list[str]:
    channels = [canonical_label(c, NETWORKS) for c in as_list(answer, "canaux_retenus")]
    unknown = [str(c) for c in channels if c not in NETWORKS]
    expect(not unknown, f"Réseau(x) inconnu(s) : {', '.join(unknown)} ; "
                        f"écrivez-les comme dans l'enquête : {', '.join(NETWORKS)}.")
    expect(len(set(channels)) == len(channels), "canaux_retenus contient un réseau en double.")
    return channels


@visible("bloc1.charte_canaux")
def channels_visible(answer: Any) -> str:
    channels = _channels(answer)
    expect(channels, "canaux_retenus est vide : au moins un réseau atteint le seuil.")
    return f"Format correct : {len(channels)} réseau(x) retenu(s)."


@scorer("bloc1.charte_canaux", form="une liste de réseaux écrits comme dans l'enquête")
def channels_score(answer: Any, expected: list[str]) -> Outcome:
    kept, wanted = set(_channels(answer)), set(expected)
    fraction = len(kept & wanted) / len(kept | wanted)
    remarks = []
    if kept - wanted:
        remarks.append(f"Réseau(x) retenu(s) à tort : {', '.join(sorted(kept - wanted))}.")
    if wanted - kept:
        remarks.append(f"{len(wanted - kept)} réseau(x) atteignant le seuil manque(nt) à la liste.")
    return Outcome(fraction, remarks)


# --- C1.5.1: review of the draft posts ----------------------------------------------


def _review(answer: Any) -> dict[str, list[str]]:
    review = canonical_keys(as_mapping(answer, "relecture"), DRAFT_IDS)
    _keys_exactly(review, DRAFT_IDS, "relecture")
    cleaned = {}
    for post_id in DRAFT_IDS:
        rules = [canonical_label(r, charter.RULES)
                 for r in as_list(review[post_id], f"relecture[{post_id!r}]")]
        unknown = [str(r) for r in rules if r not in charter.RULES]
        expect(not unknown, f"relecture[{post_id!r}] : règle(s) inconnue(s) {', '.join(unknown)} ; "
                            "utilisez les identifiants du tableau des règles (colonne « Règle »).")
        expect(len(set(rules)) == len(rules), f"relecture[{post_id!r}] cite une règle deux fois.")
        cleaned[post_id] = rules
    return cleaned


@visible("bloc1.charte_relecture")
def review_visible(answer: Any) -> str:
    _review(answer)
    return f"Format correct : une liste de règles (éventuellement vide) pour chacun des {len(DRAFT_IDS)} brouillons."


@scorer("bloc1.charte_relecture", form=(
    "un dictionnaire {identifiant du brouillon (P1…P8): liste des identifiants de règles "
    "enfreintes}, liste vide pour un brouillon conforme"))
def review_score(answer: Any, expected: dict[str, list[str]]) -> Outcome:
    review = _review(answer)
    total, to_redo = 0.0, []
    for post_id, rules in expected.items():
        given, wanted = set(review[post_id]), set(rules)
        union = given | wanted
        part = len(given & wanted) / len(union) if union else 1.0
        total += part
        if part < 1:
            to_redo.append(post_id)
    remarks = []
    if to_redo:
        remarks.append(f"Relecture incomplète ou excessive pour : {', '.join(to_redo)} "
                       "(une règle oubliée ou citée à tort).")
    return Outcome(total / len(expected), remarks)


# --- C1.5.1: planned visuals against the platforms' formats -------------------------


def _validity(answer: Any) -> dict[str, bool]:
    validity = canonical_keys(as_mapping(answer, "formats_valides"), VISUAL_IDS)
    _keys_exactly(validity, VISUAL_IDS, "formats_valides")
    for key, value in validity.items():
        if not isinstance(value, bool) and type(value).__name__ != "bool_":
            raise CheckFailed(f"formats_valides[{key!r}] doit valoir True ou False.")
    return {k: bool(v) for k, v in validity.items()}


@visible("bloc1.charte_formats")
def formats_visible(answer: Any) -> str:
    _validity(answer)
    return f"Format correct : un verdict True/False pour chacun des {len(VISUAL_IDS)} visuels."


@scorer("bloc1.charte_formats", form="un dictionnaire {identifiant du visuel (V1…V8): True ou False}")
def formats_score(answer: Any, expected: dict[str, bool]) -> Outcome:
    validity = _validity(answer)
    wrong = [k for k, v in expected.items() if validity[k] != v]
    remarks = []
    if wrong:
        remarks.append(f"Verdict à revoir pour : {', '.join(wrong)} (format proposé par la "
                       "plateforme ? dimensions ou proportions ? taille minimale ?).")
    return Outcome((len(expected) - len(wrong)) / len(expected), remarks)
