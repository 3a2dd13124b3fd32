"""Checks of Bloc 3's notebook 03, publishing and platforms (C3.2.1, C3.2.2): the best posting slots, the
September queue for Hootsuite's Bulk Composer, the brand's profiles."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

import pandas as pd

from cmcert_lib.bloc3.scheduling import (
    PROFILE_COLUMNS,
    RESEAUX,
    _as_datetime,
    _handle,
    _network,
    lire_creneau,
    profile_problems,
    queue_problems,
)
from cmcert_lib.checks.content import SAME_TEXT_OVERLAP, is_filler, substantive_share, words
from cmcert_lib.checks.core import CheckFailed, Outcome, as_list, as_mapping, canonical_label, expect, scorer, visible
from cmcert_lib.facts import brand
from cmcert_lib.facts.scheduling import HOOTSUITE_MAX_ROWS

MAX_ROWS = 2_000
SLOTS_FORM = "un dictionnaire {réseau: liste de créneaux « jour Hh-Hh », du meilleur au moins bon}"
QUEUE_FORM = "un DataFrame avec les colonnes Réseau, Date, Message, Lien (une ligne par publication)"
PROFILES_FORM = "un DataFrame d'une ligne par réseau, avec les colonnes du relevé des profils"
QUEUE_COLUMNS = ("Réseau", "Date", "Message", "Lien")
# The content factor reads at most this many messages, each cut to this many characters: the messages are
# compared two by two, and a hostile answer must not make grading last.
MAX_CONTENT_ROWS = 400
MAX_MESSAGE_CHARS = 1_500


# --- 1.1 the best slots ----------------------------------------------------------------------------

def _slots(answer: Any) -> dict[str, list]:
    mapping = as_mapping(answer, "meilleurs_creneaux")
    expect(len(mapping) <= 20, "meilleurs_creneaux a trop de clés : une par réseau.")
    result: dict[str, list] = {}
    for key, value in list(mapping.items())[:20]:
        network = _network(key)
        if network is None:
            raise CheckFailed(f"Réseau inconnu « {str(key)[:40]} » : les clés sont {', '.join(RESEAUX)}.")
        items = as_list(value, f"meilleurs_creneaux[« {network} »]")[:50]
        result[network] = [lire_creneau(item) for item in items]
    return result


@visible("bloc3.diffusion_creneaux", form=SLOTS_FORM)
def check_slots(answer: Any) -> str:
    slots = _slots(answer)
    missing = [n for n in RESEAUX if n not in slots]
    expect(not missing, f"Réseau(x) manquant(s) dans meilleurs_creneaux : {', '.join(missing)}.")
    for network, items in slots.items():
        per_week = brand.VALIDATED_FREQUENCY.get(network)
        expect(None not in items, f"Un créneau ({network}) est illisible : écrivez « jour Hh-Hh » avec une "
                                  "tranche du tableau, par exemple « mardi 12h-14h ».")
        expect(len(items) == per_week, f"{network} : {per_week} créneau(x) attendu(s) (son rythme validé), "
                                       f"{len(items)} donné(s).")
        expect(len(set(items)) == len(items), f"{network} : un créneau figure deux fois.")
    return f"Créneaux de {len(slots)} réseaux, lisibles et en bon nombre."


@scorer("bloc3.diffusion_creneaux", form=SLOTS_FORM)
def score_slots(answer: Any, expected: dict) -> Outcome:
    """Each network weighs the same: the share of its expected slots found, times (1 + the share at
    their rank) / 2 (the ranking credit)."""
    slots = _slots(answer)
    total, remarks = 0.0, []
    for network, wanted in expected.items():
        wanted = [lire_creneau(s) for s in wanted]
        given = list(dict.fromkeys(s for s in slots.get(network, []) if s is not None))[:len(wanted)]
        found = [s for s in given if s in wanted]
        at_rank = sum(1 for i, s in enumerate(given) if i < len(wanted) and wanted[i] == s)
        share = len(found) / len(wanted)
        total += share * (0.5 + 0.5 * at_rank / len(wanted)) if found else 0.0
        if share < 1:
            remarks.append(f"{network} : {len(wanted) - len(found)} créneau(x) ne sont pas parmi les meilleurs "
                           "(taux = interactions / portée du créneau, créneaux d'au moins 3 publications).")
        elif at_rank < len(wanted):
            remarks.append(f"{network} : les bons créneaux, mais pas dans l'ordre du taux décroissant.")
    return Outcome(total / len(expected), remarks)


# --- 1.2 the September queue -------------------------------------------------------------------------

def _frame(answer: Any, what: str, columns: tuple[str, ...]) -> pd.DataFrame:
    if not isinstance(answer, pd.DataFrame):
        raise CheckFailed(f"{what} doit être un tableau pandas (DataFrame) ; trouvé : {type(answer).__name__}.")
    frame = answer.head(MAX_ROWS).copy()
    frame.columns = [canonical_label(c, columns) if isinstance(c, str) else c for c in frame.columns]
    missing = [c for c in columns if c not in frame.columns]
    expect(not missing, f"{what} : colonne(s) manquante(s) {', '.join(missing)}.")
    return frame.reset_index(drop=True)


@visible("bloc3.diffusion_file", form=QUEUE_FORM)
def check_queue(answer: Any) -> str:
    frame = _frame(answer, "file_septembre", QUEUE_COLUMNS)
    expect(len(frame) > 0, "file_septembre est vide : une ligne par publication de septembre.")
    unreadable = [i + 1 for i, d in enumerate(frame["Date"]) if _as_datetime(d) is None]
    expect(not unreadable, f"Date illisible à la ligne {unreadable[0] if unreadable else 0} : une date-heure "
                           "(Timestamp) ou un texte « JJ/MM/AAAA HH:MM ».")
    unknown = [str(n)[:30] for n in frame["Réseau"] if _network(n) not in RESEAUX]
    expect(not unknown, f"Réseau inconnu « {unknown[0] if unknown else ''} » : {', '.join(RESEAUX)}.")
    return f"{len(frame)} publication(s) lisibles."


def _content_share(messages: list) -> float:
    """The share of real, distinct messages, as :func:`cmcert_lib.checks.content.substantive_share` counts
    them, with each message's words read once (the pairs of a long queue stay quick)."""
    texts = [m[:MAX_MESSAGE_CHARS] if isinstance(m, str) else "" for m in messages[:MAX_CONTENT_ROWS]]
    if not texts:
        return 0.0
    sets = [set(words(t)) for t in texts]
    kept: list[set] = []
    real = 0
    for text, found in zip(texts, sets, strict=True):
        if found and any(len(found & other) / len(found | other) >= SAME_TEXT_OVERLAP for other in kept):
            continue
        if found:
            kept.append(found)
        real += not is_filler(text)
    return real / len(texts)


