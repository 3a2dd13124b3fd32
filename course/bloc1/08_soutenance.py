# %% [markdown]
# # Bloc 1 · Notebook 8 — Préparer la soutenance orale
#
# **La situation.** Jeudi 17 décembre 2026, à Saint-Malo, vous présentez votre proposition à
# Maison Ondine devant le **jury de professionnels** de la certification, qui joue le rôle de la
# cliente : Gaëlle Le Floc'h a lu votre cahier de préconisations ; elle veut maintenant comprendre
# votre parti pris, être convaincue que la charte et le plan de diffusion tiennent la promesse, et
# savoir ce qu'elle doit décider. Vous parlez seul(e) pendant le temps de présentation, puis le
# jury vous interroge ; un candidat qui dépasse son temps est arrêté avant sa conclusion.
#
# Ce notebook part de **vos** livrables : le cahier du notebook 7
# (`livrables/cahier_preconisations.html`) et les graphiques des notebooks 1 à 6. Il en tire un
# premier plan de diapositives que vous réécrivez pour l'oral, construit la présentation en PDF
# (16:9, lisible sans connexion sur l'ordinateur de la salle) et vos notes d'orateur, avec le
# minutage de chaque diapositive.

# %% [markdown]
# **Ce que vous produisez dans ce notebook**
#
# 1. votre plan de diapositives, sous forme de données (contenus, minutage, densité, messages et
#    notes corrigés automatiquement) ;
# 2. le livrable : `livrables/soutenance.pdf` et `livrables/notes_orateur.md` (corrigés
#    automatiquement, à partir des fichiers eux-mêmes) ;
# 3. les questions que le jury vous posera le plus probablement, avec vos réponses préparées, et
#    votre première minute, mot pour mot (corrigées par le formateur).
#
# **Compétence évaluée**
#
# - **C1.7.1** — Formaliser clairement (à l'oral comme à l'écrit) son parti pris éditorial, sa
#   promesse de lecture et ses préconisations (calendrier éditorial & Workflow éditorial) afin
#   de permettre au client de comprendre la proposition, ainsi que l'importance de mettre en
#   place une charte éditoriale qui reflète ses valeurs et diffuse un message cohérent sur
#   l'ensemble des canaux utilisés par la marque.
#
# **Durée indicative :** 2 h 30 (30 min de plan, 30 min de notes, 30 min de questions du jury,
# 1 h de répétition à voix haute, chronomètre en main).

# %% [markdown]
# ## Le temps donné et ce que le jury évalue
#
# Le règlement de l'examen fixe la durée de l'oral du Bloc 1 (tableau ci-dessous) : la
# présentation est « dans le temps » si elle finit à la marge près. Le jury note la présentation
# sur les critères « Présentation » du référentiel, cités ci-dessous mot pour mot.

# %%
from pathlib import Path

import pandas as pd
from IPython.display import Image, Markdown, display

from cmcert_lib.bloc1 import soutenance
from cmcert_lib.domain.deck import duration_fr
from cmcert_lib.facts import referential

Path("livrables").mkdir(exist_ok=True)
oral = soutenance.ORAL
display(pd.DataFrame({
    "Temps": ["Présentation (vous parlez seul·e)", "Marge admise (en plus ou en moins)",
              "Échanges avec le jury", "Durée totale de l'oral"],
    "Durée": [duration_fr(60 * m) for m in (oral.presentation_minutes, oral.margin_minutes,
                                             oral.exchange_minutes, oral.total_minutes)],
}))
criteres = [c for c in referential.criteria_of_bloc(1) if c.heading == "Présentation"]
display(Markdown("\n".join(f"- **{c.id}** — {c.text}" for c in criteres)))

# %% [markdown]
# Votre présentation doit couvrir les contenus ci-dessous, dans l'ordre qui sert votre
# démonstration. Chaque diapositive indique la partie qu'elle présente (clé de la première
# colonne) ; une diapositive d'ouverture ou de transition prend la clé « ouverture ».

# %%
display(pd.DataFrame(soutenance.PARTS, columns=["Clé (partie)", "Ce que la diapositive présente"]))

# %% [markdown]
# ## Exercice 1 — Le brouillon tiré de vos livrables (C1.7.1)
#
# `soutenance.draft_plan("livrables")` lit votre cahier de préconisations s'il est dans
# `livrables/` (une diapositive par section, une d'ouverture et une de décisions) et place sur
# les diapositives les graphiques des notebooks précédents. S'il manque des fichiers, le message
# dit lesquels et quel notebook les produit : exécutez ce notebook, ou gardez la diapositive sans
# image. Le brouillon n'est pas corrigé : c'est votre point de départ.

