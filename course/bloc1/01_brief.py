# %% [markdown]
# # Bloc 1 · Notebook 1 — Lire et analyser le brief de Maison Ondine
#
# **La situation.** Vous êtes community manager dans une agence de Rennes. Le 16 novembre 2026,
# Gaëlle Le Floc'h, cofondatrice de **Maison Ondine** (cosmétiques solides et naturels,
# fabriqués à Saint-Malo), vous envoie son brief : depuis le bad buzz de mars 2026 sur le
# sachet doublé de plastique de son shampoing « zéro déchet », la marque a perdu la confiance
# d'une partie de sa communauté, publie de façon irrégulière et voit ses ventes en ligne
# reculer. Elle attend un cahier de préconisations pour le premier semestre 2027.
#
# Avant toute analyse, vous devez prouver que vous avez compris la demande : la reformuler,
# poser la problématique, situer le contexte, traduire des attentes encore vagues en objectifs
# chiffrés et vérifier le budget.

# %% [markdown]
# **Ce que vous produisez dans ce notebook**
#
# 1. une reformulation du brief et de la problématique (corrigée par le formateur) ;
# 2. le contexte du projet, ses opportunités et ses contraintes (corrigé par le formateur) ;
# 3. des objectifs SMART sous forme de données (corrigés automatiquement) ;
# 4. le budget ventilé HT / TVA / TTC et par poste (corrigé automatiquement) ;
# 5. le livrable : une **fiche de cadrage** d'une page, `livrables/fiche_cadrage.md`, à joindre
#    à votre cahier de préconisations.
#
# **Compétence évaluée**
#
# - **C1.1.1** — Analyser les besoins d'un client, en s'appuyant sur la lecture du brief et des
#   documents fournis par le client afin de déterminer la problématique à résoudre et les
#   objectifs d'un projet.
#
# **Durée indicative :** 1 h 30 (30 min de lecture et de reformulation, 40 min d'objectifs,
# 20 min de budget et de fiche de cadrage).

# %% [markdown]
# ## Le brief de la cliente
#
# Lisez-le en entier, crayon en main : repérez ce qui relève des faits (chiffres, dates,
# ressources), des attentes (souvent floues) et des contraintes (juridiques, humaines,
# budgétaires).

# %%
from cmcert_lib.bloc1.brief import show_brief

show_brief()

# %% [markdown]
# ## Exercice 1 — Reformuler le brief et poser la problématique (C1.1.1)
#
# Rédigez, en 10 à 15 lignes, ce que vous renverriez à Gaëlle Le Floc'h pour vérifier que vous
# avez compris sa demande :
#
# - la situation de la marque en deux ou trois phrases, chiffres à l'appui ;
# - **la problématique**, sous forme d'une question unique qui relie le problème de la cliente,
#   ses cibles et ses moyens ;
# - les enjeux pour la cliente (image, communauté, ventes) et ce qu'elle attend de vous
#   (livrables, échéances).
#
# Évitez de recopier le brief : une bonne reformulation est plus courte et hiérarchise.

# %% manual id=reformulation points=3 competencies=C1.1.1 criteria=B1-01
# **Situation.** Maison Ondine, savonnerie malouine de cosmétiques solides (14 salariés,
# 2,1 M€ de chiffre d'affaires en 2025, dont 38 % en ligne), sort fragilisée du bad buzz de mars
# 2026 : une influenceuse a montré que son shampoing vendu « zéro déchet » était expédié dans un
# sachet doublé de plastique, et la marque a répondu tard (quatre jours) et sur la défensive.
# Depuis, le sentiment net des mentions est passé de +35 % à −18 %, l'engagement Instagram de
# 3,4 % à 2,1 % et les ventes en ligne ont reculé de 15 % au deuxième trimestre. L'emballage a
# été corrigé en juin 2026, mais la marque ne l'a presque pas dit ; elle publie de façon
# irrégulière, sans ligne éditoriale, les mêmes visuels partout, alors que ses concurrents
# misent sur la vidéo courte.
#
# **Problématique.** Comment Maison Ondine peut-elle regagner la confiance de sa communauté en
# parlant de ses engagements avec preuves et transparence, tout en faisant d'Instagram et de
# TikTok un moteur de ventes auprès des 25-40 ans et des jeunes parents (lancement de « Petite
# Vague » en avril 2027), avec une équipe réduite et 18 000 € HT sur six mois ?
#
# **Enjeux.** Image : sortir durablement de la polémique sans la raviver. Communauté : la faire
# grandir et la faire participer, surtout sur TikTok, aujourd'hui délaissé. Ventes : ramener
# du trafic qualifié vers la boutique en ligne et réussir le lancement de « Petite Vague ».
#
# **Ce qui est attendu de nous.** Un cahier de préconisations (analyse et concurrence, cibles,
# charte éditoriale, calendrier, workflow, objectifs chiffrés) remis le 11 décembre 2026,
# présenté à Saint-Malo le 17 décembre, pour une mise en œuvre du 4 janvier au 30 juin 2027,
# avec un bilan fin mars.

