"""Notebook 02 (SEO): the partly-right candidate's answers and the points they earn.

Mistakes: the relevance filter looks for « bébé » with its accents only (the export's « bebe » rows are
lost) and the keywords are ranked by volume, not by the priority score; each keyword's volume is counted
in every intent it lists, not in its main one; the title is too wide for Google's line and the slug keeps
the small word « pour »; the audit misses the skipped heading level and the broken internal link, and
names a fault the draft does not have (the keyword is in its title).
"""

PARTIAL_ANSWERS = {
    "mots_cles_retenus": '''requetes = export["Keyword"].str.lower()
pertinent = (requetes.str.contains("shampoing|shampooing")
             & requetes.str.contains("enfant|bébé|fille|garçon")
             & ~requetes.str.contains("poux"))
garde = export[pertinent & ~export["Intent"].str.startswith("Navigational")
               & (export["Volume"] >= 50) & (export["Keyword Difficulty"] <= 50)]
retenus = garde.sort_values("Volume", ascending=False)
mots_cles_retenus = list(retenus["Keyword"])
mots_cles_retenus''',
    "volume_par_intention": '''intentions = retenus.assign(Intent=retenus["Intent"].str.split(", ")).explode("Intent")
volume_par_intention = {normes.INTENTS[i]: int(v) for i, v in intentions.groupby("Intent")["Volume"].sum().items()}
volume_par_intention''',
    "balises": '''balises = {
    "title": "Shampoing solide enfant Petite Vague : le shampoing doux de Maison Ondine pour les enfants",
    "meta_description": ("Découvrez Petite Vague, le shampoing solide enfant de Maison Ondine : avoine et miel "
                         "du pays de Rance, environ 40 lavages, dès 3 ans."),
    "slug": "shampoing-solide-pour-enfant",
}''',
    "defauts_brouillon": '''defauts_brouillon = ["titre_trop_long", "titre_sans_mot_cle", "meta_description_trop_longue",
                     "h1_multiple", "mot_cle_absent_introduction", "article_trop_court", "image_sans_alt",
                     "slug_non_conforme"]
defauts_brouillon''',
}

# Points of the autograded cells, from the scorers of cmcert_lib/bloc2/checks/seo.py:
# - mots_cles_retenus (3 pts): 25 of the 26 keywords, none in excess: F1 = 2 x 1 x 25/26 / (1 + 25/26)
#   = 50/51; ranked by volume, 12 of the 25 common keywords sit at their place: order = 12/25 = 0.48
#   -> 50/51 x (0.5 + 0.5 x 0.48) = 0.7255 x 3 = 2.18
# - volume_par_intention (2 pts): « transactionnel » (no kept keyword lists it second) and
#   « navigationnel » (absent, 0) right, « informationnel » and « commercial » wrong -> 2/4 x 2 = 1
# - balises (4 pts): title too wide (one problem: half its third), description right (its third), slug
#   with « pour » (one problem: half its third) -> (0.5 + 1 + 0.5) / 3 x 4 = 2.67
# - defauts_brouillon (3 pts): 7 of the 9 faults found, 1 named wrongly -> (7 - 1) / 9 x 3 = 2
# Total: 2.18 + 1 + 2.67 + 2 = 7.85 out of 12.
PARTIAL_EXPECTED_POINTS = 7.85
