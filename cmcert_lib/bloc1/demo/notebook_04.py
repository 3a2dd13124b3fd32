"""Notebook 04 (customer journey): the partly-right candidate's answers and the points they earn.

Mistakes: the top networks are computed on the whole 30-44 band (the buying
status filter is forgotten); the journey uses « Google », which is not an
allowed channel, has no brand content at the loyalty stage and never goes
through Pinterest.
"""

PARTIAL_ANSWERS = {
    "top_reseaux": '''reseaux = ["Instagram", "Facebook", "TikTok", "YouTube", "Pinterest", "LinkedIn", "Snapchat", "X"]
trentenaires = enquete[(enquete["Âge"] >= 30) & (enquete["Âge"] <= 44)]
colonne = trentenaires["Quels réseaux sociaux utilisez-vous au moins une fois par semaine ?"]
parts = {r: colonne.str.split(", ").apply(lambda l: r in l).mean() for r in reseaux}
top_reseaux = sorted(parts, key=parts.get, reverse=True)[:3]
top_reseaux''',
    "parcours": '''parcours = pd.DataFrame({
    "Étape": ["Découverte", "Découverte", "Considération", "Achat", "Fidélisation", "Recommandation"],
    "Point de contact": ["Voit une publicité", "Voit un post partagé", "Cherche des avis",
                         "Achète sur le site", "Reçoit la newsletter", "Laisse un avis"],
    "Canal": ["Instagram", "Facebook", "Google", "Site web", "Newsletter", "Avis en ligne"],
    "Contenu de marque": ["Publicité coffret", "Post produit", "Avis clients", "Fiche produit", "",
                          "Mail de demande d'avis"],
    "Émotion": [1, 1, 0, 2, 1, 1],
})
parcours''',
}

# Points of the autograded cells, from the scorers of cmcert_lib/bloc1/checks/parcours.py:
# - top_reseaux (2 pts): on the whole 30-44 band the order is Facebook, Instagram, Pinterest:
#   Facebook at its rank (1/3), Instagram and Pinterest right but swapped (half of 1/3 each)
#   -> 2/3 x 2 = 1.33. (It earned 1.5 when any three right networks earned 0.75 whatever their
#   order: the answer is a ranking, and that rule gave the questionnaire's first three networks,
#   nothing computed, half the points; a network at the wrong rank now earns half its share.)
# - parcours (4 pts): 5 rules, 0.2 each: stages complete and ordered (yes), 1 to 4
#   touchpoints per stage (yes), allowed channels and emotions (no: « Google »), brand
#   content at every stage (no: Fidélisation), the persona's 3 networks (no: Pinterest)
#   -> 2/5 x 4 = 1.6
# Total: 1.33 + 1.6 = 2.93 out of 6.
PARTIAL_EXPECTED_POINTS = 2.93
