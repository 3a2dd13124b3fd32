"""The benchmark post export and the social-listening export of Bloc 1 (seeded).

Two files under ``dest/``:

* ``benchmark_publications.csv`` imitates a benchmarking tool's post export
  (``;`` separator, UTF-8 with BOM, ``dd/mm/yyyy HH:MM`` dates): every post of
  the brand and its four competitors on their accounts over the listening year;
* ``ecoute_sociale_mentions.csv`` imitates a Mention-like listening export
  (``,`` separator, UTF-8, ISO dates): every mention of the five monitored
  brands, with the brand's bad buzz and its tail.

The story the data tell (the notebook's questions rely on it): Maison Ondine
posts regularly with a good engagement rate on Instagram, behind the small but
fervent Les Solides d'Aimée and the TikTok-driven Pure Galet, far ahead of the
big but distant Cosmo Vrac; its share of voice is modest; its net sentiment is
high until the bad buzz week, collapses, and recovers slowly; its Instagram
captions kept more hashtags than the new limit for months after it was announced.
"""

from __future__ import annotations

import csv
import io
import itertools
import math
import re
import string
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np

# The exports' headers are the loaders': one list of columns for both.
from cmcert_lib.bloc1.datasets.social import MENTION_COLUMNS, POST_COLUMNS
from cmcert_lib.facts import brand, platforms

SEED = 20261116
POSTS_FILE = "benchmark_publications.csv"
MENTIONS_FILE = "ecoute_sociale_mentions.csv"

MENTION_SOURCES = (
    "Instagram", "Facebook", "TikTok", "X", "YouTube", "Blogs", "Forums", "Presse en ligne",
)

# Instagram announced its cut to 5 hashtags mid-December 2025; the brand's
# captions only adapted slowly (the veille question counts the overruns).
HASHTAG_ANNOUNCEMENT = date(2025, 12, 15)
BRAND_COMPLIANT_FROM = date(2026, 3, 23)

MO, PHARE, GALET, AIMEE, VRAC = brand.BRANDS


def _pick(rng: np.random.Generator, seq: Sequence):
    return seq[int(rng.integers(len(seq)))]


def _days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def _token(rng: np.random.Generator, length: int, alphabet: str) -> str:
    return "".join(alphabet[int(i)] for i in rng.integers(len(alphabet), size=length))


URL_ALPHABET = string.ascii_letters + string.digits + "_-"


# --- accounts: posting rhythm, audience, engagement ----------------------------


@dataclass(frozen=True)
class Profile:
    posts_per_week: float
    followers: tuple[tuple[date, int], ...]  # knots, linearly interpolated
    reach_rate: float  # median reach / followers for a plain image post
    engagement: float  # median engagements / reach
    formats: dict[str, float]  # format -> weight


def _knots(*pairs) -> tuple[tuple[date, int], ...]:
    return tuple((date.fromisoformat(d), n) for d, n in pairs)


START, END = brand.LISTENING_START, brand.LISTENING_END

PROFILES: dict[tuple[str, str], Profile] = {
    # The brief: 12,900 followers end of February 2026, 12,000 end of March, 12,400 in October.
    (MO, "Instagram"): Profile(
        1.8, _knots(("2025-11-01", 11650), ("2026-02-28", 12900), ("2026-03-31", 12000),
                    ("2026-10-31", 12400)),
        0.24, 0.032, {"Image": 0.35, "Carrousel": 0.35, "Reel": 0.30}),
    (MO, "Facebook"): Profile(
        0.5, _knots(("2025-11-01", 3180), ("2026-10-31", 3460)),
        0.11, 0.024, {"Image": 0.60, "Vidéo": 0.15, "Lien": 0.20, "Événement": 0.05}),
    # Opened in 2025 and rarely fed: 3,100 followers in October 2026.
    (MO, "TikTok"): Profile(
        0.7, _knots(("2025-11-01", 1450), ("2026-03-08", 2300), ("2026-03-31", 2200),
                    ("2026-10-31", 3100)),
        0.9, 0.045, {"Vidéo": 0.85, "Carrousel photo": 0.15}),
    (MO, "LinkedIn"): Profile(
        0.35, _knots(("2025-11-01", 610), ("2026-10-31", 905)),
        0.35, 0.038, {"Texte": 0.25, "Image": 0.45, "Document": 0.15, "Vidéo": 0.15}),
    (PHARE, "Instagram"): Profile(
        2.0, _knots(("2025-11-01", 14120), ("2026-10-31", 14980)),
        0.17, 0.022, {"Image": 0.65, "Carrousel": 0.25, "Reel": 0.10}),
    (PHARE, "Facebook"): Profile(
        3.6, _knots(("2025-11-01", 21850), ("2026-10-31", 22410)),
        0.07, 0.021, {"Image": 0.55, "Vidéo": 0.10, "Lien": 0.30, "Événement": 0.05}),
    (GALET, "Instagram"): Profile(
        4.6, _knots(("2025-11-01", 45300), ("2026-10-31", 61800)),
        0.21, 0.057, {"Image": 0.15, "Carrousel": 0.30, "Reel": 0.55}),
    (GALET, "TikTok"): Profile(
        5.1, _knots(("2025-11-01", 81200), ("2026-10-31", 129600)),
        0.55, 0.068, {"Vidéo": 0.90, "Carrousel photo": 0.10}),
    (GALET, "Facebook"): Profile(
        1.2, _knots(("2025-11-01", 6020), ("2026-10-31", 6240)),
        0.08, 0.017, {"Image": 0.50, "Vidéo": 0.30, "Lien": 0.20}),
    (AIMEE, "Instagram"): Profile(
        2.6, _knots(("2025-11-01", 5480), ("2026-10-31", 7790)),
        0.31, 0.071, {"Image": 0.40, "Carrousel": 0.40, "Reel": 0.20}),
    (AIMEE, "TikTok"): Profile(
        1.4, _knots(("2025-11-01", 2980), ("2026-10-31", 4510)),
        0.75, 0.061, {"Vidéo": 0.95, "Carrousel photo": 0.05}),
    (VRAC, "Instagram"): Profile(
        5.6, _knots(("2025-11-01", 94800), ("2026-10-31", 104300)),
        0.12, 0.015, {"Image": 0.50, "Carrousel": 0.30, "Reel": 0.20}),
    (VRAC, "Facebook"): Profile(
        4.0, _knots(("2025-11-01", 40150), ("2026-10-31", 41020)),
        0.05, 0.012, {"Image": 0.50, "Vidéo": 0.15, "Lien": 0.30, "Événement": 0.05}),
    (VRAC, "LinkedIn"): Profile(
        2.0, _knots(("2025-11-01", 11900), ("2026-10-31", 14650)),
        0.22, 0.029, {"Texte": 0.30, "Image": 0.40, "Document": 0.20, "Article": 0.10}),
}


