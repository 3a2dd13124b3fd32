"""The market study: one truth for the text and the tables, figures that fit the brand case, French errors."""

from __future__ import annotations

import re
import shutil

import pandas as pd
import pytest

from cmcert_lib.bloc1.datagen import market as market_gen
from cmcert_lib.bloc1.datasets import DataFileError, load_market_study, load_survey, shipped
from cmcert_lib.bloc1.datasets.market import CSV_COLUMNS, CSV_FILE, TEXT_FILE
from cmcert_lib.bloc1.datasets.survey import AGE, NETWORKS_USED
from cmcert_lib.facts import brand


@pytest.fixture(scope="module")
def study():
    return load_market_study()


def _markdown_tables(text: str) -> dict[int, pd.DataFrame]:
    """Every « ### Tableau N — ... » of the text, read back from its Markdown rows (French numbers)."""
    tables = {}
    for match in re.finditer(r"^### Tableau (\d+) — .*?\n\n((?:\|.*\n)+)", text, flags=re.MULTILINE):
        lines = [line.strip().strip("|").split("|") for line in match.group(2).strip().splitlines()]
        header = [cell.strip() for cell in lines[0]]
        rows = [[cell.strip() for cell in line] for line in lines[2:]]
        tables[int(match.group(1))] = pd.DataFrame(rows, columns=header)
    return tables


def _number(text: str) -> float:
    return float(text.replace("\u202f", "").replace(",", "."))


def test_the_text_and_the_export_give_the_same_figures(study):
    written = _markdown_tables(study.text)
    assert sorted(written) == sorted(study.tables) == list(range(1, 9))
    for number, frame in study.tables.items():
        text = written[number]
        assert list(text.columns) == [str(c) for c in frame.columns], number
        assert len(text) == len(frame), number
        for column in frame.columns:
            for shown, value in zip(text[column], frame[column], strict=True):
                if isinstance(value, str):
                    assert shown == value, (number, column)
                else:
                    assert _number(shown) == pytest.approx(float(value)), (number, column, shown)


def test_the_key_figures_are_the_tables(study):
    market = study.tables[1].set_index("Année")["Chiffre d'affaires (M€ HT)"]
    growth = f"+{100 * (market[2025] / market[2024] - 1):.1f} %".replace(".", ",")
    assert f"**{market[2025]:.0f} M€ HT**" in study.text and f"**{growth}**" in study.text
    inspiration = study.tables[6].set_index(["Tranche d'âge", "Réseau"])["Part des acheteurs (%)"]
    assert f"**Instagram** ({inspiration['30-44 ans', 'Instagram']:.0f} %)" in study.text
    assert f"**Pinterest** ({inspiration['30-44 ans', 'Pinterest']:.0f} %)" in study.text


def test_the_study_is_labelled_fictional(study):
    assert "Étude fictive créée pour le cours" in study.text
    assert all("(fictif)" in s for s in pd.read_csv(shipped(CSV_FILE), sep=";", encoding="utf-8-sig")["Source"])


def test_the_export_imitates_an_institute_s_data_export():
    raw = shipped(CSV_FILE).read_bytes().decode("utf-8")
    assert raw.startswith("\ufeff" + ";".join(CSV_COLUMNS))
    assert re.search(r";2,10;;", raw)  # decimal commas, an empty base where the figure is no survey's


def test_tables_are_typed(study):
    years = study.tables[1]
    assert years["Année"].dtype == "int64" and years["Année"].tolist() == list(range(2021, 2027))
    assert set(years["Nature"]) == {"Réalisé", "Estimation"}
    networks = study.tables[6]
    assert list(networks.columns) == ["Tranche d'âge", "Réseau", "Part des acheteurs (%)", "Base (effectif)"]
    assert networks["Part des acheteurs (%)"].dtype == "float64"
    assert str(networks["Base (effectif)"].dtype) == "Int64"
    assert study.titles[6].startswith("Réseaux sociaux utilisés")
    assert study.table(2) is not study.tables[2] and study.table(2).equals(study.tables[2])
    assert study._repr_markdown_() == study.text


