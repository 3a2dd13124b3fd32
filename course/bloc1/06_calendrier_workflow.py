# %% [markdown]
# # Bloc 1 · Notebook 6 — Calendrier éditorial et workflow de Maison Ondine
#
# **La situation.** Gaëlle Le Floc'h, cofondatrice et directrice marketing de **Maison Ondine**
# (cosmétiques solides et naturels, fabriqués à Saint-Malo), a validé la charte éditoriale en
# atelier : quatre piliers, un rythme de publication par réseau. Reste la question qu'elle a
# posée dès le brief : « Nous avons besoin d'un rythme de publication **tenable** avec une
# petite équipe. » Avant la mise en œuvre du 4 janvier 2027, vous devez lui montrer les
# quatre premières semaines de la campagne, prêtes à programmer, et qui fait quoi.
#
# Vous planifiez ces quatre semaines dans un calendrier éditorial, vous le contrôlez avec les
# règles des plateformes et de la charte, vous l'exportez vers l'outil de programmation et
# vers l'agenda de l'équipe, puis vous estimez la charge de travail et organisez le comité
# éditorial.

# %% [markdown]
# **Ce que vous produisez dans ce notebook**
#
# 1. le calendrier éditorial du 4 au 31 janvier 2027, contrôlé par les règles de la
#    bibliothèque (corrigé automatiquement) ;
# 2. le fichier d'import en masse pour l'outil de programmation et l'agenda partagé `.ics`
#    (corrigés automatiquement), dans `livrables/` ;
# 3. l'estimation de la charge de travail par rôle et la matrice RACI du comité éditorial
#    (corrigées automatiquement) ;
# 4. la description du processus éditorial (workflow), corrigée par le formateur.
#
# **Compétences évaluées**
#
# - **C1.6.1** — Rédiger les calendriers éditoriaux à l'aide d'outil de planification type
#   (Hootsuite, Instagantt, Trello) afin d'avoir une vision globale sur la diffusion des
#   contenus.
# - **C1.6.2** — Évaluer les ressources nécessaires à la création de contenus, afin de composer
#   un comité éditorial et établir un processus éditorial permettant d'identifier précisément
#   le rôle de chaque membre de l'équipe.
#
# **Durée indicative :** 3 h (1 h 30 de calendrier, 30 min d'exports, 30 min de charge et de
# RACI, 30 min de workflow).

# %% [markdown]
# ## La charte validée et les règles des plateformes
#
# La charte fixe la part de chaque pilier dans les publications et le nombre de publications
# **par semaine** sur chaque réseau. Les formats possibles sur chaque réseau viennent de la
# table des plateformes de la bibliothèque (la seule source de vérité : les plateformes
# changent souvent leurs règles).

# %%
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from cmcert_lib.facts import brand, platforms
from cmcert_lib.bloc1.calendar_rules import COLUMNS, RULES, publication_text, validate_calendar
from cmcert_lib.bloc1.scheduling import add_utm, calendar_to_ics, to_bulk_csv
from cmcert_lib.bloc1.raci import validate_raci

Path("livrables").mkdir(exist_ok=True)

charte = pd.DataFrame(
    {"Pilier": list(brand.VALIDATED_PILLARS),
     "Part des publications": [f"{p:.0%}".replace("%", " %") for p in brand.VALIDATED_PILLARS.values()]}
)
rythme = pd.DataFrame(
    {"Réseau": list(brand.VALIDATED_FREQUENCY),
     "Publications par semaine": list(brand.VALIDATED_FREQUENCY.values()),
     "Formats possibles": [", ".join(platforms.PLATFORMS[p].formats) for p in brand.VALIDATED_FREQUENCY],
     "Caractères max.": [platforms.PLATFORMS[p].max_text_chars for p in brand.VALIDATED_FREQUENCY],
     "Hashtags max.": [platforms.PLATFORMS[p].max_hashtags or "—" for p in brand.VALIDATED_FREQUENCY]}
)
print(f"Limites des plateformes vérifiées le {platforms.LAST_CHECKED:%d/%m/%Y}.")
display(charte)
display(rythme)

# %% [markdown]
# ## Exercice 1 — Le calendrier des quatre premières semaines (C1.6.1)
#
# Construisez `calendrier`, un tableau pandas (DataFrame) avec **une ligne par publication**
# du **lundi 4 janvier au dimanche 31 janvier 2027** (quatre semaines complètes, du lundi au
# dimanche) et ces colonnes (les deux dernières sont facultatives) :
#
# | colonne | contenu |
# | --- | --- |
# | `date_heure` | date et heure de publication (heure de Paris) : `pd.Timestamp` ou texte `AAAA-MM-JJ HH:MM` |
# | `plateforme` | `Instagram`, `Facebook`, `TikTok` ou `LinkedIn` |
# | `format` | un format possible sur ce réseau (tableau ci-dessus) |
# | `pilier` | un pilier de la charte, écrit exactement comme ci-dessus |
# | `etape_parcours` | l'étape du parcours client (notebook 4) : Découverte, Considération, Achat, Fidélisation ou Recommandation |
# | `objectif` | l'indicateur visé (portée, enregistrements, clics vers le site…) |
# | `texte` | le texte de la publication (une première version suffit) |
# | `visuel` | le nom du fichier visuel, vide pour un texte seul |
# | `texte_alternatif` | la description du visuel pour les personnes aveugles ou malvoyantes |
# | `hashtags` | les hashtags, séparés par des espaces, en CamelCase (`#SaintMalo`) |
# | `lien` | l'adresse de la page du site visée, vide s'il n'y en a pas |
# | `responsable` | **une seule** personne (voir l'équipe ci-dessous) |
# | `statut` | À rédiger, En production, À valider, Validé ou Programmé |
# | `largeur`, `hauteur` | facultatives : les dimensions du visuel en pixels ; données, elles sont vérifiées avec la plage de proportions de son format (de 1,91:1 à 4:5 pour une image du fil Instagram) |
#
# Les règles que votre calendrier doit respecter sont celles de la fonction
# `validate_calendar(calendrier)` de la bibliothèque (lancez-la autant que vous voulez) :
#
# - formats possibles sur le réseau (et, si vous donnez les dimensions des visuels, des
#   proportions que ce format accepte), longueur du texte et nombre de hashtags dans les limites
#   de la plateforme ;
# - pour chaque visuel, un texte alternatif qui décrit ce que montre l'image, au moins trois
#   mots (« Image de la publication » ne décrit rien), un texte différent pour chaque visuel ;
# - la part de chaque pilier à **± 5 points de pourcentage** de la charte, et aucun pilier nommé
#   avec une allégation que la charte interdit ;
# - **chaque semaine**, exactement le nombre de publications de la charte sur chaque réseau ;
# - une seule personne responsable par publication (jamais « Léna / Inès ») ;
# - des dates dans la période, des minutes finissant par 0 ou 5 (l'outil de programmation
#   refuse 18 h 32), pas deux fois le même message sur un même réseau ;
# - un texte rédigé pour chaque publication : ni texte d'attente (« à définir »), ni même
#   texte repris d'une publication à l'autre sur un réseau ;
# - les règles de la charte : aucune allégation interdite, des hashtags en CamelCase, trois
#   emojis au plus et jamais à la place d'un mot, pas de lettres « fantaisie ».
#
# Une publication sans texte rédigé n'est pas planifiée : la note des règles est multipliée
# par la part des publications rédigées.
#
# **L'équipe.** Chez Maison Ondine : Gaëlle Le Floc'h (directrice marketing, valide les
# publications) et Léna Morvan (chargée de communication, à mi-temps sur les réseaux). À
# l'agence : Inès Morel (community manager : c'est le nom sous lequel vous signez). En
# indépendants : Théo Garnier (graphiste) et Manon Riou (vidéaste, deux journées de tournage
# par trimestre à l'atelier).
#
# N'oubliez pas les contraintes du brief : pas d'allégation générique (« zéro déchet »,
# « biodégradable »), pas d'allégation thérapeutique, des faits précis et vérifiables.

