"""Answers of notebook 03 (target and personas) written as other candidates would: see tests/equivalence.py.

The candidates choose their bands, statuses and core target (question 2.1), and the later answers are
scored with those choices: the three correct candidates make three different sensible choices (the
statement's four bands; five bands and four statuses; five other bands and other names), and their
segments, usages and persona follow them. A hollow variant of a later question sets its own sensible
choice first, so that it is judged on its own mistake, not on the hollow candidate's choice.

Every variant starts again from ``enquete`` (the raw export): a candidate's variants run in one kernel,
and an earlier variant may have left ``enquete_pseudo`` without the columns a later one would need.
"""

from tests.equivalence import Variant

AGE = "Âge"
STATUS = "Achetez-vous des cosmétiques solides ?"
NETWORKS = "Quels réseaux sociaux utilisez-vous au moins une fois par semaine ?"
BUDGET = "Budget mensuel consacré aux cosmétiques (en €)"
CONSENT = "Acceptez-vous d'être recontacté·e ?"

MODEL_CHOICE = '''choix = {
    "tranches": {"18-29 ans": (18, 29), "30-44 ans": (30, 44), "45-59 ans": (45, 59), "60 ans et plus": (60, 120)},
    "statuts": {"Oui, régulièrement": "Acheteur", "Oui, de temps en temps": "Acheteur",
                "Non, mais j'aimerais essayer": "Prêt à essayer", "Non": "Non intéressé"},
    "cible cœur": ["30-44 ans | Prêt à essayer"],
}
'''

# Each respondent's segment with the candidate's own choice, by pd.cut on the bands' edges.
SEGMENT_BY_CUT = f'''bornes = list(choix["tranches"].values())
tranches = pd.cut(enquete["{AGE}"], bins=[b[0] - 1 for b in bornes] + [bornes[-1][1]],
                  labels=list(choix["tranches"])).astype(str)
statuts = enquete["{STATUS}"].map(choix["statuts"])
segment = tranches + " | " + statuts
'''

# The statement's département rule, written three ways below.
SHARED = '''{"01200": "01/74", "05110": "04/05", "13780": "13/83", "33220": "24/33", "37160": "37/86",
            "48250": "07/48"}'''

