"""The veille corpus of Bloc 1: a news-reader export (Feedly / Inoreader-like) of about 25 items (seeded).

``veille_actualites.csv`` (``,`` separator, UTF-8, ``AAAA-MM-JJ HH:MM`` dates, newest first)
is what the agency's veille tool collected for Maison Ondine's account up to the brief
(16 November 2026), from the feeds it follows: the platforms' and the authorities' official
channels, the trade press, blogs, aggregator sites and a few unverified accounts.  As in a
real export it mixes what matters with what does not: duplicates (one article collected by
two feeds, an aggregator's copy), rumours, items too old to rely on, items off the topic.

The titles, excerpts and addresses are made up for the course, except the real facts some of
them report (Instagram's limit of 5 hashtags announced on 18 December 2025, Reels of 3 minutes
in January 2025, TikTok Shop's French launch in March 2025, TikTok's 10-minute videos in 2022,
the legal texts and their dates).  The seed only sets the identifiers and the times of day.
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from cmcert_lib.bloc1.datasets.veille import COLUMNS, FILE

SEED = 20261116


@dataclass(frozen=True)
class Item:
    day: str  # AAAA-MM-JJ
    source: str
    kind: str
    network: str
    title: str
    excerpt: str
    url: str
    feed: str


OFFICIAL, PRESS, BLOG, AGGREGATOR, UNVERIFIED = (
    "Source officielle", "Presse spécialisée", "Blog", "Agrégateur", "Compte non vérifié")

HASHTAGS = Item(
    "2025-12-18", "Instagram (@creators)", OFFICIAL, "Instagram",
    "Hashtags : 5 au maximum par publication et par Reel",
    "À partir d'aujourd'hui, vous pouvez ajouter jusqu'à 5 hashtags à une publication ou à un "
    "Reel. Quelques hashtags précis aident davantage à faire découvrir votre contenu qu'une "
    "longue liste de hashtags génériques.",
    "https://www.instagram.com/p/DSa5Hq_kQ2X/", "Plateformes — annonces officielles")
STRATEGIES_CLAIMS = Item(
    "2026-08-31", "Stratégies", PRESS, "Tous réseaux",
    "Allégations environnementales : ce qui change le 27 septembre 2026",
    "Avec l'application de la directive (UE) 2024/825, les mentions génériques comme "
    "« écologique » ou « respectueux de l'environnement » sans preuve reconnue deviennent des "
    "pratiques commerciales trompeuses. Les marques de cosmétiques sont en première ligne.",
    "https://www.strategies.fr/actualites/marques/allegations-environnementales-27-septembre-2026",
    "Réglementation")

ITEMS = (
    HASHTAGS,
    # The same official post, collected again by a second feed.
    Item(HASHTAGS.day, HASHTAGS.source, OFFICIAL, "Instagram", HASHTAGS.title, HASHTAGS.excerpt,
         HASHTAGS.url, "Meta — toutes les annonces"),
    Item("2025-12-19", "Blog du Modérateur", PRESS, "Instagram",
         "Instagram limite désormais les hashtags à 5 par publication",
         "Le compte @creators d'Instagram l'a annoncé le 18 décembre : fini les 30 hashtags, une "
         "publication ou un Reel n'en accepte plus que 5. Nos conseils pour choisir les bons.",
         "https://www.blogdumoderateur.com/instagram-limite-hashtags-5-publication/",
         "Presse spécialisée"),
    Item("2025-12-19", "Social Media Today", PRESS, "Instagram",
         "Instagram Limits Posts to 5 Hashtags Each",
         "Instagram has announced that posts and Reels will now be limited to five hashtags, down "
         "from thirty, as it looks to reduce hashtag spam and improve content categorization.",
         "https://www.socialmediatoday.com/news/instagram-limits-posts-to-5-hashtags/",
         "Presse spécialisée"),
    Item("2025-12-20", "actu-reseaux-sociaux.info", AGGREGATOR, "Instagram",
         "Instagram limite désormais les hashtags à 5 par publication",
         "Le compte @creators d'Instagram l'a annoncé le 18 décembre : fini les 30 hashtags, une "
         "publication ou un Reel n'en accepte plus que 5. Nos conseils pour choisir les bons.",
         "https://actu-reseaux-sociaux.info/2025/12/20/instagram-limite-hashtags-5/",
         "Alertes Google « Instagram »"),
    Item("2026-09-15", "Blog du Modérateur", PRESS, "Instagram",
         "Hashtags sur Instagram : le guide 2026",
         "Neuf mois après le passage à 5 hashtags au maximum, nos recommandations : un hashtag de "
         "marque, deux ou trois hashtags de thème précis, écrits en CamelCase pour les lecteurs "
         "d'écran, et plus de copier-coller d'une plateforme à l'autre.",
         "https://www.blogdumoderateur.com/guide-hashtags-instagram-2026/", "Presse spécialisée"),
    Item("2026-10-28", "@insta_leaks_fr (X)", UNVERIFIED, "Instagram",
         "EXCLU : Instagram passerait à 3 hashtags max début 2027",
         "Selon nos infos, Instagram testerait une limite de 3 hashtags par post dès janvier. "
         "Préparez-vous !!! (source interne, on ne peut pas en dire plus)",
         "https://x.com/insta_leaks_fr/status/1983520417226410093", "Alertes Google « Instagram »"),
    Item("2021-02-10", "Le Coin des CM", BLOG, "Instagram",
         "Utilisez vos 30 hashtags : le guide ultime pour exploser votre portée",
         "Instagram autorise 30 hashtags par publication : utilisez-les tous ! Mélangez hashtags "
         "populaires et hashtags de niche pour multiplier vos chances d'apparaître dans l'onglet "
         "Explorer.",
         "https://lecoindescm.fr/2021/02/guide-ultime-30-hashtags-instagram/", "Blogs de CM"),
    Item("2025-01-17", "Instagram (@creators)", OFFICIAL, "Instagram",
         "Les Reels peuvent désormais durer jusqu'à 3 minutes",
         "Vous pouvez maintenant publier des Reels de 3 minutes au plus, contre 90 secondes "
         "auparavant. La grille de profil passe aussi à un format rectangulaire (3:4).",
         "https://www.instagram.com/p/DE9vR4sNq1T/", "Plateformes — annonces officielles"),
    Item("2022-03-01", "TikTok Newsroom", OFFICIAL, "TikTok",
         "Les vidéos TikTok peuvent désormais durer jusqu'à 10 minutes",
         "Nous étendons la durée maximale des vidéos à 10 minutes pour offrir encore plus de "
         "possibilités à notre communauté de créateurs.",
         "https://newsroom.tiktok.com/fr-fr/videos-jusqu-a-10-minutes", "Plateformes — annonces officielles"),
    Item("2025-03-31", "TikTok Newsroom", OFFICIAL, "TikTok",
         "TikTok Shop est lancé en France",
         "Les marques et les créateurs peuvent désormais vendre directement sur TikTok en France : "
         "boutiques, vidéos achetables et lives d'achat.",
         "https://newsroom.tiktok.com/fr-fr/lancement-tiktok-shop-france", "Plateformes — annonces officielles"),
    Item("2026-07-29", "Commission européenne", OFFICIAL, "Tous réseaux",
         "Règlement sur l'IA : les obligations de transparence s'appliquent à partir du 2 août 2026",
         "Les contenus générés ou manipulés par une intelligence artificielle, images comprises, "
         "devront être signalés comme tels (article 50 du règlement (UE) 2024/1689). La "
         "Commission publie ses lignes directrices pour les entreprises.",
         "https://digital-strategy.ec.europa.eu/fr/news/ai-act-obligations-transparence-2-aout-2026",
         "Réglementation"),
    Item("2026-04-14", "ARPP", OFFICIAL, "Tous réseaux",
         "Allégations environnementales : l'ARPP rappelle ses règles avant l'entrée en application "
         "de la directive (UE) 2024/825",
         "Preuves, précision, proportionnalité : l'ARPP rappelle sa recommandation « Développement "
         "durable » aux annonceurs et aux créateurs de contenu titulaires du Certificat de "
         "l'influence responsable.",
         "https://www.arpp.org/actualite/allegations-environnementales-rappel-directive-2024-825/",
         "Réglementation"),
    Item("2026-02-10", "DGCCRF", OFFICIAL, "Tous réseaux",
         "Influence commerciale : les résultats des contrôles 2025",
         "La DGCCRF a contrôlé des influenceurs et les marques qui les rémunèrent. Une part "
         "importante des publications ne signalait pas clairement la collaboration commerciale ; "
         "les annonceurs sont tenus pour responsables au même titre que les créateurs.",
         "https://www.economie.gouv.fr/dgccrf/influence-commerciale-resultats-controles-2025",
         "Réglementation"),
    Item("2026-06-23", "CNIL", OFFICIAL, "Tous réseaux",
         "Jeux-concours sur les réseaux sociaux : les bons réflexes",
         "Collecter seulement les données nécessaires, informer les participants, fixer une "
         "durée de conservation et ne pas réutiliser les données pour de la prospection sans "
         "consentement.",
         "https://www.cnil.fr/fr/jeux-concours-reseaux-sociaux-bons-reflexes", "Réglementation"),
    Item("2026-10-29", "Meta Newsroom", OFFICIAL, "Facebook",
         "Meta publie ses résultats du troisième trimestre 2026",
         "Chiffre d'affaires, bénéfice par action et investissements dans les centres de données : "
         "les résultats financiers du groupe pour le trimestre clos le 30 septembre 2026.",
         "https://about.fb.com/fr/news/2026/10/resultats-t3-2026/", "Meta — toutes les annonces"),
    STRATEGIES_CLAIMS,
    # The same article, collected again by the legal-watch feed.
    Item(STRATEGIES_CLAIMS.day, STRATEGIES_CLAIMS.source, PRESS, "Tous réseaux", STRATEGIES_CLAIMS.title,
         STRATEGIES_CLAIMS.excerpt, STRATEGIES_CLAIMS.url, "Presse spécialisée"),
    Item("2026-09-01", "buzz-marketing-news.com", AGGREGATOR, "Tous réseaux",
         "Allégations environnementales : ce qui change le 27 septembre 2026",
         "Avec l'application de la directive (UE) 2024/825, les mentions génériques comme "
         "« écologique » ou « respectueux de l'environnement » sans preuve reconnue deviennent des "
         "pratiques commerciales trompeuses. Les marques de cosmétiques sont en première ligne.",
         "https://buzz-marketing-news.com/allegations-environnementales-27-septembre/",
         "Alertes Google « cosmétiques »"),
    Item("2026-05-26", "Siècle Digital", PRESS, "LinkedIn",
         "LinkedIn : la vidéo verticale gagne du terrain dans le fil des entreprises",
         "Les pages d'entreprise qui publient des vidéos courtes au format vertical voient leur "
         "portée progresser ; LinkedIn met en avant un onglet vidéo dans son application.",
         "https://siecledigital.fr/2026/05/26/linkedin-video-verticale-pages-entreprise/",
         "Presse spécialisée"),
    Item("2025-06-27", "Blog du Modérateur", PRESS, "Tous réseaux",
         "European Accessibility Act : ce qui change pour les sites e-commerce le 28 juin 2025",
         "Boutiques en ligne, parcours d'achat, paiement : la directive européenne sur "
         "l'accessibilité s'applique aux sites marchands, avec des exigences alignées sur le RGAA.",
         "https://www.blogdumoderateur.com/european-accessibility-act-e-commerce/", "Presse spécialisée"),
    Item("2023-07-06", "Presse-citron", PRESS, "Tous réseaux",
         "Threads : Meta lance son concurrent de Twitter, mais pas en Europe",
         "L'application Threads, adossée à Instagram, est disponible dans une centaine de pays ; "
         "l'Union européenne attendra.",
         "https://www.presse-citron.net/threads-meta-lance-concurrent-twitter/", "Presse spécialisée"),
    Item("2026-03-24", "Les Numériques", PRESS, "",
         "Test du nouveau smartphone pliable : enfin la bonne formule ?",
         "Écran, autonomie, photo : notre verdict complet après trois semaines d'utilisation.",
         "https://www.lesnumeriques.com/telephone-portable/test-smartphone-pliable-2026.html",
         "Alertes Google « Instagram »"),
    Item("2026-10-06", "Agence Mareterra — le blog", BLOG, "Instagram",
         "Carrousels ou Reels : ce que disent nos 140 comptes clients en 2026",
         "Sur nos comptes clients, les carrousels pédagogiques gardent le meilleur taux "
         "d'enregistrement ; les Reels apportent la portée. Notre analyse, sans recette miracle.",
         "https://www.mareterra-agence.fr/blog/carrousels-ou-reels-2026/", "Blogs de CM"),
    Item("2026-07-08", "Julie, CM indépendante", BLOG, "TikTok",
         "TikTok va-t-il pénaliser les vidéos de marques sans musique sous licence ?",
         "Plusieurs créateurs affirment que leurs vidéos sans son de la bibliothèque commerciale "
         "seraient moins diffusées. Aucune confirmation officielle à ce jour, mais je vous dis tout.",
         "https://julie-cm.fr/tiktok-penalise-videos-sans-musique/", "Blogs de CM"),
    Item("2026-11-09", "@socialbuzz_news (X)", UNVERIFIED, "TikTok",
         "TikTok bientôt interdit en France ?! 😱",
         "Ça chauffe : une interdiction de TikTok serait sur la table dès janvier. RT pour "
         "prévenir vos clients !!",
         "https://x.com/socialbuzz_news/status/1987411736581202354", "Alertes Google « TikTok »"),
    Item("2026-06-02", "@growth.tips.fr (Threads)", UNVERIFIED, "Instagram",
         "Instagram va masquer les likes de toutes les marques cet été",
         "On m'a confirmé en off qu'Instagram allait cacher les j'aime des comptes professionnels. "
         "Partagez avant que ce soit officiel.",
         "https://www.threads.com/@growth.tips.fr/post/DKr9x2WsP4m", "Alertes Google « Instagram »"),
    Item("2026-09-20", "Cuisine de la côte d'Émeraude", BLOG, "",
         "Nos meilleures recettes de crêpes bretonnes",
         "Farine de sarrasin, beurre salé et un peu de patience : les secrets d'une galette "
         "réussie, de Saint-Malo à Dinard.",
         "https://cuisine-cote-emeraude.fr/recettes-crepes-bretonnes/", "Alertes Google « Saint-Malo »"),
)


def rows(seed: int = SEED) -> list[dict[str, str]]:
    """The export's rows, newest first, with the tool's identifiers and times of publication."""
    rng = random.Random(seed)
    identifiers = rng.sample(range(410_000, 499_999), len(ITEMS))
    stamped, published = [], {}
    for item, identifier in zip(ITEMS, identifiers, strict=True):
        moment = datetime.combine(date.fromisoformat(item.day), time(rng.randint(7, 21), rng.randint(0, 59)))
        # One article collected by two feeds keeps its one time of publication.
        moment = published.setdefault(item.url, moment)
        stamped.append((moment, identifier, item))
    stamped.sort(key=lambda entry: (entry[0], entry[1]), reverse=True)
    return [{
        "Identifiant": str(identifier),
        "Titre": item.title,
        "Source": item.source,
        "Type de source": item.kind,
        "URL": item.url,
        "Date de publication": moment.strftime("%Y-%m-%d %H:%M"),
        "Extrait": item.excerpt,
        "Réseau concerné": item.network,
        "Flux": item.feed,
    } for moment, identifier, item in stamped]


def generate(dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows())
    path = dest / FILE
    path.write_bytes(buffer.getvalue().encode("utf-8"))
    return [path]