# %%
brouillon = soutenance.draft_plan("livrables")
for ligne in brouillon.messages:
    print(ligne)
display(soutenance.plan_table(brouillon.plan))
print(soutenance.timing_line(brouillon.plan))

# %% [markdown]
# Une diapositive du brouillon, telle que vous l'écrirez dans votre plan :

# %%
brouillon.plan[1]

# %% [markdown]
# ## Exercice 2 — Votre plan de diapositives (C1.7.1)
#
# Écrivez `plan_soutenance`, une **liste de diapositives**, chacune un dictionnaire :
#
# | clé | contenu |
# | --- | --- |
# | `partie` | la clé de la partie présentée (tableau ci-dessus) ou « ouverture » |
# | `titre` | le titre de la diapositive |
# | `message` | **le** message clé, en une phrase de 25 mots au plus |
# | `puces` | une liste de **4 puces au plus**, de **12 mots au plus** chacune (peut être vide) |
# | `image` | facultatif : un graphique de `livrables/` (PNG ou JPEG), par exemple `"livrables/parcours_client.png"` |
# | `notes` | vos notes d'orateur : ce que vous **dites** en plus de la diapositive (25 mots au moins) |
# | `duree` | le temps que vous passez sur la diapositive, en secondes (`90` pour 1 min 30) |
#
# La correction vérifie que chaque partie a une diapositive rédigée, que le total tient dans le
# temps de présentation à la marge près (sans diapositive de moins de 20 s ni de plus de 4 min),
# que les diapositives restent légères, qu'elles portent chacune un message d'une phrase
# différent des autres, et que vos notes ajoutent ce que l'écran ne dit pas (des faits, un
# exemple, la transition) au lieu de relire les puces. Partez du brouillon : copiez
# `brouillon.plan` et réécrivez-le pour l'oral.

