"""Notebook 02's files (SEO): a Semrush keyword export, the brand site's sitemap and the intern's draft.

* ``shampoing-solide-enfant_broad-match_fr_2027-01-28.csv``: the Keyword Magic Tool's broad-match
  export for the seed « shampoing enfant » (French database), as « CSV Semicolon »: the columns of
  :data:`cmcert_lib.facts.seo.KMT_COLUMNS`, UTF-8 with BOM, decimal commas, volumes from Google's
  rounded steps, an empty difficulty for some long-tail rows. The on-topic keywords are set by hand (their
  volumes and difficulties make the exercise's ranking); the noise around them (solid shampoo for
  adults, bathroom without plastic, curly hair, lice, the competitors' names) is drawn with a fixed seed,
  as a broad match brings it.
* ``sitemap_maison-ondine.xml``: the site's pages (shop, products, blog), the reference of the internal
  links.
* ``article_petite_vague.html``: the intern's draft of the launch article, with the SEO faults a first
  draft has (too wide a title and description, two H1, a skipped heading level, no keyword in the
  introduction, too short, a broken internal link, an image without alt text, a slug with an accent and
  small words; listed in the unit tests only, since this module ships with the candidates' library).
"""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

from cmcert_lib.bloc2.datasets.seo import DRAFT_FILE, KEYWORDS_FILE, SITEMAP_FILE
from cmcert_lib.facts import brand
from cmcert_lib.facts.seo import KMT_COLUMNS, KMT_VOLUMES

SEED = 20270128
INF, COM, TRA, NAV = "Informational", "Commercial", "Transactional", "Navigational"

# The keywords about children's shampoo: (keyword, intents, volume, difficulty or None).
ON_TOPIC: tuple[tuple[str, tuple[str, ...], int, int | None], ...] = (
    ("shampoing enfant", (COM,), 8100, 58),
    ("shampoing bébé", (COM, INF), 6600, 61),
    ("shampooing enfant", (COM,), 2900, 55),
    ("shampoing bebe", (COM,), 1300, 52),
    ("shampoing solide enfant", (COM, INF), 1900, 34),
    ("shampooing solide enfant", (COM,), 590, 31),
    ("shampoing enfant bio", (COM,), 1000, 47),
    ("shampoing bébé bio", (COM,), 880, 42),
    ("shampoing solide bébé", (COM, INF), 720, 29),
    ("meilleur shampoing enfant", (COM,), 720, 44),
    ("shampoing démêlant enfant", (COM,), 880, 45),
    ("shampoing doux enfant", (COM,), 590, 38),
    ("shampoing sans sulfate enfant", (INF, COM), 480, 26),
    ("shampoing enfant cheveux bouclés", (INF,), 390, 22),
    ("shampoing naturel enfant", (COM,), 320, 27),
    ("quel shampoing pour bébé", (INF,), 320, 21),
    ("shampoing solide enfant bio", (COM,), 260, 18),
    ("shampoing démêlant fille", (COM,), 210, 33),
    ("shampoing sans larme enfant", (COM,), 210, 24),
    ("shampoing solide pour enfant", (COM,), 170, 25),
    ("shampoing bébé à partir de quel âge", (INF,), 140, 14),
    ("shampoing solide enfant avis", (COM,), 110, 15),
    ("shampoing bebe bio", (COM,), 110, 36),
    ("acheter shampoing solide enfant", (TRA,), 90, 12),
    ("shampoing solide enfant prix", (TRA, COM), 70, 9),
    ("à quel âge shampoing adulte enfant", (INF,), 90, 8),
    ("shampoing solide enfant fait maison", (INF,), 50, 6),
    ("shampoing solide enfant fille", (COM,), 50, 11),
    ("shampoing bébé croûtes de lait", (INF,), 590, 35),
    ("shampoing enfants cheveux fins", (INF,), 70, 19),
    # kept out by one rule each: lice, an unknown difficulty, too few searches, too hard, a brand
    ("shampoing anti poux enfant", (COM,), 1600, 49),
    ("shampoing poux bébé", (INF,), 260, 30),
    ("shampoing enfant sans sulfate ni silicone", (COM,), 170, None),
    ("shampoing solide enfant comment l'utiliser", (INF,), 40, 7),
    ("shampoing solide enfant 3 ans", (INF,), 30, None),
    ("shampoing bébé sans parfum", (COM,), 590, None),
    ("shampoing enfant pharmacie", (COM, TRA), 480, 53),
    ("shampoing bébé naissance", (INF,), 20, 10),
    ("shampoing garçon cheveux courts", (COM,), 40, 12),
    (f"shampoing solide enfant {brand.BRAND.lower()}", (NAV,), 30, 4),
    ("shampoing enfant pure galet", (NAV,), 320, 21),
    ("pure galet shampoing solide bébé", (NAV, COM), 90, 17),
    ("shampoing solide enfant cosmo vrac", (NAV,), 210, 24),
    ("cosmo vrac shampoing enfant", (NAV,), 480, 28),
    ("savonnerie du phare shampoing enfant", (NAV,), 70, 13),
    ("les solides d'aimée shampoing bébé", (NAV,), 50, 10),
)

