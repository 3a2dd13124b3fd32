# %% [markdown]
# # Bloc 3 · Notebook 3 — Diffuser automatiquement et configurer les plateformes
#
# **Situation.** Le dispositif social media de Maison Ondine démarre le **mercredi 1er septembre 2027**.
# Le comité a validé votre cahier de préconisations le 1er juillet ; nous sommes fin août, et vous
# préparez le démarrage.
# Le brief de Léna Morvan le dit sans détour : « nos publications partent à la main, quand l'équipe a le
# temps ; nos profils ne se ressemblent pas d'un réseau à l'autre (noms, biographies, liens) ; nous voulons
# ouvrir un compte Pinterest ». La marque a pris **Hootsuite** (offre Professional) pour programmer ses
# publications. Léna vous transmet trois fichiers :
#
# - l'**historique d'un an de publications** (septembre 2026 – août 2027), rassemblé à partir des
#   exports natifs de chaque réseau (Meta Business Suite, TikTok Studio, statistiques de la page
#   LinkedIn) : réseau, date et heure de publication (heure de Paris), type, portée, interactions ;
# - les **contenus validés de septembre**, réseau par réseau, dans l'ordre où ils doivent partir ;
# - le **relevé des profils actuels** sur chaque réseau, et une ligne vide pour Pinterest.
#
# **Ce que vous produisez.**
#
# 1. les meilleurs créneaux de publication de chaque réseau et leur carte de chaleur
#    (`livrables/engagement_par_creneau.png`) ;
# 2. la file de publication de septembre, prête pour l'import en masse de Hootsuite
#    (`livrables/hootsuite_septembre.csv` et un fichier d'import par réseau) ;
# 3. les profils corrigés de chaque réseau, Pinterest compris (`livrables/profils.csv`) ;
# 4. votre dispositif de diffusion expliqué à la cliente : le circuit de publication et le choix des outils.

# %% [markdown]
# **Compétences évaluées.**
#
# - **C3.2.1** — Établir un dispositif de diffusion automatisé avec des outils de gestion des médias
#   sociaux tels que Hootsuite, Buffer, afin de programmer et de diffuser les publications sur les
#   différentes plateformes.
# - **C3.2.2** — Configurer les différentes plateformes (profils, pages…) pour personnaliser les espaces de
#   la marque.
#
# **Barème.** 10 pts corrigés automatiquement (questions 1.1, 1.2 et 2.1) et 4 pts corrigés par le
# formateur (question 3.1).
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

from cmcert_lib.bloc3.datasets import load_post_history, load_profiles, load_september_contents
from cmcert_lib.bloc3.scheduling import (
    BANDES,
    JOURS,
    band_of,
    bulk_composer_frame,
    profile_problems,
    profile_rules_table,
    queue_problems,
    upload_time,
)
from cmcert_lib.domain import kpi
from cmcert_lib.facts import brand, platforms
from cmcert_lib.facts import scheduling as hootsuite

Path("livrables").mkdir(exist_ok=True)
historique = load_post_history()
print(f"{len(historique)} publications, du {historique['Date de publication'].min():%d/%m/%Y} "
      f"au {historique['Date de publication'].max():%d/%m/%Y}")
historique.head(6)

