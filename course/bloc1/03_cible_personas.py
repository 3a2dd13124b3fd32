# %% [markdown]
# # 03 — Étudier la cible et construire les personas
#
# **Situation.** Maison Ondine, savonnerie de cosmétiques solides installée à Saint-Malo, vous a
# confié la refonte de sa présence sur les réseaux sociaux. Son brief pose une question simple :
# *à qui parle-t-on, et où ?* Pour y répondre, la marque a diffusé en septembre et octobre 2026 un
# questionnaire Google Forms (newsletter, pages Instagram et Facebook, stand du marché de
# Saint-Malo). Vous recevez l'export brut des réponses : environ 640 répondants.
#
# **Ce que vous produisez.**
#
# 1. un export pseudonymisé des réponses, conforme au RGPD, que vous pourrez partager ;
# 2. une segmentation de la cible (tranche d'âge × rapport aux cosmétiques solides) et, pour
#    chaque segment, ses réseaux sociaux et son budget ;
# 3. la fiche du persona principal, fondée sur ces données, et sa justification.
#
# Les livrables (tableaux, graphique, fiche persona) sont écrits dans le dossier `livrables/`.

# %% [markdown]
# **Compétence évaluée.**
#
# - **C1.3.1** — Identifier, analyser et comprendre les cibles, leurs besoins, leurs attentes,
#   leurs usages et leurs comportements en s'appuyant sur des méthodes de recherche marketing
#   primaires (les entretiens individuels, questionnaires…) et de recherche marketing secondaires
#   (les études de marché, baromètres…) afin de personnifier le client cible à l'aide de personas.
#
# **Barème.** 10 points corrigés automatiquement (questions 1 à 4) et 8 points corrigés par le
# formateur (analyse de la cible et persona).
#
# **Durée estimée.** 2 h 30.
#
# **Comment travailler.** Écrivez votre code à la place des deux lignes `# VOTRE CODE ICI …` et
# `print("✏️ Réponse à compléter")`, puis exécutez la cellule de vérification qui suit : elle
# contrôle la forme de votre réponse (sans donner la solution). La note finale est calculée à partir des données réelles.

# %%
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from cmcert_lib.bloc1.datasets import load_survey

Path("livrables").mkdir(exist_ok=True)
enquete = load_survey()
enquete.head(3)

# %% [markdown]
# Un premier regard sur l'export : le nombre de réponses, la période de collecte, et la façon dont
# Google Forms enregistre une question à choix multiples (les cases cochées sont réunies dans une
# seule cellule, séparées par « , »).

# %%
print(f"{len(enquete)} réponses, du {enquete['Horodateur'].min():%d/%m/%Y} "
      f"au {enquete['Horodateur'].max():%d/%m/%Y}")
enquete["Quels réseaux sociaux utilisez-vous au moins une fois par semaine ?"].head()

# %% [markdown]
# ## Partie 1 — Pseudonymiser les réponses (RGPD)
#
# L'export contient des données personnelles : adresse e-mail, prénom, code postal. Avant de
# travailler sur ces réponses ou de les partager avec l'équipe de Maison Ondine, on les
# **pseudonymise** : on retire ce qui identifie directement une personne et on le remplace par un
# identifiant neutre.
#
# ### Question 1 — Le tableau pseudonymisé (C1.3.1)
#
# Construisez le DataFrame `enquete_pseudo` à partir de `enquete` :
#
# - supprimez les colonnes « Adresse e-mail » et « Prénom » ;
# - ajoutez **en première colonne** une colonne « Identifiant » : `"R0001"` pour la première ligne
#   de l'export, `"R0002"` pour la deuxième, etc. (R suivi du rang sur 4 chiffres, dans l'ordre du
#   fichier, qui est l'ordre d'arrivée des réponses) ;
# - remplacez la colonne « Code postal » par une colonne « Département », **à la même place** :
#   les 2 premiers caractères du code postal (`"35400"` → `"35"`, `"01000"` → `"01"`), sauf en
#   outre-mer où le département a 3 chiffres (code postal commençant par `97` : `"97400"` →
#   `"974"`). Le département reste du texte ;
# - gardez toutes les lignes et toutes les autres colonnes, dans leur ordre.
#
# Exemple : la colonne « Identifiant » de `enquete_pseudo.head(2)` vaut `["R0001", "R0002"]`.

