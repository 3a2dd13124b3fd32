"""Checks of notebook 03 (target study): French messages, partial credit, no expected values leaked,
and answers scored with the candidate's own choices, fairly both ways."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from cmcert_lib.bloc1.checks import cible
from cmcert_lib.bloc1.datasets import load_interviews, load_survey
from cmcert_lib.checks import core
from cmcert_lib.facts.platforms import NETWORKS

SURVEY = load_survey()
RESPONDENTS = {"répondants": len(SURVEY)}
AGE, SOLID = "Âge", "Achetez-vous des cosmétiques solides ?"
TICKED = SURVEY["Quels réseaux sociaux utilisez-vous au moins une fois par semaine ?"].str.get_dummies(sep=", ")

MODEL = {
    "tranches": {"18-29 ans": (18, 29), "30-44 ans": (30, 44), "45-59 ans": (45, 59), "60 ans et plus": (60, 120)},
    "statuts": {"Oui, régulièrement": "Acheteur", "Oui, de temps en temps": "Acheteur",
                "Non, mais j'aimerais essayer": "Prêt à essayer", "Non": "Non intéressé"},
    "cible cœur": ["30-44 ans | Prêt à essayer"],
}
# Another sensible choice: five bands, four statuses, two core segments.
OTHER = {
    "tranches": {"18-24": [18, 24], "25-34": [25, 34], "35-44": [35, 44], "45-59": [45, 59], "60+": [60, 130]},
    "statuts": {"Oui, régulièrement": "Fidèle", "Oui, de temps en temps": "Occasionnel",
                "Non, mais j'aimerais essayer": "Prospect", "Non": "Réfractaire"},
    "cible cœur": ["35-44 | Prospect", "35-44 | Occasionnel"],
}


def segment_by_cut(choice) -> pd.Series:
    """Each respondent's segment, computed another way than the checks (pd.cut on the bands' edges)."""
    bands = choice["tranches"]
    edges = [bounds[0] - 1 for bounds in bands.values()] + [list(bands.values())[-1][1]]
    band = pd.cut(SURVEY[AGE], bins=edges, labels=list(bands)).astype(str)
    return band + " | " + SURVEY[SOLID].map(choice["statuts"])


def sizes_of(choice) -> dict:
    counts = segment_by_cut(choice).value_counts()
    return {f"{t} | {s}": int(counts.get(f"{t} | {s}", 0))
            for t in choice["tranches"] for s in dict.fromkeys(choice["statuts"].values())}


def usages_of(choice) -> pd.DataFrame:
    segment = segment_by_cut(choice)
    frame = TICKED[list(NETWORKS)].groupby(segment).mean()
    frame["Budget médian"] = SURVEY["Budget mensuel consacré aux cosmétiques (en €)"].groupby(segment).median()
    return frame


def failure(question: str, answer) -> str:
    with pytest.raises(core.CheckFailed) as info:
        core.run_visible(question, answer)
    return str(info.value)


def graded(question, answer, expected):
    """The candidate's check cell passes, then the score grading gives the exported answer."""
    from cmcert_lib.checks import check
    from cmcert_lib.checks.wire import roundtrip

    check(question, answer)
    return core.run_scorer(question, roundtrip(answer), expected)


# --- 1.1 pseudonymisation ------------------------------------------------------------------------

COLUMNS = ["Identifiant", "Âge", "Département", "Genre"]
EXPECTED_PSEUDO = {"lignes": 3, "colonnes": COLUMNS, "départements": {"35": 1, "2A": 1, "974": 1},
                   "âges": {"R0001": 25, "R0003": 61}}


def pseudo(**changes) -> pd.DataFrame:
    data = {"Identifiant": ["R0001", "R0002", "R0003"], "Âge": [25, 40, 61],
            "Département": ["35", "2A", "974"], "Genre": ["Femme", "Homme", "Femme"]}
    data.update(changes)
    return pd.DataFrame(data)


