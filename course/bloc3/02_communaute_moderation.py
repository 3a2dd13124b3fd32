# %% [markdown]
# # Bloc 3 · Notebook 2 — Animer et modérer la communauté
#
# **Situation.** « Petite Vague », le shampoing solide pour enfants de Maison Ondine, est en vente depuis
# le mardi 6 avril 2027. Le brief du 10 mai le dit sans détour : les commentaires et messages ont triplé,
# l'équipe y répond en 19 heures en moyenne alors que l'objectif est de **moins de 4 heures ouvrées** ;
# des clients se plaignent d'un pain qui « se délite » dans les salles de bains humides ; une rumeur sur
# l'huile de palme circule dans un groupe Facebook de parents. Il n'y a ni charte de modération ni seuil
# d'alerte. Léna Morvan vous transmet deux exports :
#
# - la **boîte de réception Agorapulse** : les commentaires et messages privés reçus du 6 au 30 avril 2027
#   sur Instagram, Facebook, TikTok et LinkedIn (CSV point-virgule) ;
# - les **statistiques quotidiennes de Mention** pour l'alerte « Maison Ondine », du 1er décembre 2026 au
#   30 avril 2027 : mentions par jour et par tonalité.
#
# Ces exports contiennent des noms de clients : ils restent dans l'équipe, et les livrables n'en
# contiennent aucun.
#
# **Ce que vous produisez.**
#
# 1. la **file de modération** : catégorie, priorité, échéance, retard et actions de chaque message
#    (`livrables/file_de_moderation.csv`, sans les noms des auteurs) ;
# 2. la **détection des signaux de crise** sur les mentions, avec ses fausses alertes
#    (`livrables/alertes_mentions.png`) ;
# 3. le **plan d'escalade** et les **modèles de réponse** dans le ton de la marque.

# %% [markdown]
# **Compétence évaluée.**
#
# - **C3.1.2** — Animer une communauté en adoptant une démarche de modération des interactions et en
#   s'aidant d'outils d'écoute des médias sociaux tels que (Mention, Digimind…) afin de sécuriser la
#   e-réputation de la marque et détecter les signaux d'une éventuelle crise sur les médias sociaux.
#
# **Barème.** 12 pts corrigés automatiquement (questions 1.1, 1.2, 1.3 et 2.1) et 6 pts corrigés par le
# formateur (question 3.1, critères B3-02 et B3-03).
#
# **Durée estimée.** 2 h 30.
#
# **Comment travailler.** Écrivez votre code à la place des deux lignes `# VOTRE CODE ICI …` et
# `print("✏️ Réponse à compléter")`, puis exécutez la cellule de vérification qui suit : elle contrôle la
# forme de votre réponse (sans donner la solution). La note finale est calculée à partir des données
# réelles.

# %%
import re
from pathlib import Path

import pandas as pd

from cmcert_lib.bloc3.datasets import load_daily_mentions, load_inbox
from cmcert_lib.bloc3.moderation import (
    ACTIONS,
    CATEGORIES,
    CHARTE,
    MATRICE_DELAIS,
    MOTIF_EMAIL,
    MOTIF_LIEN,
    MOTIF_TELEPHONE,
    MOTS_CLES,
    MOTS_ENFANT,
    ajouter_heures_ouvrees,
    categories_lues,
    delais_lus,
    fausses_alertes,
    graphique_alertes,
    sans_accents,
    serie_par_id,
    table_charte,
)

Path("livrables").mkdir(exist_ok=True)
boite = load_inbox()
print(f"{len(boite)} commentaires et messages reçus du 6 au 30 avril 2027")
boite.drop(columns="Auteur").head(8)

# %% [markdown]
# ## Exercice 1 — La file de modération
#
# Les colonnes de l'export sont celles d'Agorapulse : `ID` (l'identifiant du message), `Date` (reçu le,
# heure de Paris), `Réseau`, `Type` (`Commentaire`, public, ou `Message privé`), `Auteur`, `Message`,
# `Publication` (la publication commentée), `Pièce jointe` (`Photo` ou vide) et `Traité le` (quand l'équipe
# a répondu, masqué ou supprimé ; vide : pas traité à la date de l'export).
#
# ### Question 1.1 — Classer chaque message
#
# La charte que vous proposez classe chaque message dans une des huit catégories de `CATEGORIES`, par des
# règles qu'un outil de modération sait appliquer. Les règles se lisent **dans cet ordre**, sur le message
# écrit en minuscules et sans accents (`sans_accents(message)`) ; **la première qui s'applique l'emporte** :
#
# 1. `injure` : le message contient un des mots de `MOTS_CLES["injure"]` ;
# 2. `spam` : il contient un lien (motif `MOTIF_LIEN`, à chercher avec `re.search` ou `str.contains`) ;
# 3. `donnees_personnelles` : il contient une adresse électronique (`MOTIF_EMAIL`) ou un numéro de
#    téléphone (`MOTIF_TELEPHONE`), **ou** il a une pièce jointe `Photo` et nomme un enfant (un des mots de
#    `MOTS_ENFANT`) : la photo d'un mineur publiée par un parent ;
# 4. `signal_crise`, puis 5. `sante`, puis 6. `reclamation` : il contient un des mots de `MOTS_CLES` de
#    cette catégorie (un mot est cherché comme une suite de lettres : `allergi` trouve « allergique ») ;
# 7. `question` : il contient un point d'interrogation ;
# 8. `avis_positif` : tous les autres messages.
#
# Réponse attendue : le dictionnaire `categories` `{ID: catégorie}` de **tous** les messages de l'export
# (une Series indexée par `ID` est aussi acceptée), les catégories écrites comme dans `CATEGORIES`. La note
# est la moyenne, catégorie par catégorie, de la part de ses messages bien classés.

# %%
pd.Series(CATEGORIES, name="catégorie"), MOTS_CLES

