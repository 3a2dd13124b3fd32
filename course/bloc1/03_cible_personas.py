# %% [markdown]
# # Bloc 1 · Notebook 3 — Étudier la cible et construire les personas
#
# **Situation.** Maison Ondine, savonnerie de cosmétiques solides installée à Saint-Malo, vous a
# confié la refonte de sa présence sur les réseaux sociaux. Son brief pose une question simple :
# *à qui parle-t-on, et où ?* Il annonce aussi sa réponse : une cible principale de 25 à 40 ans,
# « très présente sur Instagram et TikTok ». À vous de vérifier. Vous disposez de trois sources :
#
# - **une enquête quantitative** (recherche primaire) : le questionnaire Google Forms que la marque a
#   diffusé en septembre et octobre 2026 (newsletter, pages Instagram et Facebook, stand du marché
#   de Saint-Malo), environ 640 répondants, dont vous recevez l'export brut ;
# - **six entretiens individuels** (recherche primaire qualitative) menés en octobre 2026 avec des
#   répondants qui avaient accepté d'être recontactés : un document de transcription et un tableau
#   de verbatims codés par thème ;
# - **l'étude de marché** des cosmétiques solides (recherche secondaire) que vous avez utilisée
#   pour le benchmark du notebook 2.
#
# **Ce que vous produisez.**
#
# 1. un export pseudonymisé des réponses, et à part, réservée à la marque, la table de
#    correspondance des seules personnes qui ont accepté d'être recontactées ;
# 2. une segmentation de la cible selon **vos** choix (tranches d'âge, statuts d'achat, cible cœur),
#    les réseaux sociaux et le budget de chaque segment, et votre avis sur la cible du brief ;
# 3. la fiche du persona principal, fondée sur l'enquête, les entretiens et l'étude de marché, et
#    sa justification.
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
# **Barème.** 17 pts corrigés automatiquement (questions 1.1 à 2.4, 3.1 et 3.2) et 12 pts
# corrigés par le formateur (questions 2.5, 3.3 et 3.4).
#
# **Durée estimée.** 3 h 30.
#
# **Comment travailler.** Écrivez votre code à la place des deux lignes `# VOTRE CODE ICI …` et
# `print("✏️ Réponse à compléter")`, puis exécutez la cellule de vérification qui suit : elle
# contrôle la forme de votre réponse (sans donner la solution). La note finale est calculée à
# partir des données réelles.

# %% [markdown]
# ## Les données
#
# **L'enquête.** Le nombre de réponses, la période de collecte, et la façon dont Google Forms
# enregistre une question à choix multiples (les cases cochées sont réunies dans une seule cellule,
# séparées par « , »).

# %%
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown

from cmcert_lib.bloc1.datasets import load_interviews, load_interviews_document, load_market_study, load_survey

Path("livrables").mkdir(exist_ok=True)
enquete = load_survey()
print(f"{len(enquete)} réponses, du {enquete['Horodateur'].min():%d/%m/%Y} "
      f"au {enquete['Horodateur'].max():%d/%m/%Y}")
enquete.head(3)

# %%
enquete["Quels réseaux sociaux utilisez-vous au moins une fois par semaine ?"].head()

# %% [markdown]
# **Les entretiens.** Lisez d'abord le document : la méthode, le guide d'entretien et les six
# entretiens. (Le document est long : dans JupyterLab, un clic droit sur la sortie puis « Enable
# Scrolling for Outputs » la rend défilante.)

# %%
Markdown(load_interviews_document())

# %% [markdown]
# Les mêmes propos, découpés en verbatims et codés par thème : un tableau que vous pouvez filtrer
# (par thème, par âge, par rapport au solide). Une réponse qui touche deux thèmes donne deux
# verbatims.

# %%
verbatims = load_interviews()
print(f"{len(verbatims)} verbatims, {verbatims['Entretien'].nunique()} entretiens ; thèmes : "
      + ", ".join(sorted(verbatims["Thème"].unique())))
verbatims[verbatims["Thème"] == "Réseaux sociaux"][["Participant·e", "Âge", "Verbatim"]]

# %% [markdown]
# **L'étude de marché.** Reprenez celle du notebook 2 (`load_market_study()`, dans
# `cmcert_lib.bloc1.datasets`), en particulier son tableau des réseaux sociaux utilisés pour
# trouver des idées et des conseils beauté, selon l'âge (colonnes « Tranche d'âge », « Réseau »,
# « Part des acheteurs (%) »). Vous en aurez besoin aux questions 2.5, 3.3 et 3.4 : une enquête
# diffusée par la marque elle-même ne dit pas tout du marché.

# %%
etude = load_market_study()
print(etude.titles[6])
etude.tables[6].pivot(index="Réseau", columns="Tranche d'âge", values="Part des acheteurs (%)")

