# %% [markdown]
# # Bloc 3 · Notebook 5 — Le cahier de préconisations et la soutenance
#
# **La situation.** Vous avez conçu le dispositif de Maison Ondine pour septembre 2027 – février
# 2028 : le plan (notebook 1), l'animation et la modération (notebook 2), la diffusion et les
# profils (notebook 3), le planning et le budget (notebook 4). Léna Morvan attend le **cahier de
# préconisations** le vendredi 18 juin 2027 ; le jeudi 1er juillet, vous le présentez au comité de
# Maison Ondine, qui joue le rôle du **jury de professionnels** : Gaëlle Le Floc'h, la cofondatrice,
# décidera ce jour-là du budget.
#
# **Ce que vous produisez.**
#
# 1. les sections du cahier et sa synthèse (corrigées automatiquement), assemblées en un document
#    HTML qui s'ouvre sans connexion : `livrables/cahier_preconisations_dispositif.html` ;
# 2. le plan de votre soutenance, la présentation en PDF et vos notes d'orateur (corrigés
#    automatiquement, à partir des fichiers eux-mêmes) ;
# 3. les questions que le comité vous posera, avec vos réponses, et le message qui accompagne
#    l'envoi du cahier (corrigés par le formateur).

# %% [markdown]
# **Compétence évaluée.**
#
# - **C3.4.1** — Présenter à l'oral et à l'écrit au client un dispositif de communication
#   digitale, un processus détaillé de création et de pilotage de contenus ainsi qu'un calendrier
#   éditorial représentatif des contenus à diffuser sur une période déterminée.
#
# **Barème.** 12 pts corrigés automatiquement (questions 1.1, 1.2, 2.1 et 2.2) et 7 pts corrigés
# par le formateur (questions 3.1 et 3.2). La soutenance elle-même est notée par le jury sur sa
# grille (`course/bloc3/soutenance.toml`).
#
# **Durée estimée.** 4 h (2 h pour le cahier, 2 h pour préparer et répéter l'oral).
#
# **Comment travailler.** Écrivez votre réponse à la place des deux lignes `# VOTRE CODE ICI …` et
# `print("✏️ Réponse à compléter")`, puis exécutez la cellule de vérification qui suit : elle
# contrôle la forme de votre réponse (sans donner la solution).

# %%
from pathlib import Path

import pandas as pd
from IPython.display import Image, Markdown, display

from cmcert_lib.bloc3 import recommendations as cahier
from cmcert_lib.bloc3 import soutenance
from cmcert_lib.domain.deck import duration_fr
from cmcert_lib.facts import referential

Path("livrables").mkdir(exist_ok=True)
critere = referential.criterion("B3-08")
display(Markdown(f"**{critere.id}** — {critere.text}"))

# %% [markdown]
# ## Exercice 1 — Le cahier de préconisations (C3.4.1)
#
# ### Question 1.1 — Les sections du cahier
#
# Écrivez le dictionnaire `cahier_sections` : une entrée par section du tableau ci-dessous (la clé
# de la première colonne), et pour chacune son contenu, **un texte**, une **liste** de textes, un
# **dictionnaire** (il deviendra un tableau à deux colonnes) ou un **DataFrame**. Dans un texte,
# une ligne vide sépare les paragraphes et les lignes qui commencent par « - » forment une liste.
#
# La correction vérifie que chaque section est rédigée et dit quelque chose de précis (une section
# vide, d'attente ou recopiée d'une autre ne compte pas), que le **budget** chiffre ses postes en
# euros (au moins quatre montants) et que le **planning** date ses étapes (au moins trois dates).
# Reprenez les chiffres et les choix de vos notebooks 1 à 4.

# %%
display(pd.DataFrame(cahier.SECTIONS, columns=["Clé", "Section du cahier"]))