_RULES = {
    "format": "règles d'import de Hootsuite (heures finissant par 0 ou 5, 10 minutes après l'import, "
              "septembre, pas de doublon, liens du site avec leurs UTM)",
    "frequence": "rythme validé (chaque semaine entière de septembre, le nombre exact de publications ; "
                 "jamais plus dans une semaine incomplète)",
    "creneaux": "meilleurs créneaux (chaque publication dans un créneau retenu de son réseau)",
    "limites": "limites des plateformes (longueur du texte, nombre de hashtags)",
}


@scorer("bloc3.diffusion_file", form=QUEUE_FORM)
def score_queue(answer: Any, expected: dict) -> Outcome:
    """A quarter per rule (format, frequency, slots, limits), each the share of rows (or of network-weeks)
    that keep it; the whole times the share of real, distinct messages (no copy-paste, no filler)."""
    frame = _frame(answer, "file_septembre", QUEUE_COLUMNS)
    upload = datetime.fromisoformat(expected["upload"])
    found = queue_problems(frame, expected["creneaux"], upload)
    rows = max(len(frame), 1)
    weeks = 5 * len(RESEAUX)
    shares = {}
    for rule, problems in found.items():
        if rule == "frequence":
            shares[rule] = max(0.0, 1 - len(problems) / weeks)
        else:
            bad = {re.match(r"ligne (\d+)", p)[1] if re.match(r"ligne (\d+)", p) else p for p in problems}
            shares[rule] = max(0.0, 1 - len(bad) / rows)
    if len(answer) > HOOTSUITE_MAX_ROWS:  # Hootsuite refuses the whole file
        shares["format"] = 0.0
    content = _content_share(list(frame["Message"]))
    remarks = [f"{_RULES[rule]} : {len(found[rule])} écart(s)" + (f", par exemple {found[rule][0]}."
                                                                    if found[rule] else ".")
               for rule, share in shares.items() if share < 1]
    if content < 1:
        remarks.append(f"{round((1 - content) * 100)} % des messages sont vides, de remplissage ou la copie "
                       "d'un autre : chaque publication porte son propre contenu validé.")
    return Outcome(sum(shares.values()) / len(shares) * content, remarks)


