"""Notebook 02 (SEO): answers written differently, right and hollow."""

from tests.equivalence import Variant

CORRECT = {
    "mots_cles_retenus": (
        Variant("accents stripped with unicodedata for the relevance test, regex on words, a Series of keywords",
                'import re, unicodedata\n'
                'def sans_accents(t):\n'
                '    return "".join(c for c in unicodedata.normalize("NFD", t.lower()) if not unicodedata.combining(c))\n'
                'nus = export["Keyword"].map(sans_accents)\n'
                'ok = (nus.str.contains(r"\\bshampo+ing\\b") & nus.str.contains(r"\\b(?:enfants?|bebe|fille|garcon)\\b")\n'
                '      & ~nus.str.contains(r"\\bpoux\\b"))\n'
                'ok &= ~export["Intent"].str.startswith("Navigational") & export["Volume"].ge(50)\n'
                'ok &= export["Keyword Difficulty"].notna() & export["Keyword Difficulty"].le(50)\n'
                't = export[ok].assign(s=lambda d: d["Volume"] * (1 - d["Keyword Difficulty"] / 100))\n'
                'mots_cles_retenus = t.sort_values(["s", "Keyword"], ascending=[False, True])["Keyword"].reset_index(drop=True)\n'),
        Variant("query() then the sorted table itself, with its Keyword column and the score",
                'def pertinent(k):\n'
                '    mots = set(k.lower().replace("é", "e").replace("ç", "c").split())\n'
                '    return bool(mots & {"shampoing", "shampooing"}) and bool(mots & {"enfant", "enfants", "bebe", "fille", "garcon"}) and "poux" not in mots\n'
                'tab = export[export["Keyword"].map(pertinent)].query(\n'
                '    "Volume >= 50 and `Keyword Difficulty` <= 50 and not Intent.str.startswith(\'Navigational\')", engine="python")\n'
                'tab = tab.assign(Score=tab["Volume"] * (100 - tab["Keyword Difficulty"]) / 100)\n'
                'mots_cles_retenus = tab.sort_values(["Score", "Keyword"], ascending=[False, True])[["Keyword", "Volume", "Score"]]\n'),
        Variant("a plain loop over the rows, sorted() with a key, keywords in capitals in a tuple",
                'import math\n'
                'lignes = []\n'
                'for k, intent, vol, kd in export[["Keyword", "Intent", "Volume", "Keyword Difficulty"]].itertuples(index=False):\n'
                '    mots = k.lower().replace("é", "e").replace("ç", "c").split()\n'
                '    if not any(m in ("shampoing", "shampooing") for m in mots):\n'
                '        continue\n'
                '    if not any(m in ("enfant", "enfants", "bebe", "fille", "garcon") for m in mots) or "poux" in mots:\n'
                '        continue\n'
                '    if intent.split(", ")[0] == "Navigational" or vol < 50 or math.isnan(kd) or kd > 50:\n'
                '        continue\n'
                '    lignes.append((k, vol * (100 - kd) / 100))\n'
                'mots_cles_retenus = tuple(k.upper() for k, s in sorted(lignes, key=lambda x: (-x[1], x[0])))\n'),
    ),
    "volume_par_intention": (
        Variant("groupby on the French name of the main intent, a Series without the empty intent",
                'def garde(d):\n'
                '    m = d["Keyword"].str.lower().str.replace("é", "e").str.replace("ç", "c").str.split()\n'
                '    ok = m.map(lambda s: bool(set(s) & {"shampoing", "shampooing"}) and bool(set(s) & {"enfant", "enfants", "bebe", "fille", "garcon"}) and "poux" not in s)\n'
                '    return d[ok & (d["Intent"].str.split(", ").str[0] != "Navigational") & (d["Volume"] >= 50) & (d["Keyword Difficulty"] <= 50)]\n'
                'g = garde(export)\n'
                'volume_par_intention = g.groupby(g["Intent"].str.split(", ").str[0].map(normes.INTENTS))["Volume"].sum()\n'),
        Variant("English intent names as in the export, plain dict of ints",
                'import re\n'
                'kw = export["Keyword"].str.lower()\n'
                'ok = kw.str.contains(r"\\bshampo+ing\\b") & kw.str.contains(r"\\b(?:enfants?|b[ée]b[ée]|fille|gar[çc]on)\\b")\n'
                'ok &= ~kw.str.contains("poux") & ~export["Intent"].str.startswith("Nav") & (export["Volume"] >= 50)\n'
                'kept = export[ok & (export["Keyword Difficulty"] <= 50)]\n'
                'volume_par_intention = {}\n'
                'for intent, vol in zip(kept["Intent"], kept["Volume"]):\n'
                '    main = intent.split(",")[0].strip()\n'
                '    volume_par_intention[main] = volume_par_intention.get(main, 0) + int(vol)\n'),
        Variant("capitalised French names, float totals, navigational at 0.0",
                'mots = export["Keyword"].str.lower().str.replace("é", "e").str.replace("ç", "c").str.split().map(set)\n'
                'ok = mots.map(lambda m: bool(m & {"shampoing", "shampooing"}) and bool(m & {"enfant", "enfants", "bebe", "fille", "garcon"}) and "poux" not in m)\n'
                'kept = export[ok].query("Volume >= 50 and `Keyword Difficulty` <= 50")\n'
                'kept = kept[~kept["Intent"].str.startswith("Navigational")]\n'
                'principale = kept["Intent"].str.extract(r"^(\\w+)")[0]\n'
                'volume_par_intention = {normes.INTENTS[i].capitalize(): float(kept.loc[principale == i, "Volume"].sum())\n'
                '                        for i in normes.INTENTS}\n'),
    ),
    "balises": (
        Variant("another writer's tags, brand first but the keyword in the first half",
                'balises = {\n'
                '    "title": "Petite Vague : shampoing solide enfant dès 3 ans",\n'
                '    "meta_description": ("Un shampoing solide pour enfant à l\'avoine et au miel du pays de Rance, testé '
                'sous contrôle dermatologique : mode d\'emploi, composition et prix."),\n'
                '    "slug": "shampoing-solide-enfant",\n'
                '}\n'),
        Variant("French key names (titre, description, url) in a pandas Series",
                'balises = pd.Series({\n'
                '    "Titre": "Shampoing solide enfant : le guide des parents",\n'
                '    "Description": ("Comment laver les cheveux de votre enfant avec un shampoing solide ? Nos conseils, '
                'la composition de Petite Vague et ses 40 lavages par pain."),\n'
                '    "URL": "shampoing-solide-enfant-guide-parents",\n'
                '})\n'),
        Variant("the spelling « shampooing », capitals, a key with a space",
                'balises = {\n'
                '    "title": "SHAMPOOING SOLIDE ENFANT : le bain en 3 gestes",\n'
                '    "meta description": ("Shampooing solide enfant Petite Vague : testé sous contrôle ophtalmologique sur '
                '32 enfants, un pain de 60 g pour environ 40 lavages, dès 3 ans."),\n'
                '    "slug": "shampooing-solide-enfant-bain",\n'
                '}\n'),
    ),
    "defauts_brouillon": (
        Variant("typed by hand after reading the measures, another order, spaces and capitals",
                'defauts_brouillon = ["Slug non conforme", "image sans alt", "Lien interne cassé", "article trop court",\n'
                '                     "mot cle absent introduction", "niveau de titre saute", "H1 multiple",\n'
                '                     "meta description trop longue", "titre trop long"]\n'),
        Variant("computed rule by rule into a set, then a sorted list",
                'trouves = set()\n'
                'if largeur_px(article.title, 20) > 580: trouves.add("titre_trop_long")\n'
                'if largeur_px(article.meta_description or "", 14) > 920: trouves.add("meta_description_trop_longue")\n'
                'niv = [n for n, _ in article.titres]\n'
                'if niv.count(1) > 1: trouves.add("h1_multiple")\n'
                'if any(y - x > 1 for x, y in zip(niv, niv[1:])): trouves.add("niveau_de_titre_saute")\n'
                'if not contient_mot_cle(article.paragraphes[0], MOT_CLE): trouves.add("mot_cle_absent_introduction")\n'
                'if article.mots < 800: trouves.add("article_trop_court")\n'
                'internes = ["https://www.maison-ondine.fr" + h for h, _ in article.liens if h.startswith("/")]\n'
                'if any(u not in plan_du_site for u in internes): trouves.add("lien_interne_casse")\n'
                'if any(a is None or not a.strip() for _, a in article.images): trouves.add("image_sans_alt")\n'
                'if slug_problems(article.slug): trouves.add("slug_non_conforme")\n'
                'defauts_brouillon = sorted(trouves)\n'),
        Variant("a pandas Series of the codes whose rule is true, from a dict of booleans",
                'regles = {code: False for code in DEFAUTS}\n'
                'regles.update(titre_trop_long=True, meta_description_trop_longue=True, h1_multiple=True,\n'
                '              niveau_de_titre_saute=True, mot_cle_absent_introduction=True, article_trop_court=True,\n'
                '              lien_interne_casse=True, image_sans_alt=True, slug_non_conforme=True)\n'
                's = pd.Series(regles)\n'
                'defauts_brouillon = pd.Series(s[s].index)\n'),
    ),
}

