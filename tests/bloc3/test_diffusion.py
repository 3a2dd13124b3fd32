"""Notebook 03 (publishing and profiles): the helpers, the loaders and the scorers on hand-computed cases."""

from __future__ import annotations

import math
from datetime import datetime

import pandas as pd
import pytest

from cmcert_lib.bloc3 import scheduling as s
from cmcert_lib.bloc3.checks import diffusion as checks
from cmcert_lib.bloc3.datasets import load_post_history, load_profiles, load_september_contents
from cmcert_lib.checks.core import CheckFailed, run_scorer, run_visible
from cmcert_lib.domain.datafiles import DataFileError
from cmcert_lib.facts import brand, platforms
from cmcert_lib.facts import scheduling as facts

UPLOAD = "2027-08-30T10:00:00"
SLOTS = {"Instagram": ["jeudi 17h-20h", "mardi 12h-14h", "dimanche 20h-23h", "samedi 9h-12h"],
         "TikTok": ["vendredi 17h-20h", "mercredi 20h-23h"], "Facebook": ["mercredi 12h-14h", "samedi 9h-12h"],
         "LinkedIn": ["mardi 9h-12h"]}
QUEUE_EXPECTED = {"creneaux": SLOTS, "upload": UPLOAD}
PROFILES_EXPECTED = {"reseaux": ["Instagram", "Facebook", "TikTok", "LinkedIn", "Pinterest"], "nom": "Maison Ondine"}


# --- helpers ------------------------------------------------------------------------------------------

def test_bands_and_slot_labels():
    assert s.band_of(7) == "7h-9h" and s.band_of(13) == "12h-14h" and s.band_of(22) == "20h-23h"
    assert s.band_of(6) is None and s.band_of(23) is None
    assert s.lire_creneau("Mardi 12h-14h") == ("mardi", "12h-14h")
    assert s.lire_creneau("mardi 12-14") == ("mardi", "12h-14h")
    assert s.lire_creneau(("jeudi", "17h-20h")) == ("jeudi", "17h-20h")
    assert s.lire_creneau("mardi 12h-15h") is None  # not a band of the table
    assert s.lire_creneau("midi") is None and s.lire_creneau(None) is None and s.lire_creneau("x" * 10_000) is None


def test_slot_rates_is_the_aggregate_rate_on_reach():
    history = pd.DataFrame({
        "Réseau": ["Instagram"] * 3,
        "Date de publication": pd.to_datetime(["2027-06-01 12:10", "2027-06-08 13:50", "2027-06-09 08:00"]),
        "Portée": [1000, 3000, 500], "Interactions": [100, 60, 5],
    })
    table = s.slot_rates(history).set_index(["Jour", "Tranche"])
    assert table.loc[("mardi", "12h-14h"), "Taux"] == pytest.approx(160 / 4000)  # not the mean of 0.1 and 0.02
    assert table.loc[("mardi", "12h-14h"), "Publications"] == 2


def test_upload_time_is_the_monday_before_the_start():
    assert s.upload_time() == datetime(2027, 8, 30, 10, 0)


def test_bulk_composer_frame_writes_hootsuite_columns_and_day_first_dates():
    queue = pd.DataFrame({"Réseau": ["Facebook", "TikTok"],
                          "Date": [pd.Timestamp("2027-09-08 12:15"), "10/09/2027 17:15"],
                          "Message": ["a", "b"], "Lien": ["https://x.fr", None]})
    frame = s.bulk_composer_frame(queue, "Facebook")
    assert list(frame.columns) == list(facts.HOOTSUITE_COLUMNS)
    assert frame.iloc[0].tolist() == ["08/09/2027 12:15", "a", "https://x.fr"]
    assert s.bulk_composer_frame(queue)["Link"].tolist() == ["https://x.fr", ""]


def _row(network, when, message="Un message qui dit quelque chose de précis sur l'atelier.", link=""):
    return {"Réseau": network, "Date": when, "Message": message, "Lien": link}


