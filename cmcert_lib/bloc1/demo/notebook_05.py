"""The partly-right candidate on notebook 05 (the editorial charter).

Semantic field: the filter on the sentiment is forgotten, so the words come from
every mention of Maison Ondine, the bad buzz's « sachet » and « plastique »
included. Channels: the shares are right, but the channels are kept above 60 %
instead of « at least half ». Review: three broken rules are missed (the emoji
in place of a word in P4, the length of the X post P7, the « Image retouchée »
mention of P8). Formats: only exact sizes are accepted, so the high-definition
LinkedIn export V7 is wrongly refused.
"""

PARTIAL_ANSWERS = {
    "champ_semantique": '''marque = mentions[mentions["Alerte"] == "Maison Ondine"]
compteur = Counter(
    mot
    for texte in marque["Texte"]
    for mot in charter.tokenize(texte)
    if len(mot) >= 3 and mot not in charter.STOPWORDS and mot not in ("maison", "ondine")
)
classement = sorted(compteur.items(), key=lambda paire: (-paire[1], paire[0]))
champ_semantique = [mot for mot, _ in classement[:15]]
''',
    "canaux_retenus": '''canaux_retenus = [reseau for reseau, part in usage_reseaux.items() if part > 0.6]
''',
    "relecture": '''relecture = {
    "P1": ["hashtags_camelcase", "nombre_hashtags", "texte_alternatif"],
    "P2": ["duree_video", "mention_partenariat"],
    "P3": ["allegation_interdite"],
    "P4": ["nombre_emojis", "sous_titres"],
    "P5": ["caracteres_fantaisie"],
    "P6": [],
    "P7": ["format_visuel"],
    "P8": ["allegation_interdite"],
}
''',
    "formats_valides": '''formats_valides = {}
for ligne in visuels_prevus.to_dict("records"):
    tailles = [(f.width, f.height) for f in PLATFORMS[ligne["plateforme"]].images]
    formats_valides[ligne["id"]] = (ligne["largeur"], ligne["hauteur"]) in tailles
''',
}

# champ_semantique_tests (3 points): the 15 words of all the brand's mentions share 8 words
#   with the expected 15 (solide, zéro, shampoing, déchet, savon, saint-malo, parfum, peau)
#   -> 3 * 8/15 = 1.6 points.
# usage_reseaux_tests (3 points): the model answer -> 3 points.
# canaux_retenus_tests (2 points): Instagram, TikTok, YouTube for Instagram, TikTok, YouTube,
#   Snapchat: Jaccard 3/4 -> 2 * 0.75 = 1.5 points.
# relecture_tests (4 points): mean per-post Jaccard = (5 * 1 + P4 2/3 + P7 1/2 + P8 1/2) / 8
#   = 0.8333 -> 4 * 0.8333 = 3.33 points (score() rounds to 2 decimals).
# formats_valides_tests (4 points): a true-or-false question marked against guessing: 7 verdicts
#   right, 1 wrong (V7), which takes one back -> 4 * 6/8 = 3 points. (It earned 3.5 when a wrong
#   verdict only failed to earn: « every visual valid », nothing checked, then earned 2.5 of 4.)
# Total 1.6 + 3 + 1.5 + 3.33 + 3 = 12.43 of the notebook's autograded 3 + 3 + 2 + 4 + 4 = 16.
PARTIAL_EXPECTED_POINTS = 12.43