# %% solution id=pseudonymisation
### BEGIN SOLUTION
def departement(code_postal):
    return code_postal[:3] if code_postal.startswith("97") else code_postal[:2]


enquete_pseudo = enquete.drop(columns=["Adresse e-mail", "Prénom"]).rename(
    columns={"Code postal": "Département"}
)
enquete_pseudo["Département"] = enquete_pseudo["Département"].map(departement)
enquete_pseudo.insert(0, "Identifiant", [f"R{i:04d}" for i in range(1, len(enquete_pseudo) + 1)])
### END SOLUTION
enquete_pseudo.head(3)

# %% tests id=pseudonymisation_tests points=3 competencies=C1.3.1
"""Le tableau pseudonymisé : identifiants, départements, aucune donnée directement identifiante."""
from cmcert_lib.checks import check, score
check("bloc1.cible_pseudonymisation", enquete_pseudo)
### BEGIN HIDDEN TESTS
score("bloc1.cible_pseudonymisation", enquete_pseudo, expected={'lignes': 643, 'colonnes': ['Identifiant', 'Horodateur', 'Âge', 'Genre', 'Département', 'Catégorie socioprofessionnelle', 'Quels réseaux sociaux utilisez-vous au moins une fois par semaine ?', 'Combien de temps passez-vous chaque jour sur les réseaux sociaux ?', 'Achetez-vous des cosmétiques solides ?', 'Budget mensuel consacré aux cosmétiques (en €)', "Votre premier critère d'achat", 'Où achetez-vous le plus souvent vos cosmétiques ?', 'Connaissez-vous Maison Ondine ?', "Qu'attendez-vous d'une marque de cosmétiques sur les réseaux sociaux ?", "Acceptez-vous d'être recontacté·e ?"], 'départements': {'01': 11, '02': 11, '03': 8, '05': 16, '06': 10, '09': 8, '13': 18, '14': 11, '22': 42, '29': 29, '31': 14, '33': 24, '34': 10, '35': 157, '37': 11, '38': 6, '44': 64, '49': 9, '50': 14, '53': 13, '56': 15, '59': 7, '67': 7, '69': 27, '72': 12, '75': 38, '76': 9, '78': 6, '85': 5, '91': 11, '93': 12, '95': 5, '973': 2, '974': 1}, 'âges': {'R0001': 25, 'R0150': 22, 'R0321': 20, 'R0500': 58, 'R0643': 34}}, points=3)
### END HIDDEN TESTS

# %% [markdown]
# **Livrable 1.** L'export pseudonymisé, au format CSV lisible par Excel (séparateur « ; »,
# UTF-8 avec BOM), que vous pouvez transmettre à l'équipe de la marque. Remarquez que la réponse
# libre reste à relire : une personne peut y avoir écrit son nom ou son adresse.

# %%
enquete_pseudo.to_csv("livrables/enquete_pseudonymisee.csv", sep=";", index=False,
                      encoding="utf-8-sig", date_format="%d/%m/%Y %H:%M:%S")
print("Écrit : livrables/enquete_pseudonymisee.csv")

# %% [markdown]
# ## Partie 2 — Segmenter la cible et décrire ses usages
#
# On croise deux critères simples, que la marque pourra suivre dans le temps :
#
# | tranche d'âge | âges (inclus) |
# | --- | --- |
# | `18-29 ans` | 18 à 29 |
# | `30-44 ans` | 30 à 44 |
# | `45-59 ans` | 45 à 59 |
# | `60 ans et plus` | 60 et plus |
#
# | réponse à « Achetez-vous des cosmétiques solides ? » | statut |
# | --- | --- |
# | Oui, régulièrement — Oui, de temps en temps | `Acheteur` |
# | Non, mais j'aimerais essayer | `Prêt à essayer` |
# | Non | `Non intéressé` |
#
# Le libellé d'un segment réunit les deux, séparés par `" | "` (espace, barre verticale, espace) :
# par exemple `"30-44 ans | Prêt à essayer"`. Tous les répondants ont au moins 18 ans ; chacun
# appartient à un et un seul des 12 segments.
#
# ### Question 2 — La taille des segments (C1.3.1)
#
# Calculez le dictionnaire `tailles_segments` : libellé du segment → nombre de répondants (entier).
# Les 12 segments y figurent. Conseil : ajoutez d'abord une colonne « Segment » à `enquete_pseudo`,
# elle vous servira à la question suivante.

