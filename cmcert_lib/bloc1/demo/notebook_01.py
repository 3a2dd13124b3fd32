"""The partly-right candidate on notebook 01 (the brief).

Objectives: three well-formed objectives; the engagement one uses a unit that
is not the indicator's (M missed), the Instagram one aims at 40,000 followers
from 12,400 in six months (A missed), and no objective measures sales, so only
two of the brief's three expectations are covered (R: 2/3).

Budget: HT and TVA right, TTC computed as HT / 0.8 instead of HT x 1.2, and the
percentages applied to the whole budget instead of what remains once the tools
are paid (only « Outils » right).
"""

PARTIAL_ANSWERS = {
    "objectifs_smart": '''objectifs_smart = [
    {
        "objectif": "Retrouver une image positive de Maison Ondine sur les réseaux sociaux "
                    "après la polémique de mars",
        "indicateur": "Sentiment net des mentions",
        "cible": 10,
        "unite": "%",
        "echeance": "2027-06-30",
    },
    {
        "objectif": "Améliorer l'engagement sur Instagram grâce à des contenus plus interactifs",
        "indicateur": "Taux d'engagement moyen Instagram",
        "cible": 3.5,
        "unite": "interactions",
        "echeance": "2027-06-30",
    },
    {
        "objectif": "Gagner beaucoup d'abonnés sur Instagram avec des jeux-concours chaque semaine",
        "indicateur": "Abonnés Instagram",
        "cible": 40000,
        "unite": "abonnés",
        "echeance": "2027-06-30",
    },
]
''',
    "budget": '''total_ht = 18000
tva = total_ht * 0.20
budget = {
    "total_ht": total_ht,
    "tva": tva,
    "total_ttc": total_ht / 0.8,
    "postes_ht": {
        "Outils": 150 * 6,
        "Production de contenus": total_ht * 0.45,
        "Publicité sociale": total_ht * 0.35,
        "Partenariats créateurs": total_ht * 0.20,
    },
}
''',
}

# objectifs_smart_tests (4 points): per objective S, M, A, T met = 4 + 3 + 3 = 10 of 12;
#   fraction = 0.8 * 10/12 + 0.2 * 2/3 (expectations covered) = 0.6667 + 0.1333 = 0.8
#   -> 4 * 0.8 = 3.2 points.
# budget_tests (3 points): total HT 0.1 + TVA 0.3 + TTC 0 + postes 0.4 * 1/4 = 0.5
#   -> 3 * 0.5 = 1.5 points.
# Autograded maximum of the notebook: 4 + 3 = 7 points.
PARTIAL_EXPECTED_POINTS = 4.7