# %% solution id=cahier_sections
### BEGIN SOLUTION
cahier_sections = {
    "problematique": (
        "Depuis le lancement de Petite Vague le 6 avril 2027, les communautés de Maison Ondine ont grandi "
        "(18 400 abonnés sur Instagram, 9 100 sur Facebook, 6 300 sur TikTok, 1 150 sur LinkedIn au 30 avril), "
        "mais la marque répond en 19 heures, publie à la main et découvre les crises par hasard : pain qui se "
        "délite dans les salles de bains humides, rumeur sur l'huile de palme.\n\n"
        "La question posée : comment faire connaître la marque aux parents de 30 à 44 ans au-delà de la "
        "Bretagne et vendre davantage pour Noël, avec 24 000 € HT et une équipe réduite, sans perdre la "
        "confiance gagnée au lancement ?"
    ),
    "strategie": [
        "Notoriété : porter la communauté Instagram de 18 400 à 24 000 abonnés au 29 février 2028.",
        "Conversion : 2 600 visites mensuelles du site venues des réseaux en décembre 2027, mesurées par UTM.",
        "Relais : 150 photos de clients partagées avec #PetiteVague avant le 31 janvier 2028.",
        "Revendeurs : 12 rendez-vous qualifiés obtenus depuis LinkedIn avant le 17 décembre 2027.",
        "Service : délai de première réponse ramené sous 4 heures ouvrées dès octobre 2027.",
    ],
    "dispositif": {
        "Plateformes": "Instagram et TikTok pour se faire connaître des parents, Facebook pour la clientèle "
                       "fidèle et les groupes de parents, LinkedIn pour les revendeurs, Pinterest ouvert en "
                       "juillet pour les idées de salle de bains.",
        "Paid": "Publicités Meta ciblées sur les parents de 30 à 44 ans hors Bretagne, en octobre et "
                "pour Noël ; sponsorisation des trois meilleures vidéos TikTok.",
        "Owned": "Comptes de la marque, blog et newsletter, tutoriels du bain en trois gestes.",
        "Earned": "Avis et photos de clients, micro-influenceuses parents rémunérées et déclarées, "
                  "retombées dans la presse régionale.",
    },
    "communaute": (
        "Une charte de modération publique : on répond à toutes les questions, on ne supprime jamais une "
        "critique, on masque insultes et données personnelles, on signale le spam.\n\n"
        "- réponse sous 4 heures ouvrées, en une heure pour un signal de crise ;\n"
        "- alerte quand les mentions dépassent la moyenne de quatorze jours de trois écarts types avec plus "
        "de 40 % de messages négatifs ;\n"
        "- escalade vers Léna Morvan puis Gaëlle Le Floc'h, message d'attente validé en trente minutes."
    ),
    "diffusion": (
        "Toutes les publications partent de Hootsuite, importées chaque mois par fichier dans les meilleurs "
        "créneaux observés : le soir en semaine pour Instagram, le mercredi après-midi pour TikTok, le "
        "mardi matin pour LinkedIn.\n\n"
        "Les profils sont harmonisés : même nom, même identifiant @maisonondine, biographie qui cite Saint-Malo "
        "et les cosmétiques solides, lien suivi vers la boutique, compte professionnel et catégorie Beauté."
    ),
    "calendrier": pd.DataFrame({
        "Semaine": ["6 septembre", "4 octobre", "15 novembre", "6 décembre", "10 janvier"],
        "Temps fort": ["Rentrée des routines", "Atelier ouvert", "Idées cadeaux sans Black Friday",
                       "Dernières commandes de Noël", "Bilan et nouvelles résolutions"],
        "Contenus": ["Tutoriel du bain, carrousel des trois gestes", "Reel de fabrication, direct Facebook",
                     "Guide des coffrets, épingles Pinterest", "Compte à rebours du 17 décembre, avis clients",
                     "Photos de clients, sondage des envies"],
    }),
    "pilotage": {
        "Notoriété": "abonnés et couverture mensuelle, statistiques Instagram et TikTok",
        "Engagement": "taux d'engagement par publication, interactions rapportées à la couverture",
        "Trafic": "sessions venues des réseaux et taux de conversion, Google Analytics et paramètres UTM",
        "Service": "délai de première réponse et part de messages traités, boîte de réception Hootsuite",
        "Suivi": "tableau de bord mensuel envoyé le premier lundi de chaque mois, bilan en comité",
    },
    "planning": (
        "- 1er juillet 2027 : validation du cahier et du budget par le comité ;\n"
        "- 5 juillet 2027 : lancement de la préparation, recrutement du community manager indépendant ;\n"
        "- 13 juillet 2027 : profils harmonisés, compte Pinterest ouvert, charte de modération prête ;\n"
        "- 20 août 2027 : file de septembre programmée dans Hootsuite, recette finale ;\n"
        "- 1er septembre 2027 : démarrage du dispositif ;\n"
        "- 15 octobre 2027 : premier bilan et réglage des publicités ;\n"
        "- 29 février 2028 : bilan final devant le comité."
    ),
    "budget": pd.DataFrame({
        "Poste": ["Achat d'espace Meta et TikTok", "Community manager indépendant (26 jours)",
                  "Photographe (4 demi-journées)", "Micro-influence (produits et rémunération)",
                  "Outils : Hootsuite, Canva Pro, Mention", "Aléas (5 %)"],
        "Montant HT": ["7 200 €", "9 100 €", "2 400 €", "2 500 €", "998 €", "1 150 €"],
    }),
}
### END SOLUTION
cahier_sections