# %% [markdown]
# ## Exercice 2 — Contexte, opportunités et contraintes (C1.1.1)
#
# Décrivez précisément le contexte du projet en trois parties :
#
# - **Contexte** : la marque, son offre, ses canaux de vente, sa présence sociale, son marché
#   et ses concurrents ;
# - **Opportunités** : ce sur quoi la stratégie peut s'appuyer ;
# - **Contraintes** : juridiques (allégations cosmétiques et environnementales, influence
#   commerciale, données personnelles, accessibilité), humaines, budgétaires et de calendrier.
#
# Pour chaque contrainte, dites en une phrase ce qu'elle change concrètement pour votre
# future charte éditoriale.

# %% manual id=contexte points=3 competencies=C1.1.1 criteria=B1-02
# **Contexte.** Marque artisanale fondée en 2016 à Saint-Malo par Gaëlle et Morgane Le Floc'h ;
# 42 références de cosmétiques solides saponifiés à froid (shampoings, savons, soins, déodorants,
# accessoires) vendues de 6 à 18 € TTC ; 2,1 M€ de chiffre d'affaires en 2025 : 38 % en ligne,
# 47 % chez environ 120 revendeurs, 15 % à la boutique-atelier de l'intra-muros (forte
# saisonnalité estivale). Présence sociale : Instagram (12 400 abonnés, engagement 2,1 %),
# TikTok (3 100 abonnés, peu alimenté), Facebook (clientèle historique, plus âgée), LinkedIn
# (recrutement, revendeurs). Marché des cosmétiques solides disputé par quatre concurrents
# actifs (Savonnerie du Phare, Pure Galet, Les Solides d'Aimée, Cosmo Vrac), plus présents
# en vidéo courte. Situation dégradée depuis mars 2026 : sentiment net −18 %, ventes en ligne
# −15 % au deuxième trimestre.
#
# **Opportunités.**
# - Une correction réelle à raconter : le sachet kraft compostable depuis juin 2026, preuve
#   concrète d'écoute, à condition de la documenter.
# - Un savoir-faire et un ancrage local (atelier, algues de la côte d'Émeraude, miel du pays de
#   Rance) propices aux coulisses et à la vidéo courte.
# - Le lancement de « Petite Vague » en avril 2027 : un temps fort pour toucher les parents.
# - TikTok sous-exploité, où se trouve la cible 25-40 ans ; une boutique-atelier qui peut
#   accueillir tournages, ateliers et rencontres avec la communauté.
#
# **Contraintes et leurs effets sur la charte.**
# - Allégations cosmétiques (règlement CE 1223/2009, critères communs du règlement UE
#   655/2013) : aucune promesse thérapeutique, des bénéfices prouvés ; la charte fixera une
#   liste de formulations autorisées et interdites.
# - Allégations environnementales (loi AGEC, directive UE 2024/825) : plus de « zéro déchet »
#   ni de « respectueux de l'environnement » génériques ; chaque engagement sera chiffré et
#   sourcé (matière du sachet, part d'ingrédients bretons…).
# - Influence commerciale (loi du 9 juin 2023) : contrat écrit, mention « Publicité » ou
#   « Collaboration commerciale » visible, « Image retouchée » si besoin ; à prévoir dans le
#   brief remis aux créateurs.
# - RGPD et accessibilité : règlement et consentement pour tout jeu-concours, textes
#   alternatifs et sous-titres systématiques dans les gabarits de publication.
# - Ressources : Léna Morvan à mi-temps sur les réseaux, validation des sujets sensibles par
#   Gaëlle, pas de vidéaste interne, deux journées de tournage par trimestre : un rythme
#   tenable (environ 8 à 9 publications par semaine toutes plateformes) et des contenus
#   produits par lots.
# - Budget de 18 000 € HT sur six mois, dont 900 € d'outils ; calendrier serré : remise le
#   11 décembre 2026, démarrage le 4 janvier 2027, bilan fin mars.