# %% solution id=plan_soutenance
### BEGIN SOLUTION
plan_soutenance = [
    {
        "partie": "ouverture",
        "titre": "Maison Ondine : prouver pour regagner la confiance",
        "message": "En 2027, chaque publication de Maison Ondine montrera une preuve vérifiable de ce qu'elle affirme.",
        "puces": [],
        "notes": (
            "Bonjour. Je suis Inès Morel, community manager à l'agence Marée. En vingt minutes, je vous montre "
            "comment Maison Ondine peut regagner la confiance perdue en mars 2026 et vendre davantage en 2027, "
            "avec votre équipe actuelle, puis je vous demande trois décisions."
        ),
        "duree": 60,
    },
    {
        "partie": "problematique",
        "titre": "Ce que vous nous avez demandé",
        "message": "Regagner la confiance après le sachet de mars 2026, tout en faisant des réseaux un moteur de ventes.",
        "puces": ["Sentiment net des mentions : de +35 % à −18 %",
                  "Engagement Instagram : de 3,4 % à 2,1 %",
                  "Ventes en ligne : −15 % au deuxième trimestre 2026",
                  "Budget : 18 000 € HT, janvier à juin 2027"],
        "notes": (
            "Je rappelle l'épisode du sachet doublé de plastique, révélé par une influenceuse. L'emballage est "
            "corrigé depuis juin, mais la marque ne l'a presque pas dit. La question n'est donc pas de publier "
            "plus, mais de prouver : c'est le fil de toute ma proposition."
        ),
        "duree": 120,
    },
    {
        "partie": "analyse",
        "titre": "Vos concurrents publient trois fois plus, surtout en vidéo",
        "message": "La régularité et la vidéo courte font l'engagement ; personne ne filme encore son atelier.",
        "puces": ["Maison Ondine : 3,3 publications par semaine",
                  "Pure Galet et Cosmo Vrac : plus de dix",
                  "Les plus engageants montrent le produit en usage"],
        "image": "livrables/benchmark_concurrentiel.png",
        "notes": (
            "Sur douze mois de veille, j'ai comparé rythme, formats et engagement des quatre concurrents. Le "
            "graphique montre l'écart de rythme. Savonnerie du Phare, la plus proche de vous par l'ancrage breton, "
            "engage peu sur Facebook : l'espace du savoir-faire artisanal filmé reste libre."
        ),
        "duree": 135,
    },
    {
        "partie": "analyse",
        "titre": "Votre e-réputation depuis mars",
        "message": "Les mentions négatives ont reflué, mais la méfiance reste dans les commentaires.",
        "puces": ["Pic de mentions négatives la semaine du 9 mars",
                  "Questions récurrentes sur l'emballage et la composition"],
        "image": "livrables/e_reputation_maison_ondine.png",
        "notes": (
            "L'écoute sociale confirme que la crise est passée mais pas oubliée : chaque nouvelle publication "
            "reçoit encore des questions sur le sachet. C'est pourquoi je propose de répondre une fois, "
            "clairement, dans un article signé par Gaëlle, avant de passer à autre chose."
        ),
        "duree": 60,
    },
    {
        "partie": "cible",
        "titre": "Pour qui nous publions",
        "message": "Des 25-40 ans urbains qui vérifient avant d'acheter, et les jeunes parents pour Petite Vague.",
        "puces": ["Découvrent sur Instagram et TikTok, enregistrent les conseils",
                  "Lisent les compositions, veulent des preuves",
                  "Clientèle historique fidèle à Facebook et à la boutique"],
        "image": "livrables/persona_principal.png",
        "notes": (
            "Voici notre persona principal, construit à partir de l'enquête auprès des clients. Ce qui compte pour "
            "la stratégie : elle ne croit plus les promesses générales, elle croit ce qu'elle voit. Les parents de "
            "jeunes enfants seront la cible du lancement d'avril."
        ),
        "duree": 150,
    },
    {
        "partie": "parcours",
        "titre": "Le parcours de la découverte à la recommandation",
        "message": "À chaque étape, la marque apporte une preuve ou un geste utile plutôt qu'une promesse.",
        "puces": ["Découverte : un Reel tourné à l'atelier",
                  "Considération : ingrédients, avis, article sur le sachet",
                  "Achat : fiche produit depuis un lien suivi",
                  "Fidélisation et recommandation : conseils, photos partagées"],
        "image": "livrables/parcours_client.png",
        "notes": (
            "Le point faible aujourd'hui est la considération : c'est là que la cliente hésite à cause de la "
            "polémique. J'y place les contenus de preuve. Les liens suivis permettront de mesurer ce que les "
            "réseaux rapportent réellement à la boutique en ligne."
        ),
        "duree": 120,
    },
    {
        "partie": "parti_pris",
        "titre": "Notre parti pris : « Preuves d'atelier »",
        "message": "On vous montre comment c'est fait, et comment bien s'en servir.",
        "puces": ["Chaque affirmation accompagnée d'une preuve visible",
                  "Des faits précis, plus de formules générales",
                  "L'erreur de 2026 reconnue une fois, puis on avance"],
        "notes": (
            "C'est la phrase que j'aimerais que vos abonnés répètent. Le parti pris découle de l'analyse : vos "
            "concurrents parlent d'engagement, vous pouvez le montrer, parce que vous fabriquez tout à Saint-Malo. "
            "Il protège aussi la marque face à la loi AGEC sur les allégations environnementales."
        ),
        "duree": 150,
    },
    {
        "partie": "charte",
        "titre": "La charte : quatre piliers, un ton, des interdits",
        "message": "La charte fait tenir la promesse sur chaque réseau, avec un rôle précis pour chacun.",
        "puces": ["Savoir-faire 30 %, Rituels 30 %, Engagement 25 %, Communauté 15 %",
                  "Ton chaleureux et précis, vouvoiement, sans superlatif",
                  "Instagram 4 et TikTok 2 par semaine pour vendre",
                  "Facebook 2 pour la clientèle, LinkedIn 1 pour les revendeurs"],
        "image": "livrables/usage_reseaux.png",
        "notes": (
            "Le graphique montre où se trouve votre cible : d'où le poids d'Instagram et de TikTok. J'insiste sur "
            "la liste des formulations interdites, comme « zéro déchet » sans preuve : c'est elle qui évite une "
            "nouvelle crise, et c'est la première décision que je vous demanderai."
        ),
        "duree": 135,
    },
    {
        "partie": "calendrier",
        "titre": "Le calendrier du semestre et de janvier",
        "message": "Neuf publications par semaine, réparties par pilier, avec un temps fort chaque mois.",
        "puces": ["Janvier : transparence et article sur le sachet",
                  "Février : portes ouvertes de l'atelier",
                  "Avril : lancement de Petite Vague avec des parents",
                  "Fin mars : bilan intermédiaire et ajustements"],
        "image": "livrables/calendrier_piliers_rythme.png",
        "notes": (
            "Le calendrier de janvier est prêt à programmer : vous l'avez reçu en tableur et en agenda partagé. "
            "Le graphique montre que chaque semaine respecte la part des piliers et le rythme par réseau. Le bilan "
            "de fin mars nous dira s'il faut déplacer des moyens vers TikTok."
        ),
        "duree": 105,
    },
    {
        "partie": "calendrier",
        "titre": "Le workflow : qui fait quoi, de J−14 à J+7",
        "message": "Un processus qui tient dans le temps de votre équipe, avec une validation par semaine.",
        "puces": ["Comité éditorial le lundi, une heure",
                  "Relecture par Léna, validation par lot de Gaëlle",
                  "Programmation à J−2, modération sous 4 h ouvrées"],
        "notes": (
            "J'ai estimé la charge : environ six heures et demie par semaine pour la community manager, quatre "
            "pour Léna, moins de trois pour Gaëlle, comité compris. Sans accord de Gaëlle, une publication est "
            "décalée, jamais publiée : la RACI fixe qui approuve chaque tâche."
        ),
        "duree": 90,
    },
    {
        "partie": "decisions",
        "titre": "Trois décisions pour démarrer le 4 janvier",
        "message": "Avec votre accord avant le 18 décembre, les deux premières semaines seront programmées à temps.",
        "puces": ["Valider la charte et ses formulations interdites",
                  "Valider le calendrier de janvier et l'article signé",
                  "Confirmer la RACI du comité éditorial"],
        "image": "livrables/budget_postes.png",
        "notes": (
            "Je termine par le budget : le graphique rappelle la répartition des 18 000 euros entre outils, "
            "production, publicité et créateurs. Je vous remercie de votre attention ; je suis prête à répondre à "
            "vos questions, en particulier sur le rythme et la charge de l'équipe."
        ),
        "duree": 75,
    },
]
display(soutenance.plan_table(plan_soutenance))
print(soutenance.timing_line(plan_soutenance))
### END SOLUTION