# %% tests id=cahier_sections_tests points=4 competencies=C3.4.1
"""Chaque section du cahier est rédigée ; le budget est chiffré en euros et le planning daté."""
from cmcert_lib.checks import check, score
check("bloc3.cahier_sections", cahier_sections)
### BEGIN HIDDEN TESTS
score("bloc3.cahier_sections", cahier_sections, expected={'sections': ['problematique', 'strategie', 'dispositif', 'communaute', 'diffusion', 'calendrier', 'pilotage', 'planning', 'budget'], 'montants_min': 4, 'dates_min': 3}, points=4)
### END HIDDEN TESTS

# %% [markdown]
# ### Question 1.2 — La synthèse
#
# La première page du cahier est une synthèse que Gaëlle Le Floc'h lira en une minute : écrivez
# `synthese`, un texte de **80 à 150 mots**, qui dit le problème, la réponse, le **budget** du
# dispositif (en euros HT) et **sa date de démarrage**, en phrases qui disent chacune quelque chose.

# %% solution id=synthese
### BEGIN SOLUTION
synthese = (
    "Maison Ondine a gagné des abonnés avec Petite Vague, mais répond trop lentement et découvre ses crises "
    "par hasard. Nous proposons un dispositif de six mois qui démarre le 1er septembre 2027 : Instagram et "
    "TikTok pour faire connaître la marque aux parents de 30 à 44 ans, Facebook pour la clientèle fidèle, "
    "LinkedIn pour trouver des revendeurs et Pinterest pour les idées de salle de bains. Un community "
    "manager indépendant répond en moins de quatre heures, une alerte détecte les pics de mentions "
    "négatives et toutes les publications partent de Hootsuite. Le budget est de 23 348 € HT, dans "
    "l'enveloppe de 24 000 € HT, dont 7 200 € d'achat d'espace concentré sur octobre et Noël. Nous vous "
    "demandons de valider le budget et le recrutement avant le 5 juillet."
)
### END SOLUTION
synthese

# %% tests id=synthese_tests points=2 competencies=C3.4.1
"""Une synthèse d'une minute, qui donne le budget et la date de démarrage."""
from cmcert_lib.checks import check, score
check("bloc3.cahier_synthese", synthese)
### BEGIN HIDDEN TESTS
score("bloc3.cahier_synthese", synthese, expected={'mots': [80, 150], 'budget': ['\\d[\\d ]* ?€ ?ht', '\\d[\\d ]* euros ht', '\\d+ ?k€'], 'demarrage': ['1er septembre', '1 septembre', '01/09/2027', 'septembre 2027']}, points=2)
### END HIDDEN TESTS

# %% [markdown]
# **Livrable.** Le cahier assemblé : ouvrez-le dans le navigateur, relisez-le comme le fera Léna.

# %%
cahier.save(f"livrables/{cahier.CAHIER}", cahier_sections, synthese, author="Votre nom, community manager")

# %% [markdown]
# ## Exercice 2 — La soutenance (C3.4.1)
#
# Le règlement de l'examen fixe la durée de l'oral du Bloc 3 ; le jury note la présentation sur les
# critères « Présentation » du référentiel :

