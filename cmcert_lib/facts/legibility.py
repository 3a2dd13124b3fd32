"""What makes a visual legible on a phone, and how heavy a feed image may be: facts with their sources.

A social-media visual is made at the platform's recommended width (1080 px for Instagram,
:mod:`cmcert_lib.facts.platforms`) and shown about as wide as the phone's screen. Its text is legible when,
at that scale, it is no smaller than the phone maker's minimum text size. The image pixels a text needs
therefore grow with the image's width: :func:`min_text_px`.

Checked on 1 December 2026 (stored copies of the pages below; the course's machine has no network).
"""

from __future__ import annotations

import math
from datetime import date

from cmcert_lib.facts.platforms import Source

CHECKED = date(2026, 12, 1)

# Apple's Human Interface Guidelines, « Typography »: on iOS, default text size 17 pt, minimum 11 pt.
PHONE_MIN_TEXT_PT = 11
PHONE_DEFAULT_TEXT_PT = 17
HIG_TYPOGRAPHY = Source("Apple Human Interface Guidelines — Typography (tailles par défaut et minimales : "
                        "iOS 17 pt, 11 pt)",
                        "https://developer.apple.com/design/human-interface-guidelines/typography", CHECKED)

# The logical width of the most common iPhone screens (iPhone 12 to 16): 390 pt. A feed image is shown
# across the whole width of the screen.
PHONE_SCREEN_WIDTH_PT = 390
HIG_LAYOUT = Source("Apple Human Interface Guidelines — Layout, Specifications (iPhone 12 à 16 : 390 × 844 pt)",
                    "https://developer.apple.com/design/human-interface-guidelines/layout", CHECKED)

# The heaviest image Instagram publishes through its publishing API (scheduling tools use it): 8 MB.
INSTAGRAM_IMAGE_MAX_BYTES = 8 * 1024 * 1024
# The widest image it publishes as such (wider ones are scaled down), same page.
IG_MAX_WIDTH_PX = 1440
IG_PUBLISHING = Source("Instagram Platform — Content Publishing, Image specifications (8 Mo au plus, "
                       "largeur de 320 à 1 440 px)",
                       "https://developers.facebook.com/docs/instagram-platform/content-publishing", CHECKED)

# WCAG measures text in CSS points: 1 pt = 4/3 CSS px; Apple's points are CSS pixels on a phone.
CSS_PX_PER_PT = 4 / 3


def phone_scale(image_width_px: int) -> float:
    """How many phone points one image pixel takes when the image fills the screen's width."""
    return PHONE_SCREEN_WIDTH_PT / image_width_px


def min_text_px(image_width_px: int) -> int:
    """The smallest text size (in image pixels) still legible once the image fills a phone's width:
    31 px for a 1080 px image."""
    return math.ceil(PHONE_MIN_TEXT_PT / phone_scale(image_width_px))


def wcag_pt(size_px: float, image_width_px: int) -> float:
    """A text's size in WCAG points once the image fills a phone's width (large text starts at 18 pt)."""
    return size_px * phone_scale(image_width_px) / CSS_PX_PER_PT
