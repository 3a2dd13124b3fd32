# %% [markdown]
# # Bloc 2 · Notebook 3 — Des images pour chaque réseau
#
# **La situation.** Le 18 janvier 2027, Maison Ondine a organisé dans sa boutique-atelier de
# Saint-Malo la séance photo du lancement de **« Petite Vague »**, son shampoing solide doux pour
# les enfants dès 3 ans (mise en vente le mardi 6 avril 2027). Le photographe vous a remis ses
# fichiers et sa **planche contact** : huit photos, avec pour chacune les réglages de l'appareil,
# la scène, le sujet principal et la boîte qui l'entoure (relevée par le retoucheur, en pixels).
# Le brief de Léna Morvan demande (point 3) « les photos de la séance du 18 janvier recadrées aux
# formats de chaque plateforme, avec un texte court incrusté lisible et un texte alternatif pour
# chacune », dans le respect de la charte : ses couleurs, l'accessibilité (« textes incrustés
# lisibles, contraste suffisant »), et jamais d'enfant identifiable.
#
# **Ce que vous produisez dans ce notebook**
#
# 1. le **tri de la séance** : pour chaque photo, la composition (règle des tiers) et l'exposition
#    (corrigé automatiquement) ;
# 2. les **recadrages** aux formats d'Instagram, de Facebook et de LinkedIn, exportés en PNG
#    (corrigés automatiquement) ;
# 3. le **texte incrusté** (couleur, zone, taille) et les **textes alternatifs** (corrigés
#    automatiquement) ;
# 4. la **note d'intention photographique** qui justifie vos choix (corrigée par le formateur) ;
# 5. les livrables : les visuels `livrables/visuels/*.png`, leurs textes alternatifs
#    `livrables/visuels/textes_alternatifs.csv` et la planche de présentation
#    `livrables/visuels/planche_visuels.png`.
#
# **Compétence évaluée**
#
# - **C2.3.1** — Créer des images impactantes et cohérentes pour différents médias sociaux en
#   respectant les codes techniques, esthétiques et qualitatifs de ce format de contenus, afin
#   d'inciter l'internaute à l'interaction et au partage.
#
# **Barème.** 12 pts corrigés automatiquement (questions 1.1, 2.1, 3.1 et 3.2) et 4 pts corrigés
# par le formateur (question 4.1).
#
# **Durée indicative :** 2 h (20 min de tri, 40 min de recadrage, 30 min de texte incrusté et de
# textes alternatifs, 30 min de note d'intention).
#
# **Comment travailler.** Écrivez votre code à la place des deux lignes `# VOTRE CODE ICI …` et
# `print("✏️ Réponse à compléter")`, puis exécutez la cellule de vérification qui suit : elle
# contrôle la forme de votre réponse (sans donner la solution). La note est calculée ensuite à
# partir des photos et de la planche contact livrées avec le cours.

# %% [markdown]
# ## Les données
#
# `load_contact_sheet()` lit la planche contact (une ligne par photo) ; `load_photo(nom)` ouvre une
# photo avec **Pillow** (un objet `PIL.Image` en couleurs RVB). Les coordonnées sont en pixels,
# l'origine en haut à gauche : une boîte s'écrit `(gauche, haut, droite, bas)`, comme le
# `crop()` de Pillow. `show_shoot()` montre la séance : en pointillés les lignes des tiers, en
# rouge la boîte du sujet.

# %%
from pathlib import Path

import pandas as pd
from PIL import ImageStat

from cmcert_lib.bloc2.datasets import load_contact_sheet, load_photo
from cmcert_lib.bloc2.images import (
    OVER_EXPOSED,
    TARGETS,
    THIRDS_TOLERANCE,
    UNDER_EXPOSED,
    UPSCALE_TOLERANCE,
    export_visuals,
    mosaic,
    show_shoot,
)
from cmcert_lib.facts.brand import PALETTE

Path("livrables/visuels").mkdir(parents=True, exist_ok=True)
planche = load_contact_sheet()
planche[["Fichier", "Orientation", "Largeur (px)", "Hauteur (px)", "Sujet", "Sujet gauche (px)",
         "Sujet haut (px)", "Sujet droite (px)", "Sujet bas (px)", "Autorisation droit à l'image"]]

