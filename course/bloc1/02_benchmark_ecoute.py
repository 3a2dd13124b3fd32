# %% [markdown]
# # Bloc 1 · Notebook 2 — Benchmark concurrentiel et écoute sociale de Maison Ondine
#
# **La situation.** Le brief de Gaëlle Le Floc'h est reformulé (notebook 1). Avant de proposer
# une ligne éditoriale, il faut savoir où en est **Maison Ondine** face à ses quatre
# concurrents — Savonnerie du Phare, Pure Galet, Les Solides d'Aimée et Cosmo Vrac — et ce
# que l'on dit d'elle en ligne depuis un an, bad buzz de mars 2026 compris. L'agence vous
# confie deux exports :
#
# - l'export de l'**outil de benchmark** : toutes les publications des cinq marques sur leurs
#   comptes, du 1er novembre 2025 au 31 octobre 2026, avec leurs statistiques ;
# - l'export de l'**outil d'écoute sociale** (type Mention) : toutes les mentions des cinq
#   marques sur la même période, avec leur source, leur portée estimée et leur tonalité.
#
# Vous terminez par une **note de veille** : Instagram a changé ses règles en décembre 2025,
# et la marque ne s'est pas encore adaptée.

# %% [markdown]
# **Ce que vous produisez dans ce notebook**
#
# 1. les indicateurs du benchmark : taux d'engagement Instagram et fréquence de publication de
#    chaque marque (corrigés automatiquement), un graphique de benchmark pour la cliente ;
# 2. les indicateurs d'e-réputation : part de voix, sentiment net mensuel, semaine du bad buzz
#    (corrigés automatiquement), les graphiques de part de voix et d'e-réputation ;
# 3. votre **lecture du benchmark et de l'e-réputation** (corrigée par le formateur) ;
# 4. le comptage des publications hors de la nouvelle règle d'Instagram, la liste des
#    publications à reprendre et votre **note de veille** (corrigée par le formateur).
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
# **Durée indicative :** 2 h 30 (1 h de benchmark, 1 h d'écoute sociale, 30 min de veille).

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
#
# Facebook et LinkedIn ne communiquent pas les enregistrements à l'outil : la colonne est vide
# (`NaN`) pour ces réseaux.

# %%
from pathlib import Path

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd

from cmcert_lib.domain import kpi
from cmcert_lib.facts import brand, platforms
from cmcert_lib.bloc1.datasets import load_mentions, load_posts

publications = load_posts()
mentions = load_mentions()
Path("livrables").mkdir(exist_ok=True)

MARQUES = list(brand.BRANDS)
COULEURS = {marque: ("#0b6e8a" if marque == brand.BRAND else "#b9c4c9") for marque in MARQUES}


def pourcent(valeur, decimales=1):
    """Un ratio écrit en pourcentage à la française : 0.0421 -> « 4,2 % »."""
    return f"{100 * valeur:.{decimales}f}".replace(".", ",") + "\u00a0%"


print(f"{len(publications)} publications et {len(mentions)} mentions, "
      f"du {brand.LISTENING_START:%d/%m/%Y} au {brand.LISTENING_END:%d/%m/%Y}.")
publications.head(3)

