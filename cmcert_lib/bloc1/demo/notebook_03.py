"""Notebook 03 (target study): the partly-right candidate's answers and the points they earn.

Mistakes: the département rule stops at two digits, three overseas (no Corsica,
no collectivities, no Monaco, no shared codes); the correspondence table keeps
every respondent, consenting or not; the bands are sensible but coded with
``age < upper bound``, so the 24-, 34- and 49-year-olds fall into the next
band (the error then flows into the usages table), and the budget is a mean;
the brief's 30-40 group leaves out the 30- and 40-year-olds; the interviews'
themes are counted in verbatims, not people; the persona is 33 in the 35-49
band and lists TikTok.
"""

PARTIAL_ANSWERS = {
    "pseudonymisation": '''enquete_pseudo = enquete.drop(columns=["Adresse e-mail", "Prénom"])
enquete_pseudo = enquete_pseudo.rename(columns={"Code postal": "Département"})
# le département : deux premiers chiffres, trois en outre-mer
enquete_pseudo["Département"] = enquete_pseudo["Département"].apply(lambda cp: cp[:3] if cp.startswith("97") else cp[:2])
enquete_pseudo.insert(0, "Identifiant", ["R" + str(i).zfill(4) for i in range(1, len(enquete) + 1)])
enquete_pseudo.head(3)''',
    "correspondance": '''correspondance = pd.DataFrame({
    "Identifiant": enquete_pseudo["Identifiant"],
    "Prénom": enquete["Prénom"],
    "Adresse e-mail": enquete["Adresse e-mail"],
})
print(len(correspondance), "personnes")''',
    "choix": '''choix = {
    "tranches": {"18-24 ans": (18, 24), "25-34 ans": (25, 34), "35-49 ans": (35, 49), "50 ans et plus": (50, 120)},
    "statuts": {"Oui, régulièrement": "Fidèle", "Oui, de temps en temps": "Occasionnel",
                "Non, mais j'aimerais essayer": "Prospect", "Non": "Non intéressé"},
    "cible cœur": ["35-49 ans | Prospect"],
}
choix''',
    "segments": '''def tranche(age):
    for nom, (bas, haut) in choix["tranches"].items():
        if bas <= age < haut:
            return nom
    return "50 ans et plus"


enquete_pseudo["Segment"] = (enquete_pseudo["Âge"].apply(tranche) + " | "
                             + enquete_pseudo["Achetez-vous des cosmétiques solides ?"].map(choix["statuts"]))
tailles_segments = dict(enquete_pseudo["Segment"].value_counts())
segmentation = {"choix": choix, "tailles": tailles_segments}
tailles_segments''',
    "usages": '''RESEAUX = ["Instagram", "Facebook", "TikTok", "YouTube", "Pinterest", "LinkedIn", "Snapchat", "X"]
for r in RESEAUX:
    enquete_pseudo[r] = enquete_pseudo["Quels réseaux sociaux utilisez-vous au moins une fois par semaine ?"].str.contains(r)
usages_segments = enquete_pseudo.groupby("Segment")[RESEAUX].mean()
usages_segments["Budget médian"] = enquete_pseudo.groupby("Segment")["Budget mensuel consacré aux cosmétiques (en €)"].mean()
usages = {"choix": choix, "usages": usages_segments}
usages_segments''',
    "cible_brief": '''reseaux = ["Instagram", "TikTok", "Facebook", "Pinterest"]
jeunes = enquete[(enquete["Âge"] >= 25) & (enquete["Âge"] <= 29)]
moins_jeunes = enquete[(enquete["Âge"] > 30) & (enquete["Âge"] < 40)]
cible_brief = pd.DataFrame({
    "25-29 ans": {r: jeunes["Quels réseaux sociaux utilisez-vous au moins une fois par semaine ?"].str.contains(r).mean() for r in reseaux},
    "30-40 ans": {r: moins_jeunes["Quels réseaux sociaux utilisez-vous au moins une fois par semaine ?"].str.contains(r).mean() for r in reseaux},
}).T
cible_brief''',
    "entretiens": '''themes_entretiens = verbatims["Thème"].value_counts().to_dict()
themes_entretiens''',
    "persona": '''persona = {
    "nom": "Inès Moreau",
    "âge": 33,
    "métier": "Chargée de communication",
    "segment": "35-49 ans | Prospect",
    "citation": "J'aimerais bien essayer le solide mais je ne sais pas par quoi commencer.",
    "objectifs": ["Consommer moins de plastique", "Trouver des produits efficaces"],
    "freins": ["Le prix", "Ne connaît pas la marque"],
    "motivations": ["L'écologie", "Les tutos"],
    "réseaux": ["Instagram", "TikTok", "Facebook"],
    "habitudes médias": ["Plus de 2 h par jour sur son téléphone", "Regarde des Reels le soir"],
}
fiche = {"choix": choix, "persona": persona}''',
}

# Points of the autograded cells, from the scorers of cmcert_lib/bloc1/checks/cible.py
# (tests/bloc1/test_checks_cible.py recomputes them from these answers):
PARTIAL_POINTS = {
    # identifying columns gone 0.25 + identifiers 0.25 + columns and rows 0.2 + départements at half
    # credit 0.15 (the 11 border postcodes misplaced, under 5 % of 643) = 0.85 of 3
    "pseudonymisation_tests": 2.55,
    # 374 respondents who refused kept (0.4 lost); identities right 0.4 + three columns only 0.2 = 0.6 of 2
    "correspondance_tests": 1.2,
    # a sensible choice (4 bands, 4 statuses, a core of 43 respondents): 1 of 1
    "choix_tests": 1.0,
    # the 24-, 34- and 49-year-olds in the next band: 3 sizes right of 16 = 0.1875 of 2
    "segments_tests": 0.38,
    # the same segments, and a mean budget: 2/3 x 40/128 + 1/3 x 0/16 = 0.2083 of 3
    "usages_tests": 0.62,
    # the 30-40 group without its 30- and 40-year-olds: 6 shares right of 8 (the 25-29 row and two
    # shares still within 0.006) = 0.75 of 2
    "cible_brief_tests": 1.5,
    # verbatims counted instead of people: three themes above the 6 people interviewed, the visible
    # check refuses the answer: 0 of 2
    "entretiens_tests": 0.0,
    # age 33 outside 35-49 (0.3 lost); segment of the core 0.2; networks 2 of 3 used by 40 % of the
    # segment (TikTok not) 0.5 x 2/3; every text real: 0.5333 of 2
    "persona_tests": 1.07,
}
PARTIAL_EXPECTED_POINTS = 8.32
