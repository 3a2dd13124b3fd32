"""Checks of Bloc 3's notebook 04, the production planning and the budget (C3.3.1, C3.3.2).

1.1 the schedule (earliest start and finish of each task, in working days) is scored per task against
the hidden forward pass; 1.2 the critical path and the project's end date against the computed ones;
2.1 the budget table on its own arithmetic, the suppliers' prices converted to HT, its completeness,
its categories and months, the provision and the brief's envelope. The Excel file is written by
:func:`cmcert_lib.bloc3.planning.export_budget` from the same table: it is never read at grading.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

import pandas as pd

from cmcert_lib.bloc3.brief import BUDGET_EUR_HT
from cmcert_lib.bloc3.datagen.planning import QUOTES, TASKS
from cmcert_lib.bloc3.planning import BUDGET_COLUMNS, CATEGORIES, MONTHS, PROVISION_LABEL, PROVISION_RATE
from cmcert_lib.checks.core import (
    CheckFailed,
    Outcome,
    as_date,
    as_list,
    as_mapping,
    as_number,
    canonical_keys,
    canonical_label,
    expect,
    label_key,
    scorer,
    visible,
)
from cmcert_lib.facts.french import VAT_RATE

TASK_IDS = tuple(task[0] for task in TASKS)
MAX_ROWS = 500
MAX_TEXT = 200

# --- 1.1 the schedule ----------------------------------------------------------------------------------

SCHEDULE_FORM = "un DataFrame aux colonnes « ID », « Début », « Fin » (une ligne par tâche, des dates)"


def _cell(value: Any, what: str) -> dt.date | None:
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return None
    return as_date(value, what)


def _schedule(answer: Any) -> dict[str, tuple[dt.date | None, dt.date | None]]:
    """{task ID: (start, finish)} from a frame (ID column or index) or a mapping {ID: (start, finish)}."""
    rows: list[tuple[Any, Any, Any]] = []
    if isinstance(answer, pd.DataFrame):
        columns = {label_key(c.replace("_", " ")): c for c in answer.columns if isinstance(c, str)}
        start, finish = columns.get("debut"), columns.get("fin")
        expect(start is not None and finish is not None,
               "planning doit avoir une colonne « Début » et une colonne « Fin ».")
        ids = answer[columns["id"]].tolist() if "id" in columns else answer.index.tolist()
        rows = list(zip(ids, answer[start].tolist(), answer[finish].tolist(), strict=True))
    else:
        for key, value in as_mapping(answer, "planning").items():
            if isinstance(value, dict):
                value = canonical_keys(value, ("Début", "Fin"))
                rows.append((key, value.get("Début"), value.get("Fin")))
            else:
                pair = as_list(value, f"planning[{str(key)[:20]!r}]")
                expect(len(pair) == 2, "Chaque tâche du planning a deux dates : (début, fin).")
                rows.append((key, pair[0], pair[1]))
    expect(len(rows) <= MAX_ROWS, "planning a trop de lignes : une ligne par tâche de l'export.")
    result = {}
    for key, start, finish in rows:
        task = canonical_label(str(key).strip()[:MAX_TEXT], TASK_IDS)
        where = f"les dates de {str(task)[:20]}"
        result[task] = (_cell(start, where), _cell(finish, where))
    return result


@visible("bloc3.planning_dates", form=SCHEDULE_FORM)
def check_schedule(answer: Any) -> str:
    schedule = _schedule(answer)
    known = {t: dates for t, dates in schedule.items() if t in TASK_IDS}
    expect(known, "Aucune tâche de l'export (T01 à T20) dans planning : reprenez les identifiants de la colonne ID.")
    for task, (start, finish) in known.items():
        expect(start is not None and finish is not None, f"{task} n'a pas ses deux dates.")
        expect(start <= finish, f"{task} finit avant de commencer : vérifiez ses dates.")
        expect(start.weekday() < 5 and finish.weekday() < 5,
               f"{task} commence ou finit un samedi ou un dimanche : on ne compte que les jours ouvrés.")
    missing = [t for t in TASK_IDS if t not in known]
    if missing:
        return (f"Planning au bon format ; attention, {len(missing)} tâche(s) manquante(s) : "
                + ", ".join(missing) + " (chacune coûte sa part des points).")
    return f"{len(TASK_IDS)} tâches, chacune avec un début et une fin en jours ouvrés."


@scorer("bloc3.planning_dates", form=SCHEDULE_FORM)
def score_schedule(answer: Any, expected: dict) -> Outcome:
    schedule = _schedule(answer)
    earned, wrong_start, wrong_finish, missing = 0.0, [], [], []
    for task, (start, finish) in expected.items():
        if task not in schedule:
            missing.append(task)
            continue
        given = schedule[task]
        if given[0] == dt.date.fromisoformat(start):
            earned += 0.5
        else:
            wrong_start.append(task)
        if given[1] == dt.date.fromisoformat(finish):
            earned += 0.5
        else:
            wrong_finish.append(task)
    remarks = []
    if missing:
        remarks.append(f"{len(missing)} tâche(s) absente(s) du planning : " + ", ".join(missing) + ".")
    if wrong_start:
        remarks.append(f"Début au plus tôt à revoir pour {len(wrong_start)} tâche(s) (" + ", ".join(wrong_start)
                       + ") : une tâche commence le jour ouvré qui suit la fin de son dernier prédécesseur "
                       "(week-ends et jours fériés exclus) ; sans prédécesseur, le premier jour du projet.")
    if wrong_finish:
        remarks.append(f"Fin au plus tôt à revoir pour {len(wrong_finish)} tâche(s) (" + ", ".join(wrong_finish)
                       + ") : une tâche de n jours ouvrés finit sur son n-ième jour ouvré, le jour du début "
                       "compris, sans compter les week-ends ni les jours fériés.")
    return Outcome(earned / len(expected), remarks)


# --- 1.2 the critical path and the end date ------------------------------------------------------------

PATH_FORM = "un dictionnaire {« chemin_critique »: liste d'identifiants, « fin_projet »: date}"
PATH_KEYS = ("chemin_critique", "fin_projet")
PATH_WEIGHT = 0.75


def _path_answer(answer: Any) -> tuple[list[str], dt.date | None]:
    raw = as_mapping(answer, "resultat")
    data = canonical_keys({str(k).replace(" ", "_")[:MAX_TEXT]: v for k, v in raw.items()}, PATH_KEYS)
    expect(any(k in data for k in PATH_KEYS), "resultat doit avoir les clés « chemin_critique » et « fin_projet ».")
    tasks = [canonical_label(str(t).strip()[:MAX_TEXT], TASK_IDS)
             for t in as_list(data.get("chemin_critique", []), "resultat[« chemin_critique »]")[:MAX_ROWS]]
    end = data.get("fin_projet")
    return tasks, (None if end is None else as_date(end, "resultat[« fin_projet »]"))


@visible("bloc3.planning_chemin", form=PATH_FORM)
def check_path(answer: Any) -> str:
    tasks, end = _path_answer(answer)
    expect(tasks, "resultat[« chemin_critique »] est vide : listez les tâches sans marge, "
                  "de la première à la dernière.")
    unknown = [str(t)[:20] for t in tasks if t not in TASK_IDS]
    expect(not unknown, "Identifiant(s) inconnu(s) dans le chemin critique : " + ", ".join(unknown[:5]) + ".")
    expect(len(set(tasks)) == len(tasks), "Une tâche figure deux fois dans le chemin critique.")
    expect(end is not None, "resultat[« fin_projet »] manque : la date de fin au plus tôt du projet.")
    return f"Chemin critique de {len(tasks)} tâches, fin du projet le {end:%d/%m/%Y}."


@scorer("bloc3.planning_chemin", form=PATH_FORM)
def score_path(answer: Any, expected: dict) -> Outcome:
    tasks, end = _path_answer(answer)
    want = list(expected["chemin_critique"])
    found = [t for t in dict.fromkeys(tasks) if t in want]
    extra = [t for t in dict.fromkeys(tasks) if t not in want]
    share = len(found) / max(len(want), len(found) + len(extra), 1)
    remarks = []
    if len(found) < len(want) or extra:
        remarks.append(f"Le chemin critique n'est pas juste ({len(found)} tâche(s) critique(s) trouvée(s), "
                       f"{len(extra)} tâche(s) en trop) : une tâche est critique quand sa marge totale est nulle "
                       "(fin au plus tard = fin au plus tôt, calculée par un passage arrière depuis la fin).")
    elif tasks != want:
        share -= 0.25
        remarks.append("Les bonnes tâches, mais pas dans l'ordre de leurs dépendances : listez-les de la "
                       "première à la dernière.")
    right_end = end == dt.date.fromisoformat(expected["fin_projet"])
    if not right_end:
        remarks.append("La date de fin du projet n'est pas juste : c'est la plus tardive des fins au plus tôt.")
    return Outcome(PATH_WEIGHT * max(share, 0.0) + (1 - PATH_WEIGHT) * right_end, remarks)


# --- 2.1 the budget -------------------------------------------------------------------------------------

BUDGET_FORM = ("un DataFrame aux colonnes « poste », « categorie », « mois », « quantite », "
               "« prix_unitaire_ht », « ht », « tva », « ttc » (une ligne par poste et par mois)")
POSTES = tuple(quote[0] for quote in QUOTES) + (PROVISION_LABEL,)
CM, PHOTO, HOOTSUITE, CANVA, MENTION = POSTES[0], POSTES[1], POSTES[3], POSTES[4], POSTES[5]
MEDIA = tuple(p for p in POSTES if p.startswith("Achat d'espace"))
CATEGORY_OF = {POSTES[0]: ("Prestations",), POSTES[1]: ("Production",), POSTES[2]: ("Production",),
               HOOTSUITE: ("Outils",), CANVA: ("Outils",), MENTION: ("Outils",), POSTES[6]: ("Production",),
               POSTES[7]: ("Gagné", "Possédé"), **dict.fromkeys(MEDIA, ("Payé",)), PROVISION_LABEL: ("Provision",)}
REQUIRED = (CM, PHOTO, HOOTSUITE, CANVA, MENTION, "achat d'espace", PROVISION_LABEL)
MONTHLY = (CM, HOOTSUITE, CANVA, MENTION)
ENVELOPE_MIN_SHARE = 0.9
CENT = 0.011  # amounts rounded to the cent
PROVISION_SLACK_EUR = 1.0
WEIGHTS = {"calculs": 0.25, "prix": 0.2, "complétude": 0.2, "catégories": 0.1, "provision": 0.1, "enveloppe": 0.15}


def _month(value: Any) -> str | None:
    """« 2027-09 » from a text « AAAA-MM », a monthly Period or any day of the month; None otherwise."""
    if isinstance(value, pd.Period):
        value = str(value)[:7]
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}", value.strip()):
        return value.strip()
    try:
        day = as_date(value, "le mois")
        return f"{day.year:04d}-{day.month:02d}"
    except (CheckFailed, ValueError, TypeError, AttributeError):
        return None


def _lines(answer: Any) -> list[dict]:
    if not isinstance(answer, pd.DataFrame):
        raise CheckFailed("budget doit être un tableau pandas (DataFrame), une ligne par poste et par mois.")
    columns = {label_key(c).replace(" ", "_"): c for c in answer.columns if isinstance(c, str)}
    missing = [c for c in BUDGET_COLUMNS if c not in columns]
    expect(not missing, "budget : colonne(s) manquante(s) " + ", ".join(f"« {c} »" for c in missing) + ".")
    expect(0 < len(answer) <= MAX_ROWS, f"budget doit avoir entre 1 et {MAX_ROWS} lignes.")
    lines = []
    for number, row in enumerate(answer[[columns[c] for c in BUDGET_COLUMNS]].itertuples(index=False), start=1):
        line = {"poste": canonical_label(str(row[0]).strip()[:MAX_TEXT], POSTES),
                "categorie": canonical_label(str(row[1]).strip()[:MAX_TEXT], CATEGORIES), "mois": _month(row[2])}
        for key, value in zip(BUDGET_COLUMNS[3:], row[3:], strict=False):
            number_value = as_number(value, f"budget, ligne {number}, « {key} »")
            expect(math.isfinite(number_value) and abs(number_value) < 1e9,
                   f"budget, ligne {number}, « {key} » est hors limites.")
            line[key] = number_value
        lines.append(line)
    return lines


def _provision(lines: list[dict]) -> tuple[float, float]:
    """(the HT of the provision lines, the HT of the other lines)."""
    provision = sum(x["ht"] for x in lines if x["poste"] == PROVISION_LABEL)
    return provision, sum(x["ht"] for x in lines if x["poste"] != PROVISION_LABEL)


@visible("bloc3.budget", form=BUDGET_FORM)
def check_budget(answer: Any) -> str:
    lines = _lines(answer)
    unknown = sorted({str(x["poste"])[:40] for x in lines if x["poste"] not in POSTES})
    expect(not unknown, "Poste(s) inconnu(s) : " + " ; ".join(unknown[:3]) + ". Reprenez le libellé exact "
           f"de la colonne « Poste » des devis, ou « {PROVISION_LABEL} ».")
    bad = sorted({str(x["categorie"])[:30] for x in lines if x["categorie"] not in CATEGORIES})
    expect(not bad, "Catégorie(s) inconnue(s) : " + ", ".join(bad[:3]) + ". Catégories possibles : "
           + ", ".join(CATEGORIES) + ".")
    months = [x for x in lines if x["poste"] != PROVISION_LABEL and x["mois"] not in MONTHS]
    expect(not months, "Un mois hors de la période ou mal écrit : « AAAA-MM », de 2027-09 à 2028-02.")
    expect(all(x["quantite"] >= 0 and x["prix_unitaire_ht"] >= 0 for x in lines),
           "Quantités et prix unitaires sont positifs.")
    provision, rest = _provision(lines)
    total = provision + rest
    return (f"{len(lines)} lignes ; total HT, provision comprise : {total:,.2f} €".replace(",", " ")
            + (" — au-dessus de l'enveloppe du brief !" if total > BUDGET_EUR_HT + PROVISION_SLACK_EUR else "."))


def _arithmetic(lines: list[dict]) -> tuple[float, list[str]]:
    counted = [x for x in lines if x["quantite"] > 0 and x["prix_unitaire_ht"] > 0]
    if not counted:
        return 0.0, ["Aucune ligne n'a une quantité et un prix unitaire positifs."]
    wrong = sum(1 for x in counted if not (abs(x["ht"] - x["quantite"] * x["prix_unitaire_ht"]) <= CENT
                                           and abs(x["tva"] - x["ht"] * VAT_RATE) <= CENT
                                           and abs(x["ttc"] - x["ht"] - x["tva"]) <= CENT))
    remarks = [] if not wrong else [(f"{wrong} ligne(s) sur {len(counted)} ont un calcul faux : HT = quantité × prix "
                                    "unitaire HT, TVA = HT × taux de TVA, TTC = HT + TVA (arrondis au centime).")]
    return 1 - wrong / len(counted), remarks


def _prices(lines: list[dict], expected: dict) -> tuple[float, list[str]]:
    prices = {p: v for p, v in expected.items() if p in POSTES}
    used = {x["poste"] for x in lines if x["poste"] in prices and x["quantite"] > 0}
    if not used:
        return 0.0, ["Aucun poste chiffré des devis dans le budget."]
    wrong = sorted({x["poste"] for x in lines if x["poste"] in used
                    and abs(x["prix_unitaire_ht"] - prices[x["poste"]]) > CENT})
    remarks = [] if not wrong else [f"Prix unitaire HT à revoir pour {len(wrong)} poste(s) ("
                                    + " ; ".join(wrong) + ") : reprenez le prix du devis, et convertissez en HT "
                                    "un prix donné TTC (HT = TTC / (1 + taux de TVA))."]
    return 1 - len(wrong) / len(used), remarks


def _completeness(lines: list[dict]) -> tuple[float, list[str]]:
    present = [x for x in lines if x["ht"] > 0]
    names = {x["poste"] for x in present}
    found = [r for r in REQUIRED if (r in names if r in POSTES else any(m in names for m in MEDIA))]
    monthly = [p for p in MONTHLY if set(MONTHS) <= {x["mois"] for x in present if x["poste"] == p}]
    remarks = []
    lacking = [r for r in REQUIRED if r not in found]
    if lacking:
        remarks.append(f"{len(lacking)} famille(s) de postes obligatoire(s) manquante(s) ou à 0 € : "
                       + " ; ".join(lacking) + ".")
    if len(monthly) < len(MONTHLY):
        remarks.append(f"{len(MONTHLY) - len(monthly)} poste(s) récurrent(s) (la community manager, les "
                       "abonnements) ne sont pas budgétés chacun des six mois.")
    return (len(found) + len(monthly)) / (len(REQUIRED) + len(MONTHLY)), remarks


def _categories(lines: list[dict]) -> tuple[float, list[str]]:
    right = [x for x in lines if x["poste"] in CATEGORY_OF and x["categorie"] in CATEGORY_OF[x["poste"]]
             and (x["poste"] == PROVISION_LABEL or x["mois"] in MONTHS)]
    wrong = len(lines) - len(right)
    remarks = [] if not wrong else [(f"{wrong} ligne(s) sur {len(lines)} ont une catégorie ou un mois à revoir : "
                                    "achat d'espace = Payé ; photographe, montage, impression = Production ; "
                                    "abonnements = Outils ; community manager = Prestations ; mois « AAAA-MM ».")]
    return len(right) / len(lines), remarks


@scorer("bloc3.budget", form=BUDGET_FORM)
def score_budget(answer: Any, expected: dict) -> Outcome:
    lines = _lines(answer)
    parts: dict[str, float] = {}
    remarks: list[str] = []
    for name, (share, said) in (("calculs", _arithmetic(lines)), ("prix", _prices(lines, expected["prix_ht"])),
                                ("complétude", _completeness(lines)), ("catégories", _categories(lines))):
        parts[name] = share
        remarks += said
    provision, rest = _provision(lines)
    parts["provision"] = float(rest > 0 and abs(provision - PROVISION_RATE * rest) <= PROVISION_SLACK_EUR)
    if not parts["provision"]:
        remarks.append("La provision pour aléas n'est pas la part demandée du sous-total HT des autres lignes.")
    total = provision + rest
    parts["enveloppe"] = float(ENVELOPE_MIN_SHARE * BUDGET_EUR_HT <= total <= BUDGET_EUR_HT)
    if not parts["enveloppe"]:
        remarks.append("Le total HT, provision comprise, ne respecte pas l'enveloppe du brief : ni au-dessus, "
                       "ni à moins de 90 % de celle-ci.")
    return Outcome(sum(WEIGHTS[k] * parts[k] for k in WEIGHTS), remarks)
