"""Answers of notebook 01 (the brief) written as other candidates would: see tests/equivalence.py."""

from tests.equivalence import Variant

CORRECT = {
    "objectifs_smart": (
        Variant("a DataFrame turned into records: numpy targets, Timestamp deadlines", '''import pandas as pd

tableau = pd.DataFrame({
    "objectif": [
        "Ramener le sentiment net des mentions en territoire positif en publiant chaque mois "
        "les preuves de nos engagements sur l'emballage",
        "Faire grandir la communauté TikTok auprès des 25-40 ans grâce à deux vidéos courtes "
        "par semaine tournées à l'atelier",
        "Relever l'engagement moyen des publications Instagram avec des carrousels de conseils "
        "qui invitent la communauté à répondre",
        "Augmenter les commandes en ligne venues des réseaux sociaux pendant le lancement de "
        "Petite Vague auprès des jeunes parents",
    ],
    "indicateur": ["Sentiment net des mentions", "Abonnés TikTok", "Taux d'engagement moyen Instagram",
                   "Commandes issues des réseaux sociaux"],
    "cible": [20, 6500, 3.2, 220],
    "unite": ["%", "abonnés", "%", "commandes par mois"],
    "echeance": pd.to_datetime(["2027-06-30", "2027-06-30", "2027-03-31", "2027-06-30"]),
})
objectifs_smart = tableau.to_dict("records")
'''),
        Variant("three objectives only; indicator names without accents or in lower case, French dates, "
                "'commandes/mois' for the unit, targets as floats", '''objectifs_smart = [
    {
        "objectif": "Faire passer la communauté Instagram de 12 400 à 14 000 abonnés grâce aux Reels "
                    "tournés dans l'atelier de Saint-Malo",
        "indicateur": "abonnes instagram",
        "cible": 14000.0,
        "unite": "Abonnés",
        "echeance": "30/06/2027",
    },
    {
        "objectif": "Retrouver un sentiment net positif autour de la marque en racontant le nouveau "
                    "sachet kraft et en répondant à chaque critique sous 24 heures",
        "indicateur": "SENTIMENT NET DES MENTIONS",
        "cible": 10.0,
        "unite": "%",
        "echeance": "30/06/2027",
    },
    {
        "objectif": "Doubler presque les commandes de la boutique en ligne venues d'Instagram et de "
                    "TikTok grâce aux liens produits et au lancement de Petite Vague",
        "indicateur": "Commandes issues des reseaux sociaux",
        "cible": 280.0,
        "unite": "commandes/mois",
        "echeance": "30/06/2027",
    },
]
'''),
        Variant("a tuple of five objectives, modest but real targets (13 000 followers, a neutral "
                "sentiment), datetime.date deadlines", '''from datetime import date

objectifs_smart = (
    {"objectif": "Retrouver au moins le niveau d'abonnés Instagram d'avant la polémique en publiant "
                 "quatre fois par semaine des contenus de l'atelier",
     "indicateur": "Abonnés Instagram", "cible": 13000, "unite": "abonnés", "echeance": date(2027, 6, 30)},
    {"objectif": "Sortir le sentiment net des mentions du négatif en documentant le changement "
                 "d'emballage et en répondant vite aux critiques",
     "indicateur": "Sentiment net des mentions", "cible": 0, "unite": "%", "echeance": date(2027, 6, 30)},
    {"objectif": "Relancer le compte TikTok auprès des 25-40 ans avec une série de vidéos courtes "
                 "sur la fabrication des shampoings",
     "indicateur": "Abonnés TikTok", "cible": 4500, "unite": "abonnés", "echeance": date(2027, 6, 30)},
    {"objectif": "Attirer vers la boutique en ligne davantage de visiteurs venus des réseaux sociaux "
                 "grâce aux liens produits dans les stories",
     "indicateur": "Sessions du site issues des réseaux sociaux", "cible": 12000,
     "unite": "sessions par mois", "echeance": date(2027, 6, 30)},
    {"objectif": "Mieux convertir les visiteurs venus des réseaux sociaux avec des pages produits "
                 "dédiées au lancement de Petite Vague",
     "indicateur": "Taux de conversion des sessions issues des réseaux sociaux", "cible": 2.0,
     "unite": "%", "echeance": date(2027, 6, 30)},
)
'''),
        Variant("built in a loop from a table of targets, numpy scalars for the targets", '''import numpy as np

cibles = {
    "Abonnés TikTok": (np.int64(5000), "abonnés", "Conquérir les 25-40 ans sur TikTok grâce à deux "
                       "vidéos courtes par semaine montrant la fabrication à l'atelier"),
    "Taux d'engagement moyen Instagram": (np.float64(3.0), "%", "Faire réagir la communauté Instagram "
                                          "avec des carrousels de conseils et des questions en story"),
    "Sentiment net des mentions": (np.float64(15.0), "%", "Regagner la confiance de la communauté en "
                                   "publiant chaque mois les preuves de nos engagements"),
    "Commandes issues des réseaux sociaux": (np.int64(200), "commandes par mois", "Faire des réseaux "
                                             "sociaux un moteur de ventes pour le lancement de Petite Vague"),
}
objectifs_smart = []
for indicateur, (cible, unite, phrase) in cibles.items():
    objectifs_smart.append({"objectif": phrase, "indicateur": indicateur, "cible": cible,
                            "unite": unite, "echeance": "2027-06-30"})
'''),
    ),
    "budget": (
        Variant("items as a Series with other case and no accents, numpy totals, TTC as HT x 1.2",
                '''import numpy as np
import pandas as pd

total_ht = np.float64(18000)
outils = 150 * 6
reste = total_ht - outils
postes = pd.Series({"outils": outils, "PRODUCTION DE CONTENUS": reste * 0.45,
                    "Publicite sociale": reste * 0.35, "partenariats createurs": reste * 0.20})
budget = {"total_ht": total_ht, "tva": total_ht * 0.2, "total_ttc": total_ht * 1.2, "postes_ht": postes}
'''),
        Variant("every amount rounded to the euro (int), items as a one-column DataFrame", '''import pandas as pd

reste = 18000 - 900
postes = pd.DataFrame({"Montant HT": [900, round(reste * 0.45), round(reste * 0.35), round(reste * 0.2)]},
                      index=["Outils", "Production de contenus", "Publicité sociale", "Partenariats créateurs"])
budget = {"total_ht": 18000, "tva": 3600, "total_ttc": 21600, "postes_ht": postes}
'''),
        Variant("items from a dict of shares in another order, TVA as TTC - HT", '''parts = {"Partenariats créateurs": 0.20, "Publicité sociale": 0.35, "Production de contenus": 0.45}
ht = 18000
reste = ht - 6 * 150
postes_ht = {poste: part * reste for poste, part in parts.items()}
postes_ht["Outils"] = 6 * 150
ttc = ht * 1.20
budget = {"postes_ht": postes_ht, "total_ttc": ttc, "tva": ttc - ht, "total_ht": ht}
'''),
    ),
}