# %%
budget_oral = soutenance.ORAL
display(pd.DataFrame({
    "Temps": ["Présentation (vous parlez seul·e)", "Marge admise (en plus ou en moins)",
              "Échanges avec le jury", "Durée totale de l'oral"],
    "Durée": [duration_fr(60 * m) for m in (budget_oral.presentation_minutes, budget_oral.margin_minutes,
                                             budget_oral.exchange_minutes, budget_oral.total_minutes)],
}))
display(Markdown("\n".join(f"- **{c.id}** — {c.text}" for c in referential.criteria_of_bloc(3)
                           if c.heading == "Présentation")))
display(pd.DataFrame(soutenance.PARTS, columns=["Clé (partie)", "Ce que la diapositive présente"]))

# %% [markdown]
# ### Question 2.1 — Le plan de diapositives
#
# Écrivez `plan_soutenance`, une **liste de diapositives**, chacune un dictionnaire :
#
# | clé | contenu |
# | --- | --- |
# | `partie` | la clé de la partie présentée (tableau ci-dessus) ou « ouverture » |
# | `titre` | le titre de la diapositive |
# | `message` | **le** message clé, en une phrase de 25 mots au plus |
# | `puces` | une liste de **4 puces au plus**, de **12 mots au plus** chacune (peut être vide) |
# | `image` | facultatif : un graphique de `livrables/` (PNG ou JPEG) de vos notebooks 1 à 4 |
# | `notes` | vos notes d'orateur : ce que vous **dites** en plus de la diapositive (25 mots au moins) |
# | `duree` | le temps passé sur la diapositive, en secondes (`90` pour 1 min 30) |
#
# La correction vérifie que chaque partie a une diapositive rédigée, que le total tient dans le
# temps de présentation à la marge près (sans diapositive de moins de 20 s ni de plus de 4 min),
# que les diapositives restent légères, qu'elles portent chacune un message d'une phrase différent
# des autres, et que vos notes ajoutent ce que l'écran ne dit pas.