# %% solution id=categories
### BEGIN SOLUTION
def categorie(ligne):
    texte = sans_accents(ligne["Message"])
    if any(mot in texte for mot in MOTS_CLES["injure"]):
        return "injure"
    if re.search(MOTIF_LIEN, texte):
        return "spam"
    photo_enfant = ligne["Pièce jointe"] == "Photo" and any(mot in texte for mot in MOTS_ENFANT)
    if re.search(MOTIF_EMAIL, texte) or re.search(MOTIF_TELEPHONE, texte) or photo_enfant:
        return "donnees_personnelles"
    for nom in ("signal_crise", "sante", "reclamation"):
        if any(mot in texte for mot in MOTS_CLES[nom]):
            return nom
    return "question" if "?" in texte else "avis_positif"


categories = dict(zip(boite["ID"], boite.apply(categorie, axis=1)))
### END SOLUTION
categories

# %% tests id=categories_tests points=3 competencies=C3.1.2
"""La catégorie de chaque message, par les règles de la charte."""
from cmcert_lib.checks import check, score
check("bloc3.moderation_categories", categories)
### BEGIN HIDDEN TESTS
score("bloc3.moderation_categories", categories, expected={'AP-0001': 'question', 'AP-0002': 'avis_positif', 'AP-0003': 'avis_positif', 'AP-0004': 'question', 'AP-0005': 'question', 'AP-0006': 'question', 'AP-0007': 'reclamation', 'AP-0008': 'avis_positif', 'AP-0009': 'question', 'AP-0010': 'avis_positif', 'AP-0011': 'avis_positif', 'AP-0012': 'question', 'AP-0013': 'avis_positif', 'AP-0014': 'question', 'AP-0015': 'avis_positif', 'AP-0016': 'avis_positif', 'AP-0017': 'avis_positif', 'AP-0018': 'question', 'AP-0019': 'spam', 'AP-0020': 'question', 'AP-0021': 'avis_positif', 'AP-0022': 'spam', 'AP-0023': 'question', 'AP-0024': 'question', 'AP-0025': 'reclamation', 'AP-0026': 'avis_positif', 'AP-0027': 'sante', 'AP-0028': 'avis_positif', 'AP-0029': 'avis_positif', 'AP-0030': 'question', 'AP-0031': 'avis_positif', 'AP-0032': 'question', 'AP-0033': 'question', 'AP-0034': 'reclamation', 'AP-0035': 'avis_positif', 'AP-0036': 'question', 'AP-0037': 'reclamation', 'AP-0038': 'avis_positif', 'AP-0039': 'avis_positif', 'AP-0040': 'question', 'AP-0041': 'avis_positif', 'AP-0042': 'question', 'AP-0043': 'question', 'AP-0044': 'reclamation', 'AP-0045': 'avis_positif', 'AP-0046': 'donnees_personnelles', 'AP-0047': 'reclamation', 'AP-0048': 'question', 'AP-0049': 'donnees_personnelles', 'AP-0050': 'spam', 'AP-0051': 'spam', 'AP-0052': 'sante', 'AP-0053': 'question', 'AP-0054': 'avis_positif', 'AP-0055': 'question', 'AP-0056': 'avis_positif', 'AP-0057': 'avis_positif', 'AP-0058': 'question', 'AP-0059': 'reclamation', 'AP-0060': 'avis_positif', 'AP-0061': 'avis_positif', 'AP-0062': 'avis_positif', 'AP-0063': 'avis_positif', 'AP-0064': 'question', 'AP-0065': 'question', 'AP-0066': 'injure', 'AP-0067': 'donnees_personnelles', 'AP-0068': 'avis_positif', 'AP-0069': 'question', 'AP-0070': 'spam', 'AP-0071': 'avis_positif', 'AP-0072': 'sante', 'AP-0073': 'question', 'AP-0074': 'avis_positif', 'AP-0075': 'donnees_personnelles', 'AP-0076': 'avis_positif', 'AP-0077': 'injure', 'AP-0078': 'avis_positif', 'AP-0079': 'reclamation', 'AP-0080': 'reclamation', 'AP-0081': 'avis_positif', 'AP-0082': 'question', 'AP-0083': 'question', 'AP-0084': 'avis_positif', 'AP-0085': 'question', 'AP-0086': 'avis_positif', 'AP-0087': 'donnees_personnelles', 'AP-0088': 'question', 'AP-0089': 'question', 'AP-0090': 'question', 'AP-0091': 'signal_crise', 'AP-0092': 'signal_crise', 'AP-0093': 'question', 'AP-0094': 'injure', 'AP-0095': 'avis_positif', 'AP-0096': 'signal_crise', 'AP-0097': 'question', 'AP-0098': 'question', 'AP-0099': 'sante', 'AP-0100': 'question', 'AP-0101': 'question', 'AP-0102': 'injure', 'AP-0103': 'question', 'AP-0104': 'signal_crise', 'AP-0105': 'avis_positif', 'AP-0106': 'question', 'AP-0107': 'question', 'AP-0108': 'avis_positif', 'AP-0109': 'signal_crise', 'AP-0110': 'signal_crise', 'AP-0111': 'question', 'AP-0112': 'question', 'AP-0113': 'signal_crise', 'AP-0114': 'avis_positif', 'AP-0115': 'signal_crise', 'AP-0116': 'question', 'AP-0117': 'signal_crise', 'AP-0118': 'signal_crise', 'AP-0119': 'question', 'AP-0120': 'question', 'AP-0121': 'avis_positif', 'AP-0122': 'reclamation', 'AP-0123': 'signal_crise', 'AP-0124': 'signal_crise', 'AP-0125': 'avis_positif', 'AP-0126': 'signal_crise', 'AP-0127': 'avis_positif', 'AP-0128': 'signal_crise', 'AP-0129': 'avis_positif', 'AP-0130': 'sante', 'AP-0131': 'injure', 'AP-0132': 'avis_positif', 'AP-0133': 'avis_positif', 'AP-0134': 'avis_positif', 'AP-0135': 'question', 'AP-0136': 'question', 'AP-0137': 'question', 'AP-0138': 'reclamation', 'AP-0139': 'avis_positif', 'AP-0140': 'question', 'AP-0141': 'avis_positif', 'AP-0142': 'question', 'AP-0143': 'avis_positif', 'AP-0144': 'sante', 'AP-0145': 'question', 'AP-0146': 'donnees_personnelles', 'AP-0147': 'question', 'AP-0148': 'question', 'AP-0149': 'spam', 'AP-0150': 'donnees_personnelles', 'AP-0151': 'signal_crise', 'AP-0152': 'avis_positif', 'AP-0153': 'signal_crise', 'AP-0154': 'signal_crise', 'AP-0155': 'question', 'AP-0156': 'avis_positif', 'AP-0157': 'signal_crise', 'AP-0158': 'question', 'AP-0159': 'signal_crise', 'AP-0160': 'question', 'AP-0161': 'avis_positif', 'AP-0162': 'signal_crise', 'AP-0163': 'reclamation', 'AP-0164': 'spam', 'AP-0165': 'avis_positif', 'AP-0166': 'avis_positif', 'AP-0167': 'reclamation', 'AP-0168': 'signal_crise', 'AP-0169': 'signal_crise', 'AP-0170': 'signal_crise', 'AP-0171': 'signal_crise', 'AP-0172': 'avis_positif', 'AP-0173': 'reclamation', 'AP-0174': 'question', 'AP-0175': 'avis_positif', 'AP-0176': 'spam', 'AP-0177': 'reclamation', 'AP-0178': 'avis_positif', 'AP-0179': 'question', 'AP-0180': 'question', 'AP-0181': 'avis_positif', 'AP-0182': 'avis_positif', 'AP-0183': 'spam', 'AP-0184': 'avis_positif', 'AP-0185': 'avis_positif', 'AP-0186': 'reclamation', 'AP-0187': 'question', 'AP-0188': 'question', 'AP-0189': 'avis_positif', 'AP-0190': 'question', 'AP-0191': 'avis_positif', 'AP-0192': 'sante', 'AP-0193': 'avis_positif', 'AP-0194': 'avis_positif'}, points=3)
### END HIDDEN TESTS

