"""The client's brief, its display and the checks of notebook 01 on hand-computed cases."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

from cmcert_lib.authoring.textformat import parse
from cmcert_lib.bloc1 import brief
from cmcert_lib.bloc1.demo import notebook_01
from cmcert_lib.checks.core import CheckFailed, run_scorer, run_visible
from cmcert_lib.facts import brand

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "course" / "bloc1" / "01_brief.py"


def _flat(text: str) -> str:
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


# --- the brief agrees with brand.py and with its own data ---------------------------


def test_brief_tells_the_brand_facts():
    text = _flat(brief.brief_text())
    assert brand.BRAND in text
    assert "Saint-Malo" in text
    assert brand.BRAND_SITE.removeprefix("https://") in text
    for competitor in brand.COMPETITORS:
        assert competitor in text
    for account in brand.ACCOUNTS:
        if account.brand == brand.BRAND and account.handle.startswith("@"):
            assert account.handle in text
    assert "18 000 € HT" in text and brand.BUDGET_EUR_HT == 18_000
    assert "sachet doublé de plastique" in text and "9 mars 2026" in text
    assert date(2026, 3, 9) == brand.BAD_BUZZ_WEEK


@pytest.mark.parametrize("day", [brand.BRIEF_DATE, brand.PROJECT_END, brief.PROPOSAL_DUE,
                                 brief.PITCH_DATE])
def test_brief_dates_come_from_the_data(day):
    assert brief.date_fr(day) in _flat(brief.brief_text())


def test_project_start_is_in_the_brief():
    assert brief.date_fr(brand.PROJECT_START) == "4 janvier 2027"
    assert "4 janvier au 30 juin 2027" in _flat(brief.brief_text())


def test_budget_rule_and_contact_are_in_the_brief():
    text = _flat(brief.brief_text())
    assert f"{brief.TOOLS_EUR_HT_PER_MONTH} € HT par mois" in text
    assert "six mois" in text and brief.CAMPAIGN_MONTHS == 6
    for item, share in brief.REMAINDER_SHARES.items():
        assert f"**{item}**" in text
        assert f"{share:.0%}".replace("%", " %") in text
    assert "**Outils**" in text
    assert "TVA de 20 %" in text and brief.TVA_RATE == 0.20
    assert sum(brief.REMAINDER_SHARES.values()) == pytest.approx(1.0)
    for fact in (brief.CONTACT_NAME, brief.CONTACT_EMAIL, brief.CONTACT_PHONE):
        assert fact in text


def test_every_indicator_and_its_baseline_is_in_the_brief():
    text = _flat(brief.brief_text())
    for indicator in brief.INDICATORS:
        assert indicator.name in text, indicator.name
        baseline = _flat(brief.number_fr(indicator.baseline))
        assert baseline in text, (indicator.name, baseline)


def test_show_brief_displays_markdown(monkeypatch):
    import IPython.display

    shown = []
    monkeypatch.setattr(IPython.display, "display", lambda obj: shown.append(obj))
    assert brief.show_brief() is None
    assert len(shown) == 1
    assert isinstance(shown[0], IPython.display.Markdown)
    assert shown[0].data == brief.brief_text()
    assert shown[0].data.startswith("# Brief")


def test_indicator_table():
    table = brief.indicator_table()
    assert list(table["Indicateur"]) == list(brief.INDICATOR_NAMES)
    assert table.shape == (7, 3)
    assert table.iloc[0, 2] == "12\u202f400 abonnés"
    assert table.iloc[3, 2] == "−18 %"


# --- French formatting ------------------------------------------------------------------


@pytest.mark.parametrize(("value", "text"), [
    (7695, "7\u202f695\u00a0€"), (7695.0, "7\u202f695\u00a0€"), (12.5, "12,50\u00a0€"),
    (1234567.891, "1\u202f234\u202f567,89\u00a0€"), ("abc", "—"), (None, "—"),
])
def test_euros(value, text):
    assert brief.euros(value) == text


@pytest.mark.parametrize(("value", "text"), [
    (12400, "12\u202f400"), (2.1, "2,1"), (-18, "−18"), (2.25, "2,25"), (3.0, "3"),
])
def test_number_fr(value, text):
    assert brief.number_fr(value) == text


def test_date_fr():
    assert brief.date_fr(date(2026, 12, 11)) == "11 décembre 2026"
    assert brief.date_fr(date(2027, 8, 1)) == "1er août 2027"  # « premier », as French writes it


# --- the framing sheet ------------------------------------------------------------------


def test_framing_sheet_from_answers():
    sheet = brief.framing_sheet(
        "Comment regagner la confiance ?",
        ["Une chargée de communication à mi-temps.", "  "],
        [{"objectif": "Faire | grandir", "indicateur": "Abonnés TikTok", "cible": 6000,
          "unite": "abonnés", "echeance": "2027-06-30"}],
        {"total_ht": 18000, "tva": 3600, "total_ttc": 21600, "postes_ht": {"Outils": 900}},
    )
    assert sheet.startswith("# Fiche de cadrage — Maison Ondine")
    assert "Comment regagner la confiance ?" in sheet
    assert "| 1 | Faire / grandir | Abonnés TikTok | 6\u202f000 abonnés | 30 juin 2027 |" in sheet
    assert "| Outils | 900\u00a0€ |" in sheet
    assert "| **Total TTC** | **21\u202f600\u00a0€** |" in sheet
    assert "| TVA (20 %) | 3\u202f600\u00a0€ |" in sheet
    assert "- Une chargée de communication à mi-temps." in sheet
    assert sheet.count("\n- ") == 1 + 3  # one constraint, three milestones
    assert "Remise du cahier de préconisations : 11 décembre 2026" in sheet


def test_framing_sheet_tolerates_incomplete_answers():
    sheet = brief.framing_sheet("", [], [{"objectif": "x"}, "pas un dict"], {"postes_ht": 3})
    assert "## Problématique\n\n—" in sheet
    assert "| 1 | x | — | — | — |" in sheet
    assert "| 2 | — | — | — | — |" in sheet
    assert "| **Total HT** | **—** |" in sheet
    assert "## Contraintes\n\n—" in sheet


# --- checks: SMART objectives --------------------------------------------------------------

GOOD = [
    {"objectif": "Ramener le sentiment net des mentions en territoire positif grâce aux preuves",
     "indicateur": "Sentiment net des mentions", "cible": 15, "unite": "%",
     "echeance": "2027-06-30"},
    {"objectif": "Faire grandir la communauté TikTok auprès des 25-40 ans avec deux vidéos",
     "indicateur": "Abonnés TikTok", "cible": 6000, "unite": "abonnés",
     "echeance": "2027-06-30"},
    {"objectif": "Augmenter les commandes en ligne issues des réseaux pendant le lancement",
     "indicateur": "Commandes issues des réseaux sociaux", "cible": 240,
     "unite": "commandes par mois", "echeance": "2027-04-30"},
]
EXPECTED_SMART = {
    "debut": "2027-01-04", "fin": "2027-06-30", "min_objectifs": 3, "mots_min": 8,
    "indicateurs": {
        "Abonnés Instagram": {"unite": "abonnés", "attente": "communauté", "min": 12400,
                              "max": 18600},
        "Abonnés TikTok": {"unite": "abonnés", "attente": "communauté", "min": 3100,
                           "max": 9300},
        "Taux d'engagement moyen Instagram": {"unite": "%", "attente": "communauté",
                                              "min": 2.1, "max": 4.5},
        "Sentiment net des mentions": {"unite": "%", "attente": "confiance", "min": -18,
                                       "max": 50},
        "Commandes issues des réseaux sociaux": {"unite": "commandes par mois",
                                                 "attente": "ventes", "min": 150, "max": 300},
    },
}


def _with(index, **changes):
    answer = [dict(o) for o in GOOD]
    answer[index].update(changes)
    return answer


def test_smart_visible_check_accepts_well_formed_objectives():
    message = run_visible("bloc1.brief_smart", GOOD)
    assert message.startswith("3 objectifs bien formés")


def test_smart_visible_check_accepts_dates_and_case_differences():
    answer = _with(0, echeance=date(2027, 6, 30), indicateur="sentiment net des mentions")
    run_visible("bloc1.brief_smart", answer)


@pytest.mark.parametrize(("answer", "message"), [
    ("trois objectifs", "doit être une liste"),
    ([], "est vide"),
    (["objectif"], "L'objectif n° 1 doit être un dictionnaire"),
    ([{"objectif": "x"}], "clé(s) manquante(s) indicateur, cible, unite, echeance"),
    (_with(1, indicateur="Nombre de likes"), "n'est pas dans la liste de l'énoncé"),
    (_with(1, cible="6 000"), "L'objectif n° 2 : la cible doit être un nombre"),
    (_with(1, cible=True), "pas un booléen"),
    (_with(2, unite=""), "L'objectif n° 3 : l'unité"),
    (_with(2, echeance="fin juin 2027"), "AAAA-MM-JJ"),
    (_with(2, echeance="2027-07-15"), "hors de la période du projet"),
    (_with(0, objectif="Plus"), "trop court"),
])
def test_smart_visible_check_explains_in_french(answer, message):
    with pytest.raises(CheckFailed) as info:
        run_visible("bloc1.brief_smart", answer)
    assert message in str(info.value)


def test_smart_visible_check_never_reveals_the_bounds():
    with pytest.raises(CheckFailed) as info:
        run_visible("bloc1.brief_smart", _with(1, echeance="2026-12-01"))
    assert "9300" not in str(info.value) and "18600" not in str(info.value)


def test_smart_full_marks():
    outcome = run_scorer("bloc1.brief_smart", GOOD, EXPECTED_SMART)
    assert outcome.fraction == pytest.approx(1.0)
    assert outcome.remarks == []


def test_smart_credit_per_property():
    # Objective 2: wrong unit (M) and a target beyond the bound (A): 2 of 4 properties.
    answer = _with(1, unite="personnes", cible=20000)
    outcome = run_scorer("bloc1.brief_smart", answer, EXPECTED_SMART)
    assert outcome.fraction == pytest.approx(0.8 * 10 / 12 + 0.2)
    assert any("n° 2" in r and "(M)" in r and "(A)" in r for r in outcome.remarks)
    assert not any("20000" in r or "9300" in r for r in outcome.remarks)


def test_smart_target_must_progress_from_the_baseline():
    # A target equal to the starting point is no objective (A missed).
    outcome = run_scorer("bloc1.brief_smart", _with(1, cible=3100), EXPECTED_SMART)
    assert outcome.fraction == pytest.approx(0.8 * 11 / 12 + 0.2)


def test_smart_vague_wording_misses_s():
    outcome = run_scorer("bloc1.brief_smart", _with(0, objectif="Moins de commentaires négatifs"),
                         EXPECTED_SMART)
    assert outcome.fraction == pytest.approx(0.8 * 11 / 12 + 0.2)
    assert "(S)" in outcome.remarks[0]


def test_smart_too_few_objectives_and_uncovered_expectation():
    # Two perfect objectives out of three required, covering 2 of 3 expectations.
    outcome = run_scorer("bloc1.brief_smart", GOOD[:2], EXPECTED_SMART)
    assert outcome.fraction == pytest.approx(0.8 * 8 / 12 + 0.2 * 2 / 3)
    assert any("au moins 3" in r for r in outcome.remarks)
    assert any("1 attente(s)" in r for r in outcome.remarks)


def test_smart_scorer_checks_the_deadline_itself():
    from cmcert_lib.bloc1.checks.brief import score_smart

    outcome = score_smart(_with(2, echeance="2027-09-30"), EXPECTED_SMART)
    assert outcome.fraction == pytest.approx(0.8 * 11 / 12 + 0.2)
    assert "(T)" in outcome.remarks[0]


def test_smart_malformed_answer_scores_zero_with_the_check_message():
    outcome = run_scorer("bloc1.brief_smart", "rien", EXPECTED_SMART)
    assert outcome.fraction == 0 and "liste" in outcome.remarks[0]


# --- checks: budget ----------------------------------------------------------------------

EXPECTED_BUDGET = {
    "total_ht": 18000, "tva": 3600.0, "total_ttc": 21600.0,
    "postes_ht": {"Outils": 900, "Production de contenus": 7695.0,
                  "Publicité sociale": 5985.0, "Partenariats créateurs": 3420.0},
}


def _budget(**changes):
    answer = {k: (dict(v) if isinstance(v, dict) else v) for k, v in EXPECTED_BUDGET.items()}
    answer.update(changes)
    return answer


def test_budget_full_marks_with_rounding_to_the_euro():
    answer = _budget(postes_ht={"Outils": 900, "Production de contenus": 7695.4,
                                "Publicité sociale": 5985, "Partenariats créateurs": 3420})
    assert run_visible("bloc1.brief_budget", answer).startswith("Budget bien structuré")
    outcome = run_scorer("bloc1.brief_budget", answer, EXPECTED_BUDGET)
    assert outcome.fraction == pytest.approx(1.0) and outcome.remarks == []


def test_budget_tva_right_ttc_wrong():
    outcome = run_scorer("bloc1.brief_budget", _budget(total_ttc=22500), EXPECTED_BUDGET)
    assert outcome.fraction == pytest.approx(0.8)
    assert outcome.remarks == ["Le total TTC est à revoir."]


def test_budget_percentages_on_the_whole_budget():
    postes = {"Outils": 900, "Production de contenus": 8100, "Publicité sociale": 6300,
              "Partenariats créateurs": 3600}
    outcome = run_scorer("bloc1.brief_budget", _budget(postes_ht=postes), EXPECTED_BUDGET)
    assert outcome.fraction == pytest.approx(0.6 + 0.4 * 1 / 4)
    assert any("1 valeur(s) juste(s) sur 4" in r for r in outcome.remarks)
    assert any("somme de vos postes" in r for r in outcome.remarks)
    assert not any("7695" in r or "5985" in r for r in outcome.remarks)


@pytest.mark.parametrize(("answer", "message"), [
    ([18000, 3600], "doit être un dictionnaire"),
    ({"total_ht": 18000}, "clé(s) manquante(s) tva, total_ttc, postes_ht"),
    (_budget(tva="3 600 €"), "budget[\"tva\"] doit être un nombre"),
    (_budget(total_ht=-1), "montant positif"),
    (_budget(postes_ht={"Outils": 900}), "Manquant(s) : Production de contenus"),
    (_budget(postes_ht={**EXPECTED_BUDGET["postes_ht"], "Divers": 0}), "Inconnu(s) : Divers"),
    (_budget(postes_ht={**EXPECTED_BUDGET["postes_ht"], "Outils": None}),
     "Le poste « Outils » doit être un nombre"),
])
def test_budget_visible_check_explains_in_french(answer, message):
    with pytest.raises(CheckFailed) as info:
        run_visible("bloc1.brief_budget", answer)
    assert message in str(info.value)


# --- the demo candidate's points, computed from the notebook's own expected literals -------


def _expected_literals() -> dict[str, object]:
    found = {}
    for spec in parse(NOTEBOOK.read_text(encoding="utf-8")):
        if spec.kind != "tests":
            continue
        call = ast.parse("\n".join(spec.lines)).body[-1].value
        kwargs = {k.arg: ast.literal_eval(k.value) for k in call.keywords}
        found[spec.attrs["id"]] = (ast.literal_eval(call.args[0]), kwargs)
    return found


def test_partial_candidate_points_match_the_demo_module():
    literals = _expected_literals()
    assert set(literals) == {"objectifs_smart_tests", "budget_tests"}
    namespace: dict = {}
    for source in notebook_01.PARTIAL_ANSWERS.values():
        exec(source, namespace)  # noqa: S102 (the demo's own answer code)
    answers = {"objectifs_smart_tests": namespace["objectifs_smart"],
               "budget_tests": namespace["budget"]}
    total, maximum = 0.0, 0.0
    for cell, (question, kwargs) in literals.items():
        outcome = run_scorer(question, answers[cell], kwargs["expected"])
        total += round(kwargs["points"] * outcome.fraction, 2)
        maximum += kwargs["points"]
    assert total == pytest.approx(notebook_01.PARTIAL_EXPECTED_POINTS)
    assert 0 < notebook_01.PARTIAL_EXPECTED_POINTS < maximum == 7