def test_pseudonymisation_full_and_partial_credit():
    q = "bloc1.cible_pseudonymisation"
    assert core.run_scorer(q, pseudo(), EXPECTED_PSEUDO).fraction == 1
    # Corsica missed: 1 misplaced of 3 is more than 5 %: no credit for départements.
    outcome = core.run_scorer(q, pseudo(Département=["35", "20", "974"]), EXPECTED_PSEUDO)
    assert outcome.fraction == pytest.approx(0.7)
    answer = pseudo(Identifiant=["R0002", "R0001", "R0003"]).assign(Prénom=["a", "b", "c"])
    outcome = core.run_scorer(q, answer, EXPECTED_PSEUDO)
    assert outcome.fraction == pytest.approx(0.5)
    assert "« Prénom »" in outcome.remarks[0]
    assert core.run_scorer(q, pseudo().assign(Segment="x"), EXPECTED_PSEUDO).fraction == 1


def test_the_shipped_survey_scored_with_the_geo_rule():
    """The statement's rule (cmcert_lib.domain.geo) on the whole survey; the old rule loses half the credit."""
    q = "bloc1.cible_pseudonymisation"
    columns = [("Département" if c == "Code postal" else c) for c in SURVEY.columns
               if c not in ("Adresse e-mail", "Prénom")]
    expected = {"lignes": len(SURVEY), "colonnes": ["Identifiant", *columns],
                "départements": cible.expected_departments(), "âges": {"R0001": int(SURVEY[AGE].iloc[0])}}
    right = SURVEY.drop(columns=["Adresse e-mail", "Prénom"]).rename(columns={"Code postal": "Département"})
    right.insert(0, "Identifiant", [f"R{i:04d}" for i in range(1, len(SURVEY) + 1)])
    right["Département"] = SURVEY["Code postal"].map(cible.department_label)
    assert core.run_scorer(q, right, expected).fraction == 1
    # Two digits, or three overseas: Corsica, the collectivities, Monaco and the shared codes go wrong.
    old = right.assign(Département=SURVEY["Code postal"].map(lambda c: c[:3] if c.startswith("97") else c[:2]))
    outcome = core.run_scorer(q, old, expected)
    assert outcome.fraction == pytest.approx(0.85)
    assert "Corse" in outcome.remarks[0]
    assert expected["départements"]["2A"] == 3 and "hors France" in expected["départements"]


def test_pseudonymisation_visible_messages():
    q = "bloc1.cible_pseudonymisation"
    assert "format" in core.run_visible(q, pseudo())
    assert "« R » suivi de 4 chiffres" in failure(q, pseudo(Identifiant=["1", "2", "3"]))
    assert "du texte" in failure(q, pseudo(Département=[35, 1, 974]))
    assert "manquante(s) 'Département'" in failure(q, pseudo().drop(columns="Département"))


def test_identifying_data_kept_under_another_name_still_counts():
    survey = SURVEY.head(3)
    q = "bloc1.cible_pseudonymisation"
    renamed = pseudo().assign(Contact=list(survey["Adresse e-mail"]))
    outcome = core.run_scorer(q, renamed, EXPECTED_PSEUDO)
    assert outcome.fraction == pytest.approx(0.75) and "« Contact »" in outcome.remarks[0]
    postcodes = pseudo(Département=list(survey["Code postal"]))  # renamed, never cut
    outcome = graded(q, postcodes, {**EXPECTED_PSEUDO, "départements": dict(survey["Code postal"].value_counts())})
    assert outcome.fraction == pytest.approx(0.75) and "« Département »" in outcome.remarks[0]


# --- 1.2 correspondence table ----------------------------------------------------------------------

CONSENT = SURVEY["Acceptez-vous d'être recontacté·e ?"] == "Oui"
IDS = pd.Series([f"R{i:04d}" for i in range(1, len(SURVEY) + 1)], index=SURVEY.index)


def correspondence(rows=CONSENT) -> pd.DataFrame:
    return pd.DataFrame({"Identifiant": IDS[rows], "Prénom": SURVEY.loc[rows, "Prénom"],
                         "Adresse e-mail": SURVEY.loc[rows, "Adresse e-mail"]}).reset_index(drop=True)


