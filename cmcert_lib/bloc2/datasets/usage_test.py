"""The usage test of « Petite Vague » (Google Forms answers export) as a typed table."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from cmcert_lib.blocs import data_dir
from cmcert_lib.domain.datafiles import DataFileError, parse_dates, read_export

__all__ = ["load_usage_test"]

FILE = "test_usage_petite_vague.csv"
WHAT = "l'export des réponses au questionnaire du test d'usage (Google Forms)"

# The form's questions, as the export heads its columns.
TIMESTAMP = "Horodateur"
FAMILY = "Code famille (inscrit sur la carte jointe au colis)"
AGE = "Âge de l'enfant qui a testé Petite Vague (en années)"
HAIR = "Type de cheveux de l'enfant"
WASHES = "Combien de lavages avez-vous faits avec Petite Vague pendant les trois semaines ?"
WEIGHT = "Poids du pain à la fin du test, en grammes (pesez-le sur une balance de cuisine)"
_GRID = "Êtes-vous d'accord avec les affirmations suivantes ?"
FOAM = f"{_GRID} [La mousse est suffisante]"
DETANGLE = f"{_GRID} [Les cheveux se démêlent facilement après le lavage]"
SCENT = f"{_GRID} [Le parfum est agréable]"
HANDLING = f"{_GRID} [Mon enfant se sert du pain sans difficulté]"
SATISFACTION = "Dans l'ensemble, êtes-vous satisfait·e de Petite Vague ?"
REBUY = "Achèteriez-vous Petite Vague à 12 € à sa sortie ?"
COMMENT = "Un commentaire, une suggestion ?"

GRID = (FOAM, DETANGLE, SCENT, HANDLING)
COLUMNS = (TIMESTAMP, FAMILY, AGE, HAIR, WASHES, WEIGHT, *GRID, SATISFACTION, REBUY, COMMENT)

# The answers the form offers, in its order.
HAIR_TYPES = ("Raides", "Ondulés", "Bouclés", "Frisés ou crépus")
AGREEMENT = ("Pas du tout d'accord", "Plutôt pas d'accord", "Ni d'accord ni pas d'accord", "Plutôt d'accord",
             "Tout à fait d'accord")
SATISFACTION_LEVELS = ("Très satisfait·e", "Plutôt satisfait·e", "Plutôt pas satisfait·e",
                       "Pas du tout satisfait·e")
REBUY_LEVELS = ("Oui, certainement", "Oui, probablement", "Non, probablement pas", "Non, certainement pas")
BAR_WEIGHT_G = 60  # the bar's weight when new (brief: « pain de 60 g »)


def _grams(value: object) -> float:
    """« 41 », « 41,5 », « 41 g », « 41.5g » -> 41.5; an empty answer -> NaN."""
    text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    text = text.strip().lower().removesuffix("grammes").removesuffix("g").strip().replace(",", ".")
    return float(text) if text else float("nan")


def load_usage_test(path: str | Path | None = None) -> pd.DataFrame:
    """Answers to the usage test of Petite Vague, one row per family (120 families).

    Same columns as the export; ``Horodateur`` is a datetime, the child's age and the number of
    washes are integers, the bar's weight at the end a float in grams (NaN when the family did not
    weigh it: the answer was optional). The other answers stay text; an empty comment is "".
    """
    path = data_dir("bloc2") / FILE if path is None else Path(path)
    frame = read_export(path, what=WHAT, required=COLUMNS, sep=",", dtype=str)
    frame = frame.loc[:, list(COLUMNS)].copy()
    frame[TIMESTAMP] = parse_dates(frame, TIMESTAMP, "%d/%m/%Y %H:%M:%S", WHAT)
    for column in (AGE, WASHES):
        numbers = pd.to_numeric(frame[column].str.strip(), errors="coerce")
        bad = numbers.isna() | (numbers % 1 != 0)
        if bad.any():
            line = int(frame.index[bad][0]) + 2
            raise DataFileError(f"Nombre entier attendu dans la colonne « {column} » de {WHAT} "
                                f"(ligne {line} du fichier).")
        frame[column] = numbers.astype("int64")
    try:
        frame[WEIGHT] = frame[WEIGHT].map(_grams).astype("float64")
    except ValueError:
        bad_rows = [i for i, v in frame[WEIGHT].items() if not _is_grams(v)]
        raise DataFileError(f"Poids illisible « {frame.loc[bad_rows[0], WEIGHT]} » dans {WHAT} "
                            f"(ligne {bad_rows[0] + 2} du fichier) : un nombre de grammes attendu.") from None
    text_columns = [c for c in COLUMNS if c not in (TIMESTAMP, AGE, WASHES, WEIGHT)]
    frame[text_columns] = frame[text_columns].fillna("")
    return frame


def _is_grams(value: object) -> bool:
    try:
        _grams(value)
    except ValueError:
        return False
    return True
