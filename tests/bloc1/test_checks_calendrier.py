"""Scorers of notebook 06 on small hand-computed answers."""

from __future__ import annotations

import pandas as pd
import pytest

from cmcert_lib.bloc1 import scheduling
from cmcert_lib.checks.core import CheckFailed, run_scorer, run_visible

PERIOD = {"debut": "2027-01-04", "fin": "2027-01-10"}


def calendar() -> pd.DataFrame:
    base = {
        "date_heure": "2027-01-05 18:30", "plateforme": "Facebook", "format": "Lien",
        "pilier": "Savoir-faire malouin", "etape_parcours": "Découverte", "objectif": "Clics",
        "texte": "Six semaines de cure pour un savon.", "visuel": "photo.jpg",
        "texte_alternatif": "Savons en cure sur des claies en bois", "hashtags": "",
        "lien": "https://www.maison-ondine.fr/atelier", "responsable": "Inès Morel",
        "statut": "Validé",
    }
    second = {**base, "date_heure": "2027-01-08 12:15", "texte": "Nos conseils d'hiver.",
              "pilier": "Rituels & conseils"}
    return pd.DataFrame([base, second])


def test_calendar_fraction_is_the_share_of_rules_passed():
    # The charter wants 4 Instagram, 2 TikTok, 2 Facebook, 1 LinkedIn a week and four pillars:
    # FREQUENCE and PILIERS fail, the 8 other rules hold.
    outcome = run_scorer("bloc1.calendrier", calendar(), {**PERIOD, "tolerance": 0.05})
    assert outcome.fraction == pytest.approx(0.8)
    assert [r.split(" ")[1] for r in outcome.remarks] == ["PILIERS", "FREQUENCE"]


def test_calendar_visible_check_rejects_unreadable_dates_and_missing_columns():
    frame = calendar()
    frame.loc[1, "date_heure"] = "08/01/2027 12:15"
    with pytest.raises(CheckFailed, match="1 date\\(s\\) illisible\\(s\\)"):
        run_visible("bloc1.calendrier", frame)
    with pytest.raises(CheckFailed, match="« statut »"):
        run_visible("bloc1.calendrier", calendar().drop(columns="statut"))
    assert run_scorer("bloc1.calendrier", [1, 2], {**PERIOD, "tolerance": 0.05}).fraction == 0


UTM = {"utm_source": "facebook", "utm_medium": "social", "utm_campaign": "relance-2027-01"}
BULK = {**PERIOD, "plateforme": "Facebook", "lignes": 2, "utm": UTM}


def bulk(with_utm: bool = True) -> str:
    rows = calendar()[["date_heure", "texte", "lien"]].rename(columns={"texte": "message"})
    if with_utm:
        rows["lien"] = [scheduling.add_utm(u, "facebook", "social", "relance-2027-01") for u in rows["lien"]]
    return scheduling.to_bulk_csv(rows)


def test_bulk_export_scores():
    assert run_scorer("bloc1.export_programmation", bulk(), BULK).fraction == 1
    # 6 equal checks; only the UTM one fails.
    assert run_scorer("bloc1.export_programmation", bulk(False), BULK).fraction == pytest.approx(5 / 6)
    # 3 rows expected: the row count fails too.
    assert run_scorer("bloc1.export_programmation", bulk(False), {**BULK, "lignes": 3}).fraction == (
        pytest.approx(4 / 6))


def test_bulk_export_visible_check_names_the_bad_date():
    text = "2027-01-05 18:30,Bonjour,\r\n"
    with pytest.raises(CheckFailed, match="ligne 1 n'est pas au format jj/mm/aaaa hh:mm"):
        run_visible("bloc1.export_programmation", text)
    with pytest.raises(CheckFailed, match="texte du fichier CSV"):
        run_visible("bloc1.export_programmation", ["pas", "un", "texte"])


def test_ics_scores():
    text = scheduling.calendar_to_ics(calendar())
    assert run_scorer("bloc1.export_ics", text, {**PERIOD, "evenements": 2}).fraction == 1
    # 5 equal checks; the event count is wrong.
    assert run_scorer("bloc1.export_ics", text, {**PERIOD, "evenements": 3}).fraction == pytest.approx(0.8)
    # Unix line ends: not RFC 5545 any more.
    unix = text.replace("\r\n ", "").replace("\r\n", "\n")
    assert run_scorer("bloc1.export_ics", unix, {**PERIOD, "evenements": 2}).fraction < 1
    with pytest.raises(CheckFailed, match="BEGIN:VCALENDAR"):
        run_visible("bloc1.export_ics", "Bonjour")