# %% [markdown]
# ## Exercice 1 — Pseudonymiser les réponses (RGPD) (C1.3.1)
#
# L'export contient des données personnelles : adresse e-mail, prénom, code postal. Avant de
# travailler sur ces réponses ou de les transmettre à l'équipe de Maison Ondine, on les
# **pseudonymise** : on retire ce qui identifie directement une personne et on le remplace par un
# identifiant neutre.
#
# **Attention : pseudonymiser n'est pas anonymiser.** Des données pseudonymisées restent des
# données personnelles au sens du RGPD (considérant 26) : avec la table de correspondance, ou en
# croisant l'âge, le genre, le département et les réponses libres, on peut retrouver une personne.
# Seules des données réellement anonymisées, c'est-à-dire dont personne ne peut plus retrouver
# les individus, sortent du champ du RGPD. Un fichier pseudonymisé n'est donc pas « conforme au
# RGPD » à lui seul : c'est l'usage qu'on en fait qui doit l'être (une finalité annoncée aux
# répondants, un accès limité aux personnes qui en ont besoin, une durée de conservation, la
# table de correspondance gardée à part).
#
# ### Question 1.1 — Le tableau pseudonymisé (3 pts)
#
# Construisez le DataFrame `enquete_pseudo` à partir de `enquete` :
#
# - supprimez les colonnes « Adresse e-mail » et « Prénom » ;
# - ajoutez **en première colonne** une colonne « Identifiant » : `"R0001"` pour la première ligne
#   de l'export, `"R0002"` pour la deuxième, etc. (R suivi du rang sur 4 chiffres, dans l'ordre du
#   fichier, qui est l'ordre d'arrivée des réponses) ;
# - remplacez la colonne « Code postal » par une colonne « Département », **à la même place**.
#   Le département reste du texte ; il se lit dans le code postal avec la règle ci-dessous ;
# - gardez toutes les lignes et toutes les autres colonnes, dans leur ordre.
#
# **La règle du département.** Les deux premiers chiffres d'un code postal sont ceux du département
# du *bureau distributeur*, le bureau de poste qui distribue le courrier. C'est presque toujours le
# département de la commune, à quelques exceptions près, qui sont dans l'enquête :
#
# | code postal | département à écrire | pourquoi |
# | --- | --- | --- |
# | cas général : `"35400"`, `"01000"` | `"35"`, `"01"` | les 2 premiers chiffres, zéro initial compris |
# | Corse : `"20000"` à `"20199"` | `"2A"` | Corse-du-Sud ; le département 20 n'existe plus depuis 1976 |
# | Corse : `"20200"` à `"20699"` | `"2B"` | Haute-Corse |
# | outre-mer, commençant par `97` : `"97400"` | `"974"` | les départements d'outre-mer ont 3 chiffres |
# | `"97133"` (Saint-Barthélemy) | `"977"` | collectivité d'outre-mer depuis 2007, plus un département ; elle garde un code postal de la Guadeloupe (971) |
# | `"97150"` (Saint-Martin) | `"978"` | idem |
# | `"98000"` (Monaco) | `"hors France"` | Monaco est un État souverain, desservi par La Poste |
# | un code postal partagé (tableau suivant) | `"24/33"` | il dessert des communes de deux départements : on ne peut pas trancher |
#
# Les codes postaux partagés : une commune proche d'une limite départementale peut être desservie
# par le bureau de poste du département voisin. Avec le seul code postal, on ne sait pas de quel
# côté vit la personne ; on écrit les deux départements, du plus petit au plus grand, séparés par
# « / ».
#
# | code postal | commune du département du code | commune de l'autre département | à écrire |
# | --- | --- | --- | --- |
# | `"01200"` | Valserhône (01) | Éloise (74) | `"01/74"` |
# | `"05110"` | La Saulce (05) | Claret, Curbans (04) | `"04/05"` |
# | `"13780"` | Cuges-les-Pins (13) | Riboux (83) | `"13/83"` |
# | `"33220"` | Sainte-Foy-la-Grande (33) | Port-Sainte-Foy-et-Ponchapt, Fougueyrolles (24) | `"24/33"` |
# | `"37160"` | Descartes (37) | Buxeuil (86) | `"37/86"` |
# | `"48250"` | Luc (48) | Laveyrune (07) | `"07/48"` |
#
# *Sources : La Poste, base officielle des codes postaux (data.gouv.fr) ; INSEE, code officiel
# géographique.*
#
# Exemple : la colonne « Identifiant » de `enquete_pseudo.head(2)` vaut `["R0001", "R0002"]`.

# %% solution id=pseudonymisation
### BEGIN SOLUTION
PARTAGES = {"01200": "01/74", "05110": "04/05", "13780": "13/83", "33220": "24/33",
            "37160": "37/86", "48250": "07/48"}
COLLECTIVITES = {"97133": "977", "97150": "978"}