# %% [markdown]
# ## Exercice 1 — Le dispositif de diffusion automatisé (C3.2.1)
#
# ### Question 1.1 — Les meilleurs créneaux de chaque réseau
#
# Un **créneau** est un jour de la semaine et une tranche horaire (heure de Paris) :
#
# | tranche | heures de publication |
# | --- | --- |
# | `7h-9h` | de 7 h 00 à 8 h 59 |
# | `9h-12h` | de 9 h 00 à 11 h 59 |
# | `12h-14h` | de 12 h 00 à 13 h 59 |
# | `14h-17h` | de 14 h 00 à 16 h 59 |
# | `17h-20h` | de 17 h 00 à 19 h 59 |
# | `20h-23h` | de 20 h 00 à 22 h 59 |
#
# `band_of(heure)` donne la tranche d'une heure (de 0 à 23) ; `JOURS` nomme les jours, du lundi
# (`day_of_week` 0) au dimanche (6).
#
# Le **taux d'engagement d'un créneau** est celui de l'agence, sur la portée : la somme des interactions
# des publications du créneau divisée par la somme de leur portée (`kpi.engagement_rates(tableau, clés,
# ["Interactions"], "Portée")` le calcule par groupe). Un créneau où le réseau a publié **moins de 3
# fois** ne dit rien (une publication chanceuse n'est pas une habitude de l'audience) : écartez-le.
#
# Chaque réseau retient **autant de créneaux que de publications par semaine** dans le rythme validé par la
# cliente (`brand.VALIDATED_FREQUENCY` : 4 pour Instagram, 2 pour TikTok et Facebook, 1 pour LinkedIn) :
# ses meilleurs créneaux, par taux décroissant.
#
# Réponse attendue : le dictionnaire `meilleurs_creneaux` dont les clés sont les réseaux et les valeurs la
# liste de leurs créneaux, du meilleur au moins bon, écrits « jour tranche », par exemple
# `{"Instagram": ["lundi 7h-9h", …], …}` (majuscules indifférentes ; un couple `("lundi", "7h-9h")` est
# aussi accepté). Chaque réseau compte pour un quart : la moitié pour les bons créneaux, l'autre pour leur
# ordre.

# %%
brand.VALIDATED_FREQUENCY

# %% solution id=meilleurs_creneaux
### BEGIN SOLUTION
tableau = historique.assign(
    Jour=historique["Date de publication"].dt.day_of_week.map(dict(enumerate(JOURS))),
    Tranche=historique["Date de publication"].dt.hour.map(band_of),
).dropna(subset=["Tranche"])
taux = kpi.engagement_rates(tableau, ["Réseau", "Jour", "Tranche"], ["Interactions"], "Portée").rename("Taux")
nombre = tableau.groupby(["Réseau", "Jour", "Tranche"]).size().rename("Publications")
creneaux = pd.concat([taux, nombre], axis=1).reset_index()
creneaux = creneaux[creneaux["Publications"] >= 3].sort_values("Taux", ascending=False)
meilleurs_creneaux = {
    reseau: [f"{j} {t}" for j, t in creneaux.loc[creneaux["Réseau"] == reseau, ["Jour", "Tranche"]].head(n).values]
    for reseau, n in brand.VALIDATED_FREQUENCY.items()
}
### END SOLUTION
meilleurs_creneaux

# %% tests id=meilleurs_creneaux_tests points=3 competencies=C3.2.1
"""Les meilleurs créneaux de chaque réseau, dans l'ordre du taux d'engagement."""
from cmcert_lib.checks import check, score
check("bloc3.diffusion_creneaux", meilleurs_creneaux)
### BEGIN HIDDEN TESTS
score("bloc3.diffusion_creneaux", meilleurs_creneaux, expected={'Instagram': ['jeudi 17h-20h', 'mardi 12h-14h', 'dimanche 20h-23h', 'samedi 9h-12h'], 'TikTok': ['vendredi 17h-20h', 'mercredi 20h-23h'], 'Facebook': ['mercredi 12h-14h', 'samedi 9h-12h'], 'LinkedIn': ['mardi 9h-12h']}, points=3)
### END HIDDEN TESTS

# %% [markdown]
# **Livrable.** La carte de chaleur du taux d'engagement par jour et par tranche, un panneau par réseau
# (les créneaux de moins de 3 publications en blanc), dans `livrables/engagement_par_creneau.png`.