# %% solution id=calendrier
### BEGIN SOLUTION
SF, RC, ZD, CO = list(brand.VALIDATED_PILLARS)
INES, LENA = "Inès Morel", "Léna Morvan"
SITE = brand.BRAND_SITE

# The weekly grid: (day after Monday, time, network), in the order of the posts below.
CRENEAUX = [
    (0, "18:30", "Instagram"), (1, "12:15", "Facebook"), (2, "12:30", "Instagram"),
    (2, "19:00", "TikTok"), (3, "08:30", "LinkedIn"), (3, "18:30", "Instagram"),
    (4, "12:15", "Facebook"), (5, "10:00", "Instagram"), (6, "18:00", "TikTok"),
]
STATUTS = ["Programmé", "Validé", "À valider", "En production"]

# (format, pillar, stage, objective, text, visual, alt text, hashtags, link), per week.
SEMAINES = [
    [
        ("Reel", SF, "Découverte", "Portée",
         "Première coulée de l'année à l'atelier de Saint-Malo. Huiles, algues de la côte "
         "d'Émeraude et six semaines de patience : voici comment naît un savon Goémon.",
         "reel_coulee_goemon.mp4",
         "Un savonnier verse une pâte de savon vert sombre dans un long moule en bois",
         "#SaponificationÀFroid #SaintMalo #FabriquéEnBretagne", ""),
        ("Lien", RC, "Considération", "Clics vers le site",
         "Combien de lavages dans un shampoing solide ? Jusqu'à 60 s'il sèche bien entre deux "
         "douches. Nos cinq conseils pour faire durer votre Écume.",
         "photo_ecume_porte_savon.jpg",
         "Shampoing Écume posé sur un porte-savon en bois qui laisse l'eau s'écouler",
         "", f"{SITE}/conseils/faire-durer-son-shampoing-solide"),
        ("Carrousel", RC, "Considération", "Enregistrements",
         "Routine du soir en trois gestes : démaquiller avec Lune d'eau, nettoyer, nourrir avec "
         "le baume Embruns. Enregistrez ce pas-à-pas pour ce soir.",
         "carrousel_routine_soir.png",
         "Trois cartes illustrées : démaquillant solide, savon doux et baume solide sur fond sable",
         "#RoutineDuSoir #CosmétiquesSolides", ""),
        ("Vidéo", SF, "Découverte", "Portée",
         "60 secondes dans notre atelier de Saint-Malo : de la pesée des huiles au démoulage.",
         "tiktok_atelier_60s.mp4",
         "Fabrication d'un savon en accéléré, de la pesée au démoulage, dans un atelier en pierre",
         "#Artisanat #SavonArtisanal", ""),
        ("Texte", ZD, "Considération", "Commentaires de revendeurs",
         "Depuis juin 2026, nos shampoings voyagent dans un sachet en papier kraft compostable, "
         "sans film plastique. Ce que ce changement a demandé à nos fournisseurs, et ce qu'il "
         "nous reste à faire en 2027.",
         "", "", "#Emballage #Transparence", f"{SITE}/nos-engagements"),
        ("Image", ZD, "Considération", "Commentaires",
         "Notre sachet en papier kraft, sans film plastique, se composte avec vos épluchures. "
         "Vous nous l'aviez demandé : on vous le montre.",
         "photo_sachet_kraft.jpg",
         "Sachet en papier kraft fermé par une étiquette Maison Ondine, posé sur du sable mouillé",
         "#EmballagePapier #Compost", ""),
        ("Image", CO, "Fidélisation", "Contenus partagés",
         "Votre salle de bain, version solide : partagez-la en photo avec #MaSalleDeBainOndine, "
         "nous republions nos coups de cœur chaque vendredi.",
         "photo_salle_de_bain_cliente.jpg",
         "Étagère de salle de bain avec savons et shampoings solides sur des coupelles en céramique",
         "#MaSalleDeBainOndine", f"{SITE}/communaute"),
        ("Story", RC, "Fidélisation", "Réponses au sondage",
         "Sondage du samedi : douche du matin ou bain du soir ? Nos prochains conseils suivront "
         "vos réponses.",
         "story_sondage_douche.png",
         "Sondage illustré : une douche à gauche, une baignoire à droite",
         "", ""),
        ("Carrousel photo", RC, "Considération", "Enregistrements",
         "Cheveux secs en hiver : quatre gestes simples avec le shampoing Écume.",
         "tiktok_carrousel_cheveux_hiver.jpg",
         "Quatre photos de gestes : mouiller, frotter le shampoing, masser, rincer à l'eau tiède",
         "#CheveuxSecs #ShampoingSolide", ""),
    ],
    [
        ("Reel", SF, "Découverte", "Portée",
         "À marée basse, à dix minutes de l'atelier : la récolte des algues qui parfument notre "
         "savon Goémon.",
         "reel_recolte_algues.mp4",
         "Une cueilleuse d'algues sur l'estran au lever du jour, panier à la main",
         "#AlgueBretonne #SaintMalo #CôteDÉmeraude", ""),
        ("Vidéo", SF, "Considération", "Portée",
         "Morgane, cofondatrice et savonnière : « Un savon saponifié à froid sèche six semaines. "
         "On ne triche pas avec le temps. »",
         "video_portrait_morgane.mp4",
         "Portrait de Morgane Le Floc'h en tablier dans l'atelier, des savons en cure derrière elle",
         "", f"{SITE}/notre-atelier"),
        ("Carrousel", ZD, "Fidélisation", "Enregistrements",
         "Les derniers morceaux de savon ne se jettent pas : cinq idées de notre communauté pour "
         "les utiliser jusqu'au bout.",
         "carrousel_derniers_morceaux.png",
         "Cinq illustrations : pochette en coton, savon recompacté, porte-savon, bocal, lessive",
         "#AstuceMaison #CosmétiquesSolides", ""),
        ("Vidéo", RC, "Considération", "Portée",
         "On a testé le déodorant Vent d'Ouest pendant une journée de marché à Saint-Servan. "
         "Verdict à la fin.",
         "tiktok_test_vent_ouest.mp4",
         "Une vendeuse au marché applique un déodorant solide le matin puis lève le pouce le soir",
         "#DéodorantSolide #TestProduit", ""),
        ("Document", SF, "Considération", "Demandes de revendeurs",
         "Pourquoi nous fabriquons tout à Saint-Malo : 14 salariés, des fournisseurs bretons, "
         "aucune sous-traitance. Notre dossier de fabrication pour les revendeurs.",
         "dossier_fabrication.pdf",
         "Dossier de huit pages : carte des fournisseurs bretons et étapes de fabrication",
         "#FabriquéEnFrance", f"{SITE}/revendeurs"),
        ("Image", RC, "Achat", "Ventes",
         "Peau sensible ? Le savon Miel & Avoine est surgras et sans parfum ajouté. En ligne et "
         "à la boutique-atelier.",
         "photo_miel_avoine.jpg",
         "Savon Miel et Avoine, couleur crème, posé sur une serviette en lin écru",
         "#PeauSensible #SavonSurgras", ""),
        ("Lien", ZD, "Achat", "Clics vers le site",
         "Où trouver nos cosmétiques solides près de chez vous ? La carte de nos 120 revendeurs "
         "est en ligne.",
         "carte_revendeurs.png",
         "Carte de France des points de vente Maison Ondine, très nombreux en Bretagne",
         "", f"{SITE}/points-de-vente"),
        ("Story", CO, "Fidélisation", "Réponses",
         "Vos questions sur le shampoing solide : posez-les ici, Léna y répond en vidéo lundi.",
         "story_boite_questions.png",
         "Boîte à questions sur fond bleu marine : « Une question sur le shampoing solide ? »",
         "", ""),
        ("Carrousel photo", SF, "Découverte", "Portée",
         "Du bloc de pâte au savon fini : six semaines de cure en six photos.",
         "tiktok_carrousel_cure.jpg",
         "Six photos d'un même savon, du bloc brut au savon estampillé Maison Ondine",
         "#SavonArtisanal #Patience", ""),
    ],
    [
        ("Reel", RC, "Considération", "Enregistrements",
         "Shampoing solide, la bonne technique en 30 secondes : mouiller, frotter trois fois, "
         "masser, rincer.",
         "reel_technique_shampoing.mp4",
         "Démonstration : le shampoing solide frotté sur des cheveux mouillés, puis le rinçage",
         "#ShampoingSolide #RoutineCheveux #Tuto", ""),
        ("Événement", CO, "Fidélisation", "Inscriptions",
         "Portes ouvertes de l'atelier le samedi 6 février : visite, atelier de fabrication et "
         "café. Inscription gratuite, places limitées.",
         "affiche_portes_ouvertes.jpg",
         "Affiche des portes ouvertes : façade de l'atelier de l'intra-muros, date et horaires",
         "", f"{SITE}/portes-ouvertes"),
        ("Carrousel", SF, "Considération", "Enregistrements",
         "Ce qu'il y a dans notre savon Goémon : sept ingrédients, expliqués un par un.",
         "carrousel_ingredients_goemon.png",
         "Sept cartes illustrées, une par ingrédient : huiles d'olive et de coco, karité, algue, "
         "argile, eau, soude",
         "#SaponificationÀFroid #Composition", ""),
        ("Vidéo", ZD, "Découverte", "Portée",
         "Un shampoing solide Écume, c'est combien de flacons en moins ? On fait le calcul "
         "devant vous.",
         "tiktok_calcul_flacons.mp4",
         "Trois flacons de shampoing alignés à côté d'un seul shampoing solide et d'un calcul écrit",
         "#ShampoingSolide #MoinsDePlastique", ""),
        ("Image", RC, "Achat", "Demandes de revendeurs",
         "Concept-stores, pharmacies : nos conseils pour présenter les cosmétiques solides en "
         "boutique, testés avec trois revendeurs bretons.",
         "photo_presentoir.jpg",
         "Présentoir en bois de concept-store garni de savons et de shampoings Maison Ondine",
         "#CommerceDeProximité", f"{SITE}/revendeurs/conseils"),
        ("Image", ZD, "Considération", "Commentaires",
         "Nos fournisseurs d'emballages, leurs matériaux et leur distance jusqu'à l'atelier : "
         "la liste complète est en lien dans la bio.",
         "photo_table_emballages.jpg",
         "Table de travail avec sachets kraft, étiquettes en papier et rouleau de ficelle en coton",
         "#Transparence #EmballagePapier", ""),
        ("Image", RC, "Achat", "Ventes",
         "Peau qui tiraille en hiver : trois conseils de notre formulatrice, et le baume Embruns "
         "pour les accompagner.",
         "photo_baume_embruns.jpg",
         "Baume Embruns entamé dans sa boîte en métal, posé sur un pull en laine",
         "", f"{SITE}/boutique/baume-embruns"),
        ("Story", SF, "Fidélisation", "Réponses",
         "Coulisses : Léna étiquette à la main les commandes de la semaine. Vous voulez voir la "
         "suite ?",
         "story_etiquetage.jpg",
         "Mains qui collent une étiquette Maison Ondine sur un sachet en papier kraft",
         "", ""),
        ("Vidéo", CO, "Recommandation", "Contenus partagés",
         "Vous avez été nombreux à partager votre salle de bain : on réagit à vos photos !",
         "tiktok_reaction_photos.mp4",
         "Deux membres de l'équipe commentent en riant des photos de salles de bain de la communauté",
         "#MaSalleDeBainOndine", ""),
    ],
    [
        ("Reel", ZD, "Considération", "Portée",
         "Promis, on vous le montre : notre sachet kraft au compost, douze semaines en accéléré.",
         "reel_compost_sachet.mp4",
         "Accéléré d'un sachet en papier kraft qui se décompose dans un bac à compost",
         "#Compost #EmballagePapier #Transparence", ""),
        ("Lien", SF, "Considération", "Clics vers le site",
         "Saponification à froid : pourquoi nos savons sèchent six semaines avant d'arriver chez "
         "vous. Notre article pour tout comprendre.",
         "photo_tranches_savon.jpg",
         "Savons coupés en tranches sur une planche, avec leurs marbrures vertes",
         "", f"{SITE}/journal/saponification-a-froid"),
        ("Carrousel", RC, "Achat", "Ventes",
         "Un week-end au départ de Saint-Malo ? La trousse 100 % solide qui passe en cabine, en "
         "six images.",
         "carrousel_trousse_voyage.png",
         "Pochette de voyage en coton ouverte : savon, shampoing, déodorant et baume solides",
         "#VoyageLéger #TrousseDeToilette", ""),
        ("Vidéo", SF, "Découverte", "Portée",
         "Une journée avec Morgane, savonnière, de 7 h à 16 h, en 45 secondes.",
         "tiktok_journee_savonniere.mp4",
         "Journée accélérée dans l'atelier : pesée, coulée, découpe, puis emballage des savons",
         "#Artisanat #SaintMalo", ""),
        ("Article", ZD, "Considération", "Commentaires de revendeurs",
         "Mars 2026, notre sachet doublé de plastique : ce que nous avons appris, ce que nous "
         "avons changé, et comment nous en parlerons désormais. L'article de Gaëlle Le Floc'h.",
         "image_article_sachet.jpg",
         "Gaëlle Le Floc'h tient un sachet en papier kraft devant la machine de conditionnement",
         "#Transparence", f"{SITE}/journal/ce-que-nous-avons-appris"),
        ("Image", SF, "Achat", "Ventes",
         "Le savon du mois de février arrive vendredi. Un indice : il sent l'embrun.",
         "photo_teaser_savon_fevrier.jpg",
         "Savon emballé dans du papier kraft dont seule une tranche bleu marine dépasse",
         "#SavonDuMois #SaintMalo", ""),
        ("Image", ZD, "Fidélisation", "Ventes",
         "Rapportez vos boîtes en métal vides à la boutique-atelier : nous les nettoyons, les "
         "remplissons, et vous économisez 1 € sur votre recharge.",
         "photo_boites_metal.jpg",
         "Pile de boîtes en métal vides Maison Ondine dans une caisse en bois, au comptoir",
         "", f"{SITE}/boites-consignees"),
        ("Story", CO, "Fidélisation", "Réponses",
         "Quiz : quel rituel Maison Ondine vous ressemble ? Réponse à la fin de la story.",
         "story_quiz_rituel.png",
         "Quiz en quatre questions illustrées de vagues et de galets",
         "", ""),
        ("Carrousel photo", RC, "Fidélisation", "Enregistrements",
         "Cinq erreurs qui font fondre votre savon, et comment les éviter.",
         "tiktok_erreurs_savon.jpg",
         "Savon ramolli dans une coupelle pleine d'eau, barré d'une croix rouge",
         "#AstuceSavon #SavonSolide", ""),
    ],
]

