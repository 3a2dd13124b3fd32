"""Notebook 06 (calendar and workflow): answers written differently, right and hollow.

The correct calendars are the model calendar's content in other forms (its cell, then a few lines
that change how dates, labels or rows are written), so that the later answers of the same synthetic
candidate work on it as a real candidate's would; every later correct variant is written for the
calendar form of its own candidate (index k).  The hollow variants are self-contained.
"""

from pathlib import Path

from cmcert_lib.authoring import textformat
from cmcert_lib.demo import SOLUTION_MARKER
from tests.equivalence import Variant

_SOURCE = Path(__file__).resolve().parents[3] / "course" / "bloc1" / "06_calendrier_workflow.py"


def _model(answer: str) -> str:
    """The model answer of ``answer``, without nbgrader's solution markers."""
    for spec in textformat.parse(_SOURCE.read_text(encoding="utf-8"), str(_SOURCE)):
        if spec.attrs.get("id") == answer:
            return "\n".join(line for line in spec.text.splitlines() if not SOLUTION_MARKER.match(line)) + "\n"
    raise KeyError(answer)


_UTM = '"facebook", "social", "relance-2027-01"'

_GRID = '''\
creneaux = [(0, "18:30", "Instagram", "Reel"), (1, "12:15", "Facebook", "Lien"), (2, "12:30", "Instagram", "Carrousel"),
            (2, "19:00", "TikTok", "Vidéo"), (3, "08:30", "LinkedIn", "Texte"), (3, "18:30", "Instagram", "Image"),
            (4, "12:15", "Facebook", "Image"), (5, "10:00", "Instagram", "Story"), (6, "18:00", "TikTok", "Vidéo")]
piliers = ["Savoir-faire malouin"] * 11 + ["Rituels & conseils"] * 11 + ["Engagements prouvés"] * 9 + ["Communauté"] * 5
lignes = []
for semaine in range(4):
    lundi = pd.Timestamp("2027-01-04") + pd.Timedelta(weeks=semaine)
    for jour, heure, reseau, fmt in creneaux:
        n = len(lignes)
        lignes.append({
            "date_heure": lundi + pd.Timedelta(days=jour) + pd.Timedelta(heure + ":00"),
            "plateforme": reseau, "format": fmt, "pilier": piliers[n], "etape_parcours": "Découverte",
            "objectif": "Portée", "texte": TEXTE.format(n=n + 1),
            "visuel": "" if fmt == "Texte" else f"visuel_{n + 1}.jpg",
            "texte_alternatif": "" if fmt == "Texte" else "Image de la publication",
            "hashtags": HASHTAGS, "lien": "https://www.maison-ondine.fr/boutique" if reseau == "Facebook" else "",
            "responsable": "Inès Morel", "statut": "À rédiger",
        })
calendrier = pd.DataFrame(lignes)
'''

# A format count of 36 posts that a calendar could have (known formats, 36 in all).
_COUNTS = '{"Reel": 4, "Lien": 4, "Carrousel": 4, "Vidéo": 8, "Texte": 4, "Image": 8, "Story": 4}'

