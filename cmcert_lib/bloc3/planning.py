"""Building blocks of Bloc 3's notebook 04: working days, task order, the Gantt chart and the Excel budget.

The candidate computes the schedule (forward pass), the critical path and the budget; this module only
offers the calendar (French public holidays from :mod:`cmcert_lib.facts.public_holidays`), the tasks'
order, the chart and the workbook written from the candidate's own table, with formulas a client can
follow.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from cmcert_lib.checks.core import label_key
from cmcert_lib.facts import french
from cmcert_lib.facts.brand import PALETTE, PLAN_START
from cmcert_lib.facts.public_holidays import is_public_holiday

PROJECT_START = dt.date(2027, 7, 5)  # the Monday after the committee's « go » of 1 July 2027
PROVISION_RATE = 0.05  # the provision for contingencies, a share of the budget's HT sub-total
PROVISION_LABEL = "Provision pour aléas"
BUDGET_COLUMNS = ("poste", "categorie", "mois", "quantite", "prix_unitaire_ht", "ht", "tva", "ttc")
MONTHS = ("2027-09", "2027-10", "2027-11", "2027-12", "2028-01", "2028-02")


def is_working_day(day: dt.date) -> bool:
    """Monday to Friday, and not a French public holiday."""
    day = pd.Timestamp(day).date()
    return day.weekday() < 5 and not is_public_holiday(day)


def working_days(start: dt.date, count: int) -> list[dt.date]:
    """The first ``count`` working days from ``start`` (included when it is one)."""
    day, days = pd.Timestamp(start).date(), []
    while len(days) < count:
        if is_working_day(day):
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def predecessors(text: Any) -> list[str]:
    """« T03, T05 » -> ["T03", "T05"]; an empty cell -> []."""
    if text is None or (isinstance(text, float) and pd.isna(text)):
        return []
    return [part.strip() for part in str(text).replace(";", ",").split(",") if part.strip()]


def topological_order(preds: Mapping[str, Iterable[str]]) -> list[str]:
    """The tasks ordered so that each comes after its predecessors (ValueError on a cycle)."""
    order: list[str] = []
    placed: set[str] = set()
    remaining = {task: list(before) for task, before in preds.items()}
    while remaining:
        ready = [task for task, before in remaining.items() if all(b in placed for b in before)]
        if not ready:
            raise ValueError("Les dépendances forment une boucle : " + ", ".join(sorted(remaining)))
        for task in ready:
            order.append(task)
            placed.add(task)
            del remaining[task]
    return order


def draw_gantt(schedule: pd.DataFrame, critical: Iterable[str], path: str | Path,
               labels: Mapping[str, str] | None = None, deadline: dt.date = PLAN_START):
    """The Gantt chart of ``schedule`` (columns ID, Début, Fin), the critical tasks in Corail, the go-live
    ``deadline`` as a dashed line, saved as PNG."""
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    critical = set(critical)
    frame = schedule.copy()
    frame["Début"] = pd.to_datetime(frame["Début"])
    frame["Fin"] = pd.to_datetime(frame["Fin"])
    frame = frame.sort_values(["Début", "ID"]).reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(12, 0.38 * len(frame) + 1.6), dpi=100)
    for row, task in frame.iterrows():
        colour = PALETTE["Corail"] if task["ID"] in critical else PALETTE["Goémon"]
        width = (task["Fin"] - task["Début"]).days + 1
        ax.barh(row, width, left=mdates.date2num(task["Début"]), height=0.6, color=colour)
    names = [_short(f"{t} · {(labels or {}).get(t, '')}") for t in frame["ID"]]
    ax.axvline(mdates.date2num(pd.Timestamp(deadline)), color=PALETTE["Bleu marine"], linestyle="--")
    ax.text(mdates.date2num(pd.Timestamp(deadline)), 1.01, f"Démarrage {deadline:%d/%m}", ha="center",
            fontsize=8, color=PALETTE["Bleu marine"], transform=ax.get_xaxis_transform())
    ax.set_yticks(range(len(frame)), names, fontsize=8)
    ax.invert_yaxis()
    ax.xaxis_date()
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d/%m"))
    ax.grid(axis="x", alpha=0.3)
    ax.set_title("Préparation du dispositif — en Corail, le chemin critique", loc="left")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return fig


def month_text(value: Any) -> str:
    """« 2027-09 » for a monthly Period, a date or Timestamp of the month, or such a text; the text otherwise."""
    if isinstance(value, (pd.Timestamp, dt.date)):
        return f"{value.year:04d}-{value.month:02d}"
    return "" if value is None or value is pd.NaT else str(value)[:7] if str(value)[:4].isdigit() else str(value)


def _short(text: str, size: int = 60) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def export_budget(budget: pd.DataFrame, path: str | Path, vat_rate: float = french.VAT_RATE,
                  provision_rate: float = PROVISION_RATE) -> Path:
    """Write the budget table as an Excel workbook whose amounts are formulas.

    Sheet « Budget »: one row per line (poste, catégorie, mois, quantité, prix unitaire HT), the HT
    (=D*E), the VAT (=F*taux) and the TTC (=F+G); then the sub-total (SUM), the provision (sub-total ×
    its rate) and the total. The rates are cells of the sheet « Paramètres ». Sheet « Par mois »: HT, TVA
    and TTC of each month (SUMIFS). The provision line of the table, if any, is the provision formula.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font

    columns = {label_key(c).replace(" ", "_"): c for c in budget.columns if isinstance(c, str)}
    missing = [c for c in BUDGET_COLUMNS[:5] if c not in columns]
    if missing:
        raise ValueError("Le budget n'a pas la ou les colonnes " + ", ".join(f"« {c} »" for c in missing)
                         + " : le classeur ne peut pas être écrit.")
    lines = budget.loc[:, [columns[c] for c in BUDGET_COLUMNS[:5]]].copy()
    lines.columns = list(BUDGET_COLUMNS[:5])
    lines = lines[[label_key(p) != label_key(PROVISION_LABEL) for p in lines["poste"]]]
    book = Workbook()
    params = book.active
    params.title = "Paramètres"
    params.append(["Taux de TVA", vat_rate])
    params.append(["Provision pour aléas (part du sous-total HT)", provision_rate])
    sheet = book.create_sheet("Budget", 0)
    sheet.append(["Poste", "Catégorie", "Mois", "Quantité", "Prix unitaire HT (€)", "Total HT (€)", "TVA (€)",
                  "Total TTC (€)"])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row, line in enumerate(lines.itertuples(index=False), start=2):
        sheet.append([str(line[0]), str(line[1]), month_text(line[2]), float(line[3]), float(line[4]),
                      f"=D{row}*E{row}", f"=F{row}*Paramètres!$B$1", f"=F{row}+G{row}"])
    last = sheet.max_row
    sub, prov, total = last + 2, last + 3, last + 4
    for row, label in ((sub, "Sous-total"), (prov, PROVISION_LABEL), (total, "Total")):
        sheet.cell(row, 1, label).font = Font(bold=True)
    for col in "FGH":
        sheet[f"{col}{sub}"] = f"=SUM({col}2:{col}{last})"
        sheet[f"{col}{prov}"] = f"={col}{sub}*Paramètres!$B$2"
        sheet[f"{col}{total}"] = f"={col}{sub}+{col}{prov}"
    for row in sheet.iter_rows(min_row=2, min_col=5, max_col=8):
        for cell in row:
            cell.number_format = "#,##0.00 €"
    months = book.create_sheet("Par mois", 1)
    months.append(["Mois", "Total HT (€)", "TVA (€)", "Total TTC (€)"])
    for row, month in enumerate(MONTHS, start=2):
        months.append([month] + [f'=SUMIFS(Budget!{col}$2:{col}${last},Budget!$C$2:$C${last},A{row})'
                                 for col in "FGH"])
    end = len(MONTHS) + 1
    months.append(["Total hors provision"] + [f"=SUM({col}2:{col}{end})" for col in "BCD"])
    for column, width in zip("ABCDEFGH", (58, 14, 10, 10, 20, 14, 12, 14), strict=True):
        sheet.column_dimensions[column].width = width
    path = Path(path)
    book.save(path)
    return path

# The budget's categories: the three POEM families of media, then what makes or serves the set-up.
CATEGORIES = ("Payé", "Possédé", "Gagné", "Production", "Outils", "Prestations", "Provision")
