# %% [markdown]
# # Bloc 1 · Notebook 2 — Benchmark concurrentiel et écoute sociale de Maison Ondine
#
# **La situation.** Le brief de Gaëlle Le Floc'h est reformulé (notebook 1). Avant de proposer
# une ligne éditoriale, il faut savoir où en est **Maison Ondine** face à ses quatre
# concurrents — Savonnerie du Phare, Pure Galet, Les Solides d'Aimée et Cosmo Vrac — et ce
# que l'on dit d'elle en ligne depuis un an, bad buzz de mars 2026 compris. L'agence vous
# confie quatre documents :
#
# - l'export de l'**outil de benchmark** : toutes les publications des cinq marques sur leurs
#   comptes, du 1er novembre 2025 au 31 octobre 2026, avec leurs statistiques ;
# - une **étude de marché** : le baromètre 2026 des cosmétiques solides (taille du marché,
#   circuits de distribution, chiffre d'affaires et prix des marques, usages des acheteurs) ;
# - l'export de l'**outil d'écoute sociale** (type Mention) : toutes les mentions des cinq
#   marques sur la même période, avec leur source, leur portée estimée et leur tonalité ;
# - l'export de l'**outil de veille** de l'agence : les actualités des plateformes, de la
#   réglementation et de la profession collectées jusqu'au brief, à trier.
#
# Vous terminez par une **note de veille** : à vous de trouver, dans ce que la veille a
# collecté, ce qui a changé et ce que la marque n'a pas encore pris en compte.

# %% [markdown]
# **Ce que vous produisez dans ce notebook**
#
# 1. les indicateurs du benchmark : taux d'engagement Instagram et fréquence de publication de
#    chaque marque, puis le positionnement de Maison Ondine sur son marché à partir de l'étude
#    (corrigés automatiquement), le graphique du benchmark et le mapping concurrentiel ;
# 2. les indicateurs d'e-réputation : part de voix, sentiment net mensuel, semaine du bad buzz
#    et votre seuil d'alerte de crise (corrigés automatiquement), les graphiques de part de voix
#    et d'e-réputation ;
# 3. votre **lecture du benchmark, du marché et de l'e-réputation** (corrigée par le formateur) ;
# 4. votre tri de la veille (fiabilité des sources, fenêtre de fraîcheur, articles retenus), la
#    règle des hashtags établie par vos sources et le comptage des publications qui la
#    dépassent (corrigés automatiquement), la liste des publications à reprendre, vos sources
#    retenues et votre **note de veille** (corrigée par le formateur).
#
# Tous les livrables sont enregistrés dans le dossier `livrables/`.
#
# **Compétences évaluées**
#
# - **C1.2.1** — Analyser le positionnement de la marque sur les médias sociaux en utilisant des
#   outils de collecte et d'écoute (type Mention) afin de comprendre les interactions et le
#   dialogue de la marque avec les différentes communautés.
# - **C1.2.2** — Décrire et analyser un marché, en réalisant un benchmark et en s'appuyant sur
#   des études, afin de positionner le projet dans son environnement concurrentiel.
# - **C1.2.3** — Comprendre l'environnement et les évolutions des médias sociaux en pratiquant
#   une veille active afin de s'approprier les nouvelles fonctionnalités et les nouveaux usages
#   de ces plateformes.
#
# **Durée indicative :** 3 h 30 (1 h 30 de benchmark et d'étude de marché, 1 h d'écoute sociale,
# 1 h de veille).

# %% [markdown]
# ## Les données
#
# Une ligne suffit pour charger chaque export : les dates sont déjà lues comme des dates et
# les statistiques comme des nombres. Les colonnes gardent le nom qu'elles ont dans l'export.
#
# | export | une ligne = | colonnes utiles |
# | --- | --- | --- |
# | `publications` | une publication d'une marque | `Marque`, `Réseau`, `Date de publication`, `Format`, `Texte`, `Abonnés`, `Portée` (personnes touchées), `Impressions` (affichages), `J'aime`, `Commentaires`, `Partages`, `Enregistrements` |
# | `mentions` | une mention d'une marque | `Date`, `Source`, `Auteur`, `Texte`, `Portée estimée`, `Sentiment` (« positif », « neutre », « négatif »), `Alerte` (la marque surveillée) |
# | `veille` | une actualité collectée par l'outil de veille | `Identifiant`, `Titre`, `Source`, `Type de source`, `URL`, `Date de publication`, `Extrait`, `Réseau concerné`, `Flux` (le flux qui l'a collectée) |
#
# Facebook et LinkedIn ne communiquent pas les enregistrements à l'outil : la colonne est vide
# (`NaN`) pour ces réseaux.
#
# L'**étude de marché** (`etude`) se lit comme un document : `etude` affiché dans une cellule
# montre son texte ; ses tableaux sont des DataFrames, `etude.tables[1]` à `etude.tables[8]`
# (les numéros des tableaux du texte), et `etude.titles` donne leurs titres. L'étude, son
# institut et ses chiffres sont **fictifs**, créés pour le cours.

# %%
from pathlib import Path

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd

from cmcert_lib.domain import kpi
from cmcert_lib.facts import brand, platforms
from cmcert_lib.bloc1.datasets import load_market_study, load_mentions, load_posts, load_veille

publications = load_posts()
mentions = load_mentions()
etude = load_market_study()
veille = load_veille()
Path("livrables").mkdir(exist_ok=True)

MARQUES = list(brand.BRANDS)
COULEURS = {marque: ("#0b6e8a" if marque == brand.BRAND else "#b9c4c9") for marque in MARQUES}


def pourcent(valeur, decimales=1):
    """Un ratio écrit en pourcentage à la française : 0.0421 -> « 4,2 % »."""
    return f"{100 * valeur:.{decimales}f}".replace(".", ",") + "\u00a0%"


print(f"{len(publications)} publications et {len(mentions)} mentions, "
      f"du {brand.LISTENING_START:%d/%m/%Y} au {brand.LISTENING_END:%d/%m/%Y} ; "
      f"{len(etude.tables)} tableaux dans l'étude de marché ; {len(veille)} actualités dans la veille.")
publications.head(3)

# %% [markdown]
# ## Exercice 1 — Le benchmark concurrentiel et le marché (C1.2.2)
#
# ### Question 1.1 — Taux d'engagement sur Instagram
#
# Instagram est le seul réseau sur lequel les cinq marques sont présentes : c'est la base de
# comparaison. Calculez, pour chaque marque, son **taux d'engagement sur la portée** de
# l'année :
#
# $$\text{taux} = \frac{\text{total des engagements des publications Instagram de l'année}}{\text{total de leur portée}}$$
#
# où les engagements d'une publication sont `J'aime + Commentaires + Partages + Enregistrements`.
#
# C'est le taux **global** de la marque (chaque personne touchée compte autant), pas la
# moyenne des taux de chaque publication : le brief, lui, cite un taux « moyen par
# publication » ; vous en discuterez dans votre lecture.
#
# **Format attendu :** un dictionnaire `taux_engagement_instagram` dont les clés sont les noms
# exacts des cinq marques et les valeurs des **ratios** (0,0421 et non 4,21), non arrondis ou
# arrondis à 4 décimales. Exemple de forme : `{"Maison Ondine": 0.0421, "Pure Galet": ..., ...}`.

