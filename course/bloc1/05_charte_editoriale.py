# %% [markdown]
# # Bloc 1 · Notebook 5 — Écrire la charte éditoriale de Maison Ondine
#
# **La situation.** Les analyses sont faites : le brief est reformulé, la concurrence et l'écoute
# sociale sont lues, les cibles et leur parcours sont connus. Gaëlle Le Floc'h, cofondatrice de
# **Maison Ondine** (cosmétiques solides et naturels, fabriqués à Saint-Malo), vous reçoit pour
# l'atelier « charte éditoriale ». Le brief demande « une charte éditoriale complète (ligne
# éditoriale, ton, formats par plateforme) » : après la polémique de mars 2026 sur le sachet
# doublé de plastique, la marque doit reparler de ses engagements sans raviver la crise, avec
# une équipe réduite qui publie jusqu'ici au gré de la charge de l'atelier.
#
# Une charte se défend avec des faits : les mots que la communauté emploie quand elle aime la
# marque, les réseaux que la cible fréquente vraiment, les règles que chaque publication doit
# respecter (plateformes, accessibilité, droit de 2026 : influence commerciale, images retouchées
# ou générées par IA, accessibilité de la boutique en ligne).

# %% [markdown]
# **Ce que vous produisez dans ce notebook**
#
# 1. le **champ sémantique** de la marque, tiré des mentions positives (corrigé automatiquement) ;
# 2. la **ligne éditoriale** : angle, promesse de lecture, piliers et leur part, sujets, champ
#    sémantique commenté (corrigée par le formateur), et les **piliers** en données (corrigés
#    automatiquement) ;
# 3. les **canaux** : usage des réseaux par la cible cœur et réseaux retenus (corrigés
#    automatiquement), puis les leviers et canaux justifiés (corrigés par le formateur) ;
# 4. la **relecture de dix brouillons** de publications, le **cadre juridique** de huit
#    situations et la **vérification des formats** de visuels prévus (corrigés automatiquement),
#    puis le ton, les règles d'écriture et l'accessibilité de la boutique en ligne (corrigés par
#    le formateur) ;
# 5. le livrable : la **charte éditoriale** `livrables/charte_editoriale.md` et le graphique
#    `livrables/usage_reseaux.png`, à joindre à votre cahier de préconisations.
#
# **Compétences évaluées**
#
# - **C1.5.1** — Élaborer une charte éditoriale en détaillant les différents formats de contenus
#   (image, vidéo, audio...), en prenant en compte les spécificités de chaque plateforme et en
#   respectant les aspects juridiques et les réglementations en vigueur (loi sur l'accessibilité,
#   le handicap, le traitement des données...) afin de garantir une cohérence du message sur
#   l'ensemble des canaux de communication de la marque.
# - **C1.5.2** — Rédiger la ligne éditoriale en identifiant le champ sémantique, les piliers
#   éditoriaux ainsi que les sujets éditoriaux afin d'homogénéiser le discours de la marque.
# - **C1.5.3** — Définir les leviers, les actions marketing et les canaux (médias sociaux) à
#   utiliser, grâce à l'analyse des usages et comportements de la cible afin de diffuser les bons
#   messages au bon moment via les bons canaux.
#
# **Durée indicative :** 3 h 30 (45 min de ligne éditoriale, 45 min de canaux et leviers, 1 h 30
# de relecture, de droit, de formats et de règles d'écriture, 30 min de synthèse).

# %% [markdown]
# ## Les données
#
# Deux fichiers que vous connaissez déjà : l'export de l'outil d'écoute sociale (une ligne par
# mention, du 1er novembre 2025 au 31 octobre 2026) et les réponses au questionnaire de la
# marque (une ligne par répondant). La bibliothèque du cours fournit aussi `charter`, les règles
# de la charte, et `PLATFORMS`, la table des limites des plateformes.

# %%
from collections import Counter
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown, display

from cmcert_lib.bloc1 import charter
from cmcert_lib.bloc1.datasets import load_mentions, load_survey
from cmcert_lib.facts.platforms import LAST_CHECKED, PLATFORMS

mentions = load_mentions()
enquete = load_survey()
Path("livrables").mkdir(exist_ok=True)
print(f"{len(mentions)} mentions, {len(enquete)} répondants.")

# %% [markdown]
# ## Exercice 1 — La ligne éditoriale (C1.5.2)
#
# ### Question 1.1 — Le champ sémantique de la marque
#
# Le champ sémantique d'une marque, ce sont les mots qui la font reconnaître. Les plus sûrs sont
# ceux que sa communauté emploie spontanément quand elle en dit du bien : on les retrouve dans
# les **mentions positives** de l'écoute sociale.
#
# Calculez les **15 mots les plus fréquents** des mentions positives de Maison Ondine, selon
# cette règle exacte :
#
# 1. gardez les mentions dont la colonne « Alerte » vaut `"Maison Ondine"` et la colonne
#    « Sentiment » vaut `"positif"` ;
# 2. découpez chaque « Texte » en mots avec `charter.tokenize(texte)` : il met en minuscules,
#    sépare les élisions (« l'odeur » donne `"l'"` et `"odeur"`), écarte les liens et les
#    @comptes, garde entiers les mots composés (`"saint-malo"`) ;
# 3. gardez les mots d'**au moins 3 caractères**, absents de la liste de mots vides
#    `charter.STOPWORDS`, et qui ne sont pas les mots du nom de la marque (`"maison"`,
#    `"ondine"`) ;
# 4. comptez **chaque occurrence** (un mot présent deux fois dans une mention compte deux fois) ;
# 5. classez par nombre d'occurrences décroissant (en cas d'égalité au 15e rang, par ordre
#    alphabétique) et gardez les 15 premiers.
#
# **Réponse attendue :** `champ_semantique`, une liste de 15 mots (textes en minuscules), dans
# l'ordre que vous voulez.
#
# Exemple : `charter.tokenize("L'odeur d'iode, c'est la mer !")` donne
# `["l'", "odeur", "d'", "iode", "c'", "est", "la", "mer"]`, dont il reste `odeur`, `iode` et
# `mer` après l'étape 3.

# %%
print(charter.tokenize("L'odeur d'iode, c'est la mer !"))
print(f"{len(charter.STOPWORDS)} mots vides, par exemple :", sorted(charter.STOPWORDS)[:12])

# %% solution id=champ_semantique
### BEGIN SOLUTION
positives = mentions[(mentions["Alerte"] == "Maison Ondine") & (mentions["Sentiment"] == "positif")]
compteur = Counter(
    mot
    for texte in positives["Texte"]
    for mot in charter.tokenize(texte)
    if len(mot) >= 3 and mot not in charter.STOPWORDS and mot not in ("maison", "ondine")
)
classement = sorted(compteur.items(), key=lambda paire: (-paire[1], paire[0]))
champ_semantique = [mot for mot, _ in classement[:15]]
### END SOLUTION
champ_semantique

# %% tests id=champ_semantique_tests points=3 competencies=C1.5.2
"""Les 15 mots les plus fréquents des mentions positives de Maison Ondine."""
from cmcert_lib.checks import check, score

check("bloc1.charte_champ_semantique", champ_semantique)
### BEGIN HIDDEN TESTS
score(
    "bloc1.charte_champ_semantique",
    champ_semantique,
    expected=['solide', 'savon', 'shampoing', 'peau', 'saint-malo', 'zéro', 'naturel', 'déchet',
              'parfum', 'mois', 'artisanal', 'main', 'merci', 'reste', 'odeur'],
    points=3,
)
### END HIDDEN TESTS

