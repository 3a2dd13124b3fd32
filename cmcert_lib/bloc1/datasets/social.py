"""The benchmark post export and the social-listening export, as typed tables."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from cmcert_lib.blocs import data_dir
from cmcert_lib.domain.datafiles import DataFileError, parse_dates, read_export, to_number

__all__ = ["load_mentions", "load_posts"]

POSTS_WHAT = "l'export de l'outil de benchmark (publications des marques)"
MENTIONS_WHAT = "l'export d'écoute sociale (mentions)"

POST_COLUMNS = (
    "Marque", "Réseau", "Compte", "Date de publication", "Format", "Texte", "Abonnés",
    "Portée", "Impressions", "J'aime", "Commentaires", "Partages", "Enregistrements",
    "Lien de la publication",
)
# Counts every post has; "Enregistrements" is left empty where a network does not report it.
POST_COUNTS = ("Abonnés", "Portée", "Impressions", "J'aime", "Commentaires", "Partages")
MENTION_COLUMNS = (
    "Date", "Source", "Auteur", "Texte", "URL", "Portée estimée", "Sentiment", "Alerte", "Langue",
)
SENTIMENTS = ("positif", "neutre", "négatif")


def _read(path: Path, what: str, columns: tuple[str, ...], sep: str) -> pd.DataFrame:
    frame = read_export(path, what=what, required=columns, sep=sep, dtype=str)
    # When every row has more fields than the header, pandas silently turns the
    # first columns into an index instead of failing: that file is damaged too.
    if not isinstance(frame.index, pd.RangeIndex):
        raise DataFileError(
            f"Le fichier {path.name} est endommagé : ses lignes ont plus de champs que "
            f"l'en-tête. Récupérez une copie intacte de {what}."
        )
    return frame.loc[:, list(columns)].copy()


def _integers(frame: pd.DataFrame, column: str, what: str) -> pd.Series:
    numbers = to_number(frame, column, what)
    bad = numbers.isna() | (numbers % 1 != 0)
    if bad.any():
        raise DataFileError(
            f"Valeur manquante ou non entière dans la colonne « {column} » de {what} "
            f"(enregistrement n° {int(frame.index[bad][0]) + 1})."
        )
    return numbers.astype("int64")


def _dates(frame: pd.DataFrame, column: str, fmt: str, what: str) -> pd.Series:
    dates = parse_dates(frame, column, fmt, what)
    if dates.isna().any():
        raise DataFileError(
            f"Date manquante dans la colonne « {column} » de {what} "
            f"(enregistrement n° {int(frame.index[dates.isna()][0]) + 1})."
        )
    return dates


def load_posts(path: str | Path | None = None) -> pd.DataFrame:
    """Posts of Maison Ondine and its competitors, one row per post.

    The file is the benchmarking tool's export (``;`` separator, UTF-8 with
    BOM, ``dd/mm/yyyy HH:MM`` dates).  Same columns as the export;
    ``Date de publication`` is a datetime, the counts are integers and
    ``Enregistrements`` a float (NaN where the network does not report saves:
    Facebook and LinkedIn).
    """
    path = data_dir("bloc1") / "benchmark_publications.csv" if path is None else Path(path)
    frame = _read(path, POSTS_WHAT, POST_COLUMNS, ";")
    frame["Date de publication"] = _dates(frame, "Date de publication", "%d/%m/%Y %H:%M",
                                          POSTS_WHAT)
    for column in POST_COUNTS:
        frame[column] = _integers(frame, column, POSTS_WHAT)
    frame["Enregistrements"] = to_number(frame, "Enregistrements", POSTS_WHAT).astype("float64")
    text_columns = ["Marque", "Réseau", "Compte", "Format", "Texte", "Lien de la publication"]
    frame[text_columns] = frame[text_columns].fillna("")
    return frame


def load_mentions(path: str | Path | None = None) -> pd.DataFrame:
    """Mentions of the five monitored brands collected by the listening tool, one row each.

    Same columns as the export (``,`` separator, UTF-8); ``Date`` is a
    datetime, ``Portée estimée`` an integer, ``Sentiment`` one of
    « positif », « neutre », « négatif » and ``Alerte`` the monitored brand.
    """
    path = data_dir("bloc1") / "ecoute_sociale_mentions.csv" if path is None else Path(path)
    frame = _read(path, MENTIONS_WHAT, MENTION_COLUMNS, ",")
    frame["Date"] = _dates(frame, "Date", "%Y-%m-%d %H:%M:%S", MENTIONS_WHAT)
    frame["Portée estimée"] = _integers(frame, "Portée estimée", MENTIONS_WHAT)
    sentiment = frame["Sentiment"].fillna("").str.strip()
    unknown = sentiment[~sentiment.isin(SENTIMENTS)]
    if len(unknown):
        raise DataFileError(
            f"Sentiment inconnu « {unknown.iloc[0]} » dans {MENTIONS_WHAT} "
            f"(enregistrement n° {int(unknown.index[0]) + 1}) : valeurs attendues "
            + ", ".join(f"« {s} »" for s in SENTIMENTS) + "."
        )
    frame["Sentiment"] = sentiment
    text_columns = ["Source", "Auteur", "Texte", "URL", "Alerte", "Langue"]
    frame[text_columns] = frame[text_columns].fillna("")
    return frame
