# %% [markdown]
# # Bloc 2 · Notebook 4 — L'infographie du test d'usage
#
# **Situation.** Pour le lancement de « Petite Vague », le shampoing solide doux pour enfants de Maison
# Ondine (en vente le 6 avril 2027), le brief du 25 janvier 2027 vous demande **une infographie tirée des
# résultats du test d'usage** : 120 familles de la communauté ont utilisé le pain pendant trois semaines,
# puis ont répondu à un questionnaire Google Forms. Léna Morvan vous transmet l'export des réponses.
# L'infographie sera publiée dans le fil Instagram de la marque (et reprise sur Facebook et LinkedIn pour
# les revendeurs) : elle doit se lire en quelques secondes sur un téléphone, avec des chiffres exacts et
# sourcés, dans les couleurs de la charte.
#
# **Ce que vous produisez.**
#
# 1. les chiffres clés du test, calculés sur l'export (questions 1.1 et 1.2) ;
# 2. l'infographie, construite avec matplotlib et enregistrée au format du fil Instagram
#    (`livrables/infographie_test_usage.png`, question 2.1) ;
# 3. la note qui explique au client la hiérarchie du message et vos choix visuels (question 2.2).

# %% [markdown]
# **Compétence évaluée.**
#
# - **C2.3.2** — Créer des infographies grâce à des outils dédiés (type Canva) afin de varier les contenus
#   et permettre une lecture concise et efficace des informations.
#
# **Barème.** 9 pts corrigés automatiquement (questions 1.1, 1.2 et 2.1) et 4 pts corrigés par le
# formateur (question 2.2).
#
# **Durée estimée.** 2 h 30.
#
# **Comment travailler.** Écrivez votre code à la place des deux lignes `# VOTRE CODE ICI …` et
# `print("✏️ Réponse à compléter")`, puis exécutez la cellule de vérification qui suit : elle contrôle la
# forme de votre réponse (sans donner la solution). La note finale est calculée à partir des données
# réelles.

# %%
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.patches import FancyBboxPatch

from cmcert_lib.bloc2.datasets import load_usage_test
from cmcert_lib.bloc2.infographic import describe as decrire_infographie
from cmcert_lib.bloc2.infographic import target
from cmcert_lib.facts.brand import PALETTE

Path("livrables").mkdir(exist_ok=True)
reponses = load_usage_test()
print(f"{len(reponses)} familles ont répondu au questionnaire du test d'usage.")
reponses.head(3).T

# %% [markdown]
# Chaque colonne porte le texte de la question du formulaire. Les questions en grille (« Êtes-vous
# d'accord avec les affirmations suivantes ? ») donnent une colonne par affirmation, entre crochets.
# Le poids du pain à la fin du test était facultatif : il vaut `NaN` pour les familles qui ne l'ont pas
# pesé. Les réponses possibles :

# %%
for colonne in ["Type de cheveux de l'enfant", "Dans l'ensemble, êtes-vous satisfait·e de Petite Vague ?",
                "Achèteriez-vous Petite Vague à 12 € à sa sortie ?"]:
    print(colonne)
    print(reponses[colonne].value_counts().to_string(), end="\n\n")

# %% [markdown]
# ## Exercice 1 — Les chiffres du test (C2.3.2)
#
# Une infographie ne montre que quelques chiffres, mais ils doivent être exacts : le client les
# reprendra dans ses réponses aux commentaires et ses revendeurs les citeront.
#
# ### Question 1.1 — Les trois chiffres clés
#
# Calculez sur l'export :
#
# - `satisfaits` : la part des 120 familles satisfaites, c'est-à-dire qui ont répondu « Très
#   satisfait·e » ou « Plutôt satisfait·e » à « Dans l'ensemble, êtes-vous satisfait·e de Petite
#   Vague ? », **en %** ;
# - `rachat` : la part des 120 familles qui achèteraient Petite Vague à 12 € (« Oui, certainement » ou
#   « Oui, probablement »), **en %** ;
# - `lavages_par_pain` : le nombre de lavages que permet un pain neuf de 60 g. Sur les seules familles
#   qui ont pesé leur pain à la fin du test, la consommation par lavage est le total des grammes
#   consommés (60 g moins le poids restant) divisé par le total des lavages de ces familles ; un pain de
#   60 g permet donc 60 g divisés par cette consommation.
#
# Réponse attendue : le dictionnaire `chiffres_cles` avec ces trois clés, par exemple
# `{"satisfaits": 55.0, "rachat": 48.3, "lavages_par_pain": 31.5}`, non arrondis ou arrondis à
# l'unité. Chaque chiffre juste rapporte un point.

