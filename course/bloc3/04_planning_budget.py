# %% [markdown]
# # Bloc 3 · Notebook 4 — Le planning de production et le budget
#
# **Situation.** Le comité de Maison Ondine a validé votre dispositif le jeudi 1er juillet 2027. Il reste
# deux mois pour tout préparer : le dispositif démarre le **mercredi 1er septembre 2027** et court jusqu'au
# mardi 29 février 2028. Le point 5 du brief vous demande **le planning de production** (tâches, durées,
# dépendances, chemin critique) et **le budget détaillé**, poste par poste et mois par mois, HT, TVA et TTC,
# dans un fichier Excel que Léna Morvan et Gaëlle Le Floc'h, qui valide le budget, pourront suivre.
#
# Vous disposez de l'export de la liste des tâches de préparation saisie dans Instagantt (durées en jours
# ouvrés, prédécesseurs) et des devis et tarifs des prestataires. Les contraintes du brief : **24 000 € HT
# pour les six mois, tout compris** (achat d'espace, production, outils, prestations), TVA à 20 %, pas de
# Black Friday, commandes de Noël jusqu'au vendredi 17 décembre 2027.
#
# **Ce que vous produisez.**
#
# 1. le planning au plus tôt de la préparation, calculé à partir des dépendances (question 1.1), son chemin
#    critique et sa date de fin (question 1.2), et le diagramme de Gantt (`livrables/gantt.png`) ;
# 2. le budget du dispositif, ligne à ligne (question 2.1), exporté dans un classeur Excel dont les montants
#    sont des formules (`livrables/budget_dispositif.xlsx`) ;
# 3. la note qui justifie au client la chronologie et les choix du budget (question 2.2).

# %% [markdown]
# **Compétences évaluées.**
#
# - **C3.3.1** — Élaborer un planning de production et d'accompagnement à l'aide d'outils tels que (Trello,
#   Instagantt…) afin d'avoir une visibilité précise et exhaustive des délais de réalisation du projet.
# - **C3.3.2** — Faire une estimation financière de l'ensemble des postes de dépenses et des investissements
#   à prévoir afin d'avoir un budget précis et exhaustif à l'aide d'outils de comptabilité et de
#   facturation tels que (Excel, Sage).
#
# **Barème.** 11 pts corrigés automatiquement (questions 1.1, 1.2 et 2.1) et 5 pts corrigés par le
# formateur (question 2.2).
#
# **Durée estimée.** 3 heures.
#
# **Comment travailler.** Écrivez votre code à la place des deux lignes `# VOTRE CODE ICI …` et
# `print("✏️ Réponse à compléter")`, puis exécutez la cellule de vérification qui suit : elle contrôle la
# forme de votre réponse (sans donner la solution). La note finale est calculée à partir des données
# réelles.

# %%
from pathlib import Path

import pandas as pd

from cmcert_lib.bloc3.brief import BUDGET_EUR_HT
from cmcert_lib.bloc3.datasets import load_quotes, load_tasks
from cmcert_lib.bloc3.planning import (
    CATEGORIES,
    MONTHS,
    PROJECT_START,
    PROVISION_LABEL,
    PROVISION_RATE,
    draw_gantt,
    export_budget,
    is_working_day,
    predecessors,
    topological_order,
    working_days,
)
from cmcert_lib.facts.french import VAT_RATE
from cmcert_lib.facts.public_holidays import public_holidays

Path("livrables").mkdir(exist_ok=True)
taches = load_tasks()
devis = load_quotes()
print(f"{len(taches)} tâches de préparation, {len(devis)} postes chiffrés par les prestataires.")
taches

# %% [markdown]
# ## Exercice 1 — Le planning de production (C3.3.1)
#
# La préparation commence le **lundi 5 juillet 2027** (`PROJECT_START`). On ne travaille que les jours
# ouvrés : du lundi au vendredi, hors jours fériés. Les jours fériés de l'année sont calculés par
# `public_holidays(2027)` (Code du travail, article L3133-1) :

# %%
pd.Series(public_holidays(2027), name="jour férié")