# %% tests id=plan_soutenance_tests points=5 competencies=C1.7.1
"""Le plan couvre les contenus attendus, tient dans le temps, reste lisible, avec un message et des notes par diapositive."""
from cmcert_lib.checks import check, score

check("bloc1.plan_soutenance", plan_soutenance)
### BEGIN HIDDEN TESTS
score("bloc1.plan_soutenance", plan_soutenance, expected={"parties": ["problematique", "analyse", "cible", "parcours", "parti_pris", "charte", "calendrier", "decisions"], "duree_s": 1200, "marge_s": 120, "max_puces": 4, "max_mots_puce": 12, "max_mots_message": 25, "min_mots_notes": 25}, points=5)
### END HIDDEN TESTS

# %% [markdown]
# ## Livrable — La présentation et les notes d'orateur (C1.7.1)
#
# `soutenance.build(plan_soutenance, author=...)` écrit dans `livrables/` :
#
# - `soutenance.pdf` : une page de titre, puis une page par diapositive (16:9), avec son numéro
#   et son créneau dans le pied de page. Le PDF s'ouvre sans connexion, en plein écran, sur
#   n'importe quel ordinateur ; un graphique introuvable y apparaît comme une note à corriger ;
# - `notes_orateur.md` : pour chaque diapositive son créneau (de 00:00 à la fin), son message et
#   vos notes, puis le temps prévu comparé au budget du jury.
#
# Relisez ensuite les fichiers **écrits sur le disque** avec `soutenance.read_back()` et gardez le
# résultat dans `livrable_soutenance` : c'est ce fichier-là que le jury recevra. Regardez l'aperçu
# d'une page, puis ouvrez le PDF et répétez à voix haute avec vos notes, chronomètre en main.

# %% solution id=livrable_soutenance
### BEGIN SOLUTION
presentation = soutenance.build(plan_soutenance, author="Inès Morel, community manager — Agence Marée")
for note in presentation.image_notes:
    print(note)
livrable_soutenance = soutenance.read_back()
print(f"{presentation.pdf} : {presentation.pages} pages ; {presentation.notes}")
display(Image(filename=str(soutenance.preview(plan_soutenance, 8))))
### END SOLUTION

# %% tests id=livrable_soutenance_tests points=2 competencies=C1.7.1
"""Le PDF est lisible, au format 16:9, avec la page de titre et une page par diapositive des notes, minutées."""
from cmcert_lib.checks import check, score