# %% solution id=plan_soutenance
### BEGIN SOLUTION
plan_soutenance = [
    {"partie": "ouverture", "titre": "Six mois pour transformer l'essai de Petite Vague",
     "message": "Le lancement a fait venir les abonnés ; le dispositif doit maintenant les garder et les faire acheter.",
     "puces": [],
     "notes": "Bonjour. Je vous présente en vingt minutes le dispositif de septembre à février, ce qu'il coûte, "
              "comment nous le piloterons, puis les deux décisions que j'attends de vous aujourd'hui.",
     "duree": 60},
    {"partie": "problematique", "titre": "Ce que le lancement a révélé",
     "message": "Vos communautés ont grandi plus vite que votre capacité à leur répondre.",
     "puces": ["18 400 abonnés Instagram au 30 avril", "Réponse en 19 heures en moyenne",
               "Pain qui se délite, rumeur sur l'huile de palme"],
     "notes": "Les commentaires ont triplé depuis avril. Deux signaux faibles sont passés inaperçus pendant "
              "des jours, faute de seuil d'alerte ; c'est le risque principal pour la confiance gagnée.",
     "duree": 120},
    {"partie": "strategie", "titre": "Cinq objectifs mesurables d'ici février",
     "message": "Chaque objectif a son indicateur, son point de départ et sa date, pour décider sur des faits.",
     "puces": ["24 000 abonnés Instagram au 29 février", "2 600 visites mensuelles en décembre",
               "Réponse sous 4 heures ouvrées dès octobre"],
     "notes": "J'ai fixé les cibles à partir de la croissance observée depuis janvier, sans l'effet du "
              "lancement. Le trafic se mesure par les liens UTM, déjà en place sur la boutique en ligne.",
     "duree": 150},
    {"partie": "dispositif", "titre": "Chaque réseau a un rôle",
     "message": "Les médias payés font connaître, les médias possédés convainquent, les clients recommandent.",
     "puces": ["Instagram et TikTok : découverte par les parents", "Facebook : clientèle fidèle et groupes",
               "LinkedIn : revendeurs ; Pinterest : idées"],
     "notes": "La matrice POEM du cahier détaille les leviers. L'achat d'espace se concentre sur octobre "
              "et sur Noël, là où l'enquête montre que les parents cherchent des idées cadeaux.",
     "duree": 150},
    {"partie": "communaute", "titre": "Répondre vite, sans rien cacher",
     "message": "Une charte de modération publique et une alerte chiffrée évitent de découvrir une crise trop tard.",
     "puces": ["Aucune critique supprimée", "Alerte : pic de mentions et part négative",
               "Escalade vers Gaëlle en une heure"],
     "notes": "Testée sur les mentions depuis avril, la règle aurait signalé la rumeur sur l'huile de palme "
              "deux jours plus tôt, avec une seule fausse alerte sur la période.",
     "duree": 150},
    {"partie": "diffusion", "titre": "Publier au bon moment, sans y passer ses soirées",
     "message": "Hootsuite programme chaque mois les publications dans les créneaux où vos abonnés réagissent.",
     "puces": ["Import mensuel par fichier", "Profils harmonisés sur chaque réseau",
               "Pinterest ouvert en juillet"],
     "notes": "Les créneaux viennent de vos statistiques d'un an : le soir en semaine sur Instagram, le "
              "mercredi après-midi sur TikTok. Le fichier de septembre est déjà prêt à importer.",
     "duree": 120},
    {"partie": "pilotage", "titre": "Un tableau de bord chaque premier lundi",
     "message": "Cinq indicateurs suffisent pour savoir chaque mois si le dispositif atteint ses objectifs.",
     "puces": ["Abonnés et couverture", "Engagement par publication", "Visites et ventes suivies",
               "Délai de réponse"],
     "notes": "Chaque indicateur vient d'une statistique native ou de Google Analytics. Si un objectif "
              "décroche deux mois de suite, nous déplaçons le budget publicitaire vers le réseau qui porte.",
     "duree": 120},
    {"partie": "planning_budget", "titre": "23 348 € HT, prêts au 1er septembre",
     "message": "Le dispositif tient dans l'enveloppe avec une réserve de 5 % pour les imprévus.",
     "puces": ["Community manager : 9 100 € HT", "Achat d'espace : 7 200 € HT",
               "Photographe et micro-influence : 4 900 € HT"],
     "notes": "Le chemin critique passe par le recrutement du community manager : sans décision le 5 juillet, "
              "le démarrage du 1er septembre glisse. Le fichier Excel du budget suit chaque poste mois par mois.",
     "duree": 150},
    {"partie": "decisions", "titre": "Deux décisions aujourd'hui",
     "message": "Validez le budget et le recrutement pour que tout soit prêt le 1er septembre.",
     "puces": ["Budget de 23 348 € HT", "Recrutement du community manager avant le 5 juillet"],
     "notes": "Je vous laisse la parole. Je peux détailler le budget poste par poste ou la charte de "
              "modération, qui est prête à être publiée dès votre accord.",
     "duree": 120},
]
### END SOLUTION
soutenance.plan_table(plan_soutenance)

# %% tests id=plan_soutenance_tests points=4 competencies=C3.4.1
"""Le plan couvre les contenus attendus, tient dans le temps, reste lisible, avec un message et des notes par diapositive."""
from cmcert_lib.checks import check, score
check("bloc3.plan_soutenance", plan_soutenance)
### BEGIN HIDDEN TESTS
score("bloc3.plan_soutenance", plan_soutenance, expected={'parties': ['problematique', 'strategie', 'dispositif', 'communaute', 'diffusion', 'pilotage', 'planning_budget', 'decisions'], 'duree_s': 1200, 'marge_s': 120, 'max_puces': 4, 'max_mots_puce': 12, 'max_mots_message': 25, 'min_mots_notes': 25}, points=4)
### END HIDDEN TESTS

# %% [markdown]
# ### Question 2.2 — La présentation et les notes d'orateur
#
# `soutenance.build(plan_soutenance, author=...)` écrit dans `livrables/` la présentation
# `soutenance.pdf` (une page de titre, puis une page 16:9 par diapositive) et `notes_orateur.md`
# (le créneau de chaque diapositive, votre message et vos notes, puis le temps prévu comparé au
# budget du jury). Relisez ensuite les fichiers **écrits sur le disque** avec
# `soutenance.read_back()` et gardez le résultat dans `livrable_soutenance`.

