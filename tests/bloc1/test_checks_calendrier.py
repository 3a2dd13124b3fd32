"""Scorers of notebook 06 on small hand-computed answers."""

from __future__ import annotations

import pandas as pd
import pytest

from cmcert_lib.bloc1 import scheduling
from cmcert_lib.checks.core import CheckFailed, run_scorer, run_visible, stated_decimals

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


def week() -> pd.DataFrame:
    """One week of the validated charter (4 Instagram, 2 TikTok, 2 Facebook, 1 LinkedIn), every post
    written, pillars 3 / 3 / 2 / 1 (33, 33, 22 and 11 % against 30, 30, 25 and 15: within 5 points)."""
    sf, rc, zd, co = "Savoir-faire malouin", "Rituels & conseils", "Engagements prouvés", "Communauté"
    posts = [
        ("2027-01-04 18:30", "Instagram", "Reel", sf, "Première coulée de l'année à l'atelier."),
        ("2027-01-05 12:15", "Facebook", "Lien", rc, "Cinq conseils pour faire durer votre shampoing."),
        ("2027-01-06 12:30", "Instagram", "Carrousel", rc, "Routine du soir en trois gestes simples."),
        ("2027-01-06 19:00", "TikTok", "Vidéo", sf, "Soixante secondes dans notre atelier malouin."),
        ("2027-01-07 08:30", "LinkedIn", "Texte", zd, "Notre sachet kraft, six mois après."),
        ("2027-01-07 18:30", "Instagram", "Image", zd, "Le sachet kraft se composte au jardin."),
        ("2027-01-08 12:15", "Facebook", "Image", co, "Partagez votre salle de bain en photo."),
        ("2027-01-09 10:00", "Instagram", "Story", rc, "Sondage : douche du matin ou bain du soir ?"),
        ("2027-01-10 18:00", "TikTok", "Carrousel photo", sf, "Six semaines de cure en six photos."),
    ]
    rows = []
    for n, (when, network, fmt, pillar, text) in enumerate(posts):
        rows.append({
            "date_heure": when, "plateforme": network, "format": fmt, "pilier": pillar,
            "etape_parcours": "Découverte", "objectif": "Portée", "texte": text,
            "visuel": "" if fmt == "Texte" else f"visuel_{n}.jpg",
            "texte_alternatif": "" if fmt == "Texte" else f"Savon numéro {n} posé sur une planche de bois {text}",
            "hashtags": "#SavonSolide", "lien": "https://www.maison-ondine.fr/atelier" if network == "Facebook" else "",
            "responsable": "Inès Morel", "statut": "Validé",
        })
    return pd.DataFrame(rows)


def test_calendar_fraction_is_the_share_of_rules_passed():
    # The charter wants 4 Instagram, 2 TikTok, 2 Facebook, 1 LinkedIn a week and four pillars:
    # FREQUENCE and PILIERS fail, the 10 other rules hold (CONTENU weighs on them, it is no share).
    outcome = run_scorer("bloc1.calendrier", calendar(), {**PERIOD, "tolerance": 0.05})
    assert outcome.fraction == pytest.approx(10 / 12)
    assert [r.split(" ")[1] for r in outcome.remarks] == ["PILIERS", "FREQUENCE"]
    assert run_scorer("bloc1.calendrier", week(), {**PERIOD, "tolerance": 0.05}).fraction == 1


def test_placeholder_texts_weigh_on_every_rule():
    frame = week()
    frame["texte"] = "Texte à définir"
    outcome = run_scorer("bloc1.calendrier", frame, {**PERIOD, "tolerance": 0.05})
    assert outcome.fraction == 0
    assert "9 publication(s) sur 9 n'ont pas de texte rédigé" in outcome.remarks[-1]
    frame = week()
    frame.loc[0, "texte"] = "À compléter"  # one post of nine: 8/9 of the rules' share
    assert run_scorer("bloc1.calendrier", frame, {**PERIOD, "tolerance": 0.05}).fraction == pytest.approx(8 / 9)


def test_the_charter_s_rules_apply_to_the_calendar_s_texts():
    frame = week()
    frame.loc[1, "texte"] = "Notre baume guérit les gerçures en une nuit."
    frame.loc[2, "texte_alternatif"] = "Image de la publication"
    frame.loc[3, "hashtags"] = "#savonsolide"
    outcome = run_scorer("bloc1.calendrier", frame, {**PERIOD, "tolerance": 0.05})
    assert outcome.fraction == pytest.approx(9 / 12)
    assert [r.split(" ")[1] for r in outcome.remarks] == ["ALT", "ALLEGATIONS", "ECRITURE"]


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
    # 7 equal checks; only the UTM one fails.
    assert run_scorer("bloc1.export_programmation", bulk(False), BULK).fraction == pytest.approx(6 / 7)
    # 3 rows expected: the row count fails too.
    assert run_scorer("bloc1.export_programmation", bulk(False), {**BULK, "lignes": 3}).fraction == (
        pytest.approx(5 / 7))


