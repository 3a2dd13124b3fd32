"""The vertical video's material: the still frames of the shoot and the intern's draft subtitles."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from cmcert_lib.blocs import data_dir
from cmcert_lib.domain.datafiles import DataFileError, read_export, to_number

__all__ = ["load_draft_subtitles", "load_stills"]

FOLDER = "video"
STILLS = "planches.csv"  # the list of the stills, one row each
DRAFT = "sous_titres_brouillon.srt"
STILLS_WHAT = "la liste des images du tournage"
DRAFT_WHAT = "le brouillon des sous-titres"
STILL_COLUMNS = ("Fichier", "Largeur (px)", "Hauteur (px)", "Ce que montre l'image")


def video_dir() -> Path:
    """The folder of the stills and the draft (``cmcert_lib/bloc2/data/video``)."""
    return data_dir("bloc2") / FOLDER


def load_stills(path: str | Path | None = None) -> pd.DataFrame:
    """The stills of the 18 January shoot chosen for the video, one row each.

    Columns: ``Fichier`` (the PNG's name, in the same folder as the list), ``Largeur (px)`` and
    ``Hauteur (px)`` (integers), ``Ce que montre l'image``, and ``Chemin`` (the full path of the PNG).
    """
    path = video_dir() / STILLS if path is None else Path(path)
    frame = read_export(path, what=STILLS_WHAT, required=STILL_COLUMNS, sep=";", dtype=str)
    frame = frame.loc[:, list(STILL_COLUMNS)].copy()
    for column in ("Largeur (px)", "Hauteur (px)"):
        values = to_number(frame, column, STILLS_WHAT)
        bad = values.isna() | (values <= 0) | (values % 1 != 0)
        if bad.any():
            line = int(frame.index[bad][0]) + 2
            raise DataFileError(f"{column} manquante ou invalide dans {STILLS_WHAT} (ligne {line} du fichier).")
        frame[column] = values.astype("int64")
    frame["Chemin"] = [str(path.parent / name) for name in frame["Fichier"]]
    missing = [name for name, full in zip(frame["Fichier"], frame["Chemin"], strict=True) if not Path(full).is_file()]
    if missing:
        raise DataFileError(f"Image introuvable : {missing[0]} (elle doit être dans le dossier de {STILLS_WHAT}).")
    return frame


def load_draft_subtitles(path: str | Path | None = None) -> str:
    """The intern's draft subtitles of the voice-over, as the SRT text of the file."""
    path = video_dir() / DRAFT if path is None else Path(path)
    if not path.is_file():
        raise DataFileError(f"Fichier introuvable : {path}. Vérifiez le chemin du fichier ({DRAFT_WHAT}).")
    try:
        return path.read_bytes().decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError:
        raise DataFileError(f"Le fichier {path.name} n'est pas encodé en UTF-8 : ré-enregistrez "
                            f"{DRAFT_WHAT} en UTF-8 (les accents en dépendent).") from None