# %% [markdown]
# Quelques outils pour vous éviter de recoder le calendrier :
#
# - `is_working_day(jour)` dit si un jour est ouvré ;
# - `working_days(debut, n)` donne la liste des `n` premiers jours ouvrés à partir de `debut` (compris
#   s'il est ouvré) : `working_days(PROJECT_START, 60)[k]` est le (k+1)-ième jour ouvré du projet ;
# - `predecessors("T03, T05")` donne `["T03", "T05"]` (et `[]` pour une cellule vide) ;
# - `topological_order({tâche: [prédécesseurs]})` range les tâches pour que chacune vienne après ses
#   prédécesseurs (l'export les range par couloir, pas dans cet ordre).

# %%
print(working_days(PROJECT_START, 10))
print(predecessors("T03, T05"), is_working_day(pd.Timestamp("2027-07-14").date()))

# %% [markdown]
# ### Question 1.1 — Le planning au plus tôt
#
# Calculez, par un **passage avant** sur les dépendances, la date de début et la date de fin au plus tôt
# de chacune des 20 tâches :
#
# - une tâche sans prédécesseur commence le premier jour du projet ;
# - une tâche commence le **jour ouvré qui suit** la fin du dernier de ses prédécesseurs ;
# - une tâche de *n* jours ouvrés **finit sur son n-ième jour ouvré**, le jour du début compris (une tâche
#   d'un jour commence et finit le même jour).
#
# Réponse attendue : `planning`, un DataFrame d'une ligne par tâche aux colonnes `ID`, `Début` et `Fin`
# (des dates, `datetime.date` ou `Timestamp`, ou des textes « AAAA-MM-JJ »). Chaque tâche rapporte sa part
# des points : la moitié pour le début, la moitié pour la fin.

# %% solution id=planning
### BEGIN SOLUTION
jours = working_days(PROJECT_START, 120)
avant = {tache: predecessors(liste) for tache, liste in zip(taches["ID"], taches["Prédécesseurs"])}
duree = dict(zip(taches["ID"], taches["Durée (jours ouvrés)"]))
ordre = topological_order(avant)
debut_j, fin_j = {}, {}  # rangs des jours ouvrés : la tâche occupe les jours debut_j à fin_j - 1
for tache in ordre:
    debut_j[tache] = max((fin_j[p] for p in avant[tache]), default=0)
    fin_j[tache] = debut_j[tache] + duree[tache]
planning = pd.DataFrame({"ID": ordre,
                         "Début": [jours[debut_j[t]] for t in ordre],
                         "Fin": [jours[fin_j[t] - 1] for t in ordre]})
### END SOLUTION
planning

# %% tests id=planning_tests points=4 competencies=C3.3.1
"""Le planning au plus tôt : début et fin de chaque tâche, en jours ouvrés."""
from cmcert_lib.checks import check, score
check("bloc3.planning_dates", planning)
### BEGIN HIDDEN TESTS
score("bloc3.planning_dates", planning, expected={'T01': ['2027-07-05', '2027-07-05'], 'T02': ['2027-07-06', '2027-07-16'], 'T03': ['2027-07-06', '2027-07-07'], 'T04': ['2027-07-06', '2027-07-08'], 'T05': ['2027-07-09', '2027-07-12'], 'T06': ['2027-07-06', '2027-07-12'], 'T07': ['2027-07-13', '2027-07-16'], 'T08': ['2027-07-19', '2027-07-19'], 'T09': ['2027-07-06', '2027-07-12'], 'T10': ['2027-07-13', '2027-07-16'], 'T11': ['2027-07-19', '2027-07-22'], 'T12': ['2027-07-23', '2027-07-23'], 'T13': ['2027-07-26', '2027-07-30'], 'T14': ['2027-08-02', '2027-08-13'], 'T15': ['2027-07-19', '2027-07-23'], 'T16': ['2027-08-16', '2027-08-17'], 'T17': ['2027-08-18', '2027-08-19'], 'T18': ['2027-07-19', '2027-07-21'], 'T19': ['2027-07-22', '2027-07-23'], 'T20': ['2027-08-20', '2027-08-20']}, points=4)
### END HIDDEN TESTS

