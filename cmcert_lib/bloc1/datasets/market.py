"""The market study (a fictional usage barometer): its text and its tables as typed DataFrames."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from cmcert_lib.blocs import data_dir
from cmcert_lib.domain.datafiles import DataFileError, read_export, to_number

__all__ = ["MarketStudy", "load_market_study"]

TEXT_FILE = "etude_marche_cosmetiques_solides_2026.md"
CSV_FILE = "etude_marche_cosmetiques_solides_2026.csv"
WHAT = "l'export des tableaux de l'étude de marché (baromètre des cosmétiques solides)"
TEXT_WHAT = "le texte de l'étude de marché"

CSV_COLUMNS = (
    "N° tableau", "Tableau", "Dimension", "Modalité", "Sous-dimension", "Sous-modalité",
    "Indicateur", "Valeur", "Base (effectif)", "Source",
)
BASE = "Base (effectif)"


@dataclass(frozen=True)
class MarketStudy:
    """The study as a candidate uses it.

    ``text`` is the Markdown a candidate reads (shown as such in a notebook);
    ``tables`` maps each table's number (1, 2, ...) to a DataFrame whose first
    columns are the table's dimensions (« Année », « Marque », « Tranche d'âge »,
    « Réseau »...) and the others its indicators, with « Base (effectif) » where the
    figures come from the survey; ``titles`` maps the same numbers to the titles.
    """

    text: str
    tables: dict[int, pd.DataFrame] = field(repr=False)
    titles: dict[int, str]

    def table(self, number: int) -> pd.DataFrame:
        """A copy of table ``number``, with a French error for a table the study does not have."""
        if number not in self.tables:
            known = ", ".join(str(n) for n in sorted(self.tables))
            raise KeyError(f"L'étude n'a pas de tableau n° {number!r} : tableaux disponibles {known}.")
        return self.tables[number].copy()

    def _repr_markdown_(self) -> str:
        return self.text


def _whole(series: pd.Series) -> pd.Series:
    """A dimension written with digits only (years) becomes integers; any other stays text."""
    if series.str.fullmatch(r"\d+").all():
        return series.astype("int64")
    return series


def _table(rows: pd.DataFrame) -> pd.DataFrame:
    dimension = rows["Dimension"].iloc[0]
    sub_dimension = rows["Sous-dimension"].iloc[0]
    keys = ["Modalité"] + (["Sous-modalité"] if sub_dimension else [])
    order = list(dict.fromkeys(map(tuple, rows[keys].to_numpy().tolist())))
    indicators = list(dict.fromkeys(rows["Indicateur"]))
    wide = rows.pivot_table(index=keys, columns="Indicateur", values="Valeur", aggfunc="first", sort=False)
    wide = wide.reindex(index=pd.MultiIndex.from_tuples(order) if len(keys) > 1 else [k[0] for k in order],
                        columns=indicators)
    wide.columns.name = None
    if rows[BASE].notna().any():
        bases = rows.drop_duplicates(keys).set_index(keys)[BASE]
        wide[BASE] = bases.reindex(wide.index).astype("Int64")
    names = [dimension] + ([sub_dimension] if sub_dimension else [])
    wide.index.names = names
    frame = wide.reset_index()
    for name in names:
        frame[name] = _whole(frame[name].astype(str))
    return frame


def load_market_study(folder: str | Path | None = None) -> MarketStudy:
    """The 2026 barometer of the French solid-cosmetics market (fictional, made for the course).

    Reads ``etude_marche_cosmetiques_solides_2026.md`` (the text) and
    ``etude_marche_cosmetiques_solides_2026.csv`` (its tables, one row per figure:
    ``;`` separator, UTF-8 with BOM, decimal commas) from ``folder``, the course's
    data by default.  See :class:`MarketStudy`.
    """
    folder = data_dir("bloc1") if folder is None else Path(folder)
    text_path = folder / TEXT_FILE
    if not text_path.is_file():
        raise DataFileError(f"Fichier introuvable : {text_path}. Vérifiez le chemin de {TEXT_WHAT}.")
    try:
        text = text_path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise DataFileError(f"Le fichier {text_path.name} n'est pas encodé en UTF-8 : ce n'est pas "
                            f"{TEXT_WHAT}.") from None
    frame = read_export(folder / CSV_FILE, what=WHAT, required=CSV_COLUMNS, sep=";", dtype=str)
    frame = frame.loc[:, list(CSV_COLUMNS)].copy()
    numbers = to_number(frame, "N° tableau", WHAT)
    if numbers.isna().any() or (numbers % 1 != 0).any():
        line = int(frame.index[numbers.isna() | (numbers % 1 != 0)][0]) + 2
        raise DataFileError(f"Numéro de tableau manquant ou non entier dans {WHAT} (ligne {line} du fichier).")
    frame["N° tableau"] = numbers.astype("int64")
    frame["Valeur"] = to_number(frame, "Valeur", WHAT).astype("float64")
    if frame["Valeur"].isna().any():
        line = int(frame.index[frame["Valeur"].isna()][0]) + 2
        raise DataFileError(f"Valeur manquante dans {WHAT} (ligne {line} du fichier).")
    frame[BASE] = to_number(frame, BASE, WHAT)
    text_columns = [c for c in CSV_COLUMNS if c not in ("N° tableau", "Valeur", BASE)]
    frame[text_columns] = frame[text_columns].fillna("")
    tables, titles = {}, {}
    for number, rows in frame.groupby("N° tableau", sort=True):
        tables[int(number)] = _table(rows)
        titles[int(number)] = rows["Tableau"].iloc[0]
    return MarketStudy(text=text, tables=tables, titles=titles)