WORKLOAD = {
    "temps": {"Image": {"CM": 30, "Graphiste": 60}, "Reel": {"CM": 60, "Graphiste": 0}},
    "semaines": 2, "publications": 6, "comite": {"CM": 1, "Graphiste": 0},
}


def test_workload_scores():
    # CM: (4 x 30 + 2 x 60) / 60 / 2 + 1 = 3.0 h; Graphiste: 4 x 60 / 60 / 2 = 2.0 h.
    right = {"publications_par_format": {"Image": 4, "Reel": 2},
             "heures_par_semaine": {"CM": 3.0, "Graphiste": 2.0}}
    assert run_scorer("bloc1.charge_travail", right, WORKLOAD).fraction == 1
    no_committee = {**right, "heures_par_semaine": {"CM": 2.0, "Graphiste": 2.0}}
    # counts right (0.25) + 1 role of 2 right (0.75 x 0.5)
    assert run_scorer("bloc1.charge_travail", no_committee, WORKLOAD).fraction == pytest.approx(0.625)
    wrong_total = {"publications_par_format": {"Image": 4}, "heures_par_semaine": {"CM": 2.0, "Graphiste": 2.0}}
    # total 4 instead of 6 (0.25 x 0.5), both roles right for those counts (0.75)
    assert run_scorer("bloc1.charge_travail", wrong_total, WORKLOAD).fraction == pytest.approx(0.875)
    with pytest.raises(CheckFailed, match="heures_par_semaine"):
        run_visible("bloc1.charge_travail", {"publications_par_format": {"Image": 4}})


RACI = {
    "taches": ["Rédiger", "Valider", "Programmer"],
    "roles": ["CM", "Directrice"],
    "imposes": {"Valider": "Directrice", "Programmer": "CM"},
}


def test_raci_scores():
    good = pd.DataFrame([["A/R", "I"], ["R", "A"], ["A/R", "I"]],
                        index=RACI["taches"], columns=RACI["roles"])
    assert run_scorer("bloc1.raci", good, RACI).fraction == 1
    two_a = good.copy()
    two_a.loc["Valider"] = ["A", "A"]  # two A and no R: invalid task and imposed decision broken
    # 0.1 (roles) + 0.6 x 2/3 + 0.3 x 1/2
    assert run_scorer("bloc1.raci", two_a, RACI).fraction == pytest.approx(0.65)
    missing = good.drop(index="Programmer")
    # 0.1 + 0.6 x 2/3 + 0.3 x 1/2
    assert run_scorer("bloc1.raci", missing, RACI).fraction == pytest.approx(0.65)
    with pytest.raises(CheckFailed, match="tableau pandas"):
        run_visible("bloc1.raci", {"Rédiger": "A"})


# --- answers in other natural forms, through the wire form both sides share -------------------


def graded(question, answer, expected):
    """The candidate's check cell passes, then the score grading gives the exported answer."""
    from cmcert_lib.checks import check
    from cmcert_lib.checks.core import run_scorer as _run_scorer
    from cmcert_lib.checks.wire import roundtrip

    check(question, answer)
    return _run_scorer(question, roundtrip(answer), expected)


def test_workload_as_series_of_numpy_numbers_with_role_names_in_another_case():
    import numpy as np

    right = {"publications_par_format": pd.Series({"Image": np.int64(4), "Reel": np.int64(2)}),
             "heures_par_semaine": pd.Series({"cm": np.float64(3.0), "GRAPHISTE": np.float64(2.0)})}
    assert graded("bloc1.charge_travail", right, WORKLOAD).fraction == 1
    hollow = {"publications_par_format": pd.Series({"Image": 1}),
              "heures_par_semaine": pd.Series({"CM": 0.0, "Graphiste": 0.0})}
    assert graded("bloc1.charge_travail", hollow, WORKLOAD).fraction < 0.5
