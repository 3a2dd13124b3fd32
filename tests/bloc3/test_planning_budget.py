"""Bloc 3's notebook 04 (planning and budget): the calendar, the loaders, every scorer, the Excel export."""

from __future__ import annotations

import datetime as dt
import math
import re

import pandas as pd
import pytest
from openpyxl import load_workbook

from cmcert_lib.bloc3 import planning as lib
from cmcert_lib.bloc3.datasets import DataFileError, load_quotes, load_tasks
from cmcert_lib.checks import core
from cmcert_lib.facts.french import VAT_RATE
from cmcert_lib.facts.public_holidays import easter_sunday, public_holidays

D = dt.date


# --- the calendar ----------------------------------------------------------------------------------

def test_public_holidays_of_2027_and_easter():
    days = public_holidays(2027)
    assert len(days) == 11
    assert days[D(2027, 7, 14)] == "Fête nationale" and D(2027, 11, 11) in days and D(2027, 11, 1) in days
    assert days[D(2027, 3, 29)] == "Lundi de Pâques" and days[D(2027, 5, 6)] == "Ascension"
    assert days[D(2027, 5, 17)] == "Lundi de Pentecôte"
    assert [easter_sunday(y) for y in (2024, 2025, 2027, 2028)] == [D(2024, 3, 31), D(2025, 4, 20), D(2027, 3, 28),
                                                                    D(2028, 4, 16)]


def test_working_days_skip_weekends_and_holidays():
    assert lib.working_days(D(2027, 7, 12), 3) == [D(2027, 7, 12), D(2027, 7, 13), D(2027, 7, 15)]
    assert lib.working_days(D(2027, 7, 10), 1) == [D(2027, 7, 12)]  # a Saturday
    assert not lib.is_working_day(D(2027, 11, 11)) and lib.is_working_day(D(2027, 11, 12))


def test_predecessors_and_order():
    assert lib.predecessors("T03, T05") == ["T03", "T05"] and lib.predecessors("") == []
    assert lib.predecessors(float("nan")) == [] and lib.predecessors("T01;T02") == ["T01", "T02"]
    order = lib.topological_order({"B": ["A"], "C": ["B", "A"], "A": []})
    assert order == ["A", "B", "C"]
    with pytest.raises(ValueError, match="boucle"):
        lib.topological_order({"A": ["B"], "B": ["A"]})


# --- the loaders -----------------------------------------------------------------------------------

def test_loaders_read_the_shipped_files():
    tasks, quotes = load_tasks(), load_quotes()
    assert len(tasks) == 20 and tasks["Durée (jours ouvrés)"].dtype == "int64"
    assert tasks.loc[tasks["ID"] == "T01", "Prédécesseurs"].item() == ""
    assert set(quotes["HT ou TTC"]) == {"HT", "TTC"}
    assert quotes.loc[quotes["Poste"] == "Canva Pro", "Prix unitaire"].item() == pytest.approx(11.99)
    assert quotes["Prix unitaire"].isna().sum() == 3  # the media budgets are left open


