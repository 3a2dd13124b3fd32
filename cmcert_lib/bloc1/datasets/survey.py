"""The target survey (Google Forms answers export) as a typed table."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from cmcert_lib.blocs import data_dir
from cmcert_lib.domain.datafiles import DataFileError, parse_dates, read_export, to_number

__all__ = ["load_survey"]

WHAT = "l'export des réponses au questionnaire (Google Forms)"

# The form's questions, as the export heads its columns.
TIMESTAMP = "Horodateur"
AGE = "Âge"
POSTCODE = "Code postal"
JOB = "Catégorie socioprofessionnelle"
NETWORKS_USED = "Quels réseaux sociaux utilisez-vous au moins une fois par semaine ?"
DAILY_TIME = "Combien de temps passez-vous chaque jour sur les réseaux sociaux ?"
SOLID_BUYER = "Achetez-vous des cosmétiques solides ?"
BUDGET = "Budget mensuel consacré aux cosmétiques (en €)"
FIRST_CRITERION = "Votre premier critère d'achat"
WHERE_BOUGHT = "Où achetez-vous le plus souvent vos cosmétiques ?"
KNOWS_BRAND = "Connaissez-vous Maison Ondine ?"
EXPECTATIONS = "Qu'attendez-vous d'une marque de cosmétiques sur les réseaux sociaux ?"

COLUMNS = (
    TIMESTAMP,
    "Adresse e-mail",
    "Prénom",
    AGE,
    "Genre",
    POSTCODE,
    JOB,
    NETWORKS_USED,
    DAILY_TIME,
    SOLID_BUYER,
    BUDGET,
    FIRST_CRITERION,
    WHERE_BOUGHT,
    KNOWS_BRAND,
    EXPECTATIONS,
    "Acceptez-vous d'être recontacté·e ?",
)


def load_survey(path: str | Path | None = None) -> pd.DataFrame:
    """Answers to Maison Ondine's target survey, one row per respondent.

    Same columns as the export; ``Horodateur`` is a datetime, ``Âge`` an
    integer, the budget a float (empty answers are NaN) and ``Code postal``
    a string (leading zeros kept).  Other answers stay text; empty free-text
    answers are empty strings.
    """
    path = data_dir("bloc1") / "enquete_cible.csv" if path is None else Path(path)
    # Everything as text first: postcodes keep their leading zeros.
    frame = read_export(path, what=WHAT, required=COLUMNS, sep=",", dtype=str)
    frame = frame.loc[:, list(COLUMNS)].copy()
    frame[TIMESTAMP] = parse_dates(frame, TIMESTAMP, "%d/%m/%Y %H:%M:%S", WHAT)
    if frame[TIMESTAMP].isna().any():
        line = int(frame.index[frame[TIMESTAMP].isna()][0]) + 2
        raise DataFileError(f"Horodateur manquant dans {WHAT} (ligne {line} du fichier).")
    ages = to_number(frame, AGE, WHAT)
    if ages.isna().any() or (ages % 1 != 0).any():
        line = int(frame.index[ages.isna() | (ages % 1 != 0)][0]) + 2
        raise DataFileError(
            f"Âge manquant ou non entier dans {WHAT} (ligne {line} du fichier)."
        )
    frame[AGE] = ages.astype("int64")
    frame[BUDGET] = to_number(frame, BUDGET, WHAT).astype("float64")
    postcodes = frame[POSTCODE].fillna("").str.strip()
    bad = postcodes[~postcodes.str.fullmatch(r"\d{5}")]
    if len(bad):
        raise DataFileError(
            f"Code postal invalide « {bad.iloc[0]} » dans {WHAT} "
            f"(ligne {bad.index[0] + 2} du fichier) : 5 chiffres attendus."
        )
    frame[POSTCODE] = postcodes
    text_columns = [c for c in COLUMNS if c not in (TIMESTAMP, AGE, BUDGET, POSTCODE)]
    frame[text_columns] = frame[text_columns].fillna("")
    return frame