def test_correspondence_only_for_those_who_agreed():
    q = "bloc1.cible_correspondance"
    assert graded(q, correspondence(), RESPONDENTS).fraction == 1
    everyone = graded(q, correspondence(SURVEY.index == SURVEY.index), RESPONDENTS)
    assert everyone.fraction == pytest.approx(0.6)
    assert "n'ont pas accepté" in everyone.remarks[0] and "minimisation" in everyone.remarks[0]
    # Ids shifted by one: the identities no longer match the pseudonymised table.
    shifted = correspondence().assign(Identifiant=lambda f: IDS.shift(-1)[CONSENT].to_numpy())
    outcome = graded(q, shifted.dropna(), RESPONDENTS)
    assert outcome.fraction < 0.5
    # Answers kept with the identities: the table says more than it must.
    extra = graded(q, correspondence().assign(Âge=SURVEY.loc[CONSENT, AGE].to_numpy()), RESPONDENTS)
    assert extra.fraction == pytest.approx(0.8) and "« Âge »" in extra.remarks[0]


def test_correspondence_visible_messages():
    q = "bloc1.cible_correspondance"
    assert "format" in core.run_visible(q, correspondence())
    assert "manquante(s) 'Adresse e-mail'" in failure(q, correspondence().drop(columns="Adresse e-mail"))
    assert "« R » suivi de 4 chiffres" in failure(q, correspondence().assign(Identifiant="x"))


# --- 2.1 the choices ---------------------------------------------------------------------------------


def test_sensible_choices_pass_and_earn_the_point():
    q = "bloc1.cible_choix"
    assert "12 segments" in core.run_visible(q, MODEL)
    assert "20 segments" in core.run_visible(q, OTHER)
    assert graded(q, OTHER, RESPONDENTS).fraction == 1
    # Segment labels in the core target are matched without case or accents.
    assert graded(q, {**MODEL, "cible cœur": ["30-44 ANS | pret a essayer"]}, RESPONDENTS).fraction == 1


@pytest.mark.parametrize(("change", "message"), [
    ({"tranches": {"18-29": (18, 29), "30-120": (30, 120)}}, "entre 3 et 6 tranches"),
    ({"tranches": {"18-29": (18, 29), "30-44": (31, 44), "45-59": (45, 59), "60+": (60, 120)}}, "se chevauchent"),
    ({"tranches": {"20-29": (20, 29), "30-44": (30, 44), "45-59": (45, 59), "60+": (60, 120)}}, "couvrir tous"),
    ({"tranches": {"18-24": (18, 24), "25-49": (25, 49), "50-59": (50, 59), "60+": (60, 120)}}, "plus de 20 âges"),
    ({"tranches": {"18-24": (18, 24), "25-29": (25, 29), "30-34": (30, 34), "35+": (35, 120)}}, "au plus tôt à 45"),
    ({"tranches": {"18-29 ans": (18, 29), "30-44 ans": (30, 44), "45-49 ans": (45, 49), "50-54 ans": (50, 54),
                   "55 ans et plus": (55, 120)}}, "« 50-54 ans » ne compte que 9"),
    ({"statuts": {**MODEL["statuts"], "Oui, de temps en temps": "Prêt à essayer"}}, "même statut"),
    ({"statuts": {**MODEL["statuts"], "Non, mais j'aimerais essayer": "Non intéressé"}}, "prospect"),
    ({"statuts": {**MODEL["statuts"], "Non": "Acheteur"}}, "ne se suivent pas"),
    ({"cible cœur": ["30-44 ans | Non intéressé"]}, "ne veulent pas"),
    ({"cible cœur": ["Les mamans"]}, "n'est pas un de vos segments"),
    ({"cible cœur": ["18-29 ans | Prêt à essayer", "30-44 ans | Prêt à essayer", "45-59 ans | Prêt à essayer",
                     "60 ans et plus | Prêt à essayer"]}, "de 1 à 3 segments"),
    ({"cible cœur": ["45-59 ans | Prêt à essayer"]}, "ne compte que 24"),
])
def test_a_choice_outside_the_sensible_range_is_refused_and_says_why(change, message):
    choice = {**MODEL, **change}
    assert message in failure("bloc1.cible_choix", choice)
    assert core.run_scorer("bloc1.cible_choix", choice, RESPONDENTS).fraction == 0
    # ... and so are the answers computed with it, however right their arithmetic.
    assert core.run_scorer("bloc1.cible_segments", {"choix": choice, "tailles": {}}, RESPONDENTS).fraction == 0


