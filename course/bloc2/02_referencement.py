# %% [markdown]
# # Bloc 2 · Notebook 2 — Référencement naturel : mots-clés et optimisation de l'article
#
# **Situation.** Maison Ondine lance « Petite Vague », son shampoing solide doux pour les enfants dès
# 3 ans, le mardi 6 avril 2027. Le brief du 25 janvier demande un article de blog de 800 à 1 200 mots
# « qui réponde aux questions des parents sur le shampoing solide pour enfants, et bien référencé sur
# ces recherches ». Léna Morvan vous transmet deux pièces :
#
# - l'export de l'outil **Keyword Magic Tool de Semrush** (base France, requête large « shampoing
#   enfant », exporté le 28 janvier 2027 en CSV point-virgule) : plus de 300 requêtes, avec leur volume
#   mensuel, leur difficulté, leur coût par clic et leur intention de recherche ;
# - le **brouillon HTML** de l'article, écrit par la stagiaire, qu'il faut vérifier avant publication.
#
# **Ce que vous produisez.**
#
# 1. la liste hiérarchisée des mots-clés à viser et leur volume par intention de recherche
#    (`livrables/mots_cles_retenus.csv`) ;
# 2. la balise `<title>`, la meta description et le slug (adresse) de l'article, mesurés comme le fait
#    Google (`livrables/balises_seo.md`) ;
# 3. l'audit SEO du brouillon (`livrables/audit_brouillon.md`) ;
# 4. votre stratégie de mots-clés et le plan corrigé de l'article, justifiés pour la cliente.

# %% [markdown]
# **Compétences évaluées.**
#
# - **C2.2.2** — Optimiser les contenus pour les moteurs de recherche en utilisant des outils
#   d'optimisation SEO (Search Engine Optimisation), afin d'attirer l'internaute sur ses espaces médias et
#   développer ainsi le référencement naturel du site de la marque.
# - **C2.2.3** — Choisir et hiérarchiser les mots clés et le vocabulaire en se basant sur un champ
#   sémantique en adéquation avec l'environnement de la marque et les exigences techniques des plateformes
#   médias afin de respecter les consignes de la charte éditoriale.
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
from pathlib import Path
from urllib.parse import urljoin

import pandas as pd

from cmcert_lib.bloc2.datasets import load_article_html, load_keywords, load_sitemap
from cmcert_lib.bloc2.seo import (
    DEFAUTS,
    analyser_article,
    contient_mot_cle,
    densite_mot_cle,
    description_problems,
    largeur_px,
    show_tags_report,
    slug_problems,
    slugifier,
    title_problems,
)
from cmcert_lib.facts import seo as normes

Path("livrables").mkdir(exist_ok=True)
export = load_keywords()
print(f"{len(export)} requêtes dans l'export Semrush")
export.head(8)

# %% [markdown]
# ## Exercice 1 — Choisir et hiérarchiser les mots-clés (C2.2.3)
#
# Les colonnes de l'export sont celles qu'écrit Semrush (en anglais, quelle que soit la langue de
# l'interface) :
#
# | colonne | contenu |
# | --- | --- |
# | `Keyword` | la requête tapée par les internautes, telle quelle (fautes et absence d'accents comprises) |
# | `Intent` | l'intention de recherche : `Informational`, `Commercial`, `Transactional` ou `Navigational` ; quand il y en a plusieurs, la **principale est la première citée** |
# | `Volume` | le nombre moyen de recherches par mois en France (valeurs arrondies par Google) |
# | `Keyword Difficulty` | la difficulté à se classer en première page, de 0 à 100 ; vide quand Semrush ne la connaît pas |
# | `CPC (USD)` | le coût par clic moyen des annonces, en dollars |
# | `Competitive Density` | la concurrence entre annonceurs, de 0 à 1 |
# | `SERP Features` | les éléments de la page de résultats (questions associées, images, vidéos…) |
# | `Number of Results` | le nombre de pages de résultats |

