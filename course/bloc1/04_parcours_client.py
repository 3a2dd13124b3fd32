# %% [markdown]
# # Bloc 1 · Notebook 4 — Cartographier le parcours client type
#
# **Situation.** À l'issue de l'étude de cible, Maison Ondine a validé son persona principal :
# **Claire, 38 ans**, infirmière et mère de deux enfants, du segment « 30-44 ans | Prêt à
# essayer » (elle n'achète pas encore de cosmétiques solides mais aimerait essayer). La marque veut
# maintenant comprendre comment une personne comme Claire la découvre, hésite, achète, revient et en
# parle, et à quels moments ses contenus la rencontrent. C'est la base du futur dispositif
# éditorial.
#
# **Ce que vous produisez.**
#
# 1. les trois réseaux sociaux les plus utilisés par le segment de Claire, tirés de l'enquête ;
# 2. le tableau du parcours client type : cinq étapes, leurs points de contact, les canaux et les
#    contenus de la marque, l'émotion de Claire à chaque moment ;
# 3. la carte du parcours (image prête pour le cahier de préconisations) et son analyse.

# %% [markdown]
# **Compétence évaluée.**
#
# - **C1.4.1** — Cartographier le parcours type de la cible en mettant en exergue les différents
#   points de contact entre cette dernière et les contenus de la marque, à l'aide d'outils de
#   modélisation (type UX Pressia…).
#
# **Barème.** 6 pts corrigés automatiquement (questions 1.1 et 2.1) et 4 pts corrigés par le
# formateur (analyse du parcours).
#
# **Durée estimée.** 2 h.
#
# **Comment travailler.** Écrivez votre code à la place des deux lignes `# VOTRE CODE ICI …` et
# `print("✏️ Réponse à compléter")`, puis exécutez la cellule de vérification qui suit : elle
# contrôle la forme de votre réponse (sans donner la solution). La note finale est calculée à partir des données réelles.

# %%
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from cmcert_lib.bloc1.datasets import load_survey
from cmcert_lib.bloc1.journey import CHANNELS, STAGES, draw_journey, save_journey

Path("livrables").mkdir(exist_ok=True)
enquete = load_survey()
print(f"{len(enquete)} réponses à l'enquête cible")

# %% [markdown]
# ## Exercice 1 — Où trouver Claire ? (C1.4.1)
#
# ### Question 1.1 — Les trois réseaux du segment
#
# Le segment de Claire réunit les répondants **de 30 à 44 ans inclus** qui ont répondu
# « Non, mais j'aimerais essayer » à la question « Achetez-vous des cosmétiques solides ? ».
#
# Pour chacun des 8 réseaux du questionnaire (`Instagram`, `Facebook`, `TikTok`, `YouTube`,
# `Pinterest`, `LinkedIn`, `Snapchat`, `X`), calculez la part des répondants du segment qui l'ont
# coché dans « Quels réseaux sociaux utilisez-vous au moins une fois par semaine ? ». Classez les
# réseaux par part décroissante (à égalité, par ordre alphabétique) et gardez les trois premiers.
#
# Réponse attendue : la liste `top_reseaux` de 3 noms de réseaux écrits comme dans l'export, du
# plus utilisé au moins utilisé, par exemple `["TikTok", "YouTube", "X"]`. Un bon réseau à la
# mauvaise place rapporte la moitié de sa part.

# %% solution id=top_reseaux
### BEGIN SOLUTION
RESEAUX = ["Instagram", "Facebook", "TikTok", "YouTube", "Pinterest", "LinkedIn", "Snapchat", "X"]
segment = enquete[
    enquete["Âge"].between(30, 44)
    & (enquete["Achetez-vous des cosmétiques solides ?"] == "Non, mais j'aimerais essayer")
]
coches = segment["Quels réseaux sociaux utilisez-vous au moins une fois par semaine ?"].str.split(", ")
parts = pd.Series({reseau: coches.map(lambda liste, r=reseau: r in liste).mean() for reseau in RESEAUX})
classement = sorted(RESEAUX, key=lambda reseau: (-parts[reseau], reseau))
top_reseaux = classement[:3]
### END SOLUTION
top_reseaux