# %% solution id=chiffres_cles
### BEGIN SOLUTION
SATISFACTION = "Dans l'ensemble, êtes-vous satisfait·e de Petite Vague ?"
RACHAT = "Achèteriez-vous Petite Vague à 12 € à sa sortie ?"
LAVAGES = "Combien de lavages avez-vous faits avec Petite Vague pendant les trois semaines ?"
POIDS = "Poids du pain à la fin du test, en grammes (pesez-le sur une balance de cuisine)"

satisfaite = reponses[SATISFACTION].isin(["Très satisfait·e", "Plutôt satisfait·e"])
pesees = reponses.dropna(subset=[POIDS])
grammes_par_lavage = (60 - pesees[POIDS]).sum() / pesees[LAVAGES].sum()
chiffres_cles = {
    "satisfaits": satisfaite.mean() * 100,
    "rachat": reponses[RACHAT].str.startswith("Oui").mean() * 100,
    "lavages_par_pain": 60 / grammes_par_lavage,
}
### END SOLUTION
chiffres_cles

# %% tests id=chiffres_cles_tests points=3 competencies=C2.3.2
"""Les trois chiffres clés du test d'usage."""
from cmcert_lib.checks import check, score
check("bloc2.infographie_chiffres", chiffres_cles)
### BEGIN HIDDEN TESTS
score("bloc2.infographie_chiffres", chiffres_cles, expected={'satisfaits': 85.8333, 'rachat': 73.3333, 'lavages_par_pain': 40.1678}, points=3)
### END HIDDEN TESTS

# %% [markdown]
# ### Question 1.2 — La satisfaction selon les cheveux de l'enfant
#
# Le shampoing solide convient-il à tous les cheveux ? Pour chacun des quatre types de cheveux du
# formulaire (`Raides`, `Ondulés`, `Bouclés`, `Frisés ou crépus`), calculez la part des familles
# satisfaites (même définition qu'en 1.1) parmi les familles dont l'enfant a ce type de cheveux, **en %**.
#
# Réponse attendue : `satisfaits_par_cheveux`, un dictionnaire ou une Series pandas {type de cheveux :
# part en %}, non arrondie ou arrondie à l'unité, par exemple `{"Raides": 70.0, "Ondulés": 65.2, ...}`.
# Chaque type de cheveux juste rapporte le quart des points. Regardez aussi combien de familles compte
# chaque type : vous en aurez besoin pour la question 2.2.

# %% solution id=satisfaits_par_cheveux
### BEGIN SOLUTION
CHEVEUX = "Type de cheveux de l'enfant"
satisfaits_par_cheveux = satisfaite.groupby(reponses[CHEVEUX]).mean() * 100
familles_par_cheveux = reponses[CHEVEUX].value_counts()
### END SOLUTION
satisfaits_par_cheveux

# %% tests id=satisfaits_par_cheveux_tests points=2 competencies=C2.3.2
"""La part de familles satisfaites selon le type de cheveux de l'enfant."""
from cmcert_lib.checks import check, score
check("bloc2.infographie_cheveux", satisfaits_par_cheveux)
### BEGIN HIDDEN TESTS
score("bloc2.infographie_cheveux", satisfaits_par_cheveux, expected={'Raides': 91.6667, 'Ondulés': 92.5926, 'Bouclés': 87.8788, 'Frisés ou crépus': 41.6667}, points=2)
### END HIDDEN TESTS

# %% [markdown]
# **Livrable.** Les chiffres de l'infographie, pour le dossier remis au client.

# %%
pd.Series({**chiffres_cles, **{f"satisfaits ({cheveux})": part for cheveux, part in
                               dict(satisfaits_par_cheveux).items()}}, name="valeur").round(1).to_csv(
    "livrables/chiffres_test_usage.csv")
print("Chiffres enregistrés dans livrables/chiffres_test_usage.csv")

# %% [markdown]
# ## Exercice 2 — L'infographie (C2.3.2)
#
# ### Question 2.1 — Construire l'infographie
#
# Construisez avec matplotlib la figure `fig` de l'infographie. Elle est publiée dans le fil Instagram :

# %%
cible = target()
for cle, valeur in cible.items():
    print(f"{cle:>20} : {valeur}")
print("\nCouleurs de la charte :", PALETTE)

