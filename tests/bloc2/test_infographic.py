"""describe(fig): what the PNG of a matplotlib figure shows, as plain data; the legibility facts."""

from __future__ import annotations

import matplotlib
import matplotlib.pyplot as plt
import pytest
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from PIL import Image

from cmcert_lib.bloc2.infographic import InfographicError, describe, numbers_in, palette_name, target
from cmcert_lib.facts import legibility
from cmcert_lib.facts.brand import PALETTE

MARINE, ECUME = PALETTE["Bleu marine"], PALETTE["Écume"]


@pytest.fixture
def poster():
    fig = plt.figure(figsize=(10.8, 13.5), dpi=100, facecolor=ECUME)
    fig.text(0.1, 0.9, "Un titre de trois mots", fontsize=31 * 0.72, weight="bold", color=MARINE)
    fig.add_artist(Rectangle((0, 0), 1, 0.2, transform=fig.transFigure, color=MARINE))
    fig.text(0.1, 0.1, "86 %", fontsize=72, color=ECUME)
    ax = fig.add_axes((0.2, 0.3, 0.6, 0.4))
    ax.bar(["Raides", "Bouclés"], [92, 88], color=MARINE, label="Part des familles")
    ax.legend()
    hidden = fig.add_axes((0.8, 0.8, 0.1, 0.1))
    hidden.plot([1, 2], [3, 4])
    hidden.axis("off")
    yield fig
    plt.close(fig)


def test_size_weight_and_file(poster, tmp_path):
    path = tmp_path / "livrables" / "infographie.png"
    info = describe(poster, path)
    assert (info["largeur_px"], info["hauteur_px"], info["dpi"]) == (1080, 1350, 100.0)
    assert info["poids_octets"] == path.stat().st_size > 0
    with Image.open(path) as image:
        assert image.size == (1080, 1350)
    assert info["fond"] == ECUME.lower()
    assert info["couleurs"][0]["couleur"] == ECUME.lower() and info["couleurs"][0]["part"] > 0.4
    assert info["legende"] == ["Part des familles"]


def test_every_drawn_text_with_its_size_weight_colour_and_background(poster):
    texts = {t["texte"]: t for t in describe(poster)["textes"]}
    title = texts["Un titre de trois mots"]
    assert title["taille_px"] == pytest.approx(31, abs=0.1) and title["gras"] is True
    assert title["couleur"] == MARINE.lower() and title["fond"] == ECUME.lower()
    assert title["haut_px"] < 1350 * 0.15 and not title["graduation"]
    figure = texts["86 %"]
    assert figure["fond"] == MARINE.lower() and figure["gras"] is False
    assert figure["taille_px"] == pytest.approx(100)
    assert texts["Raides"]["graduation"] is True
    assert "Part des familles" in texts
    # The hidden axes' tick labels are not drawn, so not described.
    assert not any(t["texte"] in ("1.0", "3.0") for t in texts.values())


def test_a_text_cut_by_the_edge_goes_beyond_the_image():
    fig = plt.figure(figsize=(10.8, 13.5), dpi=100)
    fig.text(0.8, 0.5, "Un texte bien trop long pour tenir", fontsize=40)
    (text,) = describe(fig)["textes"]
    assert text["droite_px"] > 1080
    plt.close(fig)


def test_the_saved_size_ignores_a_tight_bounding_box_setting():
    fig = plt.figure(figsize=(10.8, 13.5), dpi=100)
    fig.text(0.5, 0.5, "x")
    with matplotlib.rc_context({"savefig.bbox": "tight", "savefig.dpi": 300}):
        info = describe(fig)
    assert (info["largeur_px"], info["hauteur_px"]) == (1080, 1350)
    plt.close(fig)


def test_a_translucent_text_takes_the_colour_of_what_shows_through():
    fig = plt.figure(figsize=(4, 4), dpi=100, facecolor="#ffffff")
    fig.text(0.1, 0.5, "Texte pâle", color="#000000", alpha=0.2, fontsize=30)
    (text,) = describe(fig)["textes"]
    assert text["couleur"] == "#cccccc"
    plt.close(fig)


def test_text_drawing_is_left_as_it_was():
    draw = Text.draw
    fig = plt.figure()
    fig.text(0.5, 0.5, "x")
    describe(fig)
    assert Text.draw is draw
    plt.close(fig)


@pytest.mark.parametrize("not_a_figure", [None, "fig", plt.Axes, {"largeur_px": 1080}])
def test_only_a_figure_is_described(not_a_figure):
    with pytest.raises(InfographicError, match="figure matplotlib"):
        describe(not_a_figure)


@pytest.mark.parametrize(("text", "numbers"), [
    ("86 %", [86.0]), ("40,2 lavages", [40.2]), ("73.3 %", [73.3]), ("1 200 familles", [1200.0]),
    ("1\u202f200", [1200.0]), ("Raides : 92 % et Bouclés : 88 %", [92.0, 88.0]), ("le 3e lavage", []),
    ("", []), (None, []), (86, []),
])
def test_numbers_written_in_a_text(text, numbers):
    assert numbers_in(text) == numbers


def test_numbers_of_a_huge_text_are_bounded():
    assert len(numbers_in("1 " * 100_000)) < 200


@pytest.mark.parametrize(("colour", "name"), [
    ("#1D3B53", "Bleu marine"), ("#1e3b54", "Bleu marine"), ("#f4efe6", "Écume"), ("#000000", None),
    ("#ffffff", None), ("bleu", None), (None, None), ((29, 59, 83), "Bleu marine"),
])
def test_palette_names(colour, name):
    assert palette_name(colour) == name


def test_the_target_is_the_instagram_portrait():
    t = target()
    assert t["taille_recommandee"] == (1080, 1350) and t["largeur_min"] == 1080
    assert t["taille_texte_min_px"] == 31


def test_legibility_scales_with_the_image():
    assert legibility.min_text_px(1080) == 31  # 11 pt x 1080 / 390 = 30.5
    assert legibility.min_text_px(2160) == 61
    # 66 px on a 1080 px image is about 18 WCAG points on a 390 pt wide phone: large text from there.
    assert legibility.wcag_pt(66, 1080) == pytest.approx(17.9, abs=0.1)
    assert legibility.INSTAGRAM_IMAGE_MAX_BYTES == 8 * 1024 * 1024
