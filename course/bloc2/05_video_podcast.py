# %% [markdown]
# # Bloc 2 · Notebook 5 — La vidéo verticale et le podcast
#
# **La situation.** Le brief du lancement de **« Petite Vague »**, le shampoing solide de
# **Maison Ondine** pour les enfants dès 3 ans (en vente le mardi 6 avril 2027), demande « une vidéo
# verticale courte (Reels et TikTok) : “Le bain avec Petite Vague en trois gestes”, sous-titrée, à
# partir d'un scénario que vous nous proposez » et, si le temps le permet, « un épisode de podcast
# pour notre série “Les voix de l'atelier” : son déroulé et ses notes d'épisode ».
#
# Gaëlle Le Floc'h, la cofondatrice, a déjà enregistré la voix off (29 secondes de parole) et
# l'équipe a choisi des images de la séance du 18 janvier. La stagiaire a préparé un premier jet des
# sous-titres ; Léna Morvan vous écrit : « Une vidéo courte, entre 20 et 45 secondes : nos abonnés
# la regardent dans le bain du soir, souvent sans le son. »
#
# **Ce que vous produisez.**
#
# 1. le **scénario** (storyboard) de la vidéo : ses plans, leur durée, l'image, ce qu'on voit, le
#    texte à l'écran et le son, conforme aux règles des plateformes (corrigé automatiquement) ;
# 2. les **sous-titres** corrigés, au format SRT (corrigés automatiquement), et le **montage** de la
#    vidéo, assemblé par la bibliothèque à partir de vos choix : `livrables/petite_vague.mp4` ;
# 3. vos **choix de réalisation** expliqués au client (corrigés par le formateur) ;
# 4. le **déroulé** d'un épisode de podcast (corrigé automatiquement) et ses **notes d'épisode**
#    (corrigées par le formateur), dans `livrables/podcast_voix_de_l_atelier.md`.

# %% [markdown]
# **Compétences évaluées.**
#
# - **C2.3.3** — Concevoir des vidéos scénarisées et enrichies grâce aux fonctionnalités existantes
#   sur les différentes plateformes et en utilisant différents outils de montage (type Open Shot
#   Video Editor...), afin de proposer du contenu attractif.
# - **C2.1.1** — Exploiter les spécificités de la rédaction web en analysant les comportements de
#   lecture sur le web afin de proposer des contenus concis, pertinents et impactants.
#
# **Barème.** 10 points corrigés automatiquement (questions 1.1, 1.2 et 3.1) et 7 points corrigés
# par le formateur (questions 2.1 et 3.2), avec les grilles affichées au-dessus des réponses.
#
# **Durée estimée.** 2 h 30 (1 h 30 pour la vidéo, 1 h pour le podcast).
#
# **Comment travailler.** Écrivez votre code à la place des deux lignes `# VOTRE CODE ICI …` et
# `print("✏️ Réponse à compléter")`, puis exécutez la cellule de vérification qui suit : elle
# contrôle la forme de votre réponse (sans donner la solution). La note finale est calculée sur vos
# réponses.

# %%
from pathlib import Path

import pandas as pd
from IPython.display import Image, Markdown, display

from cmcert_lib.bloc2 import subtitles, video
from cmcert_lib.bloc2.datasets import load_draft_subtitles, load_stills
from cmcert_lib.facts import subtitles as normes

Path("livrables").mkdir(exist_ok=True)
images = load_stills()
brouillon = load_draft_subtitles()
images[["Fichier", "Largeur (px)", "Hauteur (px)", "Ce que montre l'image"]]

# %% [markdown]
# ## Exercice 1 — Le scénario et les sous-titres (C2.3.3)
#
# ### Les règles du format
#
# La vidéo est publiée en **Reel** sur Instagram et en **vidéo** sur TikTok. La table des
# plateformes du cours (`cmcert_lib.facts.platforms`, sources citées) donne, pour chacune, la durée
# maximale et les proportions affichées en plein écran sans recadrage :

# %%
video.platform_rules()

# %% [markdown]
# Une image qui n'a pas ces proportions est recadrée ou entourée de bandes : vérifiez chaque image
# du tournage avec `video.full_screen(largeur, hauteur)`.

# %%
images.assign(**{"Plein écran 9:16": [video.full_screen(w, h) for w, h in
                                      zip(images["Largeur (px)"], images["Hauteur (px)"])]})[
    ["Fichier", "Largeur (px)", "Hauteur (px)", "Plein écran 9:16"]]

