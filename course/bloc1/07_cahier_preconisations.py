# %% [markdown]
# # Bloc 1 · Notebook 7 — Le cahier de préconisations de Maison Ondine
#
# **La situation.** Vendredi 11 décembre 2026, vous remettez à Gaëlle Le Floc'h, cofondatrice
# et directrice marketing de **Maison Ondine** (cosmétiques solides et naturels, fabriqués à
# Saint-Malo), le document qui répond à son brief : le **cahier de préconisations**. Elle le
# lira seule avant la présentation orale du 17 décembre, puis le fera circuler auprès de sa
# sœur Morgane et de Léna, la chargée de communication. Il doit se comprendre sans vous : une
# problématique claire, vos analyses, votre parti pris et votre promesse de lecture, la
# charte, le processus éditorial et le planning.
#
# Ce notebook rassemble vos conclusions des notebooks précédents en un seul document HTML,
# lisible hors ligne, que vous pouvez aussi imprimer en PDF depuis votre navigateur.

# %% [markdown]
# **Ce que vous produisez dans ce notebook**
#
# 1. votre parti pris éditorial et votre promesse de lecture (corrigés par le formateur) ;
# 2. les sections du cahier, sous forme de données (présence et consistance corrigées
#    automatiquement) ;
# 3. la synthèse d'une minute qui ouvre le document (longueur et contenu corrigés
#    automatiquement) ;
# 4. le livrable : `livrables/cahier_preconisations.html` (corrigé automatiquement) ;
# 5. le message qui accompagne l'envoi du cahier à la cliente (corrigé par le formateur).
#
# **Compétence évaluée**
#
# - **C1.7.1** — Formaliser clairement (à l'oral comme à l'écrit) son parti pris éditorial, sa
#   promesse de lecture et ses préconisations (calendrier éditorial & Workflow éditorial) afin
#   de permettre au client de comprendre la proposition, ainsi que l'importance de mettre en
#   place une charte éditoriale qui reflète ses valeurs et diffuse un message cohérent sur
#   l'ensemble des canaux utilisés par la marque.
#
# **Durée indicative :** 2 h 30 (30 min de parti pris, 1 h 15 de sections et de synthèse,
# 45 min de relecture et de message d'envoi).
#
# Ce notebook ne dépend d'aucun fichier des notebooks précédents : reprenez-en les
# conclusions dans vos textes ; les chiffres de la charte et du benchmark se rechargent
# depuis la bibliothèque.

# %% [markdown]
# ## Ce que le référentiel attend du document
#
# Le cahier comprend les contenus ci-dessous (clé à utiliser dans votre dictionnaire, puis
# titre affiché dans le document). Il doit être clair, structuré, complet et sans fautes.

# %%
from pathlib import Path

import pandas as pd

from cmcert_lib.bloc1 import brief
from cmcert_lib.facts import brand
from cmcert_lib.bloc1.datasets import load_posts
from cmcert_lib.bloc1.recommendations import (
    SECTIONS,
    SUMMARY_MAX_WORDS,
    SUMMARY_MIN_WORDS,
    missing_sections,
    render_html,
    word_count,
)

Path("livrables").mkdir(exist_ok=True)
display(pd.DataFrame(SECTIONS, columns=["Clé", "Titre dans le document"]))

# %% [markdown]
# ## Exercice 1 — Le parti pris éditorial et la promesse de lecture (C1.7.1)
#
# Formulez, pour Gaëlle :
#
# - votre **parti pris éditorial** : l'angle que vous choisissez pour répondre à la
#   problématique, en une phrase, puis ce qu'il implique (ce que la marque dira, ce qu'elle
#   ne dira plus) ;
# - la **promesse de lecture** : ce que l'abonné gagne à suivre Maison Ondine, en une
#   phrase qu'il pourrait répéter ;
# - comment la charte (piliers, ton, formats) et le plan de diffusion (réseaux, rythme, temps
#   forts du semestre) tiennent cette promesse, réseau par réseau.
#
# 15 à 25 lignes.

