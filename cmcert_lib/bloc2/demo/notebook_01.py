"""Notebook 01 (web writing): the partly-right candidate's answers and the points they earn.

Mistakes: the article is the intern's draft with its titles put in order and the « tu » removed,
nothing else: still 400 words, long sentences and paragraphs, typos, banned claims, no list, no
proof. The posts: the Instagram caption carries a dead link, Facebook and LinkedIn share one
text, and the TikTok caption says nothing.
"""

PARTIAL_ANSWERS = {
    "article": '''article = load_draft_article()
article = article.replace("# Un nouveau produit", "## Un nouveau produit")
article = article.replace("### Pourquoi", "## Pourquoi").replace("### Une formule", "## Une formule")
article = article.replace("#### Comment", "### Comment").replace("### Ou l'acheter", "## Où l'acheter")
article = article.replace("Tu vas adorer", "Vous allez adorer")
writing.show_report(writing.article_findings(article, BLOG_WORDS, PRODUCT))''',
    "publications": '''texte_commun = ("Petite Vague, notre shampoing solide pour les enfants dès 3 ans, arrive le 6 avril ! "
                "Découvrez tout ce qu'il faut savoir dans notre article : "
                "https://www.maison-ondine.fr/blog/shampoing-solide-enfant")
publications = {
    "Instagram": ("Nouveau : Petite Vague, le shampoing solide des enfants dès 3 ans, en vente le 6 avril. "
                  "Lisez notre article https://www.maison-ondine.fr/blog/shampoing-solide-enfant "
                  "#PetiteVague #ShampoingSolide #Enfant #Bain #CosmetiqueSolide #Bretagne #SaintMalo"),
    "Facebook": texte_commun,
    "LinkedIn": texte_commun,
    "TikTok": "Petite Vague arrive ! #PetiteVague",
}''',
}

# Points of the autograded cells, from the scorers of cmcert_lib/bloc2/checks/redaction.py:
# - article (6 pts): the report's 9 rules, the text being the draft's, all content (substance 1): only the readability (72,6) and the titles (one H1,
#   three H2, no skipped level once « #### » became « ### ») pass -> 2/9 x 6 = 1.33.
# - publications (4 pts), a fraction per platform, averaged. A post that says nothing or copies
#   another platform's earns 0; the others, a fifth per rule passed (limits, product, a fact of the
#   brief, link, charter). Instagram: 7 hashtags for 5 and a dead link fail -> 3/5; Facebook and
#   LinkedIn: the same text, which counts for neither -> 0; TikTok: 3 words, nothing said -> 0.
#   (3/5 + 0 + 0 + 0) / 4 = 3/20 -> 3/20 x 4 = 0.6.
# Total: 1.33 + 0.6 = 1.93 out of 10.
PARTIAL_EXPECTED_POINTS = 1.93