def test_queue_problems_names_each_rule():
    utm = "?utm_source=facebook&utm_medium=social&utm_campaign=septembre-2027"
    queue = pd.DataFrame([
        _row("Facebook", "08/09/2027 12:32", link=brand.BRAND_SITE + "/blog"),  # minute, no UTM
        _row("Facebook", "08/09/2027 12:15", message="Le second message, pour la même semaine.",
             link=brand.BRAND_SITE + "/blog" + utm),
        _row("Facebook", "01/10/2027 12:15", message="Un autre message, celui-là pour octobre."),  # out of September
        _row("Instagram", "07/09/2027 12:15", message="Texte " + " ".join(f"#tag{i}" for i in range(7))),
        _row("LinkedIn", "14/09/2027 15:00"),  # not a best slot
        _row("Instagram", "30/08/2027 10:05"),  # less than 10 minutes after the upload, in August
    ])
    found = s.queue_problems(queue, SLOTS, datetime(2027, 8, 30, 10))
    assert any("ligne 1" in p and "0 ou 5" in p for p in found["format"])
    assert any("ligne 1" in p and "UTM" in p for p in found["format"])
    assert not any(p.startswith("ligne 2") for p in found["format"])
    assert any("ligne 3" in p and "septembre" in p for p in found["format"])
    assert any("ligne 6" in p and "10 minutes" in p for p in found["format"])
    assert any("ligne 4" in p and "hashtags" in p for p in found["limites"])
    assert any("ligne 5" in p for p in found["creneaux"])
    assert found["frequence"]  # the whole weeks are nearly empty


def test_queue_problems_refuses_duplicates_and_odd_input():
    queue = pd.DataFrame([_row("TikTok", "08/09/2027 20:15"), _row("TikTok", "10/09/2027 17:15")])
    assert any("double" in p for p in s.queue_problems(queue)["format"])
    assert s.queue_problems("pas un tableau")["format"]
    assert s.queue_problems(pd.DataFrame({"x": [1]}))["format"]
    odd = pd.DataFrame([_row("Myspace", "08/09/2027 20:15"), _row("TikTok", "demain"), _row("TikTok", 3)])
    found = s.queue_problems(odd)
    assert len(found["format"]) == 3


def test_text_limit_comes_from_the_platform_table():
    too_long = "a" * (platforms.PLATFORMS["Instagram"].max_text_chars + 1)
    queue = pd.DataFrame([_row("Instagram", "07/09/2027 12:15", message=too_long)])
    assert s.queue_problems(queue)["limites"]


def _good_profile(network):
    spec = facts.PROFILES[network]
    return {"Réseau": network, "Nom affiché": brand.BRAND, "Identifiant": "maisonondine",
            "Bio": "Cosmétiques solides et naturels fabriqués à Saint-Malo.",
            "Lien": f"{brand.BRAND_SITE}/?utm_source={network.lower()}&utm_medium=social&utm_campaign=profil",
            "Photo de profil": f"{spec.picture[0]} x {spec.picture[1]}",
            "Couverture": f"{spec.cover[0]} x {spec.cover[1]}" if spec.cover else "",
            "Catégorie": spec.categories[0], "Compte professionnel": "oui"}


def test_profile_problems_field_by_field():
    assert all(s.profile_problems(_good_profile(n)) == {} for n in facts.PROFILES)
    bad = {**_good_profile("Pinterest"), "Identifiant": "maison.ondine", "Couverture": "1200 x 630",
           "Bio": "x " * 300, "Lien": "https://linktr.ee/maisonondine", "Compte professionnel": "non"}
    assert set(s.profile_problems(bad)) == {"Identifiant", "Couverture", "Bio", "Lien", "Compte professionnel"}
    instagram = {**_good_profile("Instagram"), "Couverture": "1080 x 1080", "Catégorie": "Blogueur"}
    assert set(s.profile_problems(instagram)) == {"Couverture", "Catégorie"}
    assert s.profile_problems({"Réseau": "Myspace"}) == {"Réseau": "réseau inconnu"}
    assert "Bio" in s.profile_problems({**_good_profile("TikTok"), "Bio": "a" * 81 + " b c d"})


def test_profile_rules_table_lists_every_network_with_a_source():
    table = s.profile_rules_table()
    assert list(table.index) == list(facts.PROFILES)
    assert table["Source"].str.startswith("https://").all()


# --- loaders -----------------------------------------------------------------------------------------

