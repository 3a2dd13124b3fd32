"""Notebook 03 (publishing and profiles): answers written differently, right and hollow."""

from tests.equivalence import Variant

_SLOTS_TABLE = (
    'h = historique.copy()\n'
    'h["jour"] = h["Date de publication"].dt.day_of_week.map(dict(enumerate(JOURS)))\n'
    'h["tranche"] = pd.cut(h["Date de publication"].dt.hour, [7, 9, 12, 14, 17, 20, 23], right=False,\n'
    '                      labels=["7h-9h", "9h-12h", "12h-14h", "14h-17h", "17h-20h", "20h-23h"])\n'
    'h = h.dropna(subset=["tranche"])\n'
)

CORRECT = {
    "meilleurs_creneaux": (
        Variant("groupby sums then a ratio, pd.cut for the bands, couples (day, band)",
                _SLOTS_TABLE
                + 'g = h.groupby(["Réseau", "jour", "tranche"], observed=True).agg(i=("Interactions", "sum"),\n'
                '    p=("Portée", "sum"), n=("Portée", "size")).reset_index()\n'
                'g = g[g["n"] >= 3].assign(t=lambda d: d["i"] / d["p"]).sort_values("t", ascending=False)\n'
                'meilleurs_creneaux = {r: [(j, str(t)) for j, t in zip(d["jour"], d["tranche"])][:brand.VALIDATED_FREQUENCY[r]]\n'
                '                      for r, d in g.groupby("Réseau")}\n'),
        Variant("a plain loop over the rows into dictionaries, capitalised labels",
                'somme = {}\n'
                'for r, d, i, p in historique[["Réseau", "Date de publication", "Interactions", "Portée"]].itertuples(index=False):\n'
                '    b = band_of(d.hour)\n'
                '    if b is None:\n'
                '        continue\n'
                '    k = (r, JOURS[d.weekday()], b)\n'
                '    s = somme.setdefault(k, [0, 0, 0])\n'
                '    s[0] += i; s[1] += p; s[2] += 1\n'
                'meilleurs_creneaux = {}\n'
                'for r, n in brand.VALIDATED_FREQUENCY.items():\n'
                '    c = sorted(((v[0] / v[1], k) for k, v in somme.items() if k[0] == r and v[2] >= 3), reverse=True)\n'
                '    meilleurs_creneaux[r] = [f"{k[1].capitalize()} {k[2]}" for _, k in c[:n]]\n'),
        Variant("pivot_table of sums per network, nlargest, a Series of lists with lower-case network names",
                _SLOTS_TABLE
                + 'sommes = h.pivot_table(index=["Réseau", "jour", "tranche"], values=["Interactions", "Portée"],\n'
                '                        aggfunc="sum", observed=True)\n'
                'nombre = h.groupby(["Réseau", "jour", "tranche"], observed=True).size()\n'
                'taux = (sommes["Interactions"] / sommes["Portée"])[nombre.reindex(sommes.index) >= 3]\n'
                'meilleurs_creneaux = pd.Series({r.lower(): [f"{j} {t}" for (_, j, t) in taux.xs(r, level=0, drop_level=False)\n'
                '                                   .nlargest(n).index]\n'
                '                               for r, n in brand.VALIDATED_FREQUENCY.items()})\n'),
    ),
    "file_septembre": (
        Variant("dates written as Hootsuite's texts on the hour, urlencode for the UTM, a regex trims the hashtags",
                'import re\n'
                'from urllib.parse import urlencode\n'
                'rows = []\n'
                'for r, cr in meilleurs_creneaux.items():\n'
                '    cr = [c if isinstance(c, str) else " ".join(c) for c in cr]\n'
                '    quand = []\n'
                '    for d in pd.date_range("2027-09-01", "2027-09-30"):\n'
                '        for c in cr:\n'
                '            jour, tranche = c.lower().split()\n'
                '            if JOURS[d.day_of_week] == jour:\n'
                '                quand.append(d + pd.Timedelta(hours=int(tranche.split("h")[0])))\n'
                '    quand.sort()\n'
                '    textes = contenus[contenus["Réseau"] == r].head(len(quand))\n'
                '    for q, m, l in zip(quand, textes["Message"], textes["Lien"]):\n'
                '        n = 0\n'
                '        def garde(t):\n'
                '            global n\n'
                '            n += 1\n'
                '            return t.group(0) if n <= 5 else ""\n'
                '        if r == "Instagram":\n'
                '            m = re.sub(r" ?#\\w+", garde, m)\n'
                '        lien = l + "?" + urlencode({"utm_source": r.lower(), "utm_medium": "social", "utm_campaign": "septembre-2027"}) if l else ""\n'
                '        rows.append([r, q.strftime("%d/%m/%Y %H:%M"), m, lien])\n'
                'file_septembre = pd.DataFrame(rows, columns=["Réseau", "Date", "Message", "Lien"])\n'),
        Variant("aware ISO texts in Paris time at :45, column names without accents, hashtags cut with a list",
                'rows = []\n'
                'for r, cr in meilleurs_creneaux.items():\n'
                '    cr = [c if isinstance(c, str) else " ".join(c) for c in cr]\n'
                '    quand = sorted(d.tz_localize("Europe/Paris") + pd.Timedelta(hours=int(c.split()[1].split("h")[0]), minutes=45)\n'
                '                   for d in pd.date_range("2027-09-01", "2027-09-30") for c in cr\n'
                '                   if JOURS[d.day_of_week] == c.split()[0].lower())\n'
                '    for q, (_, c) in zip(quand, contenus[contenus["Réseau"] == r].iterrows()):\n'
                '        mots, tags = [], 0\n'
                '        for mot in c["Message"].split():\n'
                '            tags += mot.startswith("#")\n'
                '            if not mot.startswith("#") or tags <= (platforms.PLATFORMS[r].max_hashtags or 99):\n'
                '                mots.append(mot)\n'
                '        lien = f"{c[\'Lien\']}?utm_source={r.lower()}&utm_medium=social&utm_campaign=septembre-2027" if c["Lien"] else None\n'
                '        rows.append({"reseau": r, "date": q.isoformat(), "message": " ".join(mots), "lien": lien})\n'
                'file_septembre = pd.DataFrame(rows)\n'),
        Variant("the networks' names matched without case, UTM parameters in another order, Timestamps of 13:05",
                'def _date(j, c):\n'
                '    nom, tranche = (c if isinstance(c, str) else " ".join(c)).lower().split()\n'
                '    return pd.Timestamp(j) + pd.Timedelta(hours=int(tranche.split("h")[0]) + 1, minutes=5) if JOURS[j.day_of_week] == nom else None\n'
                'lignes = []\n'
                'for cle, retenus in meilleurs_creneaux.items():\n'
                '    reseau = next(r for r in brand.VALIDATED_FREQUENCY if r.lower() == str(cle).lower())\n'
                '    dates = sorted(d for j in pd.date_range("2027-09-01", "2027-09-30") for c in retenus if (d := _date(j, c)) is not None)\n'
                '    for date, (_, x) in zip(dates, contenus[contenus["Réseau"] == reseau].iterrows()):\n'
                '        limite = platforms.PLATFORMS[reseau].max_hashtags or 1000\n'
                '        tags = [m for m in x["Message"].split() if m.startswith("#")]\n'
                '        texte = " ".join(m for m in x["Message"].split() if not m.startswith("#") or m in tags[:limite])\n'
                '        lien = x["Lien"] and x["Lien"] + f"?utm_campaign=septembre-2027&utm_medium=social&utm_source={reseau.lower()}"\n'
                '        lignes.append((reseau, date, texte, lien))\n'
                'file_septembre = pd.DataFrame(lignes, columns=["Réseau", "Date", "Message", "Lien"])\n'),
    ),
    "profils": (
        Variant("rows written by hand, @ handles, sizes without spaces, « Oui »",
                'site = "https://www.maison-ondine.fr/?utm_medium=social&utm_campaign=profil&utm_source="\n'
                'profils = pd.DataFrame([\n'
                '    ["Instagram", "Maison Ondine", "@maisonondine", "Savons et soins solides et naturels, faits main à Saint-Malo.", site + "instagram", "320x320", "", "Beauté, cosmétiques et soins personnels", "Oui"],\n'
                '    ["Facebook", "Maison Ondine", "@maisonondine", "Savonnerie de Saint-Malo : cosmétiques solides pour toute la famille.", site + "facebook", "180x180", "851x315", "Beauté, cosmétiques et soins personnels", "Oui"],\n'
                '    ["TikTok", "Maison Ondine", "@maisonondine", "Nos coulisses de savonnerie à Saint-Malo.", site + "tiktok", "200x200", "", "Beauté et soins personnels", "Oui"],\n'
                '    ["LinkedIn", "Maison Ondine", "maisonondine", "Cosmétiques solides fabriqués à Saint-Malo, pour nos clients et revendeurs.", site + "linkedin", "300x300", "1128x191", "Fabrication de produits de soins personnels", "Oui"],\n'
                '    ["Pinterest", "Maison Ondine", "maisonondine", "Idées de salles de bains sans plastique et rituels de cosmétiques solides.", site + "pinterest", "165x165", "800x450", "Beauté", "Oui"],\n'
                '], columns=profils_actuels.columns)\n'),
        Variant("the current table corrected with .loc, covers as None, booleans for the business account",
                'profils = profils_actuels.set_index("Réseau")\n'
                'regles = profile_rules_table()\n'
                'profils["Nom affiché"] = brand.BRAND\n'
                'profils["Identifiant"] = "MaisonOndine"\n'
                'profils["Bio"] = {"Instagram": "Cosmétiques solides et naturels, faits à Saint-Malo.", "Facebook": "Savonnerie artisanale de Saint-Malo, cosmétiques solides.",\n'
                '                  "TikTok": "Savons solides faits à Saint-Malo, nos coulisses.", "LinkedIn": "Fabricant de cosmétiques solides et naturels à Saint-Malo.",\n'
                '                  "Pinterest": "Salles de bains sans plastique et idées de rituels naturels."}\n'
                'profils["Lien"] = [f"https://www.maison-ondine.fr?utm_source={r.lower()}&utm_medium=social&utm_campaign=profil" for r in profils.index]\n'
                'profils["Photo de profil"] = regles["Photo de profil"]\n'
                'profils["Couverture"] = regles["Couverture"].where(regles["Couverture"] != "—", None)\n'
                'profils["Catégorie"] = regles["Catégories"].str.split(" | ", regex=False).str[0]\n'
                'profils["Compte professionnel"] = "oui"\n'
                'profils = profils.reset_index()\n'),
        Variant("built from the facts module's rules, lower-case network names, '1080 × 1080'-style sizes with ×",
                'from cmcert_lib.facts import scheduling as regles_profils\n'
                'profils = pd.DataFrame([{\n'
                '    "Réseau": r.network.lower(), "Nom affiché": "Maison Ondine", "Identifiant": "maisonondine",\n'
                '    "Bio": f"Maison Ondine, cosmétiques solides et naturels de Saint-Malo, sur {r.network}.",\n'
                '    "Lien": f"https://maison-ondine.fr/?utm_source={r.network.lower()}&utm_medium=social&utm_campaign=profil",\n'
                '    "Photo de profil": f"{r.picture[0]} × {r.picture[1]}",\n'
                '    "Couverture": f"{r.cover[0]} × {r.cover[1]}" if r.cover else "",\n'
                '    "Catégorie": r.categories[0], "Compte professionnel": "oui"} for r in regles_profils.PROFILES.values()])\n'),
    ),
}

