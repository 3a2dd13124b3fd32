"""Notebook 02's files (community and moderation): the inbox export since the launch and the daily mentions.

* ``agorapulse_boite-de-reception_2027-04-06_2027-04-30.csv``: the comments and private messages the
  four accounts received from 6 to 30 April 2027, as Agorapulse's inbox export writes them (semicolon,
  UTF-8 with BOM, French dates « JJ/MM/AAAA HH:MM »): questions, praise, complaints, the « se délite »
  cluster, the palm-oil rumour of a Facebook parents' group, spam and a competitor's promotion, insults,
  health questions, an e-mail address or a phone number posted in public, a child's photo. « Traité le »
  is when the team answered, hid or deleted it (empty: not handled by the export's date). Every message's
  category by the charter's rules is checked here against the category it was written for.
* ``mention_statistiques_maison-ondine_2026-12-01_2027-04-30.csv``: Mention's daily statistics for the
  alert « Maison Ondine » (mentions per day, by sentiment, estimated reach): Christmas, a carrier's delay
  in January, a blog's attack on solid cosmetics, the launch, then the two April incidents.
"""

from __future__ import annotations

import csv
import io
import random
from datetime import datetime, timedelta
from pathlib import Path

from cmcert_lib.bloc3.datasets.moderation import INBOX_COLUMNS, INBOX_FILE, MENTIONS_COLUMNS, MENTIONS_FILE
from cmcert_lib.bloc3.moderation import categorie_de

SEED = 20270430
START = datetime(2027, 4, 6)
END = datetime(2027, 4, 30, 18, 0)

FIRST = ("Camille", "Julie", "Aurélie", "Sophie", "Émilie", "Marion", "Claire", "Laura", "Anaïs", "Pauline",
         "Céline", "Élodie", "Mathilde", "Nolwenn", "Gwenaëlle", "Thomas", "Nicolas", "Maxime", "Yann",
         "Romain", "Léa", "Chloé", "Manon", "Inès", "Soizic", "Hélène", "Karine", "Sandrine", "Ophélie")
HANDLES = ("maman_de_3", "la.vie.en.vrac", "zerodechet_35", "les_petits_bretons", "papa_poule_56",
           "slow.cosmetique", "bulle_de_savon", "famille_nomade", "jolie_salle_de_bain", "mamanrennaise",
           "clem_et_les_garcons", "minimaliste_malouine", "vrac_addict", "happy_bath_time")

POSTS = {
    "Instagram": ("Reel « Petite Vague, le bain sans larmes »", "Carrousel « 3 gestes pour un pain qui dure »",
                  "Photo « Nouveauté : Petite Vague »", "Story à la une « FAQ »"),
    "Facebook": ("Publication « Petite Vague est arrivée »", "Album « Nos ateliers à Saint-Malo »",
                 "Publication « Jeu concours Petite Vague »"),
    "TikTok": ("Vidéo « Le shampoing qui fait des vagues »", "Vidéo « Routine du soir avec Petite Vague »"),
    "LinkedIn": ("Article « Fabriquer à Saint-Malo »", "Post « Nous recrutons des revendeurs »"),
}

