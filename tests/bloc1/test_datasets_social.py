"""The benchmark and listening loaders: typed columns on the shipped exports, French errors."""

from __future__ import annotations

import csv
import re
from datetime import date

import pandas as pd
import pytest

from cmcert_lib.bloc1.datagen import social as social_gen
from cmcert_lib.bloc1.datasets import DataFileError, load_mentions, load_posts, shipped
from cmcert_lib.bloc1.datasets.social import MENTION_COLUMNS, POST_COLUMNS
from cmcert_lib.domain import kpi
from cmcert_lib.facts import brand, platforms

POST_HEADER = ";".join(POST_COLUMNS)
POST_ROW = (
    "Maison Ondine;Instagram;@maisonondine;03/11/2025 18:30;Carrousel;"
    '"Routine du soir 🌊\n\n#MaisonOndine #ZéroDéchet";8250;2100;2900;90;6;5;8;'
    "https://www.instagram.com/p/AbCdEfGhIjK/"
)
POST_ROW_FACEBOOK = (
    "Maison Ondine;Facebook;Maison Ondine;04/11/2025 12:00;Lien;Notre atelier;3180;350;"
    "420;7;1;0;;https://www.facebook.com/maisonondine/posts/pfbid0abc"
)
MENTION_HEADER = ",".join(MENTION_COLUMNS)
MENTION_ROW = (
    "2026-03-10 09:15:00,X,@lea.bzh,\"Sachet plastique, vraiment ?\","
    "https://x.com/lea.bzh/status/19,1200,négatif,Maison Ondine,fr"
)