HOLLOW = {
    "meilleurs_creneaux": (
        Variant("the slots where the brand posted most",
                _SLOTS_TABLE
                + 'n = h.groupby(["Réseau", "jour", "tranche"], observed=True).size().sort_values(ascending=False).reset_index()\n'
                'meilleurs_creneaux = {r: [f"{j} {t}" for j, t in n.loc[n["Réseau"] == r, ["jour", "tranche"]].values[-k:]]\n'
                '                      for r, k in brand.VALIDATED_FREQUENCY.items()}\n'),
        Variant("the same weekday-morning slots for every network",
                'meilleurs_creneaux = {r: [f"{j} 7h-9h" for j in JOURS[:n]] for r, n in brand.VALIDATED_FREQUENCY.items()}\n'),
    ),
    "file_septembre": (
        Variant("every content on 1 September at 9:00, links as validated",
                'file_septembre = contenus.assign(Date="01/09/2027 09:00")[["Réseau", "Date", "Message", "Lien"]]\n'),
        Variant("the right dates with one message copied on every row",
                'file_septembre = pd.DataFrame({"Réseau": ["Instagram"] * 4 + ["TikTok"] * 2 + ["Facebook"] * 2 + ["LinkedIn"],\n'
                '    "Date": ["07/09/2027 12:15", "09/09/2027 17:15", "11/09/2027 09:15", "12/09/2027 20:15", "08/09/2027 20:15",\n'
                '             "10/09/2027 17:15", "08/09/2027 12:15", "11/09/2027 09:15", "07/09/2027 09:15"],\n'
                '    "Message": ["Découvrez nos savons !"] * 9, "Lien": [""] * 9})\n'),
    ),
    "profils": (
        Variant("the current profiles unchanged",
                'profils = profils_actuels.copy()\n'),
        Variant("every field to complete, the brand's name only",
                'profils = profils_actuels.assign(**{c: "à compléter" for c in profils_actuels.columns[2:]})\n'
                'profils["Nom affiché"] = "Maison Ondine"\n'),
    ),
}