# %% solution id=segments
### BEGIN SOLUTION
TRANCHES = {"18-29 ans": (18, 29), "30-44 ans": (30, 44), "45-59 ans": (45, 59),
            "60 ans et plus": (60, 200)}
STATUTS = {
    "Oui, régulièrement": "Acheteur",
    "Oui, de temps en temps": "Acheteur",
    "Non, mais j'aimerais essayer": "Prêt à essayer",
    "Non": "Non intéressé",
}


def tranche(age):
    for nom, (bas, haut) in TRANCHES.items():
        if bas <= age <= haut:
            return nom


enquete_pseudo["Segment"] = (
    enquete_pseudo["Âge"].map(tranche) + " | "
    + enquete_pseudo["Achetez-vous des cosmétiques solides ?"].map(STATUTS)
)
tailles_segments = enquete_pseudo["Segment"].value_counts().sort_index().to_dict()
### END SOLUTION
tailles_segments

# %% tests id=segments_tests points=2 competencies=C1.3.1
"""Effectif de chacun des 12 segments (tranche d'âge × statut d'achat)."""
from cmcert_lib.checks import check, score
check("bloc1.cible_segments", tailles_segments)
### BEGIN HIDDEN TESTS
score("bloc1.cible_segments", tailles_segments, expected={'18-29 ans | Acheteur': 140, '18-29 ans | Non intéressé': 17, '18-29 ans | Prêt à essayer': 52, '30-44 ans | Acheteur': 80, '30-44 ans | Non intéressé': 57, '30-44 ans | Prêt à essayer': 79, '45-59 ans | Acheteur': 25, '45-59 ans | Non intéressé': 32, '45-59 ans | Prêt à essayer': 24, '60 ans et plus | Acheteur': 69, '60 ans et plus | Non intéressé': 45, '60 ans et plus | Prêt à essayer': 23}, points=2)
### END HIDDEN TESTS

# %% [markdown]
# ### Question 3 — Réseaux sociaux et budget par segment (C1.3.1)
#
# Calculez le DataFrame `usages_segments` :
#
# - **une ligne par segment**, l'index étant le libellé du segment (les 12 segments) ;
# - une colonne par réseau du questionnaire : `Instagram`, `Facebook`, `TikTok`, `YouTube`,
#   `Pinterest`, `LinkedIn`, `Snapchat`, `X`. La valeur est la **part des répondants du segment
#   qui ont coché ce réseau**, en fraction entre 0 et 1 (0,25 pour 25 %), sans arrondi ;
# - une colonne « Budget médian » : la médiane du budget mensuel des répondants du segment, en
#   euros, les réponses vides étant ignorées.
#
# Exemple de calcul : si un segment compte 4 répondants dont 3 ont coché Instagram, sa valeur
# Instagram est 0,75.

# %% solution id=usages
### BEGIN SOLUTION
RESEAUX = ["Instagram", "Facebook", "TikTok", "YouTube", "Pinterest", "LinkedIn", "Snapchat", "X"]
coches = enquete_pseudo["Quels réseaux sociaux utilisez-vous au moins une fois par semaine ?"].str.split(", ")
for reseau in RESEAUX:
    enquete_pseudo[reseau] = coches.map(lambda liste, reseau=reseau: reseau in liste)
usages_segments = enquete_pseudo.groupby("Segment")[RESEAUX].mean()
usages_segments["Budget médian"] = enquete_pseudo.groupby("Segment")[
    "Budget mensuel consacré aux cosmétiques (en €)"
].median()
### END SOLUTION
usages_segments.round(2)

