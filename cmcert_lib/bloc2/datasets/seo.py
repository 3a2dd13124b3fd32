"""Notebook 02's files (SEO): the keyword research export, the site's sitemap and the article's draft."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd

from cmcert_lib.blocs import data_dir
from cmcert_lib.domain.datafiles import DataFileError, read_document, read_export, to_number
from cmcert_lib.facts.seo import KMT_COLUMNS

__all__ = ["load_article_html", "load_keywords", "load_sitemap"]

KEYWORDS_FILE = "shampoing-solide-enfant_broad-match_fr_2027-01-28.csv"
SITEMAP_FILE = "sitemap_maison-ondine.xml"
DRAFT_FILE = "article_petite_vague.html"
WHAT = "l'export Semrush de l'outil Keyword Magic Tool (base fr, CSV point-virgule)"
_SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _folder(folder: str | Path | None) -> Path:
    return data_dir("bloc2") if folder is None else Path(folder)


def load_keywords(folder: str | Path | None = None) -> pd.DataFrame:
    """The keyword research export around « shampoing solide enfant » (Semrush Keyword Magic Tool).

    One row per keyword, the columns as Semrush writes them: ``Keyword``, ``Intent`` (one or several of
    Informational, Commercial, Transactional, Navigational, the main one first), ``Volume`` (monthly
    searches in France), ``Keyword Difficulty`` (0 to 100, missing when unknown), ``CPC (USD)``,
    ``Competitive Density`` (0 to 1), ``SERP Features`` and ``Number of Results``.
    """
    path = _folder(folder) / KEYWORDS_FILE
    frame = read_export(path, what=WHAT, required=KMT_COLUMNS, sep=";", encoding="utf-8-sig", dtype=str)
    frame = frame.loc[:, list(KMT_COLUMNS)].copy()
    frame["Keyword"] = frame["Keyword"].fillna("").str.strip()
    if (frame["Keyword"] == "").any():
        line = int(frame.index[frame["Keyword"] == ""][0]) + 2
        raise DataFileError(f"Mot-clé manquant dans {WHAT} (ligne {line} du fichier).")
    frame["Intent"] = frame["Intent"].fillna("")
    frame["SERP Features"] = frame["SERP Features"].fillna("")
    volume = to_number(frame, "Volume", WHAT)
    if volume.isna().any():
        line = int(frame.index[volume.isna()][0]) + 2
        raise DataFileError(f"Volume manquant dans {WHAT} (ligne {line} du fichier).")
    frame["Volume"] = volume.astype("int64")
    for column in ("Keyword Difficulty", "CPC (USD)", "Competitive Density"):
        frame[column] = to_number(frame, column, WHAT).astype("float64")
    frame["Number of Results"] = to_number(frame, "Number of Results", WHAT).astype("Int64")
    return frame


def load_sitemap(folder: str | Path | None = None) -> list[str]:
    """The addresses of the pages of maison-ondine.fr, from its sitemap (``<loc>`` elements), in file order."""
    path = _folder(folder) / SITEMAP_FILE
    what = "le plan du site (sitemap.xml) de maison-ondine.fr"
    if not path.is_file():
        raise DataFileError(f"Fichier introuvable : {path}. Vérifiez le chemin de {what}.")
    try:
        root = ET.fromstring(path.read_bytes())
    except ET.ParseError:
        raise DataFileError(f"Le fichier {path.name} n'est pas un XML lisible : ce n'est pas {what}.") from None
    urls = [(loc.text or "").strip() for loc in root.iter(f"{_SITEMAP_NS}loc")]
    if not urls:
        raise DataFileError(f"Le fichier {path.name} ne contient aucune adresse <loc> : ce n'est pas {what}.")
    return urls


def load_article_html(folder: str | Path | None = None) -> str:
    """The HTML of the blog article's draft (« article_petite_vague.html »), as a text."""
    return read_document(_folder(folder) / DRAFT_FILE, what="le brouillon HTML de l'article")
