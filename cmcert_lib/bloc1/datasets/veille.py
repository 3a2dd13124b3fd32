"""The veille corpus: a news-reader export (Feedly / Inoreader-like) as a typed table."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from cmcert_lib.blocs import data_dir
from cmcert_lib.domain.datafiles import DataFileError, parse_dates, read_export, to_number

__all__ = ["load_veille"]

FILE = "veille_actualites.csv"
WHAT = "l'export de l'outil de veille (actualités)"
COLUMNS = (
    "Identifiant", "Titre", "Source", "Type de source", "URL", "Date de publication", "Extrait",
    "Réseau concerné", "Flux",
)
SOURCE_TYPES = ("Source officielle", "Presse spécialisée", "Blog", "Agrégateur", "Compte non vérifié")


def load_veille(path: str | Path | None = None) -> pd.DataFrame:
    """The news items the agency's veille tool collected up to the brief, one row each, newest first.

    Same columns as the export (``,`` separator, UTF-8): ``Identifiant`` is an
    integer, ``Date de publication`` a datetime, ``Type de source`` one of
    « Source officielle », « Presse spécialisée », « Blog », « Agrégateur »,
    « Compte non vérifié »; ``Réseau concerné`` is empty where the tool found none.
    """
    path = data_dir("bloc1") / FILE if path is None else Path(path)
    frame = read_export(path, what=WHAT, required=COLUMNS, sep=",", dtype=str)
    frame = frame.loc[:, list(COLUMNS)].copy()
    identifiers = to_number(frame, "Identifiant", WHAT)
    if identifiers.isna().any() or (identifiers % 1 != 0).any():
        line = int(frame.index[identifiers.isna() | (identifiers % 1 != 0)][0]) + 2
        raise DataFileError(f"Identifiant manquant ou non entier dans {WHAT} (ligne {line} du fichier).")
    frame["Identifiant"] = identifiers.astype("int64")
    dates = parse_dates(frame, "Date de publication", "%Y-%m-%d %H:%M", WHAT)
    if dates.isna().any():
        line = int(frame.index[dates.isna()][0]) + 2
        raise DataFileError(f"Date de publication manquante dans {WHAT} (ligne {line} du fichier).")
    frame["Date de publication"] = dates
    kinds = frame["Type de source"].fillna("").str.strip()
    unknown = kinds[~kinds.isin(SOURCE_TYPES)]
    if len(unknown):
        raise DataFileError(
            f"Type de source inconnu « {unknown.iloc[0]} » dans {WHAT} (ligne {unknown.index[0] + 2} "
            "du fichier) : types attendus " + ", ".join(f"« {k} »" for k in SOURCE_TYPES) + ".")
    frame["Type de source"] = kinds
    text_columns = ["Titre", "Source", "URL", "Extrait", "Réseau concerné", "Flux"]
    frame[text_columns] = frame[text_columns].fillna("")
    return frame
