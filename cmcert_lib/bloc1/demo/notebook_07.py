"""Notebook 07 (the « cahier de préconisations »): the partly-right demo candidate.

A candidate who writes every section but leaves the benchmark and the workflow thin,
overruns the executive summary, and "improves" the document with a web font that the
client's offline reader cannot fetch.

Points, by hand, from the scorers of cmcert_lib/bloc1/checks/preconisations.py:

* cahier_sections (4 pts): 7 sections of at least 40 words (1 each), « benchmark » (17 words)
  and « workflow » (19 words) present but under 40 (0.5 each): (7 + 1) / 9 = 0.8889
  -> round(4 x 0.8889, 2) = 3.56.
* synthese (2 pts): 168 words, above 150 but within 180 (1.2 x 150): half the length
  part (0.6 x 0.5 = 0.3); the brand (0.2) and 2027 (0.2) are named: 0.7 -> 2 x 0.7 = 1.4.
* cahier_html (2 pts): a complete French page, the nine titles and the summary are there,
  but a <link> to a web font breaks the offline rule: 3 parts of 4 -> 2 x 0.75 = 1.5.

Total: 3.56 + 1.4 + 1.5 = 6.46 of 8.
"""

PARTIAL_ANSWERS = {
    "cahier_sections": '''\
sections = {
    "problematique": (
        "Maison Ondine a subi un bad buzz en mars 2026 à cause d'un sachet doublé de plastique "
        "pour un shampoing vendu comme zéro déchet. Depuis, la communauté est méfiante, "
        "l'engagement a baissé et les ventes en ligne ont reculé. La marque doit retrouver la "
        "confiance et vendre grâce aux réseaux sociaux en 2027."
    ),
    "besoins": [
        "Retrouver la confiance de la communauté après la polémique de mars 2026.",
        "Publier régulièrement avec une ligne éditoriale claire sur chaque réseau.",
        "Faire grandir la communauté sur Instagram et surtout sur TikTok.",
        "Augmenter les ventes de la boutique en ligne et réussir le lancement de Petite Vague.",
        "Respecter les règles sur les allégations et l'accessibilité.",
    ],
    "benchmark": "Les concurrents publient plus que Maison Ondine et font plus de vidéos, "
                 "surtout Pure Galet sur TikTok.",
    "cible": (
        "La cible principale a entre 25 et 40 ans, vit en ville et fait attention à ce qu'elle "
        "achète. Elle utilise beaucoup Instagram et TikTok. La cible secondaire, ce sont les "
        "parents de jeunes enfants pour Petite Vague. Il ne faut pas oublier les clients "
        "fidèles de la boutique de Saint-Malo, plus âgés, qui sont sur Facebook."
    ),
    "parcours": (
        "La cliente découvre la marque par une vidéo sur TikTok ou Instagram, puis elle va voir "
        "le compte et les avis. Elle clique sur le lien de la bio pour aller sur le site et "
        "acheter. Ensuite elle reçoit des conseils et peut partager une photo de sa salle de "
        "bain avec le hashtag de la marque pour recommander."
    ),
    "parti_pris": (
        "Notre parti pris est la transparence : montrer l'atelier, les ingrédients et les "
        "personnes qui fabriquent les produits. La promesse de lecture : des conseils utiles et "
        "les coulisses d'une savonnerie artisanale de Saint-Malo. Nous voulons que les abonnés "
        "aient confiance et aient envie de suivre la marque chaque semaine."
    ),
    "charte": {
        "Piliers": "Savoir-faire malouin 30 %, Rituels et conseils 30 %, Engagement 25 %, "
                   "Communauté 15 %.",
        "Ton": "Chaleureux, simple et honnête, avec le vouvoiement.",
        "Formats": "Reels et carrousels sur Instagram, vidéos sur TikTok, liens et images sur "
                   "Facebook, textes sur LinkedIn.",
        "Règles": "Pas de zéro déchet, des hashtags en CamelCase et des textes alternatifs.",
    },
    "workflow": "La community manager prépare les posts, la directrice les valide et ils sont "
                "programmés dans Hootsuite une semaine avant.",
    "planning": pd.DataFrame({
        "Mois": ["Janvier", "Février", "Mars", "Avril", "Mai", "Juin"],
        "Thème": ["Transparence", "Atelier", "Bilan", "Petite Vague", "Printemps", "Été"],
        "Publications par semaine": [9, 9, 9, 9, 9, 9],
        "Réseaux": ["Instagram TikTok Facebook LinkedIn"] * 6,
    }),
}
''',
    "synthese": '''\
synthese = (
    "Maison Ondine a connu en mars 2026 un bad buzz à cause d'un sachet de shampoing doublé de "
    "plastique, alors que le produit était vendu comme zéro déchet. Depuis, les abonnés sont "
    "méfiants, l'engagement sur Instagram a baissé et les ventes en ligne ont reculé de 15 %. "
    "La marque publie de façon irrégulière et ses concurrents font beaucoup plus de vidéos. "
    "Nous proposons pour le premier semestre 2027 une stratégie fondée sur la transparence : "
    "montrer l'atelier de Saint-Malo, les ingrédients et les personnes, donner des conseils "
    "utiles et faire participer la communauté. Nous recommandons neuf publications par "
    "semaine réparties entre Instagram, TikTok, Facebook et LinkedIn, quatre piliers "
    "éditoriaux, un comité éditorial chaque mois et une validation chaque semaine. Le "
    "lancement de Petite Vague en avril sera le temps fort du semestre avec des parents "
    "créateurs de contenus. Nous avons besoin de votre accord sur la charte, sur le "
    "calendrier de janvier et sur l'organisation de l'équipe pour commencer le 4 janvier "
    "comme prévu dans le brief."
)
''',
    "cahier_html": '''\
cahier_html = render_html(sections, synthese, author="Yanis Benali", when=brief.PROPOSAL_DUE)
police = '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Lora">'
cahier_html = cahier_html.replace("</head>", police + "\\n</head>")
Path("livrables/cahier_preconisations.html").write_text(cahier_html, encoding="utf-8")
''',
}

PARTIAL_EXPECTED_POINTS = 6.46
