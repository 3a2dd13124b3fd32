"""Checks of notebook 05, the editorial charter: semantic field, pillars, channels, post review, legal
framework, formats."""

from __future__ import annotations

import re
from typing import Any

from cmcert_lib.bloc1 import charter
from cmcert_lib.checks.content import is_placeholder
from cmcert_lib.checks.core import (
    Outcome,
    as_list,
    as_mapping,
    as_number,
    canonical_keys,
    canonical_label,
    expect,
    is_close,
    label_key,
    rounding_tolerance,
    scorer,
    visible,
)
from cmcert_lib.facts.platforms import NETWORKS

SEMANTIC_FIELD_SIZE = 15
BRAND_WORDS = ("maison", "ondine")
DRAFT_IDS = tuple(f"P{n}" for n in range(1, 11))
VISUAL_IDS = tuple(f"V{n}" for n in range(1, 11))
SITUATION_IDS = tuple(f"S{n}" for n in range(1, 9))
# Shares of the pillars add up to 100 %, to the percentage point.
PILLAR_SUM_TOLERANCE = 0.01
PILLARS_MIN, PILLARS_MAX = 3, 5
# « Pilier 1 », « Thème B », « Axe » name no subject.
_GENERIC_PILLAR = re.compile(r"^(?:pilier|theme|sujet|axe|categorie)s?(?:\s+\w{1,2})?$")
# The statement: shares « arrondie à 3 décimales au moins »; the exact share and every rounding to
# three decimals or more are right, a rounding to two is not.
SHARE_DECIMALS = 3
SHARE_TOLERANCE = rounding_tolerance(SHARE_DECIMALS)


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
    return [w.strip() for w in words]


def _slips(words: list[str]) -> list[str]:
    """What costs points without making the list unreadable: the count, a duplicate."""
    notes = []
    if len(words) != SEMANTIC_FIELD_SIZE:
        notes.append(f"{len(words)} mots au lieu de {SEMANTIC_FIELD_SIZE}")
    if len({label_key(w) for w in words}) < len(words):
        notes.append("un mot figure deux fois")
    return notes


@visible("bloc1.charte_champ_semantique")
def semantic_field_visible(answer: Any) -> str:
    words = _words(answer)
    expect(words, "champ_semantique est vide : donnez les 15 mots les plus fréquents.")
    short = [w for w in words if len(w) < 3]
    expect(not short, f"Mots de moins de 3 lettres à écarter : {', '.join(short)}.")
    stop = [w for w in words if w.lower() in charter.STOPWORDS]
    expect(not stop, f"Mots vides (charter.STOPWORDS) à écarter : {', '.join(stop)}.")
    brand = [w for w in words if label_key(w) in BRAND_WORDS]
    expect(not brand, f"Les mots du nom de la marque sont à écarter : {', '.join(brand)}.")
    slips = _slips(words)
    if slips:
        return ("Mots lisibles ; attention : " + " ; ".join(slips)
                + f" (il en faut {SEMANTIC_FIELD_SIZE} différents : cela coûte des points).")
    return f"Format correct : {SEMANTIC_FIELD_SIZE} mots distincts, sans mots vides."


@scorer("bloc1.charte_champ_semantique", form=(
    f"une liste de {SEMANTIC_FIELD_SIZE} mots distincts, en minuscules"))
def semantic_field_score(answer: Any, expected: list[str]) -> Outcome:
    """The share of the expected words found, out of 15 or of the distinct words given if more:
    words are compared without case nor accents, a duplicate or a sixteenth word earns nothing."""
    given = {label_key(w) for w in _words(answer)}
    wanted = {label_key(w) for w in expected}
    found = given & wanted
    remarks = []
    if len(found) < len(wanted):
        remarks.append(
            f"{len(found)} mot(s) sur {len(wanted)} figurent parmi les plus fréquents attendus : "
            "revoyez le filtre (marque, sentiment), le découpage et le décompte des mots."
        )
    slips = _slips(_words(answer))
    if slips:
        remarks.append("La liste doit compter exactement 15 mots différents : " + " ; ".join(slips) + ".")
    return Outcome(len(found) / max(len(wanted), len(given), len(_words(answer))), remarks)


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
    "un dictionnaire (ou une Series) {réseau: part entre 0 et 1} pour chaque réseau de l'enquête"),
    decimals=SHARE_DECIMALS)
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
    return channels