CORRECT = {
    "pseudonymisation": (
        Variant("numpy.select over the rule's cases, insert at the postcode's position, ids from zfill",
                f'''import numpy as np

cp = enquete["Code postal"]
partages = {SHARED}
cas = [cp.isin(list(partages)), cp == "97133", cp == "97150", cp == "98000",
       cp.str.startswith("20") & (cp < "20200"), cp.str.startswith("20"), cp.str.startswith("97")]
valeurs = [cp.map(partages), "977", "978", "hors France", "2A", "2B", cp.str[:3]]
enquete_pseudo = enquete.drop(columns=["Adresse e-mail", "Prénom"])
position = enquete_pseudo.columns.get_loc("Code postal")
enquete_pseudo.insert(position, "Département", np.select(cas, valeurs, cp.str[:2]))
enquete_pseudo = enquete_pseudo.drop(columns="Code postal")
enquete_pseudo.insert(0, "Identifiant", "R" + pd.Series(range(1, len(enquete) + 1)).astype(str).str.zfill(4))
'''),
        Variant("identifiers as the index then reset_index(names=...), the rule as a chain of ifs on an int",
                f'''def dep(cp):
    n = int(cp)
    if cp in {SHARED}:
        return {SHARED}[cp]
    if n == 97133:
        return "977"
    if n == 97150:
        return "978"
    if 98000 <= n < 98100:
        return "hors France"
    if 20000 <= n < 20200:
        return "2A"
    if 20200 <= n < 20700:
        return "2B"
    return cp[:3] if n >= 97000 else cp[:2]


df = enquete.copy()
df.index = [f"R{{n:04d}}" for n in range(1, len(df) + 1)]
df["Département"] = df["Code postal"].map(dep)
colonnes = [("Département" if c == "Code postal" else c) for c in enquete.columns
            if c not in ("Adresse e-mail", "Prénom")]
enquete_pseudo = df[colonnes].reset_index(names="Identifiant")
'''),
        Variant("the library's rule (cmcert_lib.domain.geo), a working column added at the end", '''from cmcert_lib.domain.geo import department_label

enquete_pseudo = enquete.drop(columns=["Prénom", "Adresse e-mail"]).rename(columns={"Code postal": "Département"})
enquete_pseudo["Département"] = enquete_pseudo["Département"].map(department_label)
enquete_pseudo.insert(0, "Identifiant", pd.RangeIndex(1, len(enquete_pseudo) + 1).map("R{:04d}".format))
enquete_pseudo["Tranche"] = pd.cut(enquete_pseudo["Âge"], [17, 29, 44, 59, 200]).astype(str)
'''),
    ),
    "correspondance": (
        Variant("boolean filter on the raw export, ids from the row position", f'''ok = enquete["{CONSENT}"].eq("Oui")
correspondance = enquete.loc[ok, ["Prénom", "Adresse e-mail"]].copy()
correspondance.insert(0, "Identifiant", [f"R{{i + 1:04d}}" for i in range(len(enquete)) if ok.iloc[i]])
'''),
        Variant("a join of the pseudonymised ids, columns in another order", f'''ids = pd.Series([f"R{{i:04d}}" for i in range(1, len(enquete) + 1)], index=enquete.index, name="Identifiant")
jointe = enquete[["Adresse e-mail", "Prénom", "{CONSENT}"]].join(ids)
correspondance = jointe[jointe["{CONSENT}"] == "Oui"][["Adresse e-mail", "Identifiant", "Prénom"]]
'''),
        Variant("a list of dicts from itertuples", f'''lignes = [{{"Identifiant": f"R{{rang:04d}}", "Prénom": ligne[0], "Adresse e-mail": ligne[1]}}
          for rang, ligne in enumerate(enquete[["Prénom", "Adresse e-mail", "{CONSENT}"]].itertuples(index=False), 1)
          if ligne[2] == "Oui"]
correspondance = pd.DataFrame(lignes)
'''),
    ),
    "choix": (
        Variant("the statement's four bands and three statuses, bounds as lists, core label in lower case",
                '''choix = {
    "tranches": {"18-29 ans": [18, 29], "30-44 ans": [30, 44], "45-59 ans": [45, 59], "60 ans et plus": [60, 120]},
    "statuts": {"Oui, régulièrement": "Acheteur", "Oui, de temps en temps": "Acheteur",
                "Non, mais j'aimerais essayer": "Prêt à essayer", "Non": "Non intéressé"},
    "cible cœur": ["30-44 ans | Prêt à essayer"],
}
'''),
        Variant("five bands, four statuses, two core segments", '''choix = {
    "tranches": {"18-24": (18, 24), "25-34": (25, 34), "35-44": (35, 44), "45-59": (45, 59), "60+": (60, 130)},
    "statuts": {"Oui, régulièrement": "Fidèle", "Oui, de temps en temps": "Occasionnel",
                "Non, mais j'aimerais essayer": "Prospect", "Non": "Réfractaire"},
    "cible cœur": ["35-44 | Prospect", "35-44 | Occasionnel"],
}
'''),
        Variant("five other bands, other names, bounds as numpy integers", '''import numpy as np

choix = {
    "tranches": {"18-29 ans": (np.int64(18), np.int64(29)), "30-39 ans": (30, 39), "40-49 ans": (40, 49),
                 "50-64 ans": (50, 64), "65 ans et plus": (65, 120)},
    "statuts": {"Oui, régulièrement": "Cliente", "Oui, de temps en temps": "Cliente",
                "Non, mais j'aimerais essayer": "À convaincre", "Non": "Hors cible"},
    "cible cœur": ("30-39 ans | À convaincre", "40-49 ans | À convaincre"),
}
'''),
    ),
    "segments": (
        Variant("pd.cut on the chosen bands, an unsorted value_counts Series without the empty segments",
                SEGMENT_BY_CUT + '''tailles_segments = segment.value_counts()
segmentation = {"choix": choix, "tailles": tailles_segments}
'''),
        Variant("a loop over the bands, groupby on two columns, a dict of numpy integers", f'''def nom_tranche(age):
    for nom, (bas, haut) in choix["tranches"].items():
        if bas <= age <= haut:
            return nom


comptes = pd.DataFrame({{"t": enquete["{AGE}"].map(nom_tranche),
                        "s": enquete["{STATUS}"].map(choix["statuts"])}}).groupby(["t", "s"]).size()
tailles_segments = {{f"{{t}} | {{s}}": comptes.get((t, s), 0) for t in choix["tranches"]
                    for s in set(choix["statuts"].values())}}
segmentation = {{"choix": choix, "tailles": tailles_segments}}
'''),
        Variant("groupby on the band and status columns: a Series with a two-level index", SEGMENT_BY_CUT + '''
tailles_segments = enquete.groupby([tranches, statuts]).size()
segmentation = {"choix": choix, "tailles": tailles_segments}
'''),
    ),
    "usages": (
        Variant("str.get_dummies then groupby().mean()", SEGMENT_BY_CUT + f'''reseaux = ["Instagram", "Facebook", "TikTok", "YouTube", "Pinterest", "LinkedIn", "Snapchat", "X"]
coches = enquete["{NETWORKS}"].str.get_dummies(sep=", ")[reseaux]
usages_segments = coches.groupby(segment).mean()
usages_segments["Budget médian"] = enquete["{BUDGET}"].groupby(segment).median()
usages = {{"choix": choix, "usages": usages_segments}}
'''),
        Variant("one row per segment built in a loop, shares rounded to 4 decimals", SEGMENT_BY_CUT + f'''reseaux = ["Instagram", "Facebook", "TikTok", "YouTube", "Pinterest", "LinkedIn", "Snapchat", "X"]
lignes = {{}}
for nom in sorted(segment.unique()):
    groupe = enquete[segment == nom]
    listes = groupe["{NETWORKS}"].str.split(", ")
    ligne = {{r: round(listes.map(lambda l, r=r: r in l).mean(), 4) for r in reseaux}}
    ligne["Budget médian"] = groupe["{BUDGET}"].dropna().median()
    lignes[nom] = ligne
usages_segments = pd.DataFrame.from_dict(lignes, orient="index")
usages = {{"choix": choix, "usages": usages_segments}}
'''),
        Variant("explode then crosstab divided by the segment sizes, labels and columns in lower case",
                SEGMENT_BY_CUT + f'''eclate = enquete.assign(segment=segment.str.lower(),
                        reseau=enquete["{NETWORKS}"].str.split(", ")).explode("reseau")
comptes = pd.crosstab(eclate["segment"], eclate["reseau"])
effectifs = segment.str.lower().value_counts()
usages_segments = comptes.div(effectifs, axis=0).rename(columns=str.lower)
usages_segments["budget médian"] = enquete["{BUDGET}"].groupby(segment.str.lower()).median()
usages = {{"choix": choix, "usages": usages_segments}}
'''),
    ),
    "cible_brief": (
        Variant("a dict of dicts, str.contains with a word boundary", f'''cible_brief = {{
    groupe: {{r: enquete.loc[enquete["{AGE}"].between(bas, haut), "{NETWORKS}"].str.contains(rf"\\b{{r}}\\b").mean()
             for r in ["Instagram", "TikTok", "Facebook", "Pinterest"]}}
    for groupe, (bas, haut) in [("25-29 ans", (25, 29)), ("30-40 ans", (30, 40))]
}}
'''),
        Variant("get_dummies grouped by a pd.cut, percentages divided by 100 and rounded", f'''coches = enquete["{NETWORKS}"].str.get_dummies(sep=", ")[["Instagram", "TikTok", "Facebook", "Pinterest"]]
groupe = pd.cut(enquete["{AGE}"], bins=[24, 29, 40], labels=["25-29 ans", "30-40 ans"])
cible_brief = (coches.groupby(groupe, observed=True).mean() * 100).round(1) / 100
'''),
        Variant("network names in lower case, groups as columns then transposed", f'''listes = enquete["{NETWORKS}"].str.split(", ")
tableau = {{}}
for nom, masque in {{"25-29 ans": enquete["{AGE}"].between(25, 29),
                    "30-40 ans": (enquete["{AGE}"] >= 30) & (enquete["{AGE}"] <= 40)}}.items():
    tableau[nom] = {{r.lower(): listes[masque].apply(lambda l, r=r: r in l).sum() / masque.sum()
                    for r in ["Instagram", "TikTok", "Facebook", "Pinterest"]}}
cible_brief = pd.DataFrame(tableau).T
'''),
    ),
    "entretiens": (
        Variant("drop_duplicates then value_counts", '''themes_entretiens = (verbatims.drop_duplicates(["Thème", "Participant·e"])
                     ["Thème"].value_counts())
'''),
        Variant("a set of people per theme", '''personnes = {}
for theme, qui in zip(verbatims["Thème"], verbatims["Entretien"]):
    personnes.setdefault(theme, set()).add(qui)
themes_entretiens = {theme: len(qui) for theme, qui in personnes.items()}
'''),
        Variant("crosstab of themes by interview, counted where non-zero, themes in lower case",
                '''tableau = pd.crosstab(verbatims["Thème"], verbatims["Entretien"])
themes_entretiens = (tableau > 0).sum(axis=1).rename(index=str.lower)
'''),
    ),
    "persona": (
        Variant("segment and networks written without accents and in lower case, a numpy age", '''import numpy as np

persona = {
    "nom": "Claire Le Gall",
    "âge": np.int64(38),
    "métier": "Infirmière à temps partiel, mère de deux enfants",
    "segment": "30-44 ans | pret a essayer",
    "citation": "Je veux bien passer au solide, mais il faut que ça convienne à toute la famille.",
    "objectifs": ["Réduire les déchets de la salle de bains", "Des produits doux pour les enfants"],
    "freins": ["Le prix d'un pain solide", "Ne sait pas conserver un savon"],
    "motivations": ["Des avis de vraies clientes", "Des coffrets famille"],
    "réseaux": ["facebook", "PINTEREST"],
    "habitudes médias": ["Groupes Facebook de parents le soir", "Tableaux Pinterest « maison »"],
}
fiche = {"choix": choix, "persona": persona}
'''),
        Variant("networks picked from the data: a pandas Index from .head(3).index, tuples for the lists",
                SEGMENT_BY_CUT + f'''coches = enquete["{NETWORKS}"].str.get_dummies(sep=", ")
parts = coches[segment == "35-44 | Prospect"].mean().sort_values(ascending=False)
persona = {{
    "nom": "Sandrine Hamon",
    "âge": 42,
    "métier": "Assistante de gestion, un fils de 12 ans",
    "segment": "35-44 | Prospect",
    "citation": "Pinterest, c'est mon magazine : c'est là que j'ai découvert le shampoing solide.",
    "objectifs": ("Une liste d'ingrédients courte et compréhensible", "Des soins pour toute la famille"),
    "freins": ("Le prix au quotidien", "Le premier shampoing a fondu dans la douche"),
    "motivations": ("Les promotions et les coffrets", "Une marque qui s'excuse simplement"),
    "réseaux": parts.head(3).index,
    "habitudes médias": ("Épingle des routines sur Pinterest", "Suit des pages locales sur Facebook"),
}}
fiche = {{"choix": choix, "persona": persona}}
'''),
        Variant("a persona of the second core segment, one network, a single string for a list field", '''persona = {
    "nom": "Aurélie Tanguy",
    "âge": 44,
    "métier": "Infirmière, deux enfants de 6 et 9 ans",
    "ville": "Rennes (35)",
    "segment": "40-49 ans | À convaincre",
    "citation": "Si on me dit 80 lavages, là je compare.",
    "objectifs": ["Moins de déchets dans la salle de bains", "Des produits sûrs pour sa fille"],
    "freins": ["Ne sait pas comment conserver un savon", "Le prix sans repère"],
    "motivations": ["Les avis de vraies mamans", "La fabrication près de chez elle"],
    "réseaux": ["Facebook"],
    "habitudes médias": "Une demi-heure le soir dans les groupes Facebook de parents",
}
fiche = {"choix": choix, "persona": persona}
'''),
    ),
}