# %% [markdown]
# ### Question 1.1 — Les mots-clés retenus, par priorité
#
# Gardez les requêtes qui remplissent **toutes** ces conditions :
#
# 1. **pertinence** : la requête contient le mot `shampoing` ou `shampooing` **et** l'un des mots
#    `enfant`, `enfants`, `bébé`, `fille` ou `garçon` (majuscules et accents ignorés : `bebe` compte),
#    mais pas le mot `poux` (Petite Vague n'est pas un produit contre les poux) ;
# 2. **pas de marque** : l'intention principale n'est pas `Navigational` (ces requêtes cherchent une
#    marque précise, souvent un concurrent) ;
# 3. **volume** : au moins 50 recherches par mois ;
# 4. **difficulté** : connue et d'au plus 50 (au-delà, un jeune blog n'a pas de chance d'être en
#    première page ; une difficulté vide est inconnue, pas nulle).
#
# Classez les requêtes gardées par **score de priorité** décroissant :
# `score = Volume × (100 − Keyword Difficulty) / 100` (le volume, pondéré par la facilité à se
# classer) ; à égalité, par ordre alphabétique.
#
# Réponse attendue : la liste `mots_cles_retenus` des requêtes gardées, écrites comme dans l'export
# (accents compris : « shampoing bebe bio » et « shampoing bébé bio » sont deux requêtes distinctes ; les
# majuscules ne comptent pas), de la plus prioritaire à la moins prioritaire, par exemple `["shampoing a", "shampoing b", …]` (un
# tableau trié avec sa colonne `Keyword` est aussi accepté). La moitié des points va à la liste (chaque
# requête oubliée ou en trop coûte), l'autre moitié à l'ordre (la part des requêtes à leur rang).

# %% solution id=mots_cles_retenus
### BEGIN SOLUTION
def pertinente(requete):
    mots = {m.replace("é", "e").replace("ç", "c") for m in requete.lower().split()}
    return (bool(mots & {"shampoing", "shampooing"})
            and bool(mots & {"enfant", "enfants", "bebe", "fille", "garcon"})
            and "poux" not in mots)


intention_principale = export["Intent"].str.split(", ").str[0]
retenus = export[
    export["Keyword"].map(pertinente)
    & (intention_principale != "Navigational")
    & (export["Volume"] >= 50)
    & (export["Keyword Difficulty"] <= 50)
].copy()
retenus["Score"] = retenus["Volume"] * (100 - retenus["Keyword Difficulty"]) / 100
retenus = retenus.sort_values(["Score", "Keyword"], ascending=[False, True])
mots_cles_retenus = retenus["Keyword"].tolist()
### END SOLUTION
mots_cles_retenus

# %% tests id=mots_cles_retenus_tests points=3 competencies=C2.2.3
"""Les mots-clés retenus et leur ordre de priorité."""
from cmcert_lib.checks import check, score
check("bloc2.seo_mots_cles", mots_cles_retenus)
### BEGIN HIDDEN TESTS
score("bloc2.seo_mots_cles", mots_cles_retenus, expected=['shampoing solide enfant', 'shampoing enfant bio', 'shampoing solide bébé', 'shampoing bébé bio', 'shampoing démêlant enfant', 'shampooing solide enfant', 'meilleur shampoing enfant', 'shampoing bébé croûtes de lait', 'shampoing doux enfant', 'shampoing sans sulfate enfant', 'shampoing enfant cheveux bouclés', 'quel shampoing pour bébé', 'shampoing naturel enfant', 'shampoing solide enfant bio', 'shampoing sans larme enfant', 'shampoing démêlant fille', 'shampoing solide pour enfant', 'shampoing bébé à partir de quel âge', 'shampoing solide enfant avis', 'à quel âge shampoing adulte enfant', 'acheter shampoing solide enfant', 'shampoing bebe bio', 'shampoing solide enfant prix', 'shampoing enfants cheveux fins', 'shampoing solide enfant fait maison', 'shampoing solide enfant fille'], points=3)
### END HIDDEN TESTS