# %% manual id=parti_pris_promesse points=4 competencies=C1.7.1 criteria=B1-16
# **Parti pris : « Preuves d'atelier ».** Après le sachet de mars 2026, Maison Ondine ne
# regagnera pas la confiance en répétant qu'elle est engagée : elle la regagnera en
# *montrant*. Notre parti pris est de faire de l'atelier de Saint-Malo la source de tous les
# contenus : chaque affirmation est accompagnée d'une preuve que l'abonné peut voir ou
# vérifier (une fabrication filmée, un fournisseur nommé, un emballage testé au compost).
# Concrètement, la marque dit des faits précis (« sachet en papier kraft compostable depuis
# juin 2026 ») et ne dit plus de formules générales (« zéro déchet », « respectueux de
# l'environnement »), que la loi AGEC lui interdit d'ailleurs sans preuve. Elle reconnaît
# l'erreur de 2026 une fois, clairement, dans un article signé de Gaëlle, puis elle avance.
#
# **Promesse de lecture : « Chez Maison Ondine, on vous montre comment c'est fait, et comment
# bien s'en servir. »** Suivre la marque, c'est entrer dans l'atelier et repartir avec des
# gestes utiles pour sa salle de bain.
#
# **Comment la charte et le plan de diffusion la tiennent.**
#
# - *Savoir-faire malouin* (30 %) et *Engagements prouvés* (25 %) portent la preuve :
#   Reels et TikTok tournés à l'atelier, carrousels sur les ingrédients et les fournisseurs.
# - *Rituels & conseils* (30 %) porte l'utilité : tutoriels courts, routines, erreurs à
#   éviter, que l'on enregistre.
# - *Communauté* (15 %) fait parler les clients plutôt que la marque : photos de salles de
#   bain, questions-réponses, portes ouvertes.
# - Le ton est chaleureux, précis et sans superlatif ; la marque vouvoie et explique ses choix.
# - Instagram (4 publications par semaine) et TikTok (2) font découvrir et vendre auprès des
#   25-40 ans ; Facebook (2) garde le lien avec la clientèle historique et la boutique-atelier ;
#   LinkedIn (1) rassure les 120 revendeurs.
# - Les temps forts suivent la même logique : janvier pour la transparence (article sur le
#   sachet), mars pour le bilan intermédiaire, avril pour « Petite Vague », dont le lancement
#   montrera d'abord la formulation testée, puis les parents qui l'utilisent.

# %% [markdown]
# ## Exercice 2 — Les sections du cahier (C1.7.1)
#
# Construisez `sections`, un dictionnaire qui associe à **chacune des neuf clés** du tableau
# ci-dessus le contenu de la section : un texte (séparez les paragraphes par une ligne vide ;
# les lignes qui commencent par « - » deviennent une liste à puces), une liste de textes,
# un dictionnaire (rendu en tableau à deux colonnes) ou un tableau pandas.
#
# - Chaque section doit compter **au moins 40 mots** (les mots des tableaux comptent) : une
#   section plus courte ne rapporte que la moitié de ses points ; une section qui ne dit rien
#   qui lui soit propre (« à compléter », phrase répétée, texte repris d'une autre section) ne
#   rapporte rien.
# - Reprenez les conclusions de vos notebooks précédents ; la cellule suivante recharge pour
#   vous les chiffres de la charte validée et de la veille concurrentielle.
# - `missing_sections(sections)` liste les sections absentes ou vides, `word_count(contenu)`
#   compte les mots d'une section.

