"""Platform limits: the one table every exercise, check and validator reads.

Platforms change their rules often.  Every figure of the table carries its
source as data (:class:`Source`: the platform's help page or announcement, its
title, and the date it was checked or announced), and ``LAST_CHECKED`` says when
the table as a whole was last compared with those sources.  Rules that changed
recently are listed in :data:`CHANGES` with the day they were announced: the
table cannot have been checked before a change it contains
(``tests/unit/test_platforms.py`` fails when it says so).  Update a figure, its
source and ``LAST_CHECKED`` together.

Images are described the way the platforms describe them: a **range of accepted
proportions** per group of formats (:class:`RatioRange`: an Instagram feed image
may be anything from 1.91:1 to 4:5 and is shown without cropping), with the
**recommended sizes** inside that range (:class:`ImageFormat`).  A visual is not
one exact size; it is checked against the range of its format
(:func:`cmcert_lib.domain.posts.visual_problem`).

The table was last compared on 1 December 2026.  The platforms' help pages
could not be fetched from the course's machine that day: the figures were
compared with stored copies of those pages and of the press coverage of each
announcement; the sources below name the official page each figure belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from math import gcd

LAST_CHECKED = date(2026, 12, 1)

# The social networks of the course, spelt as a candidate writes them: the choices
# of the target survey's question on weekly use, in the form's order (the survey
# generator draws them in this order).  PLATFORMS below gives limits for the ones
# the brand publishes on; every key of PLATFORMS is one of these.
NETWORKS = ("Instagram", "Facebook", "TikTok", "YouTube", "Pinterest", "LinkedIn", "Snapchat", "X")

# The facts every Platform states, each of which needs a source in Platform.sources.
# Relative tolerance on a ratio: the platforms round theirs (1.91:1 names 1.905 and 1.914 alike).
RATIO_TOLERANCE = 0.01

FACTS = ("max_text_chars", "max_hashtags", "url_counts_as", "max_video_seconds", "formats")


@dataclass(frozen=True)
class Source:
    """Where a figure comes from: an official help page or an announcement."""

    title: str  # the page's or the announcement's title, as published
    url: str
    checked: date  # the day the page was checked, or the day the rule was announced
    kind: str = "page d'aide"  # "page d'aide" or "annonce"


@dataclass(frozen=True)
class Change:
    """A recent change of a platform's rules, dated by its announcement."""

    platform: str
    fact: str  # a name of FACTS, or "images"
    what: str  # French, one line
    announced: date
    source: Source


@dataclass(frozen=True)
class ImageFormat:
    """A recommended size, inside the accepted range of its formats."""

    name: str  # French label shown to candidates
    width: int
    height: int

    @property
    def ratio(self) -> str:
        g = gcd(self.width, self.height)
        return f"{self.width // g}:{self.height // g}"


def _ratio_text(ratio: tuple[int, int]) -> str:
    """« 1,91:1 » for (191, 100), « 4:5 » for (4, 5)."""
    width, height = ratio
    if height == 100:
        return f"{width / 100:.2f}".rstrip("0").rstrip(".").replace(".", ",") + ":1"
    return f"{width}:{height}"


@dataclass(frozen=True)
class RatioRange:
    """The proportions a platform shows without cropping for some of its formats.

    ``widest`` and ``tallest`` are width:height pairs of integers ((191, 100) for
    1.91:1, (4, 5) for 4:5); a range of one ratio has both equal.
    """

    name: str  # French label
    formats: tuple[str, ...]  # the platform's formats it applies to
    widest: tuple[int, int]
    tallest: tuple[int, int]
    recommended: tuple[ImageFormat, ...]
    source: Source

    def accepts(self, width: int, height: int) -> bool:
        """True when width:height lies between the tallest and the widest ratio (both included),
        within RATIO_TOLERANCE: the platforms' own « 1.91:1 » sizes are 1200×627 (1.914) and
        1200×630 (1.905), and 3:4 (0.75) stays well outside a range that ends at 4:5 (0.8)."""
        if width <= 0 or height <= 0:
            return False
        slack = round(RATIO_TOLERANCE * 1000)
        not_too_tall = width * self.tallest[1] * 1000 >= height * self.tallest[0] * (1000 - slack)
        not_too_wide = width * self.widest[1] * 1000 <= height * self.widest[0] * (1000 + slack)
        return not_too_tall and not_too_wide

    @property
    def min_width(self) -> int:
        """The narrowest recommended width: below it, the platform enlarges the image and blurs it."""
        return min(f.width for f in self.recommended)

    @property
    def label(self) -> str:
        """French: « de 1,91:1 à 4:5 » or « 9:16 »."""
        if self.widest == self.tallest:
            return _ratio_text(self.widest)
        return f"de {_ratio_text(self.widest)} à {_ratio_text(self.tallest)}"


