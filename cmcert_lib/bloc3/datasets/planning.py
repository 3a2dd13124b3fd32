"""Notebook 04's files (planning and budget): the project tool's task list and the suppliers' prices."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from cmcert_lib.bloc3.datagen.planning import QUOTE_COLUMNS, QUOTES_FILE, TASK_COLUMNS, TASKS_FILE
from cmcert_lib.blocs import data_dir
from cmcert_lib.domain.datafiles import DataFileError, read_export, to_number

__all__ = ["load_quotes", "load_tasks"]

TASKS_WHAT = "l'export CSV des tâches du projet (Instagantt, point-virgule)"
QUOTES_WHAT = "la liste des devis et tarifs des prestataires (CSV point-virgule)"


def _folder(folder: str | Path | None) -> Path:
    return data_dir("bloc3") if folder is None else Path(folder)


def load_tasks(folder: str | Path | None = None) -> pd.DataFrame:
    """The tasks of the set-up's preparation: ``ID``, ``Tâche``, ``Couloir``, ``Responsable``,
    ``Durée (jours ouvrés)`` (an integer) and ``Prédécesseurs`` (« T03, T05 », empty when none)."""
    frame = read_export(_folder(folder) / TASKS_FILE, what=TASKS_WHAT, required=TASK_COLUMNS, sep=";",
                        encoding="utf-8-sig", dtype=str)
    frame = frame.loc[:, list(TASK_COLUMNS)].copy()
    frame["ID"] = frame["ID"].fillna("").str.strip()
    if (frame["ID"] == "").any():
        line = int(frame.index[frame["ID"] == ""][0]) + 2
        raise DataFileError(f"Identifiant de tâche manquant dans {TASKS_WHAT} (ligne {line} du fichier).")
    duration = to_number(frame, "Durée (jours ouvrés)", TASKS_WHAT)
    if duration.isna().any() or (duration < 0).any():
        line = int(frame.index[duration.isna() | (duration < 0)][0]) + 2
        raise DataFileError(f"Durée manquante ou négative dans {TASKS_WHAT} (ligne {line} du fichier).")
    frame["Durée (jours ouvrés)"] = duration.astype("int64")
    frame["Prédécesseurs"] = frame["Prédécesseurs"].fillna("").str.strip()
    return frame


def load_quotes(folder: str | Path | None = None) -> pd.DataFrame:
    """The suppliers' prices: ``Poste``, ``Fournisseur``, ``Unité``, ``Prix unitaire`` (a number, missing
    for media budgets left open), ``HT ou TTC``, ``Référence`` and ``Commentaire``."""
    frame = read_export(_folder(folder) / QUOTES_FILE, what=QUOTES_WHAT, required=QUOTE_COLUMNS, sep=";",
                        encoding="utf-8-sig", dtype=str)
    frame = frame.loc[:, list(QUOTE_COLUMNS)].copy()
    frame["Prix unitaire"] = to_number(frame, "Prix unitaire", QUOTES_WHAT).astype("float64")
    for column in ("Fournisseur", "Unité", "Référence", "Commentaire"):
        frame[column] = frame[column].fillna("")
    base = frame["HT ou TTC"].fillna("").str.strip().str.upper()
    if not base.isin(["HT", "TTC"]).all():
        line = int(frame.index[~base.isin(["HT", "TTC"])][0]) + 2
        raise DataFileError(f"La colonne « HT ou TTC » doit valoir HT ou TTC dans {QUOTES_WHAT} "
                            f"(ligne {line} du fichier).")
    frame["HT ou TTC"] = base
    return frame