@visible("bloc1.charte_canaux")
def channels_visible(answer: Any) -> str:
    channels = _channels(answer)
    expect(channels, "canaux_retenus est vide : au moins un réseau atteint le seuil.")
    if len(set(channels)) < len(channels):
        return (f"Réseaux lisibles : {len(set(channels))} réseau(x) retenu(s) ; attention : un réseau figure "
                "deux fois, un doublon compte comme un réseau retenu à tort.")
    return f"Format correct : {len(channels)} réseau(x) retenu(s)."


@scorer("bloc1.charte_canaux", form="une liste de réseaux écrits comme dans l'enquête")
def channels_score(answer: Any, expected: list[str]) -> Outcome:
    """Each network rightly kept earns its share, each one kept wrongly (or twice) takes one back:
    keeping every network earns nothing."""
    channels = _channels(answer)
    kept, wanted = set(channels), set(expected)
    wrong = len(kept - wanted) + (len(channels) - len(kept))
    fraction = max(0.0, (len(kept & wanted) - wrong) / len(wanted))
    remarks = []
    if kept - wanted:
        remarks.append(f"Réseau(x) retenu(s) à tort : {', '.join(sorted(kept - wanted))} ; chacun retire "
                       "la part d'un réseau juste.")
    if wanted - kept:
        remarks.append(f"{len(wanted - kept)} réseau(x) atteignant le seuil manque(nt) à la liste.")
    if len(channels) > len(kept):
        remarks.append("Un réseau figure deux fois dans la liste : chaque réseau n'y figure qu'une fois.")
    return Outcome(fraction, remarks)


# --- C1.5.1: review of the draft posts ----------------------------------------------


def _keyed(answer: Any, keys: tuple[str, ...], what: str) -> dict:
    """The answer as a mapping on ``keys`` (other spellings of a key accepted); a missing key is left out."""
    return canonical_keys(as_mapping(answer, what), keys)


def _key_notes(mapping: dict, keys: tuple[str, ...]) -> list[str]:
    notes = []
    missing = [k for k in keys if k not in mapping]
    extra = [str(k) for k in mapping if k not in keys]
    if missing:
        notes.append(f"clé(s) manquante(s) {', '.join(missing)}")
    if extra:
        notes.append(f"clé(s) inattendue(s) {', '.join(extra)}, ignorée(s)")
    return notes


def _lists(answer: Any, keys: tuple[str, ...], known: dict, what: str) -> dict[str, list[str]]:
    """Key -> the rule ids cited (canonical ids; unknown ids kept as written, repeats kept)."""
    mapping = _keyed(answer, keys, what)
    expect(any(k in mapping for k in keys),
           f"{what} : aucune des clés attendues ({', '.join(keys)}) n'est présente.")
    cleaned = {}
    for key in keys:
        if key in mapping:
            rules = as_list(mapping[key], f"{what}[{key!r}]")
            cleaned[key] = [canonical_label(r, known) for r in rules]
    return cleaned


def _list_notes(cited: dict[str, list[str]], answer: Any, keys: tuple[str, ...], known: dict,
                what: str) -> list[str]:
    notes = _key_notes(_keyed(answer, keys, what), keys)
    for key, rules in cited.items():
        unknown = [str(r) for r in rules if r not in known]
        if unknown:
            notes.append(f"{what}[{key!r}] : règle(s) inconnue(s) {', '.join(unknown)} (identifiants de la "
                         "colonne « Règle »)")
        if len(set(rules)) < len(rules):
            notes.append(f"{what}[{key!r}] cite une règle deux fois")
    return notes


def _jaccard_score(cited: dict[str, list[str]], expected: dict[str, list[str]]) -> tuple[float, list[str]]:
    """Per key, the rules rightly cited over every rule cited or expected (a rule cited twice or
    unknown counts as cited wrongly; two empty lists agree); a missing key earns nothing."""
    total, to_redo = 0.0, []
    for key, rules in expected.items():
        given_list = cited.get(key)
        if given_list is None:
            to_redo.append(key)
            continue
        given, wanted = set(given_list), set(rules)
        repeats = len(given_list) - len(given)
        union = len(given | wanted) + repeats
        part = len(given & wanted) / union if union else 1.0
        total += part
        if part < 1:
            to_redo.append(key)
    return total / len(expected), to_redo


def _review(answer: Any) -> dict[str, list[str]]:
    return _lists(answer, DRAFT_IDS, charter.RULES, "relecture")


