# %% [markdown]
# # Bloc 3 · Notebook 1 — Le plan de communication social media
#
# **Situation.** « Petite Vague », le shampoing solide pour enfants de Maison Ondine, est en vente depuis
# le 6 avril 2027. Le brief du 10 mai 2027 (ci-dessous) vous confie le dispositif social media des six mois
# qui suivent, du mercredi 1er septembre 2027 au mardi 29 février 2028, avec 24 000 € HT tout compris.
# Sa première demande : **le plan de communication** — des objectifs SMART, le choix argumenté des
# plateformes à partir des usages de la cible, la matrice POEM (médias payés, possédés, gagnés) et les
# indicateurs (KPI) de chaque objectif et de chaque action, avec la statistique de la plateforme qui les
# donne.
#
# Léna Morvan vous transmet deux fichiers :
#
# - le **baromètre 2027 des usages des réseaux sociaux des parents de 30 à 44 ans** (panel en ligne de
#   1 204 parents, mars 2027) : part d'utilisateurs chaque semaine, temps quotidien, influence sur l'achat,
#   coût pour mille impressions (CPM) constaté pour une publicité ciblant ces parents ;
# - l'**export mensuel des statistiques de ses quatre comptes** (Instagram, Facebook, TikTok, LinkedIn),
#   de novembre 2026 à avril 2027 : abonnés, couverture, impressions, interactions, clics sur le lien,
#   publications de clients repérées avec le hashtag, messages de professionnels.
#
# **Ce que vous produisez.**
#
# 1. la matrice de choix des plateformes (`livrables/matrice_plateformes.png`) ;
# 2. les objectifs SMART du dispositif (`livrables/plan_objectifs.csv`) ;
# 3. la matrice POEM de ses leviers (`livrables/matrice_poem.png`) ;
# 4. le tableau des KPI de chaque action et de la statistique qui les donne (`livrables/kpi_actions.csv`) ;
# 5. la justification de votre stratégie pour le comité de Maison Ondine.

# %% [markdown]
# **Compétences évaluées.**
#
# - **C3.1.1** — Concevoir un plan de communication spécifique aux médias sociaux au regard de l'analyse
#   de la marque, de la concurrence, de la cible et son parcours type et en choisissant les médias sociaux
#   les plus pertinents.
# - **C3.2.3** — Piloter le dispositif de communication digitale en s'appuyant sur des matrices et
#   modèles marketing tels que la matrice POEM (Paid, Owned, Earned Media).
# - **C3.2.4** — Identifier les indicateurs clés de performance (KPI) des différentes actions à l'aide
#   des outils de statistique des plateformes des médias sociaux.
#
# **Barème.** 12 pts corrigés automatiquement (questions 1.1, 1.2, 2.1 et 2.2) et 4 pts corrigés par le
# formateur (question 3.1).
#
# **Durée estimée.** 2 h 30.
#
# **Comment travailler.** Écrivez votre code à la place des deux lignes `# VOTRE CODE ICI …` et
# `print("✏️ Réponse à compléter")`, puis exécutez la cellule de vérification qui suit : elle contrôle la
# forme de votre réponse (sans donner la solution). La note finale est calculée à partir des données
# réelles.

# %%
import textwrap
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from cmcert_lib.bloc3.brief import show_brief
from cmcert_lib.bloc3.datasets import load_account_stats, load_usages
from cmcert_lib.bloc3.plan import (
    ACTIONS,
    ALL_PLATFORMS,
    CRITERES,
    GOALS,
    INDICATEURS,
    KPI_SOURCES,
    KPIS,
    LEVIERS,
    SOURCES,
    TOP_K,
)
from cmcert_lib.facts import brand

Path("livrables").mkdir(exist_ok=True)
show_brief()

# %% [markdown]
# ## Exercice 1 — Choisir les plateformes et fixer les objectifs (C3.1.1)
#
# Le baromètre, une ligne par réseau (les pourcentages sont des parts des parents interrogés) :

# %%
usages = load_usages()
usages