# %% [markdown]
# ### Question 1.2 — Le chemin critique et la fin du projet
#
# Le **chemin critique** est la suite des tâches sans marge : un jour de retard sur l'une d'elles retarde
# la fin du projet. Pour le trouver, faites un **passage arrière** : partez de la fin du projet (la plus
# tardive des fins au plus tôt) et calculez la fin au plus tard de chaque tâche (la plus petite des dates
# de début au plus tard de ses successeurs, moins un jour ouvré ; la fin du projet pour une tâche sans
# successeur). Une tâche est critique quand sa fin au plus tard est égale à sa fin au plus tôt.
#
# Réponse attendue : `resultat`, un dictionnaire à deux clés :
#
# - `"chemin_critique"` : la liste des identifiants des tâches critiques, de la première à la dernière,
#   par exemple `["T01", "T04", …]` ;
# - `"fin_projet"` : la date de fin au plus tôt du projet (une date ou « AAAA-MM-JJ »).
#
# Le chemin compte pour les trois quarts des points, la date pour le quart.

# %% solution id=chemin
### BEGIN SOLUTION
fin_projet_j = max(fin_j.values())
apres = {tache: [s for s in ordre if tache in avant[s]] for tache in ordre}
fin_tard = {}
for tache in reversed(ordre):
    fin_tard[tache] = min((fin_tard[s] - duree[s] for s in apres[tache]), default=fin_projet_j)
critiques = sorted((t for t in ordre if fin_tard[t] == fin_j[t]), key=lambda t: debut_j[t])
resultat = {"chemin_critique": critiques, "fin_projet": jours[fin_projet_j - 1]}
### END SOLUTION
resultat

# %% tests id=chemin_tests points=2 competencies=C3.3.1
"""Le chemin critique et la date de fin du projet."""
from cmcert_lib.checks import check, score
check("bloc3.planning_chemin", resultat)
### BEGIN HIDDEN TESTS
score("bloc3.planning_chemin", resultat, expected={'chemin_critique': ['T01', 'T09', 'T10', 'T11', 'T12', 'T13', 'T14', 'T16', 'T17', 'T20'], 'fin_projet': '2027-08-20'}, points=2)
### END HIDDEN TESTS

# %% [markdown]
# **Livrable.** Le diagramme de Gantt, le chemin critique en Corail, pour le dossier du client.

# %%
draw_gantt(planning, resultat["chemin_critique"], "livrables/gantt.png",
           labels=dict(zip(taches["ID"], taches["Tâche"])));
print("Diagramme enregistré dans livrables/gantt.png")

# %% [markdown]
# ## Exercice 2 — Le budget du dispositif (C3.3.2)
#
# Les devis et tarifs des prestataires : certains prix sont **HT**, d'autres **TTC** (offres grand public),
# et les budgets d'achat d'espace sont libres (minimums dans la colonne « Commentaire »).

# %%
devis

# %% [markdown]
# ### Question 2.1 — Le budget, ligne à ligne
#
# Construisez `budget`, un DataFrame d'**une ligne par poste et par mois**, aux colonnes :
#
# | colonne | contenu |
# | --- | --- |
# | `poste` | le libellé exact de la colonne « Poste » des devis, ou « Provision pour aléas » (`PROVISION_LABEL`) |
# | `categorie` | une des `CATEGORIES` : « Payé », « Possédé », « Gagné » (la matrice POEM), « Production », « Outils », « Prestations », ou « Provision » |
# | `mois` | « AAAA-MM », l'un des six mois de `MONTHS` (2027-09 à 2028-02) ; libre pour la provision |
# | `quantite` | le nombre d'unités (jours, demi-journées, mois, lots…) ; 1 pour un budget d'achat d'espace |
# | `prix_unitaire_ht` | le prix unitaire **HT** du devis (un prix donné TTC se convertit : HT = TTC / (1 + `VAT_RATE`)) ; le budget du mois pour l'achat d'espace |
# | `ht`, `tva`, `ttc` | HT = quantité × prix unitaire HT ; TVA = HT × `VAT_RATE` ; TTC = HT + TVA (au centime, non arrondis ou arrondis au centime) |
#
# Les quantités et les budgets d'achat d'espace sont **vos choix** (vous les justifierez en 2.2). Le
# budget doit :
#
# - comprendre au moins : le ou la community manager indépendant·e, le photographe, Hootsuite, Canva Pro,
#   Mention, un achat d'espace, et la provision pour aléas ;
# - budgéter la community manager et les trois abonnements **chacun des six mois** ;
# - porter une ligne « Provision pour aléas » égale à **5 % du sous-total HT des autres lignes**
#   (`PROVISION_RATE`) ;
# - tenir dans l'enveloppe : total HT, provision comprise, **au plus 24 000 € HT** (`BUDGET_EUR_HT`), sans
#   laisser plus de 10 % de l'enveloppe inemployés.
#
# Barème : les calculs HT/TVA/TTC (25 %), les prix unitaires HT, dont les conversions des prix TTC (20 %),
# la complétude (20 %), les catégories et les mois (10 %), la provision (10 %) et l'enveloppe (15 %).

