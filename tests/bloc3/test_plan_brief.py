"""Bloc 3's brief page and the facts the exercises compute with tell the same story."""

from cmcert_lib.bloc3 import brief
from cmcert_lib.facts import brand, french


def _euros(amount: int) -> str:
    return french.grouped(amount, 0).replace(french.THOUSANDS_SEPARATOR, " ") + " €"


def test_the_page_states_the_facts():
    text = " ".join(brief.brief_text().split())  # one space where the page wraps a line
    assert brief.CONTACT_EMAIL in text and brief.CONTACT_PHONE in text
    for day in (brand.PLAN_BRIEF_DATE, brand.PLAN_FILE_DUE, brand.PLAN_DEFENCE_DATE, brand.PLAN_START,
                brand.PLAN_END):
        assert french.long_date(day) in text, day
    assert f"{_euros(brief.BUDGET_EUR_HT)} HT pour les six mois" in text
    assert f"La TVA est de {round(brief.VAT_RATE * 100)} %" in text
    for network, followers in brief.BASELINE_FOLLOWERS.items():
        assert f"{french.grouped(followers, 0).replace(french.THOUSANDS_SEPARATOR, ' ')} sur {network}" in text or \
            f"{french.grouped(followers, 0).replace(french.THOUSANDS_SEPARATOR, ' ')} abonnés sur {network}" in text
    assert f"en {brief.RESPONSE_TIME_HOURS_NOW} heures" in text
    assert f"moins de {brief.RESPONSE_TIME_TARGET_HOURS} heures" in text
    assert brief.CHRISTMAS_LAST_ORDER in text and brief.SCHEDULING_TOOL in text
    assert f"{brief.SCHEDULING_TOOL_MONTHLY_EUR_HT} € HT par mois" in text
    assert f"{brief.FREELANCE_DAY_RATE_EUR_HT} € HT la journée" in text
    assert f"{brief.PHOTOGRAPHER_HALF_DAY_EUR_HT} € HT la demi-journée" in text


def test_the_period_lasts_six_months():
    months = (brief.END.year - brief.START.year) * 12 + brief.END.month - brief.START.month + 1
    assert months == 6 and brief.START.day == 1 and (brief.END.month, brief.END.day) == (2, 29)