# %% [markdown]
# La voix off de Gaëlle (le brouillon des sous-titres en donne le texte et le minutage) :

# %%
print(brouillon)

# %% [markdown]
# ### Question 1.1 — Le scénario
#
# Construisez le DataFrame `scenario`, **une ligne par plan**, dans l'ordre du montage :
#
# | colonne | contenu |
# | --- | --- |
# | `Plan` | le numéro du plan (1, 2, 3…) |
# | `Durée (s)` | sa durée en secondes (un nombre, par exemple `3.5`) |
# | `Image` | le fichier de l'image du tournage qu'il montre, écrit comme dans la liste (`"geste1_mouiller.png"`) |
# | `Action` | ce qu'on voit à l'écran, en une phrase |
# | `Texte à l'écran` | le texte incrusté (texte vide `""` s'il n'y en a pas ; `\n` pour passer à la ligne) |
# | `Son` | ce qu'on entend : voix off, musique, bruitage |
#
# Règles vérifiées :
#
# - la **durée totale** est comprise entre 20 et 45 secondes (demande de Léna), n'est pas plus
#   courte que la voix off (elle se termine à 29 s) et respecte la durée maximale de chaque
#   plateforme visée ;
# - les **trois gestes** (mouiller, faire mousser, rincer) ont chacun leur plan, **dans cet ordre**,
#   nommés dans `Action` ou `Texte à l'écran` ;
# - chaque **texte à l'écran** est lisible : les normes des sous-titres s'appliquent (au plus
#   2 lignes de 42 caractères, et au plus 17 caractères par seconde de plan) ;
# - une **accroche** : le premier plan dure **3 secondes au plus** et porte un texte à l'écran ;
# - chaque plan prend une image de la liste qui **remplit l'écran vertical 9:16**, et dit ce qu'on
#   **entend**.
#
# Chaque `Action` décrit ce qu'on voit : un texte d'attente (« à définir ») ou une même phrase
# recopiée d'un plan à l'autre ne compte pas, et la note des règles est multipliée par la part des
# plans décrits. La pertinence de vos choix est évaluée par le formateur (question 2.1).

# %% solution id=scenario
### BEGIN SOLUTION
scenario = pd.DataFrame(
    [
        (1, 3.0, "accroche_bain.png", "Le pain Petite Vague posé au bord d'un bain plein de mousse",
         "Le bain en 3 gestes", "Voix off « Le bain, en trois gestes. » ; musique douce, clapotis"),
        (2, 3.4, "geste1_mouiller.png", "L'enfant sous la douchette : on mouille ses cheveux à l'eau tiède",
         "1 · Mouiller", "Voix off ; bruit de la douchette"),
        (3, 8.0, "geste2_mousser.png", "Les mains frottent le pain pour le faire mousser, puis massent le cuir chevelu",
         "2 · Faire mousser", "Voix off ; musique douce"),
        (4, 4.2, "geste3_rincer.png", "Un adulte rince au broc, tête de l'enfant penchée en arrière",
         "3 · Rincer", "Voix off ; eau versée"),
        (5, 7.0, "packshot_petite_vague.png", "Le pain et son étui en carton recyclé sur fond bleu marine",
         "Testé sur 32 enfants\n60 g · environ 40 lavages", "Voix off ; musique douce"),
        (6, 5.4, "packshot_petite_vague.png", "Plan final : la date de sortie apparaît au-dessus du pain",
         "En vente le 6 avril", "Voix off « En vente le 6 avril » ; fin de la musique"),
    ],
    columns=["Plan", "Durée (s)", "Image", "Action", "Texte à l'écran", "Son"],
)
### END SOLUTION
scenario

# %% tests id=scenario_tests points=4 competencies=C2.3.3
"""Le scénario : durée, trois gestes dans l'ordre, textes lisibles, accroche, images plein écran et son."""
from cmcert_lib.checks import check, score
check("bloc2.video_scenario", scenario)
### BEGIN HIDDEN TESTS
score("bloc2.video_scenario", scenario, expected={'durée': [20, 45], 'voix_off_fin': 29.0, 'images': ['accroche_bain.png', 'geste1_mouiller.png', 'geste2_mousser.png', 'geste3_rincer.png', 'packshot_petite_vague.png']}, points=4)
### END HIDDEN TESTS

