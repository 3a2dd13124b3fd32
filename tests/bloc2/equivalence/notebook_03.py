"""Notebook 03 (images for each network): answers written differently, right and hollow."""

from tests.equivalence import Variant

CORRECT = {
    "tri_photos": (
        Variant("dict of dicts, mean of the RGB channels with numpy, « oui »/« non », capitalised labels",
                'import numpy as np\n'
                'tri_photos = {}\n'
                'for _, p in planche.iterrows():\n'
                '    cx = (p["Sujet gauche (px)"] + p["Sujet droite (px)"]) / 2 / p["Largeur (px)"]\n'
                '    cy = (p["Sujet haut (px)"] + p["Sujet bas (px)"]) / 2 / p["Hauteur (px)"]\n'
                '    proche = min(abs(cx - 1/3), abs(cx - 2/3)) <= 0.05 or min(abs(cy - 1/3), abs(cy - 2/3)) <= 0.05\n'
                '    moyenne = np.asarray(load_photo(p["Fichier"])).mean()\n'
                '    expo = "Sous-exposée" if moyenne < 90 else ("Surexposée" if moyenne > 170 else "Correcte")\n'
                '    tri_photos[p["Fichier"]] = {"Règle des tiers": "oui" if proche else "non", "Exposition": expo}\n'),
        Variant("frame indexed by file, unaccented column, masculine labels, grey mean from the histogram",
                'def gris(nom):\n'
                '    h = load_photo(nom).convert("L").histogram()\n'
                '    return sum(i * n for i, n in enumerate(h)) / sum(h)\n'
                'df = planche.set_index("Fichier")\n'
                'cx = (df["Sujet gauche (px)"] + df["Sujet droite (px)"]) / 2\n'
                'cy = (df["Sujet haut (px)"] + df["Sujet bas (px)"]) / 2\n'
                'w, h = df["Largeur (px)"], df["Hauteur (px)"]\n'
                'tiers = ((cx - w / 3).abs() <= 0.05 * w) | ((cx - 2 * w / 3).abs() <= 0.05 * w) \\\n'
                '    | ((cy - h / 3).abs() <= 0.05 * h) | ((cy - 2 * h / 3).abs() <= 0.05 * h)\n'
                'g = pd.Series({n: gris(n) for n in df.index})\n'
                'expo = pd.cut(g, [-1, 89.999, 170, 256], labels=["sous-exposé", "correct", "surexposé"]).astype(str)\n'
                'tri_photos = pd.DataFrame({"Regle des tiers": tiers, "Exposition": expo})\n'),
        Variant("list of dicts, file names with .png, red channel mean (ImageStat without conversion)",
                'tri_photos = []\n'
                'for p in planche.to_dict("records"):\n'
                '    centre = ((p["Sujet gauche (px)"] + p["Sujet droite (px)"]) / 2, (p["Sujet haut (px)"] + p["Sujet bas (px)"]) / 2)\n'
                '    taille = (p["Largeur (px)"], p["Hauteur (px)"])\n'
                '    ok = any(abs(c - k * t / 3) <= 0.05 * t for c, t in zip(centre, taille) for k in (1, 2))\n'
                '    rouge = ImageStat.Stat(load_photo(p["Fichier"])).mean[0]\n'
                '    tri_photos.append({"Fichier": p["Fichier"] + ".png", "Règle des tiers": bool(ok),\n'
                '                       "Exposition": "sous-exposée" if rouge < 90 else "surexposée" if rouge > 170 else "correcte"})\n'),
    ),
    "recadrages": (
        Variant("(photo, box) pairs, keys written in words, other boxes that follow the rules",
                'recadrages = {\n'
                '    "Instagram portrait": ("PV_0118_027", [80, 300, 1160, 1650]),\n'
                '    "Instagram story": ("PV_0118_027", [110, 0, 1122, 1800]),\n'
                '    "Facebook lien": ("PV_0118_012", [0, 160, 1800, 1105]),\n'
                '    "LinkedIn carré": ("PV_0118_012", [600, 0, 1800, 1200]),\n'
                '}\n'),
        Variant("boxes computed by a function that puts the subject's centre on the nearest third line",
                'def cadre(photo, largeur_cible, hauteur_cible):\n'
                '    p = planche.set_index("Fichier").loc[photo]\n'
                '    W, H = p["Largeur (px)"], p["Hauteur (px)"]\n'
                '    r = largeur_cible / hauteur_cible\n'
                '    w, h = (W, round(W / r)) if W / H <= r else (round(H * r), H)\n'
                '    cx = (p["Sujet gauche (px)"] + p["Sujet droite (px)"]) / 2\n'
                '    cy = (p["Sujet haut (px)"] + p["Sujet bas (px)"]) / 2\n'
                '    gauche = min(max(0, round(cx - w / 3)), W - w)\n'
                '    haut = min(max(0, round(cy - 2 * h / 3)), H - h)\n'
                '    return {"photo": photo, "boîte": (gauche, haut, gauche + w, haut + h)}\n'
                'recadrages = {t.key: cadre(ph, t.width, t.height) for t, ph in zip(TARGETS, ["PV_0118_027", "PV_0118_027", "PV_0118_012", "PV_0118_019"])}\n'),
        Variant("float coordinates, hyphenated keys, file names with .png, a box as a dict of sides",
                'recadrages = {\n'
                '    "instagram-portrait": {"photo": "PV_0118_027.png", "boite": (0.0, 222.0, 1200.0, 1722.0)},\n'
                '    "instagram-story": {"photo": "PV_0118_027.png", "boite": {"gauche": 103.0, "haut": 0, "droite": 1115, "bas": 1800}},\n'
                '    "facebook-lien": {"photo": "pv_0118_012", "boite": (0, 148, 1800, 1093)},\n'
                '    "linkedin-carre": {"photo": "PV_0118_019", "boite": (600, 0, 1800, 1200)},\n'
                '}\n'),
    ),
    "incrustation": (
        Variant("Écume on the wood of another zone, 36 pt bold",
                'incrustation = {"photo": "PV_0118_012", "texte": "Petite Vague : le bain en douceur dès le 6 avril",\n'
                '                "couleur": "#F4EFE6", "zone": (100, 940, 960, 1150), "taille_pt": 36, "gras": True}\n'),
        Variant("navy on the box photo's upper wall, lower-case hex, 30 pt regular (large text)",
                'incrustation = {"photo": "PV_0118_019", "texte": "Nouveau : Petite Vague, le shampoing solide des enfants",\n'
                '                "couleur": "#1d3b53", "zone": [60, 40, 1700, 280], "taille_pt": 30, "gras": False}\n'),
        Variant("capitalised keys, the colour as RGB numbers, the file name with .png",
                'incrustation = {"Photo": "pv_0118_012.png", "Texte": "Le 6 avril, la douceur fait des vagues",\n'
                '                "Couleur": [244, 239, 230], "Zone": (60, 950, 940, 1090), "Taille_pt": 28.0, "Gras": True}\n'),
    ),
    "textes_alternatifs": (
        Variant("short texts, file names with .png",
                'textes_alternatifs = {\n'
                '    "PV_0118_012.png": "Savon corail en forme de vague sur le bord en bois d\'une baignoire.",\n'
                '    "PV_0118_019.png": "Boîte en carton recyclé Petite Vague près du pain et d\'une serviette blanche.",\n'
                '    "PV_0118_027.png": "Pain corail sur un porte-savon, sur une étagère, à côté d\'un bocal en verre.",\n'
                '}\n'),
        Variant("a pandas Series",
                'textes_alternatifs = pd.Series({\n'
                '    "PV_0118_012": "Le shampoing solide Petite Vague posé sur le rebord d\'un bain moussant.",\n'
                '    "PV_0118_019": "L\'étui Petite Vague en carton et son pain sur le plan de toilette.",\n'
                '    "PV_0118_027": "Une étagère de salle de bains avec le pain, un bocal et une serviette roulée.",\n'
                '})\n'),
        Variant("an extra text for a photo that will not be published, lower-case names",
                'textes_alternatifs = {\n'
                '    "pv_0118_012": "Pain de shampoing corail sur le bois, mousse de bain derrière.",\n'
                '    "pv_0118_019": "Étui Petite Vague et pain sur un plan de toilette en bois.",\n'
                '    "pv_0118_027": "Pain Petite Vague sur l\'étagère, entre une serviette roulée et un bocal.",\n'
                '    "pv_0118_036": "Enfant de dos enveloppé dans une serviette après le bain.",\n'
                '}\n'),
    ),
}