def test_bulk_export_of_numbered_placeholders_earns_little():
    rows = pd.DataFrame({
        "date_heure": ["2027-01-05 12:15", "2027-01-08 12:15"],
        "message": ["Publication Facebook numéro 1", "Publication Facebook numéro 2"],
        "lien": [scheduling.add_utm("https://www.maison-ondine.fr/", "facebook", "social", "relance-2027-01")] * 2,
    })
    outcome = run_scorer("bloc1.export_programmation", scheduling.to_bulk_csv(rows), BULK)
    assert outcome.fraction == pytest.approx(1 / 2)  # every check holds, one message of two is written
    assert "1 message(s) sur 2" in outcome.remarks[-1]
    rows["message"] = ["À définir (1)", "À définir (2)"]
    assert run_scorer("bloc1.export_programmation", scheduling.to_bulk_csv(rows), BULK).fraction == 0


def test_bulk_export_links_go_to_the_brand_s_site_and_texts_keep_the_charter():
    rows = calendar()[["date_heure", "texte", "lien"]].rename(columns={"texte": "message"})
    rows["lien"] = [scheduling.add_utm("https://www.exemple.com/page", "facebook", "social", "relance-2027-01")] * 2
    outcome = run_scorer("bloc1.export_programmation", scheduling.to_bulk_csv(rows), BULK)
    assert outcome.fraction == pytest.approx(6 / 7) and "site de la marque" in outcome.remarks[0]
    rows = calendar()[["date_heure", "texte", "lien"]].rename(columns={"texte": "message"})
    rows["lien"] = [scheduling.add_utm(u, "facebook", "social", "relance-2027-01") for u in rows["lien"]]
    rows.loc[0, "message"] = "Ce savon soigne l'eczéma."
    outcome = run_scorer("bloc1.export_programmation", scheduling.to_bulk_csv(rows), BULK)
    assert outcome.fraction == pytest.approx(6 / 7) and "enfreignent la charte" in outcome.remarks[0]


def test_bulk_export_visible_check_names_the_bad_date():
    text = "2027-01-05 18:30,Bonjour,\r\n"
    with pytest.raises(CheckFailed, match="ligne 1 n'est pas au format jj/mm/aaaa hh:mm"):
        run_visible("bloc1.export_programmation", text)
    with pytest.raises(CheckFailed, match="texte du fichier CSV"):
        run_visible("bloc1.export_programmation", ["pas", "un", "texte"])


def test_ics_scores():
    text = scheduling.calendar_to_ics(week())
    assert run_scorer("bloc1.export_ics", text, {**PERIOD, "evenements": 9}).fraction == 1
    # 7 equal checks; the event count is wrong.
    assert run_scorer("bloc1.export_ics", text, {**PERIOD, "evenements": 10}).fraction == pytest.approx(6 / 7)
    # Unix line ends: not RFC 5545 any more.
    unix = text.replace("\r\n ", "").replace("\r\n", "\n")
    assert run_scorer("bloc1.export_ics", unix, {**PERIOD, "evenements": 9}).fraction < 1
    # Two posts only: the charter's weekly rhythm is not there.
    two = scheduling.calendar_to_ics(calendar())
    outcome = run_scorer("bloc1.export_ics", two, {**PERIOD, "evenements": 2})
    assert outcome.fraction == pytest.approx(6 / 7) and "semaine par semaine" in outcome.remarks[0]
    with pytest.raises(CheckFailed, match="BEGIN:VCALENDAR"):
        run_visible("bloc1.export_ics", "Bonjour")


def test_ics_titles_name_a_network_a_format_and_a_pillar_of_the_charter():
    frame = week()
    frame["pilier"] = frame["pilier"].str.lower()  # another case: the same pillars
    assert run_scorer("bloc1.export_ics", scheduling.calendar_to_ics(frame), {**PERIOD, "evenements": 9}).fraction == 1
    frame.loc[0, "format"] = "Publication"  # no such format on Instagram
    outcome = run_scorer("bloc1.export_ics", scheduling.calendar_to_ics(frame), {**PERIOD, "evenements": 9})
    assert outcome.fraction < 1 and any("réseau · format · pilier" in r for r in outcome.remarks)


