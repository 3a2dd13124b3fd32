"""Notebook 03's files (publishing and profiles):

* ``historique_publications_2026-09_2027-08.csv``: a year of the brand's posts (1 September 2026 to
  31 August 2027), gathered by Léna Morvan from each network's native statistics export (Meta Business
  Suite, TikTok Studio, LinkedIn page analytics): network, publication date and time in Paris time
  (« JJ/MM/AAAA HH:MM »), post type, reach, interactions. Semicolon-separated, UTF-8 with BOM. Each
  network has a few strong slots (its audience's habits), drawn with a fixed seed around them, and a few
  slots of one or two exceptional posts.
* ``contenus_septembre_2027.csv``: the September contents the client validated, one per post the
  validated rhythm needs (network, pillar, text, link without tracking); two Instagram captions still
  carry more hashtags than Instagram accepts.
* ``profils_actuels.csv``: the brand's profiles as they are, inconsistent from one network to the next,
  and the Pinterest account to open (an empty row).
"""

from __future__ import annotations

import csv
import io
import random
from datetime import date, datetime, timedelta
from pathlib import Path

from cmcert_lib.bloc3.datasets.diffusion import CONTENTS_FILE, HISTORY_FILE, PROFILES_FILE
from cmcert_lib.bloc3.scheduling import BANDES, JOURS, PROFILE_COLUMNS
from cmcert_lib.facts import brand

SEED = 20270901
START, END = date(2026, 9, 1), date(2027, 8, 31)

# Posts a week over the year, the hours the team may post between, the usual reach and rate.
NETWORKS = {
    "Instagram": (4, 7, 23, 2600, 0.052, ("Image", "Carrousel", "Reel")),
    "Facebook": (3, 7, 23, 1500, 0.034, ("Image", "Lien", "Vidéo")),
    "TikTok": (2, 9, 23, 4200, 0.071, ("Vidéo",)),
    "LinkedIn": (2, 7, 20, 700, 0.041, ("Texte", "Image", "Document")),
}
# The slots where each audience answers best, and how much better (a factor on the rate).
STRONG = {
    "Instagram": {("mardi", "12h-14h"): 1.6, ("jeudi", "17h-20h"): 1.5, ("dimanche", "20h-23h"): 1.42,
                  ("samedi", "9h-12h"): 1.33},
    "Facebook": {("mercredi", "12h-14h"): 1.55, ("samedi", "9h-12h"): 1.45, ("lundi", "20h-23h"): 1.2},
    "TikTok": {("vendredi", "17h-20h"): 1.6, ("mercredi", "20h-23h"): 1.47, ("samedi", "14h-17h"): 1.22},
    "LinkedIn": {("mardi", "9h-12h"): 1.65, ("jeudi", "7h-9h"): 1.3, ("mercredi", "12h-14h"): 1.25},
}
# Slots of one or two posts that were exceptional (a giveaway, a press mention): the statement's rule of
# at least 3 posts per slot sets them aside.
EXCEPTIONAL = {
    "Instagram": {("jeudi", "14h-17h"): 2.4},
    "Facebook": {("dimanche", "14h-17h"): 2.5},
    "LinkedIn": {("jeudi", "14h-17h"): 2.2},
}
WORKDAYS_ONLY = {"LinkedIn"}


def _history(rng: random.Random) -> list[list[str]]:
    rows = []
    weeks = (END - START).days // 7 + 1
    for network, (per_week, first, last, reach0, rate0, types) in NETWORKS.items():
        days = [d for d in JOURS if network not in WORKDAYS_ONLY or JOURS.index(d) < 5]
        bands = [(b, s, e) for b, s, e in BANDES if s >= first and e <= last]
        strong = list(STRONG[network])
        for week in range(weeks):
            monday = START - timedelta(days=START.weekday()) + timedelta(weeks=week)
            for _ in range(per_week):
                # A third of the posts land in a strong slot (the team's lunch and evening habits).
                if rng.random() < 0.3:
                    day, band = rng.choice(strong)
                    _, start, end = next(b for b in BANDES if b[0] == band)
                else:
                    day = rng.choice(days)
                    band, start, end = rng.choice(bands)
                when = datetime.combine(monday + timedelta(days=JOURS.index(day)), datetime.min.time())
                when += timedelta(hours=rng.randrange(start, end), minutes=rng.randrange(60))
                if not START <= when.date() <= END:
                    continue
                boosts = {**STRONG[network], **EXCEPTIONAL.get(network, {})}
                factor = boosts.get((day, band), 1.0) * rng.uniform(0.8, 1.2)
                reach = max(80, int(rng.lognormvariate(0, 0.35) * reach0))
                interactions = max(0, round(reach * rate0 * factor * rng.uniform(0.85, 1.15)))
                rows.append([network, when, rng.choice(types), str(reach), str(interactions)])
    rows.sort(key=lambda r: (r[1], r[0]))
    return [[n, w.strftime("%d/%m/%Y %H:%M"), t, r, i] for n, w, t, r, i in rows]