# %% [markdown]
# **Pour explorer (non noté).** Comparez votre champ sémantique avec le vocabulaire des mentions
# négatives de la marque (les mots à manier avec précaution) et des mentions positives des
# concurrents (les mots qu'ils occupent déjà). Changez la marque et le sentiment dans les listes
# déroulantes.

# %%
from ipywidgets import Dropdown, IntSlider, interact


def mots_frequents(marque="Maison Ondine", sentiment="négatif", nombre=15):
    if (marque, sentiment) == ("Maison Ondine", "positif"):
        print("C'est la question 1.1 : calculez-la vous-même ci-dessus.")
        return None
    choix = mentions[(mentions["Alerte"] == marque) & (mentions["Sentiment"] == sentiment)]
    mots_marque = set(charter.tokenize(marque))
    compte = Counter(
        mot for texte in choix["Texte"] for mot in charter.tokenize(texte)
        if len(mot) >= 3 and mot not in charter.STOPWORDS and mot not in mots_marque
    )
    print(f"{len(choix)} mentions « {sentiment} » pour {marque}")
    return pd.DataFrame(compte.most_common(nombre), columns=["Mot", "Occurrences"])


interact(
    mots_frequents,
    marque=Dropdown(options=sorted(mentions["Alerte"].unique()), value="Maison Ondine", description="Marque"),
    sentiment=Dropdown(options=["positif", "neutre", "négatif"], value="négatif", description="Sentiment"),
    nombre=IntSlider(min=5, max=30, step=5, value=15, description="Mots affichés"),
);

# %% [markdown]
# ### Question 1.2 — Ligne éditoriale, promesse de lecture, piliers et sujets
#
# Rédigez la ligne éditoriale que vous présenterez à Gaëlle Le Floc'h :
#
# - l'**angle** (le parti pris) et la **promesse de lecture** : ce que gagne une personne qui
#   suit Maison Ondine, en une ou deux phrases ;
# - **3 à 5 piliers éditoriaux**, chacun avec sa **part** des publications (le total fait
#   100 %) et ce qui la justifie (brief, écoute, enquête) ;
# - pour chaque pilier, **trois sujets éditoriaux** concrets ;
# - le **champ sémantique** commenté : les mots de la communauté que vous reprenez (question
#   1.1), ceux que vous ajoutez, ceux que la marque s'interdit et pourquoi.

# %% manual id=ligne_editoriale points=5 competencies=C1.5.2 criteria=B1-10,B1-11
# **Angle (parti pris) : prouver plutôt que promettre.** Maison Ondine parle comme un atelier,
# pas comme une marque : on montre comment on fabrique, on chiffre ce qu'on avance, on date ce
# qu'on change. C'est la réponse directe à la problématique : la confiance s'est perdue sur une
# promesse (« zéro déchet ») que les faits démentaient ; elle se regagne par des preuves.
#
# **Promesse de lecture.** « En suivant Maison Ondine, vous apprenez des gestes simples pour une
# routine solide qui dure, vous voyez comment vos produits sont fabriqués à Saint-Malo, et vous
# savez exactement ce qu'il y a dedans et autour. »
#
# **Piliers éditoriaux (part des publications).**
#
# | Pilier | Part | Pourquoi |
# | --- | --- | --- |
# | Savoir-faire malouin | 30 % | « artisanal », « main » (fait main) et « saint-malo » figurent parmi les mots les plus cités des mentions positives ; les concurrents n'ont pas d'atelier malouin à montrer. |
# | Rituels & conseils | 30 % | l'enquête : des conseils concrets, des tutoriels courts ; c'est aussi le pilier qui fait acheter (mode d'emploi, « Petite Vague » en avril). |
# | Engagements prouvés | 25 % | la marque y prouve ses engagements par des faits datés (sachet kraft depuis juin 2026), sans le slogan « zéro déchet » que la charte interdit, pas même dans le nom du pilier ; 25 % et pas plus pour ne pas raviver la polémique. |
# | Communauté | 15 % | avis, questions, contenus de clientes : la confiance revient par la parole des autres ; 15 % car ces contenus dépendent de ce que la communauté produit. |
#
# **Sujets éditoriaux.**
# - Savoir-faire malouin : la découpe d'un bloc de savon Goémon en atelier ; la récolte des algues
#   de la côte d'Émeraude avec notre fournisseur ; portrait d'une savonnière et de son geste.
# - Rituels & conseils : faire durer un savon solide (porte-savon, séchage) ; passer du shampoing
#   liquide au solide en trois semaines ; la routine du bain avec « Petite Vague » pour les
#   enfants.
# - Engagements prouvés : le nouveau sachet kraft compostable, ce qu'il est et ce qu'il n'est
#   pas ; d'où viennent nos ingrédients, en pourcentage ; ce qui reste à améliorer, avec une date.
# - Communauté : la question de la semaine en story, réponse en Reel ; l'avis d'une cliente
#   republié avec son accord ; les coulisses d'une journée portes ouvertes à la boutique-atelier.
#
# **Champ sémantique.** Repris de la communauté (question 1.1) : solide, shampoing, savon, peau,
# naturel, artisanal, fait main, Saint-Malo, parfum, odeur. Ajoutés par la marque : atelier,
# geste, preuve, côte d'Émeraude, saponifié à froid, routine, embruns. Interdits : « zéro déchet »,
# « respectueux de l'environnement », « biodégradable » (allégations génériques, interdites sans
# preuve et au cœur de la polémique) ; « soigne », « guérit », « traite » (allégations
# thérapeutiques) ; « sans produits chimiques » (trompeur). Les mentions emploient « zéro » et
# « déchet » : la marque y répond par le fait précis (« sachet en papier kraft compostable »),
# jamais par le slogan.

# %% [markdown]
# ### Question 1.3 — Les piliers, en données
#
# Le calendrier éditorial (notebook 6) planifie chaque publication sous un pilier : son nom sera
# lu par toute l'équipe, repris dans les briefs des graphistes et des créatrices partenaires, et
# finira dans des légendes. Un pilier ne peut donc pas porter une allégation que la charte
# interdit (« zéro déchet », « écoresponsable »… : voir `charter.FORBIDDEN_CLAIMS` et la
# question 3.1), ni un nom qui ne dit rien (« Pilier 1 »).
#
# **Réponse attendue :** `piliers`, un dictionnaire nom du pilier → part des publications, en
# **proportion entre 0 et 1** (0,30 pour 30 %), **3 à 5 piliers** dont les parts font 100 %.
# La fonction `charter.pillar_name_problem(nom)` dit si un nom est refusé, et pourquoi.

# %%
print(charter.pillar_name_problem("Engagement zéro déchet"))

# %% solution id=piliers
### BEGIN SOLUTION
piliers = {
    "Savoir-faire malouin": 0.30,
    "Rituels & conseils": 0.30,
    "Engagements prouvés": 0.25,
    "Communauté": 0.15,
}
### END SOLUTION
piliers

# %% tests id=piliers_tests points=2 competencies=C1.5.2
"""Les piliers de la ligne éditoriale : 3 à 5, 100 % des publications, des noms permis par la charte."""
from cmcert_lib.checks import check, score

check("bloc1.charte_piliers", piliers)
### BEGIN HIDDEN TESTS
score("bloc1.charte_piliers", piliers, expected={"min": 3, "max": 5}, points=2)
### END HIDDEN TESTS