HOLLOW = {
    "objectifs_smart": (
        Variant("filler wording « Objectif à définir » and +1 over every baseline", '''objectifs_smart = [
    {"objectif": "Objectif à définir", "indicateur": "Abonnés Instagram", "cible": 12401,
     "unite": "abonnés", "echeance": "2027-06-30"},
    {"objectif": "Objectif à définir", "indicateur": "Abonnés TikTok", "cible": 3101,
     "unite": "abonnés", "echeance": "2027-06-30"},
    {"objectif": "Objectif à définir", "indicateur": "Sentiment net des mentions", "cible": -17,
     "unite": "%", "echeance": "2027-06-30"},
    {"objectif": "Objectif à définir", "indicateur": "Commandes issues des réseaux sociaux", "cible": 151,
     "unite": "commandes par mois", "echeance": "2027-06-30"},
]
'''),
        Variant("one generic sentence for every objective, targets a hair above the baseline",
                '''phrase = ("Améliorer la présence de Maison Ondine sur les réseaux sociaux grâce à une "
          "stratégie éditoriale adaptée")
objectifs_smart = [
    {"objectif": phrase, "indicateur": "Abonnés Instagram", "cible": 12410, "unite": "abonnés",
     "echeance": "2027-06-30"},
    {"objectif": phrase, "indicateur": "Taux d'engagement moyen Instagram", "cible": 2.15, "unite": "%",
     "echeance": "2027-06-30"},
    {"objectif": phrase, "indicateur": "Sentiment net des mentions", "cible": -16, "unite": "%",
     "echeance": "2027-06-30"},
    {"objectif": phrase, "indicateur": "Sessions du site issues des réseaux sociaux", "cible": 9850,
     "unite": "sessions par mois", "echeance": "2027-06-30"},
]
'''),
        Variant("the indicator's name as the sentence, each target equal to the baseline", '''objectifs_smart = [
    {"objectif": nom, "indicateur": nom, "cible": depart, "unite": unite, "echeance": "2027-06-30"}
    for nom, depart, unite in [
        ("Abonnés TikTok", 3100, "abonnés"),
        ("Sentiment net des mentions", -18, "%"),
        ("Commandes issues des réseaux sociaux", 150, "commandes par mois"),
    ]
]
'''),
    ),
    "budget": (
        Variant("four equal items, no tax", '''budget = {"total_ht": 18000, "tva": 0, "total_ttc": 18000,
          "postes_ht": {"Outils": 4500, "Production de contenus": 4500, "Publicité sociale": 4500,
                        "Partenariats créateurs": 4500}}
'''),
        Variant("18 000 read as TTC: HT, TVA and the items all computed from 15 000", '''total_ht = 18000 / 1.2
reste = total_ht - 900
budget = {"total_ht": total_ht, "tva": total_ht * 0.2, "total_ttc": 18000,
          "postes_ht": {"Outils": 900, "Production de contenus": reste * 0.45,
                        "Publicité sociale": reste * 0.35, "Partenariats créateurs": reste * 0.2}}
'''),
        Variant("the brief's rates and monthly fee copied as amounts", '''budget = {"total_ht": 18000, "tva": 20, "total_ttc": 18020,
          "postes_ht": {"Outils": 150, "Production de contenus": 45, "Publicité sociale": 35,
                        "Partenariats créateurs": 20}}
'''),
    ),
}
