"""Checks of Bloc 3's notebook 02, community and moderation (C3.1.2): the categories of the inbox, the
deadlines and late answers, the charter's actions, the alert days on the mentions."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from cmcert_lib.bloc3.moderation import ACTIONS, CATEGORIES
from cmcert_lib.checks.core import (
    CheckFailed,
    Outcome,
    as_date,
    as_list,
    as_mapping,
    canonical_label,
    expect,
    label_key,
    scorer,
    visible,
)

MAX_ITEMS = 2_000
ID_PATTERN = re.compile(r"^AP-\d{4}$")


def _id(key: Any) -> str:
    if not isinstance(key, str):
        raise CheckFailed("Les clés sont les identifiants de la colonne « ID » de l'export, par exemple "
                          "« AP-0001 » (des textes).")
    return key.strip().upper()


def _by_id(answer: Any, what: str) -> dict:
    """{ID: value} from a dict, a Series indexed by ID or a two-column table with an « ID » column."""
    if isinstance(answer, pd.DataFrame) and answer.shape[1] == 2 and any(label_key(c) == "id" for c in answer.columns):
        key = next(c for c in answer.columns if label_key(c) == "id")
        answer = answer.set_index(key).iloc[:, 0]
    mapping = as_mapping(answer, what)
    expect(len(mapping) <= MAX_ITEMS, f"{what} a beaucoup trop d'éléments : un par message de l'export.")
    result = {}
    for key, value in list(mapping.items())[:MAX_ITEMS]:
        result[_id(key)] = value
    return result


def _known_ids(mapping: dict, what: str) -> None:
    expect(mapping, f"{what} est vide : un élément par message de l'export.")
    odd = [k for k in mapping if not ID_PATTERN.match(k)]
    expect(not odd, f"{what} : « {odd[0] if odd else ''} » n'est pas un identifiant de l'export (AP-0001…).")


# --- 1.1 the categories ------------------------------------------------------------------------------

def _category(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    return canonical_label(re.sub(r"[\s\-]+", "_", value.strip()), CATEGORIES)


@visible("bloc3.moderation_categories", form="un dictionnaire {ID: catégorie} (ou une Series indexée par ID)")
def check_categories(answer: Any) -> str:
    mapping = _by_id(answer, "categories")
    _known_ids(mapping, "categories")
    unknown = sorted({str(v) for v in mapping.values() if _category(v) not in CATEGORIES})
    expect(not unknown, f"Catégorie inconnue « {unknown[0] if unknown else ''} » : prenez les catégories de "
                        "CATEGORIES, écrites à l'identique.")
    return f"{len(mapping)} message(s) classé(s)."


@scorer("bloc3.moderation_categories", form="un dictionnaire {ID: catégorie} (ou une Series indexée par ID)")
def score_categories(answer: Any, expected: dict) -> Outcome:
    """The share of the export's messages in their category by the charter's rules."""
    given = {k: _category(v) for k, v in _by_id(answer, "categories").items()}
    wrong = [i for i, cat in expected.items() if given.get(i) != cat]
    missing = [i for i in expected if i not in given]
    remarks = []
    if missing:
        remarks.append(f"{len(missing)} message(s) de l'export sans catégorie : classez-les tous.")
    if len(wrong) > len(missing):
        confused = sorted({expected[i] for i in wrong if i in given})
        remarks.append(f"{len(wrong) - len(missing)} message(s) mal classé(s), parmi ceux qui relèvent de : "
                       + ", ".join(confused) + ". Appliquez les règles dans l'ordre de l'énoncé (la première qui "
                       "s'applique l'emporte), sur le texte en minuscules et sans accents.")
    return Outcome(_balanced(expected, set(wrong)), remarks)


def _balanced(expected: dict, wrong: set) -> float:
    """The mean, class by class of the expected values, of the share of its items right: answering the most
    frequent class everywhere earns that class only."""
    classes: dict = {}
    for item, value in expected.items():
        key = tuple(sorted(value)) if isinstance(value, list) else value
        classes.setdefault(key, []).append(item)
    return sum(sum(1 for i in items if i not in wrong) / len(items) for items in classes.values()) / len(classes)


# --- 1.2 the deadlines and the late items ------------------------------------------------------------

def _column(frame: pd.DataFrame, *names: str) -> Any:
    for column in frame.columns:
        if re.sub(r"[\s_]+", " ", label_key(column)).strip() in names:
            return column
    return None


def _deadlines(answer: Any) -> tuple[dict, dict]:
    if not isinstance(answer, pd.DataFrame):
        raise CheckFailed("delais doit être un tableau pandas (DataFrame) indexé par ID, avec les colonnes "
                          "« echeance » et « en_retard ».")
    frame = answer
    id_column = _column(frame, "id")
    if id_column is not None:
        frame = frame.set_index(id_column)
    due, late = _column(frame, "echeance"), _column(frame, "en retard")
    if due is None or late is None:
        raise CheckFailed("delais doit avoir les colonnes « echeance » et « en_retard ».")
    expect(len(frame) <= MAX_ITEMS, "delais a beaucoup trop de lignes : une par message de l'export.")
    frame = frame.iloc[:MAX_ITEMS]
    ids = [_id(i) for i in frame.index]
    return dict(zip(ids, frame[due].tolist(), strict=True)), dict(zip(ids, frame[late].tolist(), strict=True))


def _moment(value: Any) -> pd.Timestamp | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        stamp = pd.Timestamp(value)
    except (TypeError, ValueError):
        return None
    if stamp is pd.NaT or pd.isna(stamp):
        return None
    return stamp.tz_convert("Europe/Paris").tz_localize(None) if stamp.tzinfo is not None else stamp


@visible("bloc3.moderation_delais", form="un DataFrame indexé par ID, colonnes « echeance » (date et heure) et "
                                        "« en_retard » (booléen)")
def check_deadlines(answer: Any) -> str:
    due, late = _deadlines(answer)
    _known_ids(due, "delais")
    expect(all(_moment(v) is not None for v in due.values()),
           "Chaque échéance est une date et une heure (Timestamp pandas ou texte « AAAA-MM-JJ HH:MM »).")
    expect(all(isinstance(v, bool) for v in late.values()), "La colonne « en_retard » contient des booléens "
                                                            "(True : traité après l'échéance ou pas traité).")
    return f"Échéances de {len(due)} message(s)."


@scorer("bloc3.moderation_delais", form="un DataFrame indexé par ID, colonnes « echeance » (date et heure) et "
                                       "« en_retard » (booléen)")
def score_deadlines(answer: Any, expected: dict) -> Outcome:
    """Half the points for the deadlines (each right within a minute), half for the late flags."""
    due, late = _deadlines(answer)
    wanted_due = expected["echeance"]
    wanted_late = set(expected["en_retard"])
    right_due = 0
    for item, when in wanted_due.items():
        stamp = _moment(due.get(item))
        if stamp is not None and abs(stamp - pd.Timestamp(when)) <= pd.Timedelta(minutes=1):
            right_due += 1
    right_late = sum(1 for item in wanted_due
                     if isinstance(late.get(item), bool) and late.get(item) == (item in wanted_late))
    remarks = []
    if right_due < len(wanted_due):
        remarks.append(f"{len(wanted_due) - right_due} échéance(s) fausse(s) ou absente(s) : partez de la date de "
                       "réception, ajoutez le délai de la catégorie en heures ouvrées (9 h - 18 h, du lundi au "
                       "vendredi ; un message reçu hors des heures ouvrées attend l'ouverture).")
    if right_late < len(wanted_due):
        remarks.append(f"{len(wanted_due) - right_late} indicateur(s) « en_retard » faux : un message est en "
                       "retard s'il a été traité après son échéance, ou pas traité du tout.")
    return Outcome(0.5 * right_due / len(wanted_due) + 0.5 * right_late / len(wanted_due), remarks)


# --- 1.3 the charter's actions -------------------------------------------------------------------------

def _actions(value: Any) -> frozenset | None:
    if isinstance(value, str):
        parts = re.split(r"\s*[+,;/]\s*|\s+et\s+", value.strip())
    elif isinstance(value, (list, tuple, set, frozenset)):
        parts = list(value)[:20]
    else:
        return None
    names = set()
    for part in parts:
        if not isinstance(part, str) or not part.strip():
            continue
        names.add(canonical_label(re.sub(r"[\s\-]+", "_", part.strip()), ACTIONS))
    return frozenset(names)


@visible("bloc3.moderation_actions", form="un dictionnaire {ID: liste d'actions} (ou des actions jointes par « + »)")
def check_actions(answer: Any) -> str:
    mapping = _by_id(answer, "actions")
    _known_ids(mapping, "actions")
    sets = [_actions(v) for v in mapping.values()]
    expect(all(s is not None and s for s in sets), "Chaque message reçoit une liste d'actions non vide, par "
                                                   "exemple [\"masquer\", \"signaler\"].")
    unknown = sorted({a for s in sets if s for a in s if a not in ACTIONS})
    expect(not unknown, f"Action inconnue « {unknown[0] if unknown else ''} » : prenez les actions de ACTIONS.")
    return f"Actions de {len(mapping)} message(s)."


@scorer("bloc3.moderation_actions", form="un dictionnaire {ID: liste d'actions} (ou des actions jointes par « + »)")
def score_actions(answer: Any, expected: dict) -> Outcome:
    """The share of the messages whose set of actions is the charter's, exactly."""
    given = {k: _actions(v) for k, v in _by_id(answer, "actions").items()}
    wrong = [i for i, acts in expected.items() if given.get(i) != frozenset(acts)]
    remarks = []
    if wrong:
        remarks.append(f"{len(wrong)} message(s) sans les actions de la charte : chaque message reçoit toutes les "
                       "actions de sa ligne (catégorie et type), ni plus ni moins ; un message privé ne se masque "
                       "ni ne se supprime.")
    return Outcome(_balanced(expected, set(wrong)), remarks)