# %% [markdown]
# La file avec vos catégories : combien de messages de chaque sorte, sur quels réseaux.

# %%
file = boite.assign(categorie=None)
file["categorie"] = file["ID"].map(categories_lues(categories))
pd.crosstab(file["categorie"], file["Réseau"], margins=True, margins_name="total")

# %% [markdown]
# ### Question 1.2 — Échéances et retards
#
# La matrice `MATRICE_DELAIS` donne, pour chaque catégorie, sa priorité et son **délai de traitement en
# heures ouvrées** : 1 h pour un signal de crise, une injure ou des données personnelles (à masquer au
# plus vite), 4 h pour une question, une réclamation ou un message de santé (l'objectif du brief), une
# journée ouvrée (9 h) pour un avis positif ou un spam. Les heures ouvrées de l'équipe vont de 9 h à 18 h,
# du lundi au vendredi : un message reçu un samedi à 11 h avec un délai de 4 h est à traiter le lundi à
# 13 h ; reçu un mardi à 17 h 30, le mardi 18 h compte une demi-heure et le reste court le mercredi dès
# 9 h. L'outil `ajouter_heures_ouvrees(debut, heures)` fait ce calcul.
#
# Réponse attendue : le tableau `delais` (DataFrame) indexé par `ID`, une ligne par message, avec les
# colonnes `echeance` (la date et l'heure limites de traitement, Timestamp) et `en_retard` (booléen : vrai
# quand le message a été traité **après** son échéance, ou **pas traité** du tout). La moitié des points
# va aux échéances, l'autre moitié aux retards.

# %%
MATRICE_DELAIS

# %% solution id=delais
### BEGIN SOLUTION
heures = file["categorie"].map(MATRICE_DELAIS["delai_heures_ouvrees"])
echeance = [ajouter_heures_ouvrees(recu, h) for recu, h in zip(file["Date"], heures)]
delais = pd.DataFrame({"echeance": echeance}, index=file["ID"])
traite = file.set_index("ID")["Traité le"]
delais["en_retard"] = traite.isna() | (traite > delais["echeance"])
### END SOLUTION
delais