HOLLOW = {
    "pseudonymisation": (
        Variant("nothing removed; an identifier and one département for all appended at the end",
                '''enquete_pseudo = enquete.copy()
enquete_pseudo["Identifiant"] = [f"R{i:04d}" for i in range(1, len(enquete_pseudo) + 1)]
enquete_pseudo["Département"] = "35"
'''),
        Variant("the e-mail kept under another name, one département for everyone", '''enquete_pseudo = enquete.drop(columns=["Prénom"]).rename(columns={"Adresse e-mail": "Contact",
                                                             "Code postal": "Département"})
enquete_pseudo["Département"] = "35"
enquete_pseudo.insert(0, "Identifiant", [f"R{i:04d}" for i in range(1, len(enquete_pseudo) + 1)])
'''),
        Variant("the postcode only renamed, never cut to the département", '''enquete_pseudo = enquete.drop(columns=["Adresse e-mail", "Prénom"]).rename(columns={"Code postal": "Département"})
enquete_pseudo.insert(0, "Identifiant", [f"R{i:04d}" for i in range(1, len(enquete_pseudo) + 1)])
'''),
    ),
    "correspondance": (
        Variant("everyone, consenting or not, with all their answers", '''correspondance = enquete.copy()
correspondance.insert(0, "Identifiant", [f"R{i:04d}" for i in range(1, len(enquete) + 1)])
'''),
        Variant("the consenting respondents numbered again from R0001", f'''correspondance = enquete.loc[enquete["{CONSENT}"] == "Oui", ["Prénom", "Adresse e-mail"]].reset_index(drop=True)
correspondance.insert(0, "Identifiant", [f"R{{i:04d}}" for i in range(1, len(correspondance) + 1)])
'''),
    ),
    "choix": (
        Variant("two wide bands and occasional buyers counted as prospects", '''choix = {
    "tranches": {"18-39 ans": (18, 39), "40 ans et plus": (40, 120)},
    "statuts": {"Oui, régulièrement": "Acheteur", "Oui, de temps en temps": "Prospect",
                "Non, mais j'aimerais essayer": "Prospect", "Non": "Non intéressé"},
    "cible cœur": ["18-39 ans | Prospect"],
}
'''),
        Variant("the statement's bands, every segment in the core target", '''choix = {
    "tranches": {"18-29 ans": (18, 29), "30-44 ans": (30, 44), "45-59 ans": (45, 59), "60 ans et plus": (60, 120)},
    "statuts": {"Oui, régulièrement": "Acheteur", "Oui, de temps en temps": "Acheteur",
                "Non, mais j'aimerais essayer": "Prêt à essayer", "Non": "Non intéressé"},
    "cible cœur": ["30-44 ans | Non intéressé", "18-29 ans | Acheteur", "60 ans et plus | Acheteur",
                   "30-44 ans | Prêt à essayer"],
}
'''),
    ),
    "segments": (
        Variant("every segment at the same size", MODEL_CHOICE + '''segments = [f"{t} | {s}" for t in choix["tranches"] for s in dict.fromkeys(choix["statuts"].values())]
tailles_segments = dict.fromkeys(segments, round(len(enquete) / len(segments)))
segmentation = {"choix": choix, "tailles": tailles_segments}
'''),
        Variant("upper bounds excluded and every answer starting with « Non » read as not interested",
                MODEL_CHOICE + f'''def nom_tranche(age):
    for nom, (bas, haut) in choix["tranches"].items():
        if bas <= age < haut:
            return nom
    return "60 ans et plus"


statut = enquete["{STATUS}"].str.startswith("Oui").map({{True: "Acheteur", False: "Non intéressé"}})
comptes = (enquete["{AGE}"].map(nom_tranche) + " | " + statut).value_counts()
tailles_segments = {{f"{{t}} | {{s}}": int(comptes.get(f"{{t}} | {{s}}", 0))
                    for t in choix["tranches"] for s in ["Acheteur", "Prêt à essayer", "Non intéressé"]}}
segmentation = {{"choix": choix, "tailles": tailles_segments}}
'''),
    ),
    "usages": (
        Variant("every share at one half, every budget at 30 €", MODEL_CHOICE + '''segments = [f"{t} | {s}" for t in choix["tranches"] for s in dict.fromkeys(choix["statuts"].values())]
usages_segments = pd.DataFrame(0.5, index=segments,
                               columns=["Instagram", "Facebook", "TikTok", "YouTube", "Pinterest", "LinkedIn",
                                        "Snapchat", "X"])
usages_segments["Budget médian"] = 30.0
usages = {"choix": choix, "usages": usages_segments}
'''),
        Variant("the whole sample's shares and median copied on every segment", MODEL_CHOICE + f'''segments = [f"{{t}} | {{s}}" for t in choix["tranches"] for s in dict.fromkeys(choix["statuts"].values())]
reseaux = ["Instagram", "Facebook", "TikTok", "YouTube", "Pinterest", "LinkedIn", "Snapchat", "X"]
ensemble = enquete["{NETWORKS}"].str.get_dummies(sep=", ")[reseaux].mean()
usages_segments = pd.DataFrame([ensemble] * len(segments), index=segments)
usages_segments["Budget médian"] = enquete["{BUDGET}"].median()
usages = {{"choix": choix, "usages": usages_segments}}
'''),
    ),
    "cible_brief": (
        Variant("the whole 25-40 target copied on both rows", f'''coches = enquete["{NETWORKS}"].str.get_dummies(sep=", ")[["Instagram", "TikTok", "Facebook", "Pinterest"]]
ensemble = coches[enquete["{AGE}"].between(25, 40)].mean()
cible_brief = pd.DataFrame([ensemble, ensemble], index=["25-29 ans", "30-40 ans"])
'''),
        Variant("the brief taken at its word: Instagram and TikTok high, the others low", '''cible_brief = pd.DataFrame({"Instagram": [0.9, 0.9], "TikTok": [0.8, 0.8], "Facebook": [0.2, 0.2],
                            "Pinterest": [0.2, 0.2]}, index=["25-29 ans", "30-40 ans"])
'''),
    ),
    "entretiens": (
        Variant("verbatims counted, not people", '''themes_entretiens = verbatims["Thème"].value_counts().to_dict()
'''),
        Variant("every theme raised by everyone", '''themes_entretiens = dict.fromkeys(verbatims["Thème"].unique(), verbatims["Entretien"].nunique())
'''),
    ),
    "persona": (
        Variant("every text « à définir », age and network right", MODEL_CHOICE + '''persona = {
    "nom": "À définir",
    "âge": 38,
    "métier": "À définir",
    "segment": "30-44 ans | Prêt à essayer",
    "citation": "À définir",
    "objectifs": ["À définir", "À définir"],
    "freins": ["À définir", "À compléter"],
    "motivations": ["TODO", "..."],
    "réseaux": ["Facebook"],
    "habitudes médias": ["À définir", "xxx"],
}
fiche = {"choix": choix, "persona": persona}
'''),
        Variant("one sentence pasted in every field", MODEL_CHOICE + '''phrase = "Aime les cosmétiques naturels et les réseaux sociaux"
persona = {
    "nom": "Persona principal",
    "âge": 35,
    "métier": phrase,
    "segment": "30-44 ans | Prêt à essayer",
    "citation": phrase,
    "objectifs": [phrase, phrase],
    "freins": [phrase, phrase],
    "motivations": [phrase, phrase],
    "réseaux": ["Facebook", "Instagram"],
    "habitudes médias": [phrase, phrase],
}
fiche = {"choix": choix, "persona": persona}
'''),
        Variant("a real card outside the core target, networks picked by intuition", MODEL_CHOICE + '''persona = {
    "nom": "Maël Guérin",
    "âge": 26,
    "métier": "Chargé de projet dans une start-up rennaise",
    "segment": "18-29 ans | Acheteur",
    "citation": "Je veux des produits efficaces et une marque qui dit vrai sur ses emballages.",
    "objectifs": ["Une routine rapide le matin", "Moins de plastique dans la salle de bains"],
    "freins": ["Le prix des pains solides", "Peur que le shampoing graisse les cheveux"],
    "motivations": ["La transparence de la marque", "Des tutoriels courts"],
    "réseaux": ["Facebook", "LinkedIn", "X"],
    "habitudes médias": ["Lit les actualités sur X le matin", "Suit des entrepreneurs sur LinkedIn"],
}
fiche = {"choix": choix, "persona": persona}
'''),
    ),
}