# %% solution id=engagement
### BEGIN SOLUTION
instagram = publications[publications["Réseau"] == "Instagram"]
colonnes_engagement = ["J'aime", "Commentaires", "Partages", "Enregistrements"]
engagements = instagram[colonnes_engagement].sum(axis=1)
taux = engagements.groupby(instagram["Marque"]).sum() / instagram.groupby("Marque")["Portée"].sum()
taux_engagement_instagram = {marque: round(float(valeur), 4) for marque, valeur in taux.items()}
### END SOLUTION
taux_engagement_instagram

# %% tests id=engagement_tests points=3 competencies=C1.2.2
"""Taux d'engagement Instagram de chaque marque (engagements / portée, sur l'année)."""
from cmcert_lib.checks import check, score

check("bloc1.engagement_instagram", taux_engagement_instagram)
### BEGIN HIDDEN TESTS
score("bloc1.engagement_instagram", taux_engagement_instagram, expected={"Cosmo Vrac": 0.0165, "Les Solides d'Aimée": 0.0752, "Maison Ondine": 0.0284, "Pure Galet": 0.0583, "Savonnerie du Phare": 0.0238}, points=3)
### END HIDDEN TESTS

# %% [markdown]
# ### Question 1.2 — Fréquence de publication
#
# Combien de publications chaque marque met-elle en ligne **par semaine**, tous réseaux
# confondus ? Divisez le nombre de publications de l'année par le nombre de semaines de la
# période (365 jours / 7, soit environ 52,14 semaines ; `kpi.weeks_between(brand.LISTENING_START,
# brand.LISTENING_END)` le calcule pour vous).
#
# **Format attendu :** un dictionnaire `publications_par_semaine` {marque: nombre moyen de
# publications par semaine}, arrondi à 2 décimales si vous le souhaitez.

# %% solution id=frequence
### BEGIN SOLUTION
semaines = kpi.weeks_between(brand.LISTENING_START, brand.LISTENING_END)
publications_par_semaine = (publications.groupby("Marque").size() / semaines).round(2).to_dict()
### END SOLUTION
publications_par_semaine

# %% tests id=frequence_tests points=2 competencies=C1.2.2
"""Nombre moyen de publications par semaine de chaque marque, tous réseaux confondus."""
from cmcert_lib.checks import check, score

check("bloc1.posts_per_week", publications_par_semaine)
### BEGIN HIDDEN TESTS
score("bloc1.posts_per_week", publications_par_semaine, expected={"Cosmo Vrac": 11.22, "Les Solides d'Aimée": 4.22, "Maison Ondine": 3.3, "Pure Galet": 10.93, "Savonnerie du Phare": 5.56}, points=2)
### END HIDDEN TESTS

# %% [markdown]
# ### Livrable — le graphique du benchmark
#
# Un seul visuel pour la cliente : à gauche l'engagement, à droite le rythme de publication
# par réseau. Maison Ondine est en bleu, ses concurrents en gris. Il est enregistré dans
# `livrables/benchmark_concurrentiel.png` pour votre cahier de préconisations.

# %%
ordre = sorted(MARQUES, key=lambda m: taux_engagement_instagram[m])
fig, (gauche, droite) = plt.subplots(1, 2, figsize=(13, 4.8))
barres = gauche.barh(ordre, [taux_engagement_instagram[m] for m in ordre],
                     color=[COULEURS[m] for m in ordre])
gauche.bar_label(barres, labels=[pourcent(taux_engagement_instagram[m]) for m in ordre], padding=3)
gauche.set_title("Taux d'engagement sur Instagram\n(engagements / portée, nov. 2025 – oct. 2026)")
gauche.set_xlabel("Taux d'engagement")
gauche.xaxis.set_major_formatter(lambda x, _: pourcent(x, 0))
gauche.set_xlim(0, max(taux_engagement_instagram.values()) * 1.25)

semaines = kpi.weeks_between(brand.LISTENING_START, brand.LISTENING_END)
rythme = (publications.groupby(["Marque", "Réseau"]).size() / semaines).unstack(fill_value=0)
rythme = rythme.loc[sorted(MARQUES, key=lambda m: rythme.loc[m].sum())]
couleurs_reseaux = {"Instagram": "#c13584", "Facebook": "#1877f2", "TikTok": "#111111",
                    "LinkedIn": "#f2a541"}
rythme.plot.barh(stacked=True, ax=droite, color=[couleurs_reseaux[r] for r in rythme.columns])
for position, total in enumerate(rythme.sum(axis=1)):
    droite.text(total + 0.15, position, f"{total:.1f}".replace(".", ","), va="center")
droite.set_title("Publications par semaine, par réseau")
droite.set_xlabel("Publications par semaine (moyenne sur l'année)")
droite.set_ylabel("")
droite.legend(title="Réseau", loc="lower right")
fig.suptitle("Maison Ondine face à ses concurrents", fontweight="bold")
fig.tight_layout()
fig.savefig("livrables/benchmark_concurrentiel.png", dpi=150, bbox_inches="tight")
plt.show()

# %% [markdown]
# ### Pour explorer — le benchmark par réseau et par période
#
# Choisissez un réseau et une période : le tableau recalcule le nombre de publications, le
# rythme hebdomadaire, la portée moyenne et le taux d'engagement sur la portée (enregistrements
# comptés quand le réseau les fournit). Cet outil n'est pas noté : il sert à nourrir votre
# lecture (par exemple, comparer les trimestres avant et après le bad buzz).

# %%
import ipywidgets as widgets
from IPython.display import display

PERIODES = {
    "Toute l'année": ("2025-11-01", "2026-10-31"),
    "Nov. 2025 – janv. 2026": ("2025-11-01", "2026-01-31"),
    "Févr. – avr. 2026 (bad buzz)": ("2026-02-01", "2026-04-30"),
    "Mai – juil. 2026": ("2026-05-01", "2026-07-31"),
    "Août – oct. 2026": ("2026-08-01", "2026-10-31"),
}
COLONNES_ENGAGEMENT = ["J'aime", "Commentaires", "Partages", "Enregistrements"]


def explorer_benchmark(reseau, periode):
    debut, fin = (pd.Timestamp(d) for d in PERIODES[periode])
    dates = publications["Date de publication"]
    choix = publications[(dates >= debut) & (dates < fin + pd.Timedelta(days=1))]
    if reseau != "Tous les réseaux":
        choix = choix[choix["Réseau"] == reseau]
    if choix.empty:
        print("Aucune publication pour ce choix.")
        return
    semaines_periode = ((fin - debut).days + 1) / 7
    engagements_choix = choix[COLONNES_ENGAGEMENT].sum(axis=1)
    groupes = choix.assign(Engagements=engagements_choix).groupby("Marque")
    tableau = pd.DataFrame({
        "Publications": groupes.size(),
        "Par semaine": groupes.size() / semaines_periode,
        "Portée moyenne": groupes["Portée"].mean(),
        "Taux d'engagement (portée)": (groupes["Engagements"].sum() / groupes["Portée"].sum()).map(pourcent),
    }).sort_values("Publications", ascending=False)
    # Nombres à la française : virgule décimale, espace fine entre les milliers.
    display(tableau.style.format({"Par semaine": "{:.1f}", "Portée moyenne": "{:,.0f}"},
                                 decimal=",", thousands="\u202f"))


