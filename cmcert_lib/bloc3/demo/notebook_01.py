"""Notebook 01 (the communication plan): the partly-right candidate's answers and the points they earn.

Mistakes: the matrix is computed right but only the six « serious » networks are kept (Snapchat and X are
left out); among the objectives, the followers' target is far beyond the reachable band, the sales
deadline falls after the period, the resellers are measured by LinkedIn followers (a notoriety
indicator), and the customers' posts start from the six months' total instead of April's figure; in the
POEM matrix the paid partnership is called earned, the influencers' spontaneous posts paid and the
customers' reviews owned; the awareness campaign is measured by its engagement rate, the contest's
customers' posts are read in Hootsuite's performance reports and the number of reviews in Meta's content
statistics.
"""

PARTIAL_ANSWERS = {
    "scores_plateformes": '''table = usages.set_index("Réseau")
scores = pd.Series(0.0, index=table.index)
for critere, (colonne, poids, plus_est_mieux) in CRITERES.items():
    valeurs = table[colonne]
    note = valeurs / valeurs.max() * 100 if plus_est_mieux else valeurs.min() / valeurs * 100
    scores += note * poids / 100
scores_plateformes = scores.drop(["Snapchat", "X"]).round(1).to_dict()
scores_plateformes''',
    "objectifs": '''objectifs = [
    {"but": "notoriété", "indicateur": "abonnés", "plateforme": "Instagram", "depart": 18400,
     "cible": 50000, "echeance": "2028-02-29"},
    {"but": "communauté", "indicateur": "publications de clients (UGC)", "plateforme": "Instagram",
     "depart": 137, "cible": 300, "echeance": "2028-01-31"},
    {"but": "ventes", "indicateur": "clics vers la boutique", "plateforme": "Instagram", "depart": 649,
     "cible": 1000, "echeance": "2028-03-31"},
    {"but": "revendeurs", "indicateur": "abonnés", "plateforme": "LinkedIn", "depart": 1150,
     "cible": 1400, "echeance": "2028-02-29"},
    {"but": "réactivité", "indicateur": "délai moyen de réponse (h)", "plateforme": "toutes", "depart": 19,
     "cible": 4, "echeance": "2027-10-31"},
]
pd.DataFrame(objectifs)''',
    "matrice_poem": '''matrice_poem = {
    "publicité Meta ciblée parents": "paid", "Spark Ads TikTok": "paid", "épingles sponsorisées Pinterest": "paid",
    "partenariat rémunéré avec des influenceuses micro": "earned",
    "compte Instagram": "owned", "page Facebook": "owned", "compte TikTok": "owned", "compte Pinterest": "owned",
    "newsletter": "owned", "blog du site": "owned",
    "avis clients": "owned", "UGC #PetiteVague": "earned", "articles obtenus par les relations presse": "earned",
    "recommandations dans les groupes Facebook de parents": "earned",
    "publications spontanées d'influenceuses après envoi de produits": "paid",
}
matrice_poem''',
    "kpi_actions": '''kpi_actions = pd.DataFrame([
    ("campagne Meta de notoriété auprès des parents 30-44 ans", "taux d'engagement", "meta_ads"),
    ("campagne Meta de ventes pour Noël (jusqu'au 17 décembre)", "ROAS", "ga4"),
    ("trois Reels par semaine sur Instagram", "couverture", "meta_couverture"),
    ("concours photo #PetiteVague", "nombre de publications UGC", "hootsuite_analytics"),
    ("ouverture du compte Pinterest (idées de salle de bains)", "enregistrements", "pinterest"),
    ("demande d'avis après chaque commande", "nombre d'avis clients", "meta_contenu"),
    ("prospection des revendeurs sur LinkedIn", "croissance des abonnés", "linkedin"),
    ("astreinte de modération en semaine", "délai moyen de réponse", "meta_boite"),
], columns=["action", "kpi", "source"])
kpi_actions''',
}

# Points of the autograded cells, from the scorers of cmcert_lib/bloc3/checks/plan.py:
# - scores_plateformes (3 pts): 6 of the 8 networks scored, all right -> 6/8 x 3 = 2.25
# - objectifs (3 pts): SMART letters per goal, weighted S 0.1, M 0.3, A 0.3, R 0.15, T 0.15: notoriety
#   0.7 (A: 50 000 is beyond the band), community 0.4 (M and A: the start is not April's figure), sales
#   0.85 (T: after 29 February 2028), resellers 0.85 (R: followers measure notoriety), responsiveness 1
#   -> 3.8/5 x 3 = 2.28
# - matrice_poem (3 pts): 12 of 15 levers right -> 12/15 x 3 = 2.4
# - kpi_actions (3 pts): per action, half for the KPI, half for its source: awareness 0 (engagement does
#   not measure awareness), Christmas 1, Reels 1, contest 0.5 (Hootsuite's reports do not list customers'
#   posts), Pinterest 1, reviews 0.5 (Meta's content statistics do not count reviews), resellers 1,
#   moderation 1 -> 6/8 x 3 = 2.25
# Total: 2.25 + 2.28 + 2.4 + 2.25 = 9.18 out of 12.
PARTIAL_EXPECTED_POINTS = 9.18