# %% [markdown]
# ### Question 1.1 — La matrice de choix des plateformes
#
# Notez chaque réseau du baromètre sur quatre critères, pondérés comme l'agence l'a validé avec Léna
# Morvan (`CRITERES` : critère → colonne du baromètre, poids en %, `True` quand « plus, c'est mieux ») :
#
# | critère | colonne | poids |
# | --- | --- | --- |
# | audience | `Utilisateurs hebdomadaires (%)` | 35 % |
# | influence | `Influence sur l'achat (%)` | 35 % |
# | attention | `Temps quotidien (min)` | 15 % |
# | coût | `CPM moyen estimé (€)` | 15 % |
#
# 1. ramenez chaque critère sur 100 : **valeur / meilleure valeur × 100**, la meilleure valeur étant le
#    maximum de la colonne, sauf pour le coût où c'est le **minimum** (le moins cher a 100 :
#    `CPM minimum / CPM du réseau × 100`) ;
# 2. le score du réseau est la somme des notes pondérées : `Σ note × poids / 100` (sur 100).
#
# Réponse attendue : le dictionnaire `scores_plateformes` {réseau : score}, pour les huit réseaux du
# baromètre, **arrondi au dixième** (une Series indexée par réseau est aussi acceptée). Chaque réseau juste
# rapporte sa part. L'équipe (Léna à mi-temps et un·e indépendant·e) peut animer `TOP_K` = 4 réseaux : les
# quatre meilleurs scores seront retenus.

# %%
CRITERES

# %% solution id=scores_plateformes
### BEGIN SOLUTION
table = usages.set_index("Réseau")
scores = pd.Series(0.0, index=table.index)
for critere, (colonne, poids, plus_est_mieux) in CRITERES.items():
    valeurs = table[colonne]
    note = valeurs / valeurs.max() * 100 if plus_est_mieux else valeurs.min() / valeurs * 100
    scores += note * poids / 100
scores_plateformes = scores.round(1).to_dict()
### END SOLUTION
scores_plateformes

# %% tests id=scores_plateformes_tests points=3 competencies=C3.1.1
"""Le score pondéré de chaque réseau du baromètre."""
from cmcert_lib.checks import check, score
check("bloc3.plan_matrice", scores_plateformes)
### BEGIN HIDDEN TESTS
score("bloc3.plan_matrice", scores_plateformes, expected={'Instagram': 85.4, 'Facebook': 83.4, 'Pinterest': 69.8, 'TikTok': 66.8, 'YouTube': 65.5, 'Snapchat': 37.8, 'X': 27.8, 'LinkedIn': 25.5}, points=3)
### END HIDDEN TESTS

# %% [markdown]
# **Livrable.** Les réseaux classés par score, les quatre retenus en couleur, dans
# `livrables/matrice_plateformes.png`.

# %%
classement = pd.Series(scores_plateformes, dtype="float64").sort_values()
plateformes_retenues = list(classement.index[::-1][:TOP_K])
fig, ax = plt.subplots(figsize=(7, 3.6))
couleurs = [brand.PALETTE["Bleu marine"] if r in plateformes_retenues else "#C8C8C8" for r in classement.index]
ax.barh(classement.index, classement.values, color=couleurs)
ax.set_xlabel("score pondéré (sur 100)")
ax.set_title("Choix des plateformes : parents de 30 à 44 ans")
fig.tight_layout()
fig.savefig("livrables/matrice_plateformes.png", dpi=120)
print("Plateformes retenues :", ", ".join(plateformes_retenues))

# %% [markdown]
# ### Question 1.2 — Les objectifs SMART
#
# Les statistiques des comptes, une ligne par mois et par compte :

# %%
stats = load_account_stats()
stats.tail(8)