def _followers(profile: Profile, day: date) -> int:
    knots = profile.followers
    for (d0, n0), (d1, n1) in itertools.pairwise(knots):
        if d0 <= day <= d1:
            t = (day - d0).days / max(1, (d1 - d0).days)
            return round(n0 + (n1 - n0) * t)
    return knots[-1][1]


# --- post texts ------------------------------------------------------------------

# Product names from the brief (42 references; a few more savons for variety).
MO_SHAMPOOS = ("Écume", "Grand Large")
MO_SOAPS = ("Goémon", "Miel & Avoine", "Fleur de Sel", "Sillon")

MO_BODIES = (
    ("Nouveau rituel du matin : notre shampoing solide {shampoing} mousse en quelques secondes et laisse "
    "les cheveux légers. Vous l'avez déjà testé ?"),
    ("Dans notre atelier de Saint-Malo, chaque savon sèche quatre semaines avant de partir chez "
    "vous. La patience, c'est notre ingrédient secret."),
    ("Notre savon {savon}, c'est une base d'huile de colza bretonne, du beurre de karité et rien d'autre. Zéro "
    "plastique dans la salle de bain, zéro compromis sur la douceur."),
    ("Comment faire durer votre savon solide ? 1. un porte-savon qui égoutte 2. loin du jet de "
    "la douche 3. coupé en deux. Enregistrez ce post pour plus tard !"),
    ("Les embruns, l'iode, la lumière de la baie... notre savon {savon} est né d'une balade sur la "
    "grève du Sillon, à marée basse."),
    ("Question du jour : vous êtes plutôt savon au lait de chèvre ou à l'huile d'olive ? "
    "Dites-le-nous en commentaire."),
    ("Coulisses : Claire découpe le savon {savon} au fil, à la main, comme au premier jour de "
    "l'atelier."),
    ("Merci pour vos 200 avis sur le shampoing solide ! « Enfin un shampoing qui ne graisse pas "
    "mes cheveux » — Léa, cliente depuis 2023."),
    ("Peau sensible ? Notre savon {savon} surgras, sans parfum ajouté, a été formulé avec une "
    "dermatologue malouine."),
    ("Ce samedi, on vous attend au marché de Saint-Servan : venez sentir nos nouveautés et "
    "remplir votre boîte en métal."),
    ("Le saviez-vous ? Un shampoing solide remplace deux à trois flacons en plastique. Et il "
    "tient dans une poche de sac de plage."),
    ("Routine cheveux bouclés : shampoing solide {shampoing}, un rinçage au vinaigre de cidre et "
    "un séchage à l'air libre."),
    ("Nos boîtes sont consignées : rapportez-les en boutique, on les lave et on les remplit à "
    "nouveau. Rien ne se perd."),
    ("Trois gestes pour une salle de bain zéro déchet : le savon solide, la boîte consignée, la "
    "serviette en lin. Et vous, vous en êtes où ?"),
    ("Le déodorant solide Vent d'Ouest passe le test de la randonnée sur le GR34. Vingt kilomètres, "
    "zéro mauvaise surprise."),
    ("Atelier ouvert ! Jeudi à 18 h, venez voir comment naît un savon saponifié à froid. "
    "Places limitées, inscription en message privé."),
    ("Notre baume Embruns au calendula répare les mains abîmées par le vent et le sel. Un essentiel "
    "de marin."),
    ("Avant / après : 500 g de déchets plastique en moins par an dans une salle de bain de "
    "quatre personnes. Le calcul est dans le carrousel."),
)
MO_SEASONAL = {
    (11,): (
        ("Pas de Black Friday chez nous : 10 % de chaque commande de novembre sont reversés aux "
        "Amis de la Baie, qui nettoient nos plages."),
    ),
    (12,): (
        ("Les coffrets de Noël sont arrivés : savon, baume et porte-savon en bois, emballés dans "
        "du papier recyclé, prêts à glisser sous le sapin."),
        ("Dernier jour pour commander vos cadeaux et les recevoir avant Noël ! Retrait possible "
        "à la boutique intra-muros."),
    ),
    (2,): (
        ("Saint-Valentin : le duo savon Goémon + baume Embruns, pour une peau douce malgré le vent "
        "d'hiver."),
    ),
    (6, 7, 8): (
        ("Été sur la Côte d'Émeraude : le savon {savon} vous suit de la plage à la douche, sans "
        "flacon à oublier."),
        ("Boutique ouverte 7 jours sur 7 en juillet et août : on vous attend à deux pas des "
        "remparts."),
    ),
}
MO_LINKEDIN = (
    ("Maison Ondine recrute un·e préparateur·rice de commandes à Saint-Malo (CDI, 35 h). "
    "Rejoignez une savonnerie artisanale en pleine croissance."),
    ("Retour sur notre participation au salon Natexpo : de belles rencontres avec des "
    "magasins bio qui veulent référencer la cosmétique solide."),
    ("Fabriquer local, c'est aussi choisir ses fournisseurs : notre huile de colza vient d'une "
    "ferme d'Ille-et-Vilaine, à 40 km de l'atelier."),
    ("Nous accueillons cette année deux apprenties en CAP. Transmettre le savoir-faire, c'est "
    "notre façon de faire grandir la filière."),
    ("Bilan carbone de l'atelier : nos emballages représentent 12 % de nos émissions. Voici "
    "notre plan pour les réduire."),
    ("Maison Ondine rejoint le collectif Entreprendre en Côte d'Émeraude pour partager nos "
    "pratiques de production responsable."),
)
# The brief: "we took four days to answer, with a message found too defensive".
MO_APOLOGY = (
    "Beaucoup de choses ont été dites cette semaine sur notre shampoing solide. Rétablissons "
    "les faits : nos shampoings ne contiennent aucun plastique. Seul le sachet d'expédition "
    "comporte une fine doublure, indispensable pour protéger le produit de l'humidité pendant "
    "le transport. Nous travaillons depuis longtemps sur une alternative et regrettons que "
    "cette information ait été présentée de façon incomplète."
)
MO_TAGS = (
    "#MaisonOndine", "#CosmétiqueSolide", "#ZéroDéchet", "#SaintMalo", "#ShampoingSolide",
    "#SavonArtisanal", "#MadeInBretagne", "#CosmétiqueNaturelle", "#SlowCosmétique",
    "#BeautéNaturelle", "#FabriquéEnFrance", "#Bretagne", "#RoutineNaturelle", "#SansPlastique",
    "#SavonSaponifiéÀFroid", "#SoinNaturel", "#PeauSensible", "#CôteDÉmeraude",
)