# %%
show_shoot()

# %% [markdown]
# ## Exercice 1 — Trier la séance (C2.3.1)
#
# Avant de recadrer, un community manager trie : il écarte les photos mal exposées et repère
# celles dont la composition tient déjà.
#
# ### Question 1.1 — Composition et lumière
#
# Pour chacune des huit photos :
#
# - **règle des tiers** : le centre du sujet (le milieu de sa boîte dans la planche contact) est
#   sur une ligne des tiers quand il est à moins de 5 % de la largeur d'une des deux lignes
#   verticales (au tiers et aux deux tiers de la largeur), **ou** à moins de 5 % de la hauteur
#   d'une des deux lignes horizontales ; sinon la règle n'est pas respectée (sujet centré ou
#   ailleurs) ;
# - **exposition** : mesurez le **niveau de gris moyen** de la photo, de 0 (noir) à 255 (blanc),
#   sur sa conversion en niveaux de gris par Pillow (`photo.convert("L")`, puis
#   `ImageStat.Stat(...).mean`) : en dessous de 90 la photo est « sous-exposée », au-dessus de 170
#   « surexposée », sinon « correcte ».
#
# Réponse attendue : le DataFrame `tri_photos`, une ligne par photo, avec les colonnes `Fichier`
# (le nom de la planche, par exemple `"PV_0118_012"`), `Règle des tiers` (`True` ou `False`) et
# `Exposition` (`"sous-exposée"`, `"correcte"` ou `"surexposée"`). Chaque photo vaut autant ; la
# moitié pour la composition, la moitié pour l'exposition.

# %%
print("Tolérance des tiers :", THIRDS_TOLERANCE, "— seuils d'exposition :", UNDER_EXPOSED, "et", OVER_EXPOSED)

# %% solution id=tri_photos
### BEGIN SOLUTION
def sur_un_tiers(centre, longueur):
    return any(abs(centre / longueur - k / 3) <= THIRDS_TOLERANCE for k in (1, 2))


lignes = []
for _, photo in planche.iterrows():
    cx = (photo["Sujet gauche (px)"] + photo["Sujet droite (px)"]) / 2
    cy = (photo["Sujet haut (px)"] + photo["Sujet bas (px)"]) / 2
    tiers = sur_un_tiers(cx, photo["Largeur (px)"]) or sur_un_tiers(cy, photo["Hauteur (px)"])
    gris = ImageStat.Stat(load_photo(photo["Fichier"]).convert("L")).mean[0]
    exposition = "sous-exposée" if gris < UNDER_EXPOSED else "surexposée" if gris > OVER_EXPOSED else "correcte"
    lignes.append({"Fichier": photo["Fichier"], "Règle des tiers": tiers, "Exposition": exposition,
                   "Gris moyen": round(gris, 1)})
tri_photos = pd.DataFrame(lignes)
### END SOLUTION
tri_photos

# %% tests id=tri_photos_tests points=3 competencies=C2.3.1
"""Le tri de la séance : règle des tiers et exposition de chaque photo."""
from cmcert_lib.checks import check, score
check("bloc2.images_tri", tri_photos)
### BEGIN HIDDEN TESTS
score("bloc2.images_tri", tri_photos, expected={'PV_0118_012': {'tiers': True, 'exposition': 'correcte'}, 'PV_0118_019': {'tiers': False, 'exposition': 'correcte'}, 'PV_0118_027': {'tiers': True, 'exposition': 'correcte'}, 'PV_0118_031': {'tiers': False, 'exposition': 'surexposée'}, 'PV_0118_036': {'tiers': True, 'exposition': 'sous-exposée'}, 'PV_0118_044': {'tiers': True, 'exposition': 'sous-exposée'}, 'PV_0118_050': {'tiers': False, 'exposition': 'surexposée'}, 'PV_0118_057': {'tiers': False, 'exposition': 'sous-exposée'}}, points=3)
### END HIDDEN TESTS