# %% [markdown]
# ## Exercice 3 — Des attentes aux objectifs SMART (C1.1.1)
#
# La cliente exprime trois attentes (section 5 du brief), encore vagues. Traduisez-les en
# **au moins trois objectifs SMART** qui, ensemble, couvrent les trois attentes :
#
# - **S**pécifique : une phrase complète, propre à chaque objectif, qui dit ce qui est visé,
#   auprès de qui, sur quelle plateforme ou par quel moyen (une formule de remplissage comme
#   « Objectif à définir » ou la même phrase pour plusieurs objectifs ne sont pas spécifiques) ;
# - **M**esurable : un indicateur choisi **dans le tableau ci-dessous**, avec son unité ;
# - **A**tteignable : une cible qui progresse nettement par rapport à la situation de départ du
#   brief (quelques abonnés de plus ne font pas un objectif), sans promettre l'impossible en
#   six mois ;
# - **R**éaliste et pertinent : chaque objectif sert une attente du brief ;
# - **T**emporellement défini : une échéance comprise dans la période du projet, du 4 janvier
#   au 30 juin 2027.
#
# Écrivez `objectifs_smart`, une **liste de dictionnaires**, un par objectif, avec les clés :
#
# | clé | contenu | exemple |
# | --- | --- | --- |
# | `"objectif"` | la phrase de l'objectif | `"Faire passer la communauté Instagram de 12 400 à 14 000 abonnés grâce aux Reels de l'atelier"` |
# | `"indicateur"` | le nom exact d'un indicateur du tableau | `"Abonnés Instagram"` |
# | `"cible"` | la **valeur visée** de l'indicateur à l'échéance (un niveau, pas une hausse) | `14000` |
# | `"unite"` | l'unité de l'indicateur, comme dans le tableau | `"abonnés"` |
# | `"echeance"` | la date au format ISO `"AAAA-MM-JJ"` | `"2027-06-30"` |
#
# L'exemple n'est pas une réponse à recopier : à vous de choisir vos indicateurs et vos cibles.

# %%
from cmcert_lib.bloc1.brief import indicator_table

indicator_table().style.hide(axis="index")

# %% solution id=objectifs_smart
### BEGIN SOLUTION
objectifs_smart = [
    {
        "objectif": "Ramener le sentiment net des mentions de Maison Ondine en territoire positif "
                    "en publiant chaque mois les preuves de nos engagements sur l'emballage",
        "indicateur": "Sentiment net des mentions",
        "cible": 15,
        "unite": "%",
        "echeance": "2027-06-30",
    },
    {
        "objectif": "Faire grandir la communauté TikTok auprès des 25-40 ans grâce à deux vidéos "
                    "courtes par semaine tournées à l'atelier",
        "indicateur": "Abonnés TikTok",
        "cible": 6000,
        "unite": "abonnés",
        "echeance": "2027-06-30",
    },
    {
        "objectif": "Relever l'engagement moyen des publications Instagram avec des carrousels de "
                    "conseils et des Reels qui invitent la communauté à répondre",
        "indicateur": "Taux d'engagement moyen Instagram",
        "cible": 3.0,
        "unite": "%",
        "echeance": "2027-03-31",
    },
    {
        "objectif": "Augmenter les commandes en ligne venues des réseaux sociaux en accompagnant "
                    "le lancement de Petite Vague auprès des jeunes parents",
        "indicateur": "Commandes issues des réseaux sociaux",
        "cible": 240,
        "unite": "commandes par mois",
        "echeance": "2027-06-30",
    },
]
### END SOLUTION