@dataclass(frozen=True)
class Platform:
    name: str
    max_text_chars: int  # caption / post text limit
    max_hashtags: int | None  # None: no platform limit
    url_counts_as: int | None  # X weighs every URL as 23 characters
    max_video_seconds: int | None
    formats: tuple[str, ...]  # formats a calendar may plan on this platform
    ranges: tuple[RatioRange, ...]  # accepted proportions of visuals, by group of formats
    sources: dict[str, Source] = field(default_factory=dict)  # fact name -> its source

    @property
    def images(self) -> tuple[ImageFormat, ...]:
        """Every recommended size of the platform, all formats together, each once."""
        seen: dict[tuple[int, int], ImageFormat] = {}
        for fmt in (f for r in self.ranges for f in r.recommended):
            seen.setdefault((fmt.width, fmt.height), fmt)
        return tuple(seen.values())

    def ranges_for(self, fmt: str | None) -> tuple[RatioRange, ...]:
        """The ranges that apply to a format; every range when no format is given."""
        if fmt is None:
            return self.ranges
        return tuple(r for r in self.ranges if fmt in r.formats)


# --- sources -----------------------------------------------------------------------

_CHECKED = LAST_CHECKED
_ANNOUNCED_HASHTAGS = date(2025, 12, 18)

_IG_HASHTAGS = Source(
    "Instagram (@creators) : « We're gradually updating the number of hashtags you can include "
    "in a caption for a reel or post to 5 »",
    "https://www.instagram.com/creators/", _ANNOUNCED_HASHTAGS, "annonce")
_IG_REELS_3MIN = Source(
    "Instagram, Adam Mosseri : les Reels passent de 90 secondes à 3 minutes",
    "https://about.instagram.com/blog/announcements", date(2025, 1, 17), "annonce")
_IG_CAPTION = Source("Instagram Platform — Content Publishing (limites de la légende)",
                     "https://developers.facebook.com/docs/instagram-platform/content-publishing", _CHECKED)
_IG_PHOTOS = Source("Centre d'aide Instagram — Résolution des photos que vous partagez sur Instagram",
                    "https://help.instagram.com/1631821640426723", _CHECKED)
_IG_STORIES = Source("Centre d'aide Instagram — Partager une story ou un reel (format 9:16)",
                     "https://help.instagram.com/1038071743007909", _CHECKED)
_IG_FORMATS = Source("Centre d'aide Instagram — Partager des photos et des vidéos",
                     "https://help.instagram.com/442418472487929", _CHECKED)

_FB_TEXT = Source("Meta Business Help Center — Spécifications des publications de Page",
                  "https://www.facebook.com/business/help/2257052961242779", _CHECKED)
_FB_LINK = Source("Meta for Developers — Sharing : bonnes pratiques des aperçus de liens (1200 × 630)",
                  "https://developers.facebook.com/docs/sharing/webmasters/images", _CHECKED)
_FB_FEED = Source("Meta Ads Guide — Image du fil Facebook (proportions de 1,91:1 à 4:5)",
                  "https://www.facebook.com/business/ads-guide/update/image/facebook-feed", _CHECKED)
_FB_STORY = Source("Meta Ads Guide — Stories Facebook (9:16)",
                   "https://www.facebook.com/business/ads-guide/update/image/facebook-story", _CHECKED)