# %%
publications = load_posts()
interactions = publications[["J'aime", "Commentaires", "Partages", "Enregistrements"]].fillna(0).sum(axis=1)
semaines = (publications["Date de publication"].max() - publications["Date de publication"].min()).days / 7
benchmark = (
    publications.assign(interactions=interactions, video=publications["Format"].isin(["Reel", "Vidéo"]))
    .groupby("Marque")
    .agg(publications=("Texte", "size"), interactions=("interactions", "sum"),
         portee=("Portée", "sum"), video=("video", "mean"))
)
chiffres_concurrence = pd.DataFrame({
    "Marque": benchmark.index,
    "Publications par semaine": (benchmark["publications"] / semaines).round(1).to_numpy(),
    "Taux d'engagement (interactions / portée)": (benchmark["interactions"] / benchmark["portee"] * 100).round(1).to_numpy(),
    "Part de vidéo (%)": (benchmark["video"] * 100).round(0).astype(int).to_numpy(),
}).sort_values("Publications par semaine", ascending=False)
charte_piliers = pd.DataFrame({
    "Pilier": list(brand.VALIDATED_PILLARS),
    "Part des publications (%)": [round(p * 100) for p in brand.VALIDATED_PILLARS.values()],
})
rythme = pd.DataFrame({
    "Réseau": list(brand.VALIDATED_FREQUENCY),
    "Publications par semaine": list(brand.VALIDATED_FREQUENCY.values()),
})
display(chiffres_concurrence)
display(charte_piliers)
display(rythme)

# %% solution id=cahier_sections
### BEGIN SOLUTION
ondine = chiffres_concurrence.set_index("Marque").loc[brand.BRAND]
plus_actifs = chiffres_concurrence.head(2)["Marque"].tolist()