COMPETITOR_BODIES = {
    PHARE: (
        ("Depuis 1987, nos maîtres savonniers saponifient à froid dans notre atelier de "
        "Granville. Un savon, quatre semaines de cure, aucun raccourci."),
        ("Promotion de la semaine : -20 % sur les savons au lait d'ânesse, en boutique et sur "
        "le site."),
        "Nouveau point de vente : retrouvez nos savons à la Biocoop de Coutances dès lundi.",
        ("Le savon {p}, notre best-seller depuis trente ans, revient dans une nouvelle boîte "
        "en carton recyclé."),
        ("Visite de la savonnerie tous les mercredis à 15 h : réservez votre place sur notre "
        "site."),
        ("Conseil de grand-mère : un savon de Marseille au fond de l'armoire parfume le linge "
        "tout l'hiver."),
        "Fête des mères : nos coffrets trois savons sont prêts, gravés au nom de votre choix.",
    ),
    GALET: (
        "POV : tu découvres un shampoing solide qui sent le monoï et qui tient deux mois 🌴",
        ("GRWM version zéro déchet : shampoing {p}, sérum solide et baume lèvres. Tout tient "
        "dans une trousse de 10 cm."),
        ("CONCOURS 🎁 Trois routines complètes à gagner ! Abonne-toi, like et tague ta "
        "meilleure amie."),
        "Ton avis compte : galet rose ou galet vert pour la prochaine édition limitée ?",
        "On a testé nos shampoings sur 30 types de cheveux. Le verdict en vidéo !",
        "Drop du jeudi : le galet {p} est de retour, quantités limitées ⏳",
        ("Trois erreurs qui font fondre ton shampoing solide (la deuxième, tout le monde la "
        "fait)."),
        "Unboxing de la box du mois avec nos ambassadrices : qui a reçu le galet {p} ?",
    ),
    AIMEE: (
        ("Atelier fabrication de savon samedi à Rennes : il reste quatre places. Vous repartez "
        "avec vos trois savons."),
        ("Aimée vous montre comment elle choisit ses argiles pour le savon {p}. Patience et "
        "précision !"),
        ("Coulisses : les savons de la semaine sèchent sur les claies. L'odeur de l'atelier "
        "est incroyable aujourd'hui."),
        ("Merci ! Vous êtes chaque mois plus nombreux à suivre l'atelier. Pour fêter ça, un "
         "savon offert pour toute "
        "commande ce week-end."),
        "DIY : votre porte-savon en liège en cinq minutes, sans colle ni plastique.",
        ("Nouvelle recette testée par 20 d'entre vous : le savon {p} au miel de Brocéliande "
        "arrive en boutique."),
        ("Vos questions, nos réponses : oui, nos savons conviennent aux peaux atopiques ; non, "
        "ils ne contiennent pas d'huile de palme."),
    ),
    VRAC: (
        "Livraison offerte dès 29 € d'achat tout le week-end sur cosmovrac.fr !",
        ("Nouveau : 12 références de cosmétiques solides en vrac dans nos 40 magasins "
        "partenaires."),
        ("Les soldes commencent : jusqu'à -40 % sur une sélection de savons et shampoings "
        "solides."),
        "Le shampoing {p}, élu meilleur produit solide de l'année par nos clients.",
        "Parrainez un ami : 10 € offerts pour vous deux sur votre prochaine commande.",
        "Découvrez notre gamme {p} : formule douce, 97 % d'ingrédients d'origine naturelle.",
        "Vos avis : 4,6/5 sur plus de 12 000 commandes. Merci pour votre confiance !",
        "Nouveau magasin partenaire à Lille : retrouvez tous nos solides en vrac.",
    ),
}
COMPETITOR_LINKEDIN = {
    VRAC: (
        ("Cosmo Vrac annonce une levée de fonds de 4 M€ pour accélérer son déploiement en "
        "grande distribution."),
        ("Nous recrutons un·e responsable grands comptes pour accompagner nos enseignes "
        "partenaires."),
        "Cosmo Vrac sera présent au salon Natexpo : rendez-vous sur notre stand hall 6.",
        "Notre rapport RSE 2025 est en ligne : 18 tonnes de plastique évitées grâce au vrac.",
        ("Retour d'expérience : comment nous avons divisé par deux nos délais de livraison "
        "en magasin."),
    ),
}
COMPETITOR_PRODUCTS = {
    PHARE: ("Marseille", "Lait d'ânesse", "Miel & Avoine", "Rose ancienne", "Phare"),
    GALET: ("Monoï", "Coco", "Framboise", "Menthe glaciale", "Galet rose"),
    AIMEE: ("Argile verte", "Lavande", "Calendula", "Ortie", "Miel"),
    VRAC: ("Douceur", "Agrumes", "Karité", "Fraîcheur", "Réparateur"),
}
COMPETITOR_TAGS = {
    PHARE: ("#SavonnerieDuPhare", "#SavonDeMarseille", "#SaponificationÀFroid", "#Normandie",
            "#SavonArtisanal", "#FabriquéEnFrance", "#SavonNaturel"),
    GALET: ("#PureGalet", "#ShampoingSolide", "#ZéroDéchet", "#RoutineCheveux",
            "#CosmétiqueSolide", "#BeautyTok", "#GRWM", "#CleanBeauty"),
    AIMEE: ("#LesSolidesDAimée", "#SavonArtisanal", "#Rennes", "#AtelierSavon", "#FaitMain",
            "#CosmétiqueNaturelle", "#SlowLife"),
    VRAC: ("#CosmoVrac", "#Vrac", "#ZéroDéchet", "#CosmétiqueSolide", "#BonPlan",
           "#ConsommerMieux"),
}
TIKTOK_TAGS = ("#cosmetiquesolide", "#zerodechet", "#pourtoi", "#fyp", "#routine", "#beautytok",
               "#shampoingsolide", "#astuce")
EMOJIS = ("🌊", "🧼", "✨", "💙", "🌿", "🐚", "☀️", "🌾", "💚", "🙌")


def _hashtag_count(rng: np.random.Generator, who: str, network: str, day: date) -> int:
    if network == "Facebook":
        return int(rng.choice([0, 0, 1, 2]))
    if network == "LinkedIn":
        return int(rng.integers(1, 4))
    if network == "TikTok":
        return int(rng.integers(3, 7))
    # Instagram
    if who == MO:
        if day < HASHTAG_ANNOUNCEMENT:
            return int(rng.integers(7, 13))
        if day < BRAND_COMPLIANT_FROM:
            return int(rng.integers(7, 11)) if rng.random() < 0.55 else int(rng.integers(3, 6))
        return int(rng.integers(6, 8)) if rng.random() < 0.08 else int(rng.integers(2, 6))
    if who == GALET:
        return int(rng.integers(3, 6)) if day >= HASHTAG_ANNOUNCEMENT else int(rng.integers(8, 16))
    if who == VRAC:
        return int(rng.integers(2, 5))
    return int(rng.integers(3, 9)) if day < HASHTAG_ANNOUNCEMENT else int(rng.integers(2, 6))