# --- 2.1 the profiles -----------------------------------------------------------------------------------

FIELDS = PROFILE_COLUMNS[1:]


def _profiles(answer: Any) -> dict[str, dict]:
    frame = _frame(answer, "profils", PROFILE_COLUMNS)
    expect(len(frame) <= 20, "profils a trop de lignes : une par réseau.")
    result: dict[str, dict] = {}
    for row in frame.to_dict("records"):
        network = _network(row.get("Réseau"))
        if network is None:
            raise CheckFailed(f"Réseau inconnu « {str(row.get('Réseau'))[:30]} » dans profils.")
        if network in result:
            raise CheckFailed(f"{network} figure deux fois dans profils.")
        result[network] = {**row, "Réseau": network}
    return result


@visible("bloc3.diffusion_profils", form=PROFILES_FORM)
def check_profiles(answer: Any) -> str:
    profiles = _profiles(answer)
    wanted = (*RESEAUX, "Pinterest")
    missing = [n for n in wanted if n not in profiles]
    expect(not missing, f"Réseau(x) manquant(s) dans profils : {', '.join(missing)}.")
    return f"{len(profiles)} profils, un par réseau."


@scorer("bloc3.diffusion_profils", form=PROFILES_FORM)
def score_profiles(answer: Any, expected: dict) -> Outcome:
    """Every field of every expected network weighs the same; a handle counts when the network accepts it
    and it is the handle most networks carry (one handle everywhere)."""
    profiles = _profiles(answer)
    handles = [_handle(p.get("Identifiant")) for p in profiles.values()]
    handles = [h for h in handles if h]
    common = max(set(handles), key=handles.count) if handles else None
    ok, wrong = 0, {}
    for network in expected["reseaux"]:
        profile = profiles.get(network)
        if profile is None:
            wrong.setdefault("réseau absent", []).append(network)
            continue
        problems = profile_problems(profile, expected.get("nom", brand.BRAND))
        if "Identifiant" not in problems and _handle(profile.get("Identifiant")) != common:
            problems["Identifiant"] = "identifiant différent de celui des autres réseaux"
        if "Bio" not in problems and substantive_share([profile.get("Bio")]) < 1:
            problems["Bio"] = "bio de remplissage"
        ok += len(FIELDS) - len(problems)
        for field_name in problems:
            wrong.setdefault(field_name, []).append(network)
    total = len(FIELDS) * len(expected["reseaux"])
    remarks = [f"{field_name} à revoir : {', '.join(networks)}." for field_name, networks in wrong.items()]
    if wrong:
        remarks.append("Comparez chaque champ aux règles de profile_rules_table() (biographie, tailles d'images, "
                       "identifiant, catégories) et au nom, au site et aux paramètres UTM de la marque.")
    return Outcome(ok / total, remarks)
