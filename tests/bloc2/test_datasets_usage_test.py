"""The usage test's export (Google Forms): its loader, its French errors, and its agreement with the brief."""

from __future__ import annotations

import csv
import io

import pytest

from cmcert_lib.bloc2 import brief
from cmcert_lib.bloc2.datagen import usage_test as gen
from cmcert_lib.bloc2.datasets import DataFileError, load_usage_test
from cmcert_lib.bloc2.datasets import usage_test as u
from cmcert_lib.blocs import data_dir


@pytest.fixture(scope="module")
def answers():
    return load_usage_test()


def test_one_row_per_family_of_the_brief(answers):
    assert len(answers) == brief.TEST_FAMILIES
    assert answers[u.FAMILY].is_unique
    assert answers[u.FAMILY].str.fullmatch(r"PV-\d{3}").all()


def test_typed_columns(answers):
    assert str(answers[u.TIMESTAMP].dtype).startswith("datetime64")
    assert answers[u.TIMESTAMP].is_monotonic_increasing
    assert answers[u.TIMESTAMP].min().date().isoformat() >= "2027-01-17"
    assert answers[u.TIMESTAMP].max().date() < brief.brand.LAUNCH_BRIEF_DATE
    assert answers[u.AGE].dtype == "int64" and answers[u.AGE].min() >= brief.MINIMUM_AGE
    assert answers[u.WASHES].dtype == "int64" and (answers[u.WASHES] > 0).all()
    assert answers[u.WEIGHT].dtype == "float64"
    assert answers[u.WEIGHT].isna().sum() == gen.NOT_WEIGHED
    assert answers[u.WEIGHT].dropna().between(0, u.BAR_WEIGHT_G).all()


def test_answers_are_the_form_s_choices(answers):
    assert set(answers[u.HAIR]) == set(u.HAIR_TYPES)
    assert set(answers[u.SATISFACTION]) <= set(u.SATISFACTION_LEVELS)
    assert set(answers[u.REBUY]) <= set(u.REBUY_LEVELS)
    for column in u.GRID:
        assert set(answers[column]) <= set(u.AGREEMENT)
    assert (answers[u.COMMENT] == "").any() and answers[u.COMMENT].str.contains("é").any()


def test_the_bar_lasts_about_the_washes_the_brief_promises(answers):
    weighed = answers.dropna(subset=[u.WEIGHT])
    washes = u.BAR_WEIGHT_G * weighed[u.WASHES].sum() / (u.BAR_WEIGHT_G - weighed[u.WEIGHT]).sum()
    assert abs(washes - brief.PRODUCT_WASHES) < 2


def test_weights_are_typed_as_people_type_them():
    text = (data_dir("bloc2") / gen.FILE).read_text(encoding="utf-8")
    assert ",5" in text and " g" in text


@pytest.mark.parametrize(("typed", "grams"), [("41", 41.0), ("41,5", 41.5), ("41 g", 41.0), ("41.5g", 41.5),
                                              ("40 grammes", 40.0)])
def test_grams_as_typed(typed, grams):
    assert u._grams(typed) == grams


def test_a_missing_file_says_so_in_french(tmp_path):
    with pytest.raises(DataFileError, match="introuvable"):
        load_usage_test(tmp_path / "absent.csv")


def _with_cell(tmp_path, row: int, column: str, value: str):
    """A copy of the export with one answer changed (row 1 is the first family)."""
    table = list(csv.reader(io.StringIO((data_dir("bloc2") / u.FILE).read_text(encoding="utf-8"))))
    table[row][table[0].index(column)] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(table)
    path = tmp_path / "reponses.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def test_an_unreadable_weight_names_its_line(tmp_path):
    with pytest.raises(DataFileError, match="ligne 3"):
        load_usage_test(_with_cell(tmp_path, 2, u.WEIGHT, "environ la moitié"))


def test_a_non_integer_age_names_its_line(tmp_path):
    with pytest.raises(DataFileError, match="ligne 6"):
        load_usage_test(_with_cell(tmp_path, 5, u.AGE, "quatre"))


def test_the_generator_is_reproducible(tmp_path):
    written = gen.generate(tmp_path)
    assert [p.name for p in written] == [u.FILE]
    assert written[0].read_bytes() == (data_dir("bloc2") / u.FILE).read_bytes()