widgets.interact(
    explorer_benchmark,
    reseau=widgets.Dropdown(options=["Tous les réseaux", *sorted(publications["Réseau"].unique())],
                            description="Réseau"),
    periode=widgets.Dropdown(options=list(PERIODES), description="Période"),
);

# %% [markdown]
# ### L'étude de marché
#
# Le benchmark compare des comptes ; il ne dit ni la taille du marché, ni son évolution, ni le
# poids commercial des marques. L'agence a acheté le **baromètre 2026 des cosmétiques solides**
# (étude fictive créée pour le cours). Lisez-le en entier : méthodologie, chiffres clés,
# tableaux, définitions et limites. Vous vous en servirez ici, dans votre lecture du benchmark,
# puis dans l'étude des cibles (notebook 3).

# %%
etude

# %% [markdown]
# ### Question 1.3 — Positionner Maison Ondine sur son marché
#
# Avec les tableaux de l'étude, calculez pour chacune des cinq marques les trois indicateurs
# que l'étude définit :
#
# - la **part de marché** 2025 en valeur : chiffre d'affaires 2025 de la marque (tableau 2) /
#   chiffre d'affaires 2025 du **marché entier** (tableau 1) ;
# - la **croissance** 2025 : chiffre d'affaires 2025 / chiffre d'affaires 2024 − 1 (tableau 2) ;
# - l'**indice de prix** : prix moyen d'un shampoing solide de la marque / prix moyen du marché
#   (tableau 3, ligne « Moyenne du marché ») ; 1,30 veut dire 30 % plus cher que la moyenne.
#
# **Format attendu :** un dictionnaire `positionnement` dont les clés sont les noms exacts des
# cinq marques et les valeurs des dictionnaires `{"part de marché": ..., "croissance": ...,
# "indice de prix": ...}` (un DataFrame marques × indicateurs convient aussi). Des **ratios**
# (0,0421 et non 4,21 %), non arrondis ou arrondis à 4 décimales.

# %% solution id=positionnement
### BEGIN SOLUTION
marche = etude.tables[1].set_index("Année")["Chiffre d'affaires (M€ HT)"]
ventes = etude.tables[2].set_index("Marque")
prix = etude.tables[3].set_index("Marque")["Prix moyen (€ TTC)"]
ca_2024 = ventes["Chiffre d'affaires 2024 (M€ HT)"]
ca_2025 = ventes["Chiffre d'affaires 2025 (M€ HT)"]
positionnement = {
    marque: {
        "part de marché": round(float(ca_2025[marque] / marche[2025]), 4),
        "croissance": round(float(ca_2025[marque] / ca_2024[marque] - 1), 4),
        "indice de prix": round(float(prix[marque] / prix["Moyenne du marché"]), 4),
    }
    for marque in MARQUES
}
### END SOLUTION
positionnement

# %% tests id=positionnement_tests points=3 competencies=C1.2.2
"""Part de marché, croissance et indice de prix de chaque marque, d'après l'étude de marché."""
from cmcert_lib.checks import check, score

check("bloc1.market_position", positionnement)
### BEGIN HIDDEN TESTS
score("bloc1.market_position", positionnement, expected={"Maison Ondine": {"part de marché": 0.0096, "croissance": 0.0769, "indice de prix": 1.3021}, "Savonnerie du Phare": {"part de marché": 0.0192, "croissance": 0.0244, "indice de prix": 0.9583}, "Pure Galet": {"part de marché": 0.0406, "croissance": 0.4127, "indice de prix": 1.1354}, "Les Solides d'Aimée": {"part de marché": 0.0036, "croissance": 0.2581, "indice de prix": 1.4479}, "Cosmo Vrac": {"part de marché": 0.084, "croissance": 0.0337, "indice de prix": 0.6771}}, points=3)
### END HIDDEN TESTS

# %% [markdown]
# ### Livrable — le mapping concurrentiel
#
# Le visuel classique du positionnement : le prix en abscisse, la croissance en ordonnée, la
# taille de chaque bulle proportionnelle au chiffre d'affaires 2025, et sous le nom de chaque
# marque son taux d'engagement sur Instagram. Il est enregistré dans
# `livrables/mapping_concurrentiel.png`.

# %%
fig, ax = plt.subplots(figsize=(10, 6))
chiffre_affaires = etude.tables[2].set_index("Marque")["Chiffre d'affaires 2025 (M€ HT)"]
for marque in MARQUES:
    x, y = positionnement[marque]["indice de prix"], positionnement[marque]["croissance"]
    surface = chiffre_affaires[marque] * 90  # points², proportional to the turnover
    ax.scatter(x, y, s=surface, color=COULEURS[marque], alpha=0.75, edgecolor="#333333", zorder=3)
    ventes_texte = f"{chiffre_affaires[marque]:.1f}".replace(".", ",")
    ax.annotate(f"{marque}\n{ventes_texte} M€ · engagement {pourcent(taux_engagement_instagram[marque])}",
                (x, y), xytext=(0, -(surface / 3.1416) ** 0.5 - 3), textcoords="offset points",
                ha="center", va="top", fontsize=9,
                fontweight="bold" if marque == brand.BRAND else "normal")
marche_total = etude.tables[1].set_index("Année")["Chiffre d'affaires (M€ HT)"]
croissance_marche = marche_total[2025] / marche_total[2024] - 1
ax.axvline(1, color="#777777", linestyle="--", linewidth=0.8)
ax.axhline(croissance_marche, color="#777777", linestyle="--", linewidth=0.8)
ax.margins(x=0.15, y=0.3)
ax.text(1.005, ax.get_ylim()[1], " prix moyen du marché", va="top", fontsize=8, color="#555555")
ax.text(ax.get_xlim()[0], croissance_marche, f" croissance du marché ({pourcent(croissance_marche)})",
        va="bottom", fontsize=8, color="#555555")
ax.yaxis.set_major_formatter(lambda y, _: pourcent(y, 0))
ax.xaxis.set_major_formatter(lambda x, _: f"{x:.1f}".replace(".", ","))
ax.set_xlabel("Indice de prix d'un shampoing solide (1 = prix moyen du marché)")
ax.set_ylabel("Croissance du chiffre d'affaires 2025")
ax.set_title("Mapping concurrentiel : prix, croissance et poids des cinq marques (2025)", fontweight="bold")
fig.text(0.01, 0.01, "Source : baromètre 2026 des cosmétiques solides, Institut Clairval (étude fictive "
         "créée pour le cours) ; engagement : export de l'outil de benchmark.", fontsize=8, color="#555555")
fig.tight_layout(rect=(0, 0.03, 1, 1))
fig.savefig("livrables/mapping_concurrentiel.png", dpi=150, bbox_inches="tight")
plt.show()