# %% [markdown]
# ## Exercice 2 — Les canaux et les leviers (C1.5.3)
#
# ### Question 2.1 — Quels réseaux la cible cœur utilise-t-elle chaque semaine ?
#
# Dans l'enquête, deux répondants de moins de 30 ans sur trois achètent des cosmétiques solides,
# bien plus que les 30-40 ans : la cible « 25-40 ans » du brief est rajeunie. La charte retient
# donc cette **cible cœur** : les répondants âgés de **18 à 34 ans inclus** dont la réponse à
# « Achetez-vous des cosmétiques solides ? » est `"Oui, régulièrement"` ou
# `"Oui, de temps en temps"`.
#
# Pour chacun des 8 réseaux proposés par le questionnaire (Instagram, Facebook, TikTok, YouTube,
# Pinterest, LinkedIn, Snapchat, X), calculez la **part des répondants de la cible cœur** qui
# l'ont coché dans « Quels réseaux sociaux utilisez-vous au moins une fois par semaine ? ».
# Attention : les cases cochées sont réunies dans une même cellule, séparées par `", "` ; un
# répondant qui a répondu `"Instagram, TikTok, X"` compte pour ces trois réseaux.
#
# **Réponse attendue :** `usage_reseaux`, un dictionnaire réseau → part, en **proportion entre
# 0 et 1** (0,913 pour 91,3 %), arrondie à 3 décimales au moins, par exemple
# `{"Instagram": 0.913, "Facebook": ..., ...}` avec les 8 réseaux.

# %% solution id=usage_reseaux
### BEGIN SOLUTION
RESEAUX = ["Instagram", "Facebook", "TikTok", "YouTube", "Pinterest", "LinkedIn", "Snapchat", "X"]
ACHAT = "Achetez-vous des cosmétiques solides ?"
USAGE = "Quels réseaux sociaux utilisez-vous au moins une fois par semaine ?"

cible_coeur = enquete[
    enquete["Âge"].between(18, 34)
    & enquete[ACHAT].isin(["Oui, régulièrement", "Oui, de temps en temps"])
]
reseaux_coches = cible_coeur[USAGE].str.split(", ")
usage_reseaux = {
    reseau: round(float(reseaux_coches.apply(lambda coches: reseau in coches).mean()), 4)
    for reseau in RESEAUX
}
### END SOLUTION
usage_reseaux

# %% tests id=usage_reseaux_tests points=3 competencies=C1.5.3
"""Part de la cible cœur qui utilise chaque réseau au moins une fois par semaine."""
from cmcert_lib.checks import check, score

check("bloc1.charte_usage_reseaux", usage_reseaux)
### BEGIN HIDDEN TESTS
score(
    "bloc1.charte_usage_reseaux",
    usage_reseaux,
    expected={'Instagram': 0.9133, 'Facebook': 0.2133, 'TikTok': 0.7467, 'YouTube': 0.6067,
              'Pinterest': 0.4733, 'LinkedIn': 0.2133, 'Snapchat': 0.5067, 'X': 0.1467},
    points=3,
)
### END HIDDEN TESTS

# %% [markdown]
# ### Question 2.2 — Les réseaux qui atteignent la cible cœur
#
# Un réseau **atteint** la cible cœur quand **au moins la moitié** de ses répondants l'utilisent
# chaque semaine (part ≥ 0,5).
#
# **Réponse attendue :** `canaux_retenus`, la liste des réseaux qui atteignent ce seuil, écrits
# comme dans le questionnaire, dans l'ordre que vous voulez. Chaque réseau retenu à tort retire
# la part d'un réseau juste : tout retenir ne rapporte rien.

# %% solution id=canaux_retenus
### BEGIN SOLUTION
canaux_retenus = [reseau for reseau, part in usage_reseaux.items() if part >= 0.5]
### END SOLUTION
canaux_retenus

# %% tests id=canaux_retenus_tests points=2 competencies=C1.5.3
"""Réseaux utilisés chaque semaine par au moins la moitié de la cible cœur."""
from cmcert_lib.checks import check, score

check("bloc1.charte_canaux", canaux_retenus)
### BEGIN HIDDEN TESTS
score(
    "bloc1.charte_canaux",
    canaux_retenus,
    expected=['Instagram', 'TikTok', 'YouTube', 'Snapchat'],
    points=2,
)
### END HIDDEN TESTS

# %% [markdown]
# **Le graphique de la charte.** Le brief demande aussi de ne pas perdre la clientèle
# historique, plus âgée, et de toucher les parents pour « Petite Vague » : le graphique met en
# regard votre cible cœur et les acheteurs de 35 ans et plus. Il est enregistré dans
# `livrables/usage_reseaux.png`.

# %%
ACHETEURS = ["Oui, régulièrement", "Oui, de temps en temps"]
QUESTION_RESEAUX = "Quels réseaux sociaux utilisez-vous au moins une fois par semaine ?"
plus_de_35 = enquete[(enquete["Âge"] >= 35)
                     & enquete["Achetez-vous des cosmétiques solides ?"].isin(ACHETEURS)]
coches_35 = plus_de_35[QUESTION_RESEAUX].str.split(", ")
usage_35 = {reseau: float(coches_35.apply(lambda coches: reseau in coches).mean())
            for reseau in usage_reseaux}

ordre = sorted(usage_reseaux, key=usage_reseaux.get)
positions = range(len(ordre))
fig, ax = plt.subplots(figsize=(8, 4.8))
ax.barh([p + 0.2 for p in positions], [usage_reseaux[r] for r in ordre], height=0.4,
        color="#2a7f8e", label="Cible cœur : acheteurs de 18 à 34 ans")
ax.barh([p - 0.2 for p in positions], [usage_35[r] for r in ordre], height=0.4,
        color="#c9a66b", label="Acheteurs de 35 ans et plus")
ax.axvline(0.5, color="#555555", linestyle="--", linewidth=1)
ax.text(0.505, len(ordre) - 0.45, "seuil : la moitié de la cible", fontsize=8, color="#555555")
ax.set_yticks(list(positions), ordre)
ax.set_xlim(0, 1)
ax.xaxis.set_major_formatter(lambda valeur, _: f"{valeur * 100:.0f} %")
ax.set_xlabel("Part des répondants qui utilisent le réseau au moins une fois par semaine")
ax.set_title("Maison Ondine — réseaux utilisés chaque semaine par les acheteurs de solides")
ax.legend(loc="lower right", frameon=False)
ax.spines[["top", "right"]].set_visible(False)
fig.tight_layout()
fig.savefig("livrables/usage_reseaux.png", dpi=150)
plt.show()
print(f"Acheteurs de 35 ans et plus : {len(plus_de_35)} répondants.")

# %% [markdown]
# ### Question 2.3 — Leviers et canaux retenus
#
# Le seuil dit où est la cible ; il ne décide pas seul. Présentez à la cliente les **canaux**
# que vous retenez pour le premier semestre 2027, avec pour chacun son rôle et son rythme de
# publication hebdomadaire, et les **leviers marketing** que vous actionnez (contenus
# organiques, publicité sociale, partenariats créateurs, communauté, service client,
# événements…). Justifiez chaque choix par les données (questions 2.1 et 2.2, graphique,
# attentes exprimées dans l'enquête) et par les moyens du brief (équipe, budget) ; dites aussi
# quels réseaux vous écartez et pourquoi.