# %% tests id=objectifs_smart_tests points=4 competencies=C1.1.1
"""Objectifs SMART : indicateurs de la liste, cibles chiffrées, unités, échéances dans la période."""
from cmcert_lib.checks import check, score

check("bloc1.brief_smart", objectifs_smart)
### BEGIN HIDDEN TESTS
score(
    "bloc1.brief_smart",
    objectifs_smart,
    expected={
        "debut": "2027-01-04",
        "fin": "2027-06-30",
        "min_objectifs": 3,
        "mots_min": 8,
        # "min" is the brief's starting point (October 2026); a target is attainable from
        # "progression_min" (a meaningful progress in six months: one follower more is no
        # objective) up to "max" (what six months allow). The thresholds:
        # - Instagram: back to the pre-crisis level the brief gives (12 900 at the end of
        #   February 2026), about +4 %;
        # - TikTok, sessions, orders, conversion: +10 % over the starting point;
        # - engagement: +0.3 point (+14 %), still far from 2025's 3.4 %;
        # - net sentiment: back to at least neutral (0), +18 points.
        "indicateurs": {
            "Abonnés Instagram": {"unite": "abonnés", "attente": "communauté", "min": 12400, "progression_min": 12900, "max": 18600},
            "Abonnés TikTok": {"unite": "abonnés", "attente": "communauté", "min": 3100, "progression_min": 3410, "max": 9300},
            "Taux d'engagement moyen Instagram": {"unite": "%", "attente": "communauté", "min": 2.1, "progression_min": 2.4, "max": 4.5},
            "Sentiment net des mentions": {"unite": "%", "attente": "confiance", "min": -18, "progression_min": 0, "max": 50},
            "Sessions du site issues des réseaux sociaux": {"unite": "sessions par mois", "attente": "ventes", "min": 9800, "progression_min": 10780, "max": 19600},
            "Commandes issues des réseaux sociaux": {"unite": "commandes par mois", "attente": "ventes", "min": 150, "progression_min": 165, "max": 300},
            "Taux de conversion des sessions issues des réseaux sociaux": {"unite": "%", "attente": "ventes", "min": 1.5, "progression_min": 1.65, "max": 3.0},
        },
    },
    points=4,
)
### END HIDDEN TESTS

# %% [markdown]
# Vos objectifs, en tableau : c'est celui que vous reprendrez dans le cahier de préconisations
# et dans la fiche de cadrage.

# %%
import pandas as pd

pd.DataFrame(objectifs_smart)

# %% [markdown]
# ## Exercice 4 — Le budget : HT, TVA, TTC et répartition par poste (C1.1.1)
#
# La section 7 du brief donne le budget et sa règle de répartition. Calculez :
#
# - `"total_ht"` : le budget total hors taxes ;
# - `"tva"` : la TVA à 20 % sur ce total ;
# - `"total_ttc"` : le total toutes taxes comprises ;
# - `"postes_ht"` : un dictionnaire `{poste: montant HT}` avec exactement les quatre postes du
#   brief : `"Outils"`, `"Production de contenus"`, `"Publicité sociale"`,
#   `"Partenariats créateurs"`.
#
# Les montants sont en euros, sous forme de nombres (`7500`, pas `"7 500 €"`). Lisez bien la
# règle : les pourcentages ne portent pas sur tout le budget.

# %% solution id=budget
### BEGIN SOLUTION
total_ht = 18_000
outils = 150 * 6  # six mois d'abonnements
reste = total_ht - outils
tva = round(total_ht * 0.20, 2)
budget = {
    "total_ht": total_ht,
    "tva": tva,
    "total_ttc": total_ht + tva,
    "postes_ht": {
        "Outils": outils,
        "Production de contenus": round(reste * 0.45, 2),
        "Publicité sociale": round(reste * 0.35, 2),
        "Partenariats créateurs": round(reste * 0.20, 2),
    },
}
### END SOLUTION