# %% [markdown]
# ## Exercice 2 — L'écoute sociale et l'e-réputation (C1.2.1)
#
# ### Question 2.1 — Part de voix
#
# La **part de voix** d'une marque est la part des mentions qui la concernent parmi toutes les
# mentions des cinq marques surveillées (colonne `Alerte`), sur toute l'année :
#
# $$\text{part de voix} = \frac{\text{mentions de la marque}}{\text{mentions des cinq marques}}$$
#
# On compte des **mentions**, sans pondérer par la portée estimée.
#
# **Format attendu :** un dictionnaire `part_de_voix` {marque: ratio}, les cinq ratios faisant
# 1 à eux tous, non arrondis ou arrondis à 4 décimales.

# %% solution id=part_de_voix
### BEGIN SOLUTION
part_de_voix = mentions["Alerte"].value_counts(normalize=True).round(4).to_dict()
### END SOLUTION
part_de_voix

# %% tests id=part_de_voix_tests points=2 competencies=C1.2.1
"""Part de voix de chaque marque : ses mentions / les mentions des cinq marques."""
from cmcert_lib.checks import check, score

check("bloc1.share_of_voice", part_de_voix)
### BEGIN HIDDEN TESTS
score("bloc1.share_of_voice", part_de_voix, expected={"Pure Galet": 0.2904, "Cosmo Vrac": 0.2628, "Maison Ondine": 0.2496, "Savonnerie du Phare": 0.1315, "Les Solides d'Aimée": 0.0656}, points=2)
### END HIDDEN TESTS

# %% [markdown]
# ### Question 2.2 — Sentiment net mensuel de Maison Ondine
#
# Pour chaque mois de la période, calculez le **sentiment net** des mentions de Maison Ondine
# avec la définition de son outil d'écoute, celle que cite le brief :
#
# $$\text{sentiment net} = \frac{\text{positives} - \text{négatives}}{\text{positives} + \text{négatives}}$$
#
# Les mentions neutres ne comptent pas (l'autre définition, qui divise par toutes les
# mentions, tire le résultat vers 0). Le résultat est compris entre −1 et 1.
#
# **Format attendu :** un dictionnaire `sentiment_net_mensuel` dont les clés sont les mois au
# format « AAAA-MM » (`"2025-11"` ... `"2026-10"`) et les valeurs des ratios non arrondis ou
# arrondis à 3 décimales.

# %% solution id=sentiment_net
### BEGIN SOLUTION
ondine = mentions[mentions["Alerte"] == brand.BRAND]
comptes = pd.crosstab(ondine["Date"].dt.strftime("%Y-%m"), ondine["Sentiment"])
net = (comptes["positif"] - comptes["négatif"]) / (comptes["positif"] + comptes["négatif"])
sentiment_net_mensuel = net.round(3).to_dict()
### END SOLUTION
sentiment_net_mensuel

# %% tests id=sentiment_net_tests points=3 competencies=C1.2.1
"""Sentiment net mensuel de Maison Ondine, (positives − négatives) / (positives + négatives)."""
from cmcert_lib.checks import check, score

check("bloc1.net_sentiment", sentiment_net_mensuel)
### BEGIN HIDDEN TESTS
score("bloc1.net_sentiment", sentiment_net_mensuel, expected={"2025-11": 0.355, "2025-12": 0.333, "2026-01": 0.375, "2026-02": 0.353, "2026-03": -0.774, "2026-04": -0.447, "2026-05": -0.4, "2026-06": -0.333, "2026-07": -0.257, "2026-08": -0.277, "2026-09": -0.214, "2026-10": -0.167}, points=3)
### END HIDDEN TESTS

# %% [markdown]
# ### Question 2.3 — La semaine du bad buzz
#
# Quelle est la semaine (du lundi au dimanche) où Maison Ondine a reçu le plus de mentions
# **négatives** ? Attention : `resample("W")` et `to_period("W")` de pandas découpent bien les
# semaines du lundi au dimanche, mais les étiquettent par défaut par leur **dimanche**.
#
# **Format attendu :** un texte `semaine_bad_buzz`, la date du **lundi** de cette semaine au
# format « AAAA-MM-JJ », par exemple `"2026-01-05"`.

# %% solution id=bad_buzz
### BEGIN SOLUTION
negatives = ondine[ondine["Sentiment"] == "négatif"]
par_semaine = negatives.groupby(negatives["Date"].dt.to_period("W-SUN")).size()
semaine_bad_buzz = par_semaine.idxmax().start_time.strftime("%Y-%m-%d")
### END SOLUTION
semaine_bad_buzz

# %% tests id=bad_buzz_tests points=2 competencies=C1.2.1
"""Lundi de la semaine où Maison Ondine reçoit le plus de mentions négatives."""
from cmcert_lib.checks import check, score

check("bloc1.bad_buzz_week", semaine_bad_buzz)
### BEGIN HIDDEN TESTS
score("bloc1.bad_buzz_week", semaine_bad_buzz, expected="2026-03-09", points=2)
### END HIDDEN TESTS

# %% [markdown]
# ### Question 2.4 — Votre seuil d'alerte de crise
#
# Pour la campagne 2027, l'outil d'écoute doit prévenir Léna Morvan dès qu'une crise démarre.
# Fixez le **seuil d'alerte** : le nombre de mentions **négatives** de Maison Ondine par
# semaine (du lundi au dimanche) à partir duquel l'alerte se déclenche. C'est votre choix, à
# justifier dans votre lecture (question 2.5) : le double de la pire semaine ordinaire, la
# moyenne plus trois écarts-types, un niveau que l'équipe peut traiter... Un seuil tenable :
#
# - il ne se déclenche **jamais** avant le bad buzz (de novembre 2025 à février 2026, les
#   semaines ordinaires ne sont pas des crises) ;
# - il se déclenche **la semaine du bad buzz** ;
# - il ne dépasse pas 30 mentions négatives par semaine : au-delà, l'alerte arriverait trop
#   tard pour une marque de cette taille.
#
# Listez ensuite les semaines de la période d'écoute où votre alerte se serait déclenchée :
# celles dont les mentions négatives **atteignent** votre seuil (≥).
#
# **Format attendu :** un dictionnaire `alerte_crise = {"seuil": ..., "semaines": [...]}` : le
# seuil est un nombre de mentions négatives par semaine, les semaines sont les dates de leur
# **lundi** au format « AAAA-MM-JJ ».

# %% solution id=alerte
### BEGIN SOLUTION
negatives_ondine = mentions[(mentions["Alerte"] == brand.BRAND) & (mentions["Sentiment"] == "négatif")]
negatives_par_semaine = negatives_ondine.groupby(negatives_ondine["Date"].dt.to_period("W-SUN")).size()
ordinaires = negatives_par_semaine[negatives_par_semaine.index.start_time < "2026-03-01"]
# Le double de la pire semaine ordinaire : une alerte qui ne sonne qu'en cas de vrai changement.
seuil = 2 * int(ordinaires.max())
alerte_crise = {
    "seuil": seuil,
    "semaines": [semaine.start_time.strftime("%Y-%m-%d")
                 for semaine, nombre in negatives_par_semaine.items() if nombre >= seuil],
}
### END SOLUTION
alerte_crise

# %% tests id=alerte_tests points=2 competencies=C1.2.1
"""Seuil d'alerte de crise choisi et semaines où il se déclenche, d'après les mentions négatives."""
from cmcert_lib.checks import check, score

check("bloc1.alert_threshold", alerte_crise)
### BEGIN HIDDEN TESTS
score("bloc1.alert_threshold", alerte_crise, expected={"pire_semaine_ordinaire": 5, "seuil_max": 30}, points=2)
### END HIDDEN TESTS