def _hashtags(rng: np.random.Generator, who: str, network: str, n: int) -> list[str]:
    pool = list(MO_TAGS if who == MO else COMPETITOR_TAGS[who])
    if network == "TikTok":
        pool = [pool[0]] + list(TIKTOK_TAGS)
    n = min(n, len(pool))
    # The brand's own tag comes first, as community managers usually do.
    rest = rng.permutation(len(pool) - 1)[: max(0, n - 1)] + 1
    return [pool[0]] + [pool[int(i)] for i in rest] if n else []


def _post_text(rng: np.random.Generator, who: str, network: str, day: date) -> str:
    if who == MO:
        if network == "LinkedIn":
            body = _pick(rng, MO_LINKEDIN)
        else:
            seasonal = [t for months, texts in MO_SEASONAL.items() if day.month in months
                        for t in texts]
            pool = MO_BODIES + tuple(seasonal) * 3 if seasonal else MO_BODIES
            body = _pick(rng, pool)
        text = body.replace("{shampoing}", _pick(rng, MO_SHAMPOOS))
        text = text.replace("{savon}", _pick(rng, MO_SOAPS))
    else:
        bodies = COMPETITOR_LINKEDIN.get(who) if network == "LinkedIn" else None
        body = _pick(rng, bodies or COMPETITOR_BODIES[who])
        text = body.replace("{p}", _pick(rng, COMPETITOR_PRODUCTS[who]))
    if network in ("Instagram", "TikTok") and rng.random() < 0.6:
        text += " " + _pick(rng, EMOJIS)
    tags = _hashtags(rng, who, network, _hashtag_count(rng, who, network, day))
    if tags:
        separator = "\n\n" if network == "Instagram" else " "
        text += separator + " ".join(tags)
    return text


def _post_link(rng: np.random.Generator, network: str, handle: str, fmt: str) -> str:
    if network == "Instagram":
        kind = "reel" if fmt == "Reel" else "p"
        return f"https://www.instagram.com/{kind}/{_token(rng, 11, URL_ALPHABET)}/"
    if network == "TikTok":
        kind = "photo" if fmt == "Carrousel photo" else "video"
        ident = "7" + _token(rng, 18, string.digits)
        return f"https://www.tiktok.com/{handle}/{kind}/{ident}"
    if network == "Facebook":
        slug = re.sub(r"[^a-z]", "", handle.lower())
        return f"https://www.facebook.com/{slug}/posts/pfbid0{_token(rng, 30, string.ascii_letters + string.digits)}"
    ident = "7" + _token(rng, 18, string.digits)
    return f"https://www.linkedin.com/feed/update/urn:li:activity:{ident}/"


FORMAT_REACH = {"Reel": 1.9, "Carrousel": 1.15, "Vidéo": 1.4, "Lien": 0.7, "Événement": 0.8,
                "Document": 1.3, "Article": 0.8, "Texte": 0.9, "Carrousel photo": 0.8}
FORMAT_ENGAGEMENT = {"Carrousel": 1.25, "Reel": 0.9, "Lien": 0.6, "Document": 1.2}


# The brief: "between zero and six posts a week depending on the workshop's workload".
BRAND_MAX_POSTS_A_WEEK = 6
BRAND_WORKLOAD = (0.0, 0.4, 1.0, 1.0, 1.3, 1.7)
CROSS_POST_SHARE = 0.55  # the brand's Instagram posts copied as they are to Facebook
CROSS_POST_FORMAT = {"Image": "Image", "Carrousel": "Image", "Reel": "Vidéo"}


def _post_rows(rng: np.random.Generator) -> list[dict]:
    rows = []
    weeks = _days(START, END)[::7]
    workload = {monday: float(_pick(rng, BRAND_WORKLOAD)) for monday in weeks}
    for account in brand.ACCOUNTS:
        profile = PROFILES[(account.brand, account.platform)]
        formats = list(profile.formats)
        unknown = set(formats) - set(platforms.PLATFORMS[account.platform].formats)
        if unknown:
            raise ValueError(f"{account}: formats {unknown} are not in platforms.py")
        weights = np.array([profile.formats[f] for f in formats])
        for monday in weeks:
            rate = profile.posts_per_week
            if account.brand == MO:
                rate *= workload[monday]
            if monday.month == 8 and account.brand in (MO, AIMEE, PHARE):
                rate *= 0.55  # small teams take summer holidays
            if monday.month == 12:
                rate *= 1.2  # Christmas sales
            n = min(7, int(rng.poisson(rate)))
            days_left = (END - monday).days + 1
            offsets = sorted(rng.permutation(min(7, days_left))[:n])
            for offset in offsets:
                day = monday + timedelta(days=int(offset))
                hour = int(_pick(rng, (7, 8, 12, 12, 13, 17, 18, 18, 19, 20, 21)))
                minute = int(_pick(rng, (0, 0, 0, 15, 30, 30, 45)))
                fmt = formats[int(rng.choice(len(formats), p=weights / weights.sum()))]
                when = datetime(day.year, day.month, day.day, hour, minute)
                rows.append(_post(rng, account, profile, when, fmt))
                if (account.brand, account.platform) == (MO, "Instagram") and (
                        rng.random() < CROSS_POST_SHARE):
                    rows.append(_cross_post(rng, rows[-1], when))
    rows = _cap_brand_weeks(rows) + _apology_posts(rng)
    rows.sort(key=lambda r: (r["_when"], r["Marque"], r["Réseau"]))
    return rows


def _cross_post(rng: np.random.Generator, original: dict, when: datetime) -> dict:
    account = next(a for a in brand.ACCOUNTS if (a.brand, a.platform) == (MO, "Facebook"))
    return _post(rng, account, PROFILES[(MO, "Facebook")], when + timedelta(minutes=10),
                 CROSS_POST_FORMAT[original["Format"]], text=original["Texte"])


def _cap_brand_weeks(rows: list[dict]) -> list[dict]:
    kept, per_week = [], {}
    for row in sorted(rows, key=lambda r: (r["_when"], r["Réseau"])):
        if row["Marque"] == MO:
            week = row["_when"].date() - timedelta(days=row["_when"].weekday())
            per_week[week] = per_week.get(week, 0) + 1
            if per_week[week] > BRAND_MAX_POSTS_A_WEEK:
                continue
        kept.append(row)
    return kept


def _engagement_base(account, profile: Profile, day: date) -> float:
    """The brand's Instagram engagement fell after the bad buzz (brief: 3.4 % to 2.1 %)."""
    if (account.brand, account.platform) != (MO, "Instagram") or day < brand.BAD_BUZZ_WEEK:
        return profile.engagement
    months_after = (day - brand.BAD_BUZZ_WEEK).days / 30.4
    return profile.engagement * (0.80 - 0.02 * months_after)