# %% [markdown]
# ### Question 1.2 — Les sous-titres
#
# Une grande part des vidéos courtes est regardée sans le son : les sous-titres portent le message,
# et la charte de Maison Ondine les exige sur toutes ses vidéos. Les normes du sous-titrage
# professionnel, que le cours suit (`cmcert_lib.facts.subtitles`, sources citées : guides de
# sous-titrage de Netflix, charte du CSA) :

# %%
pd.DataFrame(
    [("Longueur d'une ligne", f"{normes.MAX_LINE_CHARS} caractères au plus, espaces compris"),
     ("Lignes par sous-titre", f"{normes.MAX_LINES} au plus"),
     ("Vitesse de lecture", f"{normes.MAX_CPS} caractères par seconde au plus (public adulte)"),
     ("Durée d'affichage", f"de 5/6 de seconde ({normes.MIN_CUE_MS} ms) à {normes.MAX_CUE_MS // 1000} secondes"),
     ("Ordre", "numérotés 1, 2, 3… dans l'ordre du temps, sans chevauchement")],
    columns=["Règle", "Norme"],
)

# %% [markdown]
# Le premier jet de la stagiaire ne se lit même pas : `subtitles.parse_srt` s'arrête à la première
# erreur de format. Une fois le format réparé, `subtitles.report` liste les problèmes sous-titre par
# sous-titre :

# %%
try:
    subtitles.parse_srt(brouillon)
except subtitles.SubtitleError as erreur:
    print("Illisible :", erreur)
subtitles.report(brouillon.replace("00:00:03.000", "00:00:03,000"))

# %% [markdown]
# Écrivez dans `sous_titres` le **texte SRT corrigé** (une chaîne de caractères, par exemple entre
# triples guillemets `"""…"""`) :
#
# - un format SRT lisible par `subtitles.parse_srt` ;
# - chaque sous-titre respecte les normes ci-dessus (`subtitles.report(sous_titres)` ne signale plus
#   rien) ;
# - les sous-titres suivent la voix off : chaque phrase est sous-titrée pendant qu'elle est dite, de
#   0,5 s à 29 s ;
# - le message est gardé : vous pouvez couper une phrase en deux lignes, en deux sous-titres, ou la
#   condenser, mais sans perdre ce qu'elle dit.
#
# La note : 60 % pour la conformité (chaque sous-titre encore fautif en retire un quart), 40 % pour
# la couverture de la voix off, le tout multiplié par la part des mots porteurs du message conservés.

# %% solution id=sous_titres
### BEGIN SOLUTION
sous_titres = """1
00:00:00,500 --> 00:00:02,800
Le bain, en trois gestes.

2
00:00:03,000 --> 00:00:06,200
Un : mouillez bien les cheveux
à l'eau tiède.

3
00:00:06,400 --> 00:00:10,900
Deux : frottez doucement Petite Vague
entre vos mains pour faire mousser,

4
00:00:11,000 --> 00:00:14,200
puis massez le cuir chevelu
du bout des doigts.

5
00:00:14,600 --> 00:00:18,400
Trois : rincez à l'eau claire,
tête penchée en arrière.

6
00:00:18,700 --> 00:00:22,900
Testé sous contrôle dermatologique
et ophtalmologique sur 32 enfants.

7
00:00:22,900 --> 00:00:25,600
Un pain de 60 g,
environ 40 lavages.

8
00:00:25,800 --> 00:00:29,000
En vente le 6 avril,
en ligne et à l'atelier.
"""
### END SOLUTION
subtitles.report(sous_titres)

# %% tests id=sous_titres_tests points=4 competencies=C2.3.3
"""Les sous-titres : format SRT, normes de lecture, couverture de la voix off et message conservé."""
from cmcert_lib.checks import check, score
check("bloc2.video_sous_titres", sous_titres)
### BEGIN HIDDEN TESTS
score("bloc2.video_sous_titres", sous_titres, expected={'voix_off': [0.5, 29.0], 'racines': ['mouill', 'cheveu', 'mouss', 'mass', 'rinc', 'ophtalmo', 'lavage', 'avril']}, points=4)
### END HIDDEN TESTS

# %% [markdown]
# **Livrable.** Le montage : la bibliothèque assemble vos plans et incruste vos sous-titres (encodeur
# ffmpeg fourni par le paquet `imageio-ffmpeg`, quelques secondes), puis affiche l'image de la
# 8e seconde. Le fichier `livrables/petite_vague.srt` accompagne la vidéo : les plateformes
# acceptent aussi des sous-titres séparés, que l'abonné peut désactiver. Si l'encodeur ne peut pas
# fonctionner sur votre machine, un message l'explique : le reste du notebook n'en dépend pas.

