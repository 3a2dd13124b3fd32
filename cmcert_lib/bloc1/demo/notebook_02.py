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
* market position (3 pts): market shares computed over the five brands of the
  benchmark instead of the whole market, the other two indicators right:
  (5 x 0.5 + 10) / 15 x 3 = 2.5;
* alert threshold (2 pts): a sensible threshold of 8, but the weeks strictly
  above it: 5 of its 6 weeks, none wrong: (0.25 + 0.75 x 5/6) x 2 = 1.75;
* source reliability (1 pt): blogs rated « fiable »: 4 of 5 types right, no
  anchor wrong: 0.8;
* veille selection (3 pts): a one-year window, official sources and trade press
  kept without removing the two duplicates nor the two off-topic items: 7 right,
  4 wrong of 7 due: (0.2 + 0.8 x 3/7) x 3 = 1.63 (to the hundredth);
* hashtag rule (1 pt): the right limit, cited from an aggregator's copy of the
  trade-press article: 0.5 + 0.25 = 0.75;
* hashtags (2 pts): counts the posts that reach the limit (>=) instead of
  those over it: 0.5 x 2 = 1.

Total 1.5 + 2 + 2.5 + 1 + 1.5 + 1 + 1.75 + 0.8 + 1.63 + 0.75 + 1 = 15.43 of the
notebook's 24 autograded points.
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
    "positionnement": (
        'ventes = etude.tables[2].set_index("Marque")\n'
        'prix = etude.tables[3].set_index("Marque")["Prix moyen (€ TTC)"]\n'
        'ca = ventes["Chiffre d\'affaires 2025 (M€ HT)"]\n'
        "# parts calculées entre les cinq marques du benchmark\n"
        "positionnement = {m: {\"part de marché\": round(ca[m] / ca.sum(), 4),\n"
        "                      \"croissance\": round(ca[m] / ventes.loc[m, \"Chiffre d'affaires 2024 (M€ HT)\"] - 1, 4),\n"
        "                      \"indice de prix\": round(prix[m] / prix[\"Moyenne du marché\"], 4)}\n"
        "                  for m in MARQUES}\n"
        "positionnement"
    ),
    "alerte": (
        'neg = mentions[(mentions["Alerte"] == brand.BRAND) & (mentions["Sentiment"] == "négatif")]\n'
        'par_semaine = neg.groupby(neg["Date"].dt.to_period("W-SUN")).size()\n'
        "# au-dessus de 8 mentions négatives par semaine\n"
        'alerte_crise = {"seuil": 8, "semaines": [p.start_time.strftime("%Y-%m-%d")\n'
        "                                         for p, n in par_semaine.items() if n > 8]}\n"
        "alerte_crise"
    ),
    "fiabilite": (
        'fiabilite_sources = {"Source officielle": "fiable", "Presse spécialisée": "fiable",\n'
        '                     "Blog": "fiable", "Agrégateur": "à recouper",\n'
        '                     "Compte non vérifié": "non fiable"}\n'
        "fiabilite_sources"
    ),
    "selection": (
        'recent = veille[veille["Date de publication"] >= "2025-11-16"]\n'
        'fiables = recent[recent["Type de source"].isin(["Source officielle", "Presse spécialisée"])]\n'
        "# les reprises du 19 décembre redisent l'annonce officielle\n"
        'fiables = fiables[fiables["Date de publication"].dt.strftime("%Y-%m-%d") != "2025-12-19"]\n'
        'selection_veille = {"fenetre_jours": 365, "articles": fiables["Identifiant"].tolist()}\n'
        "selection_veille"
    ),
    "regle_hashtags": (
        'copie = veille[veille["Source"] == "actu-reseaux-sociaux.info"].iloc[0]\n'
        'regle_hashtags = {"limite": 5, "source": int(copie["Identifiant"])}\n'
        "regle_hashtags"
    ),
    "hashtags": (
        'limite = regle_hashtags["limite"]\n'
        'insta = publications[(publications["Marque"] == brand.BRAND)\n'
        '                     & (publications["Réseau"] == "Instagram")]\n'
        'publications_hors_limite = int((insta["Texte"].str.count(r"#\\w+") >= limite).sum())\n'
        "publications_hors_limite"
    ),
}

PARTIAL_EXPECTED_POINTS = 13.8 + 3 * (0.2 + 0.8 * 3 / 7)  # 15.43: the veille selection is in sevenths
