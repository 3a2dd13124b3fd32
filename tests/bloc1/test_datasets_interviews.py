"""The interviews: a readable document and a verbatims table that tell the same six interviews."""

from __future__ import annotations

import pytest

from cmcert_lib.bloc1.datagen import interviews as interviews_gen
from cmcert_lib.bloc1.datagen.survey import SOLID
from cmcert_lib.bloc1.datasets import DataFileError, load_interviews, load_interviews_document, shipped
from cmcert_lib.bloc1.datasets.interviews import COLUMNS, THEMES


def test_generation_is_byte_identical(tmp_path):
    first = [p.read_bytes() for p in interviews_gen.generate(tmp_path / "a")]
    second = [p.read_bytes() for p in interviews_gen.generate(tmp_path / "b")]
    assert first == second == [shipped(interviews_gen.DOCUMENT).read_bytes(),
                               shipped(interviews_gen.TABLE).read_bytes()]


def test_shipped_table_loads_with_its_types():
    table = load_interviews()
    assert list(table.columns) == list(COLUMNS)
    assert table["Entretien"].nunique() == 6
    assert table["Âge"].dtype == "int64"
    assert table["Date"].between("2026-10-01", "2026-10-31").all()
    assert set(table["Thème"]) == set(THEMES)
    # The interviews speak the survey's language: the same four answers on solid cosmetics.
    assert set(table["Achète des cosmétiques solides"]) <= set(SOLID)
    # One person per interview, one profile per person.
    assert (table.groupby("Entretien")[["Participant·e", "Âge", "Ville"]].nunique() == 1).all().all()
    # Two themes in one answer make two verbatims: rows and people differ.
    assert table.groupby("Thème").size().sum() > table.groupby("Thème")["Participant·e"].nunique().sum()


def test_document_and_table_tell_the_same_interviews():
    text = load_interviews_document()
    assert "Document fictif créé pour le cours" in text
    table = load_interviews()
    for (code, name, age, city), _ in table.groupby(["Entretien", "Participant·e", "Âge", "Ville"]):
        assert f"## Entretien {code} — {name}, {age} ans, {city}" in text
    for verbatim in table["Verbatim"]:
        assert verbatim in text


def test_the_30_44_interviewees_do_not_live_on_tiktok():
    """The interviews back the survey against the brief: its 30-44-year-olds are on Facebook and Pinterest."""
    table = load_interviews()
    mid = table[table["Âge"].between(30, 44)]
    assert mid["Participant·e"].nunique() >= 3
    said = " ".join(mid["Verbatim"])
    assert "Pinterest" in said and "Facebook" in said


def _write(tmp_path, text: str, encoding: str = "utf-8"):
    path = tmp_path / "verbatims.csv"
    path.write_bytes(text.encode(encoding))
    return path


HEADER = ";".join(COLUMNS)
ROW = "E1;19/10/2026;Aurélie;38;Rennes (35);Infirmière;Non;Prix;Le prix ?;C'est cher."


def test_small_table(tmp_path):
    table = load_interviews(_write(tmp_path, f"\ufeff{HEADER}\r\n{ROW}\r\n"))
    assert table.loc[0, "Âge"] == 38
    assert table.loc[0, "Verbatim"] == "C'est cher."


def test_unknown_theme(tmp_path):
    with pytest.raises(DataFileError, match="Thème inconnu « Tarif »"):
        load_interviews(_write(tmp_path, f"{HEADER}\n{ROW.replace(';Prix;', ';Tarif;')}\n"))


def test_comma_separated(tmp_path):
    with pytest.raises(DataFileError, match="séparateur attendu est « ; »"):
        load_interviews(_write(tmp_path, HEADER.replace(";", ",") + "\n" + ROW.replace(";", ",") + "\n"))


def test_empty_verbatim(tmp_path):
    with pytest.raises(DataFileError, match="Verbatim vide"):
        load_interviews(_write(tmp_path, f"{HEADER}\n{ROW.replace(';C' + chr(39) + 'est cher.', ';')}\n"))


def test_missing_document(tmp_path):
    with pytest.raises(DataFileError, match="Fichier introuvable"):
        load_interviews_document(tmp_path / "absent.md")