# %% [markdown]
# ## Exercice 2 — Recadrer pour chaque réseau (C2.3.1)
#
# Les quatre visuels à livrer, leurs tailles recommandées et leurs proportions viennent de la
# table des plateformes du cours (`TARGETS`) :

# %%
pd.DataFrame([{"Visuel": t.key, "Plateforme": t.platform, "Format": t.fmt, "Taille": t.size.name,
               "Largeur (px)": t.width, "Hauteur (px)": t.height, "Proportions": t.size.ratio}
              for t in TARGETS])

# %% [markdown]
# ### Question 2.1 — Les recadrages
#
# Pour chaque visuel, choisissez une photo de la séance et la boîte `(gauche, haut, droite, bas)`
# à découper, en pixels de la photo. La bibliothèque découpera ensuite chaque boîte et la
# redimensionnera à la taille du visuel. Un bon recadrage :
#
# - a les **proportions du visuel**, à 1 % près (sinon l'image est déformée ou recadrée par la
#   plateforme : le visuel ne rapporte rien) ;
# - part d'une photo **correctement exposée** (question 1.1) ;
# - a **assez de pixels** : la boîte n'est pas agrandie de plus de 10 % pour atteindre la taille
#   du visuel (au-delà, le flou se voit) ;
# - garde **le sujet entier** (sa boîte de la planche contact tient dans la vôtre) et place son
#   **centre sur une ligne des tiers** du cadrage, à 5 % près comme à la question 1.1.
#
# Réponse attendue : le dictionnaire `recadrages`, une entrée par visuel (`"instagram_portrait"`,
# `"instagram_story"`, `"facebook_lien"`, `"linkedin_carre"`), chacune de la forme
# `{"photo": "PV_0118_…", "boite": (gauche, haut, droite, bas)}`. Chaque visuel vaut autant : un
# quart par règle, une fois les proportions justes. Une même photo peut servir plusieurs visuels.

# %%
print("Agrandissement toléré :", UPSCALE_TOLERANCE)

# %% solution id=recadrages
### BEGIN SOLUTION
# La seule photo verticale bien exposée (PV_0118_027, 1200 × 1800) sert les formats verticaux ;
# son sujet est centré en (440, 1222).
# Portrait 4:5 sur toute la largeur : 1200 × 1500 ; le haut à 222 met le sujet aux deux tiers (1000/1500).
# Story 9:16 sur toute la hauteur : 1012 × 1800 ; la gauche à 103 met le sujet au tiers (337/1012).
# Lien Facebook 1,91:1 dans PV_0118_012 (sujet en (1200, 778)) : 1800 × 945, le haut à 148 met le
# sujet aux deux tiers de la hauteur, il l'est déjà de la largeur.
# Carré LinkedIn dans PV_0118_019, dont le sujet centré (1000, 580) passe au tiers d'un carré de
# 1200 px qui commence à 600.
recadrages = {
    "instagram_portrait": {"photo": "PV_0118_027", "boite": (0, 222, 1200, 1722)},
    "instagram_story": {"photo": "PV_0118_027", "boite": (103, 0, 1115, 1800)},
    "facebook_lien": {"photo": "PV_0118_012", "boite": (0, 148, 1800, 1093)},
    "linkedin_carre": {"photo": "PV_0118_019", "boite": (600, 0, 1800, 1200)},
}
### END SOLUTION
recadrages

# %% tests id=recadrages_tests points=4 competencies=C2.3.1
"""Les recadrages : proportions, exposition, définition, sujet entier et sur un tiers."""
from cmcert_lib.checks import check, score
check("bloc2.images_recadrages", recadrages)
### BEGIN HIDDEN TESTS
score("bloc2.images_recadrages", recadrages, expected={'visuels': ['instagram_portrait', 'instagram_story', 'facebook_lien', 'linkedin_carre']}, points=4)
### END HIDDEN TESTS

# %% [markdown]
# **Livrable.** Les quatre visuels, découpés et redimensionnés avec Pillow (filtre de Lanczos),
# dans `livrables/visuels/`.