# %% [markdown]
# ### Livrable — la part de voix et l'e-réputation en images
#
# Deux graphiques pour la cliente : la part de voix des cinq marques
# (`livrables/part_de_voix.png`), puis les mentions de Maison Ondine semaine par semaine selon
# leur tonalité, avec le bad buzz annoté et les semaines où votre alerte se serait déclenchée
# (▼), et son sentiment net mois par mois (`livrables/e_reputation_maison_ondine.png`).

# %%
ordre_voix = sorted(MARQUES, key=lambda m: part_de_voix[m])
tonalites = ["positif", "neutre", "négatif"]
couleurs_tonalite = {"positif": "#2e9e5b", "neutre": "#b9c4c9", "négatif": "#d1495b"}
LIBELLES_TONALITE = {"positif": "Mentions positives", "neutre": "Mentions neutres",
                     "négatif": "Mentions négatives"}
# Each bar is the brand's share of voice, cut by the tone of its mentions.
repartition = pd.crosstab(mentions["Alerte"], mentions["Sentiment"], normalize="index")
fig, ax = plt.subplots(figsize=(9, 4.2))
gauche_barre = pd.Series(0.0, index=ordre_voix)
for tonalite in tonalites:
    largeur = pd.Series({m: part_de_voix[m] * repartition.loc[m, tonalite] for m in ordre_voix})
    ax.barh(ordre_voix, largeur, left=gauche_barre, color=couleurs_tonalite[tonalite],
            label=LIBELLES_TONALITE[tonalite])
    gauche_barre += largeur
for position, marque in enumerate(ordre_voix):
    poids = "bold" if marque == brand.BRAND else "normal"
    ax.text(part_de_voix[marque] + 0.004, position, pourcent(part_de_voix[marque]), va="center",
            fontweight=poids)
ax.set_xlim(0, max(part_de_voix.values()) * 1.2)
ax.xaxis.set_major_formatter(lambda x, _: pourcent(x, 0))
ax.set_xlabel("Part des mentions des cinq marques")
ax.set_title("Part de voix et tonalité des mentions (nov. 2025 – oct. 2026)", fontweight="bold")
ax.legend(loc="lower right")
fig.tight_layout()
fig.savefig("livrables/part_de_voix.png", dpi=150, bbox_inches="tight")
plt.show()

# %%
MOIS_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."]
semaine = ondine["Date"].dt.to_period("W-SUN").dt.start_time
hebdo = pd.crosstab(semaine, ondine["Sentiment"])[tonalites]

fig, (haut, bas) = plt.subplots(2, 1, figsize=(12, 7.5), height_ratios=[3, 2], sharex=True)
bas_pile = 0
for tonalite in hebdo.columns:
    haut.bar(hebdo.index, hebdo[tonalite], width=6, bottom=bas_pile,
             color=couleurs_tonalite[tonalite], label=LIBELLES_TONALITE[tonalite])
    bas_pile = bas_pile + hebdo[tonalite]
pic = pd.Timestamp(semaine_bad_buzz)
lundi = pd.Timestamp(semaine_bad_buzz)
haut.annotate(
    f"Bad buzz, semaine du {lundi.day} {MOIS_FR[lundi.month - 1]} {lundi.year} :\n"
    "sachet du shampoing solide doublé de plastique\n(vidéo d'une influenceuse, réponse de la "
    "marque\nquatre jours plus tard)",
    xy=(pic, hebdo.sum(axis=1).max()), xytext=(pic + pd.Timedelta(days=45), hebdo.sum(axis=1).max() * 0.8),
    arrowprops={"arrowstyle": "->", "color": "#333333"}, fontsize=10,
)
totaux_semaine = hebdo.sum(axis=1)
alertes = [pd.Timestamp(s) for s in alerte_crise["semaines"] if pd.Timestamp(s) in totaux_semaine.index]
haut.scatter(alertes, [totaux_semaine[s] + 6 for s in alertes], marker="v", color="#d1495b", zorder=3,
             label=f"Alerte : au moins {alerte_crise['seuil']} mentions négatives")
haut.set_ylabel("Mentions par semaine")
haut.set_title("Maison Ondine : mentions par semaine et par tonalité", fontweight="bold")
haut.legend(loc="center right")

mois = pd.to_datetime(list(sentiment_net_mensuel)) + pd.Timedelta(days=14)
valeurs = list(sentiment_net_mensuel.values())
bas.bar(mois, valeurs, width=20, color=["#2e9e5b" if v >= 0 else "#d1495b" for v in valeurs])
bas.axhline(0, color="#333333", linewidth=0.8)
bas.yaxis.set_major_formatter(lambda y, _: pourcent(y, 0))
bas.set_ylabel("Sentiment net")
bas.set_title("Sentiment net mensuel : (positives − négatives) / (positives + négatives)")
bas.xaxis.set_major_formatter(
    lambda x, _: f"{MOIS_FR[mdates.num2date(x).month - 1]} {mdates.num2date(x).year}")
fig.tight_layout()
fig.savefig("livrables/e_reputation_maison_ondine.png", dpi=150, bbox_inches="tight")
plt.show()

# %% [markdown]
# ### Question 2.5 — Votre lecture du benchmark, du marché et de l'e-réputation
#
# Rédigez, pour la cliente, la synthèse de vos analyses (25 à 35 lignes). Elle doit :
#
# - dire sur quels **critères** vous comparez les marques et pourquoi ils sont pertinents pour
#   le problème de Maison Ondine (et leurs limites : définition du taux, portée estimée,
#   chiffres estimés par l'étude...) ;
# - décrire le **marché** à partir de l'étude (taille, croissance, circuits de distribution,
#   prix, attentes des acheteurs) et y situer Maison Ondine avec vos indicateurs de la
#   question 1.3 et le mapping concurrentiel ;
# - situer Maison Ondine face à chaque concurrent à l'aide de vos chiffres et de vos
#   graphiques : engagement, rythme, formats, part de voix, tonalité ;
# - lire le bad buzz : ampleur, canaux, réaction de la marque, traces dix mois après, et
#   **justifier votre seuil d'alerte** (question 2.4) ;
# - en tirer **trois hypothèses** à explorer pour la stratégie (ce que vous testerez ou
#   chercherez à confirmer dans l'étude des cibles et la charte éditoriale).
#
# Utilisez l'explorateur et quelques lignes de pandas si vous avez besoin d'autres chiffres
# (formats, sources des mentions, textes des publications qui marchent le mieux).