# %% [markdown]
# Fixez **un objectif par but du brief** (`GOALS`, cinq buts). Chaque objectif est un dictionnaire :
#
# | clé | contenu |
# | --- | --- |
# | `but` | un but de `GOALS` : `notoriété`, `communauté`, `ventes`, `revendeurs`, `réactivité` |
# | `indicateur` | un indicateur de `INDICATEURS` ; chacun mesure un but et se lit dans une colonne de l'export |
# | `plateforme` | le compte mesuré (`Instagram`, `Facebook`, `TikTok`, `LinkedIn`), ou `"toutes"` pour le délai de réponse |
# | `depart` | la valeur de départ : celle d'**avril 2027** (dernier mois de l'export) pour ce compte ; pour le délai de réponse, les 19 heures du brief |
# | `cible` | la valeur visée à l'échéance (un nombre) |
# | `echeance` | la date où la cible doit être atteinte, « AAAA-MM-JJ » |
#
# La correction vérifie ce qu'un code peut vérifier de chaque lettre :
#
# - **S**pécifique : l'indicateur et la plateforme sont de la liste et se mesurent dans l'export (un
#   compte où l'indicateur vaut 0 en avril ne donne pas de point de départ) ;
# - **M**esurable : la valeur de départ est celle des données, la cible est un nombre ;
# - **A**tteignable et ambitieux : la cible fait progresser l'indicateur d'**au moins 10 %**, et d'**au
#   plus deux fois la croissance observée** de novembre 2026 à avril 2027,
#   `croissance = (avril − novembre) / novembre` (une croissance inférieure à 10 % compte pour 10 %) ;
#   pour le délai de réponse, une cible **de 1 à 4 heures** (le brief) ;
# - **R**éaliste et pertinent : l'indicateur mesure bien le but annoncé (`INDICATEURS`) ;
# - **T**emporel : l'échéance tombe dans la période du dispositif (1er septembre 2027 – 29 février 2028).
#
# Réponse attendue : la liste `objectifs` de cinq dictionnaires (un tableau pandas avec ces colonnes est
# aussi accepté). Chaque but compte pour un cinquième des points, et votre meilleur objectif pour ce but
# en obtient une part selon les lettres respectées : M et A 30 % chacune (le travail sur les données),
# R et T 15 % chacune, S 10 %.

# %%
INDICATEURS

# %% solution id=objectifs
### BEGIN SOLUTION
def repere(indicateur, plateforme):
    colonne = INDICATEURS[indicateur][1]
    serie = stats[stats["Plateforme"] == plateforme].set_index("Mois")[colonne]
    depart, novembre = serie.iloc[-1], serie.iloc[0]
    croissance = max((depart - novembre) / novembre, 0.10)
    return int(depart), (round(depart * 1.10, 1), round(depart * (1 + 2 * croissance), 1))


choix = [
    ("notoriété", "abonnés", "Instagram", 0.5, "2028-02-29"),
    ("communauté", "publications de clients (UGC)", "Instagram", 0.3, "2028-01-31"),
    ("ventes", "clics vers la boutique", "Instagram", 0.25, "2027-12-17"),
    ("revendeurs", "messages de professionnels", "LinkedIn", 0.3, "2028-02-29"),
]
objectifs = []
for but, indicateur, plateforme, position, echeance in choix:
    depart, (bas, haut) = repere(indicateur, plateforme)
    objectifs.append({"but": but, "indicateur": indicateur, "plateforme": plateforme, "depart": depart,
                      "cible": round(bas + position * (haut - bas)), "echeance": echeance})
objectifs.append({"but": "réactivité", "indicateur": "délai moyen de réponse (h)", "plateforme": ALL_PLATFORMS,
                  "depart": 19, "cible": 4, "echeance": "2027-10-31"})
### END SOLUTION
pd.DataFrame(objectifs)

# %% tests id=objectifs_tests points=3 competencies=C3.1.1
"""Un objectif SMART par but du brief."""
from cmcert_lib.checks import check, score
check("bloc3.plan_objectifs", objectifs)
### BEGIN HIDDEN TESTS
score("bloc3.plan_objectifs", objectifs, expected={'bases': {'abonnés|Instagram': 18400, 'abonnés|Facebook': 9100, 'abonnés|TikTok': 6300, 'abonnés|LinkedIn': 1150, 'couverture mensuelle|Instagram': 58500, 'couverture mensuelle|Facebook': 24019, 'couverture mensuelle|TikTok': 46029, 'couverture mensuelle|LinkedIn': 4130, 'publications de clients (UGC)|Instagram': 51, 'publications de clients (UGC)|Facebook': 14, 'publications de clients (UGC)|TikTok': 21, 'clics vers la boutique|Instagram': 649, 'clics vers la boutique|Facebook': 307, 'clics vers la boutique|TikTok': 194, 'clics vers la boutique|LinkedIn': 39, 'messages de professionnels|Instagram': 2, 'messages de professionnels|Facebook': 5, 'messages de professionnels|LinkedIn': 8, 'délai moyen de réponse (h)|toutes': 19}, 'croissances': {'abonnés|Instagram': 0.4264, 'abonnés|Facebook': 0.0964, 'abonnés|TikTok': 1.1724, 'abonnés|LinkedIn': 0.1735, 'couverture mensuelle|Instagram': 1.4779, 'couverture mensuelle|Facebook': 1.1748, 'couverture mensuelle|TikTok': 2.6079, 'couverture mensuelle|LinkedIn': 0.9837, 'publications de clients (UGC)|Instagram': 2.9231, 'publications de clients (UGC)|Facebook': 2.5, 'publications de clients (UGC)|TikTok': 3.2, 'clics vers la boutique|Instagram': 1.4037, 'clics vers la boutique|Facebook': 1.0197, 'clics vers la boutique|TikTok': 2.5926, 'clics vers la boutique|LinkedIn': 1.1667, 'messages de professionnels|Instagram': 1.0, 'messages de professionnels|Facebook': 1.5, 'messages de professionnels|LinkedIn': 1.6667}}, points=3)
### END HIDDEN TESTS

