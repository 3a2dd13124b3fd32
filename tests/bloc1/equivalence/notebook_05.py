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
                '    "p8": ("mention_image_retouchee", "allegation_interdite"),\n'
                '}\n'),
        Variant("a pandas Series of lists indexed by post id",
                'relecture = pd.Series({\n'
                '    "P1": ["hashtags_camelcase", "nombre_hashtags", "texte_alternatif"],\n'
                '    "P2": ["duree_video", "mention_partenariat"], "P3": ["allegation_interdite"],\n'
                '    "P4": ["emoji_dans_phrase", "nombre_emojis", "sous_titres"], "P5": ["caracteres_fantaisie"],\n'
                '    "P6": [], "P7": ["format_visuel", "longueur_texte"],\n'
                '    "P8": ["allegation_interdite", "mention_image_retouchee"],\n'
                '})\n'),
    ),
    "formats_valides": (
        Variant("DataFrame.apply giving a Series of numpy booleans",
                'def valide(ligne):\n'
                '    p = PLATFORMS.get(ligne["plateforme"])\n'
                '    if p is None or ligne["format"] not in p.formats:\n'
                '        return False\n'
                '    return any(ligne["largeur"] * f.height == ligne["hauteur"] * f.width and ligne["largeur"] >= f.width\n'
                '               for f in p.images)\n'
                'formats_valides = visuels_prevus.set_index("id").apply(valide, axis=1)\n'),
        Variant("the library's image_format_of, a one-column DataFrame",
                'formats_valides = pd.DataFrame({\n'
                '    "valide": [r.plateforme in PLATFORMS and r.format in PLATFORMS[r.plateforme].formats\n'
                '               and charter.image_format_of(r.plateforme, r.largeur, r.hauteur) is not None\n'
                '               for r in visuels_prevus.itertuples()]},\n'
                '    index=visuels_prevus["id"])\n'),
        Variant("a dict written by hand, lower-case ids",
                'formats_valides = {"v1": True, "v2": True, "v3": False, "v4": False,\n'
                '                   "v5": True, "v6": True, "v7": True, "v8": False}\n'),
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
}