# %% tests id=usages_tests points=3 competencies=C1.3.1
"""Part des répondants de chaque segment qui utilisent chaque réseau, et budget médian."""
from cmcert_lib.checks import check, score
check("bloc1.cible_usages", usages_segments)
### BEGIN HIDDEN TESTS
score("bloc1.cible_usages", usages_segments, expected={'18-29 ans | Acheteur': {'Instagram': 0.9286, 'Facebook': 0.1786, 'TikTok': 0.7857, 'YouTube': 0.6214, 'Pinterest': 0.4571, 'LinkedIn': 0.2143, 'Snapchat': 0.5286, 'X': 0.1571, 'Budget médian': 20.0}, '18-29 ans | Non intéressé': {'Instagram': 0.8235, 'Facebook': 0.1176, 'TikTok': 0.6471, 'YouTube': 0.7059, 'Pinterest': 0.3529, 'LinkedIn': 0.4706, 'Snapchat': 0.3529, 'X': 0.1176, 'Budget médian': 23.0}, '18-29 ans | Prêt à essayer': {'Instagram': 0.9231, 'Facebook': 0.2308, 'TikTok': 0.6538, 'YouTube': 0.5577, 'Pinterest': 0.4038, 'LinkedIn': 0.25, 'Snapchat': 0.5192, 'X': 0.0769, 'Budget médian': 20.0}, '30-44 ans | Acheteur': {'Instagram': 0.55, 'Facebook': 0.7625, 'TikTok': 0.1625, 'YouTube': 0.425, 'Pinterest': 0.525, 'LinkedIn': 0.1875, 'Snapchat': 0.1, 'X': 0.025, 'Budget médian': 35.0}, '30-44 ans | Non intéressé': {'Instagram': 0.5614, 'Facebook': 0.7368, 'TikTok': 0.193, 'YouTube': 0.5263, 'Pinterest': 0.2982, 'LinkedIn': 0.4035, 'Snapchat': 0.0877, 'X': 0.2281, 'Budget médian': 25.0}, '30-44 ans | Prêt à essayer': {'Instagram': 0.4684, 'Facebook': 0.8734, 'TikTok': 0.1772, 'YouTube': 0.4557, 'Pinterest': 0.5316, 'LinkedIn': 0.2658, 'Snapchat': 0.1013, 'X': 0.0759, 'Budget médian': 35.0}, '45-59 ans | Acheteur': {'Instagram': 0.44, 'Facebook': 0.88, 'TikTok': 0.24, 'YouTube': 0.68, 'Pinterest': 0.24, 'LinkedIn': 0.2, 'Snapchat': 0.04, 'X': 0.12, 'Budget médian': 30.5}, '45-59 ans | Non intéressé': {'Instagram': 0.3125, 'Facebook': 0.5, 'TikTok': 0.125, 'YouTube': 0.5312, 'Pinterest': 0.2812, 'LinkedIn': 0.25, 'Snapchat': 0.0625, 'X': 0.375, 'Budget médian': 20.0}, '45-59 ans | Prêt à essayer': {'Instagram': 0.625, 'Facebook': 0.75, 'TikTok': 0.125, 'YouTube': 0.5, 'Pinterest': 0.4583, 'LinkedIn': 0.375, 'Snapchat': 0.0417, 'X': 0.0833, 'Budget médian': 29.0}, '60 ans et plus | Acheteur': {'Instagram': 0.1884, 'Facebook': 0.8551, 'TikTok': 0.029, 'YouTube': 0.4203, 'Pinterest': 0.2319, 'LinkedIn': 0.0145, 'Snapchat': 0.0145, 'X': 0.087, 'Budget médian': 30.0}, '60 ans et plus | Non intéressé': {'Instagram': 0.2, 'Facebook': 0.8889, 'TikTok': 0.0667, 'YouTube': 0.3111, 'Pinterest': 0.1778, 'LinkedIn': 0.0667, 'Snapchat': 0.0, 'X': 0.0667, 'Budget médian': 25.75}, '60 ans et plus | Prêt à essayer': {'Instagram': 0.2609, 'Facebook': 0.8261, 'TikTok': 0.0, 'YouTube': 0.2174, 'Pinterest': 0.0435, 'LinkedIn': 0.0435, 'Snapchat': 0.0435, 'X': 0.087, 'Budget médian': 25.0}}, points=3)
### END HIDDEN TESTS

# %% [markdown]
# **Livrable 2.** La carte des usages : pour chaque segment, la part des répondants présents sur
# chaque réseau. C'est le graphique que vous montrerez au client pour justifier le choix des
# canaux.

# %%
reseaux = ["Instagram", "Facebook", "TikTok", "YouTube", "Pinterest", "LinkedIn", "Snapchat", "X"]
parts = usages_segments[reseaux]
fig, ax = plt.subplots(figsize=(11, 6.5))
image = ax.imshow(parts.to_numpy(), cmap="BuGn", vmin=0, vmax=1, aspect="auto")
ax.set_xticks(range(len(reseaux)), reseaux)
ax.set_yticks(range(len(parts)),
              [f"{seg} ({tailles_segments[seg]})" for seg in parts.index])