def _review_notes(review: dict[str, list[str]], answer: Any) -> list[str]:
    return _list_notes(review, answer, DRAFT_IDS, charter.RULES, "relecture")


@visible("bloc1.charte_relecture")
def review_visible(answer: Any) -> str:
    notes = _review_notes(_review(answer), answer)
    if notes:
        return "Relecture lisible ; attention : " + " ; ".join(notes) + " (cela coûte des points)."
    return f"Format correct : une liste de règles (éventuellement vide) pour chacun des {len(DRAFT_IDS)} brouillons."


@scorer("bloc1.charte_relecture", form=(
    "un dictionnaire {identifiant du brouillon (P1…P10): liste des identifiants de règles "
    "enfreintes}, liste vide pour un brouillon conforme"))
def review_score(answer: Any, expected: dict[str, list[str]]) -> Outcome:
    """Per post, the rules rightly cited over every rule cited or expected (a rule cited twice or
    unknown counts as cited wrongly); a missing post earns nothing."""
    review = _review(answer)
    fraction, to_redo = _jaccard_score(review, expected)
    remarks = []
    if to_redo:
        remarks.append(f"Relecture incomplète ou excessive pour : {', '.join(to_redo)} "
                       "(une règle oubliée ou citée à tort, ou un brouillon absent).")
    notes = _review_notes(review, answer)
    if notes:
        remarks.append("À corriger dans la forme : " + " ; ".join(notes) + ".")
    return Outcome(fraction, remarks)


# --- C1.5.1: the legal texts that apply to each situation ----------------------------


def _framework(answer: Any) -> dict[str, list[str]]:
    return _lists(answer, SITUATION_IDS, charter.LEGAL_RULES, "cadre_juridique")


@visible("bloc1.charte_cadre_juridique")
def framework_visible(answer: Any) -> str:
    cited = _framework(answer)
    notes = _list_notes(cited, answer, SITUATION_IDS, charter.LEGAL_RULES, "cadre_juridique")
    if notes:
        return "Réponse lisible ; attention : " + " ; ".join(notes) + " (cela coûte des points)."
    return (f"Format correct : une liste de règles (éventuellement vide) pour chacune des "
            f"{len(SITUATION_IDS)} situations.")


@scorer("bloc1.charte_cadre_juridique", form=(
    "un dictionnaire {identifiant de la situation (S1…S8): liste des identifiants de règles "
    "(colonne « Règle » de charter.legal_rules_table()) qui s'appliquent}, liste vide quand aucune "
    "ne s'applique"))
def framework_score(answer: Any, expected: dict[str, list[str]]) -> Outcome:
    """Per situation, the rules rightly cited over every rule cited or expected: citing every text
    everywhere earns little, and so does answering « nothing applies » everywhere."""
    cited = _framework(answer)
    fraction, to_redo = _jaccard_score(cited, expected)
    remarks = []
    if to_redo:
        remarks.append(f"Cadre juridique à revoir pour : {', '.join(to_redo)} (qui publie ? contre une "
                       "contrepartie ? l'image est-elle retouchée, produite par IA, réaliste ? s'agit-il "
                       "de la boutique en ligne ?).")
    notes = _list_notes(cited, answer, SITUATION_IDS, charter.LEGAL_RULES, "cadre_juridique")
    if notes:
        remarks.append("À corriger dans la forme : " + " ; ".join(notes) + ".")
    return Outcome(fraction, remarks)


# --- C1.5.2: the pillars, as data ----------------------------------------------------


def _pillars(answer: Any) -> dict[str, float]:
    mapping = as_mapping(answer, "piliers")
    expect(mapping, "piliers est vide : donnez chaque pilier avec sa part des publications.")
    shares = {}
    for name, share in mapping.items():
        value = as_number(share, f"La part du pilier « {name} »")
        expect(not 1 < value <= 100,
               f"La part de « {name} » vaut {value:g} : exprimez les parts en proportion entre 0 et 1 "
               "(0,30 pour 30 %), pas en pourcentage.")
        shares[str(name)] = value
    return shares