# %% tests id=budget_tests points=3 competencies=C1.1.1
"""Budget : total HT, TVA à 20 %, total TTC et montants HT des quatre postes du brief."""
from cmcert_lib.checks import check, score

check("bloc1.brief_budget", budget)
### BEGIN HIDDEN TESTS
score(
    "bloc1.brief_budget",
    budget,
    expected={
        "total_ht": 18000,
        "tva": 3600.0,
        "total_ttc": 21600.0,
        "postes_ht": {
            "Outils": 900,
            "Production de contenus": 7695.0,
            "Publicité sociale": 5985.0,
            "Partenariats créateurs": 3420.0,
        },
    },
    points=3,
)
### END HIDDEN TESTS

# %% [markdown]
# Le tableau et le graphique ci-dessous sont ceux que la cliente lira : chaque poste en HT, sa
# TVA et son coût TTC, puis la répartition en image (`livrables/budget_postes.png`).

# %%
from pathlib import Path

import matplotlib.pyplot as plt
from IPython.display import display

from cmcert_lib.bloc1.brief import euros, number_fr

Path("livrables").mkdir(exist_ok=True)
postes = pd.Series(budget["postes_ht"], dtype=float).sort_values()
tableau_budget = pd.DataFrame({"Montant HT": postes, "TVA (20 %)": postes * 0.20})
tableau_budget["Montant TTC"] = tableau_budget["Montant HT"] + tableau_budget["TVA (20 %)"]
tableau_budget.loc["Total"] = tableau_budget.sum()
display(tableau_budget.map(euros))

fig, ax = plt.subplots(figsize=(8, 3.6))
ax.barh(postes.index, postes.values, color="#2a7f8e")
for rang, montant in enumerate(postes.values):
    ax.text(montant, rang, "  " + euros(montant) + " HT", va="center")
ax.set_xlim(0, postes.max() * 1.35)
ax.xaxis.set_major_formatter(lambda valeur, _: number_fr(valeur))
ax.set_xlabel("Montant hors taxes (€)")
ax.set_title("Maison Ondine — budget médias sociaux, janvier à juin 2027")
ax.spines[["top", "right"]].set_visible(False)
fig.tight_layout()
fig.savefig("livrables/budget_postes.png", dpi=150)
plt.show()

# %% [markdown]
# ## Livrable — La fiche de cadrage
#
# Résumez votre problématique en une phrase et listez les contraintes qui pèseront le plus sur
# vos préconisations (une phrase chacune). La cellule suivante assemble la fiche de cadrage à
# partir de vos réponses et l'enregistre dans `livrables/fiche_cadrage.md` ; relisez-la comme
# la cliente la lira.

# %% solution id=synthese
### BEGIN SOLUTION
problematique = (
    "Comment Maison Ondine peut-elle regagner la confiance de sa communauté en parlant de ses "
    "engagements avec preuves et transparence, tout en faisant d'Instagram et de TikTok un "
    "moteur de ventes auprès des 25-40 ans et des jeunes parents, avec une équipe réduite et "
    "18 000 € HT sur six mois ?"
)
contraintes = [
    "Allégations cosmétiques et environnementales prouvées : plus de « zéro déchet » générique.",
    "Partenariats créateurs conformes à la loi du 9 juin 2023 (mention « Publicité »).",
    "Une chargée de communication à mi-temps et deux journées de tournage par trimestre.",
    "Textes alternatifs et sous-titres sur tous les visuels et vidéos ; RGPD pour les jeux.",
    "Lancement de « Petite Vague » en avril 2027 et bilan intermédiaire fin mars.",
]
### END SOLUTION

# %%
from IPython.display import Markdown

from cmcert_lib.bloc1.brief import framing_sheet

fiche = framing_sheet(problematique, contraintes, objectifs_smart, budget)
Path("livrables/fiche_cadrage.md").write_text(fiche, encoding="utf-8")
display(Markdown(fiche))
