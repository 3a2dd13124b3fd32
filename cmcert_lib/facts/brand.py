"""The fictional brand that runs through the whole course, and its market.

Every dataset, brief and exercise refers to these facts; change them here only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Account:
    brand: str
    platform: str  # one of platforms.PLATFORMS keys
    handle: str


BRAND = "Maison Ondine"
BRAND_TAGLINE = "Cosmétiques solides et naturels, fabriqués à Saint-Malo"
BRAND_CITY = "Saint-Malo"
BRAND_DOMAIN = "maison-ondine.fr"
BRAND_SITE = f"https://www.{BRAND_DOMAIN}"
# The brand's local time: a calendar's times are wall-clock times in Saint-Malo.
TIMEZONE = "Europe/Paris"

# Fictional competitors on the French solid-cosmetics market.
COMPETITORS = ("Savonnerie du Phare", "Pure Galet", "Les Solides d'Aimée", "Cosmo Vrac")
BRANDS = (BRAND, *COMPETITORS)

ACCOUNTS = (
    Account(BRAND, "Instagram", "@maisonondine"),
    Account(BRAND, "Facebook", "Maison Ondine"),
    Account(BRAND, "TikTok", "@maison.ondine"),
    Account(BRAND, "LinkedIn", "Maison Ondine"),
    Account("Savonnerie du Phare", "Instagram", "@savonneriedulphare"),
    Account("Savonnerie du Phare", "Facebook", "Savonnerie du Phare"),
    Account("Pure Galet", "Instagram", "@puregalet"),
    Account("Pure Galet", "TikTok", "@puregalet"),
    Account("Pure Galet", "Facebook", "Pure Galet Cosmétiques"),
    Account("Les Solides d'Aimée", "Instagram", "@lessolidesdaimee"),
    Account("Les Solides d'Aimée", "TikTok", "@solides.aimee"),
    Account("Cosmo Vrac", "Instagram", "@cosmovrac"),
    Account("Cosmo Vrac", "Facebook", "Cosmo Vrac"),
    Account("Cosmo Vrac", "LinkedIn", "Cosmo Vrac SAS"),
)

# The listening year covered by the social-listening export and the benchmark.
LISTENING_START = date(2025, 11, 1)
LISTENING_END = date(2026, 10, 31)

# The bad buzz: an influencer shows that the "zéro plastique" shampoo bar ships
# in a plastic-lined pouch; it peaks in the week starting on this Monday.
BAD_BUZZ_WEEK = date(2026, 3, 9)
BAD_BUZZ_TOPIC = "sachet doublé de plastique du shampoing solide « zéro déchet »"

# The company, as the brief gives it: what decides whether the European Accessibility Act
# (directive (UE) 2019/882) applies to its online shop.
EMPLOYEES = 14
TURNOVER_2025_EUR = 2_100_000
ONLINE_SALES_SHARE_2025 = 0.38  # share of the turnover made by the brand's own online shop

# The brief's project: dates the candidate's calendar and objectives refer to.
BRIEF_DATE = date(2026, 11, 16)
PROJECT_START = date(2027, 1, 4)
PROJECT_END = date(2027, 6, 30)
BUDGET_EUR_HT = 18_000

# The charter summary the client validated at the end of the charter workshop;
# the calendar exercise (notebook 06) plans against it.  No pillar is named with a claim the charter
# forbids (« zéro déchet »): the pillar that proves the brand's commitments says so.
VALIDATED_PILLARS = {
    "Savoir-faire malouin": 0.30,
    "Rituels & conseils": 0.30,
    "Engagements prouvés": 0.25,
    "Communauté": 0.15,
}
# Posts per week each platform must carry during the campaign.
VALIDATED_FREQUENCY = {"Instagram": 4, "TikTok": 2, "Facebook": 2, "LinkedIn": 1}

# --- Bloc 2: the spring 2027 launch and the charter the contents follow ------------------------------

# « Petite Vague », the brand's first gentle solid shampoo for children, announced in the Bloc 1 brief.
LAUNCH_PRODUCT = "Petite Vague"
LAUNCH_BRIEF_DATE = date(2027, 1, 25)  # Bloc 2's brief: the contents of the launch
LAUNCH_CONTENT_DUE = date(2027, 3, 5)  # every content handed to the client for validation
LAUNCH_DATE = date(2027, 4, 6)  # on sale on the online shop and at the boutique-atelier
LAUNCH_RESELLERS_DATE = date(2027, 4, 13)  # at the resellers
LAUNCH_ARTICLE_WORDS = (800, 1200)  # the launch's blog article, as long as Bloc 2's brief asks

# Bloc 3's brief: the social media set-up for the six months after the launch.
PLAN_BRIEF_DATE = date(2027, 5, 10)
PLAN_FILE_DUE = date(2027, 6, 18)  # the recommendations file handed in
PLAN_DEFENCE_DATE = date(2027, 7, 1)  # its presentation before the client's committee
PLAN_START = date(2027, 9, 1)
PLAN_END = date(2028, 2, 29)
PLAN_BUDGET_EUR_HT = 24_000  # everything: media, production, tools, services
# The communities on 30 April 2027, the plan's starting point.
PLAN_BASELINE_FOLLOWERS = {"Instagram": 18_400, "Facebook": 9_100, "TikTok": 6_300, "LinkedIn": 1_150}

# The visual identity: the charter's colours (hex). Text laid on them is checked for contrast (WCAG AA).
PALETTE = {
    "Bleu marine": "#1D3B53",
    "Écume": "#F4EFE6",
    "Sable": "#D9C3A0",
    "Goémon": "#4F6B4A",
    "Corail": "#C8553D",
}

# The tone the validated charter sets, and the words it keeps out of the brand's mouth (besides the
# forbidden claims of facts/claims.py): anxiety-inducing, superlative or condescending words.
VALIDATED_TONE = ("chaleureux", "précis", "complice", "transparent")
AVOIDED_TONE_WORDS = (
    "incroyable", "révolutionnaire", "miracle", "miraculeux", "parfait", "parfaite", "le meilleur", "la meilleure",
    "les meilleurs", "les meilleures", "unique au monde",
    "exceptionnel", "ultime", "toxique", "toxiques", "danger", "dangereux", "nocif", "nocifs",
    "culpabiliser", "vous devez", "il faut absolument",
)
# How the brand addresses its readers: « vous » everywhere, the first name of the team in the signature.
ADDRESS = "vouvoiement"