# %%
Path("livrables/petite_vague.srt").write_text(str(sous_titres), encoding="utf-8")
montage = video.assemble_clip(scenario, sous_titres, dict(zip(images["Fichier"], images["Chemin"])),
                              "livrables/petite_vague.mp4")
if montage is not None:
    print(f"Vidéo écrite : {montage} ({montage.stat().st_size // 1024} Ko)")
    apercu = video.extract_frame(montage, 8, "livrables/petite_vague_8s.png")
    if apercu is not None:
        display(Image(filename=str(apercu), width=270))

# %% [markdown]
# ## Exercice 2 — Défendre ses choix (C2.3.3)
#
# ### Question 2.1 — Les choix de réalisation
#
# En 10 à 15 lignes, présentez votre vidéo à Léna Morvan : l'accroche et le rythme (durée des plans,
# pourquoi), ce que portent le texte à l'écran et les sous-titres (vidéo regardée sans le son), le
# son, le respect de la charte et des allégations (« sans larmes », enfants à l'image), les formats
# de chaque plateforme (ratio, durée, zone de l'écran couverte par l'interface) et les
# fonctionnalités des plateformes que vous utiliseriez à la publication (musique, sous-titres
# automatiques ou importés, couverture, texte alternatif), ainsi que l'outil de montage que vous
# conseillez à l'équipe pour la version finale.

# %% manual id=choix_video points=4 competencies=C2.3.3 criteria=B2-08,B2-09
# **L'accroche.** La vidéo s'ouvre sur le pain posé au bord d'un bain moussant, avec « Le bain en
# 3 gestes » à l'écran pendant 3 secondes : la promesse est claire avant que le pouce ne fasse
# défiler. Trois gestes, c'est court et mémorisable pour un parent pressé.
#
# **Le rythme.** Un plan par geste, de 3 à 8 secondes, calé sur la voix off : le plan « faire
# mousser » est le plus long parce qu'il porte deux actions (frotter, masser). Le packshot final
# donne les preuves et la date. 31 secondes au total : sous les 45 s demandées, loin des limites des
# plateformes (3 minutes pour un Reel, 10 pour TikTok).
#
# **Sans le son.** Le texte à l'écran numérote les gestes (« 1 · Mouiller »), les sous-titres
# reprennent toute la voix off : 2 lignes de 42 caractères au plus, 17 caractères par seconde au
# plus. Texte incrusté en haut, sous-titres en bas, au-dessus de la zone couverte par la légende et
# les boutons des applications.
#
# **La charte.** Ton complice, vouvoiement, aucune promesse de soin ; « sans larmes » n'est pas
# écrit, on cite le test ophtalmologique sur 32 enfants. Les enfants filmés sont ceux de l'équipe,
# sans prénom ni lieu.
#
# **À la publication.** Format 9:16 en 1080 × 1920, fichier SRT importé sur TikTok et sous-titres
# vérifiés sur Instagram, musique libre de droits de la bibliothèque de chaque application,
# couverture choisie sur le plan du packshot, texte alternatif renseigné. Pour la version finale
# avec les vraies séquences filmées, OpenShot (gratuit) ou CapCut suffisent : pistes vidéo,
# sous-titres importés, export H.264.

# %% [markdown]
# ## Exercice 3 — Le podcast « Les voix de l'atelier » (C2.1.1)
#
# Maison Ondine publie une fois par mois un épisode de **20 minutes** de sa série « Les voix de
# l'atelier » : une personne de l'équipe ou de la communauté raconte un savoir-faire. Le prochain
# épisode accompagne le lancement : Gaëlle et un parent du test d'usage racontent la naissance de
# Petite Vague.
#
# ### Question 3.1 — Le déroulé de l'épisode
#
# Construisez le DataFrame `deroule_podcast`, **une ligne par séquence**, dans l'ordre de
# l'épisode, avec les colonnes `Séquence` (son nom), `Durée (min)` (un nombre de minutes) et
# `Contenu` (ce qui s'y dit, en une ou deux phrases).
#
# Règles vérifiées : la somme des durées fait **20 minutes, à une minute près** ; l'épisode compte
# au moins **4 séquences** ; il s'ouvre sur une **introduction** (générique, accueil) et se ferme sur
# une **conclusion** (générique de fin), nommées dans `Séquence` ; un **appel à l'action** figure dans
# le contenu d'une des trois dernières séquences (s'abonner, laisser un avis, écrire à l'atelier…).
# Chaque contenu dit ce qui s'y dit : la note des règles est multipliée par la part des séquences
# décrites.

