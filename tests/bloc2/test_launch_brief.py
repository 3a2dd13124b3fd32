"""Bloc 2's brief page and the facts the exercises compute with tell the same story."""

from cmcert_lib.bloc2 import brief
from cmcert_lib.facts import brand, claims, french


def test_the_page_states_the_facts():
    text = brief.brief_text()
    assert f"« {brief.PRODUCT} »" in text
    assert f"{brief.PRODUCT_PRICE_EUR_TTC} € TTC" in text
    assert f"pain de {brief.PRODUCT_WEIGHT_G} g" in text and f"{brief.PRODUCT_WASHES} lavages" in text
    assert f"dès {brief.MINIMUM_AGE} ans" in text
    assert f"{brief.TEST_FAMILIES} familles" in text and f"{brief.DERMATOLOGICAL_PANEL} enfants" in text
    assert brief.CONTACT_EMAIL in text and brief.CONTACT_PHONE in text
    assert french.long_date(brand.LAUNCH_BRIEF_DATE) in text
    for day in (brand.LAUNCH_CONTENT_DUE, brand.LAUNCH_DATE):
        assert french.long_date(day) in text
    upper = french.grouped(brief.BLOG_WORDS[1], 0).replace(french.THOUSANDS_SEPARATOR, " ")
    assert f"{brief.BLOG_WORDS[0]} à {upper} mots" in text
    for pillar, share in brand.VALIDATED_PILLARS.items():
        assert f"{pillar} {round(share * 100)} %" in text
    for platform, per_week in brand.VALIDATED_FREQUENCY.items():
        assert f"{platform} {per_week}" in text or f"{platform} {per_week} fois" in text


def test_the_page_names_the_forbidden_claims_only_as_forbidden():
    import re

    text = brief.brief_text().lower()
    section = text[text.index("## 4."):text.index("## 5.")]
    for pattern, _ in claims.FORBIDDEN_CLAIMS:
        for match in re.finditer(pattern, text):
            assert section.find(match.group(0)) >= 0, f"« {match.group(0)} » used outside the constraints"