# The broad match's neighbours, none of which names a child's shampoo.
_SOLID = ("shampoing solide", "shampooing solide")
_SOLID_TAILS = (
    "", "cheveux gras", "cheveux secs", "cheveux bouclés", "cheveux colorés", "homme", "femme", "avis",
    "bio", "comment l'utiliser", "conservation", "porte savon", "fait maison", "recette", "naturel",
    "pellicules", "cheveux blancs", "sans sulfate", "vegan", "pas cher", "made in france", "voyage",
    "cheveux fins", "cuir chevelu sensible", "avantages inconvénients", "durée", "au miel", "à l'avoine",
    "ortie", "argile", "cheveux longs", "transition", "résidus", "mousse pas", "danger", "efficace",
)
_OTHER = (
    "salle de bain zéro déchet", "zéro déchet salle de bain", "produits zéro déchet", "cosmétiques solides",
    "cosmétique solide", "savon solide", "gel douche solide", "déodorant solide", "dentifrice solide",
    "après shampoing solide", "démêlant solide", "savon bébé", "gel lavant bébé", "toilette bébé",
    "cheveux bouclés enfant", "routine cheveux bouclés enfant", "démêler cheveux bouclés enfant",
    "coiffure enfant cheveux bouclés", "comment laver les cheveux d'un enfant", "laver les cheveux de bébé",
    "bain bébé", "enfant qui pleure pendant le bain", "poux enfant", "anti poux naturel", "lentes poux",
    "traitement poux", "poux école", "croûtes de lait bébé", "cheveux secs enfant", "cheveux emmêlés enfant",
    "spray démêlant enfant", "peigne démêlant", "brosse démêlante enfant", "trousse de toilette enfant",
    "cosmétiques bio enfant", "crème enfant bio", "savon surgras bébé", "eczéma bébé cheveux",
    "cosmétiques saint malo", "savonnerie saint malo", "miel pays de rance", "shampoing sec",
    "shampoing cheveux gras", "shampoing cheveux bouclés", "shampoing sans sulfate", "shampoing bio",
    "shampoing pellicules", "shampoing violet", "shampoing homme", "shampoing chien", "shampoing cheval",
    "shampoing moquette", "shampoing voiture", "shampoing carrosserie", "shampoing colorant",
)
_OTHER_TAILS = ("", "avis", "bio", "pas cher", "naturel", "fait maison")
_FEATURES = ("People also ask", "Image pack", "Video", "Popular products", "Reviews", "AI Overview",
             "Sitelinks", "Shopping ads", "Discussions and forums", "Featured snippet", "Related searches")


def _step(value: float) -> int:
    """The rounded step of Google's volumes nearest to ``value``."""
    return min(KMT_VOLUMES, key=lambda v: abs(v - value))