def test_loaders_read_the_shipped_files():
    history = load_post_history()
    assert set(history["Réseau"]) == set(brand.VALIDATED_FREQUENCY)
    assert history["Date de publication"].min() >= pd.Timestamp("2026-09-01")
    assert history["Date de publication"].max() < pd.Timestamp("2027-09-01")
    assert (history["Interactions"] <= history["Portée"]).all()
    contents = load_september_contents()
    counts = contents.groupby("Réseau").size().to_dict()
    assert counts == {n: 5 * f for n, f in brand.VALIDATED_FREQUENCY.items()}
    profiles = load_profiles()
    assert list(profiles.columns) == list(s.PROFILE_COLUMNS) and "Pinterest" in set(profiles["Réseau"])


def test_loaders_explain_bad_files_in_french(tmp_path):
    with pytest.raises(DataFileError, match="introuvable"):
        load_post_history(tmp_path)
    (tmp_path / "historique_publications_2026-09_2027-08.csv").write_text(
        "Réseau;Date de publication;Type;Portée;Interactions\nInstagram;2027-13-45;Reel;10;1\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="illisible"):
        load_post_history(tmp_path)
    (tmp_path / "profils_actuels.csv").write_text("Réseau,Nom\nInstagram,x\n", encoding="utf-8")
    with pytest.raises(DataFileError):
        load_profiles(tmp_path)


# --- scorers -----------------------------------------------------------------------------------------

def test_slots_scorer_gives_ranking_credit():
    assert run_scorer("bloc3.diffusion_creneaux", SLOTS, SLOTS).fraction == 1
    swapped = {**SLOTS, "TikTok": ["mercredi 20h-23h", "vendredi 17h-20h"]}
    assert run_scorer("bloc3.diffusion_creneaux", swapped, SLOTS).fraction == pytest.approx(0.875)  # (1+1+.5+1)/4
    half = {**SLOTS, "LinkedIn": ["lundi 7h-9h"], "Facebook": ["mercredi 12h-14h", "lundi 7h-9h"]}
    outcome = run_scorer("bloc3.diffusion_creneaux", half, SLOTS)
    assert outcome.fraction == pytest.approx((1 + 1 + 0.5 * 0.75 + 0) / 4)
    assert outcome.remarks and not any("mardi 9h-12h" in r for r in outcome.remarks)
    assert run_scorer("bloc3.diffusion_creneaux", {"Instagram": ["lundi 7h-9h"]}, SLOTS).fraction == 0


def test_slots_check_and_hostile_answers():
    assert run_visible("bloc3.diffusion_creneaux", SLOTS)
    with pytest.raises(CheckFailed):
        run_visible("bloc3.diffusion_creneaux", {**SLOTS, "LinkedIn": ["mardi 9h-12h", "jeudi 7h-9h"]})
    for hostile in (None, 3, "texte", [1, 2], {"Myspace": []}, {"Instagram": "x" * 100_000}, float("nan")):
        assert run_scorer("bloc3.diffusion_creneaux", hostile, SLOTS).fraction == 0


def _model_queue():
    rows, k = [], 0
    days = pd.date_range("2027-09-01", "2027-09-30")
    for network, slots in SLOTS.items():
        for day in days:
            for slot in slots:
                name, band = slot.split()
                if s.JOURS[day.day_of_week] == name:
                    k += 1
                    when = day + pd.Timedelta(hours=int(band.split("h")[0]), minutes=15)
                    rows.append(_row(network, when, message=f"Publication numéro {k} : {'ab' * k} {'cd' * (k + 3)} "
                                                            f"sur {network} et son atelier"))
    return pd.DataFrame(rows)


def test_queue_scorer_full_partial_and_content_factor():
    queue = _model_queue()
    assert run_scorer("bloc3.diffusion_file", queue, QUEUE_EXPECTED).fraction == 1
    late = queue.copy()
    late.loc[0, "Date"] = late.loc[0, "Date"] + pd.Timedelta(minutes=2)  # 12:17: format only
    outcome = run_scorer("bloc3.diffusion_file", late, QUEUE_EXPECTED)
    assert outcome.fraction == pytest.approx((1 - 1 / len(queue) + 3) / 4)
    assert outcome.remarks
    copied = queue.assign(Message="Découvrez nos savons solides de Saint-Malo aujourd'hui")
    assert run_scorer("bloc3.diffusion_file", copied, QUEUE_EXPECTED).fraction < 0.1
    placeholder = queue.assign(Message="à définir")
    assert run_scorer("bloc3.diffusion_file", placeholder, QUEUE_EXPECTED).fraction == 0


def test_queue_scorer_hostile_answers():
    for hostile in (None, "file", [1, 2], {"Réseau": 1}, pd.DataFrame({"x": [math.nan]})):
        assert run_scorer("bloc3.diffusion_file", hostile, QUEUE_EXPECTED).fraction == 0
    huge = pd.DataFrame([_row("Instagram", "07/09/2027 12:15", message="x" * 50_000)])
    assert run_scorer("bloc3.diffusion_file", huge, QUEUE_EXPECTED).fraction < 0.5


def test_profiles_scorer_per_field_and_consistent_handle():
    good = pd.DataFrame([_good_profile(n) for n in PROFILES_EXPECTED["reseaux"]])
    assert run_scorer("bloc3.diffusion_profils", good, PROFILES_EXPECTED).fraction == 1
    other = good.copy()
    other.loc[other["Réseau"] == "TikTok", "Identifiant"] = "maison.ondine"  # valid on TikTok, unlike the others
    assert run_scorer("bloc3.diffusion_profils", other, PROFILES_EXPECTED).fraction == pytest.approx(39 / 40)
    without_pinterest = good[good["Réseau"] != "Pinterest"]
    outcome = run_scorer("bloc3.diffusion_profils", without_pinterest, PROFILES_EXPECTED)
    assert outcome.fraction == 0 and "Pinterest" in " ".join(outcome.remarks)  # the visible check comes first
    assert run_scorer("bloc3.diffusion_profils", load_profiles(), PROFILES_EXPECTED).fraction < 0.5
    for hostile in (None, "profils", {"Réseau": "Instagram"}, pd.DataFrame({"Réseau": ["Instagram"] * 30})):
        assert run_scorer("bloc3.diffusion_profils", hostile, PROFILES_EXPECTED).fraction == 0


def test_checks_module_forms_are_french():
    assert "DataFrame" in checks.QUEUE_FORM and "réseau" in checks.SLOTS_FORM


def test_content_share_agrees_with_the_shared_helper_on_a_hostile_queue():
    # The size is what a candidate can paste (2,000 posts of 1,500 words): a scorer that went quadratic on it
    # would stall the suite (the time itself is not asserted: a loaded machine would fail a sound scorer).
    import random

    from cmcert_lib.checks.content import substantive_share

    samples = ["à définir", "Le savon du jour, coupé à la main.", "Le savon du jour, coupé à la main !", "",
               "Trois gestes pour faire durer un shampoing solide.", None, "ok"]
    assert checks._content_share(samples) == pytest.approx(substantive_share(samples))
    rng = random.Random(1)
    vocabulary = ["".join(rng.choice("abcdefghij") for _ in range(6)) for _ in range(3000)]
    hostile = [" ".join(rng.choices(vocabulary, k=1500)) for _ in range(2000)]
    queue = pd.DataFrame({"Réseau": ["Instagram"] * 2000, "Date": ["07/09/2027 12:15"] * 2000, "Message": hostile,
                          "Lien": [""] * 2000})
    assert run_scorer("bloc3.diffusion_file", queue, QUEUE_EXPECTED).fraction < 0.5


def test_queue_problems_reads_the_candidates_slots_in_any_form():
    queue = pd.DataFrame([_row("Instagram", "07/09/2027 12:15")])
    assert not s.queue_problems(queue, pd.Series({"instagram": ["Mardi 12h-14h"]}))["creneaux"]
    assert not s.queue_problems(queue, {"INSTAGRAM": [("mardi", "12h-14h")]})["creneaux"]
    for odd in ("n'importe quoi", {"Instagram": "mardi 12h-14h"}, {"Instagram": [None, 3]}, [1, 2]):
        assert s.queue_problems(queue, odd)["creneaux"]  # no slot read, no crash