# %% [markdown]
# Règles vérifiées sur l'image enregistrée (la cellule de vérification vous dit lesquelles sont
# respectées) :
#
# | code visuel | règle |
# | --- | --- |
# | chiffres | les trois chiffres clés de la question 1.1 et les quatre parts de la question 1.2 sont **écrits** sur l'image (titres de cartes, étiquettes de barres…), en % arrondis à l'unité pour les parts (« 86 % »), à l'unité pour les lavages ; les graduations d'un axe ne comptent pas |
# | titre | une phrase d'au moins trois mots ouvre l'image (dans son quart supérieur) et se détache : en gras ou nettement plus grande que le reste |
# | source | une ligne en bas de l'image (quart inférieur) sur le modèle « Source : test d'usage Maison Ondine, 120 familles, janvier 2027 » |
# | format | les proportions d'une image du fil Instagram et une largeur de 1 080 à 1 440 px : par exemple `figsize=(10.8, 13.5)` avec `dpi=100` (portrait 4:5, 1 080 × 1 350 px) |
# | textes entiers | aucun texte ne dépasse du bord de l'image |
# | taille | aucun texte plus petit que la taille minimale lisible sur un téléphone (`taille_texte_min_px` ci-dessus) ; en matplotlib, taille en pixels = taille en points × dpi / 72 |
# | contraste | chaque texte contraste assez avec ce qui est derrière lui : 4,5:1, ou 3:1 pour un grand texte (WCAG AA) |
# | couleurs | le fond, les formes et les textes prennent les couleurs de `PALETTE` (le noir et le blanc purs de matplotlib n'en sont pas) |
# | poids | le fichier PNG pèse moins que la limite d'Instagram |
#
# Pour partir : une figure de la taille du fil, des textes placés en fractions de la figure (0 à 1,
# de gauche à droite et de bas en haut) et un graphique placé où vous voulez.
#
# ```python
# DPI = 100
# def pt(px):  # la taille matplotlib (en points) d'un texte de px pixels
#     return px * 72 / DPI
# fig = plt.figure(figsize=(1080 / DPI, 1350 / DPI), dpi=DPI, facecolor=PALETTE["Écume"])
# fig.text(0.07, 0.93, "Votre titre", fontsize=pt(64), weight="bold", color=PALETTE["Bleu marine"])
# ax = fig.add_axes((0.35, 0.2, 0.5, 0.25))  # (gauche, bas, largeur, hauteur)
# ```
#
# Les chiffres portent le quart des points à eux seuls, les codes visuels le reste : un chiffre faux ou
# absent fait perdre sa part de tout. La cellule après votre réponse enregistre l'image dans
# `livrables/infographie_test_usage.png` et la décrit (tailles, couleurs, textes) : regardez le résultat,
# puis améliorez-le. Le message, sa hiérarchie et vos choix visuels sont évalués par le formateur
# (question 2.2).

# %% solution id=infographie
### BEGIN SOLUTION
MARINE, ECUME, SABLE, GOEMON, CORAIL = (PALETTE[nom] for nom in
                                        ("Bleu marine", "Écume", "Sable", "Goémon", "Corail"))
DPI = 100


def pt(px):
    """La taille en points matplotlib d'un texte de px pixels."""
    return px * 72 / DPI


def pct(part):
    return f"{part:.0f} %"


fig = plt.figure(figsize=(1080 / DPI, 1350 / DPI), dpi=DPI, facecolor=ECUME)
fig.text(0.07, 0.93, "Le verdict de 120 familles", fontsize=pt(64), weight="bold", color=MARINE, va="center")
fig.text(0.07, 0.85, "Petite Vague, notre shampoing solide pour enfants,\ntesté trois semaines à la maison",
         fontsize=pt(34), color=GOEMON, va="center", linespacing=1.3)

# Les trois chiffres clés, un par carte : le chiffre d'abord, ce qu'il mesure dessous.
cartes = [(pct(chiffres_cles["satisfaits"]), "des familles\nsatisfaites"),
          (pct(chiffres_cles["rachat"]), "l’achèteraient\nà 12 €"),
          (f"{chiffres_cles['lavages_par_pain']:.0f}", "lavages par\npain de 60 g")]
for i, (chiffre, legende) in enumerate(cartes):
    x = 0.05 + i * 0.31
    fig.add_artist(FancyBboxPatch((x, 0.54), 0.28, 0.215, boxstyle="round,pad=0,rounding_size=0.025",
                                  transform=fig.transFigure, facecolor=MARINE, edgecolor="none"))
    fig.text(x + 0.14, 0.675, chiffre, fontsize=pt(92), weight="bold", color=ECUME, ha="center", va="center")
    fig.text(x + 0.14, 0.585, legende, fontsize=pt(32), color=SABLE, ha="center", va="center", linespacing=1.2)

# La nuance : la satisfaction selon les cheveux, le type qui décroche en Corail.
fig.text(0.07, 0.468, "Satisfaction selon les cheveux", fontsize=pt(42), weight="bold", color=MARINE)
ax = fig.add_axes((0.35, 0.185, 0.52, 0.255), facecolor=ECUME)
ordre = ["Raides", "Ondulés", "Bouclés", "Frisés ou crépus"][::-1]
parts = [satisfaits_par_cheveux[cheveux] for cheveux in ordre]
barres = ax.barh(ordre, parts, height=0.6, color=[CORAIL, GOEMON, GOEMON, GOEMON])
ax.bar_label(barres, labels=[pct(p) for p in parts], padding=12, fontsize=pt(34), weight="bold", color=MARINE)
ax.set_xlim(0, 100)
ax.tick_params(axis="y", length=0, labelsize=pt(32), labelcolor=MARINE, pad=14)
ax.xaxis.set_visible(False)
for bord in ("top", "right", "bottom", "left"):
    ax.spines[bord].set_visible(False)