# %% [markdown]
# **Livrable.** Le tableau des mots-clés retenus, dans votre ordre, avec leurs mesures et le score de
# priorité, enregistré dans `livrables/mots_cles_retenus.csv` (séparateur point-virgule, virgule
# décimale : il s'ouvre tel quel dans un tableur français).

# %%
liste = mots_cles_retenus
if isinstance(liste, pd.DataFrame) and "Keyword" in liste.columns:
    liste = liste["Keyword"]
ordre = {requete: rang for rang, requete in enumerate(list(liste), start=1) if isinstance(requete, str)}
tableau_retenu = export[export["Keyword"].isin(list(ordre))].copy()
tableau_retenu.insert(0, "Rang", tableau_retenu["Keyword"].map(ordre))
tableau_retenu["Score"] = (tableau_retenu["Volume"] * (100 - tableau_retenu["Keyword Difficulty"]) / 100).round(1)
tableau_retenu = tableau_retenu.sort_values("Rang")
tableau_retenu.to_csv("livrables/mots_cles_retenus.csv", sep=";", decimal=",", index=False, encoding="utf-8-sig")
tableau_retenu[["Rang", "Keyword", "Intent", "Volume", "Keyword Difficulty", "Score"]]

# %% [markdown]
# ### Question 1.2 — Le volume par intention de recherche
#
# Pour organiser l'article, on regroupe les requêtes retenues à la question 1.1 par **intention
# principale** (la première citée dans `Intent`). Calculez, pour chaque intention, la somme des volumes
# mensuels de ces requêtes.
#
# Réponse attendue : le dictionnaire `volume_par_intention` dont les clés sont les noms français des
# intentions (`informationnel`, `commercial`, `transactionnel`, `navigationnel` : la correspondance est
# dans `normes.INTENTS`) et les valeurs les volumes totaux (entiers) ; une intention sans requête retenue
# vaut 0 (ou peut être omise). Une Series pandas est aussi acceptée.

# %%
normes.INTENTS

# %% solution id=volume_par_intention
### BEGIN SOLUTION
principales = retenus["Intent"].str.split(", ").str[0].map(normes.INTENTS)
volume_par_intention = {intention: int(retenus.loc[principales == intention, "Volume"].sum())
                        for intention in normes.INTENTS.values()}
### END SOLUTION
volume_par_intention

# %% tests id=volume_par_intention_tests points=2 competencies=C2.2.3
"""Le volume mensuel des mots-clés retenus, par intention principale."""
from cmcert_lib.checks import check, score
check("bloc2.seo_intentions", volume_par_intention)
### BEGIN HIDDEN TESTS
score("bloc2.seo_intentions", volume_par_intention, expected={'informationnel': 2130, 'commercial': 8720, 'transactionnel': 160, 'navigationnel': 0}, points=2)
### END HIDDEN TESTS

# %% [markdown]
# ## Exercice 2 — Optimiser l'article pour les moteurs de recherche (C2.2.2)
#
# L'agence retient comme **mot-clé principal** de l'article la requête la plus prioritaire :
# « shampoing solide enfant ».
#
# Google mesure les titres et les descriptions de ses résultats **en pixels**, pas en caractères :
# le titre s'affiche en Arial 20 px et il est coupé au-delà d'environ 580 px ; la description s'affiche en
# Arial 14 px et elle est coupée au-delà d'environ 920 px (deux lignes). Un « i » est trois fois plus
# étroit qu'un « m » : deux titres de 60 caractères n'ont pas la même largeur. Les outils du notebook font
# la mesure, comme les extensions SEO des navigateurs :
#
# - `largeur_px(texte, taille)` : la largeur d'un texte en pixels, en Arial de `taille` px ;
# - `contient_mot_cle(texte, mot_cle)` : le texte contient-il tous les mots porteurs de sens du mot-clé
#   (majuscules, accents, pluriels, petits mots comme « pour » et l'orthographe « shampooing » ignorés) ;
# - `densite_mot_cle(texte, mot_cle)` : le nombre d'occurrences exactes du mot-clé divisé par le nombre
#   de mots du texte ;
# - `title_problems(titre, mot_cle)`, `description_problems(description, mot_cle)` et
#   `slug_problems(slug, mot_cle)` : ce qu'un outil SEO reproche à une balise (liste vide : rien à
#   redire) ; `slugifier(texte)` propose un slug.