# %% solution id=livrable_soutenance
### BEGIN SOLUTION
presentation = soutenance.build(plan_soutenance, author="Votre nom, community manager")
livrable_soutenance = soutenance.read_back()
print(f"{presentation.pdf} : {presentation.pages} pages ; {presentation.notes}")
display(Image(filename=str(soutenance.preview(plan_soutenance, 3))))
### END SOLUTION

# %% tests id=livrable_soutenance_tests points=2 competencies=C3.4.1
"""Le PDF est lisible, au format 16:9, avec la page de titre et une page par diapositive des notes, minutées."""
from cmcert_lib.checks import check, score
check("bloc3.soutenance_deck", livrable_soutenance)
### BEGIN HIDDEN TESTS
score("bloc3.soutenance_deck", livrable_soutenance, expected={'ratio': 1.7778, 'page_titre': 1}, points=2)
### END HIDDEN TESTS

# %% [markdown]
# ## Exercice 3 — Préparer les échanges et l'envoi (C3.4.1)
#
# ### Question 3.1 — Les questions du comité
#
# Après la présentation, le comité vous interroge pendant quinze minutes. Listez les **cinq
# questions** qu'il vous posera le plus probablement (sur le budget, le recrutement, la crise, la
# mesure des résultats, un réseau que vous écartez) et, pour chacune, la réponse que vous donnerez
# en deux à quatre phrases, avec la preuve qui l'appuie (un chiffre, une section du cahier).

# %% manual id=questions_jury points=4 competencies=C3.4.1 criteria=B3-09,B3-10
# 1. **« Pourquoi un community manager extérieur plutôt qu'un stage ? »** Parce que la modération
# engage la marque : un stagiaire ne peut pas répondre seul à une rumeur. Vingt-six jours à
# 350 € HT coûtent 9 100 € HT, moins qu'un contrat de six mois, et couvrent les pics de Noël
# (section budget).
#
# 2. **« Que se passe-t-il si une crise éclate un dimanche ? »** L'alerte part par courriel dès que
# le seuil est franchi ; Léna reçoit le message d'attente prévu dans la charte et le publie ; Gaëlle
# valide la réponse de fond le lundi matin (section animation et modération).
#
# 3. **« Comment saurons-nous que l'argent publicitaire rapporte ? »** Chaque publicité porte un lien
# UTM : le tableau de bord compare chaque mois les visites et les ventes qu'elle apporte à son coût ;
# sous un seuil fixé en octobre, le budget passe au réseau qui convertit (section pilotage).
#
# 4. **« Pourquoi pas de Black Friday ? »** C'est votre choix de marque et nous le respectons : la
# campagne de novembre parle de cadeaux utiles et durables ; l'achat d'espace se concentre sur la
# première quinzaine de décembre, avant la dernière commande du 17.
#
# 5. **« Pourquoi ouvrir Pinterest maintenant ? »** Parce que vos clientes y cherchent des idées de
# salle de bains et de cadeaux : les épingles travaillent des mois, pour un coût de production
# faible puisque nous réutilisons les photos de la séance.

# %% [markdown]
# ### Question 3.2 — Le message d'envoi du cahier
#
# Écrivez le courriel qui accompagne l'envoi du cahier à Léna Morvan le 18 juin : ce qu'elle
# trouvera dans le document, les décisions attendues le 1er juillet, ce qu'il faut relire en
# priorité. Dix lignes au plus, dans un français correct et clair.

# %% manual id=message_envoi points=3 competencies=C3.4.1 criteria=B3-08
# **Objet :** Cahier de préconisations — dispositif social media septembre 2027 – février 2028
#
# Bonjour Léna,
#
# Vous trouverez ci-joint le cahier de préconisations du dispositif. La synthèse en première page
# résume la proposition ; les sections suivent l'ordre de la soutenance : objectifs, plateformes et
# leviers, modération, diffusion, indicateurs, planning et budget.
#
# Deux décisions seront à prendre le 1er juillet : le budget de 23 348 € HT et le recrutement du
# community manager avant le 5 juillet. Je vous suggère de relire en priorité la charte de
# modération, qui engage la marque, et le budget poste par poste.
#
# Je reste disponible pour en parler avant le comité. Bien cordialement,