# %% manual id=leviers_canaux points=4 competencies=C1.5.3 criteria=B1-12
# **Canaux retenus et rythme (publications par semaine).**
#
# | Réseau | Rôle | Rythme | Justification |
# | --- | --- | --- | --- |
# | Instagram | vitrine, preuves, conversion vers la boutique en ligne | 4 | 91 % de la cible cœur chaque semaine ; 12 400 abonnés à reconquérir ; boutique et Reels. |
# | TikTok | recrutement de nouveaux publics par la vidéo courte | 2 | 75 % de la cible cœur ; compte ouvert en 2025 et peu alimenté ; les concurrents y publient beaucoup. |
# | Facebook | fidélité de la clientèle historique, parents, événements locaux | 2 | 21 % seulement de la cible cœur, mais environ 80 % des acheteurs de 35 ans et plus ; c'est là que la polémique s'est prolongée. |
# | LinkedIn | revendeurs (47 % du chiffre d'affaires) et recrutement | 1 | hors enquête consommateurs : un public professionnel que le brief cite. |
#
# **Réseaux écartés.** YouTube (61 % de la cible cœur) : pas de vidéaste interne ni de budget pour
# des formats longs ; les vidéos verticales tournées pour TikTok pourront être reprises en
# Shorts après le bilan de mars, sans production supplémentaire. Snapchat (51 %, juste au seuil) :
# usage surtout privé, peu de formats organiques pour une marque, une plateforme de plus que
# l'équipe ne pourrait pas tenir. Pinterest (47 %) et X (15 %) : sous le seuil.
# Neuf publications par semaine en tout : tenable avec Léna à mi-temps et deux journées de
# tournage par trimestre, à condition de produire par lots.
#
# **Leviers.**
# - Contenus organiques selon les quatre piliers : vidéos courtes et tutoriels, que l'enquête cite
#   parmi les attentes de la cible (« Des vidéos courtes qui montrent comment utiliser les
#   produits », « Des tutos en Reels »).
# - Publicité sociale Meta et TikTok (35 % du budget hors outils, 5 985 € HT) : reciblage des
#   visiteurs du site et lancement de « Petite Vague » en avril auprès des parents sur Facebook et
#   Instagram.
# - Partenariats avec 5 à 8 micro-créatrices « zéro déchet » et parentalité (20 %, 3 420 € HT),
#   avec la mention « Collaboration commerciale » et un brief qui reprend la charte.
# - Communauté et service client : réponse aux commentaires et messages sous 24 heures, attente
#   explicite de l'enquête (« Répondre vraiment aux commentaires et aux questions en DM ») et
#   leçon de la crise (quatre jours de silence en mars).
# - Événements : portes ouvertes et ateliers à la boutique-atelier, annoncés sur Facebook et
#   Instagram, filmés pour les coulisses.

# %% [markdown]
# ## Exercice 3 — Formats, accessibilité et droit (C1.5.1)
#
# La charte fixe des règles que chaque publication respecte. La bibliothèque les rassemble dans
# `charter.RULES` : chaque règle a un identifiant (colonne « Règle »), une famille et sa raison
# d'être. Les limites des plateformes (longueur des textes, nombre de hashtags, proportions des
# visuels, durée des vidéos) viennent de la table `PLATFORMS`, avec la source de chaque chiffre
# (page d'aide ou annonce de la plateforme) et la date de sa dernière vérification : les
# plateformes changent souvent leurs règles.
#
# Un visuel n'a pas une taille unique : chaque plateforme affiche sans le recadrer un visuel dont
# les **proportions** (largeur:hauteur) tombent dans une **plage** propre à son format. Une image
# du fil Instagram peut aller de 1,91:1 (paysage) à 4:5 (portrait) ; un Reel ou une story est en
# 9:16. Les **tailles recommandées** sont des exemples dans cette plage, à 1080 pixels de large.

# %%
pd.set_option("display.max_colwidth", None)
print(f"Limites des plateformes vérifiées le {LAST_CHECKED:%d/%m/%Y}.")
display(charter.rules_table())
display(pd.DataFrame(
    [(p.name, p.max_text_chars, p.max_hashtags or "sans limite", p.max_video_seconds or "—",
      ", ".join(p.formats))
     for p in PLATFORMS.values()],
    columns=["Plateforme", "Texte (caractères)", "Hashtags", "Vidéo (s)", "Formats"],
))
display(pd.DataFrame(
    [(p.name, plage.name, ", ".join(plage.formats), plage.label,
      ", ".join(f"{f.name} {f.width}×{f.height}" for f in plage.recommended), plage.source.title)
     for p in PLATFORMS.values() for plage in p.ranges],
    columns=["Plateforme", "Visuels", "Formats", "Proportions acceptées", "Tailles recommandées",
             "Source"],
))

# %% [markdown]
# ### Question 3.1 — Relire dix brouillons avant publication
#
# Léna Morvan a préparé les brouillons ci-dessous pour janvier. Relisez-les comme en comité
# éditorial : pour chaque brouillon, listez les **identifiants des règles qu'il enfreint**
# (colonne « Règle » du tableau). Un brouillon sans défaut reçoit une liste vide.
#
# Un brouillon est un dictionnaire : `"plateforme"`, `"format"`, `"texte"`, `"visuels"` (chaque
# visuel : `"type"` image ou vidéo, `"largeur"`, `"hauteur"` en pixels, `"texte_alternatif"`
# pour une image, `"duree_s"` et `"sous_titres"` pour une vidéo), `"partenariat"` (publié par
# une créatrice rémunérée ou qui a reçu des produits), `"image_retouchee"` (un corps ou un
# visage retouché) et `"image_ia"` : `False`, `"visage"` (un visage ou une silhouette produits
# par intelligence artificielle) ou `"réaliste"` (une image générée par IA qui pourrait passer
# pour une vraie photo).
#
# **Réponse attendue :** `relecture`, un dictionnaire identifiant du brouillon → liste des
# identifiants de règles enfreintes, par exemple `{"P1": ["nombre_hashtags", ...], ...,
# "P6": [], ...}` avec les 10 brouillons ; l'ordre des règles est libre.