# %% solution id=budget
### BEGIN SOLUTION
tarifs = devis.set_index("Poste")


def prix_ht(poste):
    """Le prix unitaire HT d'un poste des devis, converti s'il est donné TTC."""
    prix = tarifs.loc[poste, "Prix unitaire"]
    return prix / (1 + VAT_RATE) if tarifs.loc[poste, "HT ou TTC"] == "TTC" else prix


PLAN = [  # (poste, catégorie, {mois: quantité}) : plus de jours et de photos pour Noël
    ("Community manager indépendant·e", "Prestations", dict(zip(MONTHS, [6, 6, 8, 8, 5, 5]))),
    ("Photographe (demi-journée de prise de vue)", "Production", {"2027-09": 2, "2027-11": 2, "2028-01": 1}),
    ("Montage de vidéo courte (Reels, TikTok)", "Production", {"2027-11": 2}),
    ("Hootsuite Professional", "Outils", dict.fromkeys(MONTHS, 1)),
    ("Canva Pro", "Outils", dict.fromkeys(MONTHS, 1)),
    ("Mention Solo", "Outils", dict.fromkeys(MONTHS, 1)),
    ("Impression de cartes « Scannez-nous » pour les revendeurs (lot de 500)", "Production", {"2027-10": 1}),
    ("Lots du jeu-concours de Noël (coffret Petite Vague)", "Gagné", {"2027-12": 20}),
]
MEDIAS = {  # budgets mensuels HT : l'effort porte sur Noël (jusqu'au 17 décembre), pas de Black Friday
    "Achat d'espace Meta Ads (Instagram, Facebook)": dict(zip(MONTHS, [400, 500, 900, 1000, 300, 300])),
    "Achat d'espace Pinterest Ads": {"2027-10": 200, "2027-11": 300},
}
lignes = [{"poste": poste, "categorie": categorie, "mois": mois, "quantite": quantite,
           "prix_unitaire_ht": prix_ht(poste)}
          for poste, categorie, par_mois in PLAN for mois, quantite in par_mois.items()]
lignes += [{"poste": poste, "categorie": "Payé", "mois": mois, "quantite": 1, "prix_unitaire_ht": montant}
           for poste, par_mois in MEDIAS.items() for mois, montant in par_mois.items()]
budget = pd.DataFrame(lignes)
sous_total = (budget["quantite"] * budget["prix_unitaire_ht"]).sum()
budget.loc[len(budget)] = [PROVISION_LABEL, "Provision", "", 1, PROVISION_RATE * sous_total]
budget["ht"] = (budget["quantite"] * budget["prix_unitaire_ht"]).round(2)
budget["tva"] = (budget["ht"] * VAT_RATE).round(2)
budget["ttc"] = budget["ht"] + budget["tva"]
### END SOLUTION
budget

# %% tests id=budget_tests points=5 competencies=C3.3.2
"""Le budget : calculs, prix HT, complétude, catégories, provision et enveloppe."""
from cmcert_lib.checks import check, score
check("bloc3.budget", budget)
### BEGIN HIDDEN TESTS
score("bloc3.budget", budget, expected={'prix_ht': {'Community manager indépendant·e': 350.0, 'Photographe (demi-journée de prise de vue)': 600.0, 'Montage de vidéo courte (Reels, TikTok)': 180.0, 'Hootsuite Professional': 99.0, 'Canva Pro': 9.9917, 'Mention Solo': 49.0, 'Impression de cartes « Scannez-nous » pour les revendeurs (lot de 500)': 135.0, 'Lots du jeu-concours de Noël (coffret Petite Vague)': 18.0}}, points=5)
### END HIDDEN TESTS