# %%
vue = historique.assign(
    Jour=historique["Date de publication"].dt.day_of_week.map(dict(enumerate(JOURS))),
    Tranche=historique["Date de publication"].dt.hour.map(band_of),
).dropna(subset=["Tranche"])
fig, axes = plt.subplots(1, 4, figsize=(18, 4.5), sharey=True)
for ax, reseau in zip(axes, brand.VALIDATED_FREQUENCY):
    part = vue[vue["Réseau"] == reseau]
    groupes = part.groupby(["Jour", "Tranche"])
    grille = (groupes["Interactions"].sum() / groupes["Portée"].sum()).where(groupes.size() >= 3)
    grille = grille.unstack().reindex(index=list(JOURS), columns=[b for b, _, _ in BANDES]) * 100
    image = ax.imshow(grille.values, cmap="YlGnBu", aspect="auto")
    ax.set_xticks(range(len(BANDES)), [b for b, _, _ in BANDES], rotation=45)
    ax.set_yticks(range(len(JOURS)), JOURS)
    ax.set_title(reseau)
    fig.colorbar(image, ax=ax, label="taux d'engagement (%)", shrink=0.8)
fig.suptitle("Maison Ondine — taux d'engagement sur la portée par créneau (sept. 2026 – août 2027)")
fig.tight_layout()
fig.savefig("livrables/engagement_par_creneau.png", dpi=120)
fig;

# %% [markdown]
# ### Question 1.2 — La file de publication de septembre pour Hootsuite
#
# Les contenus de septembre sont validés ; il reste à les programmer. Hootsuite les importe en masse
# (**Bulk Composer**) depuis un fichier CSV, à ces conditions (`hootsuite` est le module des règles de
# l'outil, avec leur source) :
#
# - trois colonnes, dans l'ordre : la **date et l'heure**, le **message**, le **lien** (facultatif) ; les
#   profils (réseaux) se choisissent dans la fenêtre d'import : un fichier par réseau ;
# - la date au format choisi à l'import, ici `JJ/MM/AAAA HH:MM` sur 24 heures (`15/09/2027 12:30`) ;
# - des heures qui finissent par **0 ou 5** (`12:30`, `12:35`, pas `12:32`) ;
# - chaque publication **au moins 10 minutes après l'import** : Léna importe la file le **lundi 30 août
#   2027 à 10 h** (`upload_time()`) ;
# - **350 lignes** au plus, et **jamais deux fois le même message**.
#
# Les règles de la marque s'y ajoutent :
#
# - les publications de **septembre 2027** seulement ;
# - le **rythme validé** : chaque semaine (du lundi au dimanche) entièrement comprise dans septembre porte
#   exactement le nombre de publications par semaine de chaque réseau ; une semaine à cheval sur août ou
#   octobre n'en porte jamais plus ;
# - chaque publication dans **un des créneaux retenus** de son réseau (question 1.1), une par créneau et
#   par semaine ;
# - les contenus validés **dans l'ordre du fichier** (ceux qui restent attendent octobre) ; les textes dans
#   les **limites de la plateforme** (`platforms.PLATFORMS[réseau]` : longueur, nombre de hashtags : gardez
#   les premiers quand il y en a trop) ;
# - les liens vers le site portent leurs **paramètres UTM** : `utm_source` = le réseau en minuscules,
#   `utm_medium=social`, `utm_campaign=septembre-2027`.
#
# Réponse attendue : le DataFrame `file_septembre`, une ligne par publication, avec les colonnes `Réseau`,
# `Date` (une date-heure, ou un texte `JJ/MM/AAAA HH:MM`), `Message` et `Lien` (vide s'il n'y en a pas).
# `queue_problems(file_septembre, meilleurs_creneaux)` vous dit ce que Hootsuite et la marque refuseraient.
# Chaque règle (import Hootsuite, rythme, créneaux, limites) compte pour un quart, au prorata des lignes
# (ou des semaines) qui la respectent ; des messages vides ou copiés d'une ligne à l'autre font perdre leur
# part du total.

# %%
contenus = load_september_contents()
print(upload_time(), "—", hootsuite.HOOTSUITE_BULK.title)
contenus.groupby("Réseau").size()

# %% solution id=file_septembre
### BEGIN SOLUTION
def date_du_creneau(jour, creneau):
    nom, tranche = creneau.split(" ")
    debut = int(tranche.split("h")[0])
    return pd.Timestamp(jour) + pd.Timedelta(hours=debut, minutes=15) if JOURS[jour.day_of_week] == nom else None