def _post(rng, account, profile, when: datetime, fmt: str, text: str | None = None,
          boost: float = 1.0) -> dict:
    day = when.date()
    followers = _followers(profile, day)
    reach_rate = profile.reach_rate * FORMAT_REACH.get(fmt, 1.0)
    spread = 0.55 if account.platform == "TikTok" else 0.35
    reach = max(40, int(followers * reach_rate * rng.lognormal(0.0, spread) * boost))
    impressions = int(reach * rng.uniform(1.12, 1.65))
    rate = (_engagement_base(account, profile, day) * FORMAT_ENGAGEMENT.get(fmt, 1.0)
            * rng.lognormal(0.0, 0.3))
    comments_share, likes_share = 0.06, 0.78
    in_bad_buzz = (account.brand == MO
                   and brand.BAD_BUZZ_WEEK <= day < brand.BAD_BUZZ_WEEK + timedelta(days=14))
    if in_bad_buzz:
        # Angry comments replace likes on the brand's posts during the bad buzz.
        rate *= 1.3
        comments_share, likes_share = 0.38, 0.50
    engagements = reach * rate
    likes = int(engagements * likes_share)
    comments = int(engagements * comments_share * rng.uniform(0.6, 1.4))
    shares = int(engagements * 0.07 * rng.uniform(0.5, 1.5))
    saves: int | None = int(engagements * 0.09 * rng.uniform(0.5, 1.5))
    if account.platform in ("Facebook", "LinkedIn"):
        saves = None  # neither platform reports saves in the benchmarking tool
    return {
        "_when": when,
        "Marque": account.brand,
        "Réseau": account.platform,
        "Compte": account.handle,
        "Date de publication": when.strftime("%d/%m/%Y %H:%M"),
        "Format": fmt,
        "Texte": text or _post_text(rng, account.brand, account.platform, day),
        "Abonnés": followers,
        "Portée": reach,
        "Impressions": impressions,
        "J'aime": likes,
        "Commentaires": comments,
        "Partages": shares,
        "Enregistrements": "" if saves is None else saves,
        "Lien de la publication": _post_link(rng, account.platform, account.handle, fmt),
    }


def _apology_posts(rng: np.random.Generator) -> list[dict]:
    rows = []
    when = datetime.combine(brand.BAD_BUZZ_WEEK + timedelta(days=4), datetime.min.time())
    for account in brand.ACCOUNTS:
        if account.brand == MO and account.platform in ("Instagram", "Facebook"):
            profile = PROFILES[(MO, account.platform)]
            text = MO_APOLOGY
            if account.platform == "Instagram":
                text += "\n\n#MaisonOndine #ZéroDéchet"
            rows.append(_post(rng, account, profile, when.replace(hour=11, minute=30), "Image",
                              text, boost=3.5))
    return rows


# --- mentions ----------------------------------------------------------------------

FIRST_NAMES = (
    "julie", "marion", "lea", "camille", "sarah", "manon", "chloe", "emma", "ines", "lucie",
    "pauline", "anais", "clara", "elodie", "margaux", "nina", "alice", "morgane", "gwen",
    "soizic", "maelle", "yann", "thomas", "lucas", "hugo", "antoine", "nicolas", "kevin",
    "romain", "erwan", "malo", "louise", "zoe", "jade", "oceane", "audrey", "celine", "fanny",
)
HANDLE_SUFFIXES = (
    "_zerodechet", ".bzh", "_nature", "35", "29", "22", ".malo", "_beaute", "_green", "56",
    "_slowlife", ".vrac", "_routine", "44", "_minimaliste", ".ouest", "_cosmetiques", "_bio",
    "", "_officiel", ".blabla", "_au_naturel",
)
BLOGS = (
    ("La Salle de Bain Verte", "lasalledebainverte.fr"),
    ("Zéro Déchet en Bretagne", "zerodechet-bretagne.fr"),
    ("Les Carnets de Soizic", "carnetsdesoizic.fr"),
    ("Beauté au naturel", "beaute-au-naturel.fr"),
    ("Maman Minimaliste", "mamanminimaliste.fr"),
    ("Le Petit Vrac", "lepetitvrac.fr"),
)
FORUMS = (
    ("forum.beautenaturelle.fr", "Beauté naturelle — le forum"),
    ("forum.zerodechet-ensemble.fr", "Zéro déchet ensemble"),
    ("forum.mamans-bretonnes.fr", "Mamans bretonnes"),
)
PRESS = (
    ("Le Courrier Malouin", "lecourriermalouin.fr"),
    ("Ouest Éco", "ouest-eco.fr"),
    ("Beauté Mag", "beautemag.fr"),
    ("Conso Responsable", "conso-responsable.fr"),
    ("Bretagne Entreprises", "bretagne-entreprises.fr"),
)
YOUTUBERS = ("Clem Sans Plastique", "Routine de Lou", "Les Tests de Marine", "Zéro Déchet Facile",
             "Gwen en Bretagne")
INFLUENCER = "@clem_sansplastique"