# %%
visuels = export_visuals(recadrages, "livrables/visuels")
mosaic(visuels)

# %% [markdown]
# ## Exercice 3 — Un texte lisible, une image accessible (C2.3.1)
#
# ### Question 3.1 — Le texte incrusté
#
# Un visuel du lancement porte une accroche courte, incrustée sur la photo sans bandeau. Elle doit
# se lire : le contraste entre la couleur du texte et **chaque pixel** de la zone où il est posé
# est mesuré avec la formule du WCAG (critère 1.4.3) ; **95 % des pixels** de la zone doivent
# atteindre le seuil AA, 4,5:1, ou 3:1 pour un grand texte (au moins 18 pt, ou 14 pt en gras).
#
# Réponse attendue : le dictionnaire `incrustation` avec les clés `"photo"` (la photo de la séance
# qui porte le texte), `"texte"` (de 2 à 12 mots), `"couleur"` (`"#RRVVBB"`), `"zone"`
# (`(gauche, haut, droite, bas)`, en pixels de la photo), `"taille_pt"` (la taille du texte en
# points, 1 pt = 4/3 px sur la photo) et `"gras"` (`True` ou `False`). Barème : la moitié pour le
# contraste, un quart pour une couleur de la charte (`PALETTE`), un quart pour le placement (une
# photo bien exposée, une zone qui ne recouvre pas le sujet et où le texte tient : des lignes de
# 1,2 fois la taille, des lettres d'environ 0,6 fois la taille). Le texte apparaîtra sur les
# visuels découpés dans cette photo dont le cadrage contient la zone.

# %%
PALETTE

# %% solution id=incrustation
### BEGIN SOLUTION
# Sur le bois du rebord de PV_0118_012, sous le pain : Écume y atteint environ 4:1, assez pour un
# grand texte en gras ; le mur bleu au-dessus est trop proche des couleurs de la charte.
incrustation = {
    "photo": "PV_0118_012",
    "texte": "Le 6 avril, la douceur fait des vagues",
    "couleur": PALETTE["Écume"],
    "zone": (60, 950, 940, 1090),
    "taille_pt": 40,
    "gras": True,
}
### END SOLUTION
incrustation

# %% tests id=incrustation_tests points=3 competencies=C2.3.1
"""Le texte incrusté : contraste mesuré sur la photo, couleur de la charte, placement."""
from cmcert_lib.checks import check, score
check("bloc2.images_incrustation", incrustation)
### BEGIN HIDDEN TESTS
score("bloc2.images_incrustation", incrustation, expected={'photos_publiables': ['PV_0118_012', 'PV_0118_019', 'PV_0118_027']}, points=3)
### END HIDDEN TESTS

# %% [markdown]
# ### Question 3.2 — Les textes alternatifs
#
# Chaque photo publiée reçoit un texte alternatif, lu par les lecteurs d'écran : il dit ce que la
# photo montre (pas « image » ni « photo du post »), en **125 caractères au plus** (au-delà,
# certains lecteurs d'écran coupent), sans nommer ni situer un enfant. Le texte incrusté d'un
# visuel doit aussi figurer dans son texte alternatif, ou dans la légende du post.
#
# Réponse attendue : le dictionnaire `textes_alternatifs`, une entrée par photo **correctement
# exposée** de la séance (le nom de la planche → son texte). Chaque photo vaut autant : son texte
# la décrit (au moins trois mots, dont deux qui disent ce qu'elle montre et au moins un de ce que
# la planche contact en dit), n'est pas celui d'une autre photo, et ne dépasse pas 125 caractères
# (au-delà, la moitié des points).

# %% solution id=textes_alternatifs
### BEGIN SOLUTION
textes_alternatifs = {
    "PV_0118_012": "Pain de shampoing Petite Vague corail en forme de vague, posé sur le rebord en bois "
                   "d'une baignoire moussante.",
    "PV_0118_019": "Étui en carton Petite Vague et son pain corail sur un plan de toilette en bois, "
                   "à côté d'une serviette pliée.",
    "PV_0118_027": "Étagère de salle de bains : le pain Petite Vague sur son porte-savon, un bocal en "
                   "verre et une serviette roulée.",
}
### END SOLUTION
textes_alternatifs

