"""Notebook 02 of Bloc 3 (community and moderation): the charter's rules, working hours, the alert rule,
the loaders and the scorers on hand-computed cases."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from cmcert_lib.bloc3.datasets import DataFileError, load_daily_mentions, load_inbox
from cmcert_lib.bloc3.moderation import (
    ACTIONS,
    CATEGORIES,
    CHARTE,
    ajouter_heures_ouvrees,
    categorie_de,
    fausses_alertes,
    jours_alerte,
)
from cmcert_lib.checks import core

T = pd.Timestamp


# --- the library -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("start", "hours", "due"), [
    ("2027-04-06 10:00", 4, "2027-04-06 14:00"),  # inside a Tuesday
    ("2027-04-06 17:30", 4, "2027-04-07 12:30"),  # half an hour on Tuesday, the rest on Wednesday
    ("2027-04-10 11:00", 4, "2027-04-12 13:00"),  # Saturday: the clock starts on Monday at 9 h
    ("2027-04-09 20:00", 1, "2027-04-12 10:00"),  # Friday evening
    ("2027-04-07 07:00", 9, "2027-04-07 18:00"),  # before opening; a deadline at 18 h stays at 18 h
    ("2027-04-30 17:00", 9, "2027-05-03 17:00"),  # a whole working day over a week-end
    ("2027-05-05 17:00", 4, "2027-05-07 12:00"),  # Ascension Thursday 6 May 2027 is a holiday
])
def test_working_hours(start, hours, due):
    assert ajouter_heures_ouvrees(T(start), hours) == T(due)


@pytest.mark.parametrize(("text", "attachment", "category"), [
    ("Bande de débiles, il se délite !", "", "injure"),  # the first rule wins
    ("Le mien se délite, voyez www.exemple.fr", "", "spam"),
    ("Appelez-moi au 06 12 34 56 78, ma commande ?", "", "donnees_personnelles"),
    ("Ma fille au bain 😍", "Photo", "donnees_personnelles"),
    ("Ma fille au bain 😍", "", "avis_positif"),
    ("Il y a de l'huile de palme ?", "", "signal_crise"),
    ("Mon fils a de l'ECZÉMA, ça va ?", "", "sante"),
    ("Colis jamais reçu ?", "", "reclamation"),
    ("Il dure combien ?", "", "question"),
    ("Merci !", "", "avis_positif"),
])
def test_categories_by_the_rules(text, attachment, category):
    assert categorie_de(text, attachment) == category


def test_the_charter_covers_every_category_and_type_with_known_actions():
    for category in CATEGORIES:
        for kind in ("Commentaire", "Message privé"):
            assert set(CHARTE[(category, kind)]) <= set(ACTIONS)
    assert all("masquer" not in a and "supprimer" not in a for (c, k), a in CHARTE.items() if k == "Message privé")
    assert all("supprimer" not in a and "masquer" not in a for (c, _), a in CHARTE.items()
               if c in ("reclamation", "signal_crise"))


def test_alert_rule_on_a_hand_made_series():
    days = pd.date_range("2027-01-01", periods=20)
    volume = [10, 12] * 7 + [40, 11, 10, 30, 12, 10]
    negative = [1] * 14 + [20, 1, 1, 2, 1, 1]
    frame = pd.DataFrame({"Date": days, "Mentions": volume, "Négatif": negative})
    # day 15 (index 14): mean 11, std ~1.04 -> 40 > 13.1 and 50 % negative: alert; day 18: 30 mentions but
    # 7 % negative: no alert.
    assert jours_alerte(frame) == ["2027-01-15"]
    assert jours_alerte(frame, x=0.9) == []
    assert fausses_alertes(["2027-01-15", "2027-01-20"], ["2027-01-13"]) == ["2027-01-20"]


def test_the_shipped_data_tells_the_story():
    inbox = load_inbox()
    assert 150 <= len(inbox) <= 300 and inbox["ID"].is_unique
    assert set(inbox["Type"]) == {"Commentaire", "Message privé"}
    categories = [categorie_de(m, p) for m, p in zip(inbox["Message"], inbox["Pièce jointe"], strict=False)]
    assert set(categories) == set(CATEGORIES)
    hours = (inbox["Traité le"] - inbox["Date"]).dt.total_seconds().mean() / 3600
    assert 15 <= hours <= 24  # the brief's 19 hours on average, roughly
    mentions = load_daily_mentions()
    assert (mentions[["Positif", "Neutre", "Négatif"]].sum(axis=1) == mentions["Mentions"]).all()
    alerts = jours_alerte(mentions)
    assert "2027-04-26" in alerts and "2027-04-19" not in alerts and "2027-04-06" not in alerts
    assert fausses_alertes(alerts, ["2027-01-18", "2027-04-19", "2027-04-26"]) == ["2027-02-23"]


def test_loaders_speak_french_on_bad_files(tmp_path):
    with pytest.raises(DataFileError, match="introuvable"):
        load_inbox(tmp_path)
    from cmcert_lib.bloc3.datasets.moderation import MENTIONS_FILE
    (tmp_path / MENTIONS_FILE).write_text("Date,Mentions\n01/12/2026,3\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="séparateur|colonne"):
        load_daily_mentions(tmp_path)


# --- the scorers -------------------------------------------------------------------------------------

CATS = {"AP-0001": "question", "AP-0002": "spam", "AP-0003": "sante", "AP-0004": "avis_positif"}


def test_categories_scorer():
    q = "bloc3.moderation_categories"
    assert core.run_scorer(q, CATS, CATS).fraction == 1
    assert core.run_scorer(q, pd.Series({k: v.upper() for k, v in CATS.items()}), CATS).fraction == 1
    half = dict(CATS, **{"AP-0001": "avis_positif", "AP-0003": "question"})
    outcome = core.run_scorer(q, half, CATS)
    assert outcome.fraction == 0.5 and outcome.remarks and "question" not in outcome.remarks[0].split(":")[0]
    assert core.run_scorer(q, {"AP-0001": "question"}, CATS).fraction == 0.25
    for hostile in (None, 3, "question", ["question"], {"AP-0001": math.nan}, {1: "question"}, {"x" * 10**5: 1}):
        assert core.run_scorer(q, hostile, CATS).fraction == 0


DUE = {"echeance": {"AP-0001": "2027-04-06 14:00", "AP-0002": "2027-04-07 12:30"}, "en_retard": ["AP-0002"]}


def test_deadlines_scorer():
    q = "bloc3.moderation_delais"
    right = pd.DataFrame({"echeance": [T("2027-04-06 14:00"), T("2027-04-07 12:30")], "en_retard": [False, True]},
                         index=["AP-0001", "AP-0002"])
    assert core.run_scorer(q, right, DUE).fraction == 1
    as_text = right.assign(echeance=right["echeance"].dt.strftime("%Y-%m-%d %H:%M")).rename_axis("ID").reset_index()
    assert core.run_scorer(q, as_text.rename(columns={"echeance": "Échéance"}), DUE).fraction == 1
    wrong_due = right.assign(echeance=[T("2027-04-06 14:00"), T("2027-04-06 21:30")])
    assert core.run_scorer(q, wrong_due, DUE).fraction == 0.75
    nothing_late = right.assign(en_retard=[False, False])
    assert core.run_scorer(q, nothing_late, DUE).fraction == 0.75
    assert core.run_scorer(q, right.assign(en_retard=[0, 1]), DUE).fraction == 0  # the check wants booleans
    for hostile in (None, {"AP-0001": 1}, pd.DataFrame({"a": [1]}), "2027-04-06"):
        assert core.run_scorer(q, hostile, DUE).fraction == 0


ACTS = {"AP-0001": ["masquer", "signaler"], "AP-0002": ["repondre"]}


def test_actions_scorer():
    q = "bloc3.moderation_actions"
    assert core.run_scorer(q, ACTS, ACTS).fraction == 1
    assert core.run_scorer(q, {"AP-0001": "Signaler + masquer", "AP-0002": ("répondre",)}, ACTS).fraction == 1
    assert core.run_scorer(q, {"AP-0001": ["masquer"], "AP-0002": ["repondre"]}, ACTS).fraction == 0.5
    assert core.run_scorer(q, {"AP-0001": ["effacer"], "AP-0002": ["repondre"]}, ACTS).fraction == 0
    assert core.run_scorer(q, {"AP-0001": [], "AP-0002": ["repondre"]}, ACTS).fraction == 0


def test_alerts_scorer():
    q = "bloc3.moderation_alertes"
    wanted = ["2027-01-18", "2027-02-23", "2027-04-26"]
    assert core.run_scorer(q, wanted, wanted).fraction == 1
    assert core.run_scorer(q, ["18/01/2027", T("2027-02-23"), "2027-04-26"], wanted).fraction == 1
    assert math.isclose(core.run_scorer(q, ["2027-01-18", "2027-04-19", "2027-04-26"], wanted).fraction, 1 / 3)
    assert core.run_scorer(q, [], wanted).fraction == 0
    assert core.run_scorer(q, ["demain"], wanted).fraction == 0
    assert core.run_scorer(q, ["2027-01-18"] * 2, wanted).fraction == 0
