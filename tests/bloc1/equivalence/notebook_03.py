"""Answers of notebook 03 (target and personas) written as other candidates would: see tests/equivalence.py.

Every variant starts again from ``enquete`` (the raw export): a candidate's variants run in one kernel,
and an earlier variant may have left ``enquete_pseudo`` without the columns a later one would need.
"""

from tests.equivalence import Variant

AGE = "Âge"
STATUS = "Achetez-vous des cosmétiques solides ?"
NETWORKS = "Quels réseaux sociaux utilisez-vous au moins une fois par semaine ?"
BUDGET = "Budget mensuel consacré aux cosmétiques (en €)"

# The segment of each respondent, computed from the raw export with pd.cut (right-closed bins).
SEGMENT_BY_CUT = f'''tranches = pd.cut(enquete["{AGE}"], bins=[17, 29, 44, 59, 200],
                  labels=["18-29 ans", "30-44 ans", "45-59 ans", "60 ans et plus"])
statuts = enquete["{STATUS}"].map({{"Oui, régulièrement": "Acheteur", "Oui, de temps en temps": "Acheteur",
                                  "Non, mais j'aimerais essayer": "Prêt à essayer", "Non": "Non intéressé"}})
segment = tranches.astype(str) + " | " + statuts
'''

CORRECT = {
    "pseudonymisation": (
        Variant("numpy.where for the overseas rule, insert at the postcode's position, ids from zfill",
                '''import numpy as np

cp = enquete["Code postal"]
enquete_pseudo = enquete.drop(columns=["Adresse e-mail", "Prénom"])
position = enquete_pseudo.columns.get_loc("Code postal")
enquete_pseudo.insert(position, "Département", np.where(cp.str.startswith("97"), cp.str[:3], cp.str[:2]))
enquete_pseudo = enquete_pseudo.drop(columns="Code postal")
enquete_pseudo.insert(0, "Identifiant", "R" + pd.Series(range(1, len(enquete) + 1)).astype(str).str.zfill(4))
'''),
        Variant("identifiers as the index then reset_index(names=...), département by str.extract, "
                "columns reordered by a list", '''df = enquete.copy()
df.index = [f"R{n:04d}" for n in range(1, len(df) + 1)]
df["Département"] = df["Code postal"].str.extract(r"^(97\\d|\\d{2})", expand=False)
colonnes = [("Département" if c == "Code postal" else c) for c in enquete.columns
            if c not in ("Adresse e-mail", "Prénom")]
enquete_pseudo = df[colonnes].reset_index(names="Identifiant")
'''),
        Variant("a lambda per postcode, ids from a RangeIndex, a working column added at the end", '''enquete_pseudo = enquete.drop(columns=["Prénom", "Adresse e-mail"]).rename(columns={"Code postal": "Département"})
enquete_pseudo["Département"] = enquete_pseudo["Département"].apply(lambda c: c[:3] if c[:2] == "97" else c[:2])
enquete_pseudo.insert(0, "Identifiant", pd.RangeIndex(1, len(enquete_pseudo) + 1).map("R{:04d}".format))
enquete_pseudo["Tranche"] = pd.cut(enquete_pseudo["Âge"], [17, 29, 44, 59, 200]).astype(str)
'''),
    ),
    "segments": (
        Variant("pd.cut for the bands, an unsorted value_counts Series", SEGMENT_BY_CUT + '''tailles_segments = segment.value_counts()
'''),
        Variant("np.select for the bands, groupby on two columns, a dict of numpy integers", f'''import numpy as np

age = enquete["{AGE}"]
tranche = np.select([age <= 29, age <= 44, age <= 59], ["18-29 ans", "30-44 ans", "45-59 ans"], "60 ans et plus")
statut = np.where(enquete["{STATUS}"].str.startswith("Oui"), "Acheteur",
                  np.where(enquete["{STATUS}"] == "Non", "Non intéressé", "Prêt à essayer"))
comptes = pd.DataFrame({{"t": tranche, "s": statut}}).groupby(["t", "s"]).size()
tailles_segments = {{f"{{t}} | {{s}}": n for (t, s), n in comptes.items()}}
'''),
        Variant("crosstab then labels in lower case without accents, a one-column DataFrame", SEGMENT_BY_CUT + '''import unicodedata


def simple(texte):
    return "".join(c for c in unicodedata.normalize("NFKD", texte) if not unicodedata.combining(c)).lower()


tableau = pd.crosstab(tranches, statuts)
tailles_segments = pd.DataFrame(
    {"effectif": [int(tableau.loc[t, s]) for t in tableau.index for s in tableau.columns]},
    index=[simple(f"{t} | {s}") for t in tableau.index for s in tableau.columns])
'''),
        Variant("groupby on the band and status columns: a Series with a two-level index", SEGMENT_BY_CUT + '''
tailles_segments = enquete.groupby([tranches.astype(str), statuts]).size()
'''),
    ),
    "usages": (
        Variant("str.get_dummies then groupby().mean()", SEGMENT_BY_CUT + f'''reseaux = ["Instagram", "Facebook", "TikTok", "YouTube", "Pinterest", "LinkedIn", "Snapchat", "X"]
coches = enquete["{NETWORKS}"].str.get_dummies(sep=", ")[reseaux]
usages_segments = coches.groupby(segment).mean()
usages_segments["Budget médian"] = enquete["{BUDGET}"].groupby(segment).median()
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
'''),
        Variant("explode then crosstab divided by the segment sizes, labels and columns in lower case",
                SEGMENT_BY_CUT + f'''eclate = enquete.assign(segment=segment.str.lower(),
                        reseau=enquete["{NETWORKS}"].str.split(", ")).explode("reseau")
comptes = pd.crosstab(eclate["segment"], eclate["reseau"])
effectifs = segment.str.lower().value_counts()
usages_segments = comptes.div(effectifs, axis=0).rename(columns=str.lower)
usages_segments["budget médian"] = enquete["{BUDGET}"].groupby(segment.str.lower()).median()
'''),
        Variant("grouped by (band, status): a two-level index", SEGMENT_BY_CUT + f'''reseaux = ["Instagram", "Facebook", "TikTok", "YouTube", "Pinterest", "LinkedIn", "Snapchat", "X"]
coches = enquete["{NETWORKS}"].str.get_dummies(sep=", ")[reseaux]
cles = [tranches.astype(str).rename("tranche"), statuts.rename("statut")]
usages_segments = coches.groupby(cles).mean()
usages_segments["Budget médian"] = enquete["{BUDGET}"].groupby(cles).median()
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
    "freins": ["Le prix d'un pain solide", "Ne connaît pas la marque"],
    "motivations": ["Des avis de vraies clientes", "Des coffrets famille"],
    "réseaux": ["facebook", "PINTEREST"],
    "habitudes médias": ["Groupes Facebook de parents le soir", "Tableaux Pinterest « maison »"],
}
'''),
        Variant("networks picked from the data: a pandas Index from .head(3).index, tuples for the lists",
                SEGMENT_BY_CUT + f'''coches = enquete["{NETWORKS}"].str.get_dummies(sep=", ")
parts = coches[segment == "18-29 ans | Acheteur"].mean().sort_values(ascending=False)
persona = {{
    "nom": "Lou Kerbrat",
    "âge": 24,
    "métier": "Étudiante en master à Rennes, job étudiant en librairie",
    "segment": "18-29 ans | Acheteur",
    "citation": "Je veux une marque honnête sur ses emballages, pas du greenwashing.",
    "objectifs": ("Une salle de bains sans plastique", "Des produits bretons et sincères"),
    "freins": ("Un petit budget", "Se méfie des promesses écologiques vagues"),
    "motivations": ("Les coulisses de fabrication", "Les avis de créatrices qu'elle suit"),
    "réseaux": parts.head(3).index,
    "habitudes médias": ("Plus d'une heure par jour sur TikTok", "Reels et stories le soir"),
}}
'''),
        Variant("an older segment, one network, a single string for a list field", '''persona = {
    "nom": "Yvonne Rouxel",
    "âge": 67,
    "métier": "Retraitée, ancienne institutrice",
    "ville": "Dinard (35)",
    "segment": "60 ans et plus | Prêt à essayer",
    "citation": "J'achète au marché et je veux savoir d'où viennent les ingrédients.",
    "objectifs": ["Des produits fabriqués près de chez elle", "Une peau mature bien hydratée"],
    "freins": ["Ne sait pas comment conserver un savon solide", "Habituée à sa crème de pharmacie"],
    "motivations": ["La fabrication locale", "Le conseil en boutique"],
    "réseaux": ["Facebook"],
    "habitudes médias": "Moins de 30 minutes par jour sur Facebook, pages locales",
}
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
    "segments": (
        Variant("every segment at the same size", '''from cmcert_lib.bloc1.checks.cible import SEGMENTS

tailles_segments = dict.fromkeys(SEGMENTS, round(len(enquete) / 12))
'''),
        Variant("every answer starting with « Non » read as not interested", f'''tranche = pd.cut(enquete["{AGE}"], [17, 29, 44, 59, 200],
                 labels=["18-29 ans", "30-44 ans", "45-59 ans", "60 ans et plus"]).astype(str)
statut = enquete["{STATUS}"].str.startswith("Oui").map({{True: "Acheteur", False: "Non intéressé"}})
comptes = (tranche + " | " + statut).value_counts()
tailles_segments = {{f"{{t}} | {{s}}": int(comptes.get(f"{{t}} | {{s}}", 0))
                    for t in ["18-29 ans", "30-44 ans", "45-59 ans", "60 ans et plus"]
                    for s in ["Acheteur", "Prêt à essayer", "Non intéressé"]}}
'''),
    ),
    "usages": (
        Variant("every share at one half, every budget at 30 €", '''from cmcert_lib.bloc1.checks.cible import SEGMENTS

usages_segments = pd.DataFrame(0.5, index=list(SEGMENTS),
                               columns=["Instagram", "Facebook", "TikTok", "YouTube", "Pinterest", "LinkedIn",
                                        "Snapchat", "X"])
usages_segments["Budget médian"] = 30.0
'''),
        Variant("the whole sample's shares and median copied on every segment", f'''from cmcert_lib.bloc1.checks.cible import SEGMENTS

reseaux = ["Instagram", "Facebook", "TikTok", "YouTube", "Pinterest", "LinkedIn", "Snapchat", "X"]
ensemble = enquete["{NETWORKS}"].str.get_dummies(sep=", ")[reseaux].mean()
usages_segments = pd.DataFrame([ensemble] * len(SEGMENTS), index=list(SEGMENTS))
usages_segments["Budget médian"] = enquete["{BUDGET}"].median()
'''),
    ),
    "persona": (
        Variant("every text « à définir », age and network right", '''persona = {
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
'''),
        Variant("one sentence pasted in every field", '''phrase = "Aime les cosmétiques naturels et les réseaux sociaux"
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
'''),
        Variant("a real card whose networks are picked by intuition, not from the data", '''persona = {
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
'''),
    ),
}
