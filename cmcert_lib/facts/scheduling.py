"""Scheduling tools and profile settings: Hootsuite's bulk import rules and each network's profile fields.

Hootsuite's Bulk Composer imports a CSV of posts: one row per post, the networks chosen at upload. Its
help page could not be fetched from the course's machine on the day these facts were written
(2 December 2026): the rules below were compared with stored copies of practitioners' guides that
quote the tool's upload window and its sample file, and with the course's domain facts; the source
names the official page they belong to. Check them again before a session.

The profile fields (biography length, profile picture and cover sizes, usernames) are the networks'
own help pages' figures; :mod:`cmcert_lib.facts.platforms` holds the posts' limits (text, hashtags).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from cmcert_lib.facts.platforms import Source

LAST_CHECKED = date(2026, 12, 2)

# --- Hootsuite Bulk Composer ------------------------------------------------------------------------

# The help article's own address could not be confirmed from the course's machine: the source names the
# help centre's search for it (« Schedule posts in bulk »); replace it with the article's address when checked.
HOOTSUITE_BULK = Source(
    "Hootsuite Help Center — Schedule posts in bulk (Bulk Composer : fichier CSV, colonnes date, message, lien)",
    "https://help.hootsuite.com/hc/en-us/search?query=bulk+composer", LAST_CHECKED)
HOOTSUITE_BULK_GUIDE = Source(
    "The Business of Writing: Using Hootsuite Pro's bulk message scheduler (350 messages : date, message, lien)",
    "https://kim-iverson-headlee.blogspot.com/2016/08/the-business-of-writing-using-hootsuite.html",
    LAST_CHECKED, "guide")

# The file's columns, in order: the date and time, the message, an optional link. No network column:
# the profiles are chosen in the upload window, so a file goes to one profile (or a set of profiles).
HOOTSUITE_COLUMNS = ("Date", "Message", "Link")
# The date format chosen in the upload window, day first (French), 24-hour clock.
HOOTSUITE_DATE_FORMAT = "%d/%m/%Y %H:%M"
HOOTSUITE_DATE_PATTERN = re.compile(r"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$")
HOOTSUITE_MINUTE_STEP = 5  # times end in 0 or 5
HOOTSUITE_MIN_LEAD_MINUTES = 10  # every post at least 10 minutes after the upload
HOOTSUITE_MAX_ROWS = 350  # posts per file (minus the posts already scheduled)
# Two identical messages are refused (the networks reject duplicate posts).
HOOTSUITE_NO_DUPLICATES = True

# --- profiles ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProfileRules:
    """What a brand's profile on a network accepts."""

    network: str
    bio_field: str  # the field's name in the network's settings, French
    bio_max_chars: int
    picture: tuple[int, int]  # recommended profile picture, width x height (square)
    cover: tuple[int, int] | None  # recommended cover image; None: the network has none
    handle_pattern: str  # the characters and length the username accepts (a regular expression)
    handle_rule: str  # the same, said in French
    categories: tuple[str, ...]  # the categories the brand may choose (the network's list, French)
    source: Source


_IG = Source("Centre d'aide Instagram — Modifier votre profil (biographie de 150 caractères) ; "
             "photo de profil 320 × 320", "https://help.instagram.com/362497417173378", LAST_CHECKED)
_FB = Source("Centre d'aide Facebook — Photo de profil et photo de couverture d'une Page "
             "(couverture 851 × 315 sur ordinateur) ; présentation de 101 caractères",
             "https://www.facebook.com/help/125379114252045", LAST_CHECKED)
_TT = Source("Centre d'aide TikTok — Modifier le profil (bio de 80 caractères, nom d'utilisateur)",
             "https://support.tiktok.com/fr/getting-started/setting-up-your-profile/editing-your-profile",
             LAST_CHECKED)
_LI = Source("Aide LinkedIn — Page entreprise : logo 300 × 300, image de couverture 1128 × 191, "
             "slogan de 120 caractères", "https://www.linkedin.com/help/linkedin/answer/a563309", LAST_CHECKED)
_PI = Source("Centre d'aide Pinterest — Modifier votre profil (À propos : 500 caractères, couverture 16:9) "
             "et passer à un compte professionnel", "https://help.pinterest.com/fr/article/edit-your-profile",
             LAST_CHECKED)

_BEAUTY = "Beauté, cosmétiques et soins personnels"
PROFILES: dict[str, ProfileRules] = {
    r.network: r
    for r in (
        ProfileRules("Instagram", "Bio", 150, (320, 320), None, r"^[a-z0-9._]{1,30}$",
                     "lettres, chiffres, points et tirets bas ; 30 au plus",
                     (_BEAUTY, "Boutique de détail", "Santé/beauté"), _IG),
        ProfileRules("Facebook", "Présentation", 101, (180, 180), (851, 315), r"^[a-z0-9.]{5,50}$",
                     "lettres, chiffres et points ; de 5 à 50",
                     (_BEAUTY, "Boutique de détail", "Santé/beauté"), _FB),
        ProfileRules("TikTok", "Bio", 80, (200, 200), None, r"^[a-z0-9._]{2,24}$",
                     "lettres, chiffres, points et tirets bas ; de 2 à 24",
                     ("Beauté et soins personnels", "Commerce de détail"), _TT),
        ProfileRules("LinkedIn", "Slogan", 120, (300, 300), (1128, 191), r"^[a-z0-9-]{3,100}$",
                     "lettres, chiffres et tirets (adresse de la page) ; de 3 à 100",
                     ("Fabrication de produits de soins personnels", "Commerce de détail"), _LI),
        ProfileRules("Pinterest", "À propos", 500, (165, 165), (800, 450), r"^[a-z0-9_]{3,30}$",
                     "lettres, chiffres et tirets bas, sans point ; de 3 à 30",
                     ("Beauté", "Maison et jardin", "Commerce de détail"), _PI),
    )
}

# The UTM parameters a profile link carries so the site's analytics credits the network.
PROFILE_UTM = ("utm_source", "utm_medium", "utm_campaign")