# %% manual id=lecture_benchmark points=7 competencies=C1.2.1,C1.2.2 criteria=B1-03,B1-04,B1-05
# **Critères retenus.** J'ai comparé les cinq marques sur ce qui répond au problème de Maison
# Ondine (confiance perdue, présence irrégulière, ventes à relancer) : l'**engagement** sur
# Instagram, seul réseau commun aux cinq marques (engagements / portée sur l'année, ce qui
# neutralise la taille des comptes), le **rythme de publication** par réseau, les **formats**,
# la **part de voix** et la **tonalité** des mentions (sentiment net). Limites : le taux retenu
# est global, alors que le brief cite une moyenne par publication (les deux diffèrent de
# quelques dixièmes de point) ; la portée des mentions est une estimation de l'outil et la
# tonalité est classée automatiquement, à contrôler sur un échantillon ; les chiffres
# d'affaires des concurrents sont des estimations de l'étude (± 15 %).
#
# **Marché.** D'après le baromètre 2026 de l'Institut Clairval, les cosmétiques solides pèsent
# 219 M€ HT en 2025 (+7,4 % en un an, +9,7 % par an depuis 2021) et la croissance ralentit
# (231 M€ attendus en 2026). La vente en ligne progresse (23 % des ventes, contre 19 % en
# 2023) : Maison Ondine, qui réalise 38 % de son chiffre d'affaires sur son site, est bien
# placée sur ce circuit. Avec 2,1 M€, elle détient moins de 1 % du marché (0,96 %) et croît
# au rythme du marché (+7,7 %), quand Pure Galet prend des parts (+41 %, 4,1 % du marché) ;
# Cosmo Vrac (8,4 %) vend en grande distribution 30 % moins cher que la moyenne. Le mapping
# place Maison Ondine dans le haut de gamme (indice de prix 1,30), entre Pure Galet (1,14) et
# Les Solides d'Aimée (1,45), qui justifie un prix encore plus élevé par une communauté très
# engagée. Ce prix se défend par la preuve : 63 % des acheteurs veulent la liste complète des
# ingrédients, 58 % des preuves des engagements, et 65 % se méfient du « zéro déchet » sans
# preuve, exactement ce que le bad buzz a mis en cause.
#
# **Benchmark.** Avec 2,8 % d'engagement sur Instagram, Maison Ondine est au milieu du
# classement : loin derrière Les Solides d'Aimée (7,5 %), petite marque artisanale très
# proche de sa communauté, et Pure Galet (5,8 %), qui mise sur les Reels et surtout TikTok
# (263 vidéos dans l'année, plus de 98 000 personnes touchées en moyenne) ; devant la
# Savonnerie du Phare (2,4 %) et Cosmo Vrac (1,7 %), qui publient beaucoup mais surtout des
# promotions. Maison Ondine est la marque qui publie le moins (3,3 publications par semaine,
# contre 4,2 à 11,2 pour ses concurrents), et de façon très irrégulière : 12 semaines sans
# aucune publication, 15 semaines à six. Plus de la moitié de ses publications Facebook sont
# des copies de ses légendes Instagram, hashtags compris. TikTok est presque abandonné
# (23 vidéos en un an) alors que ses vidéos y engagent bien (4,8 %). Ses carrousels engagent
# mieux que ses images et ses Reels (3,4 % contre 2,6 %). Son engagement est passé de 3,4 %
# avant mars à 2,5 % depuis avril.
#
# **E-réputation.** La part de voix de Maison Ondine (25,0 %) paraît proche de celles de Pure
# Galet (29,0 %) et de Cosmo Vrac (26,3 %), mais elle est gonflée par le bad buzz : près d'une
# mention sur deux de l'année est négative (480 sur 985), et sans les six semaines de crise sa
# part retombe autour de 16 %. C'est la seule marque dont le sentiment net annuel est négatif
# (−39 %, contre +82 % pour Les Solides d'Aimée et +50 % environ pour Pure Galet et la
# Savonnerie du Phare). La semaine du 9 mars 2026 concentre 289 mentions (12 par semaine
# d'habitude), dont 225 négatives, d'abord sur Instagram, TikTok et X, puis sur Facebook, pour
# une portée estimée de plus d'un million de personnes. La marque a répondu quatre jours plus
# tard, sur un ton défensif, et ce message a lui-même relancé les critiques. Le sentiment net,
# de +33 à +38 % chaque mois avant la crise, est tombé à −77 % en mars et ne remonte que
# lentement (−17 % en octobre) : le nouveau sachet en kraft, passé presque sous silence, n'a
# pas suffi. Je propose un seuil d'alerte de 10 mentions négatives par semaine, le double de
# la pire semaine ordinaire avant la crise (5) : il n'aurait jamais sonné avant mars, aurait
# sonné dès la semaine du 9 mars, puis quatre fois (16 et 23 mars, 13 avril, 15 juin), sans
# noyer l'équipe sous les alertes pendant la longue traîne de la crise.
#
# **Hypothèses à explorer.**
# 1. Une prise de parole transparente et prouvée (le changement d'emballage, l'atelier, les
#    ingrédients bretons) fera remonter le sentiment net plus vite que le silence : à tester
#    avec un contenu « preuves » mensuel et un suivi du sentiment net par mois.
# 2. Un rythme régulier et tenable (4 à 5 publications par semaine) et des carrousels
#    pédagogiques rendront à Instagram son engagement d'avant la crise (3,4 %).
# 3. TikTok, où Pure Galet domine, serait le relais de croissance vers les 25-40 ans que vise le
#    brief ; mais l'étude montre que les 30-44 ans cherchent leurs idées beauté sur Instagram et
#    Pinterest bien plus que sur TikTok : à confirmer par l'enquête (notebook 3) avant d'y
#    investir du budget.

# %% [markdown]
# ## Exercice 3 — Veille : trier l'actualité des plateformes (C1.2.3)
#
# L'outil de veille de l'agence (du type Feedly ou Inoreader) suit pour Maison Ondine les
# annonces officielles des plateformes et des autorités, la presse spécialisée, des blogs de
# community managers, des alertes Google et quelques comptes qui relaient des « exclusivités ».
# Voici tout ce qu'il a collecté jusqu'au brief du 16 novembre 2026 : comme dans tout export de
# veille, l'utile y côtoie les doublons (un article collecté par deux flux, la copie d'un site
# agrégateur), les rumeurs, l'ancien et le hors-sujet. À vous de trier, puis de vous servir de
# ce que vous gardez.
#
# *Corpus reconstitué pour le cours : titres, extraits et adresses sont fictifs, sauf les faits
# réels que certains rapportent (la limite de 5 hashtags annoncée par Instagram le
# 18 décembre 2025, les Reels de 3 minutes en janvier 2025, l'ouverture de TikTok Shop en France
# en mars 2025, les textes de loi cités et leurs dates).*

# %%
pd.set_option("display.max_colwidth", 90)
veille[["Identifiant", "Date de publication", "Source", "Type de source", "Réseau concerné", "Titre"]]

# %% [markdown]
# Pour lire un article en entier, affichez sa ligne, par exemple
# `veille.loc[veille["Identifiant"] == 412345].T`, ou tous les extraits d'un réseau :
# `veille.loc[veille["Réseau concerné"] == "TikTok", ["Titre", "Extrait"]]`.
#
# ### Question 3.1 — La fiabilité de chaque type de source
#
# Pour chacun des cinq types de source de l'export (colonne `Type de source`), décidez du
# crédit que vous lui accordez : « fiable » (vous pouvez citer l'information telle quelle),
# « à recouper » (à confirmer par une source fiable avant de la citer) ou « non fiable » (vous
# ne la citez pas). Demandez-vous qui publie, qui vérifie et qui répond de l'information.
#
# **Format attendu :** un dictionnaire `fiabilite_sources` dont les clés sont les cinq types de
# source, écrits comme dans l'export, et les valeurs « fiable », « à recouper » ou « non fiable ».