def departement(code_postal):
    if code_postal in PARTAGES:
        return PARTAGES[code_postal]
    if code_postal in COLLECTIVITES:
        return COLLECTIVITES[code_postal]
    if code_postal.startswith("980"):
        return "hors France"
    if code_postal.startswith("20"):
        return "2A" if int(code_postal) < 20200 else "2B"
    if code_postal.startswith("97"):
        return code_postal[:3]
    return code_postal[:2]


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
score("bloc1.cible_pseudonymisation", enquete_pseudo, expected={'lignes': 643, 'colonnes': ['Identifiant', 'Horodateur', 'Âge', 'Genre', 'Département', 'Catégorie socioprofessionnelle', 'Quels réseaux sociaux utilisez-vous au moins une fois par semaine ?', 'Combien de temps passez-vous chaque jour sur les réseaux sociaux ?', 'Achetez-vous des cosmétiques solides ?', 'Budget mensuel consacré aux cosmétiques (en €)', "Votre premier critère d'achat", 'Où achetez-vous le plus souvent vos cosmétiques ?', 'Connaissez-vous Maison Ondine ?', "Qu'attendez-vous d'une marque de cosmétiques sur les réseaux sociaux ?", "Acceptez-vous d'être recontacté·e ?"], 'départements': {'01': 10, '01/74': 1, '02': 11, '03': 8, '04/05': 1, '05': 15, '06': 7, '09': 8, '13': 16, '14': 11, '22': 42, '24/33': 1, '29': 29, '2A': 3, '2B': 2, '31': 14, '33': 23, '34': 9, '35': 157, '37': 10, '38': 6, '44': 64, '49': 9, '50': 14, '53': 13, '56': 15, '59': 7, '67': 7, '69': 27, '72': 12, '75': 37, '76': 9, '78': 6, '85': 5, '91': 11, '93': 12, '95': 5, '973': 2, '974': 1, '977': 1, '978': 1, 'hors France': 1}, 'âges': {'R0001': 25, 'R0150': 22, 'R0321': 20, 'R0500': 58, 'R0643': 34}}, points=3)
### END HIDDEN TESTS

# %% [markdown]
# ### Question 1.2 — La table de correspondance, à part (2 pts)
#
# Pour recontacter des répondants (un entretien, un test de produit), la marque a besoin de savoir
# qui se cache derrière un identifiant. Cette **table de correspondance** est la clé qui lève la
# pseudonymisation : elle se garde à part, chez la marque seulement, et ne contient que les
# personnes qui ont **accepté d'être recontactées** (colonne « Acceptez-vous d'être recontacté·e ? »
# égale à `"Oui"`) : pour les autres, garder le lien entre leur identité et leurs réponses ne sert
# aucune finalité annoncée (principe de minimisation).
#
# Construisez le DataFrame `correspondance` :
#
# - une ligne par répondant qui a répondu `"Oui"` à la question du recontact, et aucune autre ;
# - trois colonnes exactement : « Identifiant » (le même que dans `enquete_pseudo`), « Prénom » et
#   « Adresse e-mail », tels qu'ils sont écrits dans l'export.

# %% solution id=correspondance
### BEGIN SOLUTION
identifiants = pd.Series([f"R{i:04d}" for i in range(1, len(enquete) + 1)], index=enquete.index)
accord = enquete["Acceptez-vous d'être recontacté·e ?"] == "Oui"
correspondance = pd.DataFrame({
    "Identifiant": identifiants[accord],
    "Prénom": enquete.loc[accord, "Prénom"],
    "Adresse e-mail": enquete.loc[accord, "Adresse e-mail"],
}).reset_index(drop=True)
### END SOLUTION
print(f"{len(correspondance)} personnes ont accepté d'être recontactées sur {len(enquete)}.")

# %% tests id=correspondance_tests points=2 competencies=C1.3.1
"""La table de correspondance : les seules personnes qui ont accepté d'être recontactées."""
from cmcert_lib.checks import check, score
check("bloc1.cible_correspondance", correspondance)
### BEGIN HIDDEN TESTS
score("bloc1.cible_correspondance", correspondance, expected={'répondants': 643}, points=2)
### END HIDDEN TESTS

# %% [markdown]
# ### Livrable — L'export pseudonymisé, et la correspondance à part
#
# L'export pseudonymisé, au format CSV lisible par Excel (séparateur « ; », UTF-8 avec BOM), est
# le fichier de travail que vous transmettez à l'équipe de la marque, pour la finalité de l'étude
# seulement. Il reste un fichier de données personnelles : relisez aussi la réponse libre, où une
# personne a pu écrire son nom ou son adresse. La table de correspondance va dans un autre dossier,
# `donnees_confidentielles/`, qui ne se partage pas : seule la personne chargée de recontacter les
# volontaires y a accès, et on la supprime quand l'étude est terminée.

# %%
enquete_pseudo.to_csv("livrables/enquete_pseudonymisee.csv", sep=";", index=False,
                      encoding="utf-8-sig", date_format="%d/%m/%Y %H:%M:%S")
Path("donnees_confidentielles").mkdir(exist_ok=True)
correspondance.to_csv("donnees_confidentielles/correspondance_recontact.csv", sep=";", index=False,
                      encoding="utf-8-sig")
print("Écrits : livrables/enquete_pseudonymisee.csv (à partager) et "
      "donnees_confidentielles/correspondance_recontact.csv (à garder à part)")

