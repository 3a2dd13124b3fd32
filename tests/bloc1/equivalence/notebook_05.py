"""Notebook 05 (editorial charter): answers written differently, right and hollow."""

from tests.equivalence import Variant

_USAGE = '"Quels réseaux sociaux utilisez-vous au moins une fois par semaine ?"'
_BUYING = '"Achetez-vous des cosmétiques solides ?"'
_CORE = ('coeur = enquete[enquete["Âge"].between(18, 34) & enquete[' + _BUYING + ']'
         '.isin(["Oui, régulièrement", "Oui, de temps en temps"])]\n')

CORRECT = {
    "champ_semantique": (
        Variant("pandas: explode the tokens, value_counts, the Index of a two-key sort",
                'positives = mentions.query("Alerte == \'Maison Ondine\' and Sentiment == \'positif\'")\n'
                'mots = positives["Texte"].map(charter.tokenize).explode()\n'
                'mots = mots[(mots.str.len() >= 3) & ~mots.isin(charter.STOPWORDS) & ~mots.isin(["maison", "ondine"])]\n'
                'compte = mots.value_counts().rename_axis("mot").reset_index(name="n")\n'
                'champ_semantique = compte.sort_values(["n", "mot"], ascending=[False, True]).head(15).set_index("mot").index\n'),
        Variant("Counter.most_common as a set (any order allowed), words capitalised",
                'positives = mentions[(mentions["Alerte"] == "Maison Ondine") & (mentions["Sentiment"] == "positif")]\n'
                'compteur = Counter()\n'
                'for texte in positives["Texte"]:\n'
                '    compteur.update(m for m in charter.tokenize(texte)\n'
                '                    if len(m) > 2 and m not in charter.STOPWORDS and m not in {"maison", "ondine"})\n'
                'champ_semantique = {mot.capitalize() for mot, _ in compteur.most_common(15)}\n'),
        Variant("a tuple of words written without accents",
                'import unicodedata\n'
                'positives = mentions.loc[mentions["Alerte"].eq("Maison Ondine") & mentions["Sentiment"].eq("positif"), "Texte"]\n'
                'compteur = Counter(m for t in positives for m in charter.tokenize(t)\n'
                '                   if len(m) >= 3 and m not in charter.STOPWORDS and m not in ("maison", "ondine"))\n'
                'sans_accent = lambda m: unicodedata.normalize("NFKD", m).encode("ascii", "ignore").decode()\n'
                'champ_semantique = tuple(sans_accent(m) for m, _ in sorted(compteur.items(), key=lambda p: (-p[1], p[0]))[:15])\n'),
    ),
    "usage_reseaux": (
        Variant("Series of unrounded numpy shares from explode/value_counts, lower-case network names",
                _CORE
                + f'usage_reseaux = (coeur[{_USAGE}].str.split(", ").explode().value_counts() / len(coeur))\n'
                'usage_reseaux.index = usage_reseaux.index.str.lower()\n'),
        Variant("dict rounded to 3 decimals, as the statement allows",
                _CORE
                + 'usage_reseaux = {r: round(coeur[' + _USAGE + '].str.contains(r, regex=False).mean(), 3)\n'
                '                 for r in ["Instagram", "Facebook", "TikTok", "YouTube", "Pinterest", "LinkedIn", "Snapchat", "X"]}\n'
                '# « X » is a letter of no other network name: str.contains is safe here\n'),
        Variant("one-column DataFrame from get_dummies, networks in the index, keys in another order",
                _CORE
                + f'usage_reseaux = coeur[{_USAGE}].str.get_dummies(sep=", ").mean().sort_index().to_frame("part")\n'),
    ),
    "canaux_retenus": (
        Variant("boolean indexing of a Series, the Index itself",
                'parts = pd.Series(usage_reseaux)\n'
                'canaux_retenus = parts[parts >= 0.5].index\n'),
        Variant("lower-case names in a tuple, sorted",
                'canaux_retenus = tuple(sorted(r.lower() for r, p in usage_reseaux.items() if p >= 0.5))\n'),
        Variant("query() on the one-column frame of shares, a numpy array",
                'canaux_retenus = usage_reseaux.query("part >= 0.5").index.to_numpy()\n'),
    ),
    "relecture": (
        Variant("the library's own review, sets of rule ids",
                'relecture = {b["id"]: {f.rule for f in charter.review_post(b)} for b in brouillons}\n'),
        Variant("tuples, rules in another order, lower-case post ids",
                'relecture = {\n'
                '    "p1": ("texte_alternatif", "nombre_hashtags", "hashtags_camelcase"),\n'
                '    "p2": ("mention_partenariat", "duree_video"), "p3": ("allegation_interdite",),\n'
                '    "p4": ("sous_titres", "nombre_emojis", "emoji_dans_phrase"), "p5": ("caracteres_fantaisie",),\n'
                '    "p6": (), "p7": ("longueur_texte", "format_visuel"),\n'
                '    "p8": ("mention_image_retouchee", "allegation_interdite"), "p9": ("mention_contenu_ia",),\n'
                '    "p10": ("mention_image_virtuelle",),\n'
                '}\n'),
        Variant("a pandas Series of lists indexed by post id",
                'relecture = pd.Series({\n'
                '    "P1": ["hashtags_camelcase", "nombre_hashtags", "texte_alternatif"],\n'
                '    "P2": ["duree_video", "mention_partenariat"], "P3": ["allegation_interdite"],\n'
                '    "P4": ["emoji_dans_phrase", "nombre_emojis", "sous_titres"], "P5": ["caracteres_fantaisie"],\n'
                '    "P6": [], "P7": ["format_visuel", "longueur_texte"],\n'
                '    "P8": ["allegation_interdite", "mention_image_retouchee"], "P9": ["mention_contenu_ia"],\n'
                '    "P10": ["mention_image_virtuelle"],\n'
                '})\n'),
    ),
    "formats_valides": (
        Variant("DataFrame.apply on the ranges' bounds compared by hand, a Series of numpy booleans",
                'def valide(ligne):\n'
                '    p = PLATFORMS.get(ligne["plateforme"])\n'
                '    if p is None or ligne["format"] not in p.formats:\n'
                '        return False\n'
                '    ratio = ligne["largeur"] / ligne["hauteur"]\n'
                '    return any(r.tallest[0] / r.tallest[1] * 0.99 <= ratio <= r.widest[0] / r.widest[1] * 1.01\n'
                '               and ligne["largeur"] >= min(f.width for f in r.recommended)\n'
                '               for r in p.ranges if ligne["format"] in r.formats)\n'
                'formats_valides = visuels_prevus.set_index("id").apply(valide, axis=1)\n'),
        Variant("the library's visual_problem, a one-column DataFrame",
                'from cmcert_lib.domain.posts import visual_problem\n'
                'formats_valides = pd.DataFrame({\n'
                '    "valide": [r.plateforme in PLATFORMS and r.format in PLATFORMS[r.plateforme].formats\n'
                '               and visual_problem(r.plateforme, r.format, r.largeur, r.hauteur) is None\n'
                '               for r in visuels_prevus.itertuples()]},\n'
                '    index=visuels_prevus["id"])\n'),
        Variant("a dict written by hand, lower-case ids",
                'formats_valides = {"v1": True, "v2": True, "v3": False, "v4": False, "v5": True,\n'
                '                   "v6": True, "v7": True, "v8": False, "v9": False, "v10": True}\n'),
    ),
    "piliers": (
        Variant("a pandas Series of shares",
                'piliers = pd.Series({"Savoir-faire malouin": 0.3, "Rituels & conseils": 0.3,\n'
                '                     "Engagements prouvés": 0.25, "Communauté": 0.15})\n'),
        Variant("three pillars of the candidate's own, shares as fractions",
                'piliers = {"L\'atelier de Saint-Malo": 1 / 3, "Gestes et rituels": 1 / 3, "Nos preuves, datées": 1 / 3}\n'),
        Variant("five pillars in a one-column DataFrame",
                'piliers = pd.DataFrame({"part": {"Savoir-faire": 0.25, "Conseils d\'usage": 0.25, "Emballages et preuves": 0.2,\n'
                '                                 "Communauté": 0.15, "Petite Vague, pour les parents": 0.15}})\n'),
    ),
    "cadre_juridique": (
        Variant("tuples, rules in another order, lower-case situation ids",
                'cadre_juridique = {"s1": ("influence_commerciale",), "s2": ("images_retouchees", "influence_commerciale"),\n'
                '                   "s3": ("images_virtuelles", "influence_commerciale"), "s4": ("ia_hypertrucage",),\n'
                '                   "s5": ("photographie_retouchee",), "s6": (), "s7": ("accessibilite_boutique",),\n'
                '                   "s8": ("identification_publicite",)}\n'),
        Variant("a pandas Series of lists",
                'cadre_juridique = pd.Series({"S1": ["influence_commerciale"], "S2": ["influence_commerciale", "images_retouchees"],\n'
                '                             "S3": ["influence_commerciale", "images_virtuelles"], "S4": ["ia_hypertrucage"],\n'
                '                             "S5": ["photographie_retouchee"], "S6": [], "S7": ["accessibilite_boutique"],\n'
                '                             "S8": ["identification_publicite"]})\n'),
        Variant("built situation by situation from the partnership facts",
                'partenariat = {"S1": True, "S2": True, "S3": True}\n'
                'extra = {"S2": ["images_retouchees"], "S3": ["images_virtuelles"], "S4": ["ia_hypertrucage"],\n'
                '         "S5": ["photographie_retouchee"], "S7": ["accessibilite_boutique"], "S8": ["identification_publicite"]}\n'
                'cadre_juridique = {s: (["influence_commerciale"] if partenariat.get(s) else []) + extra.get(s, [])\n'
                '                   for s in situations["id"]}\n'),
    ),
}