HOLLOW = {
    "tri_photos": (
        Variant("every photo on the thirds and well exposed",
                'tri_photos = pd.DataFrame({"Fichier": planche["Fichier"], "Règle des tiers": True, "Exposition": "correcte"})\n'),
        Variant("no photo on the thirds, every photo over-exposed",
                'tri_photos = pd.DataFrame({"Fichier": planche["Fichier"], "Règle des tiers": False, "Exposition": "surexposée"})\n'),
    ),
    "recadrages": (
        Variant("the whole photo for every visual",
                'recadrages = {k: {"photo": "PV_0118_012", "boite": (0, 0, 1800, 1200)}\n'
                '              for k in ["instagram_portrait", "instagram_story", "facebook_lien", "linkedin_carre"]}\n'),
        Variant("right proportions, small centred boxes in the dark photos",
                'recadrages = {\n'
                '    "instagram_portrait": {"photo": "PV_0118_036", "boite": (400, 400, 800, 900)},\n'
                '    "instagram_story": {"photo": "PV_0118_057", "boite": (420, 500, 780, 1140)},\n'
                '    "facebook_lien": {"photo": "PV_0118_044", "boite": (600, 400, 1200, 715)},\n'
                '    "linkedin_carre": {"photo": "PV_0118_057", "boite": (300, 600, 900, 1200)},\n'
                '}\n'),
    ),
    "incrustation": (
        Variant("white text on the window of the over-exposed photo",
                'incrustation = {"photo": "PV_0118_031", "texte": "Petite Vague arrive le 6 avril",\n'
                '                "couleur": "#FFFFFF", "zone": (1300, 100, 1700, 540), "taille_pt": 20, "gras": False}\n'),
        Variant("coral text over the bar itself, small",
                'incrustation = {"photo": "PV_0118_012", "texte": "Le 6 avril, la douceur fait des vagues",\n'
                '                "couleur": "#C8553D", "zone": (980, 660, 1420, 900), "taille_pt": 12, "gras": False}\n'),
    ),
    "textes_alternatifs": (
        Variant("« Photo du post Instagram » for every photo",
                'textes_alternatifs = {n: "Photo du post Instagram" for n in ["PV_0118_012", "PV_0118_019", "PV_0118_027"]}\n'),
        Variant("one sentence copied for every photo",
                'textes_alternatifs = {n: "Pain de shampoing Petite Vague dans la salle de bains"\n'
                '                      for n in ["PV_0118_012", "PV_0118_019", "PV_0118_027"]}\n'),
    ),
}