def avec_utm(lien, reseau):
    if not lien:
        return ""
    separateur = "&" if "?" in lien else "?"
    return f"{lien}{separateur}utm_source={reseau.lower()}&utm_medium=social&utm_campaign=septembre-2027"


def dans_les_limites(message, reseau):
    limite = platforms.PLATFORMS[reseau].max_hashtags
    mots = message.split(" ")
    if limite is not None:
        gardes = [m for m in mots if m.startswith("#")][:limite]
        mots = [m for m in mots if not m.startswith("#") or m in gardes]
    return " ".join(mots)


jours = pd.date_range("2027-09-01", "2027-09-30", freq="D")
lignes = []
for reseau, retenus in meilleurs_creneaux.items():
    dates = sorted(d for jour in jours for c in retenus if (d := date_du_creneau(jour, c)) is not None)
    a_publier = contenus[contenus["Réseau"] == reseau].head(len(dates))
    for date, (_, contenu) in zip(dates, a_publier.iterrows()):
        lignes.append({"Réseau": reseau, "Date": date, "Message": dans_les_limites(contenu["Message"], reseau),
                       "Lien": avec_utm(contenu["Lien"], reseau)})
file_septembre = pd.DataFrame(lignes).sort_values(["Date", "Réseau"]).reset_index(drop=True)
### END SOLUTION
queue_problems(file_septembre, meilleurs_creneaux)

# %% tests id=file_septembre_tests points=4 competencies=C3.2.1
"""La file de septembre : règles d'import de Hootsuite, rythme, créneaux, limites et contenus."""
from cmcert_lib.checks import check, score
check("bloc3.diffusion_file", file_septembre)
### BEGIN HIDDEN TESTS
score("bloc3.diffusion_file", file_septembre, expected={'creneaux': {'Instagram': ['jeudi 17h-20h', 'mardi 12h-14h', 'dimanche 20h-23h', 'samedi 9h-12h'], 'TikTok': ['vendredi 17h-20h', 'mercredi 20h-23h'], 'Facebook': ['mercredi 12h-14h', 'samedi 9h-12h'], 'LinkedIn': ['mardi 9h-12h']}, 'upload': '2027-08-30T10:00:00'}, points=4)
### END HIDDEN TESTS

# %% [markdown]
# **Livrable.** La file complète, relue par Léna, dans `livrables/hootsuite_septembre.csv`, et un fichier
# d'import par réseau au format du Bulk Composer (`livrables/hootsuite_septembre_<réseau>.csv` : colonnes
# Date, Message, Link, séparateur virgule, UTF-8) ; `bulk_composer_frame(file, réseau)` les écrit.

# %%
recapitulatif = file_septembre.assign(Date=bulk_composer_frame(file_septembre)["Date"].values)
recapitulatif.to_csv("livrables/hootsuite_septembre.csv", index=False, encoding="utf-8")
for reseau in brand.VALIDATED_FREQUENCY:
    bulk_composer_frame(file_septembre, reseau).to_csv(
        f"livrables/hootsuite_septembre_{reseau.lower()}.csv", index=False, encoding="utf-8")
recapitulatif.groupby("Réseau").size()

# %% [markdown]
# ## Exercice 2 — Configurer les plateformes (C3.2.2)
#
# ### Question 2.1 — Des profils cohérents et complets
#
# Voici les profils de la marque aujourd'hui, et ce que chaque réseau accepte (le tableau des règles, avec
# sa source ; les tailles d'images sont les tailles recommandées, en pixels, écrites `largeur x hauteur`) :

# %%
profils_actuels = load_profiles()
profils_actuels

# %%
profile_rules_table()