# %% tests id=top_reseaux_tests points=2 competencies=C1.4.1
"""Les trois réseaux les plus utilisés par le segment du persona, dans l'ordre."""
from cmcert_lib.checks import check, score
check("bloc1.parcours_top_reseaux", top_reseaux)
### BEGIN HIDDEN TESTS
score("bloc1.parcours_top_reseaux", top_reseaux, expected=['Facebook', 'Pinterest', 'Instagram'], points=2)
### END HIDDEN TESTS

# %% [markdown]
# ## Exercice 2 — Le parcours client type (C1.4.1)
#
# Le parcours suit les cinq étapes du modèle classique (notoriété → considération → conversion →
# fidélisation → recommandation) :

# %%
print("Étapes :", " → ".join(STAGES))
print("Canaux autorisés :", ", ".join(CHANNELS))

# %% [markdown]
# ### Question 2.1 — Le tableau du parcours
#
# Construisez le DataFrame `parcours`, **une ligne par point de contact**, avec les colonnes :
#
# | colonne | contenu |
# | --- | --- |
# | `Étape` | une des cinq étapes ci-dessus, écrite à l'identique |
# | `Point de contact` | ce que vit Claire à ce moment (« voit une épingle… », « lit les avis… ») |
# | `Canal` | où cela se passe, choisi dans la liste des canaux autorisés |
# | `Contenu de marque` | le contenu de Maison Ondine qu'elle rencontre là (texte vide `""` s'il n'y en a pas, par exemple le bouche-à-oreille) |
# | `Émotion` | ce que ressent Claire, entier de -2 (très négatif) à +2 (très positif) |
#
# Règles vérifiées :
#
# - les cinq étapes figurent, **dans l'ordre** (toutes les lignes d'une étape avant l'étape
#   suivante) ;
# - chaque étape compte **de 1 à 4** points de contact, chacun décrit ;
# - chaque canal est pris dans la liste autorisée, chaque émotion est un entier de -2 à +2 ;
# - chaque étape comporte **au moins un contenu de marque** ;
# - les trois réseaux de `top_reseaux` apparaissent chacun au moins une fois comme canal.
#
# Chaque point de contact et chaque contenu de marque décrit ce qui se passe : un texte d'attente
# (« à définir ») ou une même phrase recopiée d'une ligne à l'autre ne compte pas, et la note des
# règles est multipliée par la part des lignes décrites. La pertinence des points de contact et des
# contenus est évaluée par le formateur (question 2.2).

# %% solution id=parcours
### BEGIN SOLUTION
parcours = pd.DataFrame(
    [
        ("Découverte", "Voit une épingle « salle de bains zéro déchet » en cherchant des idées",
         "Pinterest", "Épingle guide « passer au solide en famille »", 1),
        ("Découverte", "Une amie partage une vidéo dans un groupe Facebook de parents",
         "Facebook", "Vidéo « 3 gestes pour une douche sans plastique »", 1),
        ("Considération", "Compare le coût d'un shampoing solide et d'un flacon",
         "Instagram", "Carrousel « combien de lavages dure un pain ? »", 0),
        ("Considération", "Lit les avis et ce que la marque dit du sachet plastique",
         "Site web", "Page « nos emballages : ce qui a changé depuis mars »", -1),
        ("Considération", "Pose une question sur les peaux sensibles des enfants",
         "Facebook", "Réponse personnalisée du community manager", 1),
        ("Achat", "Commande le coffret famille avec le code de bienvenue",
         "Site web", "Fiche produit avec composition détaillée et prix au lavage", 1),
        ("Achat", "Reçoit un colis sans plastique",
         "Colis", "Carte « premiers pas » : conserver et utiliser son savon", 2),
        ("Fidélisation", "Reçoit des conseils d'utilisation et un rappel de réachat",
         "Newsletter", "Newsletter mensuelle « rituels du mois »", 1),
        ("Fidélisation", "Enregistre des idées de routines pour toute la famille",
         "Pinterest", "Tableau « routines solides en famille »", 1),
        ("Recommandation", "Laisse un avis après sa deuxième commande",
         "Avis en ligne", "Relance après achat avec lien vers l'avis", 1),
        ("Recommandation", "Partage la photo de sa salle de bains avec #MaisonOndine",
         "Instagram", "Repost en story et remerciement", 2),
        ("Recommandation", "Conseille la marque à la sortie de l'école",
         "Bouche-à-oreille", "", 2),
    ],
    columns=["Étape", "Point de contact", "Canal", "Contenu de marque", "Émotion"],
)
### END SOLUTION
parcours