# %%
MOT_CLE = "shampoing solide enfant"
for titre in ("Shampoing solide enfant", "Shampoing solide enfant : mode d'emploi en 3 gestes",
              "Mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm", "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii"):
    print(f"{len(titre):3d} caractères, {largeur_px(titre, normes.TITLE_FONT_PX):6.1f} px :", titre[:60])
    for probleme in title_problems(titre, MOT_CLE):
        print("     -", probleme)

# %% [markdown]
# ### Question 2.1 — Le titre, la description et l'adresse de l'article
#
# Rédigez pour l'article :
#
# - la **balise `<title>`** : au plus 580 px en Arial 20 px, au moins 30 caractères, le mot-clé
#   principal présent **dans la première moitié**, une seule fois, et une promesse pour le lecteur
#   (au moins deux mots de plus que le mot-clé) ;
# - la **meta description** : au plus 920 px en Arial 14 px, au moins 120 caractères, le mot-clé
#   principal présent (au plus deux fois), au moins 8 mots porteurs de sens ;
# - le **slug** (la fin de l'adresse, après `/blog/`) : minuscules sans accents, chiffres et tirets, sans
#   mots vides (« le », « pour », « les »…), au plus 6 mots, avec le mot-clé principal.
#
# Respectez la charte (vouvoiement, pas de superlatifs) et les allégations permises par le brief.
#
# Réponse attendue : le dictionnaire `balises` avec les clés `"title"`, `"meta_description"` et
# `"slug"`. Il n'y a pas de formulation attendue : toute balise qui respecte les règles ci-dessus a ses
# points (un tiers par balise ; la moitié de ce tiers quand une seule règle n'est pas respectée). Vérifiez
# les vôtres avec les outils avant de valider.

# %% solution id=balises
### BEGIN SOLUTION
balises = {
    "title": "Shampoing solide enfant : Petite Vague, doux dès 3 ans",
    "meta_description": ("Petite Vague, notre shampoing solide pour enfant dès 3 ans : avoine, miel du pays "
                         "de Rance, 40 lavages par pain. Nos conseils d'utilisation."),
    "slug": "shampoing-solide-enfant-petite-vague",
}
### END SOLUTION
show_tags_report(balises, MOT_CLE)

# %% tests id=balises_tests points=4 competencies=C2.2.2
"""La balise title, la meta description et le slug, mesurés avec les règles de l'énoncé."""
from cmcert_lib.checks import check, score
check("bloc2.seo_balises", balises)
### BEGIN HIDDEN TESTS
score("bloc2.seo_balises", balises, expected={'mot_cle_principal': 'shampoing solide enfant'}, points=4)
### END HIDDEN TESTS

# %% [markdown]
# **Livrable.** L'aperçu du résultat dans Google et les mesures de vos balises, dans
# `livrables/balises_seo.md`.

# %%
def mesure(texte, taille, limite):
    if not isinstance(texte, str):
        return "(absent)"
    return f"{len(texte)} caractères, {largeur_px(texte, taille):.0f} px sur {limite} px"