def _decimal(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def _row(rng: random.Random, keyword: str, intents: tuple[str, ...], volume: int, kd: int | None) -> list[str]:
    cpc = rng.uniform(0.2, 1.6) if COM in intents or TRA in intents else rng.uniform(0.0, 0.6)
    density = min(1.0, rng.uniform(0.1, 0.5) + (0.4 if TRA in intents or COM in intents else 0.0))
    features = ", ".join(sorted(rng.sample(_FEATURES, rng.randint(1, 4)), key=_FEATURES.index))
    results = rng.randint(2, 400) * 10 ** rng.randint(3, 6)
    return [keyword, ", ".join(intents), str(volume), "" if kd is None else str(kd), _decimal(cpc),
            _decimal(density), features, str(results)]


def keyword_rows(rng: random.Random) -> list[list[str]]:
    rows = [_row(rng, *entry) for entry in ON_TOPIC]
    seen = {entry[0] for entry in ON_TOPIC}
    candidates = [f"{head} {tail}".strip() for head in _SOLID for tail in _SOLID_TAILS]
    candidates += [f"{head} {tail}".strip() for head in _OTHER for tail in _OTHER_TAILS
                   if not tail or tail.split()[0] not in head.split()]
    rng.shuffle(candidates)
    for keyword in candidates[:290]:
        if keyword in seen:
            continue
        seen.add(keyword)
        head = keyword in _SOLID or keyword in _OTHER
        short = head or len(keyword.split()) <= 2
        volume = _step(rng.lognormvariate(6.8 if head else 3.6, 1.0))
        kd = None if rng.random() < 0.06 else max(0, min(100, round(rng.gauss(48 if short else 24, 14))))
        intents = (rng.choice((INF, COM, INF, COM, TRA)),)
        if rng.random() < 0.25:
            intents = (*intents, rng.choice([i for i in (INF, COM, TRA) if i != intents[0]]))
        rows.append(_row(rng, keyword, intents, volume, kd))
    # Semrush sorts its export by volume, highest first; equal volumes keep their drawing order.
    rows.sort(key=lambda row: -int(row[2]))
    return rows


SITE_PATHS = (
    "/", "/boutique", "/boutique/shampoings-solides", "/boutique/soins-enfants", "/boutique/savons",
    "/boutique/coffrets", "/boutique/accessoires", "/produit/petite-vague-shampoing-solide-enfant",
    "/produit/shampoing-solide-ecume", "/produit/shampoing-solide-granit", "/produit/savon-lait-avoine",
    "/produit/porte-savon-bois", "/produit/coffret-famille", "/notre-atelier", "/nos-engagements",
    "/nos-emballages", "/points-de-vente", "/contact", "/faq", "/blog",
    "/blog/comment-utiliser-shampoing-solide", "/blog/conserver-savon-solide",
    "/blog/routine-cheveux-boucles-enfant", "/blog/salle-de-bain-sans-plastique-famille",
    "/blog/miel-pays-de-rance", "/blog/lire-composition-cosmetique", "/blog/bain-enfant-rituel-soir",
    "/blog/voyager-cosmetiques-solides",
)


def sitemap() -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for index, path in enumerate(SITE_PATHS):
        day = 5 + index % 20
        lines += ["  <url>", f"    <loc>{brand.BRAND_SITE}{path}</loc>",
                  f"    <lastmod>2027-01-{day:02d}</lastmod>", "  </url>"]
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


DRAFT_TITLE = ("Le shampoing solide enfant Petite Vague de Maison Ondine : tout ce que les parents doivent "
               "savoir avant de l'acheter")
DRAFT_DESCRIPTION = (
    "Découvrez Petite Vague, le nouveau shampoing solide pour les enfants de Maison Ondine, fabriqué à "
    "Saint-Malo avec de l'avoine et du miel du pays de Rance, doux pour les cheveux et le cuir chevelu des "
    "petits dès 3 ans, en vente dès le 6 avril 2027.")
DRAFT = f"""<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>{DRAFT_TITLE}</title>
  <meta name="description" content="{DRAFT_DESCRIPTION}">
  <link rel="canonical" href="{brand.BRAND_SITE}/blog/le-shampoing-solide-pour-les-enfants-c-est-génial">
  <meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<header><a href="/">Maison Ondine</a></header>
<article>
<h1>Petite Vague arrive !</h1>
<p>Le soir, entre le dîner et l'histoire, il y a ce moment que beaucoup de familles connaissent : celui
où il faut laver les cheveux des petits. Un flacon qui glisse, de la mousse dans les yeux, des cris dans
la salle de bain... À l'atelier, nous avons voulu rendre ce moment plus simple et plus doux.</p>
<img src="/images/petite-vague-pain-vague.jpg">
<h1>Un shampoing solide pour enfant, pourquoi ?</h1>
<p>Un shampoing solide est un shampoing sans eau ajoutée, compacté en pain. Il se frotte entre les mains
mouillées ou directement sur les cheveux, puis se rince comme un shampoing liquide. Pour les enfants, il a
deux avantages : il ne se renverse pas et il dure longtemps. Un pain Petite Vague de 60 g correspond à
environ 40 lavages, soit plusieurs mois pour un enfant qui se lave les cheveux deux fois par semaine.</p>
<p>Il voyage aussi très bien : dans une boîte en métal ou un porte-savon, il passe dans la trousse de
toilette des vacances ou de la semaine chez les grands-parents.</p>
<h2>Ce qu'il y a dans Petite Vague</h2>
<p>Nous avons choisi une base lavante douce d'origine végétale, de l'avoine pour sa douceur et du miel du
pays de Rance, récolté à quelques kilomètres de l'atelier. Le parfum est léger et ne contient aucun
allergène à déclarer. La formule convient aux enfants dès 3 ans.</p>
<h4>Testé avec des enfants et des familles</h4>
<p>Petite Vague a été testé sous contrôle dermatologique et ophtalmologique sur 32 enfants par un
laboratoire indépendant, en janvier 2027. Nous l'avons aussi confié pendant trois semaines à 120 familles
de notre communauté, qui nous ont dit ce qui leur plaisait et ce qu'il fallait améliorer.</p>
<h2>Comment utiliser un shampoing solide sur les cheveux d'un enfant</h2>
<p>Mouillez bien les cheveux. Frottez le pain entre vos mains pour faire mousser, puis massez doucement le
cuir chevelu. Rincez à l'eau tiède en inclinant la tête de l'enfant vers l'arrière. Pour les cheveux longs
ou bouclés, démêlez avant le bain et après le rinçage, sur cheveux humides.</p>
<p>Après usage, posez le pain sur un porte-savon qui s'égoutte : un pain qui sèche entre deux bains dure
plus longtemps. Retrouvez nos conseils dans notre article
<a href="/blog/conserver-savon-solide">bien conserver un savon solide</a>.</p>
<h2>Et les poux ?</h2>
<p>Petite Vague lave et prend soin des cheveux ; ce n'est pas un produit contre les poux. Si votre enfant
en a, demandez conseil à votre pharmacien. Nous avons réuni quelques conseils dans notre article
<a href="/blog/poux-enfants-que-faire">que faire contre les poux ?</a></p>
<h2>Où trouver Petite Vague ?</h2>
<p>Petite Vague sera en vente le mardi 6 avril 2027 sur notre boutique en ligne et à la boutique-atelier de
Saint-Malo, au prix de 12 euros, puis à partir du 13 avril chez nos revendeurs. Il est livré dans un étui en
carton recyclé imprimé en Bretagne, sans sachet ni film.</p>
<p>Vous avez une question ? Écrivez-nous, nous répondons à chaque message.</p>
</article>
<footer><a href="https://www.instagram.com/maisonondine/">Instagram</a></footer>
</body>
</html>
"""


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path


def generate(dest: Path) -> list[Path]:
    rng = random.Random(SEED)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(KMT_COLUMNS)
    writer.writerows(keyword_rows(rng))
    dest = Path(dest)
    return [
        _write(dest / KEYWORDS_FILE, "\ufeff" + out.getvalue()),
        _write(dest / SITEMAP_FILE, sitemap()),
        _write(dest / DRAFT_FILE, DRAFT),
    ]