# %% solution id=fiabilite
### BEGIN SOLUTION
fiabilite_sources = {
    "Source officielle": "fiable",      # la plateforme ou l'autorité répond de ce qu'elle annonce
    "Presse spécialisée": "fiable",     # des journalistes qui citent et datent leurs sources
    "Blog": "à recouper",               # un avis ou une expérience, utile s'il est confirmé
    "Agrégateur": "non fiable",         # des copies d'autres sites : on cite l'original
    "Compte non vérifié": "non fiable",  # ni auteur identifié ni source : une rumeur
}
### END SOLUTION
fiabilite_sources

# %% tests id=fiabilite_tests points=1 competencies=C1.2.3
"""Niveau de fiabilité accordé à chaque type de source de l'export de veille."""
from cmcert_lib.checks import check, score

check("bloc1.source_reliability", fiabilite_sources)
### BEGIN HIDDEN TESTS
score("bloc1.source_reliability", fiabilite_sources, expected={"Source officielle": ["fiable"], "Presse spécialisée": ["fiable", "à recouper"], "Blog": ["à recouper", "non fiable"], "Agrégateur": ["à recouper", "non fiable"], "Compte non vérifié": ["non fiable"]}, points=1)
### END HIDDEN TESTS

# %% [markdown]
# ### Question 3.2 — Votre sélection
#
# Choisissez d'abord votre **fenêtre de fraîcheur** : jusqu'à combien de jours avant le brief
# (16 novembre 2026) une actualité vous paraît-elle encore utile pour la charte de 2027 ? Entre
# 180 et 730 jours (six mois à deux ans), à justifier dans votre note de veille. Puis retenez
# les actualités qui méritent d'entrer dans la note : **fiables** selon vos règles de la
# question 3.1, **publiées dans votre fenêtre**, **utiles** à Maison Ondine (ses réseaux, ses
# contraintes juridiques, son métier), chacune **une seule fois**. Les rumeurs, le hors-sujet,
# les copies et les doublons n'y ont pas leur place.
#
# Votre sélection est jugée avec **votre** fenêtre : chaque actualité utile à garder compte pour
# vous, chaque actualité à écarter que vous gardez compte contre vous. Quelques actualités
# défendables dans les deux sens (la reprise d'une annonce déjà retenue, une tendance rapportée
# par un seul média, le blog d'une agence sérieuse) ne comptent ni pour ni contre.
#
# **Format attendu :** un dictionnaire `selection_veille = {"fenetre_jours": ..., "articles":
# [...]}` : la fenêtre en jours (un nombre) et la liste des **identifiants** retenus (colonne
# `Identifiant`).

# %% solution id=selection
### BEGIN SOLUTION
FENETRE = 365  # un an : les règles annoncées depuis le dernier brief annuel sont toutes en vigueur
debut = pd.Timestamp(brand.BRIEF_DATE) - pd.Timedelta(days=FENETRE)
fiables = [t for t, niveau in fiabilite_sources.items() if niveau == "fiable"]
candidats = veille[(veille["Date de publication"] >= debut) & veille["Type de source"].isin(fiables)]
candidats = candidats.drop_duplicates("URL")  # un même article collecté par deux flux
candidats = candidats[candidats["Réseau concerné"] != ""]  # l'outil n'y a trouvé aucun réseau
# Lus un par un : les résultats financiers de Meta ne changent rien pour la charte ; les reprises
# du 19 décembre 2025 redisent l'annonce officielle d'Instagram du 18, déjà retenue.
hors_sujet = candidats["Titre"].str.contains("résultats du troisième trimestre")
reprises = candidats["Date de publication"].dt.strftime("%Y-%m-%d").eq("2025-12-19")
selection_veille = {
    "fenetre_jours": FENETRE,
    "articles": candidats.loc[~hors_sujet & ~reprises, "Identifiant"].tolist(),
}
### END SOLUTION
selection_veille

# %% tests id=selection_tests points=3 competencies=C1.2.3
"""Fenêtre de fraîcheur choisie et actualités retenues, jugées avec cette fenêtre."""
from cmcert_lib.checks import check, score

check("bloc1.veille_selection", selection_veille)
### BEGIN HIDDEN TESTS
score("bloc1.veille_selection", selection_veille, expected={"groupes": [[438045, 437573], [476091], [485287, 457720], [434750], [475793], [410859], [478340], [483856], [476313], [485326]], "neutres": [493288, 463022, 442108, 483577]}, points=3)
### END HIDDEN TESTS

# %% [markdown]
# ### Livrable — vos sources retenues
#
# La liste de vos sources, datées et qualifiées, pour l'annexe de votre cahier de
# préconisations (`livrables/veille_sources_retenues.csv`, séparateur « ; »). Votre note de
# veille les cite.

# %%
retenues = veille[veille["Identifiant"].isin(selection_veille["articles"])].copy()
retenues["Fiabilité"] = retenues["Type de source"].map(fiabilite_sources)
retenues = retenues[["Identifiant", "Date de publication", "Source", "Type de source", "Fiabilité",
                     "Réseau concerné", "Titre", "URL"]].sort_values("Date de publication")
retenues.to_csv("livrables/veille_sources_retenues.csv", sep=";", index=False, encoding="utf-8-sig",
                date_format="%d/%m/%Y")
print(f"{len(retenues)} sources retenues sur {len(veille)} actualités collectées.")
retenues

# %% [markdown]
# ### Question 3.3 — La règle des hashtags d'après vos sources
#
# Parmi les actualités que vous avez retenues, l'une concerne les **hashtags sur Instagram**.
# Quelle est la limite en vigueur au moment du brief, et quel article la fonde ? Citez
# l'article le plus solide : celui qui répond de l'information.
#
# **Format attendu :** un dictionnaire `regle_hashtags = {"limite": ..., "source": ...}` : le
# nombre maximal de hashtags par publication Instagram et l'**identifiant** de l'article.

# %% solution id=regle_hashtags
### BEGIN SOLUTION
retenus = veille[veille["Identifiant"].isin(selection_veille["articles"])]
annonce = retenus[retenus["Titre"].str.contains("hashtag", case=False)
                  & (retenus["Type de source"] == "Source officielle")].iloc[0]
print(annonce["Date de publication"], annonce["Source"], "—", annonce["Extrait"])
regle_hashtags = {"limite": 5, "source": int(annonce["Identifiant"])}
### END SOLUTION
regle_hashtags

# %% tests id=regle_hashtags_tests points=1 competencies=C1.2.3
"""Limite de hashtags sur Instagram et article qui la fonde, parmi les sources retenues."""
from cmcert_lib.checks import check, score

check("bloc1.hashtag_rule", regle_hashtags)
### BEGIN HIDDEN TESTS
score("bloc1.hashtag_rule", regle_hashtags, expected={"limite": 5, "sources": [438045, 437573, 493288, 463022, 476091]}, points=1)
### END HIDDEN TESTS

# %% [markdown]
# La bibliothèque du cours tient aussi une table des limites des plateformes, avec la date de
# sa dernière vérification : comparez-la à ce que vos sources établissent. Une table de
# référence n'est fiable que si sa date de vérification suit le changement qu'elle contient.

