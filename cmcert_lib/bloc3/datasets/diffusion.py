"""Notebook 03's files (publishing and profiles): the posts' history, September's validated contents and
the brand's current profiles."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from cmcert_lib.blocs import data_dir
from cmcert_lib.domain.datafiles import DataFileError, parse_dates, read_export, to_number

__all__ = ["load_post_history", "load_profiles", "load_september_contents"]

HISTORY_FILE = "historique_publications_2026-09_2027-08.csv"
CONTENTS_FILE = "contenus_septembre_2027.csv"
PROFILES_FILE = "profils_actuels.csv"
HISTORY_COLUMNS = ("Réseau", "Date de publication", "Type", "Portée", "Interactions")


def _folder(folder: str | Path | None) -> Path:
    return data_dir("bloc3") if folder is None else Path(folder)


def load_post_history(folder: str | Path | None = None) -> pd.DataFrame:
    """A year of the brand's posts: ``Réseau``, ``Date de publication`` (Paris time, a Timestamp),
    ``Type``, ``Portée`` and ``Interactions`` (integers)."""
    what = "l'historique des publications (exports natifs des réseaux, CSV point-virgule)"
    frame = read_export(_folder(folder) / HISTORY_FILE, what=what, required=HISTORY_COLUMNS, sep=";",
                        encoding="utf-8-sig", dtype=str)
    frame = frame.loc[:, list(HISTORY_COLUMNS)].copy()
    frame["Date de publication"] = parse_dates(frame, "Date de publication", "%d/%m/%Y %H:%M", what)
    for column in ("Portée", "Interactions"):
        numbers = to_number(frame, column, what)
        if numbers.isna().any():
            line = int(frame.index[numbers.isna()][0]) + 2
            raise DataFileError(f"Valeur manquante dans la colonne « {column} » de {what} (ligne {line}).")
        frame[column] = numbers.astype("int64")
    return frame


def load_september_contents(folder: str | Path | None = None) -> pd.DataFrame:
    """The contents validated for September 2027: ``Réseau``, ``Pilier``, ``Message``, ``Lien`` (empty: none)."""
    what = "les contenus validés de septembre (CSV point-virgule)"
    frame = read_export(_folder(folder) / CONTENTS_FILE, what=what, required=("Réseau", "Pilier", "Message", "Lien"),
                        sep=";", encoding="utf-8-sig", dtype=str)
    return frame.fillna({"Lien": ""})


def load_profiles(folder: str | Path | None = None) -> pd.DataFrame:
    """The brand's profiles as they are today, one row per network (Pinterest: still to open)."""
    from cmcert_lib.bloc3.scheduling import PROFILE_COLUMNS

    what = "le relevé des profils actuels (CSV point-virgule)"
    frame = read_export(_folder(folder) / PROFILES_FILE, what=what, required=PROFILE_COLUMNS, sep=";",
                        encoding="utf-8-sig", dtype=str)
    return frame.fillna("")