check("bloc1.soutenance_deck", livrable_soutenance)
### BEGIN HIDDEN TESTS
score("bloc1.soutenance_deck", livrable_soutenance, expected={"ratio": 1.7778, "page_titre": 1}, points=2)
### END HIDDEN TESTS

# %% [markdown]
# ## Exercice 3 — Les questions du jury (C1.7.1)
#
# Après votre présentation, le jury vous interroge comme le ferait la cliente. Listez les **six
# questions** qu'il vous posera le plus probablement : sur vos choix (pourquoi ce parti pris, ces
# réseaux, ce rythme), sur vos chiffres et vos sources, sur les risques (une nouvelle polémique,
# un créateur qui ne déclare pas le partenariat), sur la faisabilité pour l'équipe et sur le
# budget. Pour chacune, écrivez la réponse que vous donnerez, en deux à quatre phrases, et la
# preuve sur laquelle elle s'appuie (un chiffre, une page de votre cahier, un graphique).

# %% manual id=questions_jury points=4 competencies=C1.7.1 criteria=B1-17
# 1. **« Pourquoi reparler du sachet, au risque de raviver la polémique ? »** Parce que les
# commentaires le font chaque semaine (écoute sociale, graphique d'e-réputation) : ne pas répondre
# laisse la question ouverte. Un seul article, signé par Gaëlle, daté et factuel, puis on n'y
# revient plus ; les modératrices y renvoient.
#
# 2. **« Neuf publications par semaine, est-ce tenable ? »** Oui, pour 13,6 heures par semaine au
# total, comité compris (estimation du workflow) ; les vidéos sont tournées en deux journées par
# trimestre. Si la charge dépasse, on réduit d'abord Facebook, jamais la régularité d'Instagram.
#
# 3. **« Pourquoi TikTok, où nous n'avons que 3 100 abonnés ? »** Parce que la cible de 25-40 ans
# y découvre des produits (enquête, graphique des usages) et que les concurrents les plus
# engageants y montrent la fabrication. Nous fixerons au bilan de fin mars un seuil de portée
# par vidéo en dessous duquel les moyens reviennent à Instagram.
#
# 4. **« Que se passe-t-il si une nouvelle polémique éclate ? »** Le workflow prévoit une
# réponse sous 4 h ouvrées, un message validé par Gaëlle et, tant que la crise dure, la
# suspension des publications programmées. La liste des formulations interdites réduit le
# risque à la source.
#
# 5. **« Comment saurons-nous que cela marche ? »** Trois indicateurs suivis chaque mois : le
# sentiment net des mentions (objectif : redevenir positif), le taux d'engagement Instagram, et
# les ventes issues des liens suivis. Le bilan de fin mars permet d'ajuster.
#
# 6. **« Les créateurs de Petite Vague, comment les encadrer ? »** Un contrat qui impose la
# mention « Collaboration commerciale » (loi du 9 juin 2023), des allégations relues par Léna, et
# des parents choisis pour leur usage réel du produit, pas pour leur audience seule.

# %% [markdown]
# ## Exercice 4 — Votre première minute (C1.7.1)
#
# Écrivez **mot pour mot** ce que vous direz pendant la première minute (120 à 160 mots) :
# qui vous êtes, le problème de la cliente en une phrase, votre parti pris et votre promesse de
# lecture, comment la charte et le plan de diffusion les tiennent, et ce que vous demanderez à la
# fin. Puis chronométrez-vous en la disant à voix haute, et notez le temps obtenu.

# %% manual id=minute_ouverture points=3 competencies=C1.7.1 criteria=B1-16,B1-17
# « Bonjour. Je suis Inès Morel, community manager à l'agence Marée. Depuis mars 2026, Maison
# Ondine doit regagner la confiance de sa communauté, et elle ne la regagnera pas en répétant
# qu'elle est engagée : elle la regagnera en le montrant. C'est notre parti pris, "Preuves
# d'atelier", et la promesse que nous faisons à vos abonnés tient en une phrase : on vous montre
# comment c'est fait, et comment bien s'en servir. Pendant vingt minutes, je vais vous montrer
# comment la charte tient cette promesse sur chaque réseau : Instagram et TikTok pour faire
# découvrir et vendre, Facebook pour vos clients fidèles, LinkedIn pour vos revendeurs ; comment
# le calendrier du semestre et le processus de validation tiennent dans le temps de votre équipe ;
# et je vous demanderai, pour finir, trois décisions qui nous permettront de publier dès le
# 4 janvier. »
#
# Temps mesuré à voix haute : 58 secondes.