for i in range(parts.shape[0]):
    for j in range(parts.shape[1]):
        valeur = parts.iat[i, j]
        ax.text(j, i, f"{valeur:.0%}".replace("%", " %"), ha="center", va="center", fontsize=9,
                color="white" if valeur > 0.6 else "#22313A")
ax.set_title("Part des répondants qui utilisent chaque réseau au moins une fois par semaine\n"
             "(enquête Maison Ondine, sept.-oct. 2026 ; effectif du segment entre parenthèses)",
             fontsize=11, loc="left")
ax.xaxis.tick_top()
fig.colorbar(image, ax=ax, fraction=0.03, format=lambda v, _: f"{v:.0%}".replace("%", " %"))
fig.tight_layout()
fig.savefig("livrables/usages_par_segment.png", dpi=150)

# %% [markdown]
# **Explorer les segments.** Choisissez un segment dans la liste : vous obtenez une *esquisse* de
# persona calculée à partir des réponses (âge médian, catégorie la plus fréquente, réseaux utilisés
# par au moins 40 % du segment, verbatims les plus cités). Ce n'est pas encore un persona : c'est
# la matière première du vôtre. Cette exploration n'est pas notée.

# %%
from ipywidgets import Dropdown, interact

from cmcert_lib.bloc1.personas import draw_persona, sketch_from_answers

_bornes = {"18-29 ans": (18, 29), "30-44 ans": (30, 44), "45-59 ans": (45, 59),
           "60 ans et plus": (60, 200)}
_statuts = {"Acheteur": ["Oui, régulièrement", "Oui, de temps en temps"],
            "Prêt à essayer": ["Non, mais j'aimerais essayer"], "Non intéressé": ["Non"]}


def apercu_segment(segment):
    nom_tranche, nom_statut = segment.split(" | ")
    bas, haut = _bornes[nom_tranche]
    reponses = enquete[enquete["Âge"].between(bas, haut)
                       & enquete["Achetez-vous des cosmétiques solides ?"].isin(_statuts[nom_statut])]
    return draw_persona(sketch_from_answers(reponses, segment, name="Esquisse du segment"))


interact(apercu_segment, segment=Dropdown(
    options=[f"{t} | {s}" for t in _bornes for s in _statuts], value="30-44 ans | Prêt à essayer",
    description="Segment :"));

# %% [markdown]
# ### Question 4 — Le persona principal, fondé sur les données (C1.3.1)
#
# Maison Ondine veut convertir au solide des personnes qui ne l'ont pas encore adopté. Choisissez
# le segment qui vous paraît prioritaire et rédigez son persona dans le dictionnaire `persona`,
# avec les clés suivantes (attention aux accents) :
#
# - `"nom"` (prénom et nom fictifs), `"âge"` (entier), `"métier"`, `"ville"` (facultatif) ;
# - `"segment"` : le libellé exact de son segment, par exemple `"30-44 ans | Prêt à essayer"` ;
# - `"citation"` : une phrase qu'il ou elle pourrait dire, inspirée des verbatims ;
# - `"objectifs"`, `"freins"`, `"motivations"`, `"habitudes médias"` : des listes de 2 à 5 textes
#   courts ;
# - `"réseaux"` : la liste des réseaux où le trouver, choisis parmi ceux du questionnaire ;
# - `"bio"` (facultatif) : deux lignes de contexte.
#
# Ce qui est vérifié automatiquement : l'âge est dans la tranche du segment, chaque réseau cité
# est utilisé par **au moins 40 %** des répondants de ce segment (votre tableau `usages_segments`),
# et la fiche est réellement remplie : un texte de remplissage (« à définir », « ... ») ou repris
# d'une rubrique à l'autre ne compte pas, et les points ne sont accordés qu'en proportion des
# textes réels. La qualité du persona est évaluée par le formateur (questions 5 et 6).