# %% readonly id=brouillons
brouillons = [
    {
        "id": "P1", "plateforme": "Instagram", "format": "Carrousel",
        "texte": "Nouvelle année, nouvelle routine ! Nos trois savons saponifiés à froid préférés "
                 "pour l'hiver : Goémon, Miel & Avoine et le shampoing Écume. Lequel est dans "
                 "votre douche ? #savon #cosmetiquesolide #SaintMalo #FaitMain #Bretagne "
                 "#zerodechet",
        "visuels": [
            {"type": "image", "largeur": 1080, "hauteur": 1350,
             "texte_alternatif": "Les savons Goémon et Miel & Avoine et le shampoing Écume "
                                 "alignés sur une planche de bois flotté"},
            {"type": "image", "largeur": 1080, "hauteur": 1350, "texte_alternatif": ""},
            {"type": "image", "largeur": 1080, "hauteur": 1350,
             "texte_alternatif": "IMG_4512.jpg"},
        ],
        "partenariat": False, "image_retouchee": False, "image_ia": False,
    },
    {
        "id": "P2", "plateforme": "Instagram", "format": "Reel",
        "texte": "Ma routine cheveux de l'hiver avec le shampoing solide Grand Large de "
                 "@maisonondine : trois semaines de test, et mes cheveux restent légers jusqu'au "
                 "lendemain. Merci pour l'envoi 💛 #RoutineCheveux #ShampoingSolide",
        "visuels": [{"type": "vidéo", "largeur": 1080, "hauteur": 1920, "duree_s": 210,
                     "sous_titres": True}],
        "partenariat": True, "image_retouchee": False, "image_ia": False,
    },
    {
        "id": "P3", "plateforme": "Facebook", "format": "Lien",
        "texte": "Le vent du large abîme vos mains ? Notre baume Embruns soigne les gerçures en "
                 "une nuit. À retrouver à la boutique-atelier de l'intra-muros et sur "
                 "https://www.maison-ondine.fr/baume-embruns",
        "visuels": [{"type": "image", "largeur": 1200, "hauteur": 630,
                     "texte_alternatif": "Le baume Embruns ouvert sur un rocher, face à la mer"}],
        "partenariat": False, "image_retouchee": False, "image_ia": False,
    },
    {
        "id": "P4", "plateforme": "TikTok", "format": "Vidéo",
        "texte": "On 💙 les matins d'hiver à Saint-Malo 🌅 et la mousse du savon Goémon ✨🧼",
        "visuels": [{"type": "vidéo", "largeur": 1080, "hauteur": 1920, "duree_s": 48,
                     "sous_titres": False}],
        "partenariat": False, "image_retouchee": False, "image_ia": False,
    },
    {
        "id": "P5", "plateforme": "LinkedIn", "format": "Image",
        "texte": "𝗡𝗼𝘂𝘀 𝗿𝗲𝗰𝗿𝘂𝘁𝗼𝗻𝘀 ! Notre atelier de Saint-Malo cherche un·e savonnier·ère en CDI "
                 "à partir de mars 2027. Vous aimez le travail de la main et les matières "
                 "premières bretonnes ? Écrivez-nous : recrutement@maison-ondine.fr",
        "visuels": [{"type": "image", "largeur": 1080, "hauteur": 1080,
                     "texte_alternatif": "Deux savonnières découpent un bloc de savon dans "
                                         "l'atelier"}],
        "partenariat": False, "image_retouchee": False, "image_ia": False,
    },
    {
        "id": "P6", "plateforme": "Instagram", "format": "Image",
        "texte": "Trois gestes pour faire durer votre savon solide : un porte-savon qui "
                 "s'égoutte, loin du jet de la douche, et un savon bien sec entre deux usages. "
                 "Vous avez d'autres astuces ? #AstuceDuJour #SavonSolide 🧼",
        "visuels": [{"type": "image", "largeur": 1080, "hauteur": 1350,
                     "texte_alternatif": "Un savon Miel & Avoine posé sur un porte-savon en bois, "
                                         "au bord d'un lavabo"}],
        "partenariat": False, "image_retouchee": False, "image_ia": False,
    },
    {
        "id": "P7", "plateforme": "X", "format": "Image",
        "texte": "Depuis juin 2026, notre shampoing solide Écume est expédié dans un sachet en "
                 "papier kraft compostable, sans plastique. Vous nous l'aviez demandé après "
                 "mars : nous vous expliquons ce qui a changé, ce qui reste à faire et ce que "
                 "deviennent les anciens sachets. Tout le détail ici : "
                 "https://www.maison-ondine.fr/engagements",
        "visuels": [{"type": "image", "largeur": 1080, "hauteur": 1920,
                     "texte_alternatif": "Le shampoing Écume dans son nouveau sachet en papier "
                                         "kraft"}],
        "partenariat": False, "image_retouchee": False, "image_ia": False,
    },
    {
        "id": "P8", "plateforme": "Instagram", "format": "Story",
        "texte": "Collaboration commerciale avec @maisonondine. Ma peau n'a jamais été aussi "
                 "nette : le démaquillant Lune d'eau a guéri mes boutons en deux semaines 😍",
        "visuels": [{"type": "image", "largeur": 1080, "hauteur": 1920,
                     "texte_alternatif": "Portrait d'une jeune femme souriante qui tient le "
                                         "démaquillant Lune d'eau"}],
        "partenariat": True, "image_retouchee": True, "image_ia": False,
    },
    {
        "id": "P9", "plateforme": "Instagram", "format": "Image",
        "texte": "Premiers flocons sur la boutique-atelier de l'intra-muros. Passez vous réchauffer "
                 "samedi de 10 h à 18 h : thé offert et nouveaux savons d'hiver. #SaintMalo "
                 "#BoutiqueAtelier ❄️",
        "visuels": [{"type": "image", "largeur": 1080, "hauteur": 1350,
                     "texte_alternatif": "La façade de la boutique-atelier sous la neige, vitrine "
                                         "éclairée et savons empilés derrière la vitre"}],
        "partenariat": False, "image_retouchee": False, "image_ia": "réaliste",
    },
    {
        "id": "P10", "plateforme": "Instagram", "format": "Reel",
        "texte": "Collaboration commerciale avec @maisonondine. Mon avatar teste le shampoing solide "
                 "Écume pendant une semaine de tempête : verdict à la fin de la vidéo ! "
                 "#ShampoingSolide #RoutineCheveux",
        "visuels": [{"type": "vidéo", "largeur": 1080, "hauteur": 1920, "duree_s": 45,
                     "sous_titres": True}],
        "partenariat": True, "image_retouchee": False, "image_ia": "visage",
    },
]
for brouillon in brouillons:
    drapeaux = [nom for nom, cle in (("partenariat", "partenariat"),
                                     ("image retouchée", "image_retouchee")) if brouillon[cle]]
    if brouillon["image_ia"]:
        drapeaux.append(f"image IA ({brouillon['image_ia']})")
    print(f"{brouillon['id']} · {brouillon['plateforme']} · {brouillon['format']}"
          + (f" · {', '.join(drapeaux)}" if drapeaux else ""))
    print(f"   « {brouillon['texte']} »")
    for numero, visuel in enumerate(brouillon["visuels"], start=1):
        if visuel["type"] == "image":
            detail = f"texte alternatif : « {visuel['texte_alternatif']} »"
        else:
            detail = (f"{visuel['duree_s']} s, "
                      f"{'sous-titrée' if visuel['sous_titres'] else 'sans sous-titres'}")
        print(f"   visuel {numero} : {visuel['type']} {visuel['largeur']}×{visuel['hauteur']}, {detail}")
    print()

# %% solution id=relecture
### BEGIN SOLUTION
relecture = {
    "P1": ["hashtags_camelcase", "nombre_hashtags", "texte_alternatif"],
    "P2": ["duree_video", "mention_partenariat"],
    "P3": ["allegation_interdite"],
    "P4": ["emoji_dans_phrase", "nombre_emojis", "sous_titres"],
    "P5": ["caracteres_fantaisie"],
    "P6": [],
    "P7": ["format_visuel", "longueur_texte"],
    "P8": ["allegation_interdite", "mention_image_retouchee"],
    "P9": ["mention_contenu_ia"],
    "P10": ["mention_image_virtuelle"],
}
### END SOLUTION
relecture

# %% tests id=relecture_tests points=4 competencies=C1.5.1
"""Règles enfreintes par chacun des dix brouillons."""
from cmcert_lib.checks import check, score

check("bloc1.charte_relecture", relecture)
### BEGIN HIDDEN TESTS
score(
    "bloc1.charte_relecture",
    relecture,
    expected={'P1': ['hashtags_camelcase', 'nombre_hashtags', 'texte_alternatif'],
              'P2': ['duree_video', 'mention_partenariat'], 'P3': ['allegation_interdite'],
              'P4': ['emoji_dans_phrase', 'nombre_emojis', 'sous_titres'],
              'P5': ['caracteres_fantaisie'], 'P6': [], 'P7': ['format_visuel', 'longueur_texte'],
              'P8': ['allegation_interdite', 'mention_image_retouchee'], 'P9': ['mention_contenu_ia'],
              'P10': ['mention_image_virtuelle']},
    points=4,
)
### END HIDDEN TESTS

# %% [markdown]
# **La relecture outillée.** Une fois votre relecture faite, comparez-la avec celle de la
# bibliothèque : `charter.review_post(brouillon)` applique les mêmes règles et explique chaque
# défaut. Servez-vous-en ensuite sur vos propres publications ; elle ne remplace pas la
# relecture humaine (le ton, la justesse d'une preuve, l'à-propos d'un sujet lui échappent).

# %%
for brouillon in brouillons:
    constats = charter.review_post(brouillon)
    print(f"{brouillon['id']} ({brouillon['plateforme']}) : "
          + ("aucun défaut" if not constats else f"{len(constats)} défaut(s)"))
    for constat in constats:
        print("   ", constat)