sections = {
    "problematique": (
        "Depuis le bad buzz de mars 2026 — une influenceuse a montré que le shampoing solide "
        "vendu « zéro déchet » était expédié dans un sachet doublé de plastique — Maison Ondine "
        "a perdu une partie de la confiance de sa communauté : le sentiment net des mentions est "
        "passé de +35 % à −18 %, l'engagement Instagram de 3,4 % à 2,1 % et les ventes en ligne "
        "ont reculé de 15 % au deuxième trimestre 2026. L'emballage a été corrigé en juin 2026, "
        "mais la marque ne l'a presque pas dit, et elle publie de façon irrégulière, sans ligne "
        "éditoriale.\n\n"
        "Problématique : comment Maison Ondine peut-elle regagner la confiance de sa communauté "
        "en parlant de ses engagements avec des preuves, tout en faisant d'Instagram et de TikTok "
        "un moteur de ventes auprès des 25-40 ans et des jeunes parents, avec une petite équipe "
        f"et {brief.euros(brand.BUDGET_EUR_HT)} HT du 4 janvier au 30 juin 2027 ?"
    ),
    "besoins": [
        "Retrouver la confiance : revenir à un sentiment net positif en reconnaissant l'erreur "
        "de 2026 une fois, puis en prouvant chaque engagement par un fait vérifiable.",
        "Faire grandir et animer la communauté, surtout sur TikTok, ouvert en 2025 et presque "
        "inactif (3 100 abonnés).",
        "Vendre : ramener du trafic qualifié vers la boutique en ligne (9 800 sessions et 150 "
        "commandes par mois aujourd'hui) et réussir le lancement de « Petite Vague » en avril.",
        "Tenir un rythme régulier avec une chargée de communication à mi-temps, deux journées de "
        "tournage par trimestre et une validation par Gaëlle des sujets sensibles.",
        "Respecter le cadre légal : allégations cosmétiques et environnementales prouvées, "
        "influence commerciale déclarée, accessibilité des contenus.",
    ],
    "benchmark": {
        "Constat": (
            f"Sur douze mois, Maison Ondine a publié {brief.number_fr(ondine['Publications par semaine'])} fois "
            f"par semaine en moyenne, contre plus de dix pour {' et '.join(plus_actifs)}. La "
            "régularité et la vidéo courte font la différence : les marques les plus engageantes "
            "montrent leurs produits en usage et leur fabrication. Savonnerie du Phare, proche de "
            "nous par son ancrage breton, publie surtout sur Facebook et engage peu : l'espace du "
            "savoir-faire artisanal filmé reste libre sur Instagram et TikTok."
        ),
        "Chiffres clés (novembre 2025 à octobre 2026)": chiffres_concurrence,
    },
    "cible": (
        "Cible principale : femmes et hommes de 25 à 40 ans, urbains, attentifs aux compositions "
        "et à la réduction des emballages, qui découvrent des produits sur Instagram et TikTok, "
        "enregistrent les conseils pratiques et vérifient avant d'acheter (avis, composition, "
        "origine). Ils attendent des preuves plutôt que des promesses.\n\n"
        "Cible secondaire : les parents de jeunes enfants, pour « Petite Vague » : ils cherchent "
        "la douceur et la sécurité, lisent les compositions et font confiance aux autres parents.\n\n"
        "À ne pas perdre : la clientèle historique, locale et plus âgée, fidèle à la "
        "boutique-atelier et à Facebook, qui attend des nouvelles de l'atelier et des événements."
    ),
    "parcours": pd.DataFrame({
        "Étape": ["Découverte", "Considération", "Achat", "Fidélisation", "Recommandation"],
        "Point de contact": ["Reel ou TikTok de fabrication", "Carrousel ingrédients, avis, article",
                             "Fiche produit depuis un lien UTM", "Conseils d'usage, stories, quiz",
                             "Photo partagée #MaSalleDeBainOndine"],
        "Ce que la marque apporte": ["La preuve que c'est fait ici, à la main",
                                    "Des faits vérifiables sur la composition et l'emballage",
                                    "Un achat simple, en ligne ou en boutique",
                                    "Des gestes pour bien utiliser et faire durer",
                                    "Une place dans la communauté"],
    }),
    "parti_pris": (
        "Parti pris : « Preuves d'atelier ». Faire de l'atelier de Saint-Malo la source de tous "
        "les contenus et accompagner chaque affirmation d'une preuve que l'abonné peut voir ou "
        "vérifier. La marque dit des faits précis et ne dit plus de formules générales ; elle "
        "reconnaît l'erreur de 2026 une fois, clairement, puis elle avance.\n\n"
        "Promesse de lecture : « Chez Maison Ondine, on vous montre comment c'est fait, et "
        "comment bien s'en servir. » Suivre la marque, c'est entrer dans l'atelier et repartir "
        "avec des gestes utiles pour sa salle de bain."
    ),
    "charte": {
        "Ligne éditoriale": "Montrer l'atelier, prouver les engagements, rendre service : "
                            "chaque publication montre un geste, un fait ou une personne réelle.",
        "Piliers éditoriaux": charte_piliers,
        "Ton et style": "Chaleureux, précis, sans superlatif ; on vouvoie ; des phrases courtes, "
                        "des chiffres vérifiables, des emojis rares et en fin de phrase.",
        "Champ sémantique": "atelier, coulée, cure, savonnier, algue, côte d'Émeraude, kraft, "
                            "compost, rituel, geste, peau, cheveux, Saint-Malo.",
        "Règles d'écriture web": "Accroche dans les 125 premiers caractères, hashtags en "
                                 "CamelCase (5 au plus sur Instagram), texte alternatif sur "
                                 "chaque visuel, sous-titres sur chaque vidéo.",
        "Formats par réseau": "Instagram : Reels, carrousels, images, stories. TikTok : vidéos "
                              "et carrousels photo. Facebook : liens, images, événements. "
                              "LinkedIn : textes, documents et articles pour les revendeurs.",
        "Interdits": "« zéro déchet », « biodégradable », « respectueux de l'environnement » "
                     "sans preuve ; toute allégation thérapeutique ; tout partenariat non déclaré.",
    },
    "workflow": (
        "Le processus suit chaque publication de J−14 à J+7, avec un seul responsable par étape.\n\n"
        "- J−14 : comité éditorial du lundi (CM, Léna, Gaëlle, 1 h), sujets sur la grille ;\n"
        "- J−12 à J−7 : production des textes (CM), des visuels (graphiste) et des vidéos "
        "(vidéaste, sur les rushes des journées de tournage) ;\n"
        "- J−6 : relecture par Léna (orthographe, allégations, accessibilité) ;\n"
        "- J−5 à J−3 : validation par lot par Gaëlle au comité du lundi ; sans accord, la "
        "publication est décalée ;\n"
        "- J−2 : programmation par la CM (import en masse, liens UTM, agenda partagé) ;\n"
        "- J à J+2 : modération et réponses sous 4 h ouvrées ;\n"
        "- J+7 : mesure, puis bilan mensuel au comité suivant.\n\n"
        "La charge estimée est d'environ 6,6 h par semaine pour la CM, 4,3 h pour Léna et 2,7 h "
        "pour Gaëlle, comité compris ; la RACI fixe qui approuve chaque tâche."
    ),
    "planning": pd.DataFrame({
        "Mois": ["Janvier", "Février", "Mars", "Avril", "Mai", "Juin"],
        "Temps fort": ["Transparence : article sur le sachet, coulisses de l'atelier",
                       "Portes ouvertes de l'atelier (6 février), savon du mois",
                       "Bilan intermédiaire et ajustement du calendrier",
                       "Lancement de « Petite Vague » avec des parents créateurs",
                       "Rituels de printemps, opération boîtes consignées",
                       "Saison touristique : la boutique-atelier, bilan du semestre"],
        **{f"{reseau} (par semaine)": [n] * 6 for reseau, n in brand.VALIDATED_FREQUENCY.items()},
    }),
}
print("Sections manquantes :", missing_sections(sections) or "aucune")
print({cle: word_count(contenu) for cle, contenu in sections.items()})
### END SOLUTION