# %% solution id=persona
### BEGIN SOLUTION
persona = {
    "nom": "Claire Le Gall",
    "âge": 38,
    "métier": "Infirmière à temps partiel, mère de deux enfants",
    "ville": "Rennes (35)",
    "segment": "30-44 ans | Prêt à essayer",
    "citation": "Je veux bien passer au solide, mais il faut que ça convienne à toute la famille "
                "et que ça ne me coûte pas plus cher.",
    "objectifs": [
        "Réduire les déchets de la salle de bains sans compliquer la routine familiale",
        "Des produits doux, adaptés à la peau sensible de sa fille",
        "Tenir un budget cosmétiques d'environ 35 € par mois",
    ],
    "freins": [
        "Le prix : un pain solide lui paraît plus cher que le gel douche",
        "Ne sait pas combien de temps dure un savon, ni comment le conserver",
        "Ne connaît pas Maison Ondine et se méfie des promesses « zéro déchet »",
    ],
    "motivations": [
        "Des avis de vraies clientes, pas seulement d'influenceuses",
        "Une composition courte et rassurante pour les enfants",
        "Des offres découverte ou des coffrets famille",
    ],
    "réseaux": ["Facebook", "Pinterest", "Instagram"],
    "habitudes médias": [
        "30 min à 1 h par jour, surtout le soir après le coucher des enfants",
        "Groupes Facebook de parents et pages locales",
        "Tableaux Pinterest « maison » et « astuces zéro déchet »",
        "Achète en grande surface ou en pharmacie, compare les prix",
    ],
    "bio": "Elle a déjà remplacé l'essuie-tout et les sacs plastiques ; la salle de bains est la "
           "prochaine étape, à condition que toute la famille suive.",
}
### END SOLUTION

# %% tests id=persona_tests points=2 competencies=C1.3.1
"""Le persona est complet, rattaché à un segment, et ses réseaux viennent des données."""
from cmcert_lib.checks import check, score
check("bloc1.cible_persona", persona)
### BEGIN HIDDEN TESTS
score("bloc1.cible_persona", persona, expected={'réseaux': {'18-29 ans | Acheteur': ['Instagram', 'TikTok', 'YouTube', 'Pinterest', 'Snapchat'], '18-29 ans | Non intéressé': ['Instagram', 'TikTok', 'YouTube', 'LinkedIn'], '18-29 ans | Prêt à essayer': ['Instagram', 'TikTok', 'YouTube', 'Pinterest', 'Snapchat'], '30-44 ans | Acheteur': ['Instagram', 'Facebook', 'YouTube', 'Pinterest'], '30-44 ans | Non intéressé': ['Instagram', 'Facebook', 'YouTube', 'LinkedIn'], '30-44 ans | Prêt à essayer': ['Instagram', 'Facebook', 'YouTube', 'Pinterest'], '45-59 ans | Acheteur': ['Instagram', 'Facebook', 'YouTube'], '45-59 ans | Non intéressé': ['Facebook', 'YouTube'], '45-59 ans | Prêt à essayer': ['Instagram', 'Facebook', 'YouTube', 'Pinterest'], '60 ans et plus | Acheteur': ['Facebook', 'YouTube'], '60 ans et plus | Non intéressé': ['Facebook'], '60 ans et plus | Prêt à essayer': ['Facebook']}}, points=2)
### END HIDDEN TESTS

# %% [markdown]
# **Livrable 3.** La fiche persona, à insérer dans le cahier de préconisations.

# %%
from cmcert_lib.bloc1.personas import draw_persona, save_persona

fiche = draw_persona(persona)
save_persona(fiche, "livrables/persona_principal.png")
fiche

# %% [markdown]
# ### Question 5 — Ce que l'enquête dit de la cible (C1.3.1)
#
# En 10 à 20 lignes, présentez au client ce que vous retenez de l'enquête : qui sont les
# répondants, quels segments se dégagent, leurs usages des réseaux sociaux, leurs budgets, leurs
# critères d'achat et leurs attentes envers une marque (appuyez-vous sur des chiffres **et** sur
# des verbatims). Dites aussi les limites de l'enquête (qui a répondu, comment elle a été
# diffusée).