# %% tests id=textes_alternatifs_tests points=2 competencies=C2.3.1
"""Un texte alternatif descriptif et court pour chaque photo publiable."""
from cmcert_lib.checks import check, score
check("bloc2.images_alt", textes_alternatifs)
### BEGIN HIDDEN TESTS
score("bloc2.images_alt", textes_alternatifs, expected={'photos': ['PV_0118_012', 'PV_0118_019', 'PV_0118_027']}, points=2)
### END HIDDEN TESTS

# %% [markdown]
# **Livrable.** Les visuels avec leur texte incrusté, leurs textes alternatifs (à coller dans le
# champ « texte alternatif » de chaque plateforme) et la planche de présentation pour Léna Morvan.

# %%
visuels = export_visuals(recadrages, "livrables/visuels", overlay=incrustation)
pd.DataFrame([{"Visuel": cle, "Photo": valeur["photo"],
               "Texte alternatif": textes_alternatifs.get(valeur["photo"], "")}
              for cle, valeur in recadrages.items()]).to_csv(
    "livrables/visuels/textes_alternatifs.csv", index=False, sep=";")
planche_visuels = mosaic(visuels)
planche_visuels.save("livrables/visuels/planche_visuels.png")
planche_visuels

# %% [markdown]
# ## Exercice 4 — La note d'intention photographique (C2.3.1)
#
# ### Question 4.1 — Justifier vos visuels
#
# En 10 à 15 lignes, présentez à Léna Morvan vos choix : pourquoi ces photos et pas les autres
# (ce que le tri a écarté et pourquoi), le cadrage de chaque format (règle des tiers, lignes,
# espace laissé au texte, ce que chaque plateforme montre dans son fil), la lumière et les
# couleurs au regard de la charte, l'accroche incrustée et sa lisibilité, ce que vous demanderiez
# au photographe ou au retoucheur pour la prochaine séance (photos à refaire, corrections
# d'exposition, cadrages verticaux), et le respect de la règle sur les enfants à l'image.

# %% manual id=note_intention points=4 competencies=C2.3.1 criteria=B2-05
# **Le tri.** Sur les huit photos, trois seulement sont exploitables telles quelles : PV_0118_012,
# 019 et 027 (gris moyen de 129 à 152). Les deux photos de l'enfant (031 surexposée près de la
# fenêtre, 036 sous-exposée) et le gros plan de bulles (057) sont à reprendre : les
# éclaircir ou les assombrir en retouche ferait apparaître du bruit ou des blancs brûlés. C'est
# dommage, car ce sont les photos les plus émotionnelles : je demande au photographe de les refaire
# en lumière du jour diffuse, toujours de dos, sans nom ni lieu.
#
# **Les cadrages.** La photo verticale de l'étagère (027) nourrit les deux formats verticaux : en
# 4:5, le pain sur la ligne basse des tiers laisse un grand mur calme au-dessus, qui respire dans
# le fil Instagram ; en story 9:16, le sujet passe sur la ligne verticale de gauche, la zone du
# haut reste libre pour les autocollants et le lien. Le lien Facebook reprend le pain sur le
# rebord (012) : en 1,91:1, le sujet reste à l'intersection des tiers de droite et le bois du bas
# accueille l'accroche. Le carré LinkedIn, destiné aux revendeurs, montre l'étui recyclé : centré
# sur la photo d'origine, il passe au tiers par le recadrage, ce qui donne de la place au
# message produit.
#
# **Lumière et couleurs.** Les tons corail du pain et sable de l'étui reprennent la charte ; je
# n'ai pas poussé la saturation pour rester fidèle au produit.
#
# **L'accroche.** « Le 6 avril, la douceur fait des vagues », en Écume, en gras 40 pt sur le bois :
# le contraste (environ 4:1) suffit pour un grand texte, pas pour un petit ; le mur bleu, trop
# proche des couleurs de la charte, ne convenait pas. Chaque visuel a son texte alternatif,
# et l'accroche est reprise dans la légende.