_FB_VIDEO = Source("Meta Ads Guide — Vidéo du fil Facebook (proportions de 16:9 à 9:16)",
                   "https://www.facebook.com/business/ads-guide/update/video/facebook-feed", _CHECKED)

_TT_API = Source("TikTok for Developers — Content Posting API : Direct Post (légende de 2 200 caractères)",
                 "https://developers.tiktok.com/doc/content-posting-api-reference-direct-post", _CHECKED)
_TT_UPLOAD = Source("Centre d'aide TikTok — Publier une vidéo (jusqu'à 10 minutes dans l'application)",
                    "https://support.tiktok.com/fr/using-tiktok/creating-videos/upload-videos", _CHECKED)
_TT_PHOTO = Source("Centre d'aide TikTok — Publier des photos (mode photo, format 9:16)",
                   "https://support.tiktok.com/fr/using-tiktok/creating-videos/photo-mode", _CHECKED)

_LI_POST = Source("Aide LinkedIn — Partager des publications sur LinkedIn (3 000 caractères)",
                  "https://www.linkedin.com/help/linkedin/answer/a528176", _CHECKED)
_LI_IMAGE = Source("Aide LinkedIn Marketing — Spécifications des images de publication (1,91:1, 1:1, 4:5)",
                   "https://www.linkedin.com/help/lms/answer/a426534", _CHECKED)
_LI_VIDEO = Source("Aide LinkedIn — Partager des vidéos (jusqu'à 10 minutes depuis un ordinateur)",
                   "https://www.linkedin.com/help/linkedin/answer/a548372", _CHECKED)

_X_COUNT = Source("X Developer Platform — Counting characters (280 caractères pondérés, lien compté 23)",
                  "https://docs.x.com/fundamentals/counting-characters", _CHECKED)
_X_MEDIA = Source("Centre d'assistance X — Comment publier des images ou des GIF (images carrées et 16:9)",
                  "https://help.x.com/fr/using-x/tweeting-gifs-and-pictures", _CHECKED)
_X_VIDEO = Source("Centre d'assistance X — Comment partager et regarder des vidéos (2 min 20 s)",
                  "https://help.x.com/fr/using-x/x-videos", _CHECKED)

# The 9:16 full-screen range, shared by Stories, Reels and TikTok videos.
_VERTICAL = (9, 16)
_FULL_SCREEN = ImageFormat("Plein écran vertical", 1080, 1920)

CHANGES: tuple[Change, ...] = (
    Change("Instagram", "max_hashtags",
           "5 hashtags au plus par publication ou Reel, au lieu de 30",
           _ANNOUNCED_HASHTAGS, _IG_HASHTAGS),
    Change("Instagram", "max_video_seconds",
           "Reels de 3 minutes au plus, au lieu de 90 secondes",
           date(2025, 1, 17), _IG_REELS_3MIN),
)