def test_ics_of_placeholder_posts_earns_nothing():
    frame = week()
    frame["texte"] = "À définir"
    outcome = run_scorer("bloc1.export_ics", scheduling.calendar_to_ics(frame), {**PERIOD, "evenements": 9})
    assert outcome.fraction == 0
    assert "9 événement(s) sur 9" in outcome.remarks[-1]


WORKLOAD = {
    "temps": {"Image": {"CM": 30, "Graphiste": 60}, "Reel": {"CM": 60, "Graphiste": 0}},
    "moderation": {"Instagram": {"CM": 20, "Graphiste": 0}, "TikTok": {"CM": 30, "Graphiste": 0}},
    "hebdo": {"Modération": {"CM": 0.5, "Graphiste": 0}, "Veille": {"CM": 1, "Graphiste": 0},
              "Reporting": {"CM": 0.5, "Graphiste": 0}, "Comité éditorial": {"CM": 1, "Graphiste": 0}},
    "semaines": 2, "publications": 6,
}
# CM: production (4 x 30 + 2 x 60) / 60 / 2 = 2.0 h, moderation (4 x 20 + 2 x 30) / 60 / 2 + 0.5
# = 1.67 h, veille 1, reporting 0.5, committee 1: 6.17 h. Graphiste: production 4 x 60 / 60 / 2 = 2.0 h.
RIGHT_WORKLOAD = {
    "publications_par_format": {"Image": 4, "Reel": 2},
    "publications_par_reseau": {"Instagram": 4, "TikTok": 2},
    "heures_par_semaine": {"CM": 6.2, "Graphiste": 2.0},
    "heures_par_activite": {"Production": 4.0, "Modération": 1.7, "Veille": 1.0, "Reporting": 0.5,
                            "Comité éditorial": 1.0},
}


def test_workload_scores():
    right = RIGHT_WORKLOAD
    assert run_scorer("bloc1.charge_travail", right, WORKLOAD).fraction == 1
    # « arrondie au dixième »: the exact hours and any rounding to a tenth or finer are right
    assert stated_decimals("bloc1.charge_travail") == 1
    close = {**right, "heures_par_semaine": {"CM": 6.167, "Graphiste": 1.96}}
    assert run_scorer("bloc1.charge_travail", close, WORKLOAD).fraction == 1
    rounded_to_units = {**right, "heures_par_semaine": {"CM": 6.0, "Graphiste": 2.0}}
    assert run_scorer("bloc1.charge_travail", rounded_to_units, WORKLOAD).fraction < 1


def test_workload_of_production_alone_earns_little():
    production_only = {**RIGHT_WORKLOAD, "heures_par_semaine": {"CM": 2.0, "Graphiste": 2.0},
                       "heures_par_activite": {"Production": 4.0, "Modération": 0, "Veille": 0,
                                               "Reporting": 0, "Comité éditorial": 0}}
    outcome = run_scorer("bloc1.charge_travail", production_only, WORKLOAD)
    # counts right (0.2) + 1 role of 2 (0.5 x 1/2) + 1 activity of 5 (0.3 x 1/5)
    assert outcome.fraction == pytest.approx(0.51)
    assert any("pas seulement la production" in r for r in outcome.remarks)
    no_moderation = {**RIGHT_WORKLOAD, "heures_par_semaine": {"CM": 4.5, "Graphiste": 2.0},
                     "heures_par_activite": {**RIGHT_WORKLOAD["heures_par_activite"], "Modération": 0}}
    # counts (0.2) + 1 role of 2 (0.25) + 4 activities of 5 (0.24)
    assert run_scorer("bloc1.charge_travail", no_moderation, WORKLOAD).fraction == pytest.approx(0.69)


def test_workload_counts_are_checked():
    wrong_total = {**RIGHT_WORKLOAD, "publications_par_format": {"Image": 4},
                   "heures_par_semaine": {"CM": 5.2, "Graphiste": 2.0},
                   "heures_par_activite": {**RIGHT_WORKLOAD["heures_par_activite"], "Production": 3.0}}
    # total 4 by format but 6 by network (2 of 3 count checks) + both roles and all activities
    # right for those counts
    assert run_scorer("bloc1.charge_travail", wrong_total, WORKLOAD).fraction == pytest.approx(0.2 * 2 / 3 + 0.8)
    with pytest.raises(CheckFailed, match="publications_par_reseau"):
        run_visible("bloc1.charge_travail", {"publications_par_format": {"Image": 4}})
    with pytest.raises(CheckFailed, match="Veille"):
        run_visible("bloc1.charge_travail", {**RIGHT_WORKLOAD, "heures_par_activite": {"Production": 4.0}})
    assert "5 activités" in run_visible("bloc1.charge_travail", RIGHT_WORKLOAD)