lignes = []
for numero, publications in enumerate(SEMAINES):
    lundi = pd.Timestamp(brand.PROJECT_START) + pd.Timedelta(weeks=numero)
    for (jour, heure, reseau), publication in zip(CRENEAUX, publications, strict=True):
        fmt, pilier, etape, objectif, texte, visuel, alt, tags, lien = publication
        # LinkedIn speaks for the company and the open day is the shop's: Léna owns them.
        responsable = LENA if reseau == "LinkedIn" or fmt == "Événement" else INES
        lignes.append({
            "date_heure": lundi + pd.Timedelta(days=jour) + pd.Timedelta(heure + ":00"),
            "plateforme": reseau, "format": fmt, "pilier": pilier, "etape_parcours": etape,
            "objectif": objectif, "texte": texte, "visuel": visuel, "texte_alternatif": alt,
            "hashtags": tags, "lien": lien, "responsable": responsable,
            "statut": STATUTS[numero],
        })
calendrier = pd.DataFrame(lignes, columns=list(COLUMNS)).sort_values("date_heure")
calendrier = calendrier.reset_index(drop=True)
calendrier.to_csv("livrables/calendrier_editorial_janvier_2027.csv", index=False,
                  encoding="utf-8-sig", sep=";")
print(validate_calendar(calendrier).summary())
### END SOLUTION