# %% tests id=cahier_sections_tests points=4 competencies=C1.7.1
"""Le cahier contient chaque section attendue, avec assez de matière (une part par section)."""
from cmcert_lib.checks import check, score

check("bloc1.cahier_sections", sections)
### BEGIN HIDDEN TESTS
score("bloc1.cahier_sections", sections, expected={"sections": ["problematique", "besoins", "benchmark", "cible", "parcours", "parti_pris", "charte", "workflow", "planning"], "min_mots": 40}, points=4)
### END HIDDEN TESTS

# %% [markdown]
# ## Exercice 3 — La synthèse d'une minute (C1.7.1)
#
# Le document s'ouvre sur une synthèse que Gaëlle lira en premier, et peut-être seule :
# écrivez `synthese`, un texte de **80 à 150 mots** (mots séparés par des espaces) qui nomme
# la marque, situe la campagne dans le temps (l'année 2027) et dit, dans cet ordre, le
# problème, votre parti pris, ce que vous recommandez et ce que la cliente doit décider.

# %% solution id=synthese
### BEGIN SOLUTION
synthese = (
    "Depuis mars 2026, Maison Ondine a perdu une partie de la confiance de sa communauté et "
    "publie sans ligne éditoriale, alors que ses concurrents misent sur la vidéo courte. Notre "
    "parti pris, « Preuves d'atelier », fait de l'atelier de Saint-Malo la source de tous les "
    "contenus : chaque engagement est montré et vérifiable, chaque conseil est utile. Nous "
    "recommandons, du 4 janvier au 30 juin 2027, neuf publications par semaine (Instagram 4, "
    "TikTok 2, Facebook 2, LinkedIn 1) sur quatre piliers, un processus éditorial de J−14 à "
    "J+7 qui tient dans le temps de l'équipe, et un lancement de « Petite Vague » en avril "
    "porté par des parents. Nous vous demandons de valider la charte, le calendrier de "
    "janvier et la RACI du comité éditorial avant le 18 décembre, pour une première "
    "publication le 4 janvier."
)
print(len(synthese.split()), "mots")
### END SOLUTION

# %% tests id=synthese_tests points=2 competencies=C1.7.1
"""La synthèse respecte la longueur demandée, nomme la marque et l'année de la campagne."""
from cmcert_lib.checks import check, score

check("bloc1.synthese", synthese)
### BEGIN HIDDEN TESTS
score("bloc1.synthese", synthese, expected={"min_mots": 80, "max_mots": 150, "marque": "Maison Ondine", "annee": 2027}, points=2)
### END HIDDEN TESTS