# %% [markdown]
# ### Question 3.2 — Le cadre juridique de 2026 : quel texte, quelle mention ?
#
# La relecture applique des règles ; encore faut-il savoir quel texte s'applique à quelle
# situation. Le tableau `charter.legal_rules_table()` cite exactement les textes qu'un community
# manager applique en France en 2026, ce qu'ils couvrent et ce qu'ils exigent :
#
# - la **loi n° 2023-451 du 9 juin 2023** sur l'influence commerciale (modifiée par l'ordonnance
#   n° 2024-978 du 6 novembre 2024) : « Publicité » ou « Collaboration commerciale »
#   (article 5-2), « Images retouchées » et « Images virtuelles » (article 5, I) ;
# - le **code de la santé publique** (article L. 2133-2) : « Photographie retouchée » sur les
#   photographies commerciales de mannequins dont la silhouette a été modifiée ;
# - le **règlement européen sur l'intelligence artificielle** (règlement (UE) 2024/1689,
#   article 50, paragraphe 4, applicable depuis le 2 août 2026) : dire qu'une image, une vidéo
#   ou un son réalistes ont été générés ou manipulés par IA ;
# - l'identification de la publicité : article 20 de la loi n° 2004-575 du 21 juin 2004 (LCEN)
#   et Recommandation « Communication publicitaire numérique » de l'**ARPP** (version 5, en
#   vigueur depuis le 1er janvier 2022, qui a remplacé la Recommandation « Communication
#   publicitaire digitale ») ;
# - l'**acte européen sur l'accessibilité** (directive (UE) 2019/882, applicable depuis le
#   28 juin 2025, transposée par la loi n° 2023-171 du 9 mars 2023 et le décret n° 2023-931 du
#   9 octobre 2023) pour la boutique en ligne.
#
# L'ARPP (Autorité de régulation professionnelle de la publicité) délivre aussi, depuis 2021, le
# **Certificat de l'Influence Responsable** : une formation et un examen en ligne qui attestent
# qu'une créatrice connaît les règles. Ce n'est pas une obligation légale ; c'est un critère de
# choix des partenaires que la charte peut imposer.
#
# Pour chacune des huit situations ci-dessous, listez les **identifiants des règles** (colonne
# « Règle ») qui s'appliquent ; une situation à laquelle aucun de ces textes ne s'applique reçoit
# une liste vide.
#
# **Réponse attendue :** `cadre_juridique`, un dictionnaire identifiant de la situation → liste
# des identifiants de règles, par exemple `{"S1": ["influence_commerciale"], ..., "S6": [], ...}`
# avec les 8 situations ; l'ordre des règles est libre.

# %%
display(charter.legal_rules_table())
print(charter.INFLUENCE_CERTIFICATE)

# %% readonly id=situations
situations = pd.DataFrame(
    [
        ("S1", "Une micro-créatrice de Dinan reçoit trois savons offerts en échange d'une "
               "publication et publie un Reel où elle les essaie, en identifiant @maisonondine."),
        ("S2", "Une créatrice rémunérée pour le lancement de « Petite Vague » affine sa silhouette "
               "avec un filtre dans sa vidéo."),
        ("S3", "Une créatrice rémunérée publie une vidéo où c'est son avatar, un visage généré par "
               "IA, qui présente le shampoing Écume."),
        ("S4", "Maison Ondine publie sur son compte une photo réaliste de la boutique-atelier sous "
               "la neige, générée par IA : il n'a pas neigé à Saint-Malo cet hiver."),
        ("S5", "L'affiche et la page d'accueil du site montrent une mannequin dont la silhouette a "
               "été affinée par logiciel."),
        ("S6", "Une cliente publie spontanément, sans rien recevoir, la photo de sa salle de bains ; "
               "la marque la republie sur son compte avec son accord."),
        ("S7", "La refonte de la boutique en ligne maison-ondine.fr : fiches produits, panier, "
               "paiement et compte client."),
        ("S8", "Un magazine beauté en ligne publie un article sur les rituels d'hiver, écrit et payé "
               "par Maison Ondine, présenté comme ses autres articles."),
    ],
    columns=["id", "situation"],
)
situations

# %% solution id=cadre_juridique
### BEGIN SOLUTION
cadre_juridique = {
    "S1": ["influence_commerciale"],
    "S2": ["influence_commerciale", "images_retouchees"],
    "S3": ["influence_commerciale", "images_virtuelles"],
    "S4": ["ia_hypertrucage"],
    "S5": ["photographie_retouchee"],
    "S6": [],
    "S7": ["accessibilite_boutique"],
    "S8": ["identification_publicite"],
}
### END SOLUTION
cadre_juridique

# %% tests id=cadre_juridique_tests points=3 competencies=C1.5.1
"""Les textes qui s'appliquent à chacune des huit situations."""
from cmcert_lib.checks import check, score

check("bloc1.charte_cadre_juridique", cadre_juridique)
### BEGIN HIDDEN TESTS
score(
    "bloc1.charte_cadre_juridique",
    cadre_juridique,
    expected={'S1': ['influence_commerciale'], 'S2': ['influence_commerciale', 'images_retouchees'],
              'S3': ['influence_commerciale', 'images_virtuelles'], 'S4': ['ia_hypertrucage'],
              'S5': ['photographie_retouchee'], 'S6': [], 'S7': ['accessibilite_boutique'],
              'S8': ['identification_publicite']},
    points=3,
)
### END HIDDEN TESTS

# %% [markdown]
# ### Question 3.3 — Les formats des visuels prévus
#
# Le photographe a reçu la liste des visuels à produire pour le lancement de « Petite Vague ».
# Vérifiez chacun avec la table `PLATFORMS` : un visuel est **valide** quand
#
# 1. sa plateforme figure dans `PLATFORMS` ;
# 2. son format fait partie des formats de la plateforme (`PLATFORMS[nom].formats`) ;
# 3. ses proportions tombent dans la **plage acceptée pour ce format** : la plage de la
#    plateforme dont les `formats` contiennent ce format (`PLATFORMS[nom].ranges_for(format)`),
#    entre ses proportions `widest` (la plus large) et `tallest` (la plus haute), données en
#    couples largeur, hauteur (`(191, 100)` pour 1,91:1, `(4, 5)` pour 4:5) ; les plateformes
#    arrondissent leurs proportions, la méthode `accepts(largeur, hauteur)` d'une plage les
#    compare à 1 % près (1 200 × 630 est bien un 1,91:1) ;
# 4. il est au moins aussi large que la plus étroite des tailles recommandées de cette plage
#    (`min_width`) : plus étroit, il serait agrandi et flou. Un export haute définition
#    (2 160 × 2 700) est valide ; 540 × 675, aux bonnes proportions mais trop petit, ne l'est pas.
#
# **Réponse attendue :** `formats_valides`, un dictionnaire identifiant du visuel → `True`
# (valide) ou `False`, pour les 10 visuels. Chaque verdict juste rapporte un dixième des points,
# chaque verdict faux en retire un dixième : répondre au hasard ne rapporte rien.

# %%
plage = PLATFORMS["Instagram"].ranges_for("Image")[0]
print(plage.name, "·", plage.label, "·", plage.widest, plage.tallest, "· largeur minimale", plage.min_width)
print("1080 × 1080 :", plage.accepts(1080, 1080), "· 1080 × 1920 :", plage.accepts(1080, 1920))

