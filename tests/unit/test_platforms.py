"""The platform table: every fact has a dated source, the check date follows the changes it cites,
and visuals are judged against ranges of proportions, not one exact size."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from cmcert_lib.domain import posts
from cmcert_lib.facts import platforms
from cmcert_lib.facts.platforms import LAST_CHECKED, PLATFORMS, RatioRange, Source


def table_problems(table=PLATFORMS, changes=platforms.CHANGES, last_checked=LAST_CHECKED) -> list[str]:
    """Every way the table breaks its dating rules, in French."""
    found = []
    sources = [(name, fact, p.sources.get(fact)) for name, p in table.items() for fact in platforms.FACTS]
    sources += [(name, f"images ({r.name})", r.source) for name, p in table.items() for r in p.ranges]
    sources += [(c.platform, f"changement : {c.what}", c.source) for c in changes]
    for name, fact, source in sources:
        if not isinstance(source, Source):
            found.append(f"{name} : {fact} n'a pas de source")
        elif not (source.title.strip() and source.url.startswith("https://") and isinstance(source.checked, date)
                  and source.kind in {"page d'aide", "annonce"}):
            found.append(f"{name} : {fact} a une source sans titre, adresse, date ou nature")
        elif source.checked > last_checked:
            found.append(f"{name} : {fact} vérifié le {source.checked}, après la vérification de la table")
    for change in changes:
        if change.announced > last_checked:
            found.append(f"{change.platform} : table vérifiée avant le changement qu'elle cite ({change.what})")
        if change.source.checked != change.announced or change.source.kind != "annonce":
            found.append(f"{change.platform} : le changement « {change.what} » n'est pas daté par son annonce")
        if change.fact in platforms.FACTS and table[change.platform].sources.get(change.fact) != change.source:
            found.append(f"{change.platform} : {change.fact} ne cite pas l'annonce du changement")
    return found


def test_every_fact_has_a_titled_source_dated_before_the_check():
    assert table_problems() == []
    assert all(set(platforms.FACTS) <= set(p.sources) and p.ranges for p in PLATFORMS.values())


def test_a_missing_source_is_found():
    x = PLATFORMS["X"]
    sources = {k: v for k, v in x.sources.items() if k != "formats"}
    assert table_problems({**PLATFORMS, "X": replace(x, sources=sources)}) == ["X : formats n'a pas de source"]


def test_a_source_checked_after_the_table_is_found():
    x = PLATFORMS["X"]
    late = replace(x.sources["formats"], checked=date(LAST_CHECKED.year + 1, 1, 1))
    problems = table_problems({**PLATFORMS, "X": replace(x, sources={**x.sources, "formats": late})})
    assert len(problems) == 1 and "après la vérification" in problems[0]


def test_a_check_date_before_a_change_it_cites_is_found():
    # The table once said « checked on 15 December 2025 » with the 5-hashtag rule of 18-19 December.
    problems = table_problems(last_checked=date(2025, 12, 15))
    assert any("avant le changement" in p and "hashtags" in p for p in problems)


def test_the_five_hashtag_rule_is_dated_by_its_announcement():
    (change,) = [c for c in platforms.CHANGES if c.fact == "max_hashtags"]
    assert change.announced == date(2025, 12, 18) and PLATFORMS["Instagram"].max_hashtags == 5
    assert PLATFORMS["Instagram"].sources["max_hashtags"] == change.source


def test_every_format_has_at_most_one_range_and_ranges_name_real_formats():
    for p in PLATFORMS.values():
        for r in p.ranges:
            assert set(r.formats) <= set(p.formats), (p.name, r.name)
            assert r.recommended and all(r.accepts(f.width, f.height) for f in r.recommended), (p.name, r.name)
        for fmt in p.formats:
            assert len(p.ranges_for(fmt)) <= 1, (p.name, fmt)


def _fits(platform: str, fmt: str | None, width: int, height: int) -> bool:
    return posts.visual_problem(platform, fmt, width, height) is None


@pytest.mark.parametrize(("width", "height", "fits"), [
    (1080, 566, True),     # 1.91:1, the widest
    (1080, 1350, True),    # 4:5, the tallest
    (1080, 1080, True),
    (1080, 720, True),     # 3:2, any ratio in between
    (1200, 630, True),     # a link image: 1.905, inside the range
    (2160, 2700, True),    # 4:5 in high definition
    (1080, 1440, False),   # 3:4: the grid's thumbnail, cropped in the feed
    (1080, 1920, False),   # 9:16: a story's visual, cropped in the feed
    (1200, 500, False),    # 2.4:1, too wide
    (540, 675, False),     # 4:5 but narrower than the recommended 1080 px
])
def test_instagram_feed_accepts_every_ratio_from_191_to_4_5(width, height, fits):
    assert _fits("Instagram", "Image", width, height) is fits
    assert _fits("Instagram", "Carrousel", width, height) is fits


def test_reels_and_stories_are_full_screen_vertical():
    assert _fits("Instagram", "Reel", 1080, 1920) and _fits("Instagram", "Story", 1080, 1920)
    assert not _fits("Instagram", "Reel", 1080, 1350)
    assert not _fits("TikTok", "Vidéo", 1920, 1080)


def test_linkedin_accepts_4_5_and_square_and_link_images():
    for size in ((1080, 1350), (1080, 1080), (1200, 627)):
        assert _fits("LinkedIn", "Image", *size), size
    assert not _fits("LinkedIn", "Image", 1080, 1920)


def test_x_shows_square_and_landscape_images():
    assert _fits("X", "Image", 1080, 1080) and _fits("X", "Image", 1600, 900)
    assert (1080, 1080) in [(f.width, f.height) for f in PLATFORMS["X"].images]
    assert not _fits("X", "Image", 1080, 1920)


def test_the_format_decides_the_range():
    assert _fits("Instagram", "Reel", 1080, 1920) and not _fits("Instagram", "Image", 1080, 1920)
    # No format given: any range of the platform.
    assert _fits("Instagram", None, 1080, 1920) and _fits("Instagram", None, 1080, 1350)
    # A format the table gives no range for (a text post, a document) puts no constraint on visuals.
    assert _fits("LinkedIn", "Document", 1000, 1414)


def test_the_message_says_what_is_wrong_in_french():
    message = posts.visual_problem("Instagram", "Image", 1080, 1920)
    assert "1080×1920" in message and "de 1,91:1 à 4:5" in message
    assert "largeur recommandée" in posts.visual_problem("Instagram", "Image", 540, 675)


def test_a_range_of_one_ratio_and_its_label():
    square = RatioRange("Carré", ("Image",), (1, 1), (1, 1), (platforms.ImageFormat("Carré", 1080, 1080),),
                        PLATFORMS["X"].ranges[0].source)
    assert square.label == "1:1" and square.accepts(2000, 2000) and not square.accepts(1080, 1350)
    assert not square.accepts(0, 0)
    assert PLATFORMS["Instagram"].ranges[0].label == "de 1,91:1 à 4:5"