# %% [markdown]
# **Livrable.** Les objectifs, avec la définition de leur indicateur, dans `livrables/plan_objectifs.csv`
# (séparateur point-virgule, il s'ouvre tel quel dans un tableur français).

# %%
plan_objectifs = pd.DataFrame(list(objectifs))
plan_objectifs.insert(1, "formulation du but (brief)", plan_objectifs["but"].map(GOALS))
plan_objectifs.to_csv("livrables/plan_objectifs.csv", sep=";", decimal=",", index=False, encoding="utf-8-sig")
plan_objectifs

# %% [markdown]
# ## Exercice 2 — Piloter : la matrice POEM et les KPI (C3.2.3, C3.2.4)
#
# ### Question 2.1 — La matrice POEM
#
# Le plan mobilise les quinze leviers de la liste `LEVIERS` (ci-dessous, sans leur catégorie). Classez
# chacun :
#
# - **paid** (payé) : la marque achète l'espace ou rémunère la diffusion ;
# - **owned** (possédé) : l'espace appartient à la marque, qui en contrôle le contenu ;
# - **earned** (gagné) : d'autres parlent de la marque, sans être payés pour le faire.
#
# Réponse attendue : le dictionnaire `matrice_poem` {levier : `"paid"`, `"owned"` ou `"earned"`}, les
# leviers écrits comme dans la liste (majuscules et accents ignorés). Chaque levier bien classé rapporte sa
# part.

# %%
sorted(LEVIERS)

# %% solution id=matrice_poem
### BEGIN SOLUTION
payes = ["publicité Meta ciblée parents", "Spark Ads TikTok", "épingles sponsorisées Pinterest",
         "partenariat rémunéré avec des influenceuses micro"]
possedes = ["compte Instagram", "page Facebook", "compte TikTok", "compte Pinterest", "newsletter",
            "blog du site"]
gagnes = ["avis clients", "UGC #PetiteVague", "articles obtenus par les relations presse",
          "recommandations dans les groupes Facebook de parents",
          "publications spontanées d'influenceuses après envoi de produits"]
matrice_poem = {**dict.fromkeys(payes, "paid"), **dict.fromkeys(possedes, "owned"),
                **dict.fromkeys(gagnes, "earned")}
### END SOLUTION
matrice_poem

# %% tests id=matrice_poem_tests points=3 competencies=C3.2.3
"""Les leviers du plan classés en médias payés, possédés et gagnés."""
from cmcert_lib.checks import check, score
check("bloc3.plan_poem", matrice_poem)
### BEGIN HIDDEN TESTS
score("bloc3.plan_poem", matrice_poem, expected={'publicité Meta ciblée parents': 'paid', 'Spark Ads TikTok': 'paid', 'épingles sponsorisées Pinterest': 'paid', 'partenariat rémunéré avec des influenceuses micro': 'paid', 'compte Instagram': 'owned', 'page Facebook': 'owned', 'compte TikTok': 'owned', 'compte Pinterest': 'owned', 'newsletter': 'owned', 'blog du site': 'owned', 'avis clients': 'earned', 'UGC #PetiteVague': 'earned', 'articles obtenus par les relations presse': 'earned', 'recommandations dans les groupes Facebook de parents': 'earned', "publications spontanées d'influenceuses après envoi de produits": 'earned'}, points=3)
### END HIDDEN TESTS

# %% [markdown]
# **Livrable.** La matrice, trois colonnes, dans `livrables/matrice_poem.png`.

# %%
categories = {"paid": ("Payés (paid)", "Bleu marine"), "owned": ("Possédés (owned)", "Goémon"),
              "earned": ("Gagnés (earned)", "Corail")}