def test_choice_form_messages():
    assert "il manque « cible cœur »" in failure("bloc1.cible_choix", {"tranches": {}, "statuts": {}})
    assert "deux bornes entières" in failure("bloc1.cible_choix", {**MODEL, "tranches": {"18-29": "18 à 29"}})
    statuts = {k: v for k, v in MODEL["statuts"].items() if k != "Non"}
    assert "il manque « Non »" in failure("bloc1.cible_choix", {**MODEL, "statuts": statuts})


# --- 2.2 and 2.3: sizes and usages, with the candidate's choices --------------------------------------


@pytest.mark.parametrize("choice", [MODEL, OTHER])
def test_sizes_and_usages_right_for_any_sensible_choice(choice):
    sizes = sizes_of(choice)
    assert graded("bloc1.cible_segments", {"choix": choice, "tailles": sizes}, RESPONDENTS).fraction == 1
    usages = usages_of(choice)
    assert graded("bloc1.cible_usages", {"choix": choice, "usages": usages}, RESPONDENTS).fraction == 1
    # The same figures handed in with the other choice are wrong: the choice is part of the answer.
    other = OTHER if choice is MODEL else MODEL
    outcome = core.run_scorer("bloc1.cible_segments", {"choix": other, "tailles": sizes}, RESPONDENTS)
    assert outcome.fraction < 0.5


def test_segment_sizes_partial_credit_and_remarks():
    q = "bloc1.cible_segments"
    sizes = sizes_of(MODEL)
    first, second = list(sizes)[:2]
    outcome = core.run_scorer(q, {"choix": MODEL, "tailles": {**sizes, first: sizes[first] + 1,
                                                              second: sizes[second] - 1}}, RESPONDENTS)
    assert outcome.fraction == pytest.approx(10 / 12)
    assert "10 effectif(s) juste(s) sur 12" in outcome.remarks[0] and first in outcome.remarks[0]
    assert str(sizes[first]) not in " ".join(outcome.remarks)  # the expected count is never shown
    with_total = core.run_scorer(q, {"choix": MODEL, "tailles": {**sizes, "Total": 643}}, RESPONDENTS)
    assert with_total.fraction == pytest.approx(12 / 13) and "Total" in with_total.remarks[-1]


def test_segment_sizes_in_other_natural_forms():
    q = "bloc1.cible_segments"
    sizes = sizes_of(MODEL)
    frame = pd.DataFrame({"effectif": np.array(list(sizes.values()), dtype=np.int64)},
                         index=[s.lower() for s in sizes])
    assert graded(q, {"choix": MODEL, "tailles": frame}, RESPONDENTS).fraction == 1
    index = pd.MultiIndex.from_tuples([tuple(s.split(" | ")) for s in sizes])
    assert graded(q, {"choix": MODEL, "tailles": pd.Series(list(sizes.values()), index=index)},
                  RESPONDENTS).fraction == 1


def test_segment_visible_messages():
    q = "bloc1.cible_segments"
    sizes = sizes_of(MODEL)
    assert "12 segments" in core.run_visible(q, {"choix": MODEL, "tailles": sizes})
    missing = {k: v for k, v in sizes.items() if k != "30-44 ans | Acheteur"}
    assert "non reconnue(s) : « 30-44 ans / Acheteur »" in failure(
        q, {"choix": MODEL, "tailles": {**missing, "30-44 ans / Acheteur": 3}})
    assert "entier" in failure(q, {"choix": MODEL, "tailles": {**sizes, "18-29 ans | Acheteur": 0.25}})
    assert "réunit vos choix et votre réponse" in failure(q, sizes)


def test_usages_weights_shares_and_budget():
    q = "bloc1.cible_usages"
    right = usages_of(MODEL)
    assert graded(q, {"choix": MODEL, "usages": right.round(2)}, RESPONDENTS).fraction == 1
    mean = right.assign(**{"Budget médian": SURVEY["Budget mensuel consacré aux cosmétiques (en €)"]
                           .groupby(segment_by_cut(MODEL)).mean()})
    outcome = core.run_scorer(q, {"choix": MODEL, "usages": mean}, RESPONDENTS)
    assert outcome.fraction == pytest.approx(2 / 3, abs=0.03) and "pas la moyenne" in outcome.remarks[0]
    assert "pourcentages" in failure(q, {"choix": MODEL, "usages": right * 100})
    assert "il manque" in failure(q, {"choix": MODEL, "usages": right.reset_index(drop=True)})


