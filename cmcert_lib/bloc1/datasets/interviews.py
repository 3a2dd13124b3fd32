"""The interviews with customers and prospects: the verbatims table and the transcripts."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from cmcert_lib.blocs import data_dir
from cmcert_lib.domain.datafiles import DataFileError, parse_dates, read_document, read_export, to_number

__all__ = ["load_interviews", "load_interviews_document"]

WHAT = "le tableau des verbatims des entretiens"
DOCUMENT_WHAT = "le document des entretiens"
TABLE = "entretiens_verbatims.csv"
DOCUMENT = "entretiens_cible.md"

COLUMNS = (
    "Entretien", "Date", "Participant·e", "Âge", "Ville", "Profil",
    "Achète des cosmétiques solides", "Thème", "Question", "Verbatim",
)
THEMES = (
    "Réseaux sociaux", "Inspiration beauté", "Prix", "Confiance et transparence",
    "Composition et peau", "Famille et enfants", "Achat local", "Usage du solide",
)


def load_interviews(path: str | Path | None = None) -> pd.DataFrame:
    """The interviews' verbatims, one row per verbatim coded with one theme.

    Same columns as the file (``;`` separator, UTF-8 with BOM); ``Date`` is a
    datetime (the interview's day), ``Âge`` an integer, ``Thème`` one of
    :data:`THEMES`.  An answer that touches two themes is cut into two
    verbatims: count people with ``nunique``, not rows.
    """
    path = data_dir("bloc1") / TABLE if path is None else Path(path)
    frame = read_export(path, what=WHAT, required=COLUMNS, sep=";", encoding="utf-8", dtype=str)
    frame = frame.loc[:, list(COLUMNS)].copy()
    frame["Date"] = parse_dates(frame, "Date", "%d/%m/%Y", WHAT)
    ages = to_number(frame, "Âge", WHAT)
    missing = frame["Date"].isna() | ages.isna() | (ages % 1 != 0)
    if missing.any():
        line = int(frame.index[missing][0]) + 2
        raise DataFileError(f"Date ou âge manquant dans {WHAT} (ligne {line} du fichier).")
    frame["Âge"] = ages.astype("int64")
    text_columns = [c for c in COLUMNS if c not in ("Date", "Âge")]
    frame[text_columns] = frame[text_columns].fillna("").apply(lambda column: column.str.strip())
    unknown = frame.loc[~frame["Thème"].isin(THEMES), "Thème"]
    if len(unknown):
        raise DataFileError(
            f"Thème inconnu « {unknown.iloc[0]} » dans {WHAT} (ligne {int(unknown.index[0]) + 2} du "
            "fichier) : thèmes attendus " + ", ".join(f"« {t} »" for t in THEMES) + "."
        )
    if (frame["Verbatim"] == "").any():
        line = int(frame.index[frame["Verbatim"] == ""][0]) + 2
        raise DataFileError(f"Verbatim vide dans {WHAT} (ligne {line} du fichier).")
    return frame


def load_interviews_document(path: str | Path | None = None) -> str:
    """The interviews' transcripts, as the Markdown document the course ships (method, guide, six interviews)."""
    path = data_dir("bloc1") / DOCUMENT if path is None else Path(path)
    return read_document(path, what=DOCUMENT_WHAT)