colonnes = {c: [lev for lev, cat in dict(matrice_poem).items() if cat == c] for c in categories}
fig, ax = plt.subplots(figsize=(11, 4.6))
ax.axis("off")
for i, (code, (titre, couleur)) in enumerate(categories.items()):
    ax.add_patch(plt.Rectangle((i / 3 + 0.005, 0), 1 / 3 - 0.01, 1, color=brand.PALETTE[couleur], alpha=0.15))
    ax.text(i / 3 + 1 / 6, 0.93, titre, ha="center", fontsize=13, weight="bold", color=brand.PALETTE[couleur])
    lignes = [textwrap.fill(f"• {lev}", 40, subsequent_indent="   ") for lev in colonnes[code]]
    ax.text(i / 3 + 0.02, 0.84, "\n".join(lignes), va="top", fontsize=9, linespacing=1.5)
ax.set_title("Matrice POEM du dispositif Maison Ondine, septembre 2027 – février 2028")
fig.savefig("livrables/matrice_poem.png", dpi=120, bbox_inches="tight")

# %% [markdown]
# ### Question 2.2 — Les KPI de chaque action et la statistique qui les donne
#
# Pour chacune des huit actions du plan (`ACTIONS`), choisissez **le KPI qui mesure ce pour quoi l'action
# est faite** dans le catalogue `KPIS` (nom → définition et formule ; les formules sont celles de
# `cmcert_lib.domain.kpi`), et **la statistique de la plateforme** où vous le lirez, dans le catalogue
# `SOURCES` (code → outil > menu > indicateur).
#
# Réponse attendue : le tableau `kpi_actions` (un DataFrame, ou une liste de dictionnaires) avec les
# colonnes `action` (écrite comme dans `ACTIONS`), `kpi` (un nom de `KPIS`) et `source` (un code de
# `SOURCES`, ou son libellé complet). Une ligne par action suffit ; plusieurs sont permises, la meilleure
# compte. Par action : la moitié de sa part pour un KPI qui mesure son but, l'autre moitié pour une source
# qui donne vraiment ce KPI.

# %%
pd.DataFrame({"définition": {nom: definition for nom, (definition, _formule) in KPIS.items()}})

# %%
pd.Series(SOURCES, name="statistique de la plateforme")

# %%
list(ACTIONS)

# %% solution id=kpi_actions
### BEGIN SOLUTION
kpi_actions = pd.DataFrame([
    ("campagne Meta de notoriété auprès des parents 30-44 ans", "couverture", "meta_ads"),
    ("campagne Meta de ventes pour Noël (jusqu'au 17 décembre)", "ROAS", "meta_ads"),
    ("trois Reels par semaine sur Instagram", "taux d'engagement", "ig_pro"),
    ("concours photo #PetiteVague", "nombre de publications UGC", "mention"),
    ("ouverture du compte Pinterest (idées de salle de bains)", "enregistrements", "pinterest"),
    ("demande d'avis après chaque commande", "nombre d'avis clients", "avis"),
    ("prospection des revendeurs sur LinkedIn", "messages de professionnels", "linkedin_messages"),
    ("astreinte de modération en semaine", "délai moyen de réponse", "hootsuite_inbox"),
], columns=["action", "kpi", "source"])
### END SOLUTION
kpi_actions

# %% tests id=kpi_actions_tests points=3 competencies=C3.2.4
"""Le KPI de chaque action et la statistique de la plateforme qui le donne."""
from cmcert_lib.checks import check, score
check("bloc3.plan_kpi", kpi_actions)
### BEGIN HIDDEN TESTS
score("bloc3.plan_kpi", kpi_actions, expected={'actions': ['campagne Meta de notoriété auprès des parents 30-44 ans', "campagne Meta de ventes pour Noël (jusqu'au 17 décembre)", 'trois Reels par semaine sur Instagram', 'concours photo #PetiteVague', 'ouverture du compte Pinterest (idées de salle de bains)', "demande d'avis après chaque commande", 'prospection des revendeurs sur LinkedIn', 'astreinte de modération en semaine']}, points=3)
### END HIDDEN TESTS

# %% [markdown]
# **Livrable.** Le tableau de bord de suivi : chaque action, son KPI, sa définition et l'endroit où le
# lire, dans `livrables/kpi_actions.csv`.

