"""The partly-right candidate on notebook 02 (benchmark and social listening).

A plausible candidate: the right method with common slips a trainer meets
every session.

Points, from the scorers of :mod:`cmcert_lib.bloc1.checks.benchmark`:

* engagement (3 pts): mean of the per-post rates instead of total / total,
  a recognised other definition: 0.5 x 3 = 1.5;
* frequency (2 pts): divided by 52 weeks instead of 365 / 7, inside the
  stated 1 % tolerance: 2;
* share of voice (2 pts): in percent instead of ratios: 0.5 x 2 = 1;
* net sentiment (3 pts): divided by all mentions, neutrals included, the
  other definition: 0.5 x 3 = 1.5;
* bad buzz week (2 pts): pandas' default weekly label, the Sunday that ends
  the right week: 0.5 x 2 = 1;
* hashtags (2 pts): counts the posts that reach the limit (>=) instead of
  those over it: 0.5 x 2 = 1.

Total 1.5 + 2 + 1 + 1.5 + 1 + 1 = 8 of the notebook's 14 autograded points.
"""

PARTIAL_ANSWERS = {
    "engagement": (
        'instagram = publications[publications["Réseau"] == "Instagram"]\n'
        "colonnes = [\"J'aime\", \"Commentaires\", \"Partages\", \"Enregistrements\"]\n"
        '# taux de chaque publication, puis moyenne par marque\n'
        'taux_par_post = instagram[colonnes].sum(axis=1) / instagram["Portée"]\n'
        'taux_engagement_instagram = taux_par_post.groupby(instagram["Marque"]).mean()'
        ".round(4).to_dict()\n"
        "taux_engagement_instagram"
    ),
    "frequence": (
        'publications_par_semaine = (publications.groupby("Marque").size() / 52)'
        ".round(2).to_dict()\n"
        "publications_par_semaine"
    ),
    "part_de_voix": (
        'part_de_voix = (mentions["Alerte"].value_counts(normalize=True) * 100)'
        ".round(2).to_dict()\n"
        "part_de_voix"
    ),
    "sentiment_net": (
        'ondine = mentions[mentions["Alerte"] == brand.BRAND]\n'
        'comptes = pd.crosstab(ondine["Date"].dt.strftime("%Y-%m"), ondine["Sentiment"])\n'
        'net = (comptes["positif"] - comptes["négatif"]) / comptes.sum(axis=1)\n'
        "sentiment_net_mensuel = net.round(3).to_dict()\n"
        "sentiment_net_mensuel"
    ),
    "bad_buzz": (
        'negatives = ondine[ondine["Sentiment"] == "négatif"]\n'
        'par_semaine = negatives.set_index("Date").resample("W").size()\n'
        'semaine_bad_buzz = par_semaine.idxmax().strftime("%Y-%m-%d")\n'
        "semaine_bad_buzz"
    ),
    "hashtags": (
        'limite = platforms.PLATFORMS["Instagram"].max_hashtags\n'
        'insta = publications[(publications["Marque"] == brand.BRAND)\n'
        '                     & (publications["Réseau"] == "Instagram")]\n'
        'publications_hors_limite = int((insta["Texte"].str.count(r"#\\w+") >= limite).sum())\n'
        "publications_hors_limite"
    ),
}

PARTIAL_EXPECTED_POINTS = 8.0