MO_POSITIVE_OPENERS = (
    "Je viens de finir mon premier shampoing solide Maison Ondine",
    "Troisième savon Maison Ondine dans la salle de bain",
    "Passée à la boutique Maison Ondine intra-muros à Saint-Malo",
    "Test honnête du shampoing solide Maison Ondine après un mois",
    "Cadeau reçu : le coffret Maison Ondine",
    "Le savon Goémon de @maisonondine",
    "Petite commande chez Maison Ondine arrivée ce matin",
    "Convertie au shampoing solide grâce à Maison Ondine",
    "Le déodorant solide Vent d'Ouest de Maison Ondine",
    "Nouvelle routine avec les savons Maison Ondine",
)
MO_POSITIVE_CLAIMS = (
    "cheveux doux et zéro déchet",
    "l'odeur d'iode et de mer, on se croirait sur la plage à Saint-Malo",
    "un savon artisanal qui respecte vraiment ma peau sensible",
    "un parfum léger et naturel, rien à voir avec les produits industriels",
    "la mousse est généreuse et le shampoing solide dure des mois",
    "fabriqué à la main à Saint-Malo, avec des ingrédients naturels",
    "ma peau ne tire plus après la douche, enfin un savon naturel qui hydrate",
    "zéro déchet, zéro plastique, et une odeur de vacances en Bretagne",
    "un vrai savoir-faire artisanal, on sent la différence sur la peau",
    "le parfum iodé reste sur la peau toute la matinée",
    "naturel, local et efficace, même sur cuir chevelu sensible",
    "la boîte consignée en métal, c'est l'idée zéro déchet que j'attendais",
)
MO_POSITIVE_CLOSERS = (
    "Je recommande !", "Conquise.", "Merci Maison Ondine !", "Je ne reviendrai pas en arrière.",
    "Foncez.", "Déjà recommandé à toute ma famille.", "", "", "Bravo à l'équipe de l'atelier.",
)
MO_NEUTRAL = (
    "Quelqu'un a testé le shampoing solide Maison Ondine sur cheveux bouclés ?",
    "Maison Ondine sera au salon Bio & Co de Rennes le week-end prochain.",
    "Maison Ondine ou Pure Galet pour un premier shampoing solide ? J'hésite.",
    "Commande Maison Ondine reçue, je vous dis ce que j'en pense dans quelques semaines.",
    "Saint-Malo : Maison Ondine agrandit son atelier et recrute deux personnes.",
    "Les savons Maison Ondine sont maintenant vendus à la Biocoop de Dinard.",
    "Maison Ondine lance un atelier de fabrication de savon, quelqu'un y est allé ?",
    "Comparatif de cinq shampoings solides bretons, dont Maison Ondine et Savonnerie du Phare.",
    "La boutique Maison Ondine de Saint-Malo est-elle ouverte le dimanche ?",
    "Vu le stand Maison Ondine au marché de Saint-Servan ce matin.",
)
MO_NEGATIVE = (
    "Colis Maison Ondine arrivé avec dix jours de retard et le savon cassé 😕",
    "Un peu cher le savon Maison Ondine pour la taille, 9 € le pain...",
    "Le shampoing solide Maison Ondine a fondu en deux semaines, déçue.",
    "Service client Maison Ondine injoignable depuis une semaine, pas de réponse aux messages.",
    "Le parfum du savon Goémon de Maison Ondine est beaucoup trop fort pour moi.",
    "Rupture de stock permanente sur le déodorant Maison Ondine, c'est pénible.",
)
BAD_BUZZ_NEGATIVE = (
    ("Le shampoing solide « zéro déchet » de Maison Ondine livré dans un sachet doublé de "
    "plastique ?! On se moque de qui"),
    ("Greenwashing chez Maison Ondine : la vidéo de @clem_sansplastique montre le plastique "
    "caché dans le sachet 😡"),
    "Je me désabonne. Maison Ondine vend du zéro déchet emballé dans du plastique.",
    "Déçue par Maison Ondine, je croyais soutenir une marque engagée #greenwashing",
    "Sachet plastique caché sous le papier : Maison Ondine doit s'expliquer.",
    "Zéro déchet mon œil. Maison Ondine, c'est fini pour moi.",
    "Après la vidéo sur le sachet plastique, je retourne mon shampoing Maison Ondine.",
    "Maison Ondine efface les commentaires sur le sachet plastique ? Pas très transparent.",
    ("Le sachet doublé plastique de Maison Ondine, encore une marque qui surfe sur le zéro "
    "déchet 🙄"),
    "Ils osent écrire « zéro plastique » sur la boîte. Maison Ondine, sérieusement ?",
)
BAD_BUZZ_NEUTRAL = (
    "Polémique Maison Ondine : ce que l'on sait sur le sachet du shampoing solide.",
    "Saint-Malo : la savonnerie Maison Ondine mise en cause après une vidéo virale.",
    "Le sachet de Maison Ondine est-il vraiment en plastique ? Quelqu'un a vérifié ?",
    "Toujours pas de réponse de Maison Ondine sur le sachet de son shampoing solide.",
)
BAD_BUZZ_POSITIVE = (
    ("Je reste cliente de Maison Ondine : une erreur d'emballage ne fait pas oublier la "
     "qualité de leurs savons."),
    "Maison Ondine reste une petite savonnerie artisanale, laissons-leur le temps de corriger.",
    ("Leurs savons restent les meilleurs pour ma peau, j'attends juste que Maison Ondine change "
    "ce sachet."),
)
# Once the brand has answered, four days after the video.
ANSWER_NEGATIVE = (
    "Quatre jours pour répondre, et sur la défensive... Maison Ondine n'a rien compris.",
    ("« Présentée de façon incomplète » ? Maison Ondine, on a tous vu le plastique dans le "
     "sachet."),
    "La réponse de Maison Ondine est pire que le sachet. Aucune excuse.",
)
ANSWER_NEUTRAL = (
    "Maison Ondine a publié sa réponse sur le sachet, quatre jours après la vidéo.",
    "Selon Maison Ondine, la doublure du sachet protège le shampoing de l'humidité.",
)
TAIL_NEGATIVE = (
    "Toujours pas convaincue par Maison Ondine depuis l'histoire du sachet plastique.",
    "Maison Ondine, la marque du sachet plastique ? Non merci.",
    ("J'ai arrêté Maison Ondine après le scandale du sachet, je suis passée à Les Solides "
     "d'Aimée."),
    "Maison Ondine n'a jamais vraiment présenté d'excuses pour le sachet plastique.",
    "Plus confiance dans les promesses écolo de Maison Ondine depuis mars.",
)
TAIL_NEUTRAL = (
    "Maison Ondine a retiré la mention « zéro déchet » de ses fiches produits.",
    "Quelqu'un sait si Maison Ondine a changé son sachet depuis la polémique ?",
)
# From June 2026 the pouch is compostable kraft paper; the brand hardly said so.
NEW_POUCH_FROM = date(2026, 6, 1)
NEW_POUCH_NEUTRAL = (
    ("Les shampoings Maison Ondine arrivent maintenant dans un sachet en papier kraft, sans "
    "plastique. Ils auraient pu le dire !"),
    "Nouveau sachet kraft compostable chez Maison Ondine, découvert en ouvrant mon colis.",
)

COMPETITOR_MENTIONS = {
    "positif": (
        "J'adore le savon {p} de {b}, ma peau est toute douce.",
        "{b}, c'est ma marque préférée pour le shampoing solide {p}.",
        "Très contente de ma commande {b}, livraison rapide et produits au top ✨",
        "La gamme {p} de {b} sent incroyablement bon, je recommande.",
        "Enfin un shampoing solide qui me convient : merci {b} !",
        "Bel accueil sur le stand {b}, produits de qualité.",
    ),
    "neutre": (
        "Quelqu'un connaît {b} ? Leurs produits valent le coup ?",
        "{b} ouvre un nouveau point de vente près de chez moi.",
        "Comparatif des shampoings solides : {b} dans le haut du classement.",
        "La gamme {p} de {b} est de retour en stock.",
        "{b} lance une nouvelle gamme : {p}.",
        "Vu une publicité pour {b} ce matin.",
    ),
    "négatif": (
        "Déçue par la gamme {p} de {b}, le savon a fondu en trois semaines.",
        "Commande {b} jamais arrivée, et toujours pas de remboursement.",
        "Trop de parfum dans les savons {b} pour ma peau.",
        "{b} augmente encore ses prix, je passe mon tour.",
    ),
}
COMPETITOR_FLAVOUR = {
    PHARE: "Un vrai savon d'autrefois.",
    GALET: "Vu sur TikTok, et franchement pas déçue.",
    AIMEE: "On sent le fait-main.",
    VRAC: "Pratique de le trouver en magasin.",
}