# %% [markdown]
# ## Exercice 2 — Segmenter la cible : vos choix (C1.3.1)
#
# On segmente les répondants en croisant deux critères que la marque pourra suivre dans le temps :
# la **tranche d'âge** et le **statut d'achat** (le rapport au solide). Où placer les limites, et
# quels segments viser en priorité, c'est **à vous** de le décider, puis de le justifier
# (question 2.5). Les questions 2.2, 2.3 et 3.2 sont corrigées avec vos choix : n'importe quel
# choix raisonnable, correctement calculé, rapporte tous les points.
#
# ### Question 2.1 — Vos tranches, vos statuts, votre cible cœur (1 pt)
#
# Écrivez le dictionnaire `choix`, avec trois clés :
#
# - `"tranches"` : `{libellé: (âge minimum, âge maximum)}`, bornes incluses, par exemple
#   `{"18-29 ans": (18, 29), …, "60 ans et plus": (60, 120)}` ;
# - `"statuts"` : `{réponse: statut}`, le statut de chacune des quatre réponses à « Achetez-vous des
#   cosmétiques solides ? » (`"Oui, régulièrement"`, `"Oui, de temps en temps"`,
#   `"Non, mais j'aimerais essayer"`, `"Non"`), par exemple `"Prêt à essayer"` ;
# - `"cible cœur"` : la liste des segments que vous visez en priorité. Un segment s'écrit
#   « tranche | statut » avec vos libellés (espace, barre verticale, espace), par exemple
#   `"30-44 ans | Prêt à essayer"`.
#
# **Ce qui rend un choix recevable** (la cellule de vérification vous le dit) :
#
# - de 3 à 6 tranches, qui couvrent tous les répondants (de 18 à 120 ans), sans se chevaucher ;
#   chacune compte au moins 30 répondants ; aucune ne couvre plus de 20 âges, sauf la dernière,
#   ouverte, qui commence au plus tôt à 45 ans ;
# - des statuts qui réunissent des réponses voisines sur l'échelle du questionnaire, et qui
#   distinguent au moins ceux qui achètent déjà (« Oui… »), ceux qui aimeraient essayer et ceux qui
#   ne veulent pas (« Non ») ;
# - une cible cœur de 1 à 3 de vos segments, sans personnes qui ne veulent pas du solide, qui
#   compte au moins 30 répondants.
#
# Avant de choisir, regardez les âges des répondants et les réponses sur le solide.

# %%
print(enquete["Âge"].describe().round(1).to_string())
pd.crosstab(pd.cut(enquete["Âge"], range(15, 85, 5), right=False),
            enquete["Achetez-vous des cosmétiques solides ?"])

# %% solution id=choix
### BEGIN SOLUTION
choix = {
    "tranches": {"18-29 ans": (18, 29), "30-44 ans": (30, 44), "45-59 ans": (45, 59),
                 "60 ans et plus": (60, 120)},
    "statuts": {
        "Oui, régulièrement": "Acheteur",
        "Oui, de temps en temps": "Acheteur",
        "Non, mais j'aimerais essayer": "Prêt à essayer",
        "Non": "Non intéressé",
    },
    "cible cœur": ["30-44 ans | Prêt à essayer"],
}
### END SOLUTION
choix

# %% tests id=choix_tests points=1 competencies=C1.3.1
"""Des tranches, des statuts et une cible cœur recevables."""
from cmcert_lib.checks import check, score
check("bloc1.cible_choix", choix)
### BEGIN HIDDEN TESTS
score("bloc1.cible_choix", choix, expected={'répondants': 643}, points=1)
### END HIDDEN TESTS

# %% [markdown]
# ### Question 2.2 — La taille des segments (2 pts)
#
# Calculez le dictionnaire `tailles_segments` : libellé du segment → nombre de répondants (entier),
# pour **tous** vos segments (chaque tranche avec chaque statut, même vide). Conseil : ajoutez
# d'abord une colonne « Segment » à `enquete_pseudo`, elle vous servira à la question suivante.
#
# La dernière ligne de la cellule, déjà écrite, réunit vos effectifs et les choix qui les ont
# produits : c'est ce que lit la correction. Ne la modifiez pas.

# %% solution id=segments
### BEGIN SOLUTION
def tranche(age):
    for nom, (bas, haut) in choix["tranches"].items():
        if bas <= age <= haut:
            return nom


enquete_pseudo["Segment"] = (
    enquete_pseudo["Âge"].map(tranche) + " | "
    + enquete_pseudo["Achetez-vous des cosmétiques solides ?"].map(choix["statuts"])
)
comptes = enquete_pseudo["Segment"].value_counts()
tailles_segments = {f"{t} | {s}": int(comptes.get(f"{t} | {s}", 0))
                    for t in choix["tranches"] for s in dict.fromkeys(choix["statuts"].values())}
### END SOLUTION
segmentation = {"choix": choix, "tailles": tailles_segments}
tailles_segments

# %% tests id=segments_tests points=2 competencies=C1.3.1
"""Effectif de chacun de vos segments (tranche d'âge × statut d'achat)."""
from cmcert_lib.checks import check, score
check("bloc1.cible_segments", segmentation)
### BEGIN HIDDEN TESTS
score("bloc1.cible_segments", segmentation, expected={'répondants': 643}, points=2)
### END HIDDEN TESTS

# %% [markdown]
# ### Question 2.3 — Réseaux sociaux et budget par segment (3 pts)
#
# Calculez le DataFrame `usages_segments` :
#
# - **une ligne par segment**, l'index étant le libellé du segment (tous vos segments) ;
# - une colonne par réseau du questionnaire : `Instagram`, `Facebook`, `TikTok`, `YouTube`,
#   `Pinterest`, `LinkedIn`, `Snapchat`, `X`. La valeur est la **part des répondants du segment
#   qui ont coché ce réseau**, en fraction entre 0 et 1 (0,25 pour 25 %), sans arrondi ;
# - une colonne « Budget médian » : la médiane du budget mensuel des répondants du segment, en
#   euros, les réponses vides étant ignorées.
#
# Exemple de calcul : si un segment compte 4 répondants dont 3 ont coché Instagram, sa valeur
# Instagram est 0,75. (Un segment vide n'a ni part ni budget : laissez-y des valeurs manquantes.)

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
usages_segments = usages_segments.reindex(list(tailles_segments))
### END SOLUTION
usages = {"choix": choix, "usages": usages_segments}
usages_segments.round(2)