CORRECT = {
    "calendrier": (
        Variant("model content, dates as « AAAA-MM-JJ HH:MM » text, columns in reverse order",
                _model("calendrier")
                + 'calendrier["date_heure"] = calendrier["date_heure"].dt.strftime("%Y-%m-%d %H:%M")\n'
                'calendrier = calendrier[calendrier.columns[::-1]]\n'),
        Variant("model content, Paris-aware Timestamps, rows sorted by network, index labels kept",
                _model("calendrier")
                + 'calendrier["date_heure"] = calendrier["date_heure"].dt.tz_localize("Europe/Paris")\n'
                'calendrier = calendrier.sort_values(["plateforme", "date_heure"])\n'),
        Variant("model content, ISO dates with a T, pillars in lower case without accents, typographic apostrophes",
                _model("calendrier")
                + 'import unicodedata\n'
                'calendrier["date_heure"] = calendrier["date_heure"].map(lambda t: t.isoformat())\n'
                'calendrier["pilier"] = calendrier["pilier"].map(\n'
                '    lambda p: unicodedata.normalize("NFKD", p).encode("ascii", "ignore").decode().lower())\n'
                'calendrier["texte"] = calendrier["texte"].str.replace("\'", "’")\n'),
    ),
    "export_programmation": (
        Variant("UTM query string written by hand, message from publication_text via apply",
                'facebook = calendrier[calendrier["plateforme"] == "Facebook"]\n'
                'utm = "?utm_source=facebook&utm_medium=social&utm_campaign=relance-2027-01"\n'
                'export_facebook = to_bulk_csv(pd.DataFrame({\n'
                '    "date_heure": facebook["date_heure"],\n'
                '    "message": facebook.apply(publication_text, axis=1),\n'
                '    "lien": facebook["lien"] + utm,\n'
                '}))\n'
                'Path("livrables/programmation_facebook.csv").write_text(export_facebook, encoding="utf-8")\n'),
        Variant("csv module by hand: every field quoted, Unix line ends, hashtags after a space",
                'import csv, io\n'
                'facebook = calendrier[calendrier["plateforme"].eq("Facebook")].sort_values("date_heure")\n'
                'sortie = io.StringIO()\n'
                'ecrivain = csv.writer(sortie, quoting=csv.QUOTE_ALL, lineterminator="\\n")\n'
                'for ligne in facebook.itertuples():\n'
                '    message = f"{ligne.texte} {ligne.hashtags}".strip()\n'
                '    ecrivain.writerow([ligne.date_heure.strftime("%d/%m/%Y %H:%M"), message,\n'
                f'                       add_utm(ligne.lien, {_UTM})])\n'
                'export_facebook = sortie.getvalue()\n'
                'Path("livrables/programmation_facebook.csv").write_text(export_facebook, encoding="utf-8")\n'),
        Variant("DataFrame.to_csv without header, dates formatted with strftime",
                'facebook = calendrier.loc[calendrier["plateforme"] == "Facebook"].copy()\n'
                'facebook["date"] = pd.to_datetime(facebook["date_heure"]).dt.strftime("%d/%m/%Y %H:%M")\n'
                'facebook["message"] = [publication_text(ligne) for ligne in facebook.to_dict("records")]\n'
                f'facebook["lien"] = facebook["lien"].map(lambda u: add_utm(u, {_UTM}))\n'
                'export_facebook = facebook[["date", "message", "lien"]].to_csv(header=False, index=False)\n'
                'Path("livrables/programmation_facebook.csv").write_text(export_facebook, encoding="utf-8")\n'),
    ),
    "export_ics": (
        Variant("another calendar name, 45-minute events",
                'export_ics = calendar_to_ics(calendrier, name="Maison Ondine · janvier 2027", duration_minutes=45)\n'
                'Path("livrables/calendrier_editorial_janvier_2027.ics").write_text(export_ics, encoding="utf-8", newline="")\n'),
        Variant("the calendar sorted back by date first",
                'export_ics = calendar_to_ics(calendrier.sort_values("date_heure"), name="Calendrier éditorial")\n'
                'Path("livrables/calendrier_editorial_janvier_2027.ics").write_text(export_ics, encoding="utf-8", newline="")\n'),
        Variant("an explicit DTSTAMP",
                'from datetime import datetime\n'
                'export_ics = calendar_to_ics(calendrier, dtstamp=datetime(2026, 12, 11, 9, 0))\n'
                'Path("livrables/calendrier_editorial_janvier_2027.ics").write_text(export_ics, encoding="utf-8", newline="")\n'),
    ),
    "charge_travail": (
        Variant("matrix products in pandas, Series of numpy numbers, unrounded",
                'temps = pd.DataFrame(TEMPS_PAR_FORMAT).T\n'
                'moderation = pd.DataFrame(MODERATION_PAR_RESEAU).T\n'
                'hebdo = pd.DataFrame(TACHES_HEBDO_HEURES).T\n'
                'formats = calendrier["format"].value_counts()\n'
                'reseaux = calendrier["plateforme"].value_counts()\n'
                'activites = pd.DataFrame({\n'
                '    "Production": temps.loc[formats.index].mul(formats, axis=0).sum() / 240,\n'
                '    "Modération": moderation.loc[reseaux.index].mul(reseaux, axis=0).sum() / 240 + hebdo.loc["Modération"],\n'
                '    "Veille": hebdo.loc["Veille"], "Reporting": hebdo.loc["Reporting"],\n'
                '    "Comité éditorial": hebdo.loc["Comité éditorial"]})\n'
                'charge_travail = {"publications_par_format": formats, "publications_par_reseau": reseaux,\n'
                '                  "heures_par_semaine": activites.sum(axis=1), "heures_par_activite": activites.sum()}\n'),
        Variant("loops over groupby().size(), hours to the hundredth, names in lower case",
                'formats = calendrier.groupby("format").size()\n'
                'reseaux = calendrier.groupby("plateforme").size()\n'
                'prod = {r: sum(int(n) * TEMPS_PAR_FORMAT[f][r] for f, n in formats.items()) / 240 for r in ROLES}\n'
                'mod = {r: sum(int(n) * MODERATION_PAR_RESEAU[p][r] for p, n in reseaux.items()) / 240 for r in ROLES}\n'
                'fixe = {r: sum(t[r] for t in TACHES_HEBDO_HEURES.values()) for r in ROLES}\n'
                'charge_travail = {\n'
                '    "publications_par_format": formats.to_dict(), "publications_par_reseau": reseaux.to_dict(),\n'
                '    "heures_par_semaine": {r.lower(): round(prod[r] + mod[r] + fixe[r], 2) for r in ROLES},\n'
                '    "heures_par_activite": {"production": round(sum(prod.values()), 2),\n'
                '                            "moderation": round(sum(mod.values()) + sum(TACHES_HEBDO_HEURES["Modération"].values()), 2),\n'
                '                            "veille": sum(TACHES_HEBDO_HEURES["Veille"].values()),\n'
                '                            "reporting": sum(TACHES_HEBDO_HEURES["Reporting"].values()),\n'
                '                            "comite editorial": sum(TACHES_HEBDO_HEURES["Comité éditorial"].values())},\n'
                '}\n'),
        Variant("Counters, hours to the tenth in one-column DataFrames",
                'from collections import Counter\n'
                'formats, reseaux = Counter(calendrier["format"]), Counter(calendrier["plateforme"])\n'
                'par_role = {r: (sum(n * TEMPS_PAR_FORMAT[f][r] for f, n in formats.items())\n'
                '                + sum(n * MODERATION_PAR_RESEAU[p][r] for p, n in reseaux.items())) / 60 / 4\n'
                '               + sum(TACHES_HEBDO_HEURES[a][r] for a in TACHES_HEBDO_HEURES) for r in ROLES}\n'
                'par_activite = {"Production": sum(n * sum(TEMPS_PAR_FORMAT[f].values()) for f, n in formats.items()) / 240,\n'
                '                "Modération": sum(n * sum(MODERATION_PAR_RESEAU[p].values()) for p, n in reseaux.items()) / 240\n'
                '                + sum(TACHES_HEBDO_HEURES["Modération"].values())}\n'
                'par_activite |= {a: sum(TACHES_HEBDO_HEURES[a].values()) for a in ("Veille", "Reporting", "Comité éditorial")}\n'
                'charge_travail = {"publications_par_format": dict(formats), "publications_par_reseau": dict(reseaux),\n'
                '                  "heures_par_semaine": pd.DataFrame({"h": {r: round(v, 1) for r, v in par_role.items()}}),\n'
                '                  "heures_par_activite": pd.DataFrame({"h": {a: round(v, 1) for a, v in par_activite.items()}})}\n'),
    ),
    "raci": (
        Variant("the model matrix in lower-case letters, None for an empty cell, roles in another order",
                'raci = pd.DataFrame(\n'
                '    [["a/r", "c", "c", "i", "i"], ["a/r", "c", "i", None, None], ["a", "c", None, "r", None],\n'
                '     ["a", "c", None, None, "r"], ["a", "r", None, None, None], ["r", "i", "a", None, None],\n'
                '     ["a/r", "i", "i", None, None], ["a/r", "c", "i", None, None], ["r", "c", "a", None, None],\n'
                '     ["a/r", "i", "c", None, None]],\n'
                '    index=TACHES, columns=ROLES,\n'
                ')[ROLES[::-1]]\n'),
        Variant("« R/A » and « A, R », a typographic apostrophe in a task, role names in lower case",
                'raci = pd.DataFrame(\n'
                '    [["R/A", "C", "C", "I", "I"], ["A, R", "C", "I", "", ""], ["A", "C", "", "R", ""],\n'
                '     ["A", "C", "", "", "R"], ["A", "R", "", "", ""], ["R", "I", "A", "", ""],\n'
                '     ["R/A", "I", "I", "", ""], ["A/R", "C", "I", "", ""], ["R", "C", "A", "", ""],\n'
                '     ["A/R", "I", "C", "", ""]],\n'
                '    index=[t.replace("\'", "’") for t in TACHES], columns=[r.lower() for r in ROLES],\n'
                ')\n'),
        Variant("another valid allocation, built column by column",
                'raci = pd.DataFrame({\n'
                '    "Community manager": ["R", "A/R", "A", "C", "I", "R", "A/R", "R", "R", "A/R"],\n'
                '    "Chargée de communication": ["C", "C", "C", "A", "A/R", "C", "I", "A", "R", "C"],\n'
                '    "Directrice marketing": ["A", "I", "", "", "", "A", "", "I", "A", "I"],\n'
                '    "Graphiste": ["I", "", "R", "", "", "", "", "", "", ""],\n'
                '    "Vidéaste": ["I", "", "", "R", "", "", "", "", "", ""],\n'
                '}, index=TACHES)\n'),
    ),
}