def test_the_figures_fit_the_brand_case(study):
    sales = study.tables[2].set_index("Marque")
    assert list(sales.index) == sorted(brand.BRANDS, key=lambda b: -sales.loc[b, "Chiffre d'affaires 2025 (M€ HT)"])
    assert sales.loc[brand.BRAND, "Chiffre d'affaires 2025 (M€ HT)"] == 2.1  # the brief's 2025 turnover
    prices = study.tables[3].set_index("Marque")["Prix moyen (€ TTC)"]
    assert 11 <= prices[brand.BRAND] <= 14  # the brief's shampoo bars
    market = study.tables[1].set_index("Année")["Chiffre d'affaires (M€ HT)"]
    assert sales["Chiffre d'affaires 2025 (M€ HT)"].sum() < market[2025] / 5  # five brands of hundreds
    channels = study.tables[4]
    assert channels["Part des ventes 2023 (%)"].sum() == channels["Part des ventes 2025 (%)"].sum() == 100
    assert study.tables[7]["Part des acheteurs (%)"].sum() == 100  # one answer only


def test_30_to_44_year_olds_are_on_instagram_and_pinterest_as_the_brand_s_survey_says(study):
    inspiration = study.tables[6].set_index(["Tranche d'âge", "Réseau"])["Part des acheteurs (%)"]
    band = inspiration["30-44 ans"]
    assert band["Instagram"] >= 55 and band["Pinterest"] >= 50 and band["TikTok"] <= 25
    assert inspiration["18-29 ans", "TikTok"] > 2 * band["TikTok"]
    survey = load_survey()
    thirties = survey[survey[AGE].between(30, 44)][NETWORKS_USED]
    uses = {n: thirties.str.contains(n).mean() for n in ("Instagram", "Pinterest", "TikTok")}
    assert uses["Instagram"] > uses["TikTok"] and uses["Pinterest"] > uses["TikTok"]


def test_the_bases_of_the_usage_tables_are_the_buyers_of_each_band(study):
    penetration = study.tables[5].set_index("Tranche d'âge")
    buyers = study.tables[6].drop_duplicates("Tranche d'âge").set_index("Tranche d'âge")["Base (effectif)"]
    for band in market_gen.AGE_BANDS:
        row = penetration.loc[band]
        assert buyers[band] == round(row["Pénétration 2026 (%)"] / 100 * row["Base (effectif)"])
    assert set(study.tables[7]["Base (effectif)"]) == {buyers.sum()}
    assert f"**{buyers.sum()} acheteurs de cosmétiques solides**" in study.text


def test_generation_is_byte_identical(tmp_path):
    first = [p.read_bytes() for p in market_gen.generate(tmp_path / "a")]
    second = [p.read_bytes() for p in market_gen.generate(tmp_path / "b")]
    assert first == second == [shipped(TEXT_FILE).read_bytes(), shipped(CSV_FILE).read_bytes()]
    assert market_gen.tables(seed=1) != market_gen.tables()  # the seed draws the survey's figures


# --- French errors --------------------------------------------------------------------


def _copy(tmp_path):
    for name in (TEXT_FILE, CSV_FILE):
        shutil.copy(shipped(name), tmp_path / name)
    return tmp_path


def _error(folder) -> str:
    with pytest.raises(DataFileError) as info:
        load_market_study(folder)
    return str(info.value)


def test_a_missing_text(tmp_path):
    (_copy(tmp_path) / TEXT_FILE).unlink()
    assert "Fichier introuvable" in _error(tmp_path) and "texte de l'étude" in _error(tmp_path)


def test_a_missing_export(tmp_path):
    (_copy(tmp_path) / CSV_FILE).unlink()
    assert "Fichier introuvable" in _error(tmp_path)


def test_an_export_with_commas(tmp_path):
    path = _copy(tmp_path) / CSV_FILE
    text = path.read_text(encoding="utf-8-sig")
    path.write_text(text.replace(";", ","), encoding="utf-8")
    assert "séparateur attendu est « ; »" in _error(tmp_path)


def test_a_figure_that_is_no_number(tmp_path):
    path = _copy(tmp_path) / CSV_FILE
    text = path.read_text(encoding="utf-8-sig").replace(";2,10;;", ";deux;;", 1)
    path.write_text(text, encoding="utf-8")
    assert "Valeur non numérique « deux »" in _error(tmp_path)


def test_a_table_the_study_does_not_have(study):
    with pytest.raises(KeyError, match="pas de tableau n° 9"):
        study.table(9)
