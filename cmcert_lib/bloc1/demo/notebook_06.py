"""Notebook 06 (calendar and workflow): the partly-right demo candidate.

A candidate who plans a schematic calendar (one pillar after the other, whatever the
charter's shares) whose texts are templates (« <pilier> : sujet 5 de la semaine 1 sur
Instagram. »), writes two-word alternative texts and gives the LinkedIn posts to « Léna / Inès »;
who exports Facebook without the UTM parameters, counts only the production of posts in the
workload (no moderation, veille, reporting nor committee), and puts two A on the validation of posts.

Points, by hand, from the scorers of cmcert_lib/bloc1/checks/calendrier.py:

* calendrier (6 pts): 36 posts, 9 per pillar (25 % each). Savoir-faire and Rituels are
  5 points under their 30 %, inside the ± 5 tolerance; Communauté is 10 points over its
  15 %: PILIERS fails. « Photo produit » has 2 words (< 3): ALT fails. « Léna / Inès »:
  RESPONSABLE fails. The 9 texts of the proofs pillar, « Zéro déchet : … » (the brand's old
  slogan kept as the pillar's label), publish a generic
  environmental claim: ALLEGATIONS fails. 8 of the 12 scored rules hold. On each network the
  texts of one pillar repeat each other but for their numbers: 20 of the 36 posts are not
  written (CONTENU), and the rules' share is multiplied by 16/36:
  6 x 8/12 x 16/36 = 1.78.
* export_programmation (2 pts): 8 Facebook rows, dates, minutes, distinct messages and
  lengths are right; the « zéro déchet » texts break the charter and the links carry no UTM:
  5 checks of 7; 4 of the 8 messages repeat another: x 4/8 -> round(2 x 5/7 x 1/2, 2) = 0.71.
* export_ics (2 pts): made with calendar_to_ics from the calendar: 36 events, well formed,
  titled, in the period, on the charter's weekly rhythm, but the « zéro déchet » texts break the
  charter: 6 checks of 7; 16 of the 36 events carry a written post:
  round(2 x 6/7 x 16/36, 2) = 0.76.
* charge_travail (3 pts): formats, networks and 36 posts right (0.2 of the fraction); production
  alone counted: hours right for Graphiste and Vidéaste (who neither moderate, watch nor report)
  but short for the three roles who do (0.5 x 2/5 = 0.2); of the five activities only
  Production is right (0.3 x 1/5 = 0.06): 0.46 -> 3 x 0.46 = 1.38.
* raci (3 pts): roles and tasks all there (0.1); « Valider les publications » has two A and no
  R, the 9 other tasks are valid (0.2 x 9/10 = 0.18); of the brief's five decisions, three are
  kept (the CM programs, the graphic designer makes the visuals, the videographer the videos),
  two are not (the validation has two A, the crisis goes to the CM): 0.7 x 3/5 = 0.42
  -> 0.70 -> 3 x 0.7 = 2.1.

Total: 1.78 + 0.71 + 0.76 + 1.38 + 2.1 = 6.73 of 16.

The expectation was 11.74 while the calendar, its two exports and the RACI were judged on their
shape only: template texts counted as planned posts (4.2 for the calendar, 1.67 and 2 for its
exports) and the « zéro déchet » of the texts went unseen; the RACI earned 2.22 with two of the
client's three decisions broken. The calendar's texts are now judged by the charter's rules and
must be written, the RACI by the brief's decisions first.
"""

PARTIAL_ANSWERS = {
    "calendrier": '''\
creneaux = [
    (0, "18:30", "Instagram", "Reel"), (1, "12:15", "Facebook", "Lien"),
    (2, "12:30", "Instagram", "Carrousel"), (2, "19:00", "TikTok", "Vidéo"),
    (3, "08:30", "LinkedIn", "Texte"), (3, "18:30", "Instagram", "Image"),
    (4, "12:15", "Facebook", "Image"), (5, "10:00", "Instagram", "Story"),
    (6, "18:00", "TikTok", "Vidéo"),
]
piliers = list(brand.VALIDATED_PILLARS)
lignes = []
n = 0
for semaine in range(4):
    lundi = pd.Timestamp(brand.PROJECT_START) + pd.Timedelta(weeks=semaine)
    for jour, heure, reseau, fmt in creneaux:
        pilier = piliers[n % 4]
        # The pillar of proofs still goes by the brand's old slogan in the candidate's drafts.
        sujet = "Zéro déchet" if pilier == "Engagements prouvés" else pilier
        lignes.append({
            "date_heure": lundi + pd.Timedelta(days=jour) + pd.Timedelta(heure + ":00"),
            "plateforme": reseau, "format": fmt, "pilier": pilier,
            "etape_parcours": "Découverte", "objectif": "Portée",
            "texte": f"{sujet} : sujet {n + 1} de la semaine {semaine + 1} sur {reseau}.",
            "visuel": "" if fmt == "Texte" else f"visuel_{n + 1}.jpg",
            "texte_alternatif": "" if fmt == "Texte" else "Photo produit",
            "hashtags": "#MaisonOndine #SaintMalo",
            "lien": f"{brand.BRAND_SITE}/boutique" if reseau == "Facebook" else "",
            "responsable": "Léna / Inès" if reseau == "LinkedIn" else "Inès Morel",
            "statut": "À rédiger",
        })
        n += 1
calendrier = pd.DataFrame(lignes)
''',
    "export_programmation": '''\
facebook = calendrier[calendrier["plateforme"] == "Facebook"]
export_facebook = to_bulk_csv(pd.DataFrame({
    "date_heure": facebook["date_heure"],
    "message": facebook["texte"],
    "lien": facebook["lien"],
}))
Path("livrables/programmation_facebook.csv").write_text(export_facebook, encoding="utf-8")
''',
    "charge_travail": '''\
par_format = calendrier["format"].value_counts().to_dict()
par_reseau = calendrier["plateforme"].value_counts().to_dict()
heures = {}
for role in ROLES:
    total = 0
    for fmt, n in par_format.items():
        total += n * TEMPS_PAR_FORMAT[fmt][role]
    heures[role] = round(total / 60 / 4, 1)
charge_travail = {
    "publications_par_format": par_format,
    "publications_par_reseau": par_reseau,
    "heures_par_semaine": heures,
    "heures_par_activite": {"Production": round(sum(heures.values()), 1), "Modération": 0,
                            "Veille": 0, "Reporting": 0, "Comité éditorial": 0},
}
''',
    "raci": '''\
raci = pd.DataFrame(
    [
        ["A/R", "C", "C", "I", "I"],
        ["A/R", "C", "I", "", ""],
        ["A", "C", "", "R", ""],
        ["A", "C", "", "", "R"],
        ["A", "R", "", "", ""],
        ["A", "I", "A", "", ""],
        ["A/R", "I", "I", "", ""],
        ["A/R", "C", "I", "", ""],
        ["A/R", "C", "C", "", ""],
        ["A/R", "I", "C", "", ""],
    ],
    index=TACHES,
    columns=ROLES,
)
''',
}

PARTIAL_EXPECTED_POINTS = 6.73