# %% tests id=delais_tests points=3 competencies=C3.1.2
"""L'échéance de chaque message en heures ouvrées, et les messages traités en retard."""
from cmcert_lib.checks import check, score
check("bloc3.moderation_delais", delais)
### BEGIN HIDDEN TESTS
score("bloc3.moderation_delais", delais, expected={'echeance': {'AP-0001': '2027-04-06 14:21', 'AP-0002': '2027-04-07 16:29', 'AP-0003': '2027-04-07 18:00', 'AP-0004': '2027-04-07 13:00', 'AP-0005': '2027-04-07 17:35', 'AP-0006': '2027-04-07 17:51', 'AP-0007': '2027-04-08 10:37', 'AP-0008': '2027-04-08 17:10', 'AP-0009': '2027-04-08 12:29', 'AP-0010': '2027-04-08 18:00', 'AP-0011': '2027-04-08 18:00', 'AP-0012': '2027-04-08 13:00', 'AP-0013': '2027-04-09 13:10', 'AP-0014': '2027-04-09 11:43', 'AP-0015': '2027-04-09 18:00', 'AP-0016': '2027-04-12 09:46', 'AP-0017': '2027-04-12 10:49', 'AP-0018': '2027-04-09 16:22', 'AP-0019': '2027-04-12 14:46', 'AP-0020': '2027-04-12 11:41', 'AP-0021': '2027-04-12 18:00', 'AP-0022': '2027-04-12 18:00', 'AP-0023': '2027-04-12 13:00', 'AP-0024': '2027-04-12 13:00', 'AP-0025': '2027-04-12 13:00', 'AP-0026': '2027-04-12 18:00', 'AP-0027': '2027-04-12 13:00', 'AP-0028': '2027-04-12 18:00', 'AP-0029': '2027-04-12 18:00', 'AP-0030': '2027-04-12 13:00', 'AP-0031': '2027-04-12 18:00', 'AP-0032': '2027-04-12 13:00', 'AP-0033': '2027-04-12 13:00', 'AP-0034': '2027-04-12 13:00', 'AP-0035': '2027-04-12 18:00', 'AP-0036': '2027-04-12 13:00', 'AP-0037': '2027-04-12 13:00', 'AP-0038': '2027-04-12 18:00', 'AP-0039': '2027-04-12 18:00', 'AP-0040': '2027-04-12 13:00', 'AP-0041': '2027-04-13 09:55', 'AP-0042': '2027-04-12 17:47', 'AP-0043': '2027-04-13 11:06', 'AP-0044': '2027-04-13 13:00', 'AP-0045': '2027-04-13 18:00', 'AP-0046': '2027-04-13 10:00', 'AP-0047': '2027-04-13 14:13', 'AP-0048': '2027-04-13 14:16', 'AP-0049': '2027-04-14 10:00', 'AP-0050': '2027-04-14 18:00', 'AP-0051': '2027-04-14 18:00', 'AP-0052': '2027-04-14 13:00', 'AP-0053': '2027-04-15 09:17', 'AP-0054': '2027-04-15 14:30', 'AP-0055': '2027-04-15 11:24', 'AP-0056': '2027-04-15 18:00', 'AP-0057': '2027-04-15 18:00', 'AP-0058': '2027-04-15 13:00', 'AP-0059': '2027-04-15 16:27', 'AP-0060': '2027-04-16 18:00', 'AP-0061': '2027-04-16 18:00', 'AP-0062': '2027-04-16 18:00', 'AP-0063': '2027-04-16 18:00', 'AP-0064': '2027-04-16 13:25', 'AP-0065': '2027-04-16 17:57', 'AP-0066': '2027-04-19 10:00', 'AP-0067': '2027-04-19 10:00', 'AP-0068': '2027-04-19 18:00', 'AP-0069': '2027-04-19 13:00', 'AP-0070': '2027-04-19 18:00', 'AP-0071': '2027-04-19 18:00', 'AP-0072': '2027-04-19 13:00', 'AP-0073': '2027-04-19 13:00', 'AP-0074': '2027-04-19 18:00', 'AP-0075': '2027-04-19 10:00', 'AP-0076': '2027-04-19 18:00', 'AP-0077': '2027-04-19 10:00', 'AP-0078': '2027-04-19 18:00', 'AP-0079': '2027-04-19 13:00', 'AP-0080': '2027-04-19 13:00', 'AP-0081': '2027-04-19 18:00', 'AP-0082': '2027-04-19 13:00', 'AP-0083': '2027-04-19 13:00', 'AP-0084': '2027-04-19 18:00', 'AP-0085': '2027-04-19 13:00', 'AP-0086': '2027-04-19 18:00', 'AP-0087': '2027-04-19 10:00', 'AP-0088': '2027-04-19 13:00', 'AP-0089': '2027-04-19 13:22', 'AP-0090': '2027-04-19 13:26', 'AP-0091': '2027-04-19 11:44', 'AP-0092': '2027-04-19 13:08', 'AP-0093': '2027-04-19 16:13', 'AP-0094': '2027-04-19 15:06', 'AP-0095': '2027-04-20 15:33', 'AP-0096': '2027-04-20 10:00', 'AP-0097': '2027-04-20 13:00', 'AP-0098': '2027-04-20 13:00', 'AP-0099': '2027-04-20 13:00', 'AP-0100': '2027-04-20 13:00', 'AP-0101': '2027-04-20 13:00', 'AP-0102': '2027-04-20 11:18', 'AP-0103': '2027-04-20 14:38', 'AP-0104': '2027-04-21 10:00', 'AP-0105': '2027-04-21 18:00', 'AP-0106': '2027-04-21 13:00', 'AP-0107': '2027-04-21 13:00', 'AP-0108': '2027-04-22 14:37', 'AP-0109': '2027-04-21 17:30', 'AP-0110': '2027-04-22 09:51', 'AP-0111': '2027-04-22 13:00', 'AP-0112': '2027-04-22 13:00', 'AP-0113': '2027-04-22 10:00', 'AP-0114': '2027-04-22 18:00', 'AP-0115': '2027-04-22 10:38', 'AP-0116': '2027-04-23 09:02', 'AP-0117': '2027-04-22 16:19', 'AP-0118': '2027-04-22 16:25', 'AP-0119': '2027-04-23 11:46', 'AP-0120': '2027-04-23 12:30', 'AP-0121': '2027-04-23 18:00', 'AP-0122': '2027-04-23 13:00', 'AP-0123': '2027-04-23 10:00', 'AP-0124': '2027-04-23 10:00', 'AP-0125': '2027-04-23 18:00', 'AP-0126': '2027-04-23 10:00', 'AP-0127': '2027-04-23 18:00', 'AP-0128': '2027-04-23 10:00', 'AP-0129': '2027-04-23 18:00', 'AP-0130': '2027-04-23 14:05', 'AP-0131': '2027-04-23 11:29', 'AP-0132': '2027-04-26 18:00', 'AP-0133': '2027-04-26 18:00', 'AP-0134': '2027-04-26 18:00', 'AP-0135': '2027-04-26 13:00', 'AP-0136': '2027-04-26 13:00', 'AP-0137': '2027-04-26 13:00', 'AP-0138': '2027-04-26 13:00', 'AP-0139': '2027-04-26 18:00', 'AP-0140': '2027-04-26 13:00', 'AP-0141': '2027-04-26 18:00', 'AP-0142': '2027-04-26 13:00', 'AP-0143': '2027-04-26 18:00', 'AP-0144': '2027-04-26 13:00', 'AP-0145': '2027-04-26 13:00', 'AP-0146': '2027-04-26 10:00', 'AP-0147': '2027-04-26 13:00', 'AP-0148': '2027-04-26 13:35', 'AP-0149': '2027-04-27 10:57', 'AP-0150': '2027-04-26 13:04', 'AP-0151': '2027-04-26 14:23', 'AP-0152': '2027-04-27 14:28', 'AP-0153': '2027-04-26 18:00', 'AP-0154': '2027-04-27 10:00', 'AP-0155': '2027-04-27 13:00', 'AP-0156': '2027-04-27 18:00', 'AP-0157': '2027-04-27 10:00', 'AP-0158': '2027-04-27 14:08', 'AP-0159': '2027-04-27 11:56', 'AP-0160': '2027-04-27 17:08', 'AP-0161': '2027-04-28 14:38', 'AP-0162': '2027-04-27 17:23', 'AP-0163': '2027-04-28 13:00', 'AP-0164': '2027-04-28 18:00', 'AP-0165': '2027-04-28 18:00', 'AP-0166': '2027-04-28 18:00', 'AP-0167': '2027-04-28 16:10', 'AP-0168': '2027-04-28 13:32', 'AP-0169': '2027-04-28 16:25', 'AP-0170': '2027-04-28 17:48', 'AP-0171': '2027-04-29 10:00', 'AP-0172': '2027-04-29 18:00', 'AP-0173': '2027-04-29 13:00', 'AP-0174': '2027-04-29 13:00', 'AP-0175': '2027-04-29 18:00', 'AP-0176': '2027-04-29 18:00', 'AP-0177': '2027-04-29 14:57', 'AP-0178': '2027-04-30 11:10', 'AP-0179': '2027-04-29 16:30', 'AP-0180': '2027-04-30 11:52', 'AP-0181': '2027-04-30 17:36', 'AP-0182': '2027-04-30 17:45', 'AP-0183': '2027-04-30 18:00', 'AP-0184': '2027-04-30 18:00', 'AP-0185': '2027-04-30 18:00', 'AP-0186': '2027-04-30 13:00', 'AP-0187': '2027-04-30 13:00', 'AP-0188': '2027-04-30 13:00', 'AP-0189': '2027-04-30 18:00', 'AP-0190': '2027-04-30 13:00', 'AP-0191': '2027-05-03 17:42', 'AP-0192': '2027-05-03 13:00', 'AP-0193': '2027-05-03 18:00', 'AP-0194': '2027-05-03 18:00'}, 'en_retard': ['AP-0001', 'AP-0005', 'AP-0006', 'AP-0012', 'AP-0014', 'AP-0018', 'AP-0030', 'AP-0032', 'AP-0034', 'AP-0035', 'AP-0036', 'AP-0044', 'AP-0045', 'AP-0046', 'AP-0048', 'AP-0051', 'AP-0052', 'AP-0053', 'AP-0055', 'AP-0058', 'AP-0059', 'AP-0061', 'AP-0063', 'AP-0064', 'AP-0065', 'AP-0072', 'AP-0078', 'AP-0079', 'AP-0080', 'AP-0081', 'AP-0082', 'AP-0084', 'AP-0088', 'AP-0089', 'AP-0090', 'AP-0091', 'AP-0092', 'AP-0093', 'AP-0094', 'AP-0096', 'AP-0097', 'AP-0098', 'AP-0099', 'AP-0100', 'AP-0101', 'AP-0104', 'AP-0105', 'AP-0106', 'AP-0107', 'AP-0108', 'AP-0109', 'AP-0110', 'AP-0112', 'AP-0113', 'AP-0115', 'AP-0117', 'AP-0118', 'AP-0121', 'AP-0123', 'AP-0124', 'AP-0126', 'AP-0128', 'AP-0129', 'AP-0130', 'AP-0131', 'AP-0136', 'AP-0142', 'AP-0145', 'AP-0147', 'AP-0150', 'AP-0151', 'AP-0153', 'AP-0154', 'AP-0155', 'AP-0157', 'AP-0158', 'AP-0159', 'AP-0160', 'AP-0162', 'AP-0163', 'AP-0164', 'AP-0166', 'AP-0167', 'AP-0168', 'AP-0169', 'AP-0170', 'AP-0171', 'AP-0173', 'AP-0176', 'AP-0177', 'AP-0179', 'AP-0180', 'AP-0182', 'AP-0183', 'AP-0184', 'AP-0186', 'AP-0187', 'AP-0189', 'AP-0191', 'AP-0192', 'AP-0193', 'AP-0194']}, points=3)
### END HIDDEN TESTS