# %%
print(f"Table du cours : {platforms.PLATFORMS['Instagram'].max_hashtags} hashtags par publication "
      f"Instagram (vérifiée le {platforms.LAST_CHECKED:%d/%m/%Y}) ; "
      f"vos sources : {regle_hashtags['limite']}.")

# %% [markdown]
# ### Question 3.4 — Les publications de Maison Ondine hors de la règle
#
# Combien de publications **Instagram** de **Maison Ondine** de l'export du benchmark portent
# **plus** de hashtags que la limite établie par vos sources (`regle_hashtags["limite"]`) ? Un
# hashtag est un « # » suivi de lettres (accents compris), de chiffres ou de « _ » :
# l'expression régulière `r"#\w+"` les reconnaît, et `Series.str.count` les compte.
#
# **Format attendu :** un nombre entier `publications_hors_limite`.

# %% solution id=hashtags
### BEGIN SOLUTION
limite = regle_hashtags["limite"]
instagram_ondine = publications[(publications["Marque"] == brand.BRAND)
                                & (publications["Réseau"] == "Instagram")]
nombre_hashtags = instagram_ondine["Texte"].str.count(r"#\w+")
publications_hors_limite = int((nombre_hashtags > limite).sum())
### END SOLUTION
publications_hors_limite

# %% tests id=hashtags_tests points=2 competencies=C1.2.3
"""Publications Instagram de Maison Ondine qui dépassent la limite de hashtags en vigueur."""
from cmcert_lib.checks import check, score

check("bloc1.hashtag_overruns", publications_hors_limite)
### BEGIN HIDDEN TESTS
score("bloc1.hashtag_overruns", publications_hors_limite, expected=26, points=2)
### END HIDDEN TESTS

# %% [markdown]
# ### Livrable — la liste des publications à reprendre
#
# Pour que l'équipe de la cliente corrige ses modèles de légende, voici la liste des
# publications concernées, mois par mois, exportée en CSV pour Excel
# (`livrables/publications_instagram_hors_limite.csv`, séparateur « ; »).

# %%
limite_hashtags = regle_hashtags["limite"]
ondine_insta = publications[(publications["Marque"] == brand.BRAND)
                            & (publications["Réseau"] == "Instagram")].copy()
ondine_insta["Hashtags"] = ondine_insta["Texte"].str.count(r"#\w+")
hors_limite = ondine_insta[ondine_insta["Hashtags"] > limite_hashtags]
a_reprendre = hors_limite[["Date de publication", "Format", "Hashtags", "Lien de la publication"]]
a_reprendre.to_csv("livrables/publications_instagram_hors_limite.csv", sep=";", index=False,
                   encoding="utf-8-sig", date_format="%d/%m/%Y %H:%M")
par_mois = hors_limite.groupby(hors_limite["Date de publication"].dt.strftime("%Y-%m")).size()
print(f"Publications au-delà de {limite_hashtags} hashtags, par mois :")
print(par_mois.rename("publications").to_string())

# %% [markdown]
# ### Question 3.5 — Votre note de veille
#
# Rédigez une note de veille de 15 à 20 lignes destinée à Léna Morvan, chargée de
# communication :
#
# - **votre tri** : la fenêtre retenue et pourquoi, le crédit accordé à chaque type de source,
#   ce que vous avez écarté (doublons, rumeurs, ancien, hors-sujet) ;
# - **les changements qui comptent pour Maison Ondine**, chacun avec sa source retenue
#   (identifiant ou titre, source, date) : la règle des hashtags d'abord, puis ce qui touche
#   ses autres réseaux et ses contraintes juridiques ;
# - ce que montrent les données de Maison Ondine et les conséquences pour la future charte
#   éditoriale (règles de hashtags par plateforme, modèles de légende, outil de planification) ;
# - **comment organiser la veille** pour ne plus découvrir ces changements après coup
#   (sources, fréquence, qui met à jour la charte).

# %% manual id=note_veille points=4 competencies=C1.2.3 criteria=B1-05
# **Note de veille — ce qui a changé pour Maison Ondine depuis un an**
#
# *Pour :* Léna Morvan. *Objet :* les changements des plateformes et des règles à intégrer à
# la charte 2027.
#
# **Mon tri.** Sur 28 actualités collectées, j'en garde 8. Fenêtre : un an avant le brief
# (depuis le 16 novembre 2025) : les règles annoncées depuis sont en vigueur et les plus
# anciennes sont déjà connues ou dépassées (le « guide des 30 hashtags » de 2021). Je cite les
# sources officielles et la presse spécialisée ; je recoupe les blogs ; j'écarte les agrégateurs
# qui recopient (je cite l'original) et les comptes non vérifiés : la « limite à 3 hashtags »
# annoncée par @insta_leaks_fr le 28 octobre 2026 et « TikTok interdit en France » sont des
# rumeurs. J'écarte aussi les doublons (deux flux pour un même article), les reprises de
# l'annonce d'Instagram et le hors-sujet (résultats financiers de Meta, test de smartphone,
# recettes de crêpes remontées par l'alerte « Saint-Malo »).
#
# **Ce qui change.** (1) Instagram n'accepte plus que **5 hashtags** par publication ou Reel
# depuis le 18 décembre 2025 (annonce du compte @creators, n° 438045 ; guide du Blog du
# Modérateur du 15 septembre 2026, n° 476091). (2) Les allégations environnementales génériques
# sans preuve sont des pratiques trompeuses depuis le 27 septembre 2026 (directive (UE)
# 2024/825 : Stratégies, 31 août 2026, n° 485287 ; rappel de l'ARPP du 14 avril 2026,
# n° 410859). (3) Les images générées par IA doivent être signalées depuis le 2 août 2026
# (Commission européenne, n° 434750). (4) La DGCCRF contrôle l'affichage des collaborations
# commerciales (n° 478340) et la CNIL rappelle les règles des jeux-concours (n° 475793).
# (5) Sur LinkedIn, la vidéo verticale progresse (Siècle Digital, n° 442108).
#
# **Ce que montrent nos données.** 26 de nos 76 publications Instagram de l'année dépassent
# 5 hashtags, dont 17 publiées après l'annonce, jusqu'en octobre 2026 ; nos quatre concurrents
# n'en ont plus aucune depuis l'annonce. Nos légendes empilent encore 6 à 11 hashtags
# génériques, recopiés tels quels sur Facebook.
#
# **Conséquences pour la charte.** Au plus 5 hashtags sur Instagram (marque, produit, thème),
# en CamelCase (#MaisonOndine) ; pas de copier-coller d'une plateforme à l'autre ; modèles de
# légende corrigés dans l'outil de planification, avec un contrôle du nombre de hashtags avant
# programmation (liste à reprendre : `livrables/publications_instagram_hors_limite.csv`) ;
# aucune allégation « zéro déchet » sans preuve ; mention « Image générée par IA » et
# « Collaboration commerciale » quand il le faut.
#
# **Organiser la veille.** Une revue hebdomadaire de 30 minutes des flux officiels
# (plateformes, ARPP, CNIL, DGCCRF) et de deux médias spécialisés, un point mensuel au comité
# éditorial, et une responsable de la mise à jour de la charte : Léna, avec la date de
# vérification écrite à côté de chaque règle.