# (category, network or None for any, type, text, attachment)
C, M = "Commentaire", "Message privé"
TEXTS: dict[str, tuple[tuple[str | None, str, str, str], ...]] = {
    "question": (
        (None, C, "C'est à partir de quel âge ? Ma nièce a 2 ans et demi", ""),
        (None, C, "Il dure combien de lavages environ ? 🤔", ""),
        (None, C, "Vous le vendez chez Biocoop à Rennes ?", ""),
        (None, M, "Bonjour, est-ce que vous livrez en Belgique ?", ""),
        (None, C, "Ça convient aux cheveux bouclés ? Ma fille a une crinière 😅", ""),
        (None, C, "On le range comment entre deux bains ?", ""),
        (None, M, "Bonjour ! Vous faites des coffrets pour les anniversaires ?", ""),
        ("LinkedIn", C, "Quelles sont vos conditions pour les revendeurs en épicerie vrac ?", ""),
        ("LinkedIn", M, "Bonjour, je tiens une boutique bio à Nantes : avez-vous un catalogue pro ?", ""),
        (None, C, "Il existe aussi un après-shampoing assorti ?", ""),
        (None, C, "Le parfum est fort ? Mon fils n'aime pas les odeurs 🙈", ""),
        ("TikTok", C, "c'est quoi la musique de la vidéo ??", ""),
        (None, C, "Vous avez un code de bienvenue ? Je découvre la marque", ""),
    ),
    "avis_positif": (
        (None, C, "Adopté à la maison ! Plus de larmes au moment du bain 💙", ""),
        (None, C, "Trop mignon ce pain en forme de vague 😍", ""),
        (None, C, "Fière de voir une marque malouine grandir comme ça 👏", ""),
        (None, C, "Reçu hier, l'odeur est top, on a hâte de tester", ""),
        (None, C, "Merci pour l'accueil à l'atelier samedi, super moment", ""),
        (None, M, "Juste un petit mot pour vous dire merci, ma fille adore 🥰", ""),
        (None, C, "Deuxième pain acheté, c'est validé 👍", ""),
        ("TikTok", C, "trop bien la vidéo 😂😂", ""),
        (None, C, "Enfin un shampoing solide qui mousse vraiment", ""),
        ("LinkedIn", C, "Bravo à toute l'équipe pour ce lancement !", ""),
        (None, C, "❤️❤️❤️", ""),
        (None, C, "Je partage à ma sœur, elle cherchait justement ça", ""),
        (None, C, "Le packaging carton est parfait, zéro plastique 👌", ""),
    ),
    "reclamation": (
        (None, M, "Ma commande n° 10482 n'est toujours pas arrivée, ça fait 10 jours", ""),
        (None, C, "Colis reçu avec le pain cassé en deux… dommage", ""),
        (None, M, "Bonjour, j'ai été débité deux fois pour la même commande, pouvez-vous me rembourser ?", ""),
        (None, C, "Un peu déçue, l'odeur disparaît très vite", ""),
        (None, C, "Livraison annoncée mardi, toujours rien vendredi. Quelqu'un a des nouvelles ?", ""),
        (None, M, "Erreur dans ma commande : j'ai reçu le shampoing adulte au lieu de Petite Vague", ""),
        (None, C, "Franchement déçu du service client, pas de réponse à mon mail", ""),
    ),
    "signal_crise": (
        (None, C, "Le mien se délite au bout d'une semaine dans la salle de bains 😕", ""),
        (None, C, "Pareil ici, il part en bouillie dans le porte-savon", ""),
        (None, C, "Il se délite complètement, on a dû le jeter après 8 lavages", ""),
        (None, M, "Bonjour, notre pain se désagrège alors qu'il sèche sur une grille. Normal ?", ""),
        (None, C, "Chez nous aussi il ramollit très vite, la salle de bains est humide", ""),
        (None, C, "C'est normal qu'il se délite comme ça ? 40 lavages, on en est loin", ""),
        ("Facebook", C, ("On m'a dit dans le groupe des parents qu'il y avait de l'huile de palme dedans, "
                        "c'est vrai ?"), ""),
        ("Facebook", C, "Huile de palme dans un produit pour enfants, sérieusement ??", ""),
        ("Facebook", C, "Je relaie : d'après une maman du groupe, Petite Vague contient de la palme 😡", ""),
        ("Facebook", M, ("Bonjour, pouvez-vous confirmer qu'il n'y a pas d'huile de palme ? "
                        "On en parle beaucoup"), ""),
        (None, C, "Je ne rachèterai pas s'il y a de l'huile de palme", ""),
    ),
    "sante": (
        (None, M, "Mon fils fait de l'eczéma, est-ce qu'il peut utiliser Petite Vague ?", ""),
        (None, C, "Ma fille a eu des rougeurs sur le front après le bain, c'est déjà arrivé à quelqu'un ?", ""),
        (None, M, "Est-ce qu'il y a des allergènes dans le parfum ? Mon petit est allergique aux fruits à coque", ""),
        (None, C, "Ça pique les yeux malgré tout, ma fille a pleuré", ""),
        (None, M, "Notre pédiatre demande la composition complète, pouvez-vous nous l'envoyer ?", ""),
    ),
    "spam": (
        (None, C, "Gagnez 500 € par semaine depuis chez vous 💸 infos sur www.revenus-faciles.example", ""),
        (None, C, "Jolie marque ! Nos pains à -30 % chez Pure Galet 👉 https://puregalet.example/promo", ""),
        (None, M, "Boostez vos abonnés : 1000 followers pour 9 € https://followers-pas-chers.example", ""),
        ("TikTok", C, "Ton compte a été sélectionné 🎁 réclame ton cadeau : http://bit.ly/cad3au-xx", ""),
        (None, C, "Collab ? On fait de la pub pour les marques 👉 www.influence-express.example", ""),
    ),
    "injure": (
        (None, C, "Encore une marque de bobos qui se fait du fric, bande de connards", ""),
        (None, C, "Votre truc c'est de la merde, 8 € pour un savon", ""),
        ("Facebook", C, "Vous mentez sur la composition, abrutis", ""),
        (None, M, "Bande de débiles, rendez-moi mon argent", ""),
    ),
    "donnees_personnelles": (
        (None, C, "Je n'ai jamais eu de réponse, rappelez-moi au 06 12 34 56 78 svp", ""),
        (None, C, "Écrivez-moi directement : claire.b.35@exemple-mail.fr, c'est pour un cadeau", ""),
        (None, C, "Ma fille au bain avec son Petite Vague, elle adore 😍", "Photo"),
        (None, C, "Mon fils tout content après son premier shampoing sans larmes !", "Photo"),
        (None, M, "Voici mon numéro pour la commande en gros : 07 81 22 45 90", ""),
    ),
}