fiche = "\n".join([
    "# Balises SEO de l'article « Petite Vague »",
    "",
    f"Mot-clé principal : **{MOT_CLE}**",
    "",
    "## Aperçu dans les résultats de Google",
    "",
    f"> maison-ondine.fr › blog › {balises.get('slug')}",
    f"> **{balises.get('title')}**",
    f"> {balises.get('meta_description')}",
    "",
    "## Mesures",
    "",
    "| balise | texte | mesure |",
    "| --- | --- | --- |",
    f"| title | {balises.get('title')} | "
    f"{mesure(balises.get('title'), normes.TITLE_FONT_PX, normes.TITLE_MAX_PX)} |",
    f"| meta description | {balises.get('meta_description')} | "
    f"{mesure(balises.get('meta_description'), normes.DESCRIPTION_FONT_PX, normes.DESCRIPTION_MAX_PX)} |",
    f"| slug | {balises.get('slug')} | {len(str(balises.get('slug')).split('-'))} mots |",
])
Path("livrables/balises_seo.md").write_text(fiche + "\n", encoding="utf-8")
print(fiche)

# %% [markdown]
# ### Question 2.2 — L'audit du brouillon
#
# Voici le brouillon de la stagiaire, lu comme le lit un robot d'indexation : balises de l'en-tête,
# titres et intertitres (`h1` à `h6`, dans l'ordre de la page), paragraphes, liens et images.

# %%
brouillon = load_article_html()
article = analyser_article(brouillon)
print(article.resume())

# %% [markdown]
# L'objet `article` donne chaque mesure : `article.title`, `article.meta_description`,
# `article.canonical` (l'URL canonique) et `article.slug` (sa dernière partie), `article.titres` (liste de
# couples `(niveau, texte)`), `article.paragraphes` (textes des `<p>` dans l'ordre), `article.liens`
# (couples `(href, texte du lien)`), `article.images` (couples `(src, alt)`, `alt` vaut `None` quand
# l'attribut manque), `article.texte` (tout le texte visible) et `article.mots` (son nombre de mots).
# Le plan du site (`load_sitemap()`) donne les adresses de toutes les pages qui existent.
#
# Le catalogue `DEFAUTS` nomme les défauts à chercher. Chacun se mesure ainsi, avec le mot-clé principal
# `MOT_CLE` :
#
# | code | le défaut est présent quand… |
# | --- | --- |
# | `titre_trop_long` | `largeur_px(title, 20)` dépasse 580 |
# | `titre_sans_mot_cle` | `contient_mot_cle(title, MOT_CLE)` est faux |
# | `meta_description_absente` | il n'y a pas de meta description (ou elle est vide) |
# | `meta_description_trop_longue` | `largeur_px(description, 14)` dépasse 920 |
# | `meta_description_trop_courte` | la description a moins de 120 caractères |
# | `h1_absent`, `h1_multiple` | la page a zéro, ou plus d'un titre de niveau 1 |
# | `niveau_de_titre_saute` | un titre a un niveau supérieur de plus de 1 à celui du titre qui le précède (un `h4` après un `h2`) |
# | `mot_cle_absent_introduction` | `contient_mot_cle` est faux sur le premier paragraphe |
# | `densite_excessive` | `densite_mot_cle(article.texte, MOT_CLE)` dépasse `normes.DENSITY_MAX` (3 %) |
# | `article_trop_court`, `article_trop_long` | `article.mots` est hors de 800 à 1 200 |
# | `aucun_lien_interne` | aucun lien ne mène à une page du site (adresse commençant par `/` ou par `https://www.maison-ondine.fr`) |
# | `lien_interne_casse` | un lien interne, écrit en adresse complète (`urljoin("https://www.maison-ondine.fr", href)`), n'est pas dans le plan du site |
# | `image_sans_alt` | une image n'a pas d'attribut `alt`, ou un `alt` vide |
# | `slug_non_conforme` | `slug_problems(article.slug, MOT_CLE)` n'est pas vide |
#
# Réponse attendue : la liste `defauts_brouillon` des codes des défauts **présents** dans le brouillon,
# écrits comme dans `DEFAUTS` (l'ordre ne compte pas). Chaque défaut trouvé rapporte sa part ; chaque
# défaut cité que le brouillon n'a pas en retire une.

