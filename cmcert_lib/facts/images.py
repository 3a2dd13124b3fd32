"""Facts about images on social media that the platform table does not hold: the length of an alternative text.

WCAG sets no length for an alternative text; the accessibility trade advises at most about 125
characters, the length after which older screen readers (JAWS up to version 8) cut it off and which
checkers and authoring tools still flag; some screen readers stop at 150.  A longer description
belongs in the post's text, not in the image's alternative.
"""

from __future__ import annotations

from datetime import date

from cmcert_lib.facts.platforms import Source

__all__ = ["ALT_TEXT_SOURCES", "MAX_ALT_CHARS"]

MAX_ALT_CHARS = 125

ALT_TEXT_SOURCES = (
    Source("Imbricalt — Alt Text Length Guide: How Many Characters Should You Use? (la règle des 125 "
           "caractères vient de JAWS 8 et antérieurs)", "https://imbricalt.com/guides/alt-text-length",
           date(2026, 12, 2), "guide"),
    Source("Knowledgeworker — Why Alternative Texts for Images Should Be Limited to 125 Characters",
           "https://support.knowledgeworker.com/en/support/solutions/articles/"
           "80001098388-why-alternative-texts-for-images-should-be-limited-to-125-characters",
           date(2026, 12, 2), "guide"),
    Source("Perpendicular Angel — Is the alt text 150 characters or fewer? (JAWS coupe à 150 caractères)",
           "https://accessibility.perpendicularangel.com/wcag-guidelines/1-1-1-non-text-content-level-a/"
           "is-the-alt-text-150-characters-or-fewer/", date(2026, 12, 2), "guide"),
)