# How many items of each category; the crisis items fall in their incident's days.
COUNTS = {"question": 62, "avis_positif": 64, "reclamation": 16, "signal_crise": 24, "sante": 7, "spam": 9,
          "injure": 5, "donnees_personnelles": 7}
NETWORK_WEIGHTS = {"Instagram": 45, "Facebook": 30, "TikTok": 19, "LinkedIn": 6}
DELITE_DAYS = (datetime(2027, 4, 19), 4)  # the cluster starts on Monday 19 April, over 4 days
PALME_DAYS = (datetime(2027, 4, 26), 3)  # the rumour on Monday 26 April, over 3 days


def _moment(rng: random.Random, start: datetime, days: int) -> datetime:
    day = start + timedelta(days=rng.randrange(days))
    hour = rng.choices(range(7, 24), weights=[1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 6, 6, 5, 3])[0]
    return day.replace(hour=hour, minute=rng.randrange(60))


def _author(rng: random.Random, network: str) -> str:
    if network in ("Instagram", "TikTok") and rng.random() < 0.7:
        return "@" + rng.choice(HANDLES) + (str(rng.randrange(10, 99)) if rng.random() < 0.4 else "")
    return f"{rng.choice(FIRST)} {rng.choice('BCDGHJKLMPRT')}."


def _items(rng: random.Random) -> list[dict]:
    items = []
    for category, count in COUNTS.items():
        pool = TEXTS[category]
        for i in range(count):
            network_hint, kind, text, attachment = pool[i % len(pool)]
            if category == "signal_crise":
                palme = "palme" in text
                start, days = PALME_DAYS if palme else DELITE_DAYS
                when = _moment(rng, start, days)
            else:
                when = _moment(rng, START, (END - START).days + 1)
            network = network_hint or rng.choices(list(NETWORK_WEIGHTS), weights=NETWORK_WEIGHTS.values())[0]
            if network == "LinkedIn" and category in ("donnees_personnelles",) and attachment:
                network = "Instagram"
            assert categorie_de(text, attachment) == category, (category, text)
            items.append({"when": when, "network": network, "kind": kind, "text": text, "attachment": attachment,
                          "category": category})
    items.sort(key=lambda item: item["when"])
    return items


