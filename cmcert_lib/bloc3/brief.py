"""Bloc 3's brief: the social media set-up of Maison Ondine, September 2027 to February 2028.

The brief is a Markdown page shipped in ``cmcert_lib/bloc3/data/brief.md``; the facts the exercises
compute with are :mod:`cmcert_lib.facts.brand`'s (dates, budget, communities) and
:mod:`cmcert_lib.facts.french`'s (VAT), repeated here only as names the notebooks read.
``tests/bloc3/test_plan_brief.py`` checks that the page and the facts agree.
"""

from __future__ import annotations

from cmcert_lib.bloc3.datasets import shipped
from cmcert_lib.facts import brand, french

BRIEF_FILE = "brief.md"

CONTACT_NAME = "Léna Morvan"
CONTACT_EMAIL = f"lena.morvan@{brand.BRAND_DOMAIN}"
# A number from the range ARCEP reserves for fiction (02 61 91 xx xx).
CONTACT_PHONE = "02 61 91 24 38"

START, END = brand.PLAN_START, brand.PLAN_END
BUDGET_EUR_HT = brand.PLAN_BUDGET_EUR_HT
VAT_RATE = french.VAT_RATE
BASELINE_FOLLOWERS = brand.PLAN_BASELINE_FOLLOWERS
RESPONSE_TIME_HOURS_NOW = 19  # the mean response time to comments and messages since the launch
RESPONSE_TIME_TARGET_HOURS = 4  # working hours
CHRISTMAS_LAST_ORDER = "vendredi 17 décembre 2027"
SCHEDULING_TOOL = "Hootsuite"
SCHEDULING_TOOL_MONTHLY_EUR_HT = 99
FREELANCE_DAY_RATE_EUR_HT = 350
PHOTOGRAPHER_HALF_DAY_EUR_HT = 600


def brief_text() -> str:
    """The brief as Markdown text."""
    return shipped(BRIEF_FILE).read_text(encoding="utf-8")


def show_brief() -> None:
    """Display the brief in a notebook, rendered as Markdown."""
    from IPython.display import Markdown, display

    display(Markdown(brief_text()))
