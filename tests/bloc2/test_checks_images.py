"""Notebook 03 (images for each network): the shipped shoot, the helpers and every scorer on hand-computed cases."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from cmcert_lib.bloc2.checks import images as checks
from cmcert_lib.bloc2.datasets import DataFileError, load_contact_sheet, load_photo
from cmcert_lib.bloc2.images import TARGETS, export_visuals, read_box, target
from cmcert_lib.checks.core import CheckFailed, run_scorer, run_visible
from cmcert_lib.checks.wire import roundtrip
from cmcert_lib.facts.images import MAX_ALT_CHARS
from cmcert_lib.facts.platforms import platform

PUBLISHABLE = ["PV_0118_012", "PV_0118_019", "PV_0118_027"]
TRI = {
    "PV_0118_012": (True, "correcte"), "PV_0118_019": (False, "correcte"), "PV_0118_027": (True, "correcte"),
    "PV_0118_031": (False, "surexposée"), "PV_0118_036": (True, "sous-exposée"),
    "PV_0118_044": (True, "sous-exposée"), "PV_0118_050": (False, "surexposée"),
    "PV_0118_057": (False, "sous-exposée"),
}
EXPECTED_TRI = {name: {"tiers": t, "exposition": e} for name, (t, e) in TRI.items()}
CROPS = {
    "instagram_portrait": {"photo": "PV_0118_027", "boite": (0, 222, 1200, 1722)},
    "instagram_story": {"photo": "PV_0118_027", "boite": (103, 0, 1115, 1800)},
    "facebook_lien": {"photo": "PV_0118_012", "boite": (0, 148, 1800, 1093)},
    "linkedin_carre": {"photo": "PV_0118_019", "boite": (600, 0, 1800, 1200)},
}
EXPECTED_CROPS = {"visuels": [t.key for t in TARGETS]}
OVERLAY = {"photo": "PV_0118_012", "texte": "Le 6 avril, la douceur fait des vagues", "couleur": "#F4EFE6",
           "zone": (60, 950, 940, 1090), "taille_pt": 40, "gras": True}
ALTS = {
    "PV_0118_012": "Pain de shampoing corail posé sur le rebord en bois d'une baignoire moussante.",
    "PV_0118_019": "Étui en carton et pain sur un plan de toilette, à côté d'une serviette pliée.",
    "PV_0118_027": "Le pain sur son porte-savon, sur une étagère, entre un bocal et une serviette roulée.",
}


def _score(question: str, answer, expected):
    return run_scorer(question, roundtrip(answer), expected)


# --- the shipped shoot ---------------------------------------------------------------------------------


def test_contact_sheet_is_typed_and_names_every_photo():
    sheet = load_contact_sheet()
    assert list(sheet["Fichier"]) == list(TRI)
    assert sheet["Sujet gauche (px)"].dtype == "int64"
    for row in sheet.to_dict("records"):
        image = load_photo(row["Fichier"])
        assert image.size == (row["Largeur (px)"], row["Hauteur (px)"])
        assert 0 <= row["Sujet gauche (px)"] < row["Sujet droite (px)"] <= image.width


def test_the_shoot_is_built_so_that_one_answer_for_all_earns_less_than_half():
    assert [checks.photo_on_thirds(n) for n in TRI] == [t for t, _ in TRI.values()]
    assert [checks.exposure(n) for n in TRI] == [e for _, e in TRI.values()]
    # every grey mean is far from the thresholds: another fair way of measuring lands in the same class
    assert all(abs(checks.mean_grey(n) - limit) > 15 for n in TRI for limit in (90, 170))
    for thirds in (True, False):
        for light in checks.EXPOSURES:
            constant = {n: {"Règle des tiers": thirds, "Exposition": light} for n in TRI}
            assert _score("bloc2.images_tri", constant, EXPECTED_TRI).fraction < 0.5


def test_children_are_only_in_photos_with_a_signed_release():
    sheet = load_contact_sheet()
    with_children = sheet[sheet["Mots-clés"].str.contains("enfant")]
    assert set(with_children["Autorisation droit à l'image"]) == {"signée"}


def test_unknown_photo_and_bad_sheet_give_french_errors(tmp_path):
    with pytest.raises(DataFileError, match="Photo inconnue"):
        load_photo("../../etc/passwd")
    bad = tmp_path / "planche.csv"
    bad.write_text("Fichier,Date\nPV,1\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="planche contact"):
        load_contact_sheet(bad)


# --- the helpers --------------------------------------------------------------------------------------


def test_targets_come_from_the_platform_table():
    story = target("instagram_story")
    assert (story.width, story.height) == (1080, 1920)
    assert story.size in platform("Instagram").ranges_for("Story")[0].recommended
    assert target("facebook_lien").ratio_fits(1800, 945) and not target("facebook_lien").ratio_fits(1800, 1000)
    assert target("instagram_story").sharp_enough(1012, 1800) and not target("instagram_story").sharp_enough(900, 1600)


@pytest.mark.parametrize("value", [None, "0,0,1,1", [1, 2, 3], [0, 0, math.nan, 4], [5, 0, 1, 4], [True, 0, 4, 4],
                                   [0, 0, 10**9, 4]])
def test_read_box_refuses_odd_values(value):
    with pytest.raises(ValueError):
        read_box(value)


def test_read_box_accepts_sides_by_name_and_floats():
    assert read_box({"gauche": 1.4, "haut": 0, "droite": 10, "bas": 20.6}) == (1, 0, 10, 21)


def test_export_writes_each_visual_at_its_size(tmp_path):
    from PIL import Image

    paths = export_visuals({**CROPS, "linkedin_carre": {"photo": "PV_0118_019", "boite": "n'importe"}},
                           tmp_path, overlay=OVERLAY)
    assert [p.stem for p in paths] == ["instagram_portrait", "instagram_story", "facebook_lien"]
    with Image.open(paths[1]) as story:
        assert story.size == (1080, 1920)


def test_on_thirds_by_hand():
    assert checks.on_thirds((90, 0, 110, 10), (0, 0, 300, 300))  # centre x = 100, exactly a third
    assert not checks.on_thirds((140, 140, 160, 160), (0, 0, 300, 300))  # centred
    assert checks.on_thirds((140, 185, 160, 215), (0, 0, 300, 300))  # y = 200, two thirds


# --- 1. the tri ------------------------------------------------------------------------------------------


def test_tri_full_partial_and_hostile():
    frame = pd.DataFrame([{"Fichier": n, "Règle des tiers": t, "Exposition": e} for n, (t, e) in TRI.items()])
    assert _score("bloc2.images_tri", frame, EXPECTED_TRI).fraction == 1
    frame.loc[0, "Exposition"] = "surexposée"
    frame.loc[1, "Règle des tiers"] = True
    outcome = _score("bloc2.images_tri", frame, EXPECTED_TRI)
    assert outcome.fraction == pytest.approx(14 / 16) and len(outcome.remarks) == 2
    assert "correcte" not in " ".join(outcome.remarks).replace("correctement", "")
    for hostile in (None, 3, "texte", ["a"], {"PV_0118_012": "oui"}, {"x" * 10_000: {}}):
        assert _score("bloc2.images_tri", hostile, EXPECTED_TRI).fraction == 0
    with pytest.raises(CheckFailed, match="manque"):
        run_visible("bloc2.images_tri", roundtrip(frame.iloc[:3]))


# --- 2. the crops ----------------------------------------------------------------------------------------


def test_crops_full_and_each_rule():
    assert _score("bloc2.images_recadrages", CROPS, EXPECTED_CROPS).fraction == 1
    wrong = dict(CROPS)
    wrong["instagram_portrait"] = {"photo": "PV_0118_012", "boite": (420, 0, 1380, 1200)}  # small, subject cut
    wrong["linkedin_carre"] = {"photo": "PV_0118_031", "boite": (300, 0, 1500, 1200)}  # over-exposed, centred
    wrong["facebook_lien"] = {"photo": "PV_0118_012", "boite": (0, 0, 1800, 1200)}  # deformed: nothing
    outcome = _score("bloc2.images_recadrages", wrong, EXPECTED_CROPS)
    assert outcome.fraction == pytest.approx((0.25 + 1 + 0 + 0.5) / 4)
    assert len(outcome.remarks) == 5


def test_crops_hostile():
    for hostile in (None, [], "x", {"instagram_story": 3}, {"inconnu": {"photo": "PV_0118_027", "boite": (0, 0, 1, 1)}},
                    {"instagram_story": {"photo": "PV_0118_027", "boite": (-5, 0, 1007, 1800)}}):
        assert _score("bloc2.images_recadrages", hostile, EXPECTED_CROPS).fraction == 0


# --- 3. the overlay --------------------------------------------------------------------------------------


def test_overlay_contrast_is_measured_on_the_pixels():
    assert checks.zone_contrast("PV_0118_012", "#F4EFE6", (60, 950, 940, 1090)) == pytest.approx(3.9, abs=0.05)
    # the brand's navy on the shelf photo's wall: just under 3:1
    assert checks.zone_contrast("PV_0118_027", "#1D3B53", (80, 120, 1120, 520)) < 3


def test_overlay_full_partial_and_hostile():
    expected = {"photos_publiables": PUBLISHABLE}
    assert _score("bloc2.images_incrustation", OVERLAY, expected).fraction == 1
    small = {**OVERLAY, "taille_pt": 12, "gras": False, "zone": (60, 950, 940, 1000)}  # 4.5:1 needed, ~4:1 measured
    outcome = _score("bloc2.images_incrustation", small, expected)
    assert outcome.fraction == 0.5 and "Contraste insuffisant" in outcome.remarks[0]
    over_subject = {**OVERLAY, "couleur": "#FFFFFF", "zone": (980, 660, 1420, 900)}
    assert _score("bloc2.images_incrustation", over_subject, expected).fraction < 0.5
    for hostile in (None, {}, {**OVERLAY, "couleur": "bleu"}, {**OVERLAY, "taille_pt": math.inf},
                    {**OVERLAY, "zone": (0, 0, 5000, 5000)}, {**OVERLAY, "texte": "x" * 100_000},
                    {**OVERLAY, "gras": "oui"}):
        assert _score("bloc2.images_incrustation", hostile, expected).fraction == 0


# --- 4. the alternative texts ----------------------------------------------------------------------------


def test_alts_full_partial_and_hostile():
    expected = {"photos": PUBLISHABLE}
    assert _score("bloc2.images_alt", ALTS, expected).fraction == 1
    long = {**ALTS, "PV_0118_012": ALTS["PV_0118_012"] + " " + "Lumière douce du matin, tons corail. " * 3}
    assert len(long["PV_0118_012"]) > MAX_ALT_CHARS
    assert _score("bloc2.images_alt", long, expected).fraction == pytest.approx(2.5 / 3)
    copied = dict.fromkeys(PUBLISHABLE, ALTS["PV_0118_027"])
    assert _score("bloc2.images_alt", copied, expected).fraction == pytest.approx(1 / 3)
    unrelated = {**ALTS, "PV_0118_019": "Coucher de soleil orange sur la plage du Sillon"}
    assert _score("bloc2.images_alt", unrelated, expected).fraction == pytest.approx(2 / 3)
    for hostile in (None, "texte", {"PV_0118_012": 3}, {"autre": "un texte"}, dict.fromkeys(PUBLISHABLE, "Image")):
        assert _score("bloc2.images_alt", hostile, expected).fraction == 0