def _handled(rng: random.Random, item: dict) -> str:
    """When the team answered, hid or deleted the item: 19 hours on average, some never."""
    if rng.random() < 0.08:
        return ""
    delay = timedelta(minutes=rng.choice((rng.randrange(20, 240), rng.randrange(240, 1500),
                                          rng.randrange(1500, 4000))))
    done = item["when"] + delay
    if done.hour < 8:
        done = done.replace(hour=9, minute=rng.randrange(60))
    if done >= END + timedelta(hours=6):
        return ""
    return done.strftime("%d/%m/%Y %H:%M")


def _inbox(rng: random.Random) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(INBOX_COLUMNS)
    for number, item in enumerate(_items(rng), start=1):
        network = item["network"]
        writer.writerow([
            f"AP-{number:04d}",
            item["when"].strftime("%d/%m/%Y %H:%M"),
            network,
            item["kind"],
            _author(rng, network),
            item["text"],
            rng.choice(POSTS[network]) if item["kind"] == C else "",
            item["attachment"],
            _handled(rng, item),
        ])
    return out.getvalue()


# Mention's daily statistics: a base, a weekly rhythm, and the events (day, extra mentions, negative share).
MENTIONS_START = datetime(2026, 12, 1)
MENTIONS_END = datetime(2027, 4, 30)
EVENTS = {
    datetime(2026, 12, 14): (18, 0.05),  # Christmas gift guide of a regional magazine
    datetime(2026, 12, 15): (9, 0.05),
    datetime(2027, 1, 18): (22, 0.55),  # a carrier's delay: parcels stuck before the sales
    datetime(2027, 1, 19): (12, 0.5),
    datetime(2027, 2, 23): (14, 0.45),  # a blog's attack on solid cosmetics in general
    datetime(2027, 3, 11): (10, 0.6),  # a spam wave of fake giveaways naming the brand
    datetime(2027, 4, 6): (85, 0.03),  # the launch of Petite Vague
    datetime(2027, 4, 7): (40, 0.04),
    datetime(2027, 4, 8): (20, 0.05),
    datetime(2027, 4, 19): (34, 0.55),  # the bar that « se délite »
    datetime(2027, 4, 20): (28, 0.5),
    datetime(2027, 4, 21): (12, 0.45),
    datetime(2027, 4, 26): (55, 0.6),  # the palm-oil rumour
    datetime(2027, 4, 27): (38, 0.55),
    datetime(2027, 4, 28): (15, 0.4),
}


def _mentions(rng: random.Random) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(MENTIONS_COLUMNS)
    day = MENTIONS_START
    while day <= MENTIONS_END:
        base = 9 if day < datetime(2027, 4, 6) else 22
        base += 2 if day.weekday() in (0, 1) else -2 if day.weekday() == 6 else 0
        count = max(1, round(rng.gauss(base, base ** 0.5)))
        negative = sum(rng.random() < 0.12 for _ in range(count))
        extra, share = EVENTS.get(day, (0, 0.0))
        extra_negative = round(extra * share)
        count += extra
        negative += extra_negative
        positive = sum(rng.random() < 0.45 for _ in range(count - negative))
        neutral = count - negative - positive
        reach = sum(rng.choice((120, 350, 800, 1500, 4200)) for _ in range(count))
        writer.writerow([day.strftime("%d/%m/%Y"), count, positive, neutral, negative, reach])
        day += timedelta(days=1)
    return out.getvalue()


def generate(dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    inbox = dest / INBOX_FILE
    inbox.write_bytes(("\ufeff" + _inbox(rng)).encode("utf-8"))
    mentions = dest / MENTIONS_FILE
    mentions.write_bytes(("\ufeff" + _mentions(rng)).encode("utf-8"))
    return [inbox, mentions]