RACI = {
    "taches": ["Rédiger", "Valider", "Créer les visuels", "Programmer"],
    "roles": ["CM", "Directrice", "Graphiste"],
    "imposes": {"Valider": "Directrice", "Programmer": "CM"},
    "independants": ["Graphiste"],
    "realisent": {"Créer les visuels": "Graphiste"},
}


def good_raci() -> pd.DataFrame:
    return pd.DataFrame([["A/R", "I", ""], ["R", "A", ""], ["A", "C", "R"], ["A/R", "I", ""]],
                        index=RACI["taches"], columns=RACI["roles"])


def test_raci_scores():
    assert run_scorer("bloc1.raci", good_raci(), RACI).fraction == 1
    two_a = good_raci()
    two_a.loc["Valider"] = ["A", "A", ""]  # two A and no R: invalid task and imposed decision broken
    # 0.1 (structure) + 0.2 x 3/4 (valid tasks) + 0.7 x 2/3 (decisions)
    assert run_scorer("bloc1.raci", two_a, RACI).fraction == pytest.approx(0.1 + 0.15 + 0.7 * 2 / 3)
    missing = good_raci().drop(index="Programmer")
    # structure 1 - (0 + 1/4) / 2; 3 valid tasks of 4; the programming decision is not there
    assert run_scorer("bloc1.raci", missing, RACI).fraction == pytest.approx(
        0.1 * 7 / 8 + 0.2 * 3 / 4 + 0.7 * 2 / 3)
    with pytest.raises(CheckFailed, match="tableau pandas"):
        run_visible("bloc1.raci", {"Rédiger": "A"})


def test_raci_where_a_freelancer_approves_everything_earns_little():
    frame = pd.DataFrame({"CM": "I", "Directrice": "I", "Graphiste": "A/R"}, index=RACI["taches"])
    outcome = run_scorer("bloc1.raci", frame, RACI)
    # structure only (0.1), no valid task, one decision of three (the graphic designer does the visuals)
    assert outcome.fraction == pytest.approx(0.1 + 0.7 / 3)
    assert any("RACI-EXTERNE" in r for r in outcome.remarks)
    assert any("« Valider » : la personne qui approuve" in r for r in outcome.remarks)


def test_raci_where_the_community_manager_does_everything_keeps_only_the_cm_s_decisions():
    # a valid matrix (one A, one R a task) that ignores the brief: of the notebook's five decisions it
    # keeps one (0.1 + 0.2 + 0.7 / 5 = 0.44); of this fixture's three, one
    frame = pd.DataFrame({"CM": "A/R", "Directrice": "", "Graphiste": ""}, index=RACI["taches"])
    outcome = run_scorer("bloc1.raci", frame, RACI)
    assert outcome.fraction == pytest.approx(0.1 + 0.2 + 0.7 / 3)
    assert any("doit la réaliser (R)" in r for r in outcome.remarks)


def test_raci_labels_in_another_case_or_with_typographic_apostrophes():
    frame = good_raci()
    frame.index = [t.upper() for t in frame.index]
    frame.columns = [r.lower() for r in frame.columns]
    assert graded("bloc1.raci", frame, RACI).fraction == 1


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
             "publications_par_reseau": pd.Series({"instagram": np.int64(4), "TikTok": np.int64(2)}),
             "heures_par_semaine": pd.Series({"cm": np.float64(6.17), "GRAPHISTE": np.float64(2.0)}),
             "heures_par_activite": pd.Series(RIGHT_WORKLOAD["heures_par_activite"]).rename(str.lower)}
    assert graded("bloc1.charge_travail", right, WORKLOAD).fraction == 1
    hollow = {"publications_par_format": pd.Series({"Image": 1}), "publications_par_reseau": pd.Series({"X": 1}),
              "heures_par_semaine": pd.Series({"CM": 0.0, "Graphiste": 0.0}),
              "heures_par_activite": pd.Series(dict.fromkeys(RIGHT_WORKLOAD["heures_par_activite"], 0.0))}
    assert graded("bloc1.charge_travail", hollow, WORKLOAD).fraction < 0.5