# %%
tableau_kpi = pd.DataFrame(kpi_actions).copy()
tableau_kpi["définition"] = tableau_kpi["kpi"].map(lambda k: KPIS.get(k, ("?", None))[0])
tableau_kpi["statistique"] = tableau_kpi["source"].map(lambda s: SOURCES.get(s, s))
tableau_kpi["source reconnue pour ce KPI"] = [s in KPI_SOURCES.get(k, ()) for k, s in
                                              zip(tableau_kpi["kpi"], tableau_kpi["source"])]
tableau_kpi.to_csv("livrables/kpi_actions.csv", sep=";", index=False, encoding="utf-8-sig")
tableau_kpi

# %% [markdown]
# ## Exercice 3 — Justifier la stratégie (C3.1.1, C3.2.3, C3.2.4)
#
# ### Question 3.1 — Votre stratégie pour le comité
#
# En 20 à 30 lignes, présentez au comité de Maison Ondine :
#
# 1. la **stratégie** : le positionnement du dispositif, ses cibles (les parents de 30 à 44 ans, et les
#    revendeurs), et le **choix des plateformes** — ce que dit la matrice, ce que vous en faites (faut-il
#    garder LinkedIn, que sa note auprès des parents classe dernier ? ouvrir Pinterest ? que faire de
#    YouTube, cinquième de peu ?), avec les chiffres à l'appui ;
# 2. les **leviers** : comment les médias payés, possédés et gagnés s'enchaînent (ce que la publicité
#    amorce, ce que les comptes entretiennent, ce que la communauté relaie), et la répartition indicative
#    du budget de 24 000 € HT entre eux ;
# 3. le **pilotage** : pour deux objectifs, le KPI, l'outil qui le donne, le rythme de suivi (hebdomadaire,
#    mensuel) et le seuil qui déclencherait une correction.

# %% manual id=strategie_plan points=4 competencies=C3.1.1,C3.2.3,C3.2.4 criteria=B3-01,B3-02,B3-05
# **La stratégie.** Maison Ondine doit passer d'une notoriété bretonne à une notoriété nationale auprès
# des parents de 30 à 44 ans, et transformer l'élan du lancement en ventes (Noël) et en recommandations.
# La matrice classe **Instagram (85,4)** et **Facebook (83,4)** en tête : audience large (64 % et 71 %
# des parents chaque semaine) et la plus forte influence sur l'achat pour Instagram (42 %). **Pinterest
# (69,8)** arrive troisième grâce à son influence sur l'achat (39 %) et au CPM le plus bas (5,20 €) : il
# confirme la demande du brief d'y ouvrir un compte. **TikTok (66,8)** devance de peu **YouTube (65,5)** :
# nous gardons TikTok, où la marque a déjà 6 300 abonnés (+117 % en six mois) et où le temps passé est le
# plus long ; YouTube demanderait une production vidéo longue hors budget. **LinkedIn**, dernier pour les
# parents, reste un compte d'appoint : sa cible n'est pas les parents mais les revendeurs (8 messages de
# professionnels en avril), à raison d'une publication par semaine.
#
# **Les leviers.** Le payé amorce : campagnes Meta ciblées parents (notoriété en septembre-octobre,
# ventes en novembre-décembre jusqu'au 17 décembre), Spark Ads sur les meilleures vidéos TikTok, épingles
# sponsorisées au lancement de Pinterest, deux partenariats rémunérés avec des micro-influenceuses. Le
# possédé entretient : les quatre comptes et Pinterest au rythme validé, la newsletter et le blog, vers
# lesquels les contenus renvoient. Le gagné relaie : concours #PetiteVague, demande d'avis après commande,
# relations presse, présence attentive dans les groupes de parents (la rumeur sur l'huile de palme s'y
# traite par des faits). Répartition indicative : 45 % payé (10 800 €), 40 % possédé (production, outils,
# community manager : 9 600 €), 15 % gagné (envois de produits, concours, presse : 3 600 €).
#
# **Le pilotage.** Notoriété : abonnés Instagram, de 18 400 à 27 000 au 29 février 2028, suivis chaque
# semaine dans le tableau de bord professionnel ; si la croissance mensuelle passe sous 4 %, on réoriente
# le budget Meta vers la campagne d'abonnement. Réactivité : délai moyen de première réponse, de 19 h à 4 h
# ouvrées fin octobre, lu chaque semaine dans Hootsuite > Analytics > Inbox ; au-delà de 6 h deux semaines
# de suite, on élargit l'astreinte de l'indépendant·e.