# %% [markdown]
# ## Partie 1 — Le benchmark concurrentiel (C1.2.2)
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
# ## Partie 2 — L'écoute sociale et l'e-réputation (C1.2.1)
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
# ### Livrables — la part de voix et l'e-réputation en images
#
# Deux graphiques pour la cliente : la part de voix des cinq marques
# (`livrables/part_de_voix.png`), puis les mentions de Maison Ondine semaine par semaine selon
# leur tonalité, avec le bad buzz annoté, et son sentiment net mois par mois
# (`livrables/e_reputation_maison_ondine.png`).

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
haut.set_ylabel("Mentions par semaine")
haut.set_title("Maison Ondine : mentions par semaine et par tonalité", fontweight="bold")
haut.legend(loc="upper right")

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
# ### Question 2.4 — Votre lecture du benchmark et de l'e-réputation
#
# Rédigez, pour la cliente, la synthèse de vos analyses (20 à 30 lignes). Elle doit :
#
# - dire sur quels **critères** vous comparez les marques et pourquoi ils sont pertinents pour
#   le problème de Maison Ondine (et leurs limites : définition du taux, portée estimée...) ;
# - situer Maison Ondine face à chaque concurrent à l'aide de vos chiffres et de vos
#   graphiques : engagement, rythme, formats, part de voix, tonalité ;
# - lire le bad buzz : ampleur, canaux, réaction de la marque, traces dix mois après ;
# - en tirer **trois hypothèses** à explorer pour la stratégie (ce que vous testerez ou
#   chercherez à confirmer dans l'étude des cibles et la charte éditoriale).
#
# Utilisez l'explorateur et quelques lignes de pandas si vous avez besoin d'autres chiffres
# (formats, sources des mentions, textes des publications qui marchent le mieux).

# %% manual id=lecture_benchmark points=6 competencies=C1.2.1,C1.2.2 criteria=B1-03,B1-04,B1-05
# **Critères retenus.** J'ai comparé les cinq marques sur ce qui répond au problème de Maison
# Ondine (confiance perdue, présence irrégulière, ventes à relancer) : l'**engagement** sur
# Instagram, seul réseau commun aux cinq marques (engagements / portée sur l'année, ce qui
# neutralise la taille des comptes), le **rythme de publication** par réseau, les **formats**,
# la **part de voix** et la **tonalité** des mentions (sentiment net). Limites : le taux retenu
# est global, alors que le brief cite une moyenne par publication (les deux diffèrent de
# quelques dixièmes de point) ; la portée des mentions est une estimation de l'outil et la
# tonalité est classée automatiquement, à contrôler sur un échantillon.
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
# pas suffi.
#
# **Hypothèses à explorer.**
# 1. Une prise de parole transparente et prouvée (le changement d'emballage, l'atelier, les
#    ingrédients bretons) fera remonter le sentiment net plus vite que le silence : à tester
#    avec un contenu « preuves » mensuel et un suivi du sentiment net par mois.
# 2. Un rythme régulier et tenable (4 à 5 publications par semaine) et des carrousels
#    pédagogiques rendront à Instagram son engagement d'avant la crise (3,4 %).
# 3. TikTok, où Pure Galet domine, est le relais de croissance vers les 25-40 ans : à
#    confirmer par l'étude des usages de la cible (notebook 3) avant d'y investir du budget.

# %% [markdown]
# ## Partie 3 — Veille : la nouvelle règle des hashtags sur Instagram (C1.2.3)
#
# En décembre 2025, Instagram a annoncé qu'une publication ou un Reel ne pourrait plus porter
# que **5 hashtags** au plus (contre 30 auparavant). La bibliothèque du cours tient à jour les
# limites des plateformes dans une seule table, avec la date de sa dernière vérification :

# %%
limite_hashtags = platforms.PLATFORMS["Instagram"].max_hashtags
print(f"Hashtags autorisés par publication Instagram : {limite_hashtags} "
      f"(table vérifiée le {platforms.LAST_CHECKED:%d/%m/%Y}).")

# %% [markdown]
# ### Question 3.1 — Les publications de Maison Ondine hors de la nouvelle limite
#
# Combien de publications **Instagram** de **Maison Ondine** de l'export portent **plus** de
# hashtags que la limite lue ci-dessus dans `platforms.PLATFORMS` ? Un hashtag est un « # »
# suivi de lettres (accents compris), de chiffres ou de « _ » : l'expression régulière
# `r"#\w+"` les reconnaît, et `Series.str.count` les compte.
#
# **Format attendu :** un nombre entier `publications_hors_limite`.

# %% solution id=hashtags
### BEGIN SOLUTION
limite = platforms.PLATFORMS["Instagram"].max_hashtags
instagram_ondine = publications[(publications["Marque"] == brand.BRAND)
                                & (publications["Réseau"] == "Instagram")]