# %% tests id=usages_tests points=3 competencies=C1.3.1
"""Part des répondants de chaque segment qui utilisent chaque réseau, et budget médian."""
from cmcert_lib.checks import check, score
check("bloc1.cible_usages", usages)
### BEGIN HIDDEN TESTS
score("bloc1.cible_usages", usages, expected={'répondants': 643}, points=3)
### END HIDDEN TESTS

# %% [markdown]
# ### Livrable — La carte des usages
#
# Pour chaque segment, la part des répondants présents sur chaque réseau : c'est le graphique que
# vous montrerez à la cliente pour justifier le choix des canaux.

# %%
reseaux = ["Instagram", "Facebook", "TikTok", "YouTube", "Pinterest", "LinkedIn", "Snapchat", "X"]
parts = usages_segments[reseaux].fillna(0)
fig, ax = plt.subplots(figsize=(11, 2.5 + 0.35 * len(parts)))
image = ax.imshow(parts.to_numpy(dtype=float), cmap="BuGn", vmin=0, vmax=1, aspect="auto")
ax.set_xticks(range(len(reseaux)), reseaux)
ax.set_yticks(range(len(parts)),
              [f"{seg} ({tailles_segments.get(seg, 0)})" for seg in parts.index])
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
# ### Question 2.4 — La cible du brief face à l'enquête (2 pts)
#
# Le brief (section 6) décrit sa cible principale ainsi : « femmes et hommes de 25 à 40 ans,
# urbains, sensibles au zéro déchet et aux compositions naturelles, très présents sur Instagram et
# TikTok ». L'enquête le confirme-t-elle pour toute cette tranche d'âge ?
#
# Calculez le DataFrame `cible_brief` : une ligne par groupe d'âge de la cible du brief,
# `"25-29 ans"` (25 à 29 ans inclus) et `"30-40 ans"` (30 à 40 ans inclus) ; une colonne par
# réseau, `Instagram`, `TikTok`, `Facebook` et `Pinterest` ; la valeur est la part des répondants
# du groupe (tous statuts d'achat confondus) qui ont coché ce réseau, en fraction entre 0 et 1.

# %% solution id=cible_brief
### BEGIN SOLUTION
listes = enquete["Quels réseaux sociaux utilisez-vous au moins une fois par semaine ?"].str.split(", ")
cible_brief = pd.DataFrame({
    groupe: {reseau: listes[enquete["Âge"].between(bas, haut)].map(lambda l, r=reseau: r in l).mean()
             for reseau in ["Instagram", "TikTok", "Facebook", "Pinterest"]}
    for groupe, (bas, haut) in {"25-29 ans": (25, 29), "30-40 ans": (30, 40)}.items()
}).T
### END SOLUTION
cible_brief.round(2)

# %% tests id=cible_brief_tests points=2 competencies=C1.3.1
"""La présence des 25-29 ans et des 30-40 ans sur Instagram, TikTok, Facebook et Pinterest."""
from cmcert_lib.checks import check, score
check("bloc1.cible_brief", cible_brief)
### BEGIN HIDDEN TESTS
score("bloc1.cible_brief", cible_brief, expected={'25-29 ans': {'Instagram': 0.9048, 'TikTok': 0.7262, 'Facebook': 0.1429, 'Pinterest': 0.3929}, '30-40 ans': {'Instagram': 0.5411, 'TikTok': 0.1507, 'Facebook': 0.7671, 'Pinterest': 0.4315}}, points=2)
### END HIDDEN TESTS

# %% [markdown]
# ### Question 2.5 — Justifier vos choix et conseiller la cliente (4 pts)
#
# En 10 à 20 lignes :
#
# 1. justifiez vos tranches d'âge, vos statuts et votre cible cœur : pourquoi ces limites (effectifs,
#    usages, étapes de vie), pourquoi ces segments en priorité au regard des objectifs du brief
#    (confiance, communauté, ventes, lancement de « Petite Vague ») ;
# 2. dites à la cliente ce que l'enquête montre de sa cible déclarée (votre tableau `cible_brief`),
#    ce qu'en disent les entretiens et l'étude de marché, et ce que vous lui recommandez : garder,
#    redéfinir ou scinder sa cible principale, et sur quels réseaux la chercher. Justifiez.

