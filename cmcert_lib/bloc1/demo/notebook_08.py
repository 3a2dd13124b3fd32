"""Notebook 08 (preparing the oral defence): the partly-right demo candidate.

A candidate who turns every section of the cahier into a slide and talks too long: 23 min 30 s for
20 min given, no slide on the customer journey (folded into the target, under the target's part), a
charter slide loaded with six bullets, and, for three slides written last, speaker notes that read the
bullets out. The deck itself is built and read back as asked.

Points, by hand, from the scorers of cmcert_lib/bloc1/checks/soutenance.py:

* plan_soutenance (5 pts), 10 slides, counted over max(10, 8 parts) = 10:
  - contents: 7 of the 8 parts have a written slide (« Parcours client » has none): 0.3 x 7/8 = 0.2625;
  - time: 1 410 s against 1 200 s, 210 s over, within twice the 120 s margin: half, every slide between
    20 s and 4 min: 0.2 x 0.5 = 0.1;
  - density: 9 light slides of 10 (the charter has 6 bullets): 0.15 x 9/10 = 0.135;
  - messages: 10 single-sentence messages of 10: 0.15;
  - notes: 7 of 10 (the notes of the benchmark, calendar and decisions slides copy their bullets):
    0.2 x 7/10 = 0.14;
  total 0.2625 + 0.1 + 0.135 + 0.15 + 0.14 = 0.7875 -> round(5 x 0.7875, 2) = 3.94.
* livrable_soutenance (2 pts): the PDF (11 pages, 16:9) and the notes (10 timed slides, budget line)
  are read back from the files: 2.

Total: 3.94 + 2 = 5.94 of 7.
"""

PARTIAL_ANSWERS = {
    "plan_soutenance": '''\
plan_soutenance = [
    {"partie": "ouverture", "titre": "Bonjour !",
     "message": "Je vais vous présenter ma stratégie éditoriale pour Maison Ondine en 2027.",
     "puces": [],
     "notes": ("Je me présente rapidement, je rappelle que j'ai travaillé sur le brief de Gaëlle pendant trois "
               "semaines et j'annonce le plan de la présentation : problème, analyses, cible, parti pris, charte, "
               "calendrier et décisions."),
     "duree": 90},
    {"partie": "problematique", "titre": "La problématique",
     "message": "Maison Ondine doit regagner la confiance de sa communauté après le bad buzz de mars 2026.",
     "puces": ["Sachet doublé de plastique", "Sentiment net négatif", "Ventes en ligne en baisse"],
     "notes": ("Je raconte l'histoire de l'influenceuse qui a montré le sachet en plastique du shampoing vendu "
               "zéro déchet, puis les conséquences : les commentaires négatifs, la baisse d'engagement sur "
               "Instagram et le recul des commandes au deuxième trimestre."),
     "duree": 180},
    {"partie": "analyse", "titre": "Le benchmark",
     "message": "Les concurrents publient plus souvent et font beaucoup plus de vidéos que Maison Ondine.",
     "puces": ["Pure Galet publie plus de dix fois par semaine", "Cosmo Vrac mise sur la vidéo courte",
               "Maison Ondine publie trois fois par semaine"],
     "image": "livrables/benchmark_concurrentiel.png",
     "notes": ("Pure Galet publie plus de dix fois par semaine. Cosmo Vrac mise sur la vidéo courte. Maison "
               "Ondine publie trois fois par semaine."),
     "duree": 180},
    {"partie": "cible", "titre": "La cible et son parcours",
     "message": "La cible principale a entre 25 et 40 ans et découvre les produits sur Instagram et TikTok.",
     "puces": ["25-40 ans, urbains", "Parents pour Petite Vague", "Clientèle historique sur Facebook"],
     "image": "livrables/persona_principal.png",
     "notes": ("Je présente le persona construit avec l'enquête : une femme de trente-deux ans qui lit les "
               "compositions, enregistre les tutoriels et achète après avoir vu des avis. Je dis aussi en deux "
               "mots comment elle passe de la découverte à l'achat puis à la recommandation."),
     "duree": 150},
    {"partie": "parti_pris", "titre": "Mon parti pris",
     "message": "Je propose la transparence : montrer l'atelier, les ingrédients et les personnes.",
     "puces": ["Montrer plutôt que promettre", "Des conseils utiles chaque semaine"],
     "notes": ("J'explique pourquoi la transparence répond à la crise : les abonnés veulent des preuves. La "
               "promesse de lecture, ce sont des conseils utiles et les coulisses d'une savonnerie artisanale de "
               "Saint-Malo, que l'on a envie de suivre chaque semaine."),
     "duree": 150},
    {"partie": "charte", "titre": "La charte éditoriale",
     "message": "Quatre piliers et un ton chaleureux pour tous les réseaux de la marque.",
     "puces": ["Savoir-faire malouin 30 %", "Rituels et conseils 30 %", "Engagement zéro déchet 25 %",
               "Communauté 15 %", "Ton chaleureux, vouvoiement", "Hashtags en CamelCase"],
     "image": "livrables/usage_reseaux.png",
     "notes": ("Je détaille les piliers avec un exemple de publication pour chacun, puis les règles d'écriture : "
               "accroche courte, texte alternatif sur les images, sous-titres sur les vidéos, et la liste des "
               "mots interdits comme zéro déchet sans preuve."),
     "duree": 180},
    {"partie": "calendrier", "titre": "Le calendrier",
     "message": "Neuf publications par semaine de janvier à juin 2027.",
     "puces": ["Instagram 4, TikTok 2, Facebook 2, LinkedIn 1", "Lancement de Petite Vague en avril"],
     "image": "livrables/calendrier_piliers_rythme.png",
     "notes": "Instagram 4, TikTok 2, Facebook 2, LinkedIn 1. Lancement de Petite Vague en avril.",
     "duree": 150},
    {"partie": "calendrier", "titre": "Le workflow",
     "message": "La community manager prépare, Léna relit et Gaëlle valide chaque semaine.",
     "puces": ["Comité éditorial le lundi", "Programmation dans Hootsuite"],
     "notes": ("Je montre les étapes de J moins quatorze à J plus sept et qui est responsable de chacune, avec "
               "le temps que cela demande à chaque membre de l'équipe ; la validation par lot évite de "
               "déranger Gaëlle tous les jours."),
     "duree": 120},
    {"partie": "decisions", "titre": "Les prochaines étapes",
     "message": "J'ai besoin de votre accord pour commencer le 4 janvier.",
     "puces": ["Valider la charte", "Valider le calendrier de janvier", "Valider l'organisation"],
     "image": "livrables/budget_postes.png",
     "notes": "Valider la charte. Valider le calendrier de janvier. Valider l'organisation.",
     "duree": 120},
    {"partie": "ouverture", "titre": "Merci !",
     "message": "Merci de votre attention, je suis prêt à répondre à vos questions.",
     "puces": [],
     "notes": ("Je remercie le jury, je rappelle en une phrase la promesse de lecture et je propose de revenir "
               "sur le calendrier ou la charte selon les questions, en gardant le cahier ouvert à côté de moi "
               "pour retrouver les chiffres."),
     "duree": 90},
]
''',
    "livrable_soutenance": '''\
presentation = soutenance.build(plan_soutenance, author="Yanis Benali")
livrable_soutenance = soutenance.read_back()
''',
}

PARTIAL_EXPECTED_POINTS = 5.94