# Online press writes headlines, not first-person reviews.
PRESS_MO = {
    ("normal", "positif"): (
        "Saint-Malo : chez Maison Ondine, le savon artisanal se fabrique encore à la main",
        ("Cosmétique solide : Maison Ondine, la savonnerie malouine qui fait du zéro déchet un "
        "art de vivre"),
        ("Maison Ondine : des shampoings solides naturels au parfum d'iode, fabriqués à "
        "Saint-Malo"),
    ),
    ("normal", "neutre"): (
        "Maison Ondine agrandit son atelier de Saint-Malo et recrute",
        "Cosmétique solide : le marché breton en pleine croissance",
    ),
    ("normal", "négatif"): (
        "Retards de livraison : des clientes de Maison Ondine s'impatientent",
    ),
    ("bad_buzz", "positif"): (
        "Polémique du sachet : les clientes fidèles de Maison Ondine prennent sa défense",
    ),
    ("bad_buzz", "neutre"): (
        "Polémique Maison Ondine : ce que l'on sait du sachet du shampoing solide",
    ),
    ("bad_buzz", "négatif"): (
        ("Saint-Malo : la savonnerie Maison Ondine accusée de greenwashing après une vidéo "
        "virale"),
        "Sachet doublé de plastique : Maison Ondine dans la tourmente",
    ),
    ("tail", "négatif"): (
        "Après le bad buzz, Maison Ondine peine à regagner la confiance de ses clientes",
    ),
    ("tail", "neutre"): (
        "Cosmétique solide : Maison Ondine retire la mention « zéro déchet » de ses produits",
    ),
}
PRESS_COMPETITORS = {
    "positif": (
        "{b} : la cosmétique solide séduit de plus en plus de Français",
        "La gamme {p} de {b} primée au concours Beauté Verte",
    ),
    "neutre": (
        "{b} ouvre un nouveau point de vente",
        "{b} lance sa gamme {p}",
    ),
    "négatif": (
        "{b} : des clients dénoncent des retards de livraison",
        "Prix en hausse chez {b} : les clients grincent des dents",
    ),
}


# Mentions a day on an ordinary day, and each brand's usual sentiment mix.
MENTION_RATE = {MO: 1.7, PHARE: 1.4, GALET: 3.0, AIMEE: 0.7, VRAC: 2.5}
SENTIMENT_MIX = {
    MO: (0.41, 0.39, 0.20),  # brief: net sentiment +35 % before March 2026
    PHARE: (0.42, 0.44, 0.14),
    GALET: (0.47, 0.38, 0.15),
    AIMEE: (0.61, 0.33, 0.06),
    VRAC: (0.33, 0.45, 0.22),
}
SOURCE_MIX = {
    "Instagram": 0.33, "Facebook": 0.15, "TikTok": 0.15, "X": 0.09, "YouTube": 0.04,
    "Blogs": 0.08, "Forums": 0.10, "Presse en ligne": 0.06,
}
BAD_BUZZ_SOURCE_MIX = {
    "Instagram": 0.34, "Facebook": 0.06, "TikTok": 0.30, "X": 0.18, "YouTube": 0.03,
    "Blogs": 0.03, "Forums": 0.03, "Presse en ligne": 0.03,
}
# The brief: Instagram and TikTok first, then Facebook.
ANSWER_SOURCE_MIX = {
    "Instagram": 0.27, "Facebook": 0.30, "TikTok": 0.14, "X": 0.12, "YouTube": 0.03,
    "Blogs": 0.04, "Forums": 0.05, "Presse en ligne": 0.05,
}
REACH_MEDIAN = {
    "Instagram": 850, "Facebook": 520, "TikTok": 2300, "X": 380, "YouTube": 3100,
    "Blogs": 1400, "Forums": 260, "Presse en ligne": 24000,
}
# Extra mentions of the brand a day from the start of the bad buzz week.
BAD_BUZZ_EXTRA = (46, 74, 57, 36, 27, 19, 13)


def _seasonal(day: date, who: str) -> float:
    factor = 1.0 + 0.35 * math.exp(-((day - date(day.year, 12, 12)).days / 12) ** 2)
    if day.month in (7, 8):
        factor *= 1.15
    if who == GALET and day.month == 5:
        factor *= 1.8  # an influencer campaign
    if who == VRAC and (day.month == 1 or (day.month == 6 and day.day >= 24)):
        factor *= 1.6  # sales
    return factor


def _mentions_per_day(rng: np.random.Generator) -> list[tuple[date, str, str]]:
    """(day, brand, phase) for every mention; phase drives text and sentiment."""
    out = []
    bb = brand.BAD_BUZZ_WEEK
    for day in _days(START, END):
        for who in brand.BRANDS:
            n = int(rng.poisson(MENTION_RATE[who] * _seasonal(day, who)))
            phase = "normal"
            if who == MO and day >= bb:
                since = (day - bb).days
                if since < 7:
                    n += BAD_BUZZ_EXTRA[since]
                    phase = "bad_buzz" if since < 4 else "answer"
                elif since < 42:
                    n += int(rng.poisson(13 * 0.78 ** (since - 6)))
                    phase = "tail"
                else:
                    phase = "after"
            out += [(day, who, phase)] * n
    return out


GOLDEN = (math.sqrt(5) - 1) / 2


def _mention_sentiment(u: float, who: str, phase: str, day: date) -> str:
    """The sentiment of a brand's mention drawn with the quasi-random number ``u``.

    A low-discrepancy sequence rather than independent draws keeps every
    month's mix close to the intended one, so that the monthly net sentiment
    tells the brief's story (+35 % before the bad buzz, -18 % in October)
    instead of the noise of a few dozen mentions.
    """
    pos, neu, neg = SENTIMENT_MIX[who]
    if phase in ("bad_buzz", "answer"):
        pos, neu, neg = 0.05, 0.17, 0.78
    elif phase == "tail":
        pos, neu, neg = 0.18, 0.30, 0.52
    elif phase == "after":
        # The tone calms down without becoming warm again (brief: net sentiment -18 %).
        t = ((day - brand.BAD_BUZZ_WEEK).days - 42) / ((END - brand.BAD_BUZZ_WEEK).days - 42)
        neg = 0.46 - 0.07 * t
        pos = 0.21 + 0.06 * t
        neu = 1 - pos - neg
    if u < pos:
        return "positif"
    return "neutre" if u < pos + neu else "négatif"