# --- 2.1 the alert days ------------------------------------------------------------------------------

def _days(answer: Any) -> list:
    items = as_list(answer, "jours_alerte")
    expect(len(items) <= 400, "jours_alerte compte trop de jours : la période en a 151.")
    return [as_date(item, "Chaque jour d'alerte") for item in items[:400]]


@visible("bloc3.moderation_alertes", form="une liste de jours « AAAA-MM-JJ »")
def check_alerts(answer: Any) -> str:
    days = _days(answer)
    expect(len(set(days)) == len(days), "Un jour figure deux fois dans jours_alerte.")
    return f"{len(days)} jour(s) d'alerte."


@scorer("bloc3.moderation_alertes", form="une liste de jours « AAAA-MM-JJ »")
def score_alerts(answer: Any, expected: list) -> Outcome:
    """Each alert day found earns its share; each day named that the rule does not raise takes one away."""
    given = set(_days(answer))
    wanted = {as_date(d, "jour") for d in expected}
    found, wrong = given & wanted, given - wanted
    remarks = []
    if found != wanted:
        remarks.append(f"{len(wanted - found)} jour(s) d'alerte manquant(s) : la moyenne et l'écart-type portent "
                       "sur les 14 jours qui précèdent (sans le jour lui-même), et les deux conditions doivent "
                       "être remplies.")
    if wrong:
        remarks.append(f"{len(wrong)} jour(s) cité(s) que la règle ne déclenche pas : chacun retire un jour "
                       "trouvé.")
    return Outcome(max(0.0, (len(found) - len(wrong)) / len(wanted)), remarks)
