"""A post's text as the platforms read it: its links, its hashtags, its length.

The one definition every check, validator and exercise uses, so that a hashtag
counted by the charter's review is the hashtag counted by the calendar's
validation.  Platform figures (how much a link weighs on X, how many hashtags
Instagram takes) are read from :mod:`cmcert_lib.facts.platforms`, never written
here.

What counts, and why:

* **Links** start with ``http://``, ``https://`` or ``www.`` (any case): a
  ``www.`` address is turned into a link by X, Facebook and LinkedIn, and X
  charges it as a link.  Bare domains (``maison-ondine.fr``) are left out:
  telling them from a sentence's « etc.fr » needs the list of every top-level
  domain, so on X they count as written where X would charge a link's weight.
  Punctuation ending a link (``.``, ``,``, ``)``, ``»`` ...) belongs to the
  sentence, not to the link, as on the platforms: « Voir https://x.fr/a. »
  links ``https://x.fr/a``.
* **Hashtags** are a ``#`` followed by word characters, accented letters
  included (``#ÉtéSolide``), with at least one letter: ``#1`` or ``#2027`` is
  not turned into a tag by Instagram or X.  A ``#`` glued to a word, or after
  ``&`` or ``/`` (``page#section``, ``&#39;``, ``…/#avis``), is not a hashtag,
  and a link's fragment never is one.  Against a platform's limit a tag counts
  once, whatever its case or repeats (#Savon #savon is one tag).
* **Text is compared in Unicode NFC**: an « é » typed as « e » + accent (what
  some macOS copies paste) is one character and one letter, as X counts it.
"""

from __future__ import annotations

import re
import unicodedata

from cmcert_lib.facts import platforms

__all__ = [
    "HASHTAG",
    "URL",
    "distinct_hashtags",
    "hashtag_count",
    "hashtags",
    "normalize",
    "urls",
    "visual_problem",
    "weighted_length",
    "without_urls",
]

# Punctuation that ends a sentence or a quote, never a link.  The look-behind keeps
# « contact@www.x.fr » or « sub.www.x.fr » from being read as a link starting midway.
_TRAILING = r""".,;:!?'"’»)\]}"""
URL = re.compile(
    rf"(?<![\w@.-])(?:https?://|www\.)[^\s<>\"«»]*[^\s<>\"«»{_TRAILING}]",
    re.IGNORECASE,
)
HASHTAG = re.compile(r"(?<![\w&/])#(\w*[^\W\d_]\w*)")


def normalize(text: str) -> str:
    """The text in Unicode NFC, the form the platforms count and match."""
    return unicodedata.normalize("NFC", text)


def urls(text: str) -> list[str]:
    """The links of a text, in order."""
    return URL.findall(normalize(text))


def without_urls(text: str, replacement: str = " ") -> str:
    """The text with every link replaced (by a space: the words around stay apart)."""
    return URL.sub(replacement, normalize(text))


def hashtags(text: str) -> list[str]:
    """The hashtags of a text without their ``#``, in order, repeats kept."""
    return HASHTAG.findall(without_urls(text))


def distinct_hashtags(*texts: str) -> list[str]:
    """The tags of all the texts, each once, in order of first use.

    Platforms match tags whatever their case (#Savon and #savon are one tag);
    the first spelling met is kept.
    """
    seen: dict[str, str] = {}
    for text in texts:
        for tag in hashtags(text):
            seen.setdefault(tag.casefold(), tag)
    return list(seen.values())


def hashtag_count(*texts: str) -> int:
    """How many tags a post carries against a platform's limit: distinct tags over all its texts.

    A post's texts are its caption and, when a calendar keeps them apart, its
    hashtag field; a tag written twice is still one tag.
    """
    return len(distinct_hashtags(*texts))


def weighted_length(text: str, platform: platforms.Platform | str) -> int:
    """Characters the platform counts; where the table says so (X), every link weighs the same."""
    plat = platforms.platform(platform) if isinstance(platform, str) else platform
    text = normalize(text)
    if plat.url_counts_as is None:
        return len(text)
    links = URL.findall(text)
    return len(URL.sub("", text)) + plat.url_counts_as * len(links)



def visual_problem(platform: platforms.Platform | str, fmt: str | None, width: int, height: int) -> str | None:
    """Why a visual of width × height pixels does not fit a format of the platform (French), or None.

    A visual fits when its proportions lie in the accepted range of its format (any range of the
    platform when no format is given) and it is at least as wide as the narrowest recommended size
    of that range: a narrower image is enlarged by the platform, and blurred.  A format with no
    range in the table (a text, a document) puts no constraint on its visuals.
    """
    plat = platforms.platform(platform) if isinstance(platform, str) else platform
    ranges = plat.ranges_for(fmt)
    if not ranges:
        return None
    fitting = [r for r in ranges if r.accepts(width, height)]
    if not fitting:
        accepted = " ; ".join(f"{r.name} : {r.label}" for r in ranges)
        return (f"proportions de {width}×{height} hors de celles que {plat.name} affiche sans recadrer "
                f"({accepted})")
    if all(width < r.min_width for r in fitting):
        return (f"{width} px de large : moins que la largeur recommandée sur {plat.name} "
                f"({min(r.min_width for r in fitting)} px), l'image serait agrandie et floue")
    return None