# %% [markdown]
# Corrigez chaque profil et créez celui de Pinterest :
#
# - **Nom affiché** : le nom exact de la marque, `brand.BRAND`, partout ;
# - **Identifiant** : le **même identifiant sur tous les réseaux** (le `@` est facultatif), accepté par
#   chacun d'eux ;
# - **Bio** : une présentation de la marque dans la limite du champ de chaque réseau, qui dit ce qu'elle
#   fait (au moins quatre mots, pas un emoji seul) ;
# - **Lien** : le site de la marque (`brand.BRAND_SITE`) avec ses paramètres UTM : `utm_source` = le réseau
#   en minuscules, `utm_medium=social`, `utm_campaign=profil` ;
# - **Photo de profil** et **Couverture** : la taille recommandée par le réseau, écrite `largeur x
#   hauteur` ; une couverture vide pour un réseau qui n'en a pas ;
# - **Catégorie** : une catégorie de la liste du réseau, qui corresponde à l'activité de la marque ;
# - **Compte professionnel** : `oui` (les statistiques et la programmation par Hootsuite en dépendent).
#
# Réponse attendue : le DataFrame `profils`, une ligne par réseau (Instagram, Facebook, TikTok, LinkedIn,
# Pinterest), avec les colonnes du relevé. `profile_problems(ligne)` dit ce qui ne va pas dans une ligne
# (un dictionnaire vide : le profil est complet). Chaque champ de chaque réseau rapporte sa part.

# %% solution id=profils
### BEGIN SOLUTION
regles = profile_rules_table()
bios = {
    "Instagram": "Cosmétiques solides et naturels, fabriqués à la main à Saint-Malo 🌊 Savons, shampoings, soins.",
    "Facebook": "Savonnerie de Saint-Malo : cosmétiques solides et naturels pour toute la famille.",
    "TikTok": "Cosmétiques solides fabriqués à Saint-Malo. Coulisses et conseils 🌊",
    "LinkedIn": "Cosmétiques solides et naturels fabriqués à Saint-Malo, en ligne et chez nos revendeurs.",
    "Pinterest": ("Idées de salles de bains sans plastique, rituels et conseils de cosmétiques solides, par "
                  "Maison Ondine, savonnerie artisanale de Saint-Malo."),
}
categories = {"Instagram": "Beauté, cosmétiques et soins personnels",
              "Facebook": "Beauté, cosmétiques et soins personnels", "TikTok": "Beauté et soins personnels",
              "LinkedIn": "Fabrication de produits de soins personnels", "Pinterest": "Beauté"}
profils = pd.DataFrame([
    {"Réseau": reseau, "Nom affiché": brand.BRAND, "Identifiant": "maisonondine", "Bio": bios[reseau],
     "Lien": f"{brand.BRAND_SITE}/?utm_source={reseau.lower()}&utm_medium=social&utm_campaign=profil",
     "Photo de profil": regles.loc[reseau, "Photo de profil"],
     "Couverture": "" if regles.loc[reseau, "Couverture"] == "—" else regles.loc[reseau, "Couverture"],
     "Catégorie": categories[reseau], "Compte professionnel": "oui"}
    for reseau in regles.index
])
### END SOLUTION
profils

# %% tests id=profils_tests points=3 competencies=C3.2.2
"""Les profils corrigés : nom, identifiant commun, bio, lien suivi, images, catégorie, compte professionnel."""
from cmcert_lib.checks import check, score
check("bloc3.diffusion_profils", profils)
### BEGIN HIDDEN TESTS
score("bloc3.diffusion_profils", profils, expected={'reseaux': ['Instagram', 'Facebook', 'TikTok', 'LinkedIn', 'Pinterest'], 'nom': 'Maison Ondine'}, points=3)
### END HIDDEN TESTS

# %% [markdown]
# **Livrable.** Les profils corrigés, à saisir réseau par réseau, dans `livrables/profils.csv`
# (séparateur point-virgule, pour un tableur français), avec ce qui reste à revoir s'il y a lieu.

# %%
verification = profils.assign(**{"À revoir": [", ".join(profile_problems(ligne)) for ligne in
                                                profils.to_dict("records")]})
verification.to_csv("livrables/profils.csv", sep=";", index=False, encoding="utf-8-sig")
verification