nombre_hashtags = instagram_ondine["Texte"].str.count(r"#\w+")
publications_hors_limite = int((nombre_hashtags > limite).sum())
### END SOLUTION
publications_hors_limite

# %% tests id=hashtags_tests points=2 competencies=C1.2.3
"""Publications Instagram de Maison Ondine qui dépassent la limite de hashtags de platforms.py."""
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
ondine_insta = publications[(publications["Marque"] == brand.BRAND)
                            & (publications["Réseau"] == "Instagram")].copy()
ondine_insta["Hashtags"] = ondine_insta["Texte"].str.count(r"#\w+")
hors_limite = ondine_insta[ondine_insta["Hashtags"] > limite_hashtags]
a_reprendre = hors_limite[["Date de publication", "Format", "Hashtags", "Lien de la publication"]]
a_reprendre.to_csv("livrables/publications_instagram_hors_limite.csv", sep=";", index=False,
                   encoding="utf-8-sig", date_format="%d/%m/%Y %H:%M")
par_mois = hors_limite.groupby(hors_limite["Date de publication"].dt.strftime("%Y-%m")).size()
print("Publications au-delà de la limite, par mois :")
print(par_mois.rename("publications").to_string())

# %% [markdown]
# ### Question 3.2 — Votre note de veille
#
# Rédigez une note de veille de 10 à 15 lignes destinée à Léna Morvan, chargée de
# communication : le changement (ce qui change, depuis quand, la source à citer et à
# surveiller), ce que montrent les données de Maison Ondine, les conséquences pour la future
# charte éditoriale (règles de hashtags par plateforme, modèles de légende, outil de
# planification) et **comment organiser la veille** pour ne plus découvrir ces changements
# après coup (sources, fréquence, qui met à jour la charte).

# %% manual id=note_veille points=3 competencies=C1.2.3 criteria=B1-05
# **Note de veille — Instagram limite les hashtags à 5 par publication**
#
# *Pour :* Léna Morvan. *Objet :* un changement de règle qui touche nos légendes.
#
# **Ce qui change.** Instagram a annoncé en décembre 2025 qu'une publication ou un Reel ne
# peut plus porter que 5 hashtags (30 auparavant). Source à citer et à surveiller : les annonces
# officielles d'Instagram (blog « Instagram for Business », centre d'aide, compte
# @creators), recoupées avec la presse spécialisée (Blog du Modérateur, Social Media Today).
# La règle est reportée dans notre table des limites des plateformes, vérifiée le 15/12/2025.
#
# **Ce que montrent nos données.** 26 de nos 76 publications Instagram de l'année dépassent la
# limite, dont 17 publiées après l'annonce, jusqu'en octobre 2026 ; nos quatre concurrents,
# eux, n'ont plus aucune publication au-delà de 5 hashtags depuis mi-décembre. Nos modèles de
# légende empilent encore 6 à 11 hashtags génériques, recopiés tels quels sur Facebook.
#
# **Conséquences pour la charte éditoriale.** Au plus 5 hashtags sur Instagram, choisis
# (marque, produit, thème) et écrits en CamelCase pour l'accessibilité (#MaisonOndine,
# #ShampoingSolide) ; pas de hashtags sur Facebook ni de copier-coller d'une plateforme à
# l'autre ; des modèles de légende corrigés dans l'outil de planification, avec un contrôle
# automatique du nombre de hashtags avant programmation ; la liste des publications à reprendre
# est dans `livrables/publications_instagram_hors_limite.csv`.
#
# **Organiser la veille.** Une revue hebdomadaire de 30 minutes (alertes Google sur les noms
# des plateformes, flux RSS des blogs officiels, newsletters spécialisées), un point mensuel
# au comité éditorial, et une responsable de la mise à jour de la charte et de la table des
# limites : Léna, avec la date de dernière vérification écrite à côté de chaque règle.