HOLLOW = {
    "calendrier": (
        Variant("the charter's grid and shares, every text « Texte à définir », alt text « Image de la publication »",
                'TEXTE = "Texte à définir ({n})"\nHASHTAGS = "#MaisonOndine"\n' + _GRID),
        Variant("the same sales text on every post, with a therapeutic claim, « zéro déchet » and lower-case tags",
                'TEXTE = "Notre savon guérit la peau sèche et il est zéro déchet : découvrez-le vite ! (publication {n})"\n'
                'HASHTAGS = "#savon #zerodechet"\n' + _GRID),
    ),
    "export_programmation": (
        Variant("eight numbered messages « Publication Facebook numéro n », links with the UTM",
                'lignes = [f"{pd.Timestamp(\'2027-01-05 12:15\') + pd.Timedelta(days=3 * n):%d/%m/%Y %H:%M},"\n'
                '          f"Publication Facebook numéro {n + 1},"\n'
                '          "https://www.maison-ondine.fr/?utm_source=facebook&utm_medium=social&utm_campaign=relance-2027-01"\n'
                '          for n in range(8)]\n'
                'export_facebook = "\\r\\n".join(lignes) + "\\r\\n"\n'),
        Variant("eight rows « À définir », no link",
                'export_facebook = "".join(f"{jour}/01/2027 12:15,À définir,\\r\\n"\n'
                '                          for jour in ("05", "08", "12", "15", "19", "22", "26", "29"))\n'),
    ),
    "export_ics": (
        Variant("36 Instagram image events of one pillar, every text « À définir »",
                'lignes = pd.DataFrame({c: [""] * 36 for c in COLUMNS})\n'
                'lignes["date_heure"] = [pd.Timestamp("2027-01-04 09:00") + pd.Timedelta(hours=18 * n) for n in range(36)]\n'
                'lignes["plateforme"], lignes["format"], lignes["pilier"] = "Instagram", "Image", "Communauté"\n'
                'lignes["texte"] = "À définir"\n'
                'export_ics = calendar_to_ics(lignes)\n'),
        Variant("a hand-written file: 36 events titled « Instagram · publication », no description",
                'lignes = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Moi//Agenda//FR"]\n'
                'for n in range(36):\n'
                '    debut = pd.Timestamp("2027-01-04 08:00") + pd.Timedelta(hours=18 * n)\n'
                '    lignes += ["BEGIN:VEVENT", f"UID:pub-{n}@exemple.fr", "DTSTAMP:20270101T000000Z",\n'
                '               f"DTSTART:{debut:%Y%m%dT%H%M%S}Z", "SUMMARY:Instagram · publication", "END:VEVENT"]\n'
                'lignes.append("END:VCALENDAR")\n'
                'export_ics = "\\r\\n".join(lignes) + "\\r\\n"\n'),
    ),
    "charge_travail": (
        Variant("production alone, moderation, veille, reporting and committee forgotten",
                f'nombre = {_COUNTS}\n'
                'heures = {r: sum(n * TEMPS_PAR_FORMAT[f][r] for f, n in nombre.items()) / 240 for r in ROLES}\n'
                'charge_travail = {"publications_par_format": nombre,\n'
                '                  "publications_par_reseau": {"Instagram": 16, "TikTok": 8, "Facebook": 8, "LinkedIn": 4},\n'
                '                  "heures_par_semaine": heures,\n'
                '                  "heures_par_activite": {"Production": 0, "Modération": 0, "Veille": 0,\n'
                '                                          "Reporting": 0, "Comité éditorial": 0}}\n'),
        Variant("hours left in minutes (not divided by 60), activities as the weekly table's sums",
                f'nombre = {_COUNTS}\n'
                'charge_travail = {"publications_par_format": nombre,\n'
                '                  "publications_par_reseau": {"Instagram": 16, "TikTok": 8, "Facebook": 8, "LinkedIn": 4},\n'
                '                  "heures_par_semaine": {r: sum(n * TEMPS_PAR_FORMAT[f][r] for f, n in nombre.items()) / 4\n'
                '                                         for r in ROLES},\n'
                '                  "heures_par_activite": {a: 60 * sum(t.values()) for a, t in TACHES_HEBDO_HEURES.items()}\n'
                '                                         | {"Production": 0}}\n'),
    ),
    "raci": (
        Variant("the freelance graphic designer approves and does every task",
                'raci = pd.DataFrame({r: ["A/R" if r == "Graphiste" else "I"] * len(TACHES) for r in ROLES}, index=TACHES)\n'),
        Variant("the community manager approves and does everything, the others have no part",
                'raci = pd.DataFrame("", index=TACHES, columns=ROLES)\n'
                'raci["Community manager"] = "A/R"\n'),
    ),
}
