"""Search-engine optimisation norms of a blog article: snippet widths, slug, keyword density, export format.

Google measures its result titles and descriptions in pixels, not characters: the title is shown in
Arial 20 px on desktop and cut (with an ellipsis) beyond about 580 to 600 px; the description in
Arial 14 px, cut beyond about 920 px (two lines). These limits are observed by SEO tools, not published
by Google, so they are kept here, with their sources, as the one truth every check reads. The widths of
Arial's characters (``ARIAL_WIDTHS``, in thousandths of the font size) are the font's advance widths
(Arial is metric-compatible with Helvetica and Liberation Sans, whose tables give the same figures).

The keyword research export imitated is Semrush's Keyword Magic Tool, exported from the French
database (``fr``) as « CSV Semicolon »: headers as Semrush writes them (in English, whatever the
interface language; CPC in dollars whatever the database), one row per keyword, integers without
grouping, decimals with a comma (the French spreadsheet's form, to confirm), an empty difficulty
where Semrush has none (unknown, never 0).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cmcert_lib.facts import brand

__all__ = [
    "ARIAL_WIDTHS", "ARTICLE_WORDS", "DEFAULT_WIDTH", "DENSITY_MAX", "DESCRIPTION_FONT_PX",
    "DESCRIPTION_MAX_PX", "DESCRIPTION_MIN_CHARS", "INTENTS", "KMT_COLUMNS", "KMT_VOLUMES", "LAST_CHECKED",
    "SLUG_MAX_WORDS", "SOURCES", "TITLE_FONT_PX", "TITLE_MAX_PX", "TITLE_MIN_CHARS", "Source",
]

LAST_CHECKED = date(2026, 12, 2)


@dataclass(frozen=True)
class Source:
    """Where a norm comes from."""

    title: str
    url: str
    checked: date


SOURCES: dict[str, Source] = {
    "snippet_pixels": Source(
        "Page Title & Meta Description By Pixel Width In SERP Snippet (Screaming Frog)",
        "https://www.screamingfrog.co.uk/page-title-meta-description-lengths-by-pixel-width/",
        LAST_CHECKED),
    "title_580px": Source(
        "SERP preview: title link rendered in Arial about 20 px, about 580 px wide",
        "https://text-to-binary.pages.dev/serp-preview-tool", LAST_CHECKED),
    "description_920px": Source(
        "Google results page looks different: digging into the SEO implications (iProspect): "
        "about 920 pixels for the descriptions",
        "https://www.iprospect.com/en/us/news-and-insights/news/google-results-page-looks-different-digging-into-the-seo-implications/",
        LAST_CHECKED),
    "title_link": Source(
        "Influencing your title links in search results (Google Search Central)",
        "https://developers.google.com/search/docs/appearance/title-link", LAST_CHECKED),
    "url_structure": Source(
        "URL structure best practices for Google (Google Search Central): simple, readable words, "
        "hyphens between words",
        "https://developers.google.com/search/docs/crawling-indexing/url-structure", LAST_CHECKED),
    "semrush_kmt": Source(
        "Semrush Keyword Magic Tool export: Keyword, Intent, Volume, Trend, Keyword Difficulty, CPC (USD), "
        "Competitive Density, SERP Features, Number of Results",
        "https://www.semrush.com/kb/1191-keyword-magic-tool", LAST_CHECKED),
}

# --- the result snippet --------------------------------------------------------------------------
TITLE_FONT_PX = 20
TITLE_MAX_PX = 580  # cut « around 580-600 px »: the lower bound, so that no title is cut
TITLE_MIN_CHARS = 30  # shorter titles waste the line and are often rewritten by Google
DESCRIPTION_FONT_PX = 14
DESCRIPTION_MAX_PX = 920
DESCRIPTION_MIN_CHARS = 120  # below, Google tends to complete it from the page's text

# --- the page ------------------------------------------------------------------------------------
SLUG_MAX_WORDS = 6
# Beyond 3 % of the words, a repeated keyword reads as keyword stuffing.
DENSITY_MAX = 0.03
# The brief asks for an article of 800 to 1 200 words (one fact: the brand's launch).
ARTICLE_WORDS = brand.LAUNCH_ARTICLE_WORDS

# --- the keyword export --------------------------------------------------------------------------
# The « Trend » column (twelve relative values) is switched off in the export, as Semrush allows.
KMT_COLUMNS = ("Keyword", "Intent", "Volume", "Keyword Difficulty", "CPC (USD)",
               "Competitive Density", "SERP Features", "Number of Results")
# Semrush's volumes are Google's rounded monthly averages: only these values occur (10 to 49 500).
KMT_VOLUMES = (10, 20, 30, 40, 50, 70, 90, 110, 140, 170, 210, 260, 320, 390, 480, 590, 720, 880, 1000,
               1300, 1600, 1900, 2400, 2900, 3600, 4400, 5400, 6600, 8100, 9900, 12100, 14800, 18100,
               22200, 27100, 33100, 40500, 49500)
# Semrush's four search intents, as its export writes them, and their French names.
INTENTS: dict[str, str] = {
    "Informational": "informationnel",
    "Commercial": "commercial",
    "Transactional": "transactionnel",
    "Navigational": "navigationnel",
}

# --- Arial's advance widths, in thousandths of the font size -------------------------------------
_ASCII = {
    " ": 278, "!": 278, '"': 355, "#": 556, "$": 556, "%": 889, "&": 667, "'": 191, "(": 333, ")": 333,
    "*": 389, "+": 584, ",": 278, "-": 333, ".": 278, "/": 278, ":": 278, ";": 278, "<": 584, "=": 584,
    ">": 584, "?": 556, "@": 1015, "[": 278, "\\": 278, "]": 278, "^": 469, "_": 556, "`": 333,
    "{": 334, "|": 260, "}": 334, "~": 584,
    "A": 667, "B": 667, "C": 722, "D": 722, "E": 667, "F": 611, "G": 778, "H": 722, "I": 278, "J": 500,
    "K": 667, "L": 556, "M": 833, "N": 722, "O": 778, "P": 667, "Q": 778, "R": 722, "S": 667, "T": 611,
    "U": 722, "V": 667, "W": 944, "X": 667, "Y": 667, "Z": 611,
    "a": 556, "b": 556, "c": 500, "d": 556, "e": 556, "f": 278, "g": 556, "h": 556, "i": 222, "j": 222,
    "k": 500, "l": 222, "m": 833, "n": 556, "o": 556, "p": 556, "q": 556, "r": 333, "s": 500, "t": 278,
    "u": 556, "v": 500, "w": 722, "x": 500, "y": 500, "z": 500,
    **dict.fromkeys("0123456789", 556),
}
_FRENCH = {
    "à": 556, "â": 556, "ä": 556, "ç": 500, "é": 556, "è": 556, "ê": 556, "ë": 556, "î": 278, "ï": 278,
    "ô": 556, "ö": 556, "ù": 556, "û": 556, "ü": 556, "ÿ": 500, "œ": 944, "æ": 889,
    "À": 667, "Â": 667, "Ç": 722, "É": 667, "È": 667, "Ê": 667, "Ë": 667, "Î": 278, "Ï": 278, "Ô": 778,
    "Ù": 722, "Û": 722, "Ü": 722, "Œ": 1000, "Æ": 1000,
    "«": 556, "»": 556, "\u2019": 222, "\u2018": 222, "\u201c": 333, "\u201d": 333, "\u2013": 556,
    "\u2014": 1000, "\u2026": 1000, "\u00a0": 278, "\u202f": 139, "\u00b7": 278, "€": 556, "°": 400,
    "\u2022": 350,
}
ARIAL_WIDTHS: dict[str, int] = {**_ASCII, **_FRENCH}
# A character outside the table (an emoji, a rare letter) counts as a wide one.
DEFAULT_WIDTH = 1000
