"""Notebook 05 (the recommendations file and the oral): the partly-right demo candidate.

A candidate who wrote the strategy and the platforms well but left the moderation, the diffusion
and the dashboard for later, gives the budget as « voir le fichier Excel », writes a summary without
its budget, and plans a talk of six slides that skips the community and the diffusion, runs over
time, with notes that read the bullets out. The deck is built and read back as asked.
"""

PARTIAL_ANSWERS = {
    "cahier_sections": '''cahier_sections = {
    "problematique": ("Maison Ondine a gagné beaucoup d'abonnés avec le lancement de Petite Vague, mais la marque "
                      "répond trop lentement aux commentaires et n'a pas d'outil de publication."),
    "strategie": ["Gagner des abonnés sur Instagram et TikTok d'ici février 2028",
                  "Vendre davantage en ligne pour Noël grâce aux publicités",
                  "Trouver de nouveaux revendeurs avec LinkedIn"],
    "dispositif": {"Instagram": "vidéos et carrousels pour les parents",
                   "TikTok": "tutoriels courts du bain en trois gestes",
                   "LinkedIn": "actualités pour les boutiques bio et les épiceries vrac"},
    "communaute": "À compléter",
    "diffusion": "À compléter",
    "calendrier": "Septembre : rentrée. Novembre : cadeaux. Décembre : Noël. Janvier : bilan et résolutions.",
    "pilotage": "à définir",
    "planning": ("Validation le 1er juillet 2027, recrutement du community manager le 5 juillet 2027, démarrage "
                 "le 1er septembre 2027 et bilan le 29 février 2028."),
    "budget": "Voir le fichier Excel du budget joint au cahier, poste par poste et mois par mois.",
}
cahier_sections''',
    "synthese": '''synthese = ("Nous proposons à Maison Ondine un dispositif de six mois sur Instagram, TikTok, Facebook et "
            "LinkedIn pour faire connaître Petite Vague aux parents et vendre davantage pour Noël. Le dispositif "
            "démarre le 1er septembre 2027 avec un community manager indépendant et des publicités ciblées.")
synthese''',
    "plan_soutenance": '''plan_soutenance = [
    {"partie": "problematique", "titre": "Le problème",
     "message": "Maison Ondine répond trop lentement depuis le lancement de Petite Vague.",
     "puces": ["Réponse en 19 heures", "Publications à la main", "Rumeur sur l'huile de palme"],
     "notes": ("Je rappelle les chiffres du brief : les commentaires ont triplé, l'équipe répond en dix-neuf "
               "heures et une rumeur a circulé plusieurs jours dans un groupe de parents sans réponse."),
     "duree": 180},
    {"partie": "strategie", "titre": "Mes objectifs",
     "message": "Gagner des abonnés, vendre pour Noël et trouver des revendeurs d'ici février 2028.",
     "puces": ["Abonnés Instagram et TikTok", "Ventes de Noël", "Revendeurs sur LinkedIn"],
     "notes": "Abonnés Instagram et TikTok. Ventes de Noël. Revendeurs sur LinkedIn.",
     "duree": 240},
    {"partie": "dispositif", "titre": "Les réseaux",
     "message": "Chaque réseau touche un public différent de Maison Ondine.",
     "puces": ["Instagram et TikTok : parents", "Facebook : clientèle fidèle", "LinkedIn : revendeurs"],
     "notes": ("Je montre pour chaque réseau le public visé et le type de contenu, avec l'exemple du tutoriel du "
               "bain en trois gestes qui sera décliné sur TikTok et en Reel sur Instagram."),
     "duree": 240},
    {"partie": "pilotage", "titre": "Les indicateurs",
     "message": "Nous suivrons les abonnés, l'engagement et les ventes chaque mois.",
     "puces": ["Abonnés", "Engagement", "Ventes"],
     "notes": "Abonnés. Engagement. Ventes.",
     "duree": 240},
    {"partie": "planning_budget", "titre": "Planning et budget",
     "message": "Le dispositif démarre le 1er septembre 2027 et tient dans le budget.",
     "puces": ["Recrutement en juillet", "Démarrage en septembre", "Budget détaillé dans le fichier Excel"],
     "notes": ("Je présente les grandes étapes jusqu'au démarrage et je renvoie au fichier Excel pour le détail "
               "des postes, que je pourrai commenter pendant les échanges avec le comité."),
     "duree": 240},
    {"partie": "decisions", "titre": "Merci",
     "message": "Je vous remercie de votre attention et j'attends vos questions.",
     "puces": [],
     "notes": ("Je conclus en remerciant le comité et je propose de répondre d'abord aux questions sur le "
               "budget, qui est la décision la plus attendue par la cofondatrice."),
     "duree": 120},
]
soutenance.plan_table(plan_soutenance)''',
}

# Points, by hand, from the scorers of cmcert_lib/bloc3/checks/cahier.py and cmcert_lib/checks/oral.py:
# - cahier_sections (4 pts): 6 of the 9 sections written (moderation, diffusion and dashboard are
#   placeholders): 0.8 x 6/9; no amount in the budget: 0; four dates in the planning: 0.1
#   -> (0.5333 + 0.1) x 4 = 2.53.
# - synthese (2 pts): 44 words for 80 to 150: 0; no budget: 0; the start date: 0.2; real sentences: 0.2
#   -> 0.4 x 2 = 0.8.
# - plan_soutenance (4 pts), 6 slides counted over max(6, 8 parts) = 8: contents 6/8 -> 0.3 x 0.75 = 0.225;
#   time 21 min for 20 (within the 2 min margin), every slide between 20 s and 4 min -> 0.2; light slides
#   6/8 -> 0.1125; one message each 6/8 -> 0.1125; notes that add to the slide 4/8 (the objectives' and the
#   indicators' notes read the bullets out) -> 0.1; total 0.75 x 4 = 3.
# - livrable_soutenance (2 pts): the model's build and read_back -> 2.
# Total: 2.53 + 0.8 + 3 + 2 = 8.33 out of 12.
PARTIAL_EXPECTED_POINTS = 8.33
