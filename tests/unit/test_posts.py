"""A post's links, hashtags and weighted length, as every check and validator reads them."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest

from cmcert_lib.domain import posts
from cmcert_lib.facts import platforms

LONG_URL = "https://www.maison-ondine.fr/boutique/shampoings-solides/iode-et-sel?ref=x"


# --- links ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "found"), [
    ("Voir https://maison-ondine.fr/a", ["https://maison-ondine.fr/a"]),
    ("Voir http://maison-ondine.fr", ["http://maison-ondine.fr"]),
    ("Voir www.maison-ondine.fr/atelier", ["www.maison-ondine.fr/atelier"]),
    ("Voir WWW.Maison-Ondine.fr et HTTPS://X.COM/a", ["WWW.Maison-Ondine.fr", "HTTPS://X.COM/a"]),
    ("Voir https://x.fr/a.", ["https://x.fr/a"]),
    ("(voir https://x.fr/a), puis", ["https://x.fr/a"]),
    ("« https://x.fr/a »", ["https://x.fr/a"]),
    ("Le site https://x.fr/a?b=1&c=2#top !", ["https://x.fr/a?b=1&c=2#top"]),
    ('<a href="https://x.fr/a">lien</a>', ["https://x.fr/a"]),
    ("Écrivez à contact@www.example.fr", []),
    ("Rendez-vous sur maison-ondine.fr", []),
    ("Le mot www seul, ou https:// sans adresse", []),
])
def test_urls(text, found):
    assert posts.urls(text) == found


def test_without_urls_keeps_the_words_apart():
    assert posts.without_urls("Voir:https://x.fr/a. Merci") == "Voir: . Merci"
    assert posts.without_urls("a www.x.fr b", "") == "a  b"


# --- hashtags ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "tags"), [
    ("#Savon #SaintMalo", ["Savon", "SaintMalo"]),
    ("#ÉtéSolide et #Crème_Mains", ["ÉtéSolide", "Crème_Mains"]),
    ("#Savon, #Savon. #savon!", ["Savon", "Savon", "savon"]),
    ("Numéro #1 depuis #2027 mais #1erPrix", ["1erPrix"]),
    ("page#section et AT&T#Savon et l'&#39;entité", []),
    ("https://maison-ondine.fr/faq#livraison et #Savon", ["Savon"]),
    ("www.maison-ondine.fr/#avis et x.fr/#a", []),
    ("Les deux-points :#Savon et (#Mer)", ["Savon", "Mer"]),
    ("##Double", ["Double"]),
    ("#l'été", ["l"]),
    ("# Savon", []),
])
def test_hashtags(text, tags):
    assert posts.hashtags(text) == tags


def test_an_accent_typed_as_two_characters_stays_in_the_tag():
    decomposed = unicodedata.normalize("NFD", "#ÉtéSolide")
    assert len(decomposed) == len("#ÉtéSolide") + 2
    assert posts.hashtags(decomposed) == ["ÉtéSolide"]


def test_distinct_hashtags_ignore_case_and_keep_the_first_spelling():
    assert posts.distinct_hashtags("#Savon #savon #Mer", "#SAVON #Vent") == ["Savon", "Mer", "Vent"]
    assert posts.hashtag_count("#Savon #savon", "#SaintMalo") == 2
    assert posts.hashtag_count("Sans tag", "") == 0
    assert posts.hashtag_count() == 0


# --- weighted length --------------------------------------------------------------------


def test_x_weighs_every_link_as_its_table_says():
    x = platforms.platform("X")
    text = f"Nouveau : {LONG_URL}"
    assert posts.weighted_length(text, x) == len("Nouveau : ") + x.url_counts_as
    assert posts.weighted_length(text, "X") == len("Nouveau : ") + 23
    assert posts.weighted_length("a https://x.fr b", "X") == len("a  b") + 23  # a short link too
    assert posts.weighted_length(f"{LONG_URL} www.x.fr/a.", "X") == 23 + 1 + 23 + 1


def test_other_platforms_count_links_as_written():
    text = f"Nouveau : {LONG_URL}"
    for name in ("Instagram", "Facebook", "TikTok", "LinkedIn"):
        assert platforms.platform(name).url_counts_as is None
        assert posts.weighted_length(text, name) == len(text)


def test_the_weight_is_read_from_the_platform_table():
    x = platforms.platform("X")
    heavier = replace(x, url_counts_as=30)
    assert posts.weighted_length(f"a {LONG_URL}", heavier) == 2 + 30
    plain = replace(x, url_counts_as=None)
    assert posts.weighted_length(f"a {LONG_URL}", plain) == 2 + len(LONG_URL)


def test_a_decomposed_accent_is_one_character():
    assert posts.weighted_length(unicodedata.normalize("NFD", "Été"), "Instagram") == 3


def test_an_unknown_platform_is_an_error():
    with pytest.raises(KeyError, match="Plateforme inconnue"):
        posts.weighted_length("texte", "Myspace")


def test_a_post_at_x_limit_fits_and_one_more_character_does_not():
    x = platforms.platform("X")
    room = x.max_text_chars - x.url_counts_as - 1
    assert posts.weighted_length("b" * room + " " + LONG_URL, x) == x.max_text_chars
    assert posts.weighted_length("b" * (room + 1) + " " + LONG_URL, x) == x.max_text_chars + 1
