"""Notebook 01 (the communication plan): answers written differently, right and hollow."""

from tests.equivalence import Variant

_LEVIERS_PAYES = ('["publicité Meta ciblée parents", "Spark Ads TikTok", "épingles sponsorisées Pinterest", '
                  '"partenariat rémunéré avec des influenceuses micro"]')
_LEVIERS_GAGNES = ('["avis clients", "UGC #PetiteVague", "articles obtenus par les relations presse", '
                   '"recommandations dans les groupes Facebook de parents", '
                   '"publications spontanées d\'influenceuses après envoi de produits"]')

CORRECT = {
    "scores_plateformes": (
        Variant("a dict comprehension over the rows, not rounded",
                'cols = {k: v for k, v in CRITERES.items()}\n'
                'maxi = {c: usages[col].max() for c, (col, _p, _b) in cols.items()}\n'
                'mini = usages["CPM moyen estimé (€)"].min()\n'
                'scores_plateformes = {}\n'
                'for _, ligne in usages.iterrows():\n'
                '    total = 0\n'
                '    for c, (col, poids, plus) in cols.items():\n'
                '        note = 100 * ligne[col] / maxi[c] if plus else 100 * mini / ligne[col]\n'
                '        total += poids * note / 100\n'
                '    scores_plateformes[ligne["Réseau"]] = total\n'),
        Variant("vectorised with a weights Series, lower-case network names, a Series rounded to 2 decimals",
                't = usages.set_index("Réseau")\n'
                'n = pd.DataFrame({\n'
                '    "audience": t["Utilisateurs hebdomadaires (%)"] / t["Utilisateurs hebdomadaires (%)"].max(),\n'
                '    "influence": t["Influence sur l\'achat (%)"] / t["Influence sur l\'achat (%)"].max(),\n'
                '    "attention": t["Temps quotidien (min)"] / t["Temps quotidien (min)"].max(),\n'
                '    "coût": t["CPM moyen estimé (€)"].min() / t["CPM moyen estimé (€)"],\n'
                '}) * 100\n'
                'w = pd.Series({"audience": 0.35, "influence": 0.35, "attention": 0.15, "coût": 0.15})\n'
                's = n.mul(w).sum(axis=1).round(2)\n'
                's.index = s.index.str.lower()\n'
                'scores_plateformes = s\n'),
        Variant("a one-column frame sorted by score, rounded to the tenth",
                'from cmcert_lib.bloc3.plan import CRITERES as C\n'
                'd = usages.set_index("Réseau").copy()\n'
                'd["score"] = sum((d[col] / d[col].max() if sens else d[col].min() / d[col]) * poids\n'
                '                 for col, poids, sens in C.values())\n'
                'scores_plateformes = d[["score"]].sort_values("score", ascending=False).round(1)\n'),
    ),
    "objectifs": (
        Variant("a frame with capitalised, accented columns, Timestamps and capitalised labels",
                'objectifs = pd.DataFrame({\n'
                '    "But": ["Notoriété", "Communauté", "Ventes", "Revendeurs", "Réactivité"],\n'
                '    "Indicateur": ["Abonnés", "Publications de clients (UGC)", "Clics vers la boutique",\n'
                '                   "Messages de professionnels", "Délai moyen de réponse (h)"],\n'
                '    "Plateforme": ["instagram", "Instagram", "Instagram", "LinkedIn", "Toutes"],\n'
                '    "Départ": [18400, 51, 649, 8, 19],\n'
                '    "Cible": [25000, 90, 1100, 16, 3.5],\n'
                '    "Échéance": pd.to_datetime(["2028-02-29", "2028-01-31", "2027-12-17", "2028-02-29", "2027-11-30"]),\n'
                '})\n'),
        Variant("other indicators and platforms, computed from the export, French dates",
                'def dep(col, compte):\n'
                '    s = stats.loc[stats["Plateforme"] == compte].sort_values("Mois")[col]\n'
                '    return int(s.iloc[-1]), (s.iloc[-1] - s.iloc[0]) / s.iloc[0]\n'
                'lignes = [("notoriété", "couverture mensuelle", "TikTok", "Couverture", "29/02/2028"),\n'
                '          ("communauté", "publications de clients (UGC)", "TikTok", "Publications de clients (UGC)", "31/12/2027"),\n'
                '          ("ventes", "clics vers la boutique", "Facebook", "Clics sur le lien", "17/12/2027"),\n'
                '          ("revendeurs", "messages de professionnels", "Facebook", "Messages de professionnels", "28/02/2028")]\n'
                'objectifs = []\n'
                'for but, ind, compte, col, quand in lignes:\n'
                '    d, g = dep(col, compte)\n'
                '    objectifs.append(dict(but=but, indicateur=ind, plateforme=compte, depart=d,\n'
                '                          cible=d * (1 + min(2 * g, 1.0) * 0.6 + 0.1), echeance=quand))\n'
                'objectifs.append(dict(but="réactivité", indicateur="délai moyen de réponse (h)", plateforme="toutes",\n'
                '                      depart=19.0, cible=4.0, echeance="01/12/2027"))\n'),
        Variant("datetime.date deadlines, targets at the bottom of the band, floats",
                'import datetime as dt\n'
                'objectifs = [\n'
                '    {"but": "notoriete", "indicateur": "abonnes", "plateforme": "TikTok", "depart": 6300.0,\n'
                '     "cible": 6930.0, "echeance": dt.date(2027, 12, 31)},\n'
                '    {"but": "communaute", "indicateur": "publications de clients (UGC)", "plateforme": "Facebook",\n'
                '     "depart": 14.0, "cible": 20.0, "echeance": dt.date(2028, 2, 29)},\n'
                '    {"but": "ventes", "indicateur": "clics vers la boutique", "plateforme": "Instagram",\n'
                '     "depart": 649.0, "cible": 900.0, "echeance": dt.date(2027, 12, 17)},\n'
                '    {"but": "revendeurs", "indicateur": "messages de professionnels", "plateforme": "LinkedIn",\n'
                '     "depart": 8.0, "cible": 12.0, "echeance": dt.date(2028, 1, 31)},\n'
                '    {"but": "reactivite", "indicateur": "delai moyen de reponse (h)", "plateforme": "toutes",\n'
                '     "depart": 19.0, "cible": 4.0, "echeance": dt.date(2027, 10, 15)},\n'
                ']\n'),
    ),
    "matrice_poem": (
        Variant("a two-column frame with French category names",
                'payes = ' + _LEVIERS_PAYES + '\n'
                'gagnes = ' + _LEVIERS_GAGNES + '\n'
                'matrice_poem = pd.DataFrame({"levier": list(LEVIERS)})\n'
                'matrice_poem["catégorie"] = ["Payé" if l in payes else "Gagné" if l in gagnes else "Possédé"\n'
                '                             for l in matrice_poem["levier"]]\n'),
        Variant("upper-case keys without accents, « PAID MEDIA » values",
                'import unicodedata\n'
                'def nu(t):\n'
                '    return "".join(c for c in unicodedata.normalize("NFD", t) if not unicodedata.combining(c)).upper()\n'
                'payes = ' + _LEVIERS_PAYES + '\n'
                'gagnes = ' + _LEVIERS_GAGNES + '\n'
                'matrice_poem = {nu(l): ("PAID" if l in payes else "EARNED" if l in gagnes else "OWNED") + " MEDIA"\n'
                '                for l in LEVIERS}\n'),
        Variant("a Series built from three lists",
                'possedes = ["compte Instagram", "page Facebook", "compte TikTok", "compte Pinterest", "newsletter",\n'
                '            "blog du site"]\n'
                'matrice_poem = pd.concat([pd.Series("paid", index=' + _LEVIERS_PAYES + '),\n'
                '                          pd.Series("owned", index=possedes),\n'
                '                          pd.Series("earned", index=' + _LEVIERS_GAGNES + ')])\n'),
    ),
    "kpi_actions": (
        Variant("a list of dicts, other valid KPIs, sources by their full label",
                'choix = {\n'
                '    "campagne Meta de notoriété auprès des parents 30-44 ans": ("CPM", "meta_ads"),\n'
                '    "campagne Meta de ventes pour Noël (jusqu\'au 17 décembre)": ("taux de conversion", "ga4"),\n'
                '    "trois Reels par semaine sur Instagram": ("croissance des abonnés", "ig_pro"),\n'
                '    "concours photo #PetiteVague": ("taux d\'engagement", "meta_contenu"),\n'
                '    "ouverture du compte Pinterest (idées de salle de bains)": ("impressions", "pinterest"),\n'
                '    "demande d\'avis après chaque commande": ("nombre d\'avis clients", "avis"),\n'
                '    "prospection des revendeurs sur LinkedIn": ("croissance des abonnés", "linkedin"),\n'
                '    "astreinte de modération en semaine": ("délai moyen de réponse", "meta_boite"),\n'
                '}\n'
                'kpi_actions = [{"action": a, "kpi": k, "source": SOURCES[s]} for a, (k, s) in choix.items()]\n'),
        Variant("several rows per action, one of them wrong, capitalised column names and KPI names",
                'lignes = []\n'
                'for action, kpis in ACTIONS.items():\n'
                '    k = sorted(kpis)[0]\n'
                '    lignes.append({"Action": action.upper(), "KPI": k.upper(), "Source": sorted(KPI_SOURCES[k])[0]})\n'
                '    lignes.append({"Action": action, "KPI": "impressions", "Source": "mention"})\n'
                'kpi_actions = pd.DataFrame(lignes)\n'),
        Variant("a frame built column by column, source labels with other spacing",
                'kpi_actions = pd.DataFrame({\n'
                '    "action": list(ACTIONS),\n'
                '    "kpi": ["couverture", "ROAS", "taux d\'engagement", "nombre de publications UGC", "enregistrements",\n'
                '            "nombre d\'avis clients", "messages de professionnels", "délai moyen de réponse"],\n'
                '    "source": ["meta_couverture", "tiktok_ads", "hootsuite_analytics", "ig_pro", "pinterest", "avis",\n'
                '               "meta_boite", "hootsuite_inbox"],\n'
                '})\n'
                'kpi_actions["source"] = kpi_actions["source"].map(lambda s: "  " + SOURCES[s].upper() + " ")\n'),
    ),
}