# %% manual id=analyse_cible points=4 competencies=C1.3.1 criteria=B1-06,B1-07
# **Qui a répondu.** 643 personnes entre le 14 septembre et le 11 octobre 2026, majoritairement des
# femmes, surtout en Ille-et-Vilaine (157 réponses), en Loire-Atlantique (64) et dans les Côtes-d'Armor
# (42), mais aussi à Paris, Lyon et Bordeaux. Un peu moins de la moitié (48 %) ne connaît pas Maison
# Ondine : l'enquête touche au-delà des clientes actuelles.
#
# **Trois publics très différents.**
#
# - *Les 18-29 ans* (209 répondants) sont déjà convertis ou prêts à l'être : 140 achètent des
#   cosmétiques solides. Ils vivent sur Instagram (93 %), TikTok (79 %) et YouTube (62 %), y passent
#   1 à 2 h par jour ou plus, ont un petit budget (20 € médian) et choisissent d'abord l'emballage
#   zéro déchet (41 % des acheteurs). Ils attendent des preuves : « qu'elle soit honnête sur ses
#   emballages, pas du greenwashing » — un point sensible après le bad buzz de mars.
# - *Les 30-44 ans* (216) forment le plus gros gisement de conversion : 79 « prêts à essayer ». Leur
#   réseau est Facebook (87 %), puis Pinterest (53 %) et Instagram (47 %) ; ils y passent 30 min à
#   1 h. Leur budget est plus élevé (35 € médian) mais le prix reste le premier critère (47 %) et ils
#   achètent en grande surface (49 %). Leurs verbatims parlent de famille et de réassurance :
#   « savoir si les produits conviennent aux peaux sensibles des enfants », « des avis de vraies
#   clientes ».
# - *Les 60 ans et plus* (137) sont les fidèles locaux : 42 % des acheteurs sont déjà clients, la
#   fabrication française ou locale est leur premier critère (51 %), ils achètent sur les marchés et
#   restent sur Facebook (plus de 80 %) moins de 30 minutes par jour.
#
# Les 45-59 ans (81 répondants) ressemblent aux 30-44 ans mais l'effectif est trop faible pour en
# tirer un persona à part.
#
# **Limites.** Échantillon auto-sélectionné (newsletter, pages de la marque, stand du marché) : les
# clientes et les Bretons sont surreprésentés, les hommes sous-représentés. Les petits segments
# (17 « 18-29 ans non intéressés ») ne permettent pas de conclure. Il faudrait compléter par
# quelques entretiens individuels et par une étude secondaire (baromètre des usages des réseaux
# sociaux en France) pour vérifier ces tendances.

# %% [markdown]
# ### Question 6 — Justifier le persona (C1.3.1)
#
# En 8 à 15 lignes, expliquez pourquoi ce persona est le persona principal de Maison Ondine et d'où
# vient chacun de ses traits (chiffre de votre tableau, verbatim, réponse fermée). Indiquez s'il
# faudrait un persona secondaire, et lequel.

# %% manual id=persona_justification points=4 competencies=C1.3.1 criteria=B1-08
# **Pourquoi Claire.** Le brief demande de convertir au solide des personnes qui ne l'ont pas encore
# adopté. Le segment « 30-44 ans | Prêt à essayer » est le plus grand réservoir de non-acheteurs
# intéressés (79 répondants, 12 % de l'échantillon) et celui qui dépense le plus (35 € médian par
# mois, contre 20 € chez les 18-29 ans) : c'est là que la croissance du chiffre d'affaires se joue.
#
# **D'où vient chaque trait.**
#
# - Âge (38 ans), métier et vie de famille : âge médian du segment (40 ans), catégories les plus
#   fréquentes (employées, professions intermédiaires), verbatims sur les enfants.
# - Réseaux : Facebook (87 %), Pinterest (53 %) et Instagram (47 %) ; TikTok n'est utilisé que par
#   18 % du segment, on ne le retient pas.
# - Habitudes : 30 min à 1 h par jour (49 % du segment) ; achats en grande surface (49 %).
# - Freins : le prix est le premier critère d'achat (47 %) ; 58 % ne connaissent pas la marque ;
#   les verbatims demandent « des informations claires sur le prix au lavage, pour comparer avec le
#   liquide » et qu'on explique « comment conserver un savon solide dans la douche ».
# - Motivations : « des avis de vraies clientes, pas seulement des influenceuses » (verbatim le plus
#   cité du segment), composition rassurante pour les enfants, offres groupées.
#
# **Persona secondaire.** Une étudiante ou jeune active de 24 ans (segment « 18-29 ans |
# Acheteur », 140 répondants) : déjà acquise, présente sur Instagram et TikTok, prescriptrice
# possible, mais exigeante sur la sincérité de l'engagement zéro déchet. Elle sert la
# recommandation ; Claire sert la conversion.
