"""Notebook 03 (publishing and profiles): the partly-right candidate's answers and the points they earn.

Mistakes: the slots are ranked by the mean of the posts' own rates, and the slots of one or two posts are
kept; the queue keeps the links without their UTM parameters and the Instagram captions with too many
hashtags; the profiles keep each network's old handle, write every image as 400 x 400 and give
Instagram and TikTok a cover.
"""

PARTIAL_ANSWERS = {
    "meilleurs_creneaux": '''h = historique.assign(jour=historique["Date de publication"].dt.day_of_week.map(dict(enumerate(JOURS))),
                     tranche=historique["Date de publication"].dt.hour.map(band_of),
                     taux=historique["Interactions"] / historique["Portée"])
moyennes = h.groupby(["Réseau", "jour", "tranche"])["taux"].mean().sort_values(ascending=False).reset_index()
meilleurs_creneaux = {r: (moyennes[moyennes["Réseau"] == r]["jour"] + " " + moyennes[moyennes["Réseau"] == r]["tranche"]).head(n).tolist()
                      for r, n in brand.VALIDATED_FREQUENCY.items()}
meilleurs_creneaux''',
    "file_septembre": '''lignes = []
for reseau, retenus in meilleurs_creneaux.items():
    dates = []
    for jour in pd.date_range("2027-09-01", "2027-09-30"):
        for c in retenus:
            nom, tranche = c.split(" ")
            if JOURS[jour.day_of_week] == nom:
                dates.append(jour + pd.Timedelta(hours=int(tranche.split("h")[0]), minutes=30))
    a_publier = contenus[contenus["Réseau"] == reseau].head(len(dates))
    for date, message, lien in zip(sorted(dates), a_publier["Message"], a_publier["Lien"]):
        lignes.append({"Réseau": reseau, "Date": date, "Message": message, "Lien": lien})
file_septembre = pd.DataFrame(lignes)
file_septembre''',
    "profils": '''profils = profils_actuels.copy()
profils["Nom affiché"] = brand.BRAND
profils.loc[profils["Réseau"] == "Pinterest", "Identifiant"] = "maisonondine"
profils["Bio"] = "Cosmétiques solides et naturels fabriqués à la main à Saint-Malo."
profils["Lien"] = [f"{brand.BRAND_SITE}/?utm_source={r.lower()}&utm_medium=social&utm_campaign=profil" for r in profils["Réseau"]]
profils["Photo de profil"] = "400 x 400"
profils["Couverture"] = "1200 x 630"
profils["Catégorie"] = ["Beauté, cosmétiques et soins personnels", "Beauté, cosmétiques et soins personnels",
                        "Beauté et soins personnels", "Commerce de détail", "Beauté"]
profils["Compte professionnel"] = "oui"
profils''',
}

# Points of the autograded cells, from the scorers of cmcert_lib/bloc3/checks/diffusion.py:
# - meilleurs_creneaux (3 pts), a quarter per network, (share found) x (0.5 + 0.5 x share at its rank):
#   Instagram keeps the exceptional « jeudi 14h-17h »: 3 of 4 found, 1 at its rank -> 0.75 x 0.625 = 0.46875;
#   Facebook keeps « dimanche 14h-17h » first: 1 of 2, none at its rank -> 0.5 x 0.5 = 0.25; TikTok right -> 1;
#   LinkedIn « jeudi 14h-17h » -> 0. (0.46875 + 0.25 + 1 + 0) / 4 = 0.4297 x 3 = 1.29
# - file_septembre (4 pts), 41 rows, a quarter per rule: format 27/41 (14 links to the site without UTM),
#   frequency 1, slots 27/41 (14 posts in the candidate's wrong slots), limits 39/41 (2 captions with 7
#   hashtags); messages all real (factor 1) -> (27/41 + 1 + 27/41 + 39/41) / 4 = 0.8171 x 4 = 3.27
# - profils (3 pts), 8 fields x 5 networks = 40: every profile picture (400 x 400) and cover (1200 x 630)
#   wrong (10), 3 handles unlike the common one -> 27/40 = 0.675 x 3 = 2.03 (2.025)
# Total (each cell rounded to the hundredth, as grading does): 1.29 + 3.27 + 2.03 = 6.59 out of 10.
PARTIAL_EXPECTED_POINTS = 6.59