HOLLOW = {
    "mots_cles_retenus": (
        Variant("every keyword naming a shampoo, by volume, no other filter",
                'mots_cles_retenus = list(export[export["Keyword"].str.contains("shampo")]\n'
                '                         .sort_values("Volume", ascending=False)["Keyword"])\n'),
        Variant("the 26 biggest volumes of the whole export",
                'mots_cles_retenus = export.nlargest(26, "Volume")["Keyword"].tolist()\n'),
    ),
    "volume_par_intention": (
        Variant("the whole export's volume by main intent",
                'p = export["Intent"].str.split(", ").str[0].map(normes.INTENTS)\n'
                'volume_par_intention = export.groupby(p)["Volume"].sum().to_dict()\n'),
        Variant("every intent at 0",
                'volume_par_intention = {"informationnel": 0, "commercial": 0, "transactionnel": 0, "navigationnel": 0}\n'),
    ),
    "balises": (
        Variant("the draft's own title, description and slug, unchanged",
                'a = analyser_article(load_article_html())\n'
                'balises = {"title": a.title, "meta_description": a.meta_description, "slug": a.slug}\n'),
        Variant("placeholders",
                'balises = {"title": "À définir", "meta_description": "à compléter", "slug": "a-definir"}\n'),
    ),
    "defauts_brouillon": (
        Variant("every code of the catalogue",
                'defauts_brouillon = list(DEFAUTS)\n'),
        Variant("the codes the draft does not have",
                'defauts_brouillon = ["titre_sans_mot_cle", "meta_description_absente", "h1_absent",\n'
                '                     "densite_excessive", "aucun_lien_interne", "article_trop_long"]\n'),
    ),
}