# %% [markdown]
# **Livrable.** Le classeur Excel du client : une ligne par poste et par mois dont le HT, la TVA et le TTC
# sont des formules (`=D2*E2`, `=F2*Paramètres!$B$1`, `=F2+G2`), le sous-total, la provision et le total
# en formules, et une feuille « Par mois » (`SOMME.SI.ENS`). Les taux sont dans la feuille « Paramètres » :
# le client peut les modifier et tout se recalcule. Ouvrez-le dans un tableur pour le vérifier.

# %%
export_budget(budget, "livrables/budget_dispositif.xlsx")
print("Budget enregistré dans livrables/budget_dispositif.xlsx")
budget.pivot_table(index="categorie", columns="mois", values="ht", aggfunc="sum", fill_value=0, margins=True,
                   margins_name="Total").round(2)

# %% [markdown]
# ### Question 2.2 — Justifier la chronologie et le budget
#
# En 15 à 25 lignes, expliquez à Léna Morvan et à Gaëlle Le Floc'h :
#
# - **la chronologie** : ce qui rend le calendrier tenable (le chemin critique, la marge avant le
#   1er septembre, les jours fériés et l'été), ce qui se passe si une tâche critique glisse, et les jalons
#   de validation du client ;
# - **le budget** : la répartition entre prestations, production, outils et achat d'espace, et pourquoi ;
#   la saisonnalité (Noël jusqu'au 17 décembre, pas de Black Friday) ; les prix TTC convertis ; la
#   provision pour aléas et ce qu'elle couvre ; le reste de l'enveloppe et la TVA que la marque avancera ;
# - **ce que le budget ne couvre pas** et les arbitrages possibles si le comité veut réduire.

# %% manual id=justification points=5 competencies=C3.3.1,C3.3.2 criteria=B3-06,B3-07
# **La chronologie.** La préparation commence le lundi 5 juillet 2027 et finit au plus tôt le vendredi
# 20 août : il reste sept jours ouvrés de marge avant le démarrage du mercredi 1er septembre. Le chemin
# critique est la chaîne des contenus : réunion de lancement, calendrier éditorial, validation par Gaëlle
# Le Floc'h, brief et shooting du Studio Iroise, retouche, création des visuels, validation par Léna
# Morvan, programmation dans Hootsuite et recette. Un jour perdu sur l'une de ces tâches se reporte sur la
# fin ; le 14 juillet, férié, est déjà compté. Deux jalons de validation client sont sur ce chemin : je
# les fixe dès la réunion de lancement, avec leurs dates, pour que les absences de l'été ne les
# décalent pas. Le recrutement du ou de la community manager (8 jours) a de la marge, mais la création
# des visuels ne peut pas commencer sans elle : je le lance le 6 juillet. Pinterest, les profils, la
# modération et les campagnes payantes ont plusieurs semaines de marge : ils absorbent un retard.
#
# **Le budget.** 23 103,09 € HT, soit 27 723,72 € TTC, dans l'enveloppe de 24 000 € HT. La
# community manager (38 jours, 13 300 € HT) est le premier poste : c'est elle qui fait tomber le temps de
# réponse sous 4 heures ouvrées ; ses jours montent à 8 en novembre et décembre. La production
# (photographe, vidéos, cartes revendeurs) fait 3 495 € HT, les outils 947,94 € HT, l'achat d'espace
# 3 900 € HT, concentré sur octobre à mi-décembre pour Noël, sans campagne de Black Friday. Canva Pro,
# Mention et l'impression sont cotés TTC : je les ai ramenés en HT pour ne pas compter deux fois la TVA.
# La provision de 5 % (1 100,15 € HT) couvre une demi-journée de photo ou quelques jours de community
# manager en plus en cas de crise. Il reste environ 900 € HT non affectés. La marque avancera
# 4 620,63 € de TVA, qu'elle récupère.
#
# **Ce qui n'est pas compris** : le temps de Léna Morvan, les frais d'envoi des colis de produits aux
# créateurs, une agence d'influence. Si le comité veut réduire, je baisse d'abord l'achat d'espace de
# janvier et février, jamais les jours de la community manager en décembre.