# %% [markdown]
# La part des messages traités en retard, par catégorie : ce que la nouvelle organisation doit faire
# baisser.

# %%
retards = pd.DataFrame({"categorie": file.set_index("ID")["categorie"], "en_retard": delais_lus(delais)["en_retard"]})
retards.groupby("categorie")["en_retard"].agg(messages="size", part_en_retard="mean").round(2)

# %% [markdown]
# ### Question 1.3 — Les actions de la charte
#
# La charte de modération fixe les actions par catégorie et par type de message (`CHARTE`, lisible avec
# `table_charte()`), en suivant la loi et les règles des plateformes :
#
# - une injure ou un propos haineux est **masqué et signalé** à la plateforme (on ne l'efface pas soi-même :
#   il peut servir de preuve) ; un spam public est **supprimé** ;
# - des données personnelles publiées en public (adresse, téléphone, photo d'un enfant) sont **masquées**,
#   et l'on invite l'auteur à poursuivre en message privé ;
# - un message de santé reçoit la réponse non médicale (la marque ne conseille pas un traitement) et
#   **remonte** à la responsable ; un signal de crise reçoit une réponse et remonte aussi ;
# - une critique ne se supprime ni ne se masque jamais : on y répond ;
# - un message privé ne peut être ni masqué ni supprimé par la marque.
#
# Réponse attendue : le dictionnaire `actions` `{ID: liste des actions}` de tous les messages, les actions
# écrites comme dans `ACTIONS` (l'ordre dans la liste ne compte pas ; `"masquer + signaler"` est aussi
# accepté). Un message est juste quand il a toutes les actions de sa ligne de la charte, ni plus ni
# moins ; la note est la moyenne, ligne de la charte par ligne, de la part de ses messages justes.