# --- 2.4 the brief's target ---------------------------------------------------------------------------

BRIEF = {group: {n: float(TICKED.loc[SURVEY[AGE].between(low, high), n].mean()) for n in cible.BRIEF_NETWORKS}
         for group, (low, high) in cible.BRIEF_GROUPS.items()}


def test_the_brief_gap_shows_the_30_40_are_not_on_tiktok():
    expected = cible.expected_brief_gap()
    assert expected["30-40 ans"]["TikTok"] < 0.2
    assert expected["25-29 ans"]["TikTok"] > 0.7
    assert expected["30-40 ans"]["Facebook"] > expected["30-40 ans"]["Instagram"]
    assert graded("bloc1.cible_brief", pd.DataFrame(BRIEF).T, expected).fraction == 1
    assert graded("bloc1.cible_brief", BRIEF, expected).fraction == 1  # a dict of dicts will do
    whole = TICKED.loc[SURVEY[AGE].between(25, 40), list(cible.BRIEF_NETWORKS)].mean()
    outcome = graded("bloc1.cible_brief", pd.DataFrame([whole, whole], index=list(cible.BRIEF_GROUPS)), expected)
    assert outcome.fraction < 0.5 and "30-40 ans" in outcome.remarks[0]
    assert "pourcentages" in failure("bloc1.cible_brief", pd.DataFrame(BRIEF).T * 100)
    assert "il manque « 30-40 ans »" in failure("bloc1.cible_brief", pd.DataFrame(BRIEF).T.head(1))


# --- 3.1 the interviews -------------------------------------------------------------------------------


def test_interview_themes_count_people_not_verbatims():
    verbatims = load_interviews()
    expected = cible.expected_interview_themes()
    people = verbatims.groupby("Thème")["Participant·e"].nunique()
    assert graded("bloc1.cible_entretiens", people, expected).fraction == 1
    rows = verbatims["Thème"].value_counts().to_dict()
    assert "pas des verbatims" in failure("bloc1.cible_entretiens", rows)
    assert core.run_scorer("bloc1.cible_entretiens", rows, expected).fraction == 0
    # Rows and people differ on some themes only: a near miss earns its share and says why.
    near = {**people.to_dict(), "Prix": 4}
    outcome = graded("bloc1.cible_entretiens", near, expected)
    assert outcome.fraction == pytest.approx(7 / 8) and "pas des verbatims" in outcome.remarks[0]
    assert "il manque" in failure("bloc1.cible_entretiens", {"Prix": 5})


# --- 3.2 the persona ---------------------------------------------------------------------------------

PERSONA = {
    "nom": "Claire Le Gall", "âge": 38, "métier": "Infirmière", "citation": "Pour la famille.",
    "segment": "30-44 ans | Prêt à essayer", "objectifs": ["Moins de déchets"], "freins": ["Le prix"],
    "motivations": ["Des avis de clientes"], "réseaux": ["Facebook", "Pinterest", "TikTok"],
    "habitudes médias": ["Groupes Facebook le soir"],
}


def fiche(choice=MODEL, **changes):
    return {"choix": choice, "persona": {**PERSONA, **changes}}


def test_persona_age_segment_and_networks_from_the_data():
    q = "bloc1.cible_persona"
    outcome = graded(q, fiche(), RESPONDENTS)  # TikTok: 18 % of the segment
    assert outcome.fraction == pytest.approx(0.3 + 0.2 + 0.5 * 2 / 3)
    assert graded(q, fiche(réseaux=["Facebook", "Pinterest"]), RESPONDENTS).fraction == 1
    outcome = graded(q, fiche(âge=29, réseaux=["Facebook"]), RESPONDENTS)
    assert outcome.fraction == pytest.approx(0.7) and "tranche" in outcome.remarks[0]
    # A segment outside the core target.
    outcome = graded(q, fiche(segment="30-44 ans | Acheteur", réseaux=["Facebook"]), RESPONDENTS)
    assert outcome.fraction == pytest.approx(0.8) and "cible cœur" in outcome.remarks[0]
    # Another choice: its own bands, its own shares.
    other = fiche(OTHER, segment="35-44 | Prospect", âge=41, réseaux=["Facebook"])
    assert graded(q, other, RESPONDENTS).fraction == 1
    assert "n'est pas un de vos segments" in failure(q, fiche(OTHER))