# %% readonly id=visuels_prevus
visuels_prevus = pd.DataFrame(
    [
        ("V1", "Instagram", "Carrousel", 1080, 1350, "Les trois gestes du bain avec Petite Vague"),
        ("V2", "Instagram", "Reel", 1080, 1920, "Le bain de Louise, 4 ans, en 30 secondes"),
        ("V3", "Instagram", "Image", 1080, 1920, "Annonce du lancement, visuel de la story réutilisé"),
        ("V4", "Instagram", "Image", 540, 675, "Gros plan sur le pain Petite Vague"),
        ("V5", "TikTok", "Vidéo", 1080, 1920, "Dans l'atelier : la première fournée"),
        ("V6", "Facebook", "Lien", 1200, 630, "Article du blog : pourquoi un shampoing doux enfants"),
        ("V7", "LinkedIn", "Image", 2160, 2700, "Petite Vague arrive chez nos revendeurs"),
        ("V8", "LinkedIn", "Carrousel", 1080, 1350, "Fiche produit pour les revendeurs"),
        ("V9", "Instagram", "Image", 1080, 1440, "Portrait de la savonnière qui a formulé Petite Vague"),
        ("V10", "X", "Image", 1080, 1080, "Petite Vague en vitrine de la boutique-atelier"),
    ],
    columns=["id", "plateforme", "format", "largeur", "hauteur", "sujet"],
)
visuels_prevus

# %% solution id=formats_valides
### BEGIN SOLUTION
def visuel_valide(plateforme, format_, largeur, hauteur):
    if plateforme not in PLATFORMS or format_ not in PLATFORMS[plateforme].formats:
        return False
    return any(
        plage.accepts(largeur, hauteur) and largeur >= plage.min_width
        for plage in PLATFORMS[plateforme].ranges_for(format_)
    )


formats_valides = {
    ligne["id"]: visuel_valide(ligne["plateforme"], ligne["format"], ligne["largeur"],
                               ligne["hauteur"])
    for ligne in visuels_prevus.to_dict("records")
}
### END SOLUTION
formats_valides

# %% tests id=formats_valides_tests points=4 competencies=C1.5.1
"""Validité de chaque visuel prévu au regard de la table des plateformes."""
from cmcert_lib.checks import check, score

check("bloc1.charte_formats", formats_valides)
### BEGIN HIDDEN TESTS
score(
    "bloc1.charte_formats",
    formats_valides,
    expected={'V1': True, 'V2': True, 'V3': False, 'V4': False, 'V5': True, 'V6': True,
              'V7': True, 'V8': False, 'V9': False, 'V10': True},
    points=4,
)
### END HIDDEN TESTS

# %% [markdown]
# ### Question 3.4 — Ton, style, règles d'écriture et accessibilité de la boutique
#
# Rédigez la partie « écriture » de la charte :
#
# - le **ton** et la **tonalité** de la marque (trois adjectifs et ce qu'ils veulent dire en
#   pratique), le tutoiement ou le vouvoiement, ce qui change d'une plateforme à l'autre ;
# - les **règles d'écriture** : longueur, accroche, appel à l'action, hashtags, emojis,
#   accessibilité (textes alternatifs, sous-titres), mentions légales (partenariats, images
#   retouchées ou générées par IA), allégations autorisées et interdites, ce que la charte
#   demande aux créatrices partenaires ;
# - les **formats** par plateforme retenue (type de contenu, proportions et dimensions, durée),
#   avec un exemple de publication par plateforme ;
# - l'**accessibilité de la boutique en ligne** : l'acte européen sur l'accessibilité (directive
#   (UE) 2019/882) s'applique-t-il à la boutique de Maison Ondine ? Concluez à partir des faits
#   du brief (effectif, chiffre d'affaires, ventes en ligne) et du texte (qui est couvert, qui
#   est exempté), et dites ce que cela change pour les contenus qui renvoient vers la boutique.

# %%
from cmcert_lib.facts import brand

print(f"{brand.BRAND} : {brand.EMPLOYEES} salariés, chiffre d'affaires 2025 de "
      f"{brand.TURNOVER_2025_EUR / 1e6:.1f} M€".replace(".", ",")
      + f", dont {brand.ONLINE_SALES_SHARE_2025:.0%} sur la boutique en ligne.".replace("%", " %"))
print(charter.LEGAL_RULES["accessibilite_boutique"].covers)

# %% manual id=regles_ecriture points=4 competencies=C1.5.1 criteria=B1-11
# **Ton : chaleureux, précis, franc.**
# - Chaleureux : on parle comme à la boutique-atelier, avec des phrases simples et des prénoms
#   (« Morgane a découpé la fournée de ce matin »).
# - Précis : un chiffre, une date ou une source pour chaque engagement ; jamais d'adjectif à la
#   place d'une preuve.
# - Franc : on reconnaît ce qui reste à faire ; on répond aux critiques sous 24 heures, sans se
#   défendre, en disant ce qui change.
# - Vouvoiement partout, pour une marque cohérente d'un réseau à l'autre ; le registre devient
#   plus direct sur TikTok (phrases courtes, première personne de l'équipe), plus informatif sur
#   LinkedIn.
#
# **Règles d'écriture.**
# - Une idée par publication ; l'accroche tient dans la première ligne (125 caractères, ce
#   qu'Instagram montre avant « plus ») ; un seul appel à l'action, à la fin.
# - Hashtags : 3 à 5 sur Instagram (limite de 5 depuis décembre 2025), en CamelCase
#   (#SavonSolide), toujours #MaisonOndine ; trois au plus sur les autres réseaux.
# - Emojis : trois au plus, en fin de phrase, jamais à la place d'un mot ; pas de lettres
#   « fantaisie » Unicode.
# - Accessibilité : texte alternatif descriptif sur chaque image, sous-titres incrustés sur
#   chaque vidéo (42 caractères par ligne, deux lignes au plus), contraste suffisant des textes
#   sur visuel.
# - Droit : « Collaboration commerciale » en début de texte et sur la vidéo pour chaque
#   partenariat (loi du 9 juin 2023, article 5-2), « Images retouchées » ou « Images
#   virtuelles » le cas échéant (article 5, I) ; « Photographie retouchée » sur nos propres
#   photos de mannequins retouchées ; « Image générée par IA » sur toute image réaliste générée
#   par IA (AI Act, article 50, depuis le 2 août 2026) ; aucune allégation thérapeutique
#   (« soigne », « guérit », « traite ») ; aucune allégation environnementale générique
#   (« zéro déchet », « respectueux de l'environnement ») : on écrit le fait vérifiable ;
#   règlement et consentement RGPD pour tout jeu-concours.
# - Partenaires : chaque créatrice détient le Certificat de l'Influence Responsable de l'ARPP ;
#   le brief partenaire rappelle les mentions, interdit les allégations ci-dessus et prévoit la
#   relecture avant publication ; un contenu de marque payé dans un média porte « Publicité »
#   (Recommandation ARPP « Communication publicitaire numérique »).
#
# **Formats par plateforme.**
# - Instagram : carrousel 1080 × 1350 (conseils, preuves chiffrées), Reel 1080 × 1920 de 30 à
#   60 secondes (coulisses, tutoriels), stories 1080 × 1920 (questions, sondages). Exemple :
#   carrousel « Trois gestes pour faire durer votre savon », dernière diapositive vers la
#   boutique.
# - TikTok : vidéo verticale 1080 × 1920 de 20 à 45 secondes, accroche dans les deux premières
#   secondes, sous-titres. Exemple : « On coupe la fournée de Goémon : 12 heures de cure avant
#   découpe. »
# - Facebook : image carrée 1080 × 1080 ou lien 1200 × 630, événements de la boutique-atelier.
#   Exemple : portes ouvertes du samedi, avec l'horaire et l'accès.
# - LinkedIn : image 1080 × 1080 ou 1080 × 1350 (4:5), ou document, un texte de 600 à 1 200
#   caractères. Exemple : un revendeur présente sa vitrine « Petite Vague ».
# - Proportions : dans la plage de chaque format (image du fil Instagram de 1,91:1 à 4:5, jamais un
#   visuel de story 9:16 réutilisé dans le fil), à 1080 pixels de large au moins.
#
# **Accessibilité de la boutique en ligne.** L'acte européen sur l'accessibilité (directive (UE)
# 2019/882, applicable depuis le 28 juin 2025, transposée par la loi n° 2023-171 du 9 mars 2023
# et le décret n° 2023-931 du 9 octobre 2023) couvre les services de commerce électronique
# proposés aux consommateurs : la boutique maison-ondine.fr en est un (38 % du chiffre
# d'affaires). Seules les microentreprises prestataires de services sont exemptées : moins de
# 10 personnes **et** un chiffre d'affaires annuel ou un total de bilan d'au plus 2 millions
# d'euros. Maison Ondine compte 14 salariés (et 2,1 M€ de chiffre d'affaires) : elle n'est pas une
# microentreprise, **la directive s'applique**. La boutique doit être accessible (EN 301 549,
# RGAA pour le web : textes alternatifs des photos produits, contrastes, navigation au clavier,
# formulaires de commande étiquetés) et publier une information sur son accessibilité. Pour les
# contenus : un lien vers la boutique mène à une page accessible, les visuels repris du site
# gardent leur texte alternatif, et aucune promotion n'est publiée « en image seulement » sans
# son texte.