def _pillar_notes(shares: dict[str, float], expected: dict) -> tuple[bool, bool, list[str], list[str]]:
    """(count right, shares add up, names refused with why, French notes)."""
    count_ok = expected["min"] <= len(shares) <= expected["max"]
    total = sum(shares.values())
    sum_ok = abs(total - 1) <= PILLAR_SUM_TOLERANCE and all(0 < v < 1 for v in shares.values())
    refused = []
    for name in shares:
        problem = charter.pillar_name_problem(name)
        if problem is None and (is_placeholder(name) or _GENERIC_PILLAR.match(label_key(name).strip())):
            problem = f"« {name} » ne dit pas de quoi parle le pilier"
        if problem:
            refused.append(problem)
    notes = []
    if not count_ok:
        notes.append(f"{len(shares)} pilier(s) : une ligne éditoriale en compte de {expected['min']} à "
                     f"{expected['max']}")
    if not sum_ok:
        notes.append(f"les parts font {total * 100:.0f} % au total : chacune entre 0 et 1, 100 % en tout")
    return count_ok, sum_ok, refused, notes + refused


@visible("bloc1.charte_piliers")
def pillars_visible(answer: Any) -> str:
    shares = _pillars(answer)
    *_, notes = _pillar_notes(shares, {"min": PILLARS_MIN, "max": PILLARS_MAX})
    if notes:
        return "Piliers lisibles ; attention : " + " ; ".join(notes) + " (cela coûte des points)."
    return f"Format correct : {len(shares)} piliers, 100 % des publications, des noms permis par la charte."


@scorer("bloc1.charte_piliers", form="un dictionnaire {nom du pilier: part des publications entre 0 et 1}")
def pillars_score(answer: Any, expected: dict) -> Outcome:
    """A fifth for the number of pillars, a fifth for shares that add up to 100 %, three fifths for
    names that say a subject and that the charter allows, pillar by pillar: a pillar named
    « Engagement zéro déchet » carries the claim the charter forbids into every brief and caption."""
    shares = _pillars(answer)
    count_ok, sum_ok, refused, notes = _pillar_notes(shares, expected)
    names = (len(shares) - len(refused)) / len(shares)
    remarks = [f"À revoir : {note}." for note in notes]
    return Outcome(0.2 * count_ok + 0.2 * sum_ok + 0.6 * names, remarks)


# --- C1.5.1: planned visuals against the platforms' formats -------------------------


def _verdict(value: Any) -> bool | None:
    """True or False (numpy booleans too); None for anything else."""
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return bool(value)
    return None


def _validity(answer: Any) -> dict[str, bool | None]:
    validity = _keyed(answer, VISUAL_IDS, "formats_valides")
    expect(any(k in validity for k in VISUAL_IDS),
           f"formats_valides : aucune des clés attendues ({', '.join(VISUAL_IDS)}) n'est présente.")
    return {k: _verdict(validity[k]) for k in VISUAL_IDS if k in validity}


def _validity_notes(validity: dict, answer: Any) -> list[str]:
    notes = _key_notes(_keyed(answer, VISUAL_IDS, "formats_valides"), VISUAL_IDS)
    odd = [k for k, v in validity.items() if v is None]
    if odd:
        notes.append(f"{', '.join(odd)} : la valeur doit être True ou False")
    return notes


@visible("bloc1.charte_formats")
def formats_visible(answer: Any) -> str:
    notes = _validity_notes(_validity(answer), answer)
    if notes:
        return "Verdicts lisibles ; attention : " + " ; ".join(notes) + " (cela coûte des points)."
    return f"Format correct : un verdict True/False pour chacun des {len(VISUAL_IDS)} visuels."


@scorer("bloc1.charte_formats", form="un dictionnaire {identifiant du visuel (V1…V10): True ou False}")
def formats_score(answer: Any, expected: dict[str, bool]) -> Outcome:
    """A true-or-false question marked against guessing: each right verdict earns its share, each
    wrong one takes one back (a missing or unreadable verdict earns nothing); answering the same
    verdict for every visual earns little."""
    validity = _validity(answer)
    right = [k for k, v in expected.items() if validity.get(k) is v]
    wrong = [k for k, v in expected.items() if validity.get(k) is not None and validity.get(k) is not v]
    blank = [k for k in expected if validity.get(k) is None]
    remarks = []
    if wrong or blank:
        remarks.append(f"Verdict à revoir pour : {', '.join(wrong + blank)} (format proposé par la "
                       "plateforme ? proportions dans la plage acceptée pour ce format ? largeur "
                       "recommandée ?). Un verdict faux retire la part d'un verdict juste.")
    notes = _validity_notes(validity, answer)
    if notes:
        remarks.append("À corriger dans la forme : " + " ; ".join(notes) + ".")
    return Outcome(max(0.0, (len(right) - len(wrong)) / len(expected)), remarks)
