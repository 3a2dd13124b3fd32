"""Answers of notebook 02 (benchmark and social listening) written as other candidates would:
see tests/equivalence.py."""

from tests.equivalence import Variant

CORRECT = {
    "engagement": (
        Variant("unrounded Series", '''instagram = publications[publications["Réseau"] == "Instagram"]
eng = instagram[["J'aime", "Commentaires", "Partages", "Enregistrements"]].sum(axis=1)
taux_engagement_instagram = eng.groupby(instagram["Marque"]).sum() / instagram.groupby("Marque")["Portée"].sum()
'''),
        Variant("groupby().agg() on an assigned column, a one-column DataFrame rounded to 5 decimals",
                '''insta = publications.query("Réseau == 'Instagram'")
sommes = (insta.assign(engagements=insta["J'aime"] + insta["Commentaires"] + insta["Partages"]
                       + insta["Enregistrements"].fillna(0))
          .groupby("Marque").agg(engagements=("engagements", "sum"), portee=("Portée", "sum")))
taux_engagement_instagram = (sommes["engagements"] / sommes["portee"]).round(5).to_frame("taux")
'''),
        Variant("pivot_table, a dict of numpy floats rounded to 4 decimals, brand names lower case "
                "and without accents", '''import unicodedata

insta = publications[publications["Réseau"].eq("Instagram")]
cols = ["J'aime", "Commentaires", "Partages", "Enregistrements", "Portée"]
totaux = insta.pivot_table(index="Marque", values=cols, aggfunc="sum")
ratios = (totaux[cols[:4]].sum(axis=1) / totaux["Portée"]).round(4)


def sans_accents(texte):
    return "".join(c for c in unicodedata.normalize("NFKD", texte) if not unicodedata.combining(c)).lower()


taux_engagement_instagram = {sans_accents(m): v for m, v in zip(ratios.index, ratios.to_numpy())}
'''),
    ),
    "frequence": (
        Variant("value_counts over 365 / 7 weeks, unrounded Series", '''publications_par_semaine = publications["Marque"].value_counts() / (365 / 7)
'''),
        Variant("52 weeks, rounded to 2 decimals", '''publications_par_semaine = (publications.groupby("Marque")["Texte"].count() / 52).round(2).to_dict()
'''),
        Variant("crosstab one-column DataFrame, weeks counted from the dates", '''jours = (brand.LISTENING_END - brand.LISTENING_START).days + 1
publications_par_semaine = pd.crosstab(publications["Marque"], "publications") / (jours / 7)
'''),
    ),
    "part_de_voix": (
        Variant("counts divided by the total, unrounded Series", '''comptes = mentions.groupby("Alerte").size()
part_de_voix = comptes / comptes.sum()
'''),
        Variant("value_counts(normalize=True) rounded to 6 decimals, numpy values in a dict", '''parts = mentions["Alerte"].value_counts(normalize=True).round(6)
part_de_voix = dict(zip(parts.index, parts.to_numpy()))
'''),
        Variant("dict comprehension over the brands, each rounded to 4 decimals", '''part_de_voix = {m: round((mentions["Alerte"] == m).mean(), 4) for m in MARQUES}
'''),
    ),
    "sentiment_net": (
        Variant("Series indexed by monthly Periods, unrounded", '''ondine = mentions[mentions["Alerte"] == brand.BRAND]
comptes = pd.crosstab(ondine["Date"].dt.to_period("M"), ondine["Sentiment"])
sentiment_net_mensuel = (comptes["positif"] - comptes["négatif"]) / (comptes["positif"] + comptes["négatif"])
'''),
        Variant("resample by month end: a Series indexed by Timestamps, rounded to 4 decimals", '''ondine = mentions[mentions["Alerte"] == brand.BRAND].set_index("Date")
pos = (ondine["Sentiment"] == "positif").resample("ME").sum()
neg = (ondine["Sentiment"] == "négatif").resample("ME").sum()
sentiment_net_mensuel = ((pos - neg) / (pos + neg)).round(4)
'''),
        Variant("a loop over the months, a dict of values rounded to 3 decimals", '''ondine = mentions[mentions["Alerte"] == brand.BRAND]
mois = ondine["Date"].dt.strftime("%Y-%m")
sentiment_net_mensuel = {}
for m in sorted(mois.unique()):
    tons = ondine.loc[mois == m, "Sentiment"]
    p, n = (tons == "positif").sum(), (tons == "négatif").sum()
    sentiment_net_mensuel[m] = round((p - n) / (p + n), 3)
'''),
        Variant("groupby on (year, month): a Series with a two-level index", '''ondine = mentions[mentions["Alerte"] == brand.BRAND]
signe = ondine["Sentiment"].map({"positif": 1, "négatif": -1, "neutre": 0})
groupes = signe.groupby([ondine["Date"].dt.year, ondine["Date"].dt.month])
sentiment_net_mensuel = groupes.sum() / groupes.apply(lambda s: (s != 0).sum())
'''),
        Variant("a one-column DataFrame indexed by « AAAA-MM » texts", '''ondine = mentions[mentions["Alerte"] == brand.BRAND]
tableau = ondine.groupby([ondine["Date"].dt.strftime("%Y-%m"), "Sentiment"]).size().unstack(fill_value=0)
sentiment_net_mensuel = ((tableau["positif"] - tableau["négatif"])
                         / tableau[["positif", "négatif"]].sum(axis=1)).to_frame("sentiment net")
'''),
    ),
    "bad_buzz": (
        Variant("the weekly Period itself (shown as « 2026-03-09/2026-03-15 »)", '''negatives = mentions[(mentions["Alerte"] == brand.BRAND) & (mentions["Sentiment"] == "négatif")]
par_semaine = negatives.groupby(negatives["Date"].dt.to_period("W")).size()
semaine_bad_buzz = par_semaine.idxmax()
'''),
        Variant("resample on weeks labelled by their Monday (W-MON, left), as a text", '''negatives = mentions[(mentions["Alerte"] == brand.BRAND) & (mentions["Sentiment"] == "négatif")]
par_semaine = negatives.resample("W-MON", on="Date", label="left", closed="left").size()
semaine_bad_buzz = str(par_semaine.idxmax().date())
'''),
        Variant("the Monday computed from the day of the week, as a datetime.date", '''negatives = mentions[(mentions["Alerte"] == brand.BRAND) & (mentions["Sentiment"] == "négatif")]
jours = negatives["Date"].dt.normalize()
lundis = jours - pd.to_timedelta(jours.dt.day_of_week, unit="D")
semaine_bad_buzz = lundis.value_counts().idxmax().date()
'''),
        Variant("the Monday as a pandas Timestamp", '''negatives = mentions[(mentions["Alerte"] == brand.BRAND) & (mentions["Sentiment"] == "négatif")]
par_semaine = negatives.groupby(negatives["Date"].dt.to_period("W")).size()
semaine_bad_buzz = par_semaine.idxmax().start_time
'''),
        Variant("a French date text « JJ/MM/AAAA »", '''negatives = mentions[(mentions["Alerte"] == brand.BRAND) & (mentions["Sentiment"] == "négatif")]
semaines = negatives["Date"].dt.to_period("W-SUN").value_counts()
semaine_bad_buzz = semaines.idxmax().start_time.strftime("%d/%m/%Y")
'''),
    ),
    "positionnement": (
        Variant("a DataFrame brands x indicators, unrounded, from merged tables", '''ventes = etude.tables[2].merge(etude.tables[3], on="Marque")
marche_2025 = etude.tables[1].query("Année == 2025")["Chiffre d'affaires (M€ HT)"].iloc[0]
prix_moyen = etude.tables[3].set_index("Marque").loc["Moyenne du marché", "Prix moyen (€ TTC)"]
positionnement = pd.DataFrame({
    "part de marché": ventes["Chiffre d'affaires 2025 (M€ HT)"] / marche_2025,
    "croissance": ventes["Chiffre d'affaires 2025 (M€ HT)"] / ventes["Chiffre d'affaires 2024 (M€ HT)"] - 1,
    "indice de prix": ventes["Prix moyen (€ TTC)"] / prix_moyen,
}).set_axis(ventes["Marque"])
'''),
        Variant("indicators outside, snake_case keys, the price index on base 100", '''t1, t2, t3 = (etude.table(n) for n in (1, 2, 3))
total = float(t1.loc[t1["Année"] == 2025, "Chiffre d'affaires (M€ HT)"].iloc[0])
t2 = t2.set_index("Marque")
p = t3.set_index("Marque")["Prix moyen (€ TTC)"]
positionnement = {
    "part_de_marche": (t2["Chiffre d'affaires 2025 (M€ HT)"] / total).round(5).to_dict(),
    "croissance": (t2["Chiffre d'affaires 2025 (M€ HT)"] / t2["Chiffre d'affaires 2024 (M€ HT)"] - 1).to_dict(),
    "indice_de_prix": {m: round(100 * p[m] / p["Moyenne du marché"], 2) for m in brand.BRANDS},
}
'''),
        Variant("a DataFrame with a « Marque » column, rounded to 4 decimals", '''lignes = []
marche = dict(zip(etude.tables[1]["Année"], etude.tables[1]["Chiffre d'affaires (M€ HT)"]))
prix = dict(zip(etude.tables[3]["Marque"], etude.tables[3]["Prix moyen (€ TTC)"]))
for _, ligne in etude.tables[2].iterrows():
    m = ligne["Marque"]
    lignes.append({"Marque": m,
                   "Part de marché": round(ligne["Chiffre d'affaires 2025 (M€ HT)"] / marche[2025], 4),
                   "Croissance": round(ligne["Chiffre d'affaires 2025 (M€ HT)"] / ligne["Chiffre d'affaires 2024 (M€ HT)"] - 1, 4),
                   "Indice de prix": round(prix[m] / prix["Moyenne du marché"], 4)})
positionnement = pd.DataFrame(lignes)
'''),
    ),
    "alerte": (
        Variant("the lowest sensible threshold, weeks as Timestamps from a W-MON resample", '''neg = mentions[(mentions["Alerte"] == brand.BRAND) & (mentions["Sentiment"] == "négatif")]
hebdo_neg = neg.resample("W-MON", on="Date", label="left", closed="left").size()
alerte_crise = {"seuil": 6, "semaines": list(hebdo_neg[hebdo_neg >= 6].index)}
'''),
        Variant("mean plus three standard deviations of the ordinary weeks, a float threshold", '''neg = mentions[(mentions["Alerte"] == brand.BRAND) & (mentions["Sentiment"] == "négatif")]
lundis = neg["Date"].dt.normalize() - pd.to_timedelta(neg["Date"].dt.dayofweek, unit="D")
comptes = lundis.value_counts().sort_index()
ordinaires = comptes[comptes.index < "2026-03-01"]
seuil = float(ordinaires.mean() + 3 * ordinaires.std())
alerte_crise = {"seuil": seuil, "semaines": [d.strftime("%Y-%m-%d") for d, n in comptes.items() if n >= seuil]}
'''),
        Variant("a threshold of 15, the weekly Periods themselves, keys in capitals", '''neg = mentions[(mentions["Alerte"] == brand.BRAND) & (mentions["Sentiment"] == "négatif")]
periodes = neg.groupby(neg["Date"].dt.to_period("W")).size()
alerte_crise = {"Seuil": 15, "Semaines": periodes[periodes >= 15].index}
'''),
    ),
    "fiabilite": (
        Variant("trade press and aggregators to cross-check", '''fiabilite_sources = {"Source officielle": "fiable", "Presse spécialisée": "à recouper", "Blog": "à recouper",
                     "Agrégateur": "à recouper", "Compte non vérifié": "non fiable"}
'''),
        Variant("keys and levels without accents or case", '''fiabilite_sources = {"source officielle": "Fiable", "presse specialisee": "Fiable", "blog": "Non fiable",
                     "agregateur": "non fiable", "compte non verifie": "NON FIABLE"}
'''),
        Variant("a Series built from the export's types", '''niveaux = {"Source officielle": "fiable", "Presse spécialisée": "fiable", "Compte non vérifié": "non fiable"}
types = sorted(veille["Type de source"].unique())
fiabilite_sources = pd.Series([niveaux.get(t, "à recouper") for t in types], index=types)
'''),
    ),
    "selection": (
        Variant("a six-month window, with an agency's blog kept", '''six_mois = veille[veille["Date de publication"] >= pd.Timestamp("2026-11-16") - pd.Timedelta(days=180)]
garder = six_mois["Source"].isin(["Commission européenne", "CNIL", "Blog du Modérateur", "Siècle Digital",
                                  "Agence Mareterra — le blog"])
strategies = six_mois[six_mois["Source"] == "Stratégies"].head(1)
selection_veille = {"fenetre_jours": 180,
                    "articles": six_mois.loc[garder, "Identifiant"].tolist() + strategies["Identifiant"].tolist()}
'''),
        Variant("a two-year window, identifiers as texts", '''deux_ans = veille[(veille["Date de publication"] >= "2024-11-16")
                 & veille["Type de source"].isin(["Source officielle", "Presse spécialisée"])
                 & (veille["Réseau concerné"] != "")
                 & (veille["Source"] != "Meta Newsroom")].drop_duplicates("URL")
deux_ans = deux_ans[~deux_ans["Titre"].str.contains("Instagram limite|Limits Posts")]
selection_veille = {"fenetre_jours": 730, "articles": [str(i) for i in deux_ans["Identifiant"]]}
'''),
        Variant("one year, the other copy of each duplicate and the trade-press relays kept", '''un_an = veille[(veille["Date de publication"] >= "2025-11-16")
               & veille["Type de source"].isin(["Source officielle", "Presse spécialisée"])
               & (veille["Réseau concerné"] != "")
               & (veille["Source"] != "Meta Newsroom")]
un_an = un_an.drop_duplicates("URL", keep="last")
selection_veille = {"fenetre_jours": 365.0, "articles": un_an["Identifiant"].tolist()}
'''),
    ),
    "regle_hashtags": (
        Variant("the trade-press article that reports the announcement, identifier as text", '''bdm = veille[(veille["Source"] == "Blog du Modérateur") & veille["Titre"].str.contains("limite")]
regle_hashtags = {"limite": 5, "source": str(bdm["Identifiant"].iloc[0])}
'''),
        Variant("the second copy of the official post, the limit as a float", '''officiel = veille[(veille["Type de source"] == "Source officielle") & veille["Titre"].str.contains("Hashtags")]
regle_hashtags = {"limite": 5.0, "source": int(officiel["Identifiant"].iloc[-1])}
'''),
        Variant("the limit read from the 2026 guide's excerpt, key in capitals", '''import re

guide = veille[veille["Titre"] == "Hashtags sur Instagram : le guide 2026"].iloc[0]
regle_hashtags = {"limite": int(re.search(r"passage à (\\d+) hashtags", guide["Extrait"]).group(1)),
                  "Source": guide["Identifiant"]}
'''),
    ),
    "hashtags": (
        Variant("str.findall().str.len(), a numpy integer", '''insta_ondine = publications[(publications["Marque"] == "Maison Ondine") & (publications["Réseau"] == "Instagram")]
publications_hors_limite = (insta_ondine["Texte"].str.findall(r"#\\w+").str.len()
                            > platforms.PLATFORMS["Instagram"].max_hashtags).sum()
'''),
        Variant("a plain loop with re.findall", '''import re

publications_hors_limite = 0
for _, ligne in publications.iterrows():
    if ligne["Marque"] == brand.BRAND and ligne["Réseau"] == "Instagram":
        if len(re.findall(r"#\\w+", ligne["Texte"])) > platforms.PLATFORMS["Instagram"].max_hashtags:
            publications_hors_limite += 1
'''),
        Variant("the length of the filtered frame, as a float", '''limite = platforms.PLATFORMS["Instagram"].max_hashtags
ondine_insta = publications.query("Marque == @brand.BRAND and Réseau == 'Instagram'")
publications_hors_limite = float(len(ondine_insta[ondine_insta["Texte"].str.count(r"#\\w+") > limite]))
'''),
    ),
}

