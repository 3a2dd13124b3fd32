"""Bloc 2's brief: the contents of the « Petite Vague » launch, spring 2027.

The brief is a Markdown page shipped in ``cmcert_lib/bloc2/data/brief.md``; the facts the exercises
compute with are :mod:`cmcert_lib.facts.brand`'s (product, dates, palette, tone) and are repeated here
only as names the notebooks read. ``tests/bloc2/test_brief.py`` checks that the page and the facts agree.
"""

from __future__ import annotations

import re

from cmcert_lib.bloc2.datasets import shipped
from cmcert_lib.facts import brand

BRIEF_FILE = "brief.md"

CONTACT_NAME = "Léna Morvan"
CONTACT_ROLE = "chargée de communication"
CONTACT_EMAIL = f"lena.morvan@{brand.BRAND_DOMAIN}"
# A number from the range ARCEP reserves for fiction (02 61 91 xx xx).
CONTACT_PHONE = "02 61 91 24 38"

PRODUCT = brand.LAUNCH_PRODUCT
PRODUCT_PRICE_EUR_TTC = 12
PRODUCT_WEIGHT_G = 60
PRODUCT_WASHES = 40
MINIMUM_AGE = 3
TEST_FAMILIES = 120  # the three-week usage test whose results feed the infographic
DERMATOLOGICAL_PANEL = 32  # children in the dermatological and ophthalmological test
PHOTO_SHOOT = "18 janvier 2027"
PODCAST_SERIES = "Les voix de l'atelier"
BLOG_WORDS = brand.LAUNCH_ARTICLE_WORDS  # the article's length the brief asks for


def brief_text() -> str:
    """The brief as Markdown text."""
    return shipped(BRIEF_FILE).read_text(encoding="utf-8")


def show_brief() -> None:
    """Display the brief in a notebook, rendered as Markdown."""
    from IPython.display import Markdown, display

    display(Markdown(brief_text()))


# How each fact of the brief is written in a text (lower case, apostrophes straight): a writer may say
# « 60 g » or « 60 grammes », « dès 3 ans » or « dès trois ans ».
FACT_PATTERNS = {
    "prix": rf"\b{PRODUCT_PRICE_EUR_TTC}(?:[,.]00)? ?(?:€|euros?\b)",
    "poids": rf"\b{PRODUCT_WEIGHT_G} ?(?:g|grammes)\b",
    "lavages": rf"\b{PRODUCT_WASHES} lavages\b",
    "âge": rf"\b(?:{MINIMUM_AGE}|trois) ans\b",
    "mise en vente": rf"\b{brand.LAUNCH_DATE.day} avril\b",
    "revendeurs": rf"\b{brand.LAUNCH_RESELLERS_DATE.day} avril\b",
    "test dermatologique": rf"\b{DERMATOLOGICAL_PANEL} enfants\b",
    "test d'usage": rf"\b{TEST_FAMILIES} familles\b",
}

# What the launch article must state (a parent's questions: price, format, duration, age, date, proofs);
# one may be left out.
ARTICLE_FACTS = ("prix", "poids", "lavages", "âge", "mise en vente", "test dermatologique", "test d'usage")
ARTICLE_FACTS_FORGIVEN = 1


def facts_mentioned(text: object) -> list[str]:
    """The names of :data:`FACT_PATTERNS` a text states, in the table's order."""
    if not isinstance(text, str):
        return []
    lowered = text[:60_000].lower().replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
    return [name for name, pattern in FACT_PATTERNS.items() if re.search(pattern, lowered)]
