"""Notebook 03 (target study): the partly-right candidate's answers and the points they earn.

Mistakes: the département rule ignores overseas postcodes; « Oui, de temps en
temps » is read as « Prêt à essayer » (the error then flows into the usages
table); the persona is 31 years old in the 18-29 band and lists Facebook,
which fewer than 40 % of that segment use.
"""

PARTIAL_ANSWERS = {
    "pseudonymisation": '''enquete_pseudo = enquete.drop(columns=["Adresse e-mail", "Prénom"])
enquete_pseudo = enquete_pseudo.rename(columns={"Code postal": "Département"})
# le département, ce sont les deux premiers chiffres du code postal
enquete_pseudo["Département"] = enquete_pseudo["Département"].str[:2]
enquete_pseudo.insert(0, "Identifiant", ["R" + str(i).zfill(4) for i in range(1, len(enquete) + 1)])
enquete_pseudo.head(3)''',
    "segments": '''def tranche(age):
    if age < 30:
        return "18-29 ans"
    if age < 45:
        return "30-44 ans"
    if age < 60:
        return "45-59 ans"
    return "60 ans et plus"


statut = {
    "Oui, régulièrement": "Acheteur",
    "Oui, de temps en temps": "Prêt à essayer",
    "Non, mais j'aimerais essayer": "Prêt à essayer",
    "Non": "Non intéressé",
}
enquete_pseudo["Segment"] = (enquete_pseudo["Âge"].apply(tranche) + " | "
                             + enquete_pseudo["Achetez-vous des cosmétiques solides ?"].map(statut))
tailles_segments = dict(enquete_pseudo["Segment"].value_counts())
tailles_segments''',
    "usages": '''RESEAUX = ["Instagram", "Facebook", "TikTok", "YouTube", "Pinterest", "LinkedIn", "Snapchat", "X"]
for r in RESEAUX:
    enquete_pseudo[r] = enquete_pseudo["Quels réseaux sociaux utilisez-vous au moins une fois par semaine ?"].str.contains(r)
usages_segments = enquete_pseudo.groupby("Segment")[RESEAUX].mean()
usages_segments["Budget médian"] = enquete_pseudo.groupby("Segment")["Budget mensuel consacré aux cosmétiques (en €)"].median()
usages_segments''',
    "persona": '''persona = {
    "nom": "Inès Moreau",
    "âge": 31,
    "métier": "Chargée de communication",
    "segment": "18-29 ans | Prêt à essayer",
    "citation": "J'aimerais bien essayer le solide mais je ne sais pas par quoi commencer.",
    "objectifs": ["Consommer moins de plastique", "Trouver des produits efficaces"],
    "freins": ["Le prix", "Ne connaît pas la marque"],
    "motivations": ["L'écologie", "Les tutos"],
    "réseaux": ["Instagram", "TikTok", "Facebook"],
    "habitudes médias": ["Plus de 2 h par jour sur son téléphone", "Regarde des Reels le soir"],
}''',
}

# Points of the autograded cells, from the scorers of cmcert_lib/bloc1/checks/cible.py:
# - pseudonymisation (3 pts): identifying columns gone 0.25 + identifiers 0.25 + columns and
#   rows kept 0.2 + départements half credit 0.15 (only the 3 overseas answers are wrong:
#   "97" x 3 instead of "973" x 2 and "974" x 1, 3 misplaced <= 5 % of 643) = 0.85 -> 2.55
# - segments (2 pts): occasional buyers counted as « Prêt à essayer »: the 4 « Acheteur »
#   segments lose them and the 4 « Prêt à essayer » segments gain them; only the 4
#   « Non intéressé » segments are right: 4/12 -> 0.67
# - usages (3 pts): the 4 « Non intéressé » rows are right (32 of 96 shares, 4 of 12
#   budgets). In the 8 rows that changed, 7 shares still fall within the 0.006 tolerance
#   (18-29 Acheteur Facebook 0.174 for 0.179; 18-29 Prêt à essayer Instagram, Pinterest,
#   Snapchat; 30-44 Acheteur TikTok; 30-44 Prêt à essayer Pinterest; 60+ Prêt à essayer
#   TikTok, 0 in both) and 4 medians do not move (20 €, 20 €, 35 €, 35 € for the 18-29 and
#   30-44 bands): 2/3 x 39/96 + 1/3 x 8/12 = 0.2708 + 0.2222 = 0.4931 -> 1.48
#   (str.contains(r) on "X" is safe here: no other option contains a capital X)
# - persona (2 pts): age 31 outside 18-29 -> 0; networks 2 of 3 used by >= 40 % of the
#   segment (Facebook 23 %) -> 0.6 x 2/3 = 0.4 -> 0.8
# Total: 2.55 + 0.67 + 1.48 + 0.8 = 5.5 out of 10.
PARTIAL_EXPECTED_POINTS = 5.5
