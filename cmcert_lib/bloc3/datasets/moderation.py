"""Notebook 02's files (community and moderation): Agorapulse's inbox export and Mention's daily statistics."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from cmcert_lib.blocs import data_dir
from cmcert_lib.domain.datafiles import DataFileError, parse_dates, read_export, to_number

__all__ = ["load_daily_mentions", "load_inbox"]

INBOX_FILE = "agorapulse_boite-de-reception_2027-04-06_2027-04-30.csv"
MENTIONS_FILE = "mention_statistiques_maison-ondine_2026-12-01_2027-04-30.csv"
INBOX_COLUMNS = ("ID", "Date", "Réseau", "Type", "Auteur", "Message", "Publication", "Pièce jointe", "Traité le")
MENTIONS_COLUMNS = ("Date", "Mentions", "Positif", "Neutre", "Négatif", "Portée estimée")
INBOX_WHAT = "l'export de la boîte de réception Agorapulse (CSV point-virgule)"
MENTIONS_WHAT = "l'export des statistiques quotidiennes de Mention (CSV point-virgule)"


def _folder(folder: str | Path | None) -> Path:
    return data_dir("bloc3") if folder is None else Path(folder)


def load_inbox(folder: str | Path | None = None) -> pd.DataFrame:
    """The comments and private messages received from 6 to 30 April 2027 (Agorapulse's inbox export).

    One row per item: ``ID``, ``Date`` (received, Paris time), ``Réseau``, ``Type`` (« Commentaire » or
    « Message privé »), ``Auteur``, ``Message``, ``Publication`` (the post commented on), ``Pièce jointe``
    (« Photo » or empty), ``Traité le`` (answered, hidden or deleted; NaT when not handled).
    """
    path = _folder(folder) / INBOX_FILE
    frame = read_export(path, what=INBOX_WHAT, required=INBOX_COLUMNS, sep=";", encoding="utf-8-sig", dtype=str)
    frame = frame.loc[:, list(INBOX_COLUMNS)].copy()
    if frame["ID"].isna().any() or frame["ID"].duplicated().any():
        raise DataFileError(f"Identifiant manquant ou en double dans {INBOX_WHAT}.")
    for column in ("Message", "Publication", "Pièce jointe", "Auteur"):
        frame[column] = frame[column].fillna("")
    frame["Date"] = parse_dates(frame, "Date", "%d/%m/%Y %H:%M", INBOX_WHAT)
    if frame["Date"].isna().any():
        raise DataFileError(f"Date de réception manquante dans {INBOX_WHAT}.")
    frame["Traité le"] = parse_dates(frame, "Traité le", "%d/%m/%Y %H:%M", INBOX_WHAT)
    return frame


def load_daily_mentions(folder: str | Path | None = None) -> pd.DataFrame:
    """Mention's daily statistics of the alert « Maison Ondine », 1 December 2026 to 30 April 2027.

    One row per day: ``Date``, ``Mentions`` (all mentions of the day), ``Positif``, ``Neutre``, ``Négatif``
    (by Mention's sentiment; they add up to ``Mentions``) and ``Portée estimée``.
    """
    path = _folder(folder) / MENTIONS_FILE
    frame = read_export(path, what=MENTIONS_WHAT, required=MENTIONS_COLUMNS, sep=";", encoding="utf-8-sig",
                        dtype=str)
    frame = frame.loc[:, list(MENTIONS_COLUMNS)].copy()
    frame["Date"] = parse_dates(frame, "Date", "%d/%m/%Y", MENTIONS_WHAT)
    for column in MENTIONS_COLUMNS[1:]:
        numbers = to_number(frame, column, MENTIONS_WHAT)
        if numbers.isna().any():
            line = int(frame.index[numbers.isna()][0]) + 2
            raise DataFileError(f"Nombre manquant dans la colonne « {column} » de {MENTIONS_WHAT} "
                                f"(ligne {line} du fichier).")
        frame[column] = numbers.astype("int64")
    return frame