# %% manual id=choix_justification points=4 competencies=C1.3.1 criteria=B1-05,B1-06
# **Mes choix.** Quatre tranches d'âge qui suivent les étapes de vie et gardent des effectifs
# suffisants : 18-29 ans (études, premiers emplois, 209 répondants), 30-44 ans (jeunes parents,
# 216), 45-59 ans (81) et 60 ans et plus (137). Découper plus fin (25-29, 30-34) donnerait des
# segments de 30 répondants, trop petits pour des pourcentages fiables. Trois statuts : les
# acheteurs réguliers et occasionnels sont réunis (ils achètent déjà, l'enjeu est de les fidéliser),
# les « prêts à essayer » sont les prospects, les « non » restent à part.
#
# **Ma cible cœur : les 30-44 ans prêts à essayer** (79 répondants, 12 % de l'enquête). C'est le
# plus grand réservoir de conversion, avec le budget médian le plus élevé (35 € par mois contre 20 €
# chez les 18-29 ans) ; ce sont aussi les parents que vise « Petite Vague ».
#
# **La cible du brief face aux données.** Le brief décrit des 25-40 ans « très présents sur
# Instagram et TikTok ». C'est vrai des 25-29 ans (Instagram 90 %, TikTok 73 %), pas des 30-40 ans :
# 54 % sur Instagram seulement, 15 % sur TikTok, mais 77 % sur Facebook et 43 % sur Pinterest,
# presque autant qu'Instagram. Les entretiens le confirment : Aurélie (38 ans) et Sandrine (42 ans)
# cherchent leurs idées sur Pinterest et dans des groupes Facebook, Camille (33 ans) a supprimé
# TikTok. L'étude de marché va dans le même sens : pour trouver des idées beauté, les acheteurs de
# 30 à 44 ans y citent Instagram (65 %) et Pinterest (55 %), loin devant TikTok (18 %). Instagram
# reste donc utile pour les 30-44 ans, comme vitrine d'inspiration plus que comme lieu de vie.
#
# **Ma recommandation.** Scinder la cible du brief en deux : les 18-29 ans (Instagram, TikTok),
# déjà acquis, à reconquérir par la transparence après mars 2026 ; et les 30-44 ans (Facebook,
# Pinterest, Instagram), cœur de la conversion et du lancement. TikTok n'est pas le canal de la
# cible cœur : y investir se justifie pour la notoriété auprès des plus jeunes, pas pour les ventes.
# Limite : l'enquête, diffusée par la marque, surreprésente ses clientes et la Bretagne.

# %% [markdown]
# ## Exercice 3 — Croiser les sources et construire le persona (C1.3.1)
#
# L'enquête dit *combien* ; les entretiens disent *pourquoi*, avec les mots des personnes ;
# l'étude de marché dit si ce que vous voyez chez les répondants de la marque vaut pour le marché.
#
# ### Question 3.1 — Ce qui revient dans les entretiens (2 pts)
#
# Calculez le dictionnaire `themes_entretiens` : pour chaque thème du codage (colonne « Thème » du
# tableau `verbatims`), le **nombre de personnes interrogées** qui l'ont abordé, au moins une fois.
# Une personne qui revient deux fois sur un thème compte une fois. Les 8 thèmes y figurent.

# %% solution id=entretiens
### BEGIN SOLUTION
themes_entretiens = verbatims.groupby("Thème")["Participant·e"].nunique().to_dict()
### END SOLUTION
themes_entretiens

# %% tests id=entretiens_tests points=2 competencies=C1.3.1
"""Nombre de personnes interrogées qui abordent chaque thème."""
from cmcert_lib.checks import check, score
check("bloc1.cible_entretiens", themes_entretiens)
### BEGIN HIDDEN TESTS
score("bloc1.cible_entretiens", themes_entretiens, expected={'Achat local': 4, 'Composition et peau': 4, 'Confiance et transparence': 6, 'Famille et enfants': 4, 'Inspiration beauté': 6, 'Prix': 5, 'Réseaux sociaux': 6, 'Usage du solide': 4}, points=2)
### END HIDDEN TESTS

# %% [markdown]
# **Explorer les segments.** Choisissez un de vos segments : vous obtenez une *esquisse* de persona
# calculée à partir des réponses (âge médian, catégorie la plus fréquente, réseaux utilisés par au
# moins 40 % du segment, verbatims les plus cités). Ce n'est pas encore un persona : c'est la
# matière première du vôtre, à croiser avec les entretiens. Cette exploration n'est pas notée.

# %%
from ipywidgets import Dropdown, interact

from cmcert_lib.bloc1.personas import draw_persona, sketch_from_answers

_segments = [f"{t} | {s}" for t in choix["tranches"] for s in dict.fromkeys(choix["statuts"].values())]


def apercu_segment(segment):
    nom_tranche, nom_statut = segment.split(" | ")
    bas, haut = choix["tranches"][nom_tranche]
    reponses = [r for r, s in choix["statuts"].items() if s == nom_statut]
    groupe = enquete[enquete["Âge"].between(bas, haut)
                     & enquete["Achetez-vous des cosmétiques solides ?"].isin(reponses)]
    if groupe.empty:
        return print("Ce segment ne compte aucun répondant.")
    return draw_persona(sketch_from_answers(groupe, segment, name="Esquisse du segment"))


interact(apercu_segment, segment=Dropdown(
    options=_segments, value=([s for s in choix["cible cœur"] if s in _segments] or _segments)[0],
    description="Segment :"));