# %% [markdown]
# ## Exercice 4 — Assembler le document (C1.7.1)
#
# `render_html(sections, synthese, author=..., when=...)` assemble le cahier : page de titre,
# synthèse, sommaire, puis les sections dans l'ordre du référentiel. Le fichier se suffit à
# lui-même (styles intégrés, aucune ressource en ligne) : il s'ouvre hors ligne et s'imprime
# en PDF depuis le navigateur.
#
# Gardez le texte HTML dans `cahier_html`, écrivez-le dans
# `livrables/cahier_preconisations.html`, puis **ouvrez le fichier et relisez-le en entier**
# comme le ferait la cliente.

# %% solution id=cahier_html
### BEGIN SOLUTION
cahier_html = render_html(
    sections,
    synthese,
    title="Cahier de préconisations — stratégie éditoriale du premier semestre 2027",
    author="Agence Marée, Rennes — Inès Morel, community manager",
    when=brief.PROPOSAL_DUE,
)
Path("livrables/cahier_preconisations.html").write_text(cahier_html, encoding="utf-8")
print(f"Document écrit : {len(cahier_html.encode('utf-8')) // 1024} Ko")
### END SOLUTION

# %% tests id=cahier_html_tests points=2 competencies=C1.7.1
"""Le document HTML est complet, en français, et lisible hors ligne."""
from cmcert_lib.checks import check, score

check("bloc1.cahier_html", cahier_html)
### BEGIN HIDDEN TESTS
score("bloc1.cahier_html", cahier_html, expected={"titres": ["Récapitulatif de la problématique du client", "Analyse des besoins", "Benchmark de l'existant et de la concurrence", "Analyse de la cible", "Parcours client type", "Parti pris éditorial et promesse de lecture", "Charte éditoriale", "Processus (workflow) éditorial sur une période déterminée", "Planning éditorial"], "synthese": "Synthèse"}, points=2)
### END HIDDEN TESTS

# %% [markdown]
# Un aperçu du début du document :

# %%
from IPython.display import IFrame

IFrame("livrables/cahier_preconisations.html", width="100%", height=420)

# %% [markdown]
# ## Exercice 5 — Le message d'envoi du cahier (C1.7.1)
#
# Rédigez le courriel qui accompagne l'envoi du cahier à Gaëlle Le Floc'h (10 à 20 lignes) :
# l'objet, ce que contient le document et comment le lire (par où commencer, combien de
# temps), les trois décisions que vous attendez d'elle et avant quand, la suite (présentation
# du 17 décembre). Le formateur juge aussi, à travers ce message et le fichier
# `livrables/cahier_preconisations.html`, la clarté, la structure, la complétude et
# l'orthographe de votre cahier.

# %% manual id=message_envoi points=4 competencies=C1.7.1 criteria=B1-15
# **Objet :** Maison Ondine — cahier de préconisations pour le premier semestre 2027
#
# Bonjour Gaëlle,
#
# Vous trouverez ci-joint notre cahier de préconisations pour les médias sociaux de Maison
# Ondine, du 4 janvier au 30 juin 2027. Il se lit en vingt minutes ; si vous n'avez que deux
# minutes, la synthèse de la première page dit l'essentiel.
#
# Le document suit votre brief : votre problématique reformulée et vos besoins, le benchmark
# de vos quatre concurrents, vos cibles et leur parcours, puis notre parti pris, « Preuves
# d'atelier », et la promesse de lecture qui en découle. Viennent ensuite la charte
# éditoriale (piliers, ton, formats, interdits), le processus de validation adapté à votre
# équipe et le planning du semestre. Le calendrier détaillé de janvier, prêt à programmer,
# est joint en tableur et en agenda partagé.
#
# Trois décisions nous permettront de démarrer le 4 janvier :
#
# 1. valider la charte éditoriale, en particulier la liste des formulations interdites ;
# 2. valider le calendrier de janvier, dont l'article sur le sachet que nous vous proposons
#    de signer ;
# 3. confirmer la répartition des rôles du comité éditorial (la matrice RACI), notamment le
#    point de validation du lundi.
#
# Nous vous proposons d'en parler lors de la présentation du jeudi 17 décembre à Saint-Malo ;
# un retour écrit avant le vendredi 18 décembre nous laisserait le temps de programmer les
# deux premières semaines.
#
# Bien cordialement,
#
# Inès Morel — community manager, Agence Marée
