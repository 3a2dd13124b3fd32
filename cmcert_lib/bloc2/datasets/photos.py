"""The photo shoot of 18 January 2027: the photographer's contact sheet and the photos, as shipped.

``seance_2027-01-18/`` holds the photos the brief promises (« les photos de la séance du 18 janvier »),
PNG files named as the camera named them (``PV_0118_012.png``), and the contact sheet the photographer
exported with them (``planche_contact.csv``: ``;`` separator, UTF-8, one row a photo): shooting data
(date and time, aperture, shutter speed, ISO, focal length), the scene, the main subject and the box
around it in the photo's pixels (« Sujet gauche (px) » ... « Sujet bas (px) », the retoucher's
annotation), the keywords and whether the people shown signed an image-rights release.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from cmcert_lib.blocs import data_dir
from cmcert_lib.domain.datafiles import DataFileError, parse_dates, read_export, to_number

__all__ = ["load_contact_sheet", "load_photo", "photo_path"]

FOLDER = "seance_2027-01-18"
SHEET = "planche_contact.csv"
WHAT = "la planche contact de la séance photo"
BOX = ("Sujet gauche (px)", "Sujet haut (px)", "Sujet droite (px)", "Sujet bas (px)")
INTEGERS = ("Largeur (px)", "Hauteur (px)", "ISO", "Focale (mm)", *BOX)
COLUMNS = (
    "Fichier", "Date de prise de vue", "Largeur (px)", "Hauteur (px)", "Orientation", "Ouverture",
    "Vitesse", "ISO", "Focale (mm)", "Scène", "Sujet", *BOX, "Mots-clés", "Autorisation droit à l'image",
)
# The photos are at most this big: a file larger than that is not one of the shoot's.
MAX_PIXELS = 4_000_000


def shoot_dir() -> Path:
    return data_dir("bloc2") / FOLDER


def load_contact_sheet(path: str | Path | None = None) -> pd.DataFrame:
    """The contact sheet, one row a photo: ``Fichier`` (the file's stem, « PV_0118_012 »), the shooting
    data, ``Date de prise de vue`` as a datetime, the sizes and the subject's box as integers (pixels,
    origin at the top left corner), ``Mots-clés`` as a text of comma-separated keywords."""
    path = shoot_dir() / SHEET if path is None else Path(path)
    frame = read_export(path, what=WHAT, required=COLUMNS, sep=";", dtype=str)
    frame = frame.loc[:, list(COLUMNS)].copy()
    for column in INTEGERS:
        numbers = to_number(frame, column, WHAT)
        bad = numbers.isna() | (numbers % 1 != 0)
        if bad.any():
            line = int(frame.index[bad][0]) + 2
            raise DataFileError(f"« {column} » manquant ou non entier dans {WHAT} (ligne {line} du fichier).")
        frame[column] = numbers.astype("int64")
    frame["Date de prise de vue"] = parse_dates(frame, "Date de prise de vue", "%d/%m/%Y %H:%M:%S", WHAT)
    text = [c for c in COLUMNS if c not in INTEGERS and c != "Date de prise de vue"]
    frame[text] = frame[text].fillna("")
    return frame


def photo_path(name: str) -> Path:
    """The file of a photo of the shoot, from its name with or without « .png »; French error otherwise."""
    stem = str(name).strip()
    stem = stem[:-4] if stem.lower().endswith(".png") else stem
    path = shoot_dir() / f"{stem}.png"
    if not stem or "/" in stem or "\\" in stem or not path.is_file():
        known = ", ".join(sorted(p.stem for p in shoot_dir().glob("*.png")))
        raise DataFileError(f"Photo inconnue : « {str(name)[:60]} ». Photos de la séance : {known}.")
    return path


def load_photo(name: str):
    """A photo of the shoot as a Pillow image (RGB)."""
    from PIL import Image

    with Image.open(photo_path(name)) as image:
        if image.width * image.height > MAX_PIXELS:
            raise DataFileError(f"{name} n'est pas une photo de la séance (trop grande).")
        return image.convert("RGB")