# %% [markdown]
# ### Question 3.2 — Le persona principal, fondé sur les données (2 pts)
#
# Rédigez le persona principal, tiré de votre cible cœur, dans le dictionnaire `persona`, avec les
# clés suivantes (attention aux accents) :
#
# - `"nom"` (prénom et nom fictifs), `"âge"` (entier), `"métier"`, `"ville"` (facultatif) ;
# - `"segment"` : le libellé exact de son segment, un des segments de votre cible cœur ;
# - `"citation"` : une phrase qu'il ou elle pourrait dire, inspirée des verbatims (de l'enquête
#   et des entretiens) ;
# - `"objectifs"`, `"freins"`, `"motivations"`, `"habitudes médias"` : des listes de 2 à 5 textes
#   courts ;
# - `"réseaux"` : la liste des réseaux où le trouver, choisis parmi ceux du questionnaire ;
# - `"bio"` (facultatif) : deux lignes de contexte.
#
# Ce qui est vérifié automatiquement, avec vos choix : l'âge est dans la tranche du segment, le
# segment est dans votre cible cœur, chaque réseau cité est utilisé par **au moins 40 %** des
# répondants de ce segment (votre tableau `usages_segments`), et la fiche est réellement remplie :
# un texte de remplissage (« à définir », « ... ») ou repris d'une rubrique à l'autre ne compte
# pas, et les points ne sont accordés qu'en proportion des textes réels. La qualité du persona est
# évaluée par le formateur (questions 3.3 et 3.4). Comme à la question 2.2, la dernière ligne de la
# cellule est déjà écrite : ne la modifiez pas.

# %% solution id=persona
### BEGIN SOLUTION
persona = {
    "nom": "Claire Le Gall",
    "âge": 38,
    "métier": "Infirmière à temps partiel, mère de deux enfants",
    "ville": "Rennes (35)",
    "segment": "30-44 ans | Prêt à essayer",
    "citation": "Je veux bien passer au solide, mais il faut que ça convienne à toute la famille "
                "et qu'on m'explique combien de lavages fait un pain.",
    "objectifs": [
        "Réduire les déchets de la salle de bains sans compliquer la routine familiale",
        "Des produits doux, adaptés à la peau sensible de sa fille",
        "Tenir un budget cosmétiques d'environ 35 € par mois",
    ],
    "freins": [
        "Le prix : un pain solide lui paraît plus cher qu'un flacon, faute de prix au lavage",
        "Ne sait pas conserver un savon dans une douche toujours mouillée",
        "A entendu parler du sachet plastique de mars et se méfie des promesses « zéro déchet »",
    ],
    "motivations": [
        "Des avis de vraies mamans, pas d'influenceuses payées",
        "Une composition courte et rassurante pour les enfants",
        "Une offre découverte ou un coffret famille avant de s'engager",
    ],
    "réseaux": ["Facebook", "Pinterest", "Instagram"],
    "habitudes médias": [
        "Une demi-heure le soir, après le coucher des enfants",
        "Groupes Facebook de parents et groupe zéro déchet de sa ville",
        "Un tableau Pinterest « salle de bains zéro déchet »",
        "Regarde les stories Instagram de ses amies, ne publie pas",
    ],
    "bio": "Elle a déjà remplacé l'essuie-tout et les sacs plastiques ; la salle de bains est la "
           "prochaine étape, à condition que toute la famille suive.",
}
### END SOLUTION
fiche = {"choix": choix, "persona": persona}

# %% tests id=persona_tests points=2 competencies=C1.3.1
"""Le persona est complet, tiré de la cible cœur, et ses réseaux viennent des données."""
from cmcert_lib.checks import check, score
check("bloc1.cible_persona", fiche)
### BEGIN HIDDEN TESTS
score("bloc1.cible_persona", fiche, expected={'répondants': 643}, points=2)
### END HIDDEN TESTS

# %% [markdown]
# ### Livrable — La fiche persona
#
# La fiche, à insérer dans le cahier de préconisations.

# %%
from cmcert_lib.bloc1.personas import draw_persona, save_persona

carte = draw_persona(persona)
save_persona(carte, "livrables/persona_principal.png")
carte

# %% [markdown]
# ### Question 3.3 — Ce que les sources disent de la cible (4 pts)
#
# En 12 à 25 lignes, présentez à la cliente ce que vous retenez de vos trois sources : qui sont les
# répondants, quels segments se dégagent, leurs usages des réseaux sociaux, leurs budgets, leurs
# critères d'achat et leurs attentes envers une marque. Appuyez-vous sur des chiffres de l'enquête,
# sur des verbatims des entretiens **et** sur l'étude de marché ; dites où les sources
# concordent et où elles divergent. Dites aussi les limites de chacune (qui a répondu, comment,
# combien).