HOLLOW = {
    "scores_plateformes": (
        Variant("every network at 0",
                'scores_plateformes = {r: 0.0 for r in usages["Réseau"]}\n'),
        Variant("the cost not inverted: the dearest network gets 100",
                't = usages.set_index("Réseau")\n'
                'scores_plateformes = sum(t[col] / t[col].max() * poids for col, poids, _s in CRITERES.values()).round(1)\n'),
    ),
    "objectifs": (
        Variant("the five goals with empty indicators, platforms and dates",
                'objectifs = [{"but": b, "indicateur": "", "plateforme": "", "depart": 0, "cible": 0, "echeance": ""}\n'
                '             for b in GOALS]\n'),
        Variant("the right indicators, but the target is the start and no figure is read in the data",
                'objectifs = [{"but": b, "indicateur": i, "plateforme": "Instagram" if c else "toutes",\n'
                '              "depart": 100, "cible": 100, "echeance": "2028-02-29"}\n'
                '             for i, (b, c) in INDICATEURS.items() if i != "couverture mensuelle"]\n'),
    ),
    "matrice_poem": (
        Variant("every lever owned",
                'matrice_poem = {l: "owned" for l in LEVIERS}\n'),
        Variant("paid and earned swapped",
                'payes = ' + _LEVIERS_PAYES + '\n'
                'gagnes = ' + _LEVIERS_GAGNES + '\n'
                'matrice_poem = {l: "earned" if l in payes else "paid" if l in gagnes else "owned" for l in LEVIERS}\n'
                'matrice_poem.update({l: "paid" for l in list(LEVIERS)[4:7]})\n'),
    ),
    "kpi_actions": (
        Variant("the reach for every action, from Meta Business Suite",
                'kpi_actions = pd.DataFrame({"action": list(ACTIONS), "kpi": "couverture", "source": "meta_couverture"})\n'),
        Variant("the impressions everywhere, read in the listening tool",
                'kpi_actions = [{"action": a, "kpi": "impressions", "source": "mention"} for a in ACTIONS]\n'),
    ),
}