# %% [markdown]
# ## Livrable — La charte éditoriale
#
# Résumez vos choix dans la cellule suivante : la promesse de lecture, le parti pris, les sujets
# de chaque pilier (les piliers et leur part sont ceux de la question 1.3), le ton et le rythme
# de publication par réseau. La cellule d'après assemble la
# charte à partir de toutes vos réponses et l'enregistre dans `livrables/charte_editoriale.md`.

# %% solution id=synthese
### BEGIN SOLUTION
promesse_de_lecture = (
    "En suivant Maison Ondine, vous apprenez des gestes simples pour une routine solide qui "
    "dure, vous voyez comment vos produits sont fabriqués à Saint-Malo, et vous savez "
    "exactement ce qu'il y a dedans et autour."
)
parti_pris = "Prouver plutôt que promettre : on montre, on chiffre, on date."
sujets = {
    "Savoir-faire malouin": ["La découpe d'un bloc de savon Goémon",
                             "La récolte des algues de la côte d'Émeraude",
                             "Portrait d'une savonnière"],
    "Rituels & conseils": ["Faire durer un savon solide", "Passer au shampoing solide",
                           "Le bain avec « Petite Vague »"],
    "Engagements prouvés": ["Le sachet en papier kraft compostable",
                               "L'origine de nos ingrédients, en pourcentage",
                               "Ce qui reste à améliorer, et quand"],
    "Communauté": ["La question de la semaine", "L'avis d'une cliente",
                   "Les portes ouvertes de la boutique-atelier"],
}
ton = ["Chaleureux : des phrases simples et des prénoms",
       "Précis : un chiffre, une date ou une source pour chaque engagement",
       "Franc : on reconnaît ce qui reste à faire",
       "Vouvoiement sur tous les réseaux"]
frequence = {"Instagram": 4, "TikTok": 2, "Facebook": 2, "LinkedIn": 1}
### END SOLUTION

# %%
def pourcent(part):
    return f"{part * 100:.0f} %"


lignes = [
    "# Charte éditoriale — Maison Ondine (janvier à juin 2027)",
    "",
    "## 1. Parti pris et promesse de lecture",
    "",
    f"**Parti pris.** {parti_pris}",
    "",
    f"**Promesse de lecture.** {promesse_de_lecture}",
    "",
    "## 2. Piliers et sujets éditoriaux",
    "",
    "| Pilier | Part des publications | Sujets |",
    "| --- | --- | --- |",
]
lignes += [f"| {pilier} | {pourcent(part)} | {' ; '.join(sujets.get(pilier, []))} |"
           for pilier, part in piliers.items()]
lignes += [
    "",
    "## 3. Champ sémantique",
    "",
    "Les mots que la communauté emploie quand elle parle bien de la marque (mentions positives "
    "de l'écoute sociale, novembre 2025 à octobre 2026) : " + ", ".join(champ_semantique) + ".",
    "",
    "## 4. Ton et style",
    "",
]
lignes += [f"- {trait}" for trait in ton]
lignes += [
    "",
    "## 5. Canaux et rythme de publication",
    "",
    "![Réseaux utilisés chaque semaine par les acheteurs de cosmétiques solides](usage_reseaux.png)",
    "",
    "| Réseau | Part de la cible cœur (18-34 ans) | Atteint la cible cœur | Publications par semaine |",
    "| --- | --- | --- | --- |",
]
lignes += [
    f"| {reseau} | {pourcent(part)} | {'oui' if reseau in canaux_retenus else 'non'} | "
    f"{frequence.get(reseau, '—')} |"
    for reseau, part in sorted(usage_reseaux.items(), key=lambda paire: -paire[1])
]
lignes += ["", "## 6. Formats par plateforme", "",
           f"Proportions et dimensions tirées de la table des plateformes, vérifiée le {LAST_CHECKED:%d/%m/%Y}.", ""]
for reseau in frequence:
    plateforme = PLATFORMS[reseau]
    visuels = " ; ".join(
        f"{plage.name.lower()} {plage.label} (par exemple "
        + ", ".join(f"{f.width} × {f.height}" for f in plage.recommended) + ")"
        for plage in plateforme.ranges)
    caracteres = f"{plateforme.max_text_chars:,}".replace(",", "\u202f")
    duree = (f" ; vidéo de {plateforme.max_video_seconds} s au plus"
             if plateforme.max_video_seconds else "")
    hashtags = (f" ; {plateforme.max_hashtags} hashtags au plus"
                if plateforme.max_hashtags else "")
    lignes.append(f"- **{reseau}** : {', '.join(plateforme.formats)} ; visuels {visuels} ; "
                  f"texte de {caracteres} caractères au plus{hashtags}{duree}.")
lignes += ["", "## 7. Règles que chaque publication respecte", ""]
for regle in charter.RULES.values():
    lignes.append(f"- **{regle.title}** ({regle.family.lower()}, `{regle.id}`). {regle.why}")
lignes += ["", "Avant publication, chaque texte passe la relecture outillée "
           "(`charter.review_post`) puis la relecture humaine."]
lignes += ["", "## 8. Textes applicables", ""]
for texte in charter.LEGAL_RULES.values():
    lignes.append(f"- **{texte.text}.** S'applique à : {texte.covers[0].lower()}{texte.covers[1:]} "
                  f"Exige : {texte.requires[0].lower()}{texte.requires[1:]}")
lignes += ["", charter.INFLUENCE_CERTIFICATE]

charte = "\n".join(lignes) + "\n"
Path("livrables/charte_editoriale.md").write_text(charte, encoding="utf-8")
display(Markdown(charte.replace("](usage_reseaux.png)", "](livrables/usage_reseaux.png)")))

# %% [markdown]
# ## Après l'atelier
#
# Gaëlle Le Floc'h a validé la synthèse suivante ; c'est elle que le notebook 6 (calendrier
# éditorial et workflow) planifie. Comparez-la avec votre proposition : si elles diffèrent,
# notez dans votre cahier de préconisations ce que la cliente a retenu et pourquoi.

# %%
from cmcert_lib.facts.brand import VALIDATED_FREQUENCY, VALIDATED_PILLARS

display(pd.DataFrame({"Part des publications": {p: pourcent(v) for p, v in VALIDATED_PILLARS.items()}}))
display(pd.DataFrame({"Publications par semaine": VALIDATED_FREQUENCY}))