def test_loaders_say_in_french_what_is_wrong(tmp_path):
    with pytest.raises(DataFileError, match="Fichier introuvable"):
        load_tasks(tmp_path)
    (tmp_path / "instagantt_preparation_dispositif.csv").write_text(
        "ID;Tâche;Couloir;Responsable;Durée (jours ouvrés);Prédécesseurs\nT01;A;B;C;;\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="Durée manquante"):
        load_tasks(tmp_path)
    (tmp_path / "devis_prestataires_2027.csv").write_text(
        "Poste;Fournisseur;Unité;Prix unitaire;HT ou TTC;Référence;Commentaire\nA;B;jour;1,00;HTT;;\n",
        encoding="utf-8")
    with pytest.raises(DataFileError, match="HT ou TTC"):
        load_quotes(tmp_path)


# --- the solution's answers, computed here as the notebook does ---------------------------------------

def forward_pass():
    tasks = load_tasks()
    before = {t: lib.predecessors(p) for t, p in zip(tasks["ID"], tasks["Prédécesseurs"], strict=True)}
    length = dict(zip(tasks["ID"], tasks["Durée (jours ouvrés)"], strict=True))
    days = lib.working_days(lib.PROJECT_START, 120)
    start, end = {}, {}
    for task in lib.topological_order(before):
        start[task] = max((end[p] for p in before[task]), default=0)
        end[task] = start[task] + length[task]
    return {t: (days[start[t]], days[end[t] - 1]) for t in start}


SCHEDULE = forward_pass()
EXPECTED_SCHEDULE = {t: [a.isoformat(), b.isoformat()] for t, (a, b) in SCHEDULE.items()}
CRITICAL = ["T01", "T09", "T10", "T11", "T12", "T13", "T14", "T16", "T17", "T20"]
EXPECTED_PATH = {"chemin_critique": CRITICAL, "fin_projet": "2027-08-20"}


def frame(schedule=SCHEDULE):
    return pd.DataFrame({"ID": list(schedule), "Début": [v[0] for v in schedule.values()],
                         "Fin": [v[1] for v in schedule.values()]})


def test_the_hand_checked_dates():
    assert SCHEDULE["T10"] == (D(2027, 7, 13), D(2027, 7, 16))  # 14 July is not worked
    assert SCHEDULE["T14"] == (D(2027, 8, 2), D(2027, 8, 13))
    assert SCHEDULE["T20"] == (D(2027, 8, 20), D(2027, 8, 20))


# --- 1.1 ------------------------------------------------------------------------------------------

Q1, Q2, Q3 = "bloc3.planning_dates", "bloc3.planning_chemin", "bloc3.budget"


def test_schedule_full_marks_in_other_forms():
    assert core.run_scorer(Q1, frame(), EXPECTED_SCHEDULE).fraction == 1
    texts = frame().astype(str).rename(columns={"Début": "debut", "Fin": "FIN", "ID": "id"})
    assert core.run_scorer(Q1, texts, EXPECTED_SCHEDULE).fraction == 1
    indexed = frame().set_index("ID")
    indexed[["Début", "Fin"]] = indexed[["Début", "Fin"]].apply(pd.to_datetime)
    assert core.run_scorer(Q1, indexed, EXPECTED_SCHEDULE).fraction == 1
    as_dict = {t: {"début": a.strftime("%d/%m/%Y"), "fin": b} for t, (a, b) in SCHEDULE.items()}
    assert core.run_scorer(Q1, as_dict, EXPECTED_SCHEDULE).fraction == 1
    assert core.run_scorer(Q1, {t: list(v) for t, v in SCHEDULE.items()}, EXPECTED_SCHEDULE).fraction == 1
    assert "20 tâches" in core.run_visible(Q1, frame())


def test_schedule_partial_credit_per_task():
    wrong = dict(SCHEDULE)
    wrong["T10"] = (D(2027, 7, 13), D(2027, 7, 15))  # the holiday counted as worked
    outcome = core.run_scorer(Q1, frame(wrong), EXPECTED_SCHEDULE)
    assert outcome.fraction == pytest.approx(1 - 0.5 / 20)
    assert "T10" in outcome.remarks[0] and "2027" not in " ".join(outcome.remarks)
    half = dict(list(SCHEDULE.items())[:10])
    assert core.run_scorer(Q1, frame(half), EXPECTED_SCHEDULE).fraction == pytest.approx(0.5)


def test_schedule_zero_and_hostile():
    calendar = {t: (D(2027, 7, 5), D(2027, 7, 5)) for t in SCHEDULE}
    assert core.run_scorer(Q1, frame(calendar), EXPECTED_SCHEDULE).fraction == pytest.approx(1 / 20)
    for hostile in ("T01", 42, None, [1, 2], pd.DataFrame({"ID": ["T01"], "Début": [math.nan], "Fin": ["x" * 10**5]})):
        assert core.run_scorer(Q1, hostile, EXPECTED_SCHEDULE).fraction == 0
    with pytest.raises(core.CheckFailed, match="samedi ou un dimanche"):
        core.run_visible(Q1, frame({"T01": (D(2027, 7, 3), D(2027, 7, 5))}))
    with pytest.raises(core.CheckFailed, match="T01 à T20"):
        core.run_visible(Q1, frame({"X": (D(2027, 7, 5), D(2027, 7, 5))}))


# --- 1.2 ------------------------------------------------------------------------------------------

def test_path_scores():
    assert core.run_scorer(Q2, EXPECTED_PATH, EXPECTED_PATH).fraction == 1
    other = {"Chemin critique": tuple(t.lower() for t in CRITICAL), "Fin projet": pd.Timestamp("2027-08-20")}
    assert core.run_scorer(Q2, other, EXPECTED_PATH).fraction == 1
    shuffled = {"chemin_critique": sorted(CRITICAL, reverse=True), "fin_projet": "20/08/2027"}
    assert core.run_scorer(Q2, shuffled, EXPECTED_PATH).fraction == pytest.approx(0.75 * 0.75 + 0.25)
    late = {"chemin_critique": CRITICAL, "fin_projet": "2027-08-19"}
    assert core.run_scorer(Q2, late, EXPECTED_PATH).fraction == pytest.approx(0.75)
    everything = {"chemin_critique": list(SCHEDULE), "fin_projet": "2027-08-20"}
    assert core.run_scorer(Q2, everything, EXPECTED_PATH).fraction == pytest.approx(0.75 * 10 / 20 + 0.25)
    assert core.run_scorer(Q2, {"chemin_critique": [], "fin_projet": None}, EXPECTED_PATH).fraction == 0
    for hostile in ("T01", 3.5, None, {"chemin_critique": "T01"}):
        assert core.run_scorer(Q2, hostile, EXPECTED_PATH).fraction == 0
    with pytest.raises(core.CheckFailed, match="deux fois"):
        core.run_visible(Q2, {"chemin_critique": ["T01", "T01"], "fin_projet": "2027-08-20"})


# --- 2.1 ------------------------------------------------------------------------------------------

QUOTES = load_quotes().set_index("Poste")
PRICES = {p: round(r["Prix unitaire"] / (1 + VAT_RATE) if r["HT ou TTC"] == "TTC" else r["Prix unitaire"], 4)
          for p, r in QUOTES.iterrows() if not math.isnan(r["Prix unitaire"])}
EXPECTED_BUDGET = {"prix_ht": PRICES}
PLAN = [("Community manager indépendant·e", "Prestations", dict(zip(lib.MONTHS, [6, 6, 8, 8, 5, 5], strict=True))),
        ("Photographe (demi-journée de prise de vue)", "Production", {"2027-09": 2, "2027-11": 2, "2028-01": 1}),
        ("Hootsuite Professional", "Outils", dict.fromkeys(lib.MONTHS, 1)),
        ("Canva Pro", "Outils", dict.fromkeys(lib.MONTHS, 1)),
        ("Mention Solo", "Outils", dict.fromkeys(lib.MONTHS, 1)),
        ("Impression de cartes « Scannez-nous » pour les revendeurs (lot de 500)", "Production", {"2027-10": 1})]
MEDIA = {"Achat d'espace Meta Ads (Instagram, Facebook)": dict(zip(lib.MONTHS, [700, 800, 1200, 1300, 500, 500],
                                                                   strict=True))}


def budget(prices=PRICES, plan=PLAN, media=MEDIA, rate=lib.PROVISION_RATE, vat=VAT_RATE):
    rows = [[p, c, m, q, prices[p]] for p, c, months in plan for m, q in months.items()]
    rows += [[p, "Payé", m, 1, b] for p, months in media.items() for m, b in months.items()]
    table = pd.DataFrame(rows, columns=list(lib.BUDGET_COLUMNS[:5]))
    table.loc[len(table)] = [lib.PROVISION_LABEL, "Provision", "", 1,
                             rate * (table.quantite * table.prix_unitaire_ht).sum()]
    table["ht"] = (table.quantite * table.prix_unitaire_ht).round(2)
    table["tva"] = (table.ht * vat).round(2)
    table["ttc"] = table.ht + table.tva
    return table


def test_the_test_budget_fits_the_envelope():
    total = budget()["ht"].sum()
    assert 0.9 * 24_000 <= total <= 24_000


def test_budget_full_marks_in_other_forms():
    assert core.run_scorer(Q3, budget(), EXPECTED_BUDGET).fraction == 1
    other = budget().rename(columns={"categorie": "Catégorie", "poste": "Poste"})
    other["Poste"] = other["Poste"].str.upper()
    other["mois"] = [pd.Period(m) if m else None for m in other["mois"]]
    assert core.run_scorer(Q3, other, EXPECTED_BUDGET).fraction == 1
    assert "total HT" in core.run_visible(Q3, budget())


def test_budget_partial_credit():
    ttc = dict(PRICES, **{p: QUOTES.loc[p, "Prix unitaire"] for p in ("Canva Pro", "Mention Solo")})
    outcome = core.run_scorer(Q3, budget(prices=ttc), EXPECTED_BUDGET)
    assert outcome.fraction == pytest.approx(1 - 0.2 * 2 / 6) and "TTC" in outcome.remarks[0]
    no_vat = budget(vat=0)
    assert core.run_scorer(Q3, no_vat, EXPECTED_BUDGET).fraction == pytest.approx(0.75)
    no_provision = budget(rate=0.1)
    outcome = core.run_scorer(Q3, no_provision, EXPECTED_BUDGET)
    assert outcome.fraction == pytest.approx(1 - 0.1 - 0.15)  # and the total now exceeds the envelope
    no_tools = budget(plan=PLAN[:2] + [(p, c, {"2027-09": 1}) for p, c, _ in PLAN[2:5]])
    assert core.run_scorer(Q3, no_tools, EXPECTED_BUDGET).fraction < 1
    wrong_category = budget()
    wrong_category["categorie"] = "Payé"
    # only the six media lines are « Payé »
    assert core.run_scorer(Q3, wrong_category, EXPECTED_BUDGET).fraction == pytest.approx(0.9 + 0.1 * 6 / 35)


def test_budget_zero_and_hostile():
    empty = budget()
    empty[["quantite", "ht", "tva", "ttc", "prix_unitaire_ht"]] = 0
    outcome = core.run_scorer(Q3, empty, EXPECTED_BUDGET)
    assert outcome.fraction <= 0.1 and outcome.remarks
    for hostile in ("budget", 12, None, {"poste": "x"}, pd.DataFrame({"poste": ["x"]}),
                    budget().assign(ht=math.nan), budget().assign(quantite="beaucoup"), budget().assign(ht=1e300)):
        assert core.run_scorer(Q3, hostile, EXPECTED_BUDGET).fraction == 0
    huge = pd.concat([budget()] * 20, ignore_index=True)
    assert core.run_scorer(Q3, huge, EXPECTED_BUDGET).fraction == 0
    with pytest.raises(core.CheckFailed, match="Poste\\(s\\) inconnu"):
        core.run_visible(Q3, budget().replace({"Canva Pro": "Canva"}))
    with pytest.raises(core.CheckFailed, match="Catégorie"):
        core.run_visible(Q3, budget().replace({"Outils": "Logiciels"}))


# --- the Excel export -----------------------------------------------------------------------------------

_REF = re.compile(r"(?:(\w+)!)?\$?([A-Z])\$?(\d+)")


def evaluate(book, sheet: str, ref: str):
    """A small evaluator of the formulas export_budget writes (products, sums, SUM, SUMIFS)."""
    value = book[sheet][ref].value
    if not (isinstance(value, str) and value.startswith("=")):
        return value
    formula = value[1:]
    if formula.startswith("SUMIFS("):
        total_range, criteria_range, criterion = formula[7:-1].split(",")
        (s1, c1, r1), (_, _, r2) = (_REF.match(x).groups() for x in total_range.split(":"))
        (s2, c2, _), _ = (_REF.match(x).groups() for x in criteria_range.split(":"))
        wanted = evaluate(book, sheet, criterion)
        return sum(evaluate(book, s1, f"{c1}{r}") for r in range(int(r1), int(r2) + 1)
                   if evaluate(book, s2, f"{c2}{r}") == wanted)
    if formula.startswith("SUM("):
        (s1, c1, r1), (_, _, r2) = (_REF.match(x).groups() for x in formula[4:-1].split(":"))
        return sum(evaluate(book, s1 or sheet, f"{c1}{r}") for r in range(int(r1), int(r2) + 1))
    for op in "*+":
        if op in formula:
            a, b = (evaluate(book, (m := _REF.match(x)).group(1) or sheet, m.group(2) + m.group(3))
                    for x in formula.split(op))
            return a * b if op == "*" else a + b
    raise AssertionError(formula)


def test_export_writes_formulas_that_follow_the_table(tmp_path):
    table = budget()
    path = lib.export_budget(table, tmp_path / "budget.xlsx")
    book = load_workbook(path)
    sheet = book["Budget"]
    assert sheet["F2"].value == "=D2*E2" and sheet["G2"].value == "=F2*Paramètres!$B$1"
    assert sheet["H2"].value == "=F2+G2"
    lines = len(table) - 1  # the provision is a formula, not a line
    assert sheet.max_row == lines + 1 + 4
    last = lines + 1
    total_row = last + 4
    assert sheet[f"F{last + 2}"].value == f"=SUM(F2:F{last})"
    subtotal = (table.quantite * table.prix_unitaire_ht)[:-1].sum()
    assert evaluate(book, "Budget", f"F{last + 2}") == pytest.approx(subtotal)
    assert evaluate(book, "Budget", f"F{total_row}") == pytest.approx(subtotal * (1 + lib.PROVISION_RATE))
    assert evaluate(book, "Budget", f"H{total_row}") == pytest.approx(table.ht.sum() * (1 + VAT_RATE), abs=0.05)
    months = book["Par mois"]
    by_month = table[:-1].groupby("mois").ht.sum()
    for row, month in enumerate(lib.MONTHS, start=2):
        assert months[f"A{row}"].value == month
        assert evaluate(book, "Par mois", f"B{row}") == pytest.approx(by_month[month], abs=0.05)
    assert evaluate(book, "Par mois", "B8") == pytest.approx(subtotal)


def test_export_follows_the_rates_of_the_parameters_sheet(tmp_path):
    book = load_workbook(lib.export_budget(budget(), tmp_path / "b.xlsx", vat_rate=0.1))
    assert book["Paramètres"]["B1"].value == 0.1
    assert evaluate(book, "Budget", "G2") == pytest.approx(book["Budget"]["D2"].value * book["Budget"]["E2"].value
                                                           * 0.1)


def test_export_reads_other_spellings_of_the_table(tmp_path):
    table = budget().rename(columns={"poste": "Poste", "prix_unitaire_ht": "Prix unitaire HT"})
    table["mois"] = [pd.Timestamp(m + "-15") if m else pd.NaT for m in table["mois"]]
    book = load_workbook(lib.export_budget(table, tmp_path / "b.xlsx"))
    assert book["Budget"]["C2"].value == "2027-09"
    assert lib.month_text(pd.Period("2028-01")) == "2028-01" and lib.month_text("septembre") == "septembre"
    with pytest.raises(ValueError, match="« quantite »"):
        lib.export_budget(table.drop(columns="quantite"), tmp_path / "c.xlsx")