# %%
table_charte()

# %% solution id=actions
### BEGIN SOLUTION
actions = {ident: list(CHARTE[(cat, genre)])
           for ident, cat, genre in zip(file["ID"], file["categorie"], file["Type"])}
### END SOLUTION
actions

# %% tests id=actions_tests points=3 competencies=C3.1.2
"""Les actions de la charte de modération pour chaque message."""
from cmcert_lib.checks import check, score
check("bloc3.moderation_actions", actions)
### BEGIN HIDDEN TESTS
score("bloc3.moderation_actions", actions, expected={'AP-0001': ['repondre'], 'AP-0002': ['repondre'], 'AP-0003': ['repondre'], 'AP-0004': ['repondre'], 'AP-0005': ['repondre'], 'AP-0006': ['repondre'], 'AP-0007': ['repondre', 'repondre_en_prive'], 'AP-0008': ['repondre'], 'AP-0009': ['repondre'], 'AP-0010': ['repondre'], 'AP-0011': ['repondre'], 'AP-0012': ['repondre'], 'AP-0013': ['repondre'], 'AP-0014': ['repondre'], 'AP-0015': ['repondre'], 'AP-0016': ['repondre'], 'AP-0017': ['repondre'], 'AP-0018': ['repondre'], 'AP-0019': ['supprimer'], 'AP-0020': ['repondre'], 'AP-0021': ['repondre'], 'AP-0022': ['supprimer'], 'AP-0023': ['repondre'], 'AP-0024': ['repondre'], 'AP-0025': ['repondre'], 'AP-0026': ['repondre'], 'AP-0027': ['faire_remonter', 'repondre'], 'AP-0028': ['repondre'], 'AP-0029': ['repondre'], 'AP-0030': ['repondre'], 'AP-0031': ['repondre'], 'AP-0032': ['repondre'], 'AP-0033': ['repondre'], 'AP-0034': ['repondre'], 'AP-0035': ['repondre'], 'AP-0036': ['repondre'], 'AP-0037': ['repondre'], 'AP-0038': ['repondre'], 'AP-0039': ['repondre'], 'AP-0040': ['repondre'], 'AP-0041': ['repondre'], 'AP-0042': ['repondre'], 'AP-0043': ['repondre'], 'AP-0044': ['repondre', 'repondre_en_prive'], 'AP-0045': ['repondre'], 'AP-0046': ['masquer', 'repondre_en_prive'], 'AP-0047': ['repondre'], 'AP-0048': ['repondre'], 'AP-0049': ['masquer', 'repondre_en_prive'], 'AP-0050': ['supprimer'], 'AP-0051': ['signaler'], 'AP-0052': ['faire_remonter', 'repondre_en_prive'], 'AP-0053': ['repondre'], 'AP-0054': ['repondre'], 'AP-0055': ['repondre'], 'AP-0056': ['repondre'], 'AP-0057': ['repondre'], 'AP-0058': ['repondre'], 'AP-0059': ['repondre', 'repondre_en_prive'], 'AP-0060': ['repondre'], 'AP-0061': ['repondre'], 'AP-0062': ['repondre'], 'AP-0063': ['repondre'], 'AP-0064': ['repondre'], 'AP-0065': ['repondre'], 'AP-0066': ['masquer', 'signaler'], 'AP-0067': ['masquer', 'repondre_en_prive'], 'AP-0068': ['repondre'], 'AP-0069': ['repondre'], 'AP-0070': ['supprimer'], 'AP-0071': ['repondre'], 'AP-0072': ['faire_remonter', 'repondre_en_prive'], 'AP-0073': ['repondre'], 'AP-0074': ['repondre'], 'AP-0075': ['masquer', 'repondre_en_prive'], 'AP-0076': ['repondre'], 'AP-0077': ['signaler'], 'AP-0078': ['repondre'], 'AP-0079': ['repondre', 'repondre_en_prive'], 'AP-0080': ['repondre'], 'AP-0081': ['repondre'], 'AP-0082': ['repondre'], 'AP-0083': ['repondre'], 'AP-0084': ['repondre'], 'AP-0085': ['repondre'], 'AP-0086': ['repondre'], 'AP-0087': ['masquer', 'repondre_en_prive'], 'AP-0088': ['repondre'], 'AP-0089': ['repondre'], 'AP-0090': ['repondre'], 'AP-0091': ['faire_remonter', 'repondre'], 'AP-0092': ['faire_remonter', 'repondre'], 'AP-0093': ['repondre'], 'AP-0094': ['masquer', 'signaler'], 'AP-0095': ['repondre'], 'AP-0096': ['faire_remonter', 'repondre'], 'AP-0097': ['repondre'], 'AP-0098': ['repondre'], 'AP-0099': ['faire_remonter', 'repondre'], 'AP-0100': ['repondre'], 'AP-0101': ['repondre'], 'AP-0102': ['masquer', 'signaler'], 'AP-0103': ['repondre'], 'AP-0104': ['faire_remonter', 'repondre'], 'AP-0105': ['repondre'], 'AP-0106': ['repondre'], 'AP-0107': ['repondre'], 'AP-0108': ['repondre'], 'AP-0109': ['faire_remonter', 'repondre'], 'AP-0110': ['faire_remonter', 'repondre'], 'AP-0111': ['repondre'], 'AP-0112': ['repondre'], 'AP-0113': ['faire_remonter', 'repondre'], 'AP-0114': ['repondre'], 'AP-0115': ['faire_remonter', 'repondre'], 'AP-0116': ['repondre'], 'AP-0117': ['faire_remonter', 'repondre'], 'AP-0118': ['faire_remonter', 'repondre'], 'AP-0119': ['repondre'], 'AP-0120': ['repondre'], 'AP-0121': ['repondre'], 'AP-0122': ['repondre'], 'AP-0123': ['faire_remonter', 'repondre'], 'AP-0124': ['faire_remonter', 'repondre'], 'AP-0125': ['repondre'], 'AP-0126': ['faire_remonter', 'repondre'], 'AP-0127': ['repondre'], 'AP-0128': ['faire_remonter', 'repondre'], 'AP-0129': ['repondre'], 'AP-0130': ['faire_remonter', 'repondre_en_prive'], 'AP-0131': ['masquer', 'signaler'], 'AP-0132': ['repondre'], 'AP-0133': ['repondre'], 'AP-0134': ['repondre'], 'AP-0135': ['repondre'], 'AP-0136': ['repondre'], 'AP-0137': ['repondre'], 'AP-0138': ['repondre', 'repondre_en_prive'], 'AP-0139': ['repondre'], 'AP-0140': ['repondre'], 'AP-0141': ['repondre'], 'AP-0142': ['repondre'], 'AP-0143': ['repondre'], 'AP-0144': ['faire_remonter', 'repondre'], 'AP-0145': ['repondre'], 'AP-0146': ['repondre'], 'AP-0147': ['repondre'], 'AP-0148': ['repondre'], 'AP-0149': ['signaler'], 'AP-0150': ['masquer', 'repondre_en_prive'], 'AP-0151': ['faire_remonter', 'repondre'], 'AP-0152': ['repondre'], 'AP-0153': ['faire_remonter', 'repondre'], 'AP-0154': ['faire_remonter', 'repondre'], 'AP-0155': ['repondre'], 'AP-0156': ['repondre'], 'AP-0157': ['faire_remonter', 'repondre'], 'AP-0158': ['repondre'], 'AP-0159': ['faire_remonter', 'repondre'], 'AP-0160': ['repondre'], 'AP-0161': ['repondre'], 'AP-0162': ['faire_remonter', 'repondre'], 'AP-0163': ['repondre', 'repondre_en_prive'], 'AP-0164': ['supprimer'], 'AP-0165': ['repondre'], 'AP-0166': ['repondre'], 'AP-0167': ['repondre'], 'AP-0168': ['faire_remonter', 'repondre'], 'AP-0169': ['faire_remonter', 'repondre'], 'AP-0170': ['faire_remonter', 'repondre'], 'AP-0171': ['faire_remonter', 'repondre'], 'AP-0172': ['repondre'], 'AP-0173': ['repondre', 'repondre_en_prive'], 'AP-0174': ['repondre'], 'AP-0175': ['repondre'], 'AP-0176': ['supprimer'], 'AP-0177': ['repondre', 'repondre_en_prive'], 'AP-0178': ['repondre'], 'AP-0179': ['repondre'], 'AP-0180': ['repondre'], 'AP-0181': ['repondre'], 'AP-0182': ['repondre'], 'AP-0183': ['supprimer'], 'AP-0184': ['repondre'], 'AP-0185': ['repondre'], 'AP-0186': ['repondre', 'repondre_en_prive'], 'AP-0187': ['repondre'], 'AP-0188': ['repondre'], 'AP-0189': ['repondre'], 'AP-0190': ['repondre'], 'AP-0191': ['repondre'], 'AP-0192': ['faire_remonter', 'repondre'], 'AP-0193': ['repondre'], 'AP-0194': ['repondre']}, points=3)
### END HIDDEN TESTS

