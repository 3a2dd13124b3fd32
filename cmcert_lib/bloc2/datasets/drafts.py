"""The drafts a candidate rewrites: the intern's blog article."""

from __future__ import annotations

from pathlib import Path

from cmcert_lib.blocs import data_dir
from cmcert_lib.domain.datafiles import read_document

__all__ = ["load_draft_article"]

DRAFT_ARTICLE = "brouillon_article.md"


def load_draft_article(path: str | Path | None = None) -> str:
    """The intern's draft of the launch article, as Markdown text (the faults are the exercise's)."""
    path = data_dir("bloc2") / DRAFT_ARTICLE if path is None else Path(path)
    return read_document(path, what="le brouillon de l'article (un texte Markdown)")