# %% tests id=parcours_tests points=4 competencies=C1.4.1
"""Le tableau du parcours : étapes dans l'ordre, canaux autorisés, contenus de marque, réseaux du persona."""
from cmcert_lib.checks import check, score
check("bloc1.parcours_table", parcours)
### BEGIN HIDDEN TESTS
score("bloc1.parcours_table", parcours, expected={'étapes': ['Découverte', 'Considération', 'Achat', 'Fidélisation', 'Recommandation'], 'réseaux_persona': ['Facebook', 'Pinterest', 'Instagram']}, points=4)
### END HIDDEN TESTS

# %% [markdown]
# **Livrable.** La carte du parcours client, à insérer dans le cahier de préconisations. La courbe
# du bas montre l'émotion moyenne de Claire à chaque étape : les creux sont les moments où la
# marque doit rassurer.

# %%
carte = draw_journey(parcours, title="Parcours client type — Claire, 38 ans (30-44 ans, prête à essayer)")
save_journey(carte, "livrables/parcours_client.png")
carte

# %% [markdown]
# ### Question 2.2 — Lire le parcours
#
# En 10 à 15 lignes, expliquez au client ce que montre votre carte : comment Claire passe d'une
# étape à l'autre, les points de contact décisifs, les moments de doute (émotion basse) et ce que
# la marque doit y faire, et pourquoi ces canaux (appuyez-vous sur la question 1.1 et sur l'étude de
# cible).

# %% manual id=lecture_parcours points=4 competencies=C1.4.1 criteria=B1-09
# **Le chemin de Claire.** Claire ne cherche pas Maison Ondine : elle cherche des idées pour une
# salle de bains sans plastique. La marque doit donc être là où elle cherche, sur Pinterest (53 %
# de son segment) et dans les groupes Facebook de parents (Facebook : 87 % du segment), avec des
# contenus utiles plutôt que publicitaires : un guide « passer au solide en famille », une vidéo
# courte de trois gestes.
#
# **Le moment décisif est la considération.** C'est là que l'émotion baisse : Claire compare les prix
# (le prix est le premier critère de 47 % de son segment) et tombe sur le bad buzz du sachet doublé
# de plastique. Deux contenus y répondent : un carrousel Instagram qui ramène le prix au lavage, et
# une page du site qui explique honnêtement ce qui a changé dans les emballages. La réponse rapide
# du community manager à sa question sur les peaux sensibles fait remonter la confiance.
#
# **L'achat et l'après-achat** doivent confirmer la promesse : fiche produit avec composition et prix
# au lavage, colis sans plastique, carte « premiers pas » qui répond au frein « comment conserver mon
# savon ? ». La newsletter et un tableau Pinterest de routines familiales entretiennent l'habitude et
# déclenchent le réachat.
#
# **La recommandation** est le vrai objectif : 58 % du segment ne connaît pas la marque, et Claire
# fait confiance aux « avis de vraies clientes ». On sollicite un avis après la deuxième commande, on
# valorise ses photos (repost) et on facilite le bouche-à-oreille, qui n'a pas de contenu de marque
# mais que tout le reste prépare.
#
# **À anticiper.** Les interactions se concentrent le soir (30 min à 1 h par jour) : modération et
# réponses doivent suivre ce rythme. TikTok (18 % du segment) n'apparaît pas dans ce parcours : il
# servira la cible secondaire des 18-29 ans.
