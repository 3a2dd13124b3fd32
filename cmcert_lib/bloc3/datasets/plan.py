"""Notebook 01's data (the communication plan): the target's usage barometer and the brand's
monthly account statistics, as typed tables."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from cmcert_lib.blocs import data_dir
from cmcert_lib.domain.datafiles import DataFileError, read_export

__all__ = ["load_account_stats", "load_usages"]

USAGES_FILE = "barometre_usages_parents_30-44_2027.csv"
USAGES_WHAT = "le baromètre des usages des réseaux sociaux des parents de 30 à 44 ans"
USAGES_COLUMNS = ("Réseau", "Utilisateurs hebdomadaires (%)", "Temps quotidien (min)",
                  "Influence sur l'achat (%)", "CPM moyen estimé (€)")

STATS_FILE = "statistiques_comptes_2026-11_2027-04.csv"
STATS_WHAT = "l'export mensuel des statistiques des comptes de Maison Ondine"
STATS_COLUMNS = ("Mois", "Plateforme", "Abonnés (fin de mois)", "Couverture", "Impressions", "Interactions",
                 "Clics sur le lien", "Publications de clients (UGC)", "Messages de professionnels")


def _numbers(frame: pd.DataFrame, columns: tuple[str, ...], what: str) -> None:
    """Columns written with a decimal comma (and a space between thousands) become floats."""
    for column in columns:
        text = frame[column].fillna("").str.replace("\u202f", "").str.replace(" ", "").str.replace(",", ".")
        numbers = pd.to_numeric(text, errors="coerce")
        bad = numbers.isna()
        if bad.any():
            line = int(frame.index[bad][0]) + 2
            raise DataFileError(f"Nombre illisible « {frame.loc[frame.index[bad][0], column]} » dans la colonne "
                                f"« {column} » de {what} (ligne {line} du fichier).")
        frame[column] = numbers.astype("float64")


def load_usages(path: str | Path | None = None) -> pd.DataFrame:
    """The barometer: one row per network, the weekly users' share and the purchase influence in %
    (of the panel's parents aged 30 to 44), the daily time in minutes, the estimated CPM in euros."""
    path = data_dir("bloc3") / USAGES_FILE if path is None else Path(path)
    frame = read_export(path, what=USAGES_WHAT, required=USAGES_COLUMNS, sep=";", dtype=str,
                        skip_comment_lines=True)
    frame = frame.loc[:, list(USAGES_COLUMNS)].copy()
    _numbers(frame, USAGES_COLUMNS[1:], USAGES_WHAT)
    return frame


def load_account_stats(path: str | Path | None = None) -> pd.DataFrame:
    """The brand's statistics, one row per month and account: « Mois » is the month (a Period), the
    figures are whole numbers (followers at the end of the month, the month's reach, impressions,
    interactions, link clicks, customers' posts found with the hashtag, messages from shops)."""
    path = data_dir("bloc3") / STATS_FILE if path is None else Path(path)
    frame = read_export(path, what=STATS_WHAT, required=STATS_COLUMNS, sep=";", dtype=str)
    frame = frame.loc[:, list(STATS_COLUMNS)].copy()
    months = pd.to_datetime(frame["Mois"], format="%m/%Y", errors="coerce")
    if months.isna().any():
        line = int(frame.index[months.isna()][0]) + 2
        raise DataFileError(f"Mois illisible dans {STATS_WHAT} (ligne {line} du fichier) : « MM/AAAA » attendu.")
    frame["Mois"] = months.dt.to_period("M")
    _numbers(frame, STATS_COLUMNS[2:], STATS_WHAT)
    frame[list(STATS_COLUMNS[2:])] = frame[list(STATS_COLUMNS[2:])].astype("int64")
    return frame