# %% tests id=calendrier_tests points=6 competencies=C1.6.1
"""Le calendrier respecte les règles des plateformes et de la charte (une part par règle)."""
from cmcert_lib.checks import check, score

check("bloc1.calendrier", calendrier)
### BEGIN HIDDEN TESTS
score("bloc1.calendrier", calendrier, expected={"debut": "2027-01-04", "fin": "2027-01-31", "tolerance": 0.05}, points=6)
### END HIDDEN TESTS

# %% [markdown]
# ### Le contrôle, règle par règle, et la répartition à montrer à la cliente
#
# Le tableau ci-dessous est celui que vous joindrez au calendrier ; le graphique compare la
# part de chaque pilier à la charte et le rythme de chaque réseau semaine après semaine.

# %%
rapport = validate_calendar(calendrier)
display(rapport.to_frame())

parts = calendrier["pilier"].value_counts(normalize=True).reindex(list(brand.VALIDATED_PILLARS), fill_value=0)
semaine = ((pd.to_datetime(calendrier["date_heure"]) - pd.Timestamp(brand.PROJECT_START)).dt.days // 7 + 1)
rythme_reel = pd.crosstab(semaine, calendrier["plateforme"]).reindex(columns=list(brand.VALIDATED_FREQUENCY), fill_value=0)

fig, (gauche, droite) = plt.subplots(1, 2, figsize=(12, 4.5))
x = range(len(parts))
gauche.bar([i - 0.2 for i in x], [v * 100 for v in brand.VALIDATED_PILLARS.values()], width=0.4,
           color="#c9dcdc", label="Charte validée")
gauche.bar([i + 0.2 for i in x], parts.values * 100, width=0.4, color="#2e6f73", label="Calendrier")
gauche.set_xticks(list(x), [p.replace(" ", "\n", 1) for p in parts.index])
gauche.set_ylabel("Part des publications (%)")
gauche.set_title("Piliers éditoriaux : calendrier et charte")
gauche.legend()
rythme_reel.plot(kind="bar", ax=droite, color=["#2e6f73", "#e0a458", "#1f2a30", "#7aa6c2"], rot=0)
droite.set_xlabel("Semaine de janvier 2027")
droite.set_ylabel("Publications")
droite.set_ylim(0, max(brand.VALIDATED_FREQUENCY.values()) + 1.5)
droite.yaxis.get_major_locator().set_params(integer=True)
droite.set_title("Publications par réseau et par semaine")
droite.legend(title="Réseau", ncols=4, loc="upper center", fontsize="small")
fig.tight_layout()
fig.savefig("livrables/calendrier_piliers_rythme.png", dpi=150)
plt.show()

# %% [markdown]
# ### Parcourir le calendrier semaine par semaine
#
# Pour préparer le comité éditorial, choisissez une semaine : l'outil affiche ses
# publications dans l'ordre, avec le responsable et le statut.

# %%
from ipywidgets import Dropdown, interact

lundis = [pd.Timestamp(brand.PROJECT_START) + pd.Timedelta(weeks=n) for n in range(4)]


def voir_semaine(lundi):
    dates = pd.to_datetime(calendrier["date_heure"])
    choix = calendrier[(dates >= lundi) & (dates < lundi + pd.Timedelta(days=7))]
    colonnes = {"date_heure": "Date et heure", "plateforme": "Réseau", "format": "Format", "pilier": "Pilier",
                "responsable": "Responsable", "statut": "Statut", "texte": "Texte"}
    display(choix[list(colonnes)].rename(columns=colonnes).style.hide(axis="index"))


interact(voir_semaine, lundi=Dropdown(
    options=[(f"Semaine {n + 1} — du {d:%d/%m/%Y}", d) for n, d in enumerate(lundis)],
    description="Semaine :"));

# %% [markdown]
# ## Exercice 2 — Exporter vers l'outil de programmation et vers l'agenda de l'équipe (C1.6.1)
#
# **a. L'import en masse pour Facebook.** L'outil de programmation de l'agence importe un
# fichier CSV par réseau (les profils se choisissent au moment de l'import) : trois colonnes
# sans en-tête, la date au format `jj/mm/aaaa hh:mm` sur 24 heures, le message, le lien ;
# 350 lignes au plus. La fonction `to_bulk_csv(lignes)` de la bibliothèque l'écrit à partir
# d'un tableau aux colonnes `date_heure`, `message` et `lien`.
#
# Préparez ces lignes pour les publications **Facebook** de votre calendrier :
#
# - le message publié est le texte suivi des hashtags (`publication_text(ligne)` le compose) ;
# - chaque publication Facebook renvoie vers une page du site : ajoutez à chaque lien les
#   paramètres UTM `utm_source=facebook`, `utm_medium=social`, `utm_campaign=relance-2027-01`
#   (fonction `add_utm(lien, source, medium, campagne)`) ; les statistiques du site
#   attribueront ainsi les visites à la campagne.
#
# Gardez le texte du fichier dans `export_facebook` (une chaîne) et écrivez-le dans
# `livrables/programmation_facebook.csv`.

# %% solution id=export_programmation
### BEGIN SOLUTION
facebook = calendrier[calendrier["plateforme"] == "Facebook"]
lignes_facebook = pd.DataFrame({
    "date_heure": facebook["date_heure"],
    "message": [publication_text(ligne) for _, ligne in facebook.iterrows()],
    "lien": [add_utm(lien, "facebook", "social", "relance-2027-01") for lien in facebook["lien"]],
})
export_facebook = to_bulk_csv(lignes_facebook)
Path("livrables/programmation_facebook.csv").write_text(export_facebook, encoding="utf-8", newline="")
print(export_facebook[:400])
### END SOLUTION

# %% tests id=export_programmation_tests points=2 competencies=C1.6.1
"""Le fichier d'import en masse Facebook : dates, horaires, messages, liens avec UTM."""
from cmcert_lib.checks import check, score

check("bloc1.export_programmation", export_facebook)
### BEGIN HIDDEN TESTS
score("bloc1.export_programmation", export_facebook, expected={"plateforme": "Facebook", "debut": "2027-01-04", "fin": "2027-01-31", "lignes": 8, "utm": {"utm_source": "facebook", "utm_medium": "social", "utm_campaign": "relance-2027-01"}}, points=2)
### END HIDDEN TESTS

# %% [markdown]
# **b. L'agenda partagé.** Gaëlle, Léna et les indépendants suivent leurs échéances dans leur
# agenda (Google Agenda, Outlook). Exportez **tout** le calendrier au format iCalendar avec
# `calendar_to_ics(calendrier, name=...)` (un événement de 30 minutes par publication, titré
# « réseau · format · pilier ») ; gardez le texte dans `export_ics` et écrivez-le dans
# `livrables/calendrier_editorial_janvier_2027.ics`. Ouvrez le fichier dans votre agenda pour
# le vérifier.

# %% solution id=export_ics
### BEGIN SOLUTION
export_ics = calendar_to_ics(calendrier, name="Maison Ondine — calendrier éditorial de janvier 2027")
Path("livrables/calendrier_editorial_janvier_2027.ics").write_text(export_ics, encoding="utf-8", newline="")
print(export_ics[:600])
### END SOLUTION

# %% tests id=export_ics_tests points=2 competencies=C1.6.1
"""Le fichier iCalendar : norme RFC 5545, un événement par publication, dans la période."""
from cmcert_lib.checks import check, score

check("bloc1.export_ics", export_ics)
### BEGIN HIDDEN TESTS
score("bloc1.export_ics", export_ics, expected={"debut": "2027-01-04", "fin": "2027-01-31", "evenements": 36}, points=2)
### END HIDDEN TESTS

# %% [markdown]
# ## Exercice 3 — Estimer la charge de travail (C1.6.2)
#
# Gaëlle veut savoir si le rythme est tenable : combien d'heures **par semaine** chaque rôle
# consacre-t-il aux réseaux sociaux ? Produire les publications n'est qu'une partie du travail :
# chaque publication se **modère** (réponses aux commentaires et aux messages dans les 48 heures
# qui suivent), la **veille** (écoute sociale, concurrents, actualité du secteur) et le
# **reporting** (relevé des indicateurs, bilan mensuel) reviennent chaque semaine, comme le
# **comité éditorial**. Les tableaux ci-dessous donnent :
#
# - `TEMPS_PAR_FORMAT` : le temps de production d'une publication, en minutes, selon son format ;
# - `MODERATION_PAR_RESEAU` : le temps de modération d'une publication, en minutes, selon son
#   réseau ;
# - `TACHES_HEBDO_HEURES` : les heures de chaque semaine, quel que soit le nombre de publications
#   (la modération des messages privés des clientes, la veille, le reporting, le comité).
#
# Construisez `charge_travail`, un dictionnaire à quatre clés :
#
# - `"publications_par_format"` : le nombre de publications de votre calendrier par format,
#   sur les quatre semaines (par exemple `{"Reel": 4, "Image": 8, ...}`) ;
# - `"publications_par_reseau"` : le nombre de publications par réseau sur les quatre semaines ;
# - `"heures_par_semaine"` : pour chacun des cinq rôles, la charge moyenne par semaine en
#   heures, arrondie au dixième : les minutes de production et de modération sur les quatre
#   semaines, divisées par 60 et par 4, plus ses heures de `TACHES_HEBDO_HEURES` ;
# - `"heures_par_activite"` : pour chacune des cinq activités (`Production`, `Modération`,
#   `Veille`, `Reporting`, `Comité éditorial`), les heures de toute l'équipe par semaine,
#   arrondies au dixième.

# %%
TEMPS_PAR_FORMAT = {  # minutes for one post, by role
    "Image": {"Community manager": 30, "Chargée de communication": 20, "Directrice marketing": 10, "Graphiste": 45, "Vidéaste": 0},
    "Carrousel": {"Community manager": 45, "Chargée de communication": 20, "Directrice marketing": 15, "Graphiste": 90, "Vidéaste": 0},
    "Reel": {"Community manager": 40, "Chargée de communication": 30, "Directrice marketing": 15, "Graphiste": 15, "Vidéaste": 120},
    "Story": {"Community manager": 20, "Chargée de communication": 15, "Directrice marketing": 0, "Graphiste": 15, "Vidéaste": 0},
    "Vidéo": {"Community manager": 40, "Chargée de communication": 30, "Directrice marketing": 15, "Graphiste": 0, "Vidéaste": 120},
    "Carrousel photo": {"Community manager": 40, "Chargée de communication": 20, "Directrice marketing": 10, "Graphiste": 60, "Vidéaste": 0},
    "Lien": {"Community manager": 25, "Chargée de communication": 10, "Directrice marketing": 5, "Graphiste": 20, "Vidéaste": 0},
    "Événement": {"Community manager": 30, "Chargée de communication": 30, "Directrice marketing": 15, "Graphiste": 30, "Vidéaste": 0},
    "Texte": {"Community manager": 45, "Chargée de communication": 15, "Directrice marketing": 15, "Graphiste": 0, "Vidéaste": 0},
    "Document": {"Community manager": 60, "Chargée de communication": 30, "Directrice marketing": 20, "Graphiste": 90, "Vidéaste": 0},
    "Article": {"Community manager": 120, "Chargée de communication": 30, "Directrice marketing": 30, "Graphiste": 30, "Vidéaste": 0},
}
MODERATION_PAR_RESEAU = {  # minutes of moderation for one post, by role, in the 48 hours after it
    "Instagram": {"Community manager": 20, "Chargée de communication": 0, "Directrice marketing": 0, "Graphiste": 0, "Vidéaste": 0},
    "TikTok": {"Community manager": 20, "Chargée de communication": 0, "Directrice marketing": 0, "Graphiste": 0, "Vidéaste": 0},
    "Facebook": {"Community manager": 15, "Chargée de communication": 5, "Directrice marketing": 0, "Graphiste": 0, "Vidéaste": 0},
    "LinkedIn": {"Community manager": 5, "Chargée de communication": 10, "Directrice marketing": 0, "Graphiste": 0, "Vidéaste": 0},
}
TACHES_HEBDO_HEURES = {  # hours a week, by role, whatever the number of posts
    "Modération": {"Community manager": 0, "Chargée de communication": 1, "Directrice marketing": 0, "Graphiste": 0, "Vidéaste": 0},
    "Veille": {"Community manager": 1.5, "Chargée de communication": 0.5, "Directrice marketing": 0, "Graphiste": 0, "Vidéaste": 0},
    "Reporting": {"Community manager": 1.5, "Chargée de communication": 0, "Directrice marketing": 0.5, "Graphiste": 0, "Vidéaste": 0},
    "Comité éditorial": {"Community manager": 1, "Chargée de communication": 1, "Directrice marketing": 1, "Graphiste": 0, "Vidéaste": 0},
}
ROLES = list(TACHES_HEBDO_HEURES["Comité éditorial"])
display(pd.DataFrame(TEMPS_PAR_FORMAT).T.rename_axis("Production (minutes par publication)"))
display(pd.DataFrame(MODERATION_PAR_RESEAU).T.rename_axis("Modération (minutes par publication)"))
display(pd.DataFrame(TACHES_HEBDO_HEURES).T.rename_axis("Tâches de chaque semaine (heures)"))

# %% solution id=charge_travail
### BEGIN SOLUTION
par_format = calendrier["format"].value_counts().to_dict()
par_reseau = calendrier["plateforme"].value_counts().to_dict()
par_activite = {
    "Production": {role: sum(n * TEMPS_PAR_FORMAT[fmt][role] for fmt, n in par_format.items()) / 60 / 4
                   for role in ROLES},
    "Modération": {role: sum(n * MODERATION_PAR_RESEAU[res][role] for res, n in par_reseau.items()) / 60 / 4
                   + TACHES_HEBDO_HEURES["Modération"][role] for role in ROLES},
    "Veille": TACHES_HEBDO_HEURES["Veille"],
    "Reporting": TACHES_HEBDO_HEURES["Reporting"],
    "Comité éditorial": TACHES_HEBDO_HEURES["Comité éditorial"],
}
charge_travail = {
    "publications_par_format": {fmt: int(n) for fmt, n in par_format.items()},
    "publications_par_reseau": {res: int(n) for res, n in par_reseau.items()},
    "heures_par_semaine": {role: round(sum(heures[role] for heures in par_activite.values()), 1)
                           for role in ROLES},
    "heures_par_activite": {activite: round(sum(heures.values()), 1)
                            for activite, heures in par_activite.items()},
}
tableau = pd.DataFrame(par_activite)
ax = tableau.loc[tableau.sum(axis=1).sort_values().index].plot(
    kind="barh", stacked=True, figsize=(9, 4.2), color=["#2e6f73", "#e0a458", "#7aa6c2", "#c9dcdc", "#1f2a30"])
ax.set_xlabel("Heures par semaine")
ax.set_title("Charge de travail par semaine et par activité — calendrier de janvier 2027")
ax.legend(title="Activité", fontsize="small")
plt.tight_layout()
plt.savefig("livrables/charge_de_travail.png", dpi=150)
plt.show()
pd.Series(charge_travail["heures_par_semaine"], name="Heures par semaine")
### END SOLUTION

# %% tests id=charge_travail_tests points=3 competencies=C1.6.2
"""Charge hebdomadaire par rôle et par activité : production, modération, veille, reporting, comité."""
from cmcert_lib.checks import check, score

check("bloc1.charge_travail", charge_travail)
### BEGIN HIDDEN TESTS
score("bloc1.charge_travail", charge_travail, expected={"temps": {"Image": {"Community manager": 30, "Chargée de communication": 20, "Directrice marketing": 10, "Graphiste": 45, "Vidéaste": 0}, "Carrousel": {"Community manager": 45, "Chargée de communication": 20, "Directrice marketing": 15, "Graphiste": 90, "Vidéaste": 0}, "Reel": {"Community manager": 40, "Chargée de communication": 30, "Directrice marketing": 15, "Graphiste": 15, "Vidéaste": 120}, "Story": {"Community manager": 20, "Chargée de communication": 15, "Directrice marketing": 0, "Graphiste": 15, "Vidéaste": 0}, "Vidéo": {"Community manager": 40, "Chargée de communication": 30, "Directrice marketing": 15, "Graphiste": 0, "Vidéaste": 120}, "Carrousel photo": {"Community manager": 40, "Chargée de communication": 20, "Directrice marketing": 10, "Graphiste": 60, "Vidéaste": 0}, "Lien": {"Community manager": 25, "Chargée de communication": 10, "Directrice marketing": 5, "Graphiste": 20, "Vidéaste": 0}, "Événement": {"Community manager": 30, "Chargée de communication": 30, "Directrice marketing": 15, "Graphiste": 30, "Vidéaste": 0}, "Texte": {"Community manager": 45, "Chargée de communication": 15, "Directrice marketing": 15, "Graphiste": 0, "Vidéaste": 0}, "Document": {"Community manager": 60, "Chargée de communication": 30, "Directrice marketing": 20, "Graphiste": 90, "Vidéaste": 0}, "Article": {"Community manager": 120, "Chargée de communication": 30, "Directrice marketing": 30, "Graphiste": 30, "Vidéaste": 0}}, "moderation": {"Instagram": {"Community manager": 20, "Chargée de communication": 0, "Directrice marketing": 0, "Graphiste": 0, "Vidéaste": 0}, "TikTok": {"Community manager": 20, "Chargée de communication": 0, "Directrice marketing": 0, "Graphiste": 0, "Vidéaste": 0}, "Facebook": {"Community manager": 15, "Chargée de communication": 5, "Directrice marketing": 0, "Graphiste": 0, "Vidéaste": 0}, "LinkedIn": {"Community manager": 5, "Chargée de communication": 10, "Directrice marketing": 0, "Graphiste": 0, "Vidéaste": 0}}, "hebdo": {"Modération": {"Community manager": 0, "Chargée de communication": 1, "Directrice marketing": 0, "Graphiste": 0, "Vidéaste": 0}, "Veille": {"Community manager": 1.5, "Chargée de communication": 0.5, "Directrice marketing": 0, "Graphiste": 0, "Vidéaste": 0}, "Reporting": {"Community manager": 1.5, "Chargée de communication": 0, "Directrice marketing": 0.5, "Graphiste": 0, "Vidéaste": 0}, "Comité éditorial": {"Community manager": 1, "Chargée de communication": 1, "Directrice marketing": 1, "Graphiste": 0, "Vidéaste": 0}}, "semaines": 4, "publications": 36}, points=3)
### END HIDDEN TESTS

# %% [markdown]
# ## Exercice 4 — La matrice RACI du comité éditorial (C1.6.2)
#
# Pour chaque tâche du processus éditorial, indiquez le rôle de chacun : **R** réalise,
# **A** approuve et rend des comptes (une seule personne par tâche : celle qui tranche),
# **C** est consulté, **I** est informé ; laissez la case vide sinon. Si la personne qui
# tranche réalise aussi la tâche, écrivez `A/R`.
#
# Construisez `raci`, un tableau pandas avec les tâches ci-dessous en index (dans cet ordre)
# et les cinq rôles en colonnes. Trois décisions sont déjà prises avec la cliente :
#
# - Gaëlle (directrice marketing) a le dernier mot sur **toute** publication avant sa
#   programmation ;
# - depuis mars 2026, c'est aussi elle qui tranche en cas d'alerte de crise : la marque
#   s'exprime d'une seule voix ;
# - l'agence (community manager) répond de la programmation dans l'outil.
#
# Les indépendants (Théo, graphiste ; Manon, vidéaste) réalisent ce qu'on leur commande, les
# visuels pour l'un, les vidéos pour l'autre, mais ne tranchent rien : ils ne sont jamais A.
#
# `validate_raci(raci, external=["Graphiste", "Vidéaste"]).summary()` vérifie les règles de
# construction de la matrice.

# %%
TACHES = [
    "Définir le calendrier éditorial du mois",
    "Rédiger les textes des publications",
    "Créer les visuels (photos, graphismes)",
    "Tourner et monter les vidéos",
    "Relire : orthographe, allégations, accessibilité",
    "Valider les publications avant programmation",
    "Programmer les publications dans l'outil",
    "Modérer et répondre aux commentaires",
    "Gérer une alerte de crise (bad buzz)",
    "Produire le bilan mensuel des indicateurs",
]

# %% solution id=raci
### BEGIN SOLUTION
raci = pd.DataFrame(
    [
        # CM, chargée de communication, directrice marketing, graphiste, vidéaste
        ["A/R", "C", "C", "I", "I"],
        ["A/R", "C", "I", "", ""],
        ["A", "C", "", "R", ""],
        ["A", "C", "", "", "R"],
        ["A", "R", "", "", ""],
        ["R", "I", "A", "", ""],
        ["A/R", "I", "I", "", ""],
        ["A/R", "C", "I", "", ""],
        ["R", "C", "A", "", ""],
        ["A/R", "I", "C", "", ""],
    ],
    index=TACHES,
    columns=ROLES,
)
print(validate_raci(raci, external=["Graphiste", "Vidéaste"]).summary())
raci.to_csv("livrables/raci_comite_editorial.csv", sep=";", encoding="utf-8-sig")
raci
### END SOLUTION

# %% tests id=raci_tests points=3 competencies=C1.6.2
"""Matrice RACI : une seule A et au moins un R par tâche, décisions de la cliente et rôle des indépendants respectés."""
from cmcert_lib.checks import check, score

check("bloc1.raci", raci)
### BEGIN HIDDEN TESTS
score("bloc1.raci", raci, expected={"taches": ["Définir le calendrier éditorial du mois", "Rédiger les textes des publications", "Créer les visuels (photos, graphismes)", "Tourner et monter les vidéos", "Relire : orthographe, allégations, accessibilité", "Valider les publications avant programmation", "Programmer les publications dans l'outil", "Modérer et répondre aux commentaires", "Gérer une alerte de crise (bad buzz)", "Produire le bilan mensuel des indicateurs"], "roles": ["Community manager", "Chargée de communication", "Directrice marketing", "Graphiste", "Vidéaste"], "imposes": {"Valider les publications avant programmation": "Directrice marketing", "Gérer une alerte de crise (bad buzz)": "Directrice marketing", "Programmer les publications dans l'outil": "Community manager"}, "independants": ["Graphiste", "Vidéaste"], "realisent": {"Créer les visuels (photos, graphismes)": "Graphiste", "Tourner et monter les vidéos": "Vidéaste"}}, points=3)
### END HIDDEN TESTS

# %% [markdown]
# ## Exercice 5 — Le processus éditorial (workflow) (C1.6.1, C1.6.2)
#
# Décrivez à Gaëlle, en 20 à 30 lignes, le processus qui mène une idée jusqu'à la
# publication puis au bilan : les étapes et leurs délais (à J−combien ?), qui fait quoi à
# chaque étape (en cohérence avec votre RACI), les outils (tableau de suivi, outil de
# programmation, agenda), les statuts du calendrier, le rythme du comité éditorial, la
# procédure quand une publication sensible ou une crise survient, et comment le processus
# tient dans le temps que l'équipe peut y consacrer (exercice 3).

# %% manual id=workflow points=5 competencies=C1.6.1,C1.6.2 criteria=B1-13,B1-14
# **Le principe.** Une publication suit sept étapes, de J−14 à J+7, avec un seul responsable à
# chaque étape ; le statut de la ligne dans le calendrier dit où elle en est (À rédiger → En
# production → À valider → Validé → Programmé → Publié). Le calendrier vit dans un tableau
# partagé (colonnes Trello ou Notion calquées sur les statuts) ; l'outil de programmation et
# l'agenda partagé sont alimentés par ses exports.
#
# Tout passe par **le comité éditorial du lundi** (1 h, Inès, Léna et Gaëlle ; Théo et Manon
# sont informés du compte rendu) : il planifie la semaine S+2, valide par lot les
# publications de la semaine S+1 et lit les chiffres de la semaine écoulée.
#
# 1. **J−14 — Planification (comité du lundi).** Inès (CM) propose les sujets sur la grille
#    des créneaux ; Léna apporte l'actualité de l'atelier et des revendeurs ; Gaëlle arbitre
#    les sujets sensibles (emballage, allégations). Sortie : lignes au statut « À rédiger ».
# 2. **J−12 à J−7 — Production.** Inès rédige les textes et textes alternatifs ; Théo produit
#    les visuels à partir du brief d'Inès ; Manon monte les vidéos tournées lors des deux
#    journées de tournage du trimestre (les rushes sont planifiés pour deux mois de Reels et
#    de TikTok). Statut « En production ».
# 3. **J−6 — Relecture.** Léna relit orthographe, allégations (cosmétiques et environnement)
#    et accessibilité avec la grille de la charte ; retour en production si une règle casse.
#    Statut « À valider ».
# 4. **J−5 à J−3 — Validation.** Gaëlle valide par lot, au comité du lundi : pas de
#    validation au fil de l'eau, qui épuiserait une petite équipe. Sans accord à J−3, la
#    publication est décalée, jamais publiée sans validation. Statut « Validé ».
# 5. **J−2 — Programmation.** Inès exporte la semaine vers l'outil (import en masse par
#    réseau, liens avec UTM) et met à jour l'agenda partagé. Statut « Programmé ».
# 6. **J à J+2 — Animation.** Inès modère et répond dans la journée (sous 4 h ouvrées) ; les
#    questions de commande vont au service client par Léna.
# 7. **J+7 — Mesure.** Inès relève les indicateurs de chaque publication au comité suivant ;
#    le bilan mensuel (portée, engagement, clics UTM, ventes) ajuste les sujets et les
#    créneaux du mois d'après.
#
# **Cas sensibles et crise.** Une publication qui touche l'emballage ou une allégation passe
# par Gaëlle même en urgence. En cas d'alerte (pic de mentions négatives détecté par
# l'écoute sociale), Inès suspend les publications programmées dans l'heure, prévient Gaëlle,
# qui décide du message ; la réponse est publiée dans les 24 h, jamais sur la défensive.
#
# **Ce que cela demande.** Avec neuf publications par semaine, la charge calculée est de
# 12,2 h par semaine pour la CM, dont 5,6 h seulement de production : la modération après chaque
# publication, la veille, le reporting et le comité en prennent autant. Léna y passe 6,1 h
# (compatible avec son mi-temps réseaux, qui lui laisse le lien avec les revendeurs), Gaëlle
# 3,2 h, comité et bilan compris, Théo 5,1 h et Manon 5 h, à contractualiser en forfaits
# mensuels. Le rythme est tenable sans renfort ; si la charge dépasse ce cadre (lancement de
# « Petite Vague » en avril, pic de commentaires), on réduit d'abord les Stories et les
# carrousels photo TikTok, jamais la modération, la relecture ni la validation.