def _write(tmp_path, text: str, name: str = "export.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# --- the shipped exports --------------------------------------------------------


def test_generated_exports_have_the_headers_the_loaders_expect(tmp_path):
    files = {p.name: p for p in social_gen.generate(tmp_path)}
    posts = files[social_gen.POSTS_FILE].read_text(encoding="utf-8-sig").splitlines()[0]
    mentions = files[social_gen.MENTIONS_FILE].read_text(encoding="utf-8").splitlines()[0]
    assert next(csv.reader([posts], delimiter=";")) == list(POST_COLUMNS)
    assert next(csv.reader([mentions])) == list(MENTION_COLUMNS)


def test_shipped_files_imitate_the_tools_exports():
    posts = shipped("benchmark_publications.csv").read_bytes().decode("utf-8")
    assert posts.startswith("\ufeffMarque;Réseau;")
    assert re.match(r"[^;]+;[^;]+;[^;]+;\d\d/\d\d/20\d\d \d\d:\d\d;", posts.splitlines()[1])
    mentions = shipped("ecoute_sociale_mentions.csv").read_bytes().decode("utf-8")
    assert mentions.startswith("Date,Source,Auteur,")
    assert re.match(r"20\d\d-\d\d-\d\d \d\d:\d\d:\d\d,", mentions.splitlines()[1])


def test_shipped_posts_load_with_their_types():
    posts = load_posts()
    assert list(posts.columns) == list(POST_COLUMNS)
    assert 1800 <= len(posts) <= 2400
    assert pd.api.types.is_datetime64_any_dtype(posts["Date de publication"])
    assert posts["Date de publication"].min() >= pd.Timestamp(brand.LISTENING_START)
    assert posts["Date de publication"].max() < pd.Timestamp(brand.LISTENING_END) + pd.Timedelta(
        days=1)
    for column in ("Abonnés", "Portée", "Impressions", "J'aime", "Commentaires", "Partages"):
        assert posts[column].dtype == "int64", column
    assert posts["Enregistrements"].dtype == "float64"
    assert posts.loc[posts["Réseau"].isin(["Facebook", "LinkedIn"]), "Enregistrements"].isna().all()
    assert posts.loc[posts["Réseau"] == "Instagram", "Enregistrements"].notna().all()
    assert (posts["Portée"] <= posts["Impressions"]).all()
    assert set(posts["Marque"]) == set(brand.BRANDS)
    accounts = {(a.brand, a.platform, a.handle) for a in brand.ACCOUNTS}
    assert set(zip(posts["Marque"], posts["Réseau"], posts["Compte"], strict=True)) == accounts
    for network, formats in posts.groupby("Réseau")["Format"]:
        assert set(formats) <= set(platforms.PLATFORMS[network].formats), network


def test_posts_tell_the_benchmark_story():
    posts = load_posts()
    # The brief: the brand posts "between zero and six times a week", its competitors far more.
    mine = posts[posts["Marque"] == brand.BRAND]
    per_week = mine.groupby(mine["Date de publication"].dt.to_period("W-SUN")).size()
    assert per_week.max() <= 6
    weekly = posts.groupby("Marque").size() / 52
    assert 2 <= weekly[brand.BRAND] <= 5 and weekly.idxmin() == brand.BRAND
    instagram = posts[posts["Réseau"] == "Instagram"]
    engagements = instagram[["J'aime", "Commentaires", "Partages", "Enregistrements"]].sum(axis=1)
    rate = engagements.groupby(instagram["Marque"]).sum() / instagram.groupby("Marque")[
        "Portée"].sum()
    assert (rate > 0.01).all() and (rate < 0.1).all()
    assert rate.idxmax() == "Les Solides d'Aimée" and rate.idxmin() == "Cosmo Vrac"
    mine = instagram[instagram["Marque"] == brand.BRAND].sort_values("Date de publication")
    tags = mine["Texte"].str.count(r"#\w+")
    assert (tags > platforms.PLATFORMS["Instagram"].max_hashtags).sum() > 20
    # The brief's follower counts: 12,900 end of February, 12,000 end of March, 12,400 in October.
    profile = social_gen.PROFILES[(brand.BRAND, "Instagram")]
    assert social_gen._followers(profile, date(2026, 2, 28)) == 12_900
    assert social_gen._followers(profile, date(2026, 3, 31)) == 12_000
    assert social_gen._followers(profile, date(2026, 10, 31)) == 12_400
    followers = mine.set_index("Date de publication")["Abonnés"]
    assert followers[:"2026-03-08"].max() > followers["2026-03-22":"2026-04-30"].max()
    assert followers.iloc[-1] > followers.iloc[0]


def test_shipped_mentions_load_with_their_types():
    mentions = load_mentions()
    assert list(mentions.columns) == list(MENTION_COLUMNS)
    assert 3000 <= len(mentions) <= 5000
    assert pd.api.types.is_datetime64_any_dtype(mentions["Date"])
    assert mentions["Portée estimée"].dtype == "int64"
    assert set(mentions["Sentiment"]) == {"positif", "neutre", "négatif"}
    assert set(mentions["Alerte"]) == set(brand.BRANDS)
    assert set(mentions["Source"]) == set(social_gen.MENTION_SOURCES)
    assert set(mentions["Langue"]) == {"fr"}


def test_mentions_show_the_bad_buzz_and_the_brand_vocabulary():
    mentions = load_mentions()
    mine = mentions[mentions["Alerte"] == brand.BRAND]
    negative = mine[mine["Sentiment"] == "négatif"]
    weeks = negative["Date"].dt.to_period("W-SUN").value_counts()
    assert weeks.idxmax().start_time.date() == brand.BAD_BUZZ_WEEK
    assert weeks.iloc[0] > 5 * weeks.iloc[1:].median()
    after = negative[negative["Date"] >= pd.Timestamp(brand.BAD_BUZZ_WEEK) + pd.Timedelta(days=7)]
    assert len(after[after["Date"] < pd.Timestamp("2026-04-30")]) > 30  # the tail
    # The brief's net sentiment: +35 % before March 2026, -18 % in October 2026.
    before = mine[mine["Date"] < pd.Timestamp(brand.BAD_BUZZ_WEEK)]["Sentiment"]
    october = mine[mine["Date"] >= pd.Timestamp("2026-10-01")]["Sentiment"]
    assert kpi.net_sentiment_of_labels(before) == pytest.approx(0.35, abs=0.03)
    assert kpi.net_sentiment_of_labels(october) == pytest.approx(-0.18, abs=0.03)
    positive = " ".join(mine.loc[mine["Sentiment"] == "positif", "Texte"]).lower()
    for word in ("naturel", "saint-malo", "savon", "shampoing solide", "zéro déchet", "peau",
                 "odeur", "parfum", "iode", "artisanal"):
        assert word in positive, word


def test_generation_is_byte_identical(tmp_path):
    first = [p.read_bytes() for p in social_gen.generate(tmp_path / "a")]
    second = [p.read_bytes() for p in social_gen.generate(tmp_path / "b")]
    shipped_files = [shipped(f"{name}").read_bytes()
                     for name in (social_gen.POSTS_FILE, social_gen.MENTIONS_FILE)]
    assert first == second == shipped_files


# --- small files ----------------------------------------------------------------------


def test_small_posts_export_is_typed(tmp_path):
    text = "\ufeff" + f"{POST_HEADER}\n{POST_ROW}\n{POST_ROW_FACEBOOK}" + "\n"
    posts = load_posts(_write(tmp_path, text))
    assert posts.loc[0, "Date de publication"] == pd.Timestamp(2025, 11, 3, 18, 30)
    assert posts.loc[0, "Texte"].endswith("#ZéroDéchet")
    assert posts.loc[0, "Portée"] == 2100
    assert posts.loc[0, "Enregistrements"] == 8.0
    assert pd.isna(posts.loc[1, "Enregistrements"])


def test_posts_without_bom_and_with_french_numbers_load(tmp_path):
    row = POST_ROW.replace(";8250;", ';"8 250";')
    posts = load_posts(_write(tmp_path, POST_HEADER + "\n" + row + "\n"))
    assert posts.loc[0, "Abonnés"] == 8250


def test_small_mentions_export_is_typed(tmp_path):
    mentions = load_mentions(_write(tmp_path, MENTION_HEADER + "\n" + MENTION_ROW + "\n"))
    assert mentions.loc[0, "Date"] == pd.Timestamp(2026, 3, 10, 9, 15)
    assert mentions.loc[0, "Texte"] == "Sachet plastique, vraiment ?"
    assert mentions.loc[0, "Portée estimée"] == 1200
    assert mentions.loc[0, "Sentiment"] == "négatif"


# --- French errors on bad files -------------------------------------------------------


def _error(loader, path) -> str:
    with pytest.raises(DataFileError) as info:
        loader(path)
    message = str(info.value)
    assert "Traceback" not in message
    return message


@pytest.mark.parametrize("loader", [load_posts, load_mentions])
def test_missing_file(loader, tmp_path):
    assert "Fichier introuvable" in _error(loader, tmp_path / "absent.csv")


@pytest.mark.parametrize("loader", [load_posts, load_mentions])
def test_empty_file(loader, tmp_path):
    assert "est vide" in _error(loader, _write(tmp_path, ""))


@pytest.mark.parametrize("loader", [load_posts, load_mentions])
def test_header_without_rows(loader, tmp_path):
    header = POST_HEADER if loader is load_posts else MENTION_HEADER
    assert "aucune ligne de données" in _error(loader, _write(tmp_path, header + "\n"))


def test_posts_with_the_wrong_separator(tmp_path):
    text = POST_HEADER.replace(";", ",") + "\n" + POST_ROW.replace(";", ",") + "\n"
    message = _error(load_posts, _write(tmp_path, text))
    assert "séparateur attendu est « ; »" in message


def test_mentions_with_the_wrong_separator(tmp_path):
    text = MENTION_HEADER.replace(",", ";") + "\n" + MENTION_ROW.replace(",", ";") + "\n"
    message = _error(load_mentions, _write(tmp_path, text))
    assert "séparateur attendu est « , »" in message


def test_posts_with_a_missing_column(tmp_path):
    header = POST_HEADER.replace("Portée;", "Couverture;")
    message = _error(load_posts, _write(tmp_path, header + "\n" + POST_ROW + "\n"))
    assert "« Portée »" in message and "benchmark" in message


def test_mentions_with_a_missing_column(tmp_path):
    header = MENTION_HEADER.replace("Sentiment", "Tonalité")
    message = _error(load_mentions, _write(tmp_path, header + "\n" + MENTION_ROW + "\n"))
    assert "« Sentiment »" in message and "écoute sociale" in message


def test_posts_in_windows_1252(tmp_path):
    text = POST_HEADER + "\n" + POST_ROW.replace("🌊", "") + "\n"
    message = _error(load_posts, _write(tmp_path, text, encoding="cp1252"))
    assert "n'est pas encodé en UTF-8" in message


def test_mentions_in_latin_1(tmp_path):
    text = MENTION_HEADER + "\n" + MENTION_ROW + "\n"
    message = _error(load_mentions, _write(tmp_path, text, encoding="latin-1"))
    assert "n'est pas encodé en UTF-8" in message


def test_posts_with_an_american_date(tmp_path):
    row = POST_ROW.replace("03/11/2025 18:30", "11/23/2025 18:30")
    message = _error(load_posts, _write(tmp_path, POST_HEADER + "\n" + row + "\n"))
    assert re.search(r"1 date\(s\) illisible\(s\) dans la colonne « Date de publication »", message)
    assert "11/23/2025 18:30" in message


def test_mentions_with_a_french_date(tmp_path):
    row = MENTION_ROW.replace("2026-03-10 09:15:00", "10/03/2026 09:15")
    message = _error(load_mentions, _write(tmp_path, MENTION_HEADER + "\n" + row + "\n"))
    assert "colonne « Date »" in message and "10/03/2026 09:15" in message


def test_posts_with_a_text_in_a_count(tmp_path):
    row = POST_ROW.replace(";2100;", ";2,1 k;")
    message = _error(load_posts, _write(tmp_path, POST_HEADER + "\n" + row + "\n"))
    assert "Valeur non numérique « 2,1 k » dans la colonne « Portée »" in message


def test_posts_with_a_missing_count(tmp_path):
    row = POST_ROW.replace(";2100;", ";;")
    message = _error(load_posts, _write(tmp_path, POST_HEADER + "\n" + row + "\n"))
    assert "Valeur manquante ou non entière dans la colonne « Portée »" in message


def test_mentions_with_a_decimal_reach(tmp_path):
    row = MENTION_ROW.replace(",1200,", ",1200.5,")
    message = _error(load_mentions, _write(tmp_path, MENTION_HEADER + "\n" + row + "\n"))
    assert "« Portée estimée »" in message


def test_mentions_with_an_english_sentiment(tmp_path):
    row = MENTION_ROW.replace("négatif", "negative")
    message = _error(load_mentions, _write(tmp_path, MENTION_HEADER + "\n" + row + "\n"))
    assert "Sentiment inconnu « negative »" in message


def test_damaged_posts_file(tmp_path):
    # A row cut in the middle of a quoted text: the parser cannot find its end.
    text = POST_HEADER + "\n" + POST_ROW + "\n" + POST_ROW[:120] + "\n"
    message = _error(load_posts, _write(tmp_path, text))
    assert "endommagé" in message or "illisible" in message or "manquante" in message


def test_damaged_mentions_file(tmp_path):
    text = MENTION_HEADER + "\n" + MENTION_ROW + ",en trop,encore,et encore\n"
    assert "endommagé" in _error(load_mentions, _write(tmp_path, text))
