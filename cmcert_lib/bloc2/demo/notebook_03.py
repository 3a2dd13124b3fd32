"""Notebook 03 (images for each network): the partly-right candidate's answers and the points they earn.

Mistakes: the tri checks only the horizontal third lines and forgets the over-exposure threshold; the
Instagram portrait is cut from a landscape photo (too few pixels, the subject cut off) and the
LinkedIn square from the over-exposed photo of the child, with the child centred; the overlay is set
in navy on the blue wall of the shelf photo, too small for that contrast; one alternative text only
names the product, another photo has none.
"""

PARTIAL_ANSWERS = {
    "tri_photos": '''lignes = []
for _, photo in planche.iterrows():
    cy = (photo["Sujet haut (px)"] + photo["Sujet bas (px)"]) / 2 / photo["Hauteur (px)"]
    tiers = abs(cy - 1 / 3) <= 0.05 or abs(cy - 2 / 3) <= 0.05
    gris = ImageStat.Stat(load_photo(photo["Fichier"]).convert("L")).mean[0]
    lignes.append({"Fichier": photo["Fichier"], "Règle des tiers": tiers,
                   "Exposition": "sous-exposée" if gris < 90 else "correcte"})
tri_photos = pd.DataFrame(lignes)
tri_photos''',
    "recadrages": '''recadrages = {
    "instagram_portrait": {"photo": "PV_0118_012", "boite": (420, 0, 1380, 1200)},
    "instagram_story": {"photo": "PV_0118_027", "boite": (103, 0, 1115, 1800)},
    "facebook_lien": {"photo": "PV_0118_012", "boite": (0, 0, 1800, 945)},
    "linkedin_carre": {"photo": "PV_0118_031", "boite": (300, 0, 1500, 1200)},
}
recadrages''',
    "incrustation": '''incrustation = {"photo": "PV_0118_027", "texte": "Petite Vague arrive le 6 avril",
                "couleur": "#1D3B53", "zone": (80, 120, 1120, 520), "taille_pt": 24, "gras": False}
incrustation''',
    "textes_alternatifs": '''textes_alternatifs = {
    "PV_0118_012": "Pain de shampoing corail posé sur le rebord en bois d'une baignoire pleine de mousse.",
    "PV_0118_019": "Photo du produit Petite Vague",
}
textes_alternatifs''',
}

# Points of the autograded cells, from the scorers of cmcert_lib/bloc2/checks/images.py:
# - tri_photos (3 pts): 16 judgements (8 photos x thirds and exposure). Horizontal lines only: PV_0118_044
#   (centre on the left vertical third, at 44 % of the height) is judged off the thirds: 1 wrong; no
#   « surexposée »: PV_0118_031 and PV_0118_050 wrong -> 13/16 x 3 = 2.4375, recorded 2.44.
# - recadrages (4 pts), a quarter each: portrait from PV_0118_012 (4:5 right; well exposed, but 960 px
#   wide is enlarged 12.5 % and the subject, 970-1430, is cut at 1380: 1/4); story right (1); Facebook
#   link at the top of PV_0118_012 (subject whole, on the right third: 1); LinkedIn square from the
#   over-exposed PV_0118_031 (subject whole and sharp enough, centred: 2/4)
#   -> (0.25 + 1 + 1 + 0.5) / 4 x 4 = 2.75.
# - incrustation (3 pts): navy on the shelf's wall reaches 2.97:1 on 95 % of the zone, short of the 3:1
#   of large text (24 pt): contrast 0; palette colour 0.25; placement (publishable photo, zone
#   above the subject, text fits) 0.25 -> 0.5 x 3 = 1.5.
# - textes_alternatifs (2 pts): PV_0118_012 right (1/3); PV_0118_019 names no thing the contact sheet says
#   it shows (0); PV_0118_027 missing (0) -> 1/3 x 2 = 0.667, recorded 0.67.
# Total: 2.44 + 2.75 + 1.5 + 0.67 = 7.36 out of 12.
PARTIAL_EXPECTED_POINTS = 7.36