HOLLOW = {
    "engagement": (
        Variant("all zeros", '''taux_engagement_instagram = dict.fromkeys(sorted(publications["Marque"].unique()), 0.0)
'''),
        Variant("every brand at the overall Instagram rate", '''insta = publications[publications["Réseau"] == "Instagram"]
global_rate = insta[["J'aime", "Commentaires", "Partages", "Enregistrements"]].sum().sum() / insta["Portée"].sum()
taux_engagement_instagram = dict.fromkeys(brand.BRANDS, round(float(global_rate), 4))
'''),
        Variant("divided by the followers, another definition", '''insta = publications[publications["Réseau"] == "Instagram"]
eng = insta[["J'aime", "Commentaires", "Partages", "Enregistrements"]].sum(axis=1)
taux_engagement_instagram = (eng.groupby(insta["Marque"]).sum() / insta.groupby("Marque")["Abonnés"].sum()).to_dict()
'''),
    ),
    "frequence": (
        Variant("every brand at the same mean frequency", '''publications_par_semaine = dict.fromkeys(brand.BRANDS, round(len(publications) / 5 / 52.14, 2))
'''),
        Variant("posts per month instead of per week", '''publications_par_semaine = (publications.groupby("Marque").size() / 12).round(2).to_dict()
'''),
    ),
    "part_de_voix": (
        Variant("an equal share for every brand", '''part_de_voix = dict.fromkeys(brand.BRANDS, 0.2)
'''),
        Variant("share of the negative mentions only", '''negatives = mentions[mentions["Sentiment"] == "négatif"]
part_de_voix = negatives["Alerte"].value_counts(normalize=True).round(4).to_dict()
'''),
    ),
    "sentiment_net": (
        Variant("all zeros on monthly Periods", '''sentiment_net_mensuel = pd.Series(0.0, index=pd.period_range("2025-11", "2026-10", freq="M"))
'''),
        Variant("the sign of each month only", '''ondine = mentions[mentions["Alerte"] == brand.BRAND]
comptes = pd.crosstab(ondine["Date"].dt.strftime("%Y-%m"), ondine["Sentiment"])
sentiment_net_mensuel = {m: (1.0 if p > n else -1.0) for m, p, n in zip(comptes.index, comptes["positif"], comptes["négatif"])}
'''),
    ),
    "bad_buzz": (
        Variant("the first Monday of the period", '''semaine_bad_buzz = "2025-11-03"
'''),
        Variant("pandas' Sunday label plus one day: the Monday after the week", '''ondine = mentions[mentions["Alerte"] == brand.BRAND]
negatives = ondine[ondine["Sentiment"] == "négatif"]
dimanche = negatives.set_index("Date").resample("W").size().idxmax()
semaine_bad_buzz = (dimanche + pd.Timedelta(days=1)).strftime("%Y-%m-%d")
'''),
    ),
    "positionnement": (
        Variant("the market's figures copied for every brand", '''positionnement = {m: {"part de marché": 0.2, "croissance": 0.074, "indice de prix": 1.0} for m in brand.BRANDS}
'''),
        Variant("turnover in M€ instead of shares, prices instead of an index", '''t2 = etude.tables[2].set_index("Marque")
t3 = etude.tables[3].set_index("Marque")
positionnement = {m: {"part de marché": t2.loc[m, "Chiffre d'affaires 2025 (M€ HT)"],
                      "croissance": t2.loc[m, "Chiffre d'affaires 2025 (M€ HT)"] - t2.loc[m, "Chiffre d'affaires 2024 (M€ HT)"],
                      "indice de prix": t3.loc[m, "Prix moyen (€ TTC)"]} for m in brand.BRANDS}
'''),
    ),
    "alerte": (
        Variant("a threshold of zero and every week listed", '''alerte_crise = {"seuil": 0, "semaines": [str(d.date()) for d in pd.date_range("2025-11-03", "2026-10-26", freq="W-MON")]}
'''),
        Variant("a sensible threshold and no week", '''alerte_crise = {"seuil": 10, "semaines": []}
'''),
    ),
    "fiabilite": (
        Variant("everything reliable", '''fiabilite_sources = dict.fromkeys(sorted(veille["Type de source"].unique()), "fiable")
'''),
        Variant("everything to cross-check", '''fiabilite_sources = dict.fromkeys(sorted(veille["Type de source"].unique()), "à recouper")
'''),
    ),
    "selection": (
        Variant("every item kept", '''selection_veille = {"fenetre_jours": 365, "articles": veille["Identifiant"].tolist()}
'''),
        Variant("every official item, whatever its date or topic", '''officiels = veille[veille["Type de source"] == "Source officielle"]
selection_veille = {"fenetre_jours": 365, "articles": officiels["Identifiant"].tolist()}
'''),
    ),
    "regle_hashtags": (
        Variant("the rumour's limit and source", '''rumeur = veille[veille["Source"] == "@insta_leaks_fr (X)"].iloc[0]
regle_hashtags = {"limite": 3, "source": int(rumeur["Identifiant"])}
'''),
        Variant("the 2021 guide's limit and source", '''ancien = veille[veille["Date de publication"].dt.year == 2021].iloc[0]
regle_hashtags = {"limite": 30, "source": int(ancien["Identifiant"])}
'''),
    ),
    "hashtags": (
        Variant("zero", '''publications_hors_limite = 0
'''),
        Variant("every Instagram post of the brand", '''publications_hors_limite = int(((publications["Marque"] == brand.BRAND)
                                & (publications["Réseau"] == "Instagram")).sum())
'''),
    ),
}