fig.text(0.07, 0.14, f"Sur cheveux frisés ou crépus, le démêlage reste\nplus difficile "
         f"({familles_par_cheveux['Frisés ou crépus']} familles sur 120).",
         fontsize=pt(31), color=MARINE, va="center", linespacing=1.3)
fig.text(0.07, 0.05, "Source : test d’usage Maison Ondine,\n120 familles, janvier 2027", fontsize=pt(31),
         color=GOEMON, va="center", linespacing=1.3)
fig.add_artist(plt.Line2D([0.07, 0.93], [0.095, 0.095], transform=fig.transFigure, color=SABLE, linewidth=2))
fig.text(0.93, 0.05, "@maisonondine", fontsize=pt(31), weight="bold", color=MARINE, ha="right", va="center")
### END SOLUTION
fig;

# %% readonly id=description
from cmcert_lib.bloc2.infographic import describe as decrire_infographie

infographie = decrire_infographie(fig, "livrables/infographie_test_usage.png")
print(f"Image enregistrée : {infographie['largeur_px']} × {infographie['hauteur_px']} px, "
      f"{infographie['poids_octets'] / 1024:.0f} Ko, {len(infographie['textes'])} textes.")

# %% tests id=infographie_tests points=4 competencies=C2.3.2
"""L'infographie : ses chiffres, et les codes visuels vérifiables (titre, source, format, lisibilité, charte)."""
from cmcert_lib.checks import check, score
check("bloc2.infographie_figure", infographie)
### BEGIN HIDDEN TESTS
score("bloc2.infographie_figure", infographie, expected={'chiffres': [85.8333, 73.3333, 40.1678, 91.6667, 92.5926, 87.8788, 41.6667]}, points=4)
### END HIDDEN TESTS

# %% [markdown]
# ### Question 2.2 — Expliquer l'infographie au client
#
# En 10 à 15 lignes, expliquez à Léna Morvan :
#
# - **la hiérarchie du message** : ce que l'on doit comprendre en trois secondes, en dix secondes,
#   puis en lisant tout ; pourquoi ces chiffres-là et pas d'autres (l'export en contient bien plus), et
#   ce que l'infographie apprend de plus que le texte du brief ;
# - **vos choix visuels** : format et plateforme, mise en page et sens de lecture, type de graphique,
#   couleurs de la charte et contraste, tailles de texte ;
# - **ce que vous avez refusé d'écrire** ou de montrer, et pourquoi (allégations, petits effectifs,
#   chiffres arrondis).

# %% manual id=justification points=4 competencies=C2.3.2 criteria=B2-06,B2-07
# **Le message en trois temps.** En trois secondes, le titre « Le verdict de 120 familles » et les trois
# grands chiffres disent l'essentiel : 86 % des familles sont satisfaites, 73 % l'achèteraient à 12 €, et
# un pain fait 40 lavages. Ce dernier chiffre confirme la promesse du brief (« environ 40 lavages ») par
# une mesure des familles elles-mêmes : c'est l'argument qui répond à l'objection du prix. En dix secondes,
# le graphique nuance : la satisfaction dépasse 88 % sur cheveux raides, ondulés ou bouclés, mais tombe à
# 42 % sur cheveux frisés ou crépus. Je l'ai gardé parce qu'il est honnête et utile aux parents concernés,
# et parce qu'il répond à une question qui reviendra en commentaire.
#
# **Les choix visuels.** Portrait 4:5 (1 080 × 1 350 px), le format qui occupe le plus d'écran dans le
# fil Instagram et que Facebook et LinkedIn acceptent aussi. Lecture de haut en bas : titre, trois
# cartes, graphique, note, source. Les cartes Bleu marine avec chiffres Écume (contraste 10:1) attirent
# l'œil en premier ; le graphique en barres horizontales se lit sans axe grâce aux étiquettes en %, et
# seule la barre qui décroche est en Corail, la couleur d'accent de la charte. Aucun texte sous 31 px,
# pour rester lisible sur un téléphone ; une seule police, dont la taille suit l'importance.
#
# **Ce que j'ai écarté.** Pas de « sans larmes » ni de mention de tolérance : ce test d'usage n'est pas
# le test ophtalmologique. Pas de pourcentage sur l'âge des enfants : les groupes seraient trop petits.
# La note sous le graphique rappelle que le type frisé ou crépu ne compte que 12 familles : le chiffre
# est indicatif. La source date et chiffre l'échantillon, pour que l'infographie puisse circuler seule.