# %% [markdown]
# ## Exercice 3 — Expliquer le dispositif (C3.2.1, C3.2.2)
#
# ### Question 3.1 — Le circuit de publication et le choix des outils
#
# En 20 à 30 lignes, présentez à Léna Morvan la **mise en place opérationnelle** de la diffusion :
#
# 1. le **circuit d'une publication**, de la validation du contenu à sa mise en ligne et à sa mesure :
#    qui fait quoi, quand (la semaine type), avec quel outil, et ce qui ne s'automatise pas (les stories
#    interactives, les réponses aux commentaires, les publications d'actualité) ;
# 2. le **choix des outils** : pourquoi Hootsuite (son import en masse, son calendrier, ses limites :
#    ce qu'il faut publier en natif), ce que Canva Pro et les outils natifs (Meta Business Suite, TikTok
#    Studio) apportent, ce que Buffer aurait offert pour comparer ;
# 3. les **réglages** à faire avant le 1er septembre : comptes professionnels reliés à Hootsuite, droits
#    de l'équipe (Léna, le ou la community manager indépendant·e), fuseau horaire, liens suivis, ouverture
#    du compte Pinterest ;
# 4. vos **meilleurs créneaux** commentés : ce qu'ils disent des audiences de chaque réseau, et quand vous
#    les recalculerez.

# %% manual id=dispositif_diffusion points=4 competencies=C3.2.1,C3.2.2 criteria=B3-03,B3-04
# **Le circuit d'une publication.** Le lundi, Léna valide les contenus de la semaine suivante dans le
# calendrier éditorial (texte, visuel Canva, lien). Le mardi, la ou le community manager indépendant·e
# prépare la file : chaque contenu dans un créneau retenu, le texte ajusté aux limites de son réseau, les
# liens suivis (UTM), puis un fichier par réseau importé dans le Bulk Composer de Hootsuite ; les visuels
# et les vidéos sont joints dans Hootsuite après l'import, et Léna relit l'aperçu de chaque publication
# avant de l'approuver. Les publications partent seules ; le lendemain, la ou le CM vérifie qu'elles sont
# en ligne et répond aux commentaires dans les 4 heures ouvrées. Le vendredi, les statistiques de la
# semaine sont relevées (portée, interactions, clics des liens suivis dans Google Analytics).
#
# Ne s'automatisent pas : les stories interactives (sondages, questions) et les Reels avec musique
# tendance, publiés depuis l'application ; les réponses aux messages ; les réactions à l'actualité ou à une
# crise : dans ce cas, on suspend la file dans Hootsuite avant toute autre chose.
#
# **Les outils.** Hootsuite Professional (99 € HT par mois) couvre les quatre réseaux et Pinterest, importe
# jusqu'à 350 publications d'un coup et centralise le calendrier et la boîte de réception ; Buffer, moins
# cher, n'a pas de boîte de réception unifiée ni d'import en masse aussi souple. Canva Pro prépare les
# visuels aux bons formats ; Meta Business Suite et TikTok Studio restent utiles pour les formats que
# l'API ne publie pas et pour leurs statistiques détaillées.
#
# **Les réglages avant le 1er septembre.** Passer Instagram et TikTok en compte professionnel, relier les
# comptes à Hootsuite avec les droits d'éditeur pour la ou le CM et d'approbateur pour Léna, régler le
# fuseau Europe/Paris, harmoniser les profils (nom, identifiant « maisonondine », bios, liens suivis,
# images aux tailles recommandées), ouvrir le compte professionnel Pinterest, le vérifier avec le site et
# créer trois tableaux (salle de bains sans plastique, rituels enfants, idées cadeaux).
#
# **Les créneaux.** Instagram répond le jeudi en fin de journée et le mardi à midi, TikTok le vendredi
# soir, Facebook le mercredi midi et le samedi matin (les parents), LinkedIn le mardi matin (les
# revendeurs au bureau). Ces créneaux datent d'une année où l'on publiait au hasard : je les recalcule fin
# novembre, sur les publications programmées de l'automne, avant la période de Noël.
