"""Platform limits: the one table every exercise, check and validator reads.

Platforms change their rules often; ``LAST_CHECKED`` says when these figures
were last compared with the platforms' own help pages.  Update the table and
the date together.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

LAST_CHECKED = date(2025, 12, 15)

# The social networks of the course, spelt as a candidate writes them: the choices
# of the target survey's question on weekly use, in the form's order (the survey
# generator draws them in this order).  PLATFORMS below gives limits for the ones
# the brand publishes on; every key of PLATFORMS is one of these.
NETWORKS = ("Instagram", "Facebook", "TikTok", "YouTube", "Pinterest", "LinkedIn", "Snapchat", "X")


@dataclass(frozen=True)
class ImageFormat:
    name: str  # French label shown to candidates
    width: int
    height: int

    @property
    def ratio(self) -> str:
        from math import gcd

        g = gcd(self.width, self.height)
        return f"{self.width // g}:{self.height // g}"


@dataclass(frozen=True)
class Platform:
    name: str
    max_text_chars: int  # caption / post text limit
    max_hashtags: int | None  # None: no platform limit
    url_counts_as: int | None  # X weighs every URL as 23 characters
    max_video_seconds: int | None
    images: tuple[ImageFormat, ...]
    formats: tuple[str, ...]  # formats a calendar may plan on this platform


PLATFORMS: dict[str, Platform] = {
    p.name: p
    for p in (
        Platform(
            "Instagram",
            max_text_chars=2200,
            # Cut from 30 to 5 per post or Reel, announced December 2025.
            max_hashtags=5,
            url_counts_as=None,
            max_video_seconds=180,
            images=(
                ImageFormat("Carré", 1080, 1080),
                ImageFormat("Portrait", 1080, 1350),
                ImageFormat("Portrait 3:4", 1080, 1440),
                ImageFormat("Paysage", 1080, 566),
                ImageFormat("Story / Reel", 1080, 1920),
            ),
            formats=("Image", "Carrousel", "Reel", "Story"),
        ),
        Platform(
            "Facebook",
            max_text_chars=63206,
            max_hashtags=None,
            url_counts_as=None,
            max_video_seconds=None,
            images=(ImageFormat("Lien partagé", 1200, 630), ImageFormat("Carré", 1080, 1080)),
            formats=("Image", "Vidéo", "Lien", "Événement", "Story"),
        ),
        Platform(
            "TikTok",
            # Through the posting API, which scheduling tools use (about 4,000 in the app).
            max_text_chars=2200,
            max_hashtags=None,
            url_counts_as=None,
            max_video_seconds=600,
            images=(ImageFormat("Vidéo verticale", 1080, 1920),),
            formats=("Vidéo", "Carrousel photo"),
        ),
        Platform(
            "LinkedIn",
            max_text_chars=3000,
            max_hashtags=None,
            url_counts_as=None,
            max_video_seconds=600,
            images=(ImageFormat("Lien partagé", 1200, 627), ImageFormat("Carré", 1080, 1080)),
            formats=("Texte", "Image", "Document", "Vidéo", "Article"),
        ),
        Platform(
            "X",
            max_text_chars=280,
            max_hashtags=None,
            url_counts_as=23,
            max_video_seconds=140,
            images=(ImageFormat("Paysage", 1600, 900),),
            formats=("Texte", "Image", "Vidéo"),
        ),
    )
}


def platform(name: str) -> Platform:
    try:
        return PLATFORMS[name]
    except KeyError:
        known = ", ".join(PLATFORMS)
        raise KeyError(f"Plateforme inconnue : « {name} ». Plateformes connues : {known}.") from None
