"""Checks of notebook 01 on answers in other natural forms, through the wire form both sides share."""

from __future__ import annotations

import numpy as np
import pandas as pd

from cmcert_lib.checks import check
from cmcert_lib.checks.core import run_scorer
from cmcert_lib.checks.wire import roundtrip

BUDGET = {"total_ht": 18000, "tva": 3600.0, "total_ttc": 21600.0,
          "postes_ht": {"Outils": 900, "Production de contenus": 7695.0, "Publicité sociale": 5985.0,
                        "Partenariats créateurs": 3420.0}}


def graded(question, answer, expected):
    """The candidate's check cell passes, then the score grading gives the exported answer."""
    check(question, answer)
    return run_scorer(question, roundtrip(answer), expected)


def test_budget_with_numpy_totals_and_items_as_a_series_without_accents():
    items = pd.Series({"outils": 900, "Production de contenus": 7695, "Publicite sociale": 5985,
                       "PARTENARIATS CREATEURS": 3420}).astype(np.float64)
    answer = {"total_ht": np.float64(18000), "tva": np.float64(3600), "total_ttc": np.int64(21600),
              "postes_ht": items}
    assert graded("bloc1.brief_budget", answer, BUDGET).fraction == 1


def test_a_hollow_budget_with_the_right_keys_still_scores_nothing():
    hollow = {"total_ht": 0, "tva": 0, "total_ttc": 0, "postes_ht": dict.fromkeys(BUDGET["postes_ht"], 0)}
    assert graded("bloc1.brief_budget", hollow, BUDGET).fraction == 0


def test_deadlines_as_timestamps_or_french_dates_are_read_as_dates():
    objective = {"objectif": "Gagner des abonnées Instagram parmi les mères de 30 à 44 ans en Bretagne",
                 "indicateur": None, "cible": np.float64(12.0), "unite": "%", "echeance": None}
    from cmcert_lib.bloc1.brief import INDICATOR_NAMES

    for deadline in (pd.Timestamp("2027-06-30"), "30/06/2027", pd.Timestamp("2027-06-30 08:00", tz="Europe/Paris")):
        answer = [{**objective, "indicateur": INDICATOR_NAMES[0].upper(), "echeance": deadline}]
        assert "1 objectif bien formé" in _checked("bloc1.brief_smart", answer)


def _checked(question, answer):
    from cmcert_lib.checks.core import run_visible

    check(question, answer)
    return run_visible(question, roundtrip(answer))
