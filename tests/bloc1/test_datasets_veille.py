"""The veille corpus: a news-reader export with its duplicates, rumours and old items; French errors."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from cmcert_lib.bloc1.datagen import veille as veille_gen
from cmcert_lib.bloc1.datasets import DataFileError, load_veille, shipped
from cmcert_lib.bloc1.datasets.veille import COLUMNS, FILE, SOURCE_TYPES
from cmcert_lib.facts import brand


@pytest.fixture(scope="module")
def corpus():
    return load_veille()


def test_the_export_is_typed_and_newest_first(corpus):
    assert list(corpus.columns) == list(COLUMNS)
    assert corpus["Identifiant"].dtype == "int64" and corpus["Identifiant"].is_unique
    assert pd.api.types.is_datetime64_any_dtype(corpus["Date de publication"])
    assert corpus["Date de publication"].is_monotonic_decreasing
    assert set(corpus["Type de source"]) == set(SOURCE_TYPES)
    assert 24 <= len(corpus) <= 30
    assert (corpus["Date de publication"].dt.date <= brand.BRIEF_DATE).all()


def test_it_holds_the_real_announcement_of_the_hashtag_limit(corpus):
    official = corpus[(corpus["Type de source"] == "Source officielle") & corpus["Titre"].str.contains("5 au maximum")]
    assert set(official["Date de publication"].dt.date) == {date(2025, 12, 18)}
    assert official["Source"].str.contains("@creators").all()


def test_it_mixes_what_a_veille_must_sort(corpus):
    copies = corpus[corpus.duplicated("URL", keep=False)]
    assert copies.groupby("URL")["Date de publication"].nunique().eq(1).all()  # one article, one date
    assert copies.groupby("URL")["Flux"].nunique().eq(2).all()  # collected by two feeds
    aggregated = corpus[corpus["Type de source"] == "Agrégateur"]
    assert aggregated["Titre"].isin(corpus.loc[corpus["Type de source"] == "Presse spécialisée", "Titre"]).all()
    assert (corpus["Type de source"] == "Compte non vérifié").sum() >= 2
    old = corpus["Date de publication"] < pd.Timestamp(brand.BRIEF_DATE) - pd.Timedelta(days=730)
    assert old.sum() >= 3
    assert (corpus["Réseau concerné"] == "").sum() >= 2  # off-topic items the alerts brought in


def test_generation_is_byte_identical(tmp_path):
    first = veille_gen.generate(tmp_path / "a")[0].read_bytes()
    second = veille_gen.generate(tmp_path / "b")[0].read_bytes()
    assert first == second == shipped(FILE).read_bytes()
    assert veille_gen.rows(seed=1) != veille_gen.rows()


def _write(tmp_path, text):
    path = tmp_path / FILE
    path.write_text(text, encoding="utf-8")
    return path


def _error(path) -> str:
    with pytest.raises(DataFileError) as info:
        load_veille(path)
    return str(info.value)


def test_french_errors(tmp_path):
    header = ",".join(COLUMNS)
    row = '412345,Titre,Source,Blog,https://exemple.fr/a,2026-10-01 10:00,"Un extrait, court",Instagram,Blogs'
    assert load_veille(_write(tmp_path, f"{header}\n{row}\n")).loc[0, "Extrait"] == "Un extrait, court"
    assert "Fichier introuvable" in _error(tmp_path / "absent.csv")
    forum = row.replace("Blog,", "Forum,", 1)
    assert "Type de source inconnu « Forum »" in _error(_write(tmp_path, f"{header}\n{forum}\n"))
    assert "date(s) illisible(s)" in _error(_write(tmp_path, f"{header}\n{row.replace('2026-10-01', '01/10/2026')}\n"))
    assert "Valeur non numérique « A12 »" in _error(_write(tmp_path, f"{header}\n{row.replace('412345', 'A12')}\n"))
    assert "séparateur attendu est « , »" in _error(_write(tmp_path, header.replace(",", ";") + "\n"))