# %% solution id=deroule_podcast
### BEGIN SOLUTION
deroule_podcast = pd.DataFrame(
    [
        ("Générique et accueil", 1.0, "Jingle de la série, puis Léna présente l'épisode et ses deux invités"),
        ("L'idée", 4.0, "Gaëlle raconte les questions des parents à la boutique-atelier qui ont fait naître le projet"),
        ("La formule", 5.0, "Avoine, miel du pays de Rance, base lavante douce : pourquoi ces ingrédients, testés comment"),
        ("Le test des familles", 5.0, "Un parent du test d'usage raconte trois semaines de bains avec ses enfants"),
        ("Les trois gestes", 3.0, "Mouiller, faire mousser, rincer : les conseils pratiques, et comment conserver le pain"),
        ("Conclusion et générique de fin", 2.0,
         "Date de sortie le 6 avril ; abonnez-vous à la série et écrivez-nous vos questions pour le prochain épisode"),
    ],
    columns=["Séquence", "Durée (min)", "Contenu"],
)
### END SOLUTION
deroule_podcast

# %% tests id=deroule_podcast_tests points=2 competencies=C2.1.1
"""Le déroulé : durée de l'épisode, séquences, introduction et conclusion, appel à l'action."""
from cmcert_lib.checks import check, score
check("bloc2.podcast_deroule", deroule_podcast)
### BEGIN HIDDEN TESTS
score("bloc2.podcast_deroule", deroule_podcast, expected={'durée_min': 20, 'tolérance_min': 1}, points=2)
### END HIDDEN TESTS

# %% [markdown]
# ### Question 3.2 — Les notes d'épisode
#
# Rédigez les **notes d'épisode** (show notes) publiées avec l'épisode sur les plateformes d'écoute
# et sur le blog : un titre, un résumé de 3 à 5 lignes qui donne envie d'écouter, les chapitres
# minutés tirés de votre déroulé, les invités, les liens utiles et l'appel à l'action. Ces notes se
# lisent sur un écran de téléphone : phrases courtes, informations hiérarchisées, mots que les
# parents cherchent.

# %% manual id=notes_episode points=3 competencies=C2.1.1 criteria=B2-01
# **Les voix de l'atelier — Épisode 14 : Petite Vague, un shampoing né au bord du bain**
#
# Comment fait-on un shampoing solide pour des enfants de 3 ans ? Gaëlle Le Floc'h, cofondatrice de
# Maison Ondine, raconte les questions des parents qui ont lancé le projet, la formule à l'avoine et
# au miel du pays de Rance, et les tests. Un papa du test d'usage témoigne : trois semaines de bains,
# deux enfants, un pain.
#
# **Chapitres**
# - 00:00 — Générique et accueil
# - 01:00 — L'idée : ce que demandent les parents
# - 05:00 — La formule, ingrédient par ingrédient
# - 10:00 — Trois semaines avec 120 familles
# - 15:00 — Les trois gestes du bain
# - 18:00 — Conclusion
#
# **Invités** : Gaëlle Le Floc'h (cofondatrice) et un parent du test d'usage.
#
# **Pour aller plus loin** : la fiche de Petite Vague (en vente le 6 avril 2027) et notre article
# « Le shampoing solide pour enfants : vos questions » sur maison-ondine.fr.
#
# Abonnez-vous à « Les voix de l'atelier » pour ne pas manquer le prochain épisode, et écrivez-nous
# vos questions : nous y répondrons au micro.

# %% [markdown]
# **Livrable.** Le déroulé et les notes d'épisode, dans `livrables/podcast_voix_de_l_atelier.md`.
# Recopiez vos notes d'épisode dans la variable `notes` ci-dessous (non noté) pour les joindre au
# fichier.

# %%
notes = "(recopiez ici vos notes d'épisode)"
tableau = "\n".join(f"| {s} | {d:g} min | {c} |" for s, d, c in
                    zip(deroule_podcast["Séquence"], deroule_podcast["Durée (min)"], deroule_podcast["Contenu"]))
livrable = ("# Les voix de l'atelier — Petite Vague\n\n## Déroulé\n\n| Séquence | Durée | Contenu |\n"
            f"| --- | --- | --- |\n{tableau}\n\n## Notes d'épisode\n\n{notes}\n")
Path("livrables/podcast_voix_de_l_atelier.md").write_text(livrable, encoding="utf-8")
display(Markdown(livrable))