HOLLOW = {
    "champ_semantique": (
        Variant("the 15 most frequent words of the brand's negative mentions",
                'negatives = mentions[(mentions["Alerte"] == "Maison Ondine") & (mentions["Sentiment"] == "négatif")]\n'
                'compteur = Counter(m for t in negatives["Texte"] for m in charter.tokenize(t)\n'
                '                   if len(m) >= 3 and m not in charter.STOPWORDS and m not in ("maison", "ondine"))\n'
                'champ_semantique = [m for m, _ in compteur.most_common(15)]\n'),
        Variant("the 15 most frequent words of every mention, all brands and sentiments",
                'compteur = Counter(m for t in mentions["Texte"] for m in charter.tokenize(t)\n'
                '                   if len(m) >= 3 and m not in charter.STOPWORDS and m not in ("maison", "ondine"))\n'
                'champ_semantique = [m for m, _ in compteur.most_common(15)]\n'),
    ),
    "usage_reseaux": (
        Variant("every share 0.5",
                'usage_reseaux = dict.fromkeys(["Instagram", "Facebook", "TikTok", "YouTube", "Pinterest",\n'
                '                               "LinkedIn", "Snapchat", "X"], 0.5)\n'),
        Variant("shares over every respondent, the core target forgotten",
                f'usage_reseaux = (enquete[{_USAGE}].str.split(", ").explode().value_counts() / len(enquete)).to_dict()\n'),
    ),
    "canaux_retenus": (
        Variant("every network kept",
                'canaux_retenus = ["Instagram", "Facebook", "TikTok", "YouTube", "Pinterest", "LinkedIn", "Snapchat", "X"]\n'),
        Variant("the threshold the wrong way round",
                'canaux_retenus = [r for r in ["Instagram", "Facebook", "TikTok", "YouTube", "Pinterest",\n'
                '                              "LinkedIn", "Snapchat", "X"] if usage_reseaux[r] < 0.5]\n'),
    ),
    "relecture": (
        Variant("no rule broken anywhere",
                'relecture = {f"P{n}": [] for n in range(1, 9)}\n'),
        Variant("the same claim rule for every post",
                'relecture = {f"P{n}": ["allegation_interdite"] for n in range(1, 9)}\n'),
    ),
    "formats_valides": (
        Variant("every visual valid",
                'formats_valides = dict.fromkeys(visuels_prevus["id"], True)\n'),
        Variant("only the network checked, not the format nor the size",
                'formats_valides = {r["id"]: r["plateforme"] in PLATFORMS and r["format"] in ("Image", "Reel")\n'
                '                   for r in visuels_prevus.to_dict("records")}\n'),
    ),
    "piliers": (
        Variant("generic names, shares in percent",
                'piliers = {"Pilier 1": 40, "Pilier 2": 30, "Pilier 3": 30}\n'),
        Variant("slogans the charter forbids as names, shares that do not add up",
                'piliers = {"Zéro déchet": 0.5, "Écoresponsable": 0.3, "Biodégradable": 0.3, "Sans produits chimiques": 0.2}\n'),
    ),
    "cadre_juridique": (
        Variant("nothing applies anywhere",
                'cadre_juridique = {f"S{n}": [] for n in range(1, 9)}\n'),
        Variant("the influence law everywhere",
                'cadre_juridique = {f"S{n}": ["influence_commerciale"] for n in range(1, 9)}\n'),
    ),
}