def test_persona_visible_messages():
    q = "bloc1.cible_persona"
    assert "un de vos segments" in core.run_visible(q, fiche())
    no_segment = {"choix": MODEL, "persona": {k: v for k, v in PERSONA.items() if k != "segment"}}
    assert "clé « segment »" in failure(q, no_segment)
    assert "hors questionnaire" in failure(q, fiche(réseaux=["Threads"]))
    assert "Il manque dans le persona" in failure(q, {"choix": MODEL, "persona": {"nom": "Claire"}})


def test_a_persona_of_placeholders_earns_nothing():
    filler = fiche(nom="À définir", métier="À définir", citation="...", objectifs=["À définir"], freins=["TODO"],
                   motivations=["xxx"], réseaux=["Facebook"], **{"habitudes médias": ["À compléter"]})
    outcome = graded("bloc1.cible_persona", filler, RESPONDENTS)
    assert outcome.fraction == 0 and "remplissage" in outcome.remarks[-1]


def test_one_sentence_pasted_in_every_field_scores_below_half():
    sentence = "Aime les cosmétiques naturels et les réseaux sociaux"
    card = fiche(nom="Persona principal", métier=sentence, citation=sentence, objectifs=[sentence, sentence],
                 freins=[sentence], motivations=[sentence], réseaux=["Facebook"],
                 **{"habitudes médias": [sentence]})
    outcome = graded("bloc1.cible_persona", card, RESPONDENTS)
    assert outcome.fraction == pytest.approx(2 / 8)
    assert "6 texte(s) de la fiche sur 8" in outcome.remarks[-1]


def test_one_filler_item_costs_its_share_and_short_real_items_cost_nothing():
    card = fiche(réseaux=["Facebook"], nom="Lou Py", freins=["Le prix", "à définir"])
    assert graded("bloc1.cible_persona", card, RESPONDENTS).fraction == pytest.approx(7 / 8)
    card = fiche(réseaux=["Facebook"], nom="Lou Py", freins=["Le prix", "Bio"])
    assert graded("bloc1.cible_persona", card, RESPONDENTS).fraction == 1


def test_a_changed_survey_is_caught_not_scored():
    outcome = core.run_scorer("bloc1.cible_segments", {"choix": MODEL, "tailles": sizes_of(MODEL)},
                              {"répondants": 600})
    assert outcome.fraction == 0 and "a changé" in outcome.remarks[0]


# --- the demo's partly-right candidate ------------------------------------------------------------


def _hidden_scores() -> dict[str, tuple[str, str, dict, float]]:
    """Each test cell of the notebook: (question, answer variable, expected, points), from its hidden call."""
    import ast

    from cmcert_lib.authoring.textformat import parse
    from tests.conftest import ROOT

    found = {}
    for spec in parse((ROOT / "course" / "bloc1" / "03_cible_personas.py").read_text(encoding="utf-8")):
        if spec.kind == "tests":
            call = ast.parse("\n".join(spec.lines)).body[-1].value
            kwargs = {k.arg: ast.literal_eval(k.value) for k in call.keywords}
            found[spec.attrs["id"]] = (ast.literal_eval(call.args[0]), call.args[1].id, kwargs["expected"],
                                       kwargs["points"])
    return found


def partial_points() -> dict[str, float]:
    from cmcert_lib.bloc1.demo import notebook_03

    namespace = {"pd": pd, "enquete": load_survey(), "verbatims": load_interviews()}
    for source in notebook_03.PARTIAL_ANSWERS.values():
        exec(source, namespace)  # noqa: S102 (the demo's own answer code)
    return {cell: round(points * core.run_scorer(question, namespace[name], expected).fraction, 2)
            for cell, (question, name, expected, points) in _hidden_scores().items()}


def test_partial_candidate_points_match_the_demo_module():
    from cmcert_lib.bloc1.demo import notebook_03

    points = partial_points()
    assert points == notebook_03.PARTIAL_POINTS
    assert sum(points.values()) == pytest.approx(notebook_03.PARTIAL_EXPECTED_POINTS)
    maximum = sum(p for *_, p in _hidden_scores().values())
    assert 0 < notebook_03.PARTIAL_EXPECTED_POINTS < maximum == 17
