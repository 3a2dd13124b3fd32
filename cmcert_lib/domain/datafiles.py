"""Reading the course's export files, with French errors a candidate understands.

Every loader goes through :func:`read_export`, so that a missing, empty,
truncated, wrongly separated or wrongly encoded file always gives the same
kind of clear message (:class:`DataFileError`) instead of a pandas traceback.
"""

from __future__ import annotations

import csv
import warnings
from collections.abc import Iterable
from pathlib import Path

import pandas as pd


class DataFileError(ValueError):
    """A data file that cannot be used; the message is French, for the candidate."""


def read_document(path: str | Path, *, what: str) -> str:
    """A text document the course ships (Markdown, UTF-8), with the same French errors as :func:`read_export`."""
    path = Path(path)
    if not path.is_file():
        raise DataFileError(f"Fichier introuvable : {path}. Vérifiez le chemin : on attendait {what}.")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise DataFileError(f"Le fichier {path.name} n'est pas encodé en UTF-8 : ce n'est pas {what}.") from None
    if not text.strip():
        raise DataFileError(f"Le fichier {path.name} est vide : ce n'est pas {what}.")
    return text


def read_export(
    path: str | Path,
    *,
    what: str,
    required: Iterable[str],
    sep: str = ",",
    encoding: str = "utf-8",
    skip_comment_lines: bool = False,
    dtype: dict | None = None,
) -> pd.DataFrame:
    """Read a CSV export and check its columns.

    ``what`` names the file for the candidate ("l'export d'écoute sociale").
    """
    path = Path(path)
    if not path.exists():
        raise DataFileError(f"Fichier introuvable : {path}. Vérifiez le chemin de {what}.")
    if path.is_dir():
        raise DataFileError(f"{path} est un dossier, pas un fichier : indiquez {what}.")
    raw = path.read_bytes()
    if not raw.strip():
        raise DataFileError(f"Le fichier {path.name} est vide : ce n'est pas {what}.")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        raise DataFileError(
            f"Le fichier {path.name} n'est pas encodé en {encoding.upper()} : "
            f"ré-exportez {what} en {encoding.upper()} (les accents en dépendent)."
        ) from None
    text = text.lstrip("\ufeff")
    if skip_comment_lines:
        text = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    required = list(required)
    header = next(csv.reader([text.splitlines()[0]], delimiter=sep)) if text.strip() else []
    if len(header) <= 1 and len(required) > 1:
        other = ";" if sep == "," else ","
        hint = (
            f" Le séparateur attendu est « {sep} » ; ce fichier semble utiliser « {other} »."
            if other in text.splitlines()[0]
            else ""
        )
        raise DataFileError(
            f"Le fichier {path.name} n'a qu'une colonne : ce n'est pas {what}.{hint}"
        )
    missing = [c for c in required if c not in header]
    if missing:
        raise DataFileError(
            f"Le fichier {path.name} ne contient pas la ou les colonnes attendues "
            f"{', '.join('« ' + c + ' »' for c in missing)} : est-ce bien {what} ?"
        )
    try:
        from io import StringIO

        # index_col=False: rows with more fields than the header must not silently become an
        # index; pandas then warns, and a damaged file is an error here, not a warning.
        with warnings.catch_warnings():
            warnings.simplefilter("error", pd.errors.ParserWarning)
            frame = pd.read_csv(StringIO(text), sep=sep, dtype=dtype, index_col=False)
    except (pd.errors.ParserError, pd.errors.ParserWarning, ValueError) as exc:
        raise DataFileError(
            f"Le fichier {path.name} est endommagé : {_where(exc)}. "
            f"Récupérez une copie intacte de {what}."
        ) from None
    if frame.empty:
        raise DataFileError(f"Le fichier {path.name} ne contient aucune ligne de données.")
    return frame


def _where(exc: Exception) -> str:
    """pandas' parser error, said in French (it names the line where it can)."""
    import re

    found = re.search(r"line (\d+), saw (\d+)", str(exc))
    if found:
        return f"la ligne {found[1]} a {found[2]} champs, plus que l'en-tête"
    return "des lignes n'ont pas le même nombre de champs que l'en-tête"


def parse_dates(frame: pd.DataFrame, column: str, fmt: str, what: str) -> pd.Series:
    """Parse a date column with the export's own format; French error on bad values."""
    parsed = pd.to_datetime(frame[column], format=fmt, errors="coerce")
    bad = frame.loc[parsed.isna() & frame[column].notna(), column]
    if len(bad):
        first = bad.iloc[0]
        raise DataFileError(
            f"{len(bad)} date(s) illisible(s) dans la colonne « {column} » de {what} "
            f"(par exemple « {first} », ligne {bad.index[0] + 2} du fichier)."
        )
    return parsed


def to_number(frame: pd.DataFrame, column: str, what: str) -> pd.Series:
    """Numbers as exported: accept French decimals ("1 234,5") as well as "1234.5"."""
    series = frame[column]
    if pd.api.types.is_numeric_dtype(series):
        return series
    cleaned = (
        series.astype("string")
        .str.replace("\u202f", "", regex=False)
        .str.replace("\xa0", "", regex=False)
        .str.replace(" ", "", regex=False)
        .str.replace(",", ".", regex=False)
    )
    numbers = pd.to_numeric(cleaned, errors="coerce")
    bad = series[numbers.isna() & series.notna()]
    if len(bad):
        raise DataFileError(
            f"Valeur non numérique « {bad.iloc[0]} » dans la colonne « {column} » de {what} "
            f"(ligne {bad.index[0] + 2} du fichier)."
        )
    return numbers
