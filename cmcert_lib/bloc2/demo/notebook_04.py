"""Notebook 04 (infographic of the usage test): the partly-right candidate's answers and the points they earn.

Mistakes: the share of families who would buy counts « Oui, certainement » only; the hair types are
written short (« Frisés » instead of « Frisés ou crépus »); the infographic is a plain bar chart at the
right size, with a bold title, the figures and the source line, but matplotlib's black text, too
small for a phone, and the wrong share of buyers copied from question 1.1.
"""

PARTIAL_ANSWERS = {
    "chiffres_cles": '''satisfaction = reponses["Dans l'ensemble, êtes-vous satisfait·e de Petite Vague ?"]
rachat = reponses["Achèteriez-vous Petite Vague à 12 € à sa sortie ?"]
pesees = reponses[reponses["Poids du pain à la fin du test, en grammes (pesez-le sur une balance de cuisine)"].notna()]
consomme = 60 - pesees["Poids du pain à la fin du test, en grammes (pesez-le sur une balance de cuisine)"]
lavages = pesees["Combien de lavages avez-vous faits avec Petite Vague pendant les trois semaines ?"]
chiffres_cles = {
    "satisfaits": round(satisfaction.str.contains("Très|Plutôt satisfait").mean() * 100),
    "rachat": round((rachat == "Oui, certainement").mean() * 100),
    "lavages_par_pain": round(60 / (consomme.sum() / lavages.sum())),
}
chiffres_cles''',
    "satisfaits_par_cheveux": '''satisfait = reponses["Dans l'ensemble, êtes-vous satisfait·e de Petite Vague ?"].isin(
    ["Très satisfait·e", "Plutôt satisfait·e"])
parts = satisfait.groupby(reponses["Type de cheveux de l'enfant"]).mean() * 100
satisfaits_par_cheveux = {"Raides": parts["Raides"], "Ondulés": parts["Ondulés"], "Bouclés": parts["Bouclés"],
                          "Frisés": parts["Frisés ou crépus"]}
satisfaits_par_cheveux''',
    "infographie": '''fig, ax = plt.subplots(figsize=(10.8, 13.5), dpi=100)
fig.suptitle("Petite Vague : les résultats du test d'usage", fontsize=26, weight="bold")
fig.text(0.5, 0.9, f"{chiffres_cles['satisfaits']} % de familles satisfaites, {chiffres_cles['rachat']} % "
         f"l'achèteraient, {chiffres_cles['lavages_par_pain']} lavages par pain", ha="center", fontsize=16)
barres = ax.bar(list(satisfaits_par_cheveux), list(satisfaits_par_cheveux.values()), color="#4F6B4A")
ax.bar_label(barres, fmt="%.0f %%", fontsize=16)
ax.set_ylabel("Familles satisfaites (%)")
fig.text(0.05, 0.02, "Source : test d'usage Maison Ondine, 120 familles, janvier 2027", fontsize=14)''',
}

# Points of the autograded cells, from the scorers of cmcert_lib/bloc2/checks/infographie.py:
# - chiffres_cles (3 pts): satisfied (86) and washes per bar (40) right, buyers wrong (20 instead of 73)
#   -> 2/3 x 3 = 2
# - satisfaits_par_cheveux (2 pts): three hair types right, « Frisés » is not a type of the form
#   -> 3/4 x 2 = 1.5
# - infographie (4 pts): 6 of the 7 figures written right (the share of buyers is the wrong one);
#   6 of the 8 visual codes kept (title, source, format, texts inside, contrast, weight; not the text
#   size, 13.9 px to 22 px for 31 px, nor the charter's colours: black text)
#   -> 6/7 x (0.25 + 0.75 x 6/8) x 4 = 6/7 x 0.8125 x 4 = 2.79
# Total: 2 + 1.5 + 2.79 = 6.29 out of 9.
PARTIAL_EXPECTED_POINTS = 6.29