PLATFORMS: dict[str, Platform] = {
    p.name: p
    for p in (
        Platform(
            "Instagram",
            max_text_chars=2200,
            # Cut from 30 to 5 per post or Reel, announced on 18-19 December 2025.
            max_hashtags=5,
            url_counts_as=None,
            max_video_seconds=180,
            formats=("Image", "Carrousel", "Reel", "Story"),
            ranges=(
                # The profile grid shows 3:4 thumbnails since January 2025; a feed image taller
                # than 4:5 (3:4, 9:16) is still cropped to 4:5 in the feed.
                RatioRange("Fil : image et carrousel", ("Image", "Carrousel"), (191, 100), (4, 5),
                           (ImageFormat("Carré", 1080, 1080), ImageFormat("Portrait", 1080, 1350),
                            ImageFormat("Paysage", 1080, 566)), _IG_PHOTOS),
                RatioRange("Plein écran : Reel et story", ("Reel", "Story"), _VERTICAL, _VERTICAL,
                           (ImageFormat("Story / Reel", 1080, 1920),), _IG_STORIES),
            ),
            sources={"max_text_chars": _IG_CAPTION, "max_hashtags": _IG_HASHTAGS,
                     "url_counts_as": _IG_CAPTION, "max_video_seconds": _IG_REELS_3MIN,
                     "formats": _IG_FORMATS},
        ),
        Platform(
            "Facebook",
            max_text_chars=63206,
            max_hashtags=None,
            url_counts_as=None,
            max_video_seconds=None,
            formats=("Image", "Vidéo", "Lien", "Événement", "Story"),
            ranges=(
                RatioRange("Fil : image et événement", ("Image", "Événement"), (191, 100), (4, 5),
                           (ImageFormat("Carré", 1080, 1080), ImageFormat("Portrait", 1080, 1350)),
                           _FB_FEED),
                RatioRange("Aperçu de lien", ("Lien",), (191, 100), (191, 100),
                           (ImageFormat("Lien partagé", 1200, 630),), _FB_LINK),
                RatioRange("Vidéo du fil", ("Vidéo",), (16, 9), _VERTICAL,
                           (ImageFormat("Vidéo paysage", 1920, 1080), _FULL_SCREEN), _FB_VIDEO),
                RatioRange("Plein écran : story", ("Story",), _VERTICAL, _VERTICAL,
                           (ImageFormat("Story", 1080, 1920),), _FB_STORY),
            ),
            sources={"max_text_chars": _FB_TEXT, "max_hashtags": _FB_TEXT, "url_counts_as": _FB_TEXT,
                     "max_video_seconds": _FB_VIDEO, "formats": _FB_TEXT},
        ),
        Platform(
            "TikTok",
            # Through the posting API, which scheduling tools use (about 4,000 in the app).
            max_text_chars=2200,
            max_hashtags=None,
            url_counts_as=None,
            max_video_seconds=600,
            formats=("Vidéo", "Carrousel photo"),
            ranges=(
                RatioRange("Plein écran : vidéo et carrousel photo", ("Vidéo", "Carrousel photo"),
                           _VERTICAL, _VERTICAL, (ImageFormat("Vidéo verticale", 1080, 1920),), _TT_PHOTO),
            ),
            sources={"max_text_chars": _TT_API, "max_hashtags": _TT_API, "url_counts_as": _TT_API,
                     "max_video_seconds": _TT_UPLOAD, "formats": _TT_UPLOAD},
        ),
        Platform(
            "LinkedIn",
            max_text_chars=3000,
            max_hashtags=None,
            url_counts_as=None,
            max_video_seconds=600,
            formats=("Texte", "Image", "Document", "Vidéo", "Article"),
            ranges=(
                RatioRange("Fil : image", ("Image",), (191, 100), (4, 5),
                           (ImageFormat("Lien partagé", 1200, 627), ImageFormat("Carré", 1080, 1080),
                            ImageFormat("Portrait", 1080, 1350)), _LI_IMAGE),
            ),
            sources={"max_text_chars": _LI_POST, "max_hashtags": _LI_POST, "url_counts_as": _LI_POST,
                     "max_video_seconds": _LI_VIDEO, "formats": _LI_POST},
        ),
        Platform(
            "X",
            max_text_chars=280,
            max_hashtags=None,
            url_counts_as=23,
            max_video_seconds=140,
            formats=("Texte", "Image", "Vidéo"),
            ranges=(
                RatioRange("Image du fil", ("Image",), (16, 9), (1, 1),
                           (ImageFormat("Paysage", 1600, 900), ImageFormat("Carré", 1080, 1080)), _X_MEDIA),
            ),
            sources={"max_text_chars": _X_COUNT, "max_hashtags": _X_COUNT, "url_counts_as": _X_COUNT,
                     "max_video_seconds": _X_VIDEO, "formats": _X_MEDIA},
        ),
    )
}


def platform(name: str) -> Platform:
    try:
        return PLATFORMS[name]
    except KeyError:
        known = ", ".join(PLATFORMS)
        raise KeyError(f"Plateforme inconnue : « {name} ». Plateformes connues : {known}.") from None