# %% [markdown]
# **Livrable.** La file de modération, sans les noms des auteurs (données personnelles), la plus urgente
# en tête, dans `livrables/file_de_moderation.csv` (point-virgule : elle s'ouvre dans un tableur français).

# %%
sortie = file.drop(columns=["Auteur"]).set_index("ID")
sortie["priorite"] = sortie["categorie"].map(MATRICE_DELAIS["priorite"])
sortie["echeance"] = delais_lus(delais)["echeance"]
sortie["en_retard"] = delais_lus(delais)["en_retard"]
sortie["actions"] = pd.Series({i: " + ".join(a) if isinstance(a, (list, tuple, set)) else str(a)
                               for i, a in serie_par_id(actions).items()}, dtype="object")
sortie = sortie.sort_values(["priorite", "echeance"])
sortie.to_csv("livrables/file_de_moderation.csv", sep=";", encoding="utf-8-sig", date_format="%d/%m/%Y %H:%M")
sortie[["Réseau", "Type", "categorie", "priorite", "echeance", "en_retard", "actions"]].head(12)

# %% [markdown]
# ## Exercice 2 — Détecter les signaux de crise
#
# L'export de Mention donne, pour chaque jour, le nombre de mentions (`Mentions`) et leur tonalité
# (`Positif`, `Neutre`, `Négatif`). Trois incidents sont connus de l'équipe : le retard d'un transporteur
# (lundi 18 janvier 2027), le pain qui se délite (lundi 19 avril) et la rumeur sur l'huile de palme (lundi
# 26 avril).

# %%
mentions = load_daily_mentions()
INCIDENTS = ["2027-01-18", "2027-04-19", "2027-04-26"]
mentions.tail(8)

# %% [markdown]
# ### Question 2.1 — Les jours d'alerte
#
# La règle d'alerte proposée déclenche une alerte le jour *j* quand **les deux** conditions sont remplies :
#
# 1. le volume de *j* dépasse la moyenne des mentions des **14 jours précédents** (sans *j*) plus
#    **k = 2** écarts-types de ces 14 jours (l'écart-type de pandas, `.std()`) ;
# 2. la part des mentions négatives de *j* (`Négatif / Mentions`) dépasse **x = 25 %**.
#
# Les 14 premiers jours de l'export, sans 14 jours précédents, ne déclenchent rien.
#
# Réponse attendue : la liste `jours_alerte` des jours d'alerte au format `"AAAA-MM-JJ"` (des dates pandas
# sont aussi acceptées). Chaque jour trouvé rapporte sa part ; chaque jour cité à tort en retire une.