# %% manual id=analyse_cible points=4 competencies=C1.3.1 criteria=B1-06,B1-07
# **Qui a répondu.** 643 personnes entre le 14 septembre et le 11 octobre 2026, majoritairement des
# femmes, surtout en Ille-et-Vilaine (157 réponses), en Loire-Atlantique (64) et dans les Côtes-d'Armor
# (42), mais aussi à Paris, Lyon et Bordeaux. Un peu moins de la moitié (48 %) ne connaît pas Maison
# Ondine : l'enquête touche au-delà des clientes actuelles.
#
# **Trois publics très différents.**
#
# - *Les 18-29 ans* (209 répondants) sont déjà convertis ou prêts à l'être : 140 achètent des
#   cosmétiques solides. Ils vivent sur Instagram (92 %), TikTok (74 %) et YouTube (61 %), y passent
#   1 à 2 h par jour ou plus, ont un petit budget (20 € médian) et choisissent d'abord l'emballage
#   zéro déchet. Inès (24 ans) résume leur exigence : « Le mot "zéro déchet", je n'y crois plus chez
#   personne. Je préfère une marque qui dit "on a réduit de tant" et qui le prouve. »
# - *Les 30-44 ans* (216) forment le plus gros gisement de conversion : 79 « prêts à essayer ». Leur
#   réseau est Facebook (80 %), puis Instagram (52 %) et Pinterest (47 %) ; ils y passent 30 min à
#   1 h. Leur budget est plus élevé (35 € médian) mais le prix reste le premier critère et ils
#   achètent en grande surface. Les entretiens disent pourquoi ils hésitent : le prix sans repère
#   (« si on me dit 80 lavages, là je compare », Aurélie, 38 ans), l'usage du solide (quatre
#   personnes sur six en parlent : conservation, porte-savon), la peau des enfants, et ils veulent
#   « des avis de vraies mamans ».
# - *Les 60 ans et plus* (137) sont les fidèles locaux : la fabrication française ou locale est leur
#   premier critère, ils achètent sur les marchés et à la boutique, et restent sur Facebook moins de
#   30 minutes par jour (« c'est là que je vois vos dates de marché », Monique, 67 ans).
#
# **Ce que les sources croisées montrent.** La confiance est le seul thème abordé par les six
# personnes interrogées : la polémique de mars a laissé une trace, mais une explication simple et
# chiffrée suffirait à beaucoup. L'étude de marché confirme que TikTok compte peu pour l'inspiration
# beauté des 30-44 ans (18 %, contre 55 % pour Pinterest) : ce n'est pas un biais de l'enquête de la
# marque. Elle nuance en revanche Facebook : très utilisé par nos répondants de 30-44 ans (80 %), il
# n'est cité que par un tiers des acheteurs de cet âge pour l'inspiration beauté. Facebook sert à les
# joindre (groupes, pages locales), Pinterest et Instagram à les inspirer.
#
# **Limites.** L'enquête est auto-sélectionnée (newsletter, pages de la marque, stand du marché) :
# les clientes et les Bretons sont surreprésentés, les hommes sous-représentés, et les petits
# segments (17 « 18-29 ans non intéressés ») ne permettent pas de conclure. Six entretiens donnent
# des raisons et des mots, pas des proportions. L'étude de marché porte sur l'ensemble des
# acheteuses de cosmétiques solides, pas sur la clientèle de Maison Ondine.

# %% [markdown]
# ### Question 3.4 — Justifier le persona (4 pts)
#
# En 8 à 15 lignes, expliquez pourquoi ce persona est le persona principal de Maison Ondine et d'où
# vient chacun de ses traits (chiffre de votre tableau, réponse fermée, verbatim de l'enquête ou des
# entretiens, donnée de l'étude de marché). Montrez qu'il est cohérent avec les trois sources et
# dites où il s'écarte de la cible annoncée par le brief. Indiquez s'il faudrait un persona
# secondaire, et lequel.

# %% manual id=persona_justification points=4 competencies=C1.3.1 criteria=B1-08
# **Pourquoi Claire.** Le brief demande de convertir au solide des personnes qui ne l'ont pas encore
# adopté et de lancer un shampoing pour enfants. Le segment « 30-44 ans | Prêt à essayer », ma cible
# cœur, est le plus grand réservoir de non-acheteurs intéressés (79 répondants) et celui qui dépense
# le plus (35 € médian par mois) : c'est là que la croissance se joue.
#
# **D'où vient chaque trait.**
#
# - Âge (38 ans), métier et vie de famille : âge médian du segment (40 ans), catégories les plus
#   fréquentes (employées, professions intermédiaires), verbatims sur les enfants ; Aurélie,
#   infirmière de 38 ans, en est le portrait dans les entretiens.
# - Réseaux : Facebook (87 % du segment), Pinterest (53 %) et Instagram (47 %) ; TikTok, 18 %, n'est
#   pas retenu. Les entretiens (groupes Facebook de parents, tableaux Pinterest) et l'étude de
#   marché (Instagram 65 % et Pinterest 55 % pour l'inspiration beauté des 30-44 ans, TikTok 18 %)
#   concordent.
# - Freins : le prix, premier critère d'achat du segment, et le « prix au lavage » demandé dans
#   l'enquête comme dans les entretiens ; la conservation du savon (Aurélie, Sandrine) ; la
#   méfiance née du sachet plastique.
# - Motivations : « des avis de vraies clientes, pas seulement des influenceuses » (verbatim le plus
#   cité du segment, repris par Aurélie et Camille), une composition rassurante pour les enfants.
#
# **Écart avec le brief.** Claire n'est pas sur TikTok et n'a pas 25 ans : le brief décrivait une
# cible plus jeune et plus « Instagram » que ne l'est sa cible de conversion.
#
# **Persona secondaire.** Une étudiante ou jeune active de 24 ans (segment « 18-29 ans |
# Acheteur », 140 répondants), inspirée d'Inès : déjà acquise, présente sur Instagram et TikTok,
# prescriptrice possible, mais exigeante sur la sincérité des engagements. Elle sert la
# recommandation et la reconquête de la confiance ; Claire sert la conversion.