# The September subjects: (pillar, subject sentence) — each network's text says it its own way.
SUBJECTS = (
    ("Savoir-faire malouin", "la coupe des pains de savon à la main dans l'atelier de Saint-Malo"),
    ("Rituels & conseils", "trois gestes pour faire durer un shampoing solide jusqu'à quarante lavages"),
    ("Engagements prouvés", "l'huile de colza bretonne qui remplace l'huile de palme dans nos recettes"),
    ("Communauté", "les photos de salles de bains partagées par nos abonnées cet été"),
    ("Savoir-faire malouin", "le séchage des savons pendant quatre semaines sur les claies en bois"),
    ("Rituels & conseils", "la routine du bain du soir avec Petite Vague pour les enfants dès trois ans"),
    ("Engagements prouvés", "notre nouvel étui en carton recyclé, sans film ni doublure plastique"),
    ("Rituels & conseils", "comment ranger un pain solide entre deux douches pour qu'il reste ferme"),
    ("Savoir-faire malouin", "la récolte du miel du pays de Rance chez notre apicultrice partenaire"),
    ("Communauté", "les questions de la rentrée posées par les parents en commentaire"),
    ("Engagements prouvés", "le bilan carbone de notre atelier, chiffres vérifiés à l'appui"),
    ("Rituels & conseils", "le démêlage des cheveux bouclés après un shampoing solide"),
    ("Savoir-faire malouin", "la visite de l'atelier pendant les Journées du patrimoine"),
    ("Communauté", "le portrait de Maëlle, cliente fidèle depuis l'ouverture de la boutique"),
    ("Rituels & conseils", "le porte-savon en bois de hêtre qui évite au pain de se déliter"),
    ("Engagements prouvés", "le test ophtalmologique de Petite Vague expliqué simplement"),
    ("Savoir-faire malouin", "le choix des argiles de nos savons visage, de la carrière au moule"),
    ("Communauté", "les boutiques vrac qui accueillent nos savons en Bretagne et ailleurs"),
    ("Rituels & conseils", "le voyage en cabine avec des cosmétiques solides, sans limite de liquides"),
    ("Engagements prouvés", "la recharge des déodorants solides en boutique, sans nouvel emballage"),
)
TEMPLATES = {
    "Instagram": "{Subject}. Vous aussi, vous avez une question ? Écrivez-la en commentaire, on vous répond. {tags}",
    "Facebook": "Cette semaine, on vous raconte {subject}. Les détails et les photos sont sur notre site.",
    "TikTok": "En une minute chrono : {subject}. Suivez-nous pour la suite !",
    "LinkedIn": ("Dans les coulisses de Maison Ondine : {subject}. Une démarche que nous partageons volontiers "
                 "avec nos revendeurs, boutiques bio et épiceries vrac."),
}
TAGS = ("#maisonondine", "#cosmetiquesolide", "#saintmalo", "#faitenbretagne", "#zerodechetsalledebain",
        "#petitevague", "#savonartisanal", "#routinenaturelle")
PAGES = ("/", "/boutique", "/blog", "/produit/petite-vague-shampoing-solide-enfant", "/notre-atelier")


def _contents(rng: random.Random) -> list[list[str]]:
    rows = []
    weeks = 5  # the weeks of September 2027, from Monday 30 August to Sunday 3 October
    offset = 0
    for network, per_week in brand.VALIDATED_FREQUENCY.items():
        n = per_week * weeks
        chosen = [SUBJECTS[(offset + k) % len(SUBJECTS)] for k in range(n)]
        offset += 7
        for k, (pillar, subject) in enumerate(chosen):
            many = network == "Instagram" and k in (3, 11)
            tags = " ".join(rng.sample(TAGS, 7 if many else 3)) if network == "Instagram" else ""
            text = TEMPLATES[network].format(subject=subject, Subject=subject[0].upper() + subject[1:],
                                             tags=tags).strip()
            link = "" if network in ("Instagram", "TikTok") else brand.BRAND_SITE + rng.choice(PAGES)
            rows.append([network, pillar, text, link])
    return rows


def _profiles() -> list[list[str]]:
    return [
        ["Instagram", "Maison Ondine 🌊", "@maisonondine",
         ("Cosmétiques solides et naturels fabriqués à Saint-Malo. Savons, shampoings et soins sans plastique, "
          "testés par nos familles. Boutique-atelier ouverte du mardi au samedi."),
         "https://linktr.ee/maisonondine", "110 x 110", "", "Blogueur", "non"],
        ["Facebook", "Maison Ondine Savonnerie", "maison.ondine.savonnerie",
         "Savonnerie artisanale de Saint-Malo", "http://maison-ondine.fr", "180 x 180", "820 x 312",
         "Beauté, cosmétiques et soins personnels", "oui"],
        ["TikTok", "maison.ondine", "@maison.ondine", "🌊", "", "200 x 200", "",
         "", "non"],
        ["LinkedIn", "Maison Ondine SAS", "maison-ondine-sas",
         ("Maison Ondine conçoit et fabrique à Saint-Malo des cosmétiques solides et naturels pour toute la "
          "famille, vendus en ligne et chez nos revendeurs."), "https://www.maison-ondine.fr",
         "400 x 400", "1584 x 396", "Commerce de détail", "oui"],
        ["Pinterest", "", "", "", "", "", "", "", ""],
    ]


def _csv(rows: list[list[str]], header: tuple[str, ...] | list[str]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def generate(dest: Path) -> list[Path]:
    rng = random.Random(SEED)
    dest.mkdir(parents=True, exist_ok=True)
    files = {
        HISTORY_FILE: _csv(_history(rng), ["Réseau", "Date de publication", "Type", "Portée", "Interactions"]),
        CONTENTS_FILE: _csv(_contents(rng), ["Réseau", "Pilier", "Message", "Lien"]),
        PROFILES_FILE: _csv(_profiles(), PROFILE_COLUMNS),
    }
    written = []
    for name, data in files.items():
        path = dest / name
        path.write_bytes(data)
        written.append(path)
    return written
