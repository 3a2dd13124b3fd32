"""Content behind the structure: text that only fills a field, and text said twice.

A plan, a calendar or a synthesis can have every key and every column and still say
nothing: « à définir » in every cell, the same sentence in every section, « texte » as
a caption.  These helpers tell such text apart from real content; the checks of each
bloc turn what they find into French remarks and fractions of points.

They work on words (:func:`words`): lower case, no accents, letters only, so that a
sentence copied with another capital or apostrophe is still the same sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from cmcert_lib.checks.core import label_key

# What a candidate writes to hold a place (compared as label keys: no case, no accents).
PLACEHOLDERS = frozenset({
    "a definir", "a completer", "a venir", "a faire", "a voir", "a preciser", "a remplir", "a rediger",
    "todo", "tbd", "tbc", "xxx", "xx", "x", "lorem ipsum", "texte", "text", "blabla", "bla bla", "test",
    "idem", "pareil", "voir plus haut", "cf plus haut", "n/a", "na", "nc", "rien", "aucun", "aucune",
    "exemple", "reponse", "ma reponse", "votre reponse", "titre", "description", "contenu", "legende",
    "image", "photo", "visuel", "publication", "post", "?", "...", "-", "ras",
})
# A word of at least this many letters carries meaning; shorter ones (le, de, et, un) do not count.
CONTENT_WORD_LETTERS = 3
_WORD = re.compile(r"[a-z]+")
# Two texts whose content words overlap this much say the same thing.
SAME_TEXT_OVERLAP = 0.8


def words(text: Any) -> list[str]:
    """The content words of a text: lower case, without accents, of at least three letters."""
    return [w for w in _WORD.findall(label_key(text)) if len(w) >= CONTENT_WORD_LETTERS]


def is_placeholder(text: Any) -> bool:
    """A text that only holds a place: empty, punctuation, or a stock phrase such as « à définir »."""
    if not isinstance(text, str):
        return True
    key = label_key(text).strip(" .!:;,-_*#'\"()[]")
    if not key or not re.search(r"[a-z0-9]", key):
        return True
    return key in PLACEHOLDERS or key.rstrip(".") in PLACEHOLDERS


def is_filler(text: Any, min_words: int = 3) -> bool:
    """A text with no real content: a placeholder, fewer than ``min_words`` content words, or
    one phrase repeated (half or more of its content words are repeats)."""
    if is_placeholder(text):
        return True
    found = words(text)
    distinct = set(found)
    if len(distinct) < min_words:
        return True
    return len(found) >= 8 and len(distinct) <= len(found) / 2


def overlap(a: Any, b: Any) -> float:
    """How much two texts share their content words (Jaccard index of the word sets, 0 to 1)."""
    left, right = set(words(a)), set(words(b))
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


def repeated(texts: Sequence[Any], threshold: float = SAME_TEXT_OVERLAP) -> set[int]:
    """Positions of the texts that repeat an earlier one (same content words, or nearly)."""
    # Each text's words once, not once per pair: a long hostile list stays quick to judge.
    sets = [set(words(text)) for text in texts]
    seen: list[int] = []
    repeats: set[int] = set()
    for index, found in enumerate(sets):
        if found and any(sets[e] and len(found & sets[e]) / len(found | sets[e]) >= threshold for e in seen):
            repeats.add(index)
        else:
            seen.append(index)
    return repeats


def substantive_share(texts: Iterable[Any], min_words: int = 3) -> float:
    """The share of texts that are real content: not filler and not a repeat of an earlier one (0 to 1)."""
    texts = list(texts)
    if not texts:
        return 0.0
    repeats = repeated(texts)
    real = [i for i, text in enumerate(texts) if i not in repeats and not is_filler(text, min_words)]
    return len(real) / len(texts)


# An image file name (« IMG_2041.jpg », « photo.png ») is not a description.
_FILE_NAME = re.compile(r"(?:^|\s)\S+\.(?:jpe?g|png|gif|webp|heic|mp4|mov)\s*$|^(?:img|dsc|pxl)[_-]?\d",
                        re.IGNORECASE)

ALT_MISSING = "sans texte alternatif"
# Words that name the medium or the account, not what the image shows: « Image de la publication »,
# « Photo du post Instagram » describe nothing (compared as content words: no case, no accents).
MEDIUM_WORDS = frozenset({
    "image", "images", "photo", "photos", "photographie", "visuel", "visuels", "illustration", "publication",
    "post", "video", "capture", "ecran", "fichier", "media", "contenu", "story", "reel", "carrousel",
    "instagram", "facebook", "tiktok", "linkedin", "reseau", "reseaux", "sociaux", "maison", "ondine", "marque",
    "notre", "nos", "votre", "vos", "semaine", "jour", "mois",
})
# An alternative text names at least two things the image shows (« Savon vert sur un galet »).
MIN_ALT_DESCRIBING_WORDS = 2


def alt_text_problem(alt) -> str | None:
    """What is wrong with an image's alternative text (French, lower case), or None when it describes it.

    The course's one definition (Bloc 1's charter and calendar, Bloc 2's images): present,
    at least three words, not a file name, and at least two words that say what the image shows
    rather than that it is an image (« Image de la publication » says nothing).
    """
    text = alt.strip() if isinstance(alt, str) else ""
    if not text:
        return ALT_MISSING
    if _FILE_NAME.search(text) or len(text.split()) < 3:
        return f"texte alternatif trop pauvre (« {text} »)"
    describing = {w for w in words(text) if w not in MEDIUM_WORDS}
    if is_placeholder(text) or len(describing) < MIN_ALT_DESCRIBING_WORDS:
        return f"texte alternatif qui ne décrit pas l'image (« {text} ») : dites ce qu'elle montre"
    return None