# %%
plan_du_site = load_sitemap()
print(len(plan_du_site), "pages sur le site, par exemple", plan_du_site[:3])
pd.Series(DEFAUTS, name="défaut")

# %% solution id=defauts_brouillon
### BEGIN SOLUTION
SITE = "https://www.maison-ondine.fr"
niveaux = [niveau for niveau, _ in article.titres]
liens_internes = [urljoin(SITE, href) for href, _ in article.liens if href.startswith("/") or href.startswith(SITE)]
description = article.meta_description or ""
constats = {
    "titre_trop_long": largeur_px(article.title or "", normes.TITLE_FONT_PX) > normes.TITLE_MAX_PX,
    "titre_sans_mot_cle": not contient_mot_cle(article.title or "", MOT_CLE),
    "meta_description_absente": not description,
    "meta_description_trop_longue": largeur_px(description, normes.DESCRIPTION_FONT_PX) > normes.DESCRIPTION_MAX_PX,
    "meta_description_trop_courte": bool(description) and len(description) < normes.DESCRIPTION_MIN_CHARS,
    "h1_absent": niveaux.count(1) == 0,
    "h1_multiple": niveaux.count(1) > 1,
    "niveau_de_titre_saute": any(b > a + 1 for a, b in zip(niveaux, niveaux[1:])),
    "mot_cle_absent_introduction": not contient_mot_cle(article.paragraphes[0], MOT_CLE),
    "densite_excessive": densite_mot_cle(article.texte, MOT_CLE) > normes.DENSITY_MAX,
    "article_trop_court": article.mots < normes.ARTICLE_WORDS[0],
    "article_trop_long": article.mots > normes.ARTICLE_WORDS[1],
    "aucun_lien_interne": not liens_internes,
    "lien_interne_casse": any(lien not in plan_du_site for lien in liens_internes),
    "image_sans_alt": any(not alt for _, alt in article.images),
    "slug_non_conforme": bool(slug_problems(article.slug, MOT_CLE)),
}
defauts_brouillon = [code for code, present in constats.items() if present]
### END SOLUTION
defauts_brouillon

# %% tests id=defauts_brouillon_tests points=3 competencies=C2.2.2
"""Les défauts SEO du brouillon, pris dans le catalogue."""
from cmcert_lib.checks import check, score
check("bloc2.seo_audit", defauts_brouillon)
### BEGIN HIDDEN TESTS
score("bloc2.seo_audit", defauts_brouillon, expected=['titre_trop_long', 'meta_description_trop_longue', 'h1_multiple', 'niveau_de_titre_saute', 'mot_cle_absent_introduction', 'article_trop_court', 'lien_interne_casse', 'image_sans_alt', 'slug_non_conforme'], points=3)
### END HIDDEN TESTS

# %% [markdown]
# **Livrable.** Le rapport d'audit pour la stagiaire, dans `livrables/audit_brouillon.md`.

# %%
lignes = ["# Audit SEO du brouillon « Petite Vague »", "", f"Mot-clé principal : **{MOT_CLE}**", "",
          "## Défauts relevés", ""]
lignes += [f"- `{code}` : {DEFAUTS.get(code, 'code inconnu')}" for code in pd.Series(defauts_brouillon, dtype="object")]
lignes += ["", "## Mesures", "", "```", article.resume(), "```"]
Path("livrables/audit_brouillon.md").write_text("\n".join(lignes) + "\n", encoding="utf-8")
print("\n".join(lignes[:20]))