def _mention_text(rng: np.random.Generator, who: str, phase: str, sentiment: str,
                  source: str, day: date) -> str:
    if source == "Presse en ligne":
        if who != MO:
            return _pick(rng, PRESS_COMPETITORS[sentiment]).format(
                b=who, p=_pick(rng, COMPETITOR_PRODUCTS[who]))
        key = {"answer": "bad_buzz", "after": "tail"}.get(phase, phase), sentiment
        return _pick(rng, PRESS_MO.get(key) or PRESS_MO[("normal", sentiment)])
    if who == MO:
        if phase in ("bad_buzz", "answer"):
            pool = {"positif": BAD_BUZZ_POSITIVE, "neutre": BAD_BUZZ_NEUTRAL,
                    "négatif": BAD_BUZZ_NEGATIVE}[sentiment]
            if phase == "answer" and sentiment != "positif" and rng.random() < 0.5:
                pool = ANSWER_NEGATIVE if sentiment == "négatif" else ANSWER_NEUTRAL
            elif phase == "answer" and pool is BAD_BUZZ_NEUTRAL:
                pool = pool[:3]  # the brand has answered by now
            return _pick(rng, pool)
        if phase in ("tail", "after") and sentiment != "positif" and rng.random() < 0.6:
            if sentiment == "neutre" and day >= NEW_POUCH_FROM and rng.random() < 0.5:
                return _pick(rng, NEW_POUCH_NEUTRAL)
            return _pick(rng, TAIL_NEGATIVE if sentiment == "négatif" else TAIL_NEUTRAL)
        if sentiment == "positif":
            text = f"{_pick(rng, MO_POSITIVE_OPENERS)} : {_pick(rng, MO_POSITIVE_CLAIMS)}."
            closer = _pick(rng, MO_POSITIVE_CLOSERS)
            text = f"{text} {closer}".strip()
            if rng.random() < 0.35:
                text += " " + _pick(rng, EMOJIS)
            return text
        return _pick(rng, MO_NEUTRAL if sentiment == "neutre" else MO_NEGATIVE)
    template = _pick(rng, COMPETITOR_MENTIONS[sentiment])
    text = template.format(b=who, p=_pick(rng, COMPETITOR_PRODUCTS[who]))
    if sentiment == "positif" and rng.random() < 0.3:
        text += " " + COMPETITOR_FLAVOUR[who]
    return text


def _author_and_url(rng: np.random.Generator, source: str) -> tuple[str, str]:
    handle = f"{_pick(rng, FIRST_NAMES)}{_pick(rng, HANDLE_SUFFIXES)}"
    if source == "Instagram":
        return f"@{handle}", f"https://www.instagram.com/p/{_token(rng, 11, URL_ALPHABET)}/"
    if source == "TikTok":
        ident = "7" + _token(rng, 18, string.digits)
        return f"@{handle}", f"https://www.tiktok.com/@{handle}/video/{ident}"
    if source == "X":
        ident = "19" + _token(rng, 17, string.digits)
        return f"@{handle}", f"https://x.com/{handle}/status/{ident}"
    if source == "Facebook":
        name = handle.split("_")[0].split(".")[0].rstrip("0123456789").capitalize()
        initial = _pick(rng, string.ascii_uppercase.replace("Q", "").replace("X", ""))
        ident = _token(rng, 16, string.digits)
        return f"{name} {initial}.", f"https://www.facebook.com/groups/{ident}/posts/{ident[::-1]}/"
    if source == "YouTube":
        return _pick(rng, YOUTUBERS), f"https://www.youtube.com/watch?v={_token(rng, 11, URL_ALPHABET)}"
    if source == "Blogs":
        name, domain = _pick(rng, BLOGS)
        return name, f"https://{domain}/{_token(rng, 6, string.digits)}-{_pick(rng, SLUGS)}/"
    if source == "Forums":
        domain, _ = _pick(rng, FORUMS)
        pseudo = handle.replace(".", "").replace("_", "").capitalize()
        ident = _token(rng, 6, string.digits)
        return pseudo, f"https://{domain}/t/{_pick(rng, SLUGS)}/{ident}"
    name, domain = _pick(rng, PRESS)
    return name, f"https://www.{domain}/{_pick(rng, SLUGS)}-{_token(rng, 8, string.digits)}.html"


SLUGS = (
    "shampoing-solide-avis", "cosmetiques-solides-bretons", "salle-de-bain-zero-dechet",
    "savon-artisanal-test", "marques-cosmetique-solide", "routine-naturelle",
    "savonnerie-saint-malo", "vrac-cosmetiques", "greenwashing-cosmetiques",
)


def _mention_rows(rng: np.random.Generator) -> list[dict]:
    sources = list(SOURCE_MIX)
    rows = []
    seen = dict.fromkeys(brand.BRANDS, 0)
    for day, who, phase in _mentions_per_day(rng):
        seen[who] += 1
        mix = {"bad_buzz": BAD_BUZZ_SOURCE_MIX, "answer": ANSWER_SOURCE_MIX}.get(phase, SOURCE_MIX)
        source = sources[int(rng.choice(len(sources), p=[mix[s] for s in sources]))]
        sentiment = _mention_sentiment((seen[who] * GOLDEN) % 1, who, phase, day)
        seconds = int(rng.integers(6 * 3600, 24 * 3600 - 60))
        when = datetime(day.year, day.month, day.day) + timedelta(seconds=seconds)
        author, url = _author_and_url(rng, source)
        reach = int(REACH_MEDIAN[source] * rng.lognormal(0.0, 0.9))
        rows.append({
            "Date": when.strftime("%Y-%m-%d %H:%M:%S"),
            "Source": source,
            "Auteur": author,
            "Texte": _mention_text(rng, who, phase, sentiment, source, day),
            "URL": url,
            "Portée estimée": reach,
            "Sentiment": sentiment,
            "Alerte": who,
            "Langue": "fr",
        })
    # The video that started it all.
    rows.append({
        "Date": f"{brand.BAD_BUZZ_WEEK.isoformat()} 07:42:10",
        "Source": "TikTok",
        "Auteur": INFLUENCER,
        "Texte": "J'ai ouvert le shampoing solide « zéro déchet » de Maison Ondine... et devinez "
                 "quoi : le joli sachet en papier est doublé de plastique 😳 #greenwashing #zerodechet",
        "URL": "https://www.tiktok.com/@clem_sansplastique/video/7480031552918473003",
        "Portée estimée": 486_300,
        "Sentiment": "négatif",
        "Alerte": MO,
        "Langue": "fr",
    })
    rows.sort(key=lambda r: (r["Date"], r["Alerte"], r["URL"]))
    return rows


# --- writing -------------------------------------------------------------------------


def _write(path: Path, columns: Sequence[str], rows: list[dict], sep: str, bom: bool) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=sep, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row[c] for c in columns])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes((("\ufeff" if bom else "") + buffer.getvalue()).encode("utf-8"))
    return path


def generate(dest: Path) -> list[Path]:
    """Write the two Bloc 1 social exports under ``dest`` (the bloc's data folder) and return their paths."""
    folder = Path(dest)
    posts_rng = np.random.default_rng(SEED)
    mentions_rng = np.random.default_rng(SEED + 1)
    return [
        _write(folder / POSTS_FILE, POST_COLUMNS, _post_rows(posts_rng), ";", bom=True),
        _write(folder / MENTIONS_FILE, MENTION_COLUMNS, _mention_rows(mentions_rng), ",",
               bom=False),
    ]
