"""The survey loader: typed columns on the shipped export, French errors on bad files."""

from __future__ import annotations

import csv

import pandas as pd
import pytest

from cmcert_lib.bloc1.datagen import survey as survey_gen
from cmcert_lib.bloc1.datasets import DataFileError, load_survey, shipped
from cmcert_lib.bloc1.datasets.survey import COLUMNS, NETWORKS_USED
from cmcert_lib.facts import platforms

HEADER = ",".join(COLUMNS)
ROW = (
    '14/09/2026 07:37:12,lea.martin@example.com,Léa,25,Femme,01000,Employé·e,'
    '"Instagram, TikTok",De 1 h à 2 h,"Oui, régulièrement","25,50",Le prix,'
    'En grande surface,Non,Des tutos vidéo,Oui'
)
ROW_BLANK_BUDGET = (
    '15/09/2026 21:05:00,jp@example.org,Jean-Pierre,67,Homme,35400,Retraité·e,'
    'Facebook,Moins de 30 min,Non,,La fabrication française ou locale,'
    "Sur les marchés ou chez l'artisan,\"Oui, de nom\",,Non"
)


def _write(tmp_path, text: str, encoding: str = "utf-8"):
    path = tmp_path / "enquete.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_generated_export_has_the_header_the_loader_expects(tmp_path):
    (path,) = survey_gen.generate(tmp_path)
    header = path.read_text(encoding="utf-8").splitlines()[0]
    assert next(csv.reader([header])) == list(COLUMNS)


def test_shipped_export_loads_with_its_types():
    frame = load_survey()
    assert list(frame.columns) == list(COLUMNS)
    assert 600 <= len(frame) <= 700
    assert pd.api.types.is_datetime64_any_dtype(frame["Horodateur"])
    assert frame["Horodateur"].min() >= pd.Timestamp("2026-09-01")
    assert frame["Horodateur"].max() < pd.Timestamp("2026-11-01")
    assert frame["Âge"].dtype == "int64"
    assert frame["Budget mensuel consacré aux cosmétiques (en €)"].dtype == "float64"
    assert frame["Code postal"].str.fullmatch(r"\d{5}").all()
    assert frame["Code postal"].str.startswith("0").any()
    assert frame["Adresse e-mail"].str.contains("@").all()


def test_generation_is_byte_identical(tmp_path):
    first = survey_gen.generate(tmp_path / "a")[0].read_bytes()
    second = survey_gen.generate(tmp_path / "b")[0].read_bytes()
    assert first == second == shipped("enquete_cible.csv").read_bytes()


def test_small_export_is_typed(tmp_path):
    frame = load_survey(_write(tmp_path, f"{HEADER}\r\n{ROW}\r\n{ROW_BLANK_BUDGET}\r\n"))
    assert frame.loc[0, "Horodateur"] == pd.Timestamp(2026, 9, 14, 7, 37, 12)
    assert frame.loc[0, "Âge"] == 25
    assert frame.loc[0, "Code postal"] == "01000"
    assert frame.loc[0, "Budget mensuel consacré aux cosmétiques (en €)"] == 25.5
    assert pd.isna(frame.loc[1, "Budget mensuel consacré aux cosmétiques (en €)"])
    assert frame.loc[0, "Quels réseaux sociaux utilisez-vous au moins une fois par semaine ?"] == (
        "Instagram, TikTok"
    )
    assert frame.loc[1, "Qu'attendez-vous d'une marque de cosmétiques sur les réseaux sociaux ?"] == ""


def test_missing_file(tmp_path):
    with pytest.raises(DataFileError, match="Fichier introuvable"):
        load_survey(tmp_path / "absent.csv")


def test_empty_file(tmp_path):
    with pytest.raises(DataFileError, match="est vide"):
        load_survey(_write(tmp_path, ""))


def test_header_only(tmp_path):
    with pytest.raises(DataFileError, match="aucune ligne de données"):
        load_survey(_write(tmp_path, HEADER + "\n"))


def test_wrong_separator(tmp_path):
    text = HEADER.replace(",", ";") + "\n" + ROW.replace(",", ";") + "\n"
    with pytest.raises(DataFileError, match="séparateur attendu est « , »"):
        load_survey(_write(tmp_path, text))


def test_missing_column(tmp_path):
    header = HEADER.replace(",Genre", "")
    row = ROW.replace(",Femme", "")
    with pytest.raises(DataFileError, match="« Genre »"):
        load_survey(_write(tmp_path, header + "\n" + row + "\n"))


def test_bad_date(tmp_path):
    row = ROW.replace("14/09/2026 07:37:12", "2026-09-14 07:37")
    with pytest.raises(DataFileError, match="date\\(s\\) illisible\\(s\\).*Horodateur"):
        load_survey(_write(tmp_path, HEADER + "\n" + row + "\n"))


def test_wrong_encoding(tmp_path):
    with pytest.raises(DataFileError, match="n'est pas encodé en UTF-8"):
        load_survey(_write(tmp_path, HEADER + "\n" + ROW + "\n", encoding="cp1252"))


def test_text_in_budget(tmp_path):
    row = ROW.replace('"25,50"', "une trentaine")
    with pytest.raises(DataFileError, match="Valeur non numérique « une trentaine »"):
        load_survey(_write(tmp_path, HEADER + "\n" + row + "\n"))


def test_postcode_without_leading_zero(tmp_path):
    row = ROW.replace("01000", "1000")
    with pytest.raises(DataFileError, match="Code postal invalide « 1000 »"):
        load_survey(_write(tmp_path, HEADER + "\n" + row + "\n"))


def test_the_survey_offers_exactly_the_course_networks():
    ticked = load_survey()[NETWORKS_USED].str.split(", ").explode()
    assert set(ticked[ticked != ""]) == set(platforms.NETWORKS)
    assert set(platforms.PLATFORMS) <= set(platforms.NETWORKS)


def test_the_survey_holds_every_kind_of_border_postcode():
    from cmcert_lib.domain.geo import ABROAD, department_label

    labels = set(load_survey()["Code postal"].map(department_label))
    assert {"2A", "2B", "973", "974", "977", "978", ABROAD, "24/33"} <= labels


def test_border_postcodes_replace_only_postcodes(monkeypatch):
    """Set after the draw: notebooks 04 and 05, which read other answers, keep their figures."""
    import random

    monkeypatch.setattr(survey_gen, "BORDER_POSTCODES", {})
    drawn = survey_gen.respondents(random.Random(survey_gen.SEED))
    shipped_rows = list(csv.reader(shipped("enquete_cible.csv").read_text(encoding="utf-8").splitlines()))[1:]
    column = COLUMNS.index("Code postal")
    changed = set()
    for rank, (row, kept) in enumerate(zip(drawn, shipped_rows, strict=True), start=1):
        assert row[:column] + row[column + 1:] == kept[:column] + kept[column + 1:]
        if row[column] != kept[column]:
            changed.add(rank)
    monkeypatch.undo()
    assert changed == set(survey_gen.BORDER_POSTCODES)