# %% [markdown]
# ## Exercice 3 — La stratégie de mots-clés (C2.2.2, C2.2.3)
#
# ### Question 3.1 — Votre stratégie et le plan corrigé
#
# En 20 à 30 lignes, présentez à Léna Morvan :
#
# 1. le **mot-clé principal** et **4 à 6 mots-clés secondaires**, choisis dans vos résultats et
#    justifiés (volume, difficulté, intention, adéquation au produit et à la charte : par exemple
#    pourquoi vous écartez une requête qui passe les filtres mais ne correspond pas à Petite Vague) ;
# 2. le **champ sémantique** de l'article : 15 à 20 mots et expressions que les parents emploient
#    (gestes, ingrédients, inquiétudes, moments), rangés par thème ;
# 3. le **plan corrigé** de l'article : un seul H1, des H2 (et H3) sans saut de niveau, chacun
#    répondant à une question des parents, avec l'emplacement des mots-clés (titre, introduction,
#    intertitres) et deux ou trois **liens internes** choisis dans le plan du site.

# %% manual id=strategie_mots_cles points=4 competencies=C2.2.2,C2.2.3 criteria=B2-02
# **Mot-clé principal : « shampoing solide enfant »** (1 900 recherches par mois, difficulté 34) : le
# meilleur score de priorité, une intention à la fois commerciale et informationnelle, exactement le
# produit. Les requêtes génériques (« shampoing enfant », 8 100 ; « shampoing bébé », 6 600) sont trop
# disputées (difficulté 58 et 61) pour un jeune blog.
#
# **Mots-clés secondaires :** « shampoing solide bébé » (720, difficulté 29 ; la formule est pour les
# enfants dès 3 ans, on en parle pour répondre à la question de l'âge), « shampoing doux enfant » (590),
# « shampoing sans sulfate enfant » (480, informationnel : la question de la composition),
# « shampoing enfant cheveux bouclés » (390, difficulté 22 : un conseil d'usage), « shampoing naturel
# enfant » (320), « shampoing solide enfant avis » (110 : le test des 120 familles y répond). J'écarte
# « shampoing bébé croûtes de lait », qui passe les filtres mais vise les nourrissons, et « shampoing
# enfant bio » : Petite Vague n'est pas certifié bio et le brief interdit les allégations non prouvées.
#
# **Champ sémantique.** *Le geste* : mouiller, faire mousser, masser le cuir chevelu, rincer, démêler,
# porte-savon. *Le produit* : pain, 60 g, 40 lavages, avoine, miel du pays de Rance, base lavante
# végétale, parfum léger. *Les inquiétudes* : yeux qui piquent, test ophtalmologique, peau sensible,
# contrôle dermatologique, à partir de quel âge. *Les moments* : le bain du soir, les vacances, la
# trousse de toilette.
#
# **Plan corrigé** (slug `shampoing-solide-enfant-petite-vague`) :
#
# - H1 « Shampoing solide enfant : tout savoir sur Petite Vague » ; introduction qui cite le mot-clé
#   dès la première phrase ;
# - H2 « Pourquoi un shampoing solide pour les enfants ? » ;
# - H2 « Ce que contient Petite Vague » ; H3 « Testé sous contrôle dermatologique et ophtalmologique » ;
# - H2 « Comment utiliser un shampoing solide sur les cheveux d'un enfant » ; H3 « Cheveux longs ou
#   bouclés : nos conseils » (lien vers `/blog/routine-cheveux-boucles-enfant`) ;
# - H2 « Comment conserver le pain » (lien vers `/blog/conserver-savon-solide`) ;
# - H2 « Où trouver Petite Vague ? » (lien vers `/produit/petite-vague-shampoing-solide-enfant`).
#
# Le lien vers la page « poux », qui n'existe pas, est retiré ; l'image reçoit un texte alternatif
# (« Pain de shampoing Petite Vague en forme de vague, posé sur un porte-savon en bois ») ; l'article
# est complété jusqu'à 900 mots environ, avec une densité du mot-clé principal autour de 1 %.