# %% solution id=jours_alerte
### BEGIN SOLUTION
serie = mentions.set_index("Date")
precedents = serie["Mentions"].shift(1).rolling(14)
seuil = precedents.mean() + 2 * precedents.std()
alerte = (serie["Mentions"] > seuil) & (serie["Négatif"] / serie["Mentions"] > 0.25)
jours_alerte = [jour.strftime("%Y-%m-%d") for jour in serie.index[alerte]]
### END SOLUTION
jours_alerte

# %% tests id=jours_alerte_tests points=3 competencies=C3.1.2
"""Les jours où la règle d'alerte se déclenche."""
from cmcert_lib.checks import check, score
check("bloc3.moderation_alertes", jours_alerte)
### BEGIN HIDDEN TESTS
score("bloc3.moderation_alertes", jours_alerte, expected=['2027-01-18', '2027-02-23', '2027-04-26'], points=3)
### END HIDDEN TESTS

# %% [markdown]
# **Livrable.** Le graphique des mentions, des alertes et des incidents connus, dans
# `livrables/alertes_mentions.png`. Une alerte qui ne suit aucun incident connu de 0 à 2 jours est une
# **fausse alerte** ; un incident sans alerte dans ces 2 jours est **manqué**.

# %%
jours = [str(j)[:10] for j in pd.Series(jours_alerte, dtype="object")]
fausses = fausses_alertes(jours, INCIDENTS)
manques = [d for d in INCIDENTS if not any(0 <= (pd.Timestamp(j) - pd.Timestamp(d)).days <= 2 for j in jours)]
print(f"{len(jours)} alerte(s), dont {len(fausses)} fausse(s) : {fausses} ; incident(s) manqué(s) : {manques}")
fig = graphique_alertes(mentions, jours, INCIDENTS, "Mentions de Maison Ondine : alertes k = 2, x = 25 %")
fig.savefig("livrables/alertes_mentions.png", dpi=120)

# %% [markdown]
# ## Exercice 3 — Le plan d'escalade et les réponses (C3.1.2)
#
# ### Question 3.1 — Votre dispositif de modération pour Léna Morvan
#
# En 30 à 40 lignes, présentez :
#
# 1. le **plan d'escalade** : les niveaux (community manager, Léna Morvan, Gaëlle Le Floc'h, la
#    responsable qualité), ce qui déclenche chaque niveau (catégories, règle d'alerte, seuils), qui décide
#    quoi et dans quel délai, les premiers gestes d'une crise (message d'attente, pause des publications
#    programmées, éléments de preuve) ;
# 2. le **réglage de l'alerte** : ce que montrent les fausses alertes et l'incident manqué ci-dessus, et
#    le réglage que vous retenez (k, x, fenêtre, ou une autre règle), justifié ;
# 3. **cinq modèles de réponse** dans le ton de la marque (chaleureux, précis, complice, transparent ;
#    vouvoiement, sans allégation interdite) : une question, le pain qui se délite, la rumeur sur l'huile
#    de palme, une question de santé (réponse non médicale), des données personnelles publiées en public.

# %% manual id=plan_escalade points=6 competencies=C3.1.2 criteria=B3-02,B3-03
# **Plan d'escalade.**
#
# - *Niveau 1 — la ou le community manager* (9 h - 18 h, du lundi au vendredi ; Léna Morvan en relais le
#   samedi matin) : traite la file par priorité, répond aux questions et avis, masque et signale les
#   injures, supprime les spams, masque les données personnelles et écrit en privé. Délais de la matrice.
# - *Niveau 2 — Léna Morvan* : reçoit dans l'heure tout `signal_crise` et tout message de `sante`, et toute
#   alerte Mention. Elle valide la réponse type, décide de mettre en pause les publications programmées
#   dans Hootsuite si l'alerte dure plus d'une journée, et prévient la responsable qualité.
# - *Niveau 3 — Gaëlle Le Floc'h et la responsable qualité* : saisies le jour même quand 5 signaux d'un même
#   sujet arrivent en 24 h ou quand l'alerte se déclenche deux jours de suite. Elles décident d'une prise
#   de parole (publication épinglée, FAQ), d'un geste commercial, d'un rappel de lot si la qualité le
#   justifie.
# - *Premiers gestes d'une crise* : un message d'attente public sous 1 heure (« Nous avons bien lu vos
#   messages, nous vérifions avec notre atelier et revenons vers vous aujourd'hui ») ; capture d'écran et
#   export des messages ; pas de suppression de critiques ; un point quotidien tant que la part négative
#   dépasse 25 %.
#
# **Réglage de l'alerte.** Avec k = 2 et x = 25 %, la règle voit le transporteur (18 janvier) et la rumeur
# (26 avril), donne une fausse alerte le 23 février (un article contre les cosmétiques solides en général)
# et **manque le 19 avril** : le pic du lancement gonfle l'écart-type des 14 jours précédents. Je propose de
# calculer le seuil sur une fenêtre qui exclut les jours de lancement (ou sur la médiane), et de garder
# x = 25 % : la fausse alerte de février coûte une vérification de dix minutes, un incident manqué coûte
# une semaine de commentaires sans réponse.
#
# **Modèles de réponse.**
#
# 1. *Question* : « Bonjour Camille, Petite Vague convient dès 3 ans 🌊 Pour votre nièce de 2 ans et demi,
#    nous vous conseillons d'attendre encore un peu. Belle journée ! »
# 2. *Pain qui se délite* : « Merci de nous l'avoir signalé, et désolés pour ce pain. Un shampoing solide
#    n'aime pas l'eau stagnante : un porte-savon qui s'égoutte change tout. Nous vous écrivons en privé pour
#    vous renvoyer un pain. »
# 3. *Huile de palme* : « Petite Vague ne contient pas d'huile de palme : toute sa composition est sur la
#    fiche produit (lien en bio). Nous comprenons la question et y répondons volontiers en privé. »
# 4. *Santé* : « Merci pour votre confiance. Nous ne pouvons pas donner d'avis médical : montrez la
#    composition à votre pédiatre, nous vous l'envoyons en privé. »
# 5. *Données personnelles* : « Pour protéger vos coordonnées, nous avons masqué votre commentaire et vous
#    écrivons en message privé. »
