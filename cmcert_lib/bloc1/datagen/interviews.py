"""Six individual interviews with customers and prospects of Maison Ondine (primary qualitative research).

Léna Morvan, the brand's communication officer, interviewed in October 2026
six respondents of the target survey who had agreed to be recontacted: a
semi-structured guide, 25 to 45 minutes each.  The course ships the cleaned
transcripts twice: as a readable document (``entretiens_cible.md``) and as the
verbatims table a research team codes them into (``entretiens_verbatims.csv``:
one row per verbatim, coded with one theme of :data:`THEMES`).

The people, their words and their first names (pseudonyms) are invented for
the course; the profiles echo the survey's hidden profiles so that interviews
and survey can be reconciled, and disagree where real research would (the
30-44-year-olds' networks are not the brief's).  The seed only sets each
interview's start time and length.
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

# The files and their header are the loader's: one truth for both.
from cmcert_lib.bloc1.datasets.interviews import COLUMNS, DOCUMENT, TABLE, THEMES

SEED = 20261019
INTERVIEWER = "Léna Morvan"
INTERVIEWER_ROLE = "chargée de communication de Maison Ondine"

NETWORKS, INSPIRATION, PRICE, TRUST, SKIN, FAMILY, LOCAL, USE = THEMES

GUIDE = (
    ("Vos réseaux sociaux", "Quels réseaux sociaux utilisez-vous, à quel moment de la journée, pour quoi faire ?"),
    ("Votre inspiration", "Où cherchez-vous des idées pour vos soins, votre salle de bains, vos achats beauté ?"),
    ("Vos achats", "Comment choisissez-vous vos cosmétiques ? Qu'est-ce qui vous fait acheter, ou renoncer ?"),
    ("Le solide", "Que pensez-vous des cosmétiques solides ? Qu'est-ce qui vous retient ou vous plaît ?"),
    ("La marque", "Que savez-vous de Maison Ondine ? Qu'attendez-vous d'elle sur les réseaux sociaux ?"),
)


@dataclass(frozen=True)
class Exchange:
    """A question and its answer, cut into verbatims coded with one theme each."""

    question: str
    verbatims: tuple[tuple[str, str], ...]  # (theme, words)


@dataclass(frozen=True)
class Interview:
    code: str
    day: date
    mode: str
    name: str
    age: int
    city: str
    profile: str
    buys_solid: str  # the survey's answer to « Achetez-vous des cosmétiques solides ? »
    knows_brand: str
    exchanges: tuple[Exchange, ...]


def _x(question: str, *verbatims: tuple[str, str]) -> Exchange:
    return Exchange(question, verbatims)


INTERVIEWS = (
    Interview(
        "E1", date(2026, 10, 19), "en visioconférence", "Aurélie", 38, "Rennes (35)",
        "Infirmière à temps partiel, deux enfants de 6 et 9 ans",
        "Non, mais j'aimerais essayer", "Oui, de nom",
        (
            _x("Quels réseaux sociaux utilisez-vous, et à quel moment ?",
               (NETWORKS, ("Facebook tous les jours, surtout les groupes : celui des parents de l'école et un "
                          "groupe zéro déchet de Rennes. Instagram, j'ai un compte, mais je regarde les stories "
                          "de quelques copines, je ne poste jamais.")),
               (NETWORKS, "Le soir, une fois les enfants couchés, je fais défiler une demi-heure, pas plus.")),
            _x("Où allez-vous chercher des idées pour votre salle de bains ?",
               (INSPIRATION, ("Sur Pinterest, clairement. J'ai un tableau « salle de bains zéro déchet » avec des "
                             "recettes de déodorant maison que je n'ai jamais faites (rires).")),
               (NETWORKS, "TikTok, non, je n'y suis pas : c'est trop rapide pour moi.")),
            _x("Qu'est-ce qui vous retient de passer au solide ?",
               (USE, ("Je ne sais pas comment ça se conserve. Chez nous, la douche est toujours mouillée : j'ai "
                     "peur que le savon fonde en une semaine et fasse de la bouillie dans le porte-savon.")),
               (PRICE, ("Et le prix. Un shampoing à 13 euros, quand le flacon est à 4 au supermarché, il faut "
                       "qu'on m'explique combien de lavages ça fait. Si on me dit 80 lavages, là je compare."))),
            _x("Et pour vos enfants ?",
               (FAMILY, ("Ma fille a la peau atopique. Je n'achète rien pour elle sans lire la composition, et "
                        "souvent je demande à la pharmacienne.")),
               (FAMILY, ("Si vous sortez un shampoing pour enfants, il faut le dire clairement : sans parfum, "
                        "testé sous contrôle, quelque chose de rassurant."))),
            _x("Que savez-vous de Maison Ondine ?",
               (LOCAL, ("Que c'est de Saint-Malo : j'ai vu le stand au marché cet été. J'aime l'idée que ce soit "
                       "fabriqué près de chez nous.")),
               (TRUST, ("L'histoire de l'emballage en plastique, j'en ai entendu parler dans le groupe, ça m'a "
                       "un peu refroidie."))),
            _x("Qu'attendez-vous d'une marque comme elle sur les réseaux sociaux ?",
               (TRUST, ("Des avis de vraies mamans, pas des influenceuses payées. Dans le groupe zéro déchet, "
                       "quand quelqu'un écrit « j'ai testé, ça tient deux mois », ça vaut toutes les pubs."))),
        ),
    ),
    Interview(
        "E2", date(2026, 10, 20), "par téléphone", "Sandrine", 42, "Ploufragan (22)",
        "Assistante de gestion dans une coopérative agricole, un fils de 12 ans",
        "Oui, de temps en temps", "Oui, je suis cliente ou client",
        (
            _x("Quels réseaux sociaux utilisez-vous ?",
               (NETWORKS, ("Facebook, oui, et Pinterest beaucoup. Instagram, je l'ai installé pour suivre ma "
                          "nièce, mais je ne m'y retrouve pas : trop de pubs et de vidéos."))),
            _x("Où cherchez-vous vos idées de soins ?",
               (INSPIRATION, ("Pinterest, c'est mon magazine. Je tape « routine cheveux naturels » ou « savon "
                             "fait maison » et j'épingle. C'est là que j'ai découvert le shampoing solide, sur "
                             "une épingle d'un blog."))),
            _x("Comment achetez-vous les produits Maison Ondine ?",
               (PRICE, ("Je prends vos savons au magasin bio de Saint-Brieuc quand il y a une promotion, ou en "
                       "coffret à Noël. Au quotidien, le prix est un frein : je mélange avec des produits de "
                       "grande surface.")),
               (SKIN, ("Ce que je regarde, c'est la liste des ingrédients. Si elle est courte et que je "
                      "comprends les mots, j'achète."))),
            _x("Comment s'est passé votre premier shampoing solide ?",
               (USE, ("Je l'ai laissé dans le bac de douche, il a fondu. Personne ne m'avait dit qu'il fallait "
                     "le laisser sécher. Un petit mot sur l'étiquette, ou une vidéo, ça aiderait."))),
            _x("Avez-vous suivi la polémique de mars ?",
               (TRUST, ("J'ai vu passer. Ce qui m'a gênée, c'est surtout qu'ils aient mis longtemps à répondre. "
                       "Une marque qui s'excuse simplement, moi, je lui pardonne."))),
            _x("Y a-t-il un produit que vous aimeriez trouver chez eux ?",
               (FAMILY, ("Mon fils commence à avoir la peau grasse, mais il ne veut pas entendre parler d'un "
                        "« savon de fille » (rires). Quelque chose pour les ados, pourquoi pas."))),
        ),
    ),
    Interview(
        "E3", date(2026, 10, 21), "en visioconférence", "Inès", 24, "Nantes (44)",
        "Alternante en communication, en colocation",
        "Oui, régulièrement", "Oui, je suis cliente ou client",
        (
            _x("Quels réseaux sociaux utilisez-vous ?",
               (NETWORKS, ("Instagram et TikTok, plusieurs heures par jour, honnêtement. Facebook, je ne l'ouvre "
                          "plus. YouTube pour les longues vidéos de routine, le dimanche."))),
            _x("Comment découvrez-vous un nouveau produit ?",
               (INSPIRATION, ("Tout passe par TikTok maintenant : je vois un produit dans une vidéo « get ready "
                             "with me », je lis les commentaires, et si ça a l'air honnête, je l'achète.")),
               (INSPIRATION, "Pinterest, un peu, pour les ambiances, mais pas pour acheter.")),
            _x("Vous êtes cliente depuis 2024 : qu'avez-vous pensé de l'histoire du sachet plastique ?",
               (TRUST, ("C'est moi qui l'ai partagée à l'époque (rires). J'étais déçue, parce que je défendais "
                       "la marque. Ce qui me ferait revenir pour de bon, c'est qu'ils montrent le nouvel "
                       "emballage et les chiffres, sans se cacher.")),
               (TRUST, ("Le mot « zéro déchet », je n'y crois plus chez personne. Je préfère une marque qui dit "
                       "« on a réduit de tant » et qui le prouve."))),
            _x("Le prix compte-t-il pour vous ?",
               (PRICE, ("Je préfère payer 12 euros un shampoing qui dure deux mois. Par contre, 6 euros de frais "
                       "de port, ça me bloque : je commande seulement quand la livraison est offerte."))),
            _x("Que cherchez-vous dans un produit ?",
               (SKIN, ("J'ai les cheveux bouclés, je cherche des produits sans sulfates. J'aimerais que la marque "
                      "explique ses ingrédients, sans jargon."))),
            _x("Le fait que la marque soit bretonne compte-t-il ?",
               (LOCAL, "C'est un plus, mais ce n'est pas ce qui me fait acheter.")),
        ),
    ),
    Interview(
        "E4", date(2026, 10, 22), "par téléphone", "Julien", 35, "Lyon (69)",
        "Ingénieur commercial, en couple, sans enfant",
        "Non", "Non",
        (
            _x("Quels réseaux sociaux utilisez-vous ?",
               (NETWORKS, ("LinkedIn pour le travail, YouTube pour tout le reste : des tests de produits, du "
                          "sport. Instagram, un peu. TikTok, jamais."))),
            _x("Où trouvez-vous vos idées de soins ?",
               (INSPIRATION, ("Je ne cherche pas d'inspiration beauté, moi (rires). Si je change de gel douche, "
                             "c'est parce qu'un youtubeur a fait un comparatif sérieux."))),
            _x("Que pensez-vous des cosmétiques solides ?",
               (USE, ("Ça me paraît compliqué : il faut un porte-savon, ça glisse, ça se partage mal dans un "
                     "couple.")),
               (PRICE, ("Ce qui pourrait me convaincre, c'est un calcul : tant de douches pour tant d'euros. Pas "
                       "un discours sur la planète."))),
            _x("Qu'attendez-vous d'une marque sur les réseaux sociaux ?",
               (TRUST, ("Les marques qui font la morale, ça m'agace. Qu'on me montre que ça marche : des tests, "
                       "des avant-après honnêtes."))),
            _x("Avez-vous un besoin particulier ?",
               (SKIN, "J'ai la peau qui tire en hiver. Si un savon ne dessèche pas, ça m'intéresse.")),
        ),
    ),
    Interview(
        "E5", date(2026, 10, 23), "à la boutique-atelier de Saint-Malo", "Monique", 67, "Saint-Malo (35)",
        "Retraitée, ancienne secrétaire médicale, trois petits-enfants",
        "Oui, régulièrement", "Oui, je suis cliente ou client",
        (
            _x("Depuis quand venez-vous à la boutique ?",
               (LOCAL, ("Depuis l'ouverture de l'atelier. J'aime voir les filles travailler, sentir les savons, "
                       "et on me conseille. Acheter sur internet, très peu pour moi."))),
            _x("Utilisez-vous les réseaux sociaux ?",
               (NETWORKS, ("Facebook, oui, pour les nouvelles de la famille et les pages de Saint-Malo. C'est là "
                          "que je vois vos dates de marché.")),
               (NETWORKS, "Instagram, ma petite-fille me l'a montré, mais c'est trop petit, je ne vois rien.")),
            _x("Où trouvez-vous vos idées de soins ?",
               (INSPIRATION, "La vendeuse, ou ma voisine. Et les magazines chez le coiffeur.")),
            _x("Qu'est-ce qui vous manque ?",
               (SKIN, ("À mon âge, la peau est sèche. Le baume Embruns me va bien. Je voudrais des conseils pour "
                      "les peaux matures : on ne parle jamais de nous."))),
            _x("Offrez-vous des produits de la marque ?",
               (FAMILY, ("J'offre des coffrets à mes petits-enfants à Noël. Un shampoing doux pour la petite, ça "
                        "m'intéresse, s'il n'est pas trop parfumé."))),
            _x("Avez-vous entendu parler de la polémique de mars ?",
               (TRUST, ("Ma fille m'en a parlé. Moi, je leur fais confiance, je vois comment ils travaillent. "
                       "Mais il faudrait l'expliquer sur Facebook, simplement, sans mots anglais."))),
        ),
    ),
    Interview(
        "E6", date(2026, 10, 27), "en visioconférence", "Camille", 33, "Paris (75)",
        "Cheffe de projet dans une agence événementielle, un bébé de 10 mois",
        "Oui, de temps en temps", "Oui, je suis cliente ou client",
        (
            _x("Quels réseaux sociaux utilisez-vous ?",
               (NETWORKS, ("Instagram, mais surtout les stories et les comptes de copines : depuis le bébé, je "
                          "n'ai plus le temps de regarder des Reels. J'avais TikTok, je l'ai supprimé, ça me "
                          "prenait trop de temps."))),
            _x("Où cherchez-vous vos idées, pour vous et pour le bébé ?",
               (INSPIRATION, ("Je suis dans des groupes Facebook de mamans, et je fais des tableaux Pinterest : "
                             "la chambre, les repas, et maintenant la routine du bain."))),
            _x("Un shampoing solide pour enfants vous intéresserait-il ?",
               (FAMILY, ("Pour mon fils, je veux le moins d'ingrédients possible. Je serais la première à "
                        "l'acheter, à condition qu'il ne pique pas les yeux : c'est ça que je veux lire."))),
            _x("Comment décidez-vous d'essayer un nouveau produit ?",
               (PRICE, ("Je suis prête à payer un peu plus pour de la qualité, mais je veux une offre découverte "
                       "avant de m'engager : un petit format, un échantillon.")),
               (TRUST, ("Je lis les avis avant tout. Des photos de vraies clientes, des mères, ça me parle plus "
                       "qu'une actrice."))),
            _x("Quand utilisez-vous vos produits solides ?",
               (USE, ("En voyage, c'est parfait, pas de liquide dans la valise. J'aimerais une pochette et un "
                     "porte-savon vendus avec."))),
            _x("Comment avez-vous connu Maison Ondine ?",
               (LOCAL, ("J'ai acheté mon premier savon à la boutique de l'intra-muros, en août. C'est un souvenir "
                       "de vacances : du coup, j'y suis attachée."))),
        ),
    ),
)


def _schedule(rng: random.Random) -> dict[str, tuple[datetime, int]]:
    """Each interview's start and length in minutes: daytime slots, the retiree's in the shop's morning."""
    slots = {}
    for interview in INTERVIEWS:
        hour = rng.choice((10, 11) if interview.age >= 60 else (9, 12, 14, 18, 20))
        start = datetime.combine(interview.day, datetime.min.time()).replace(hour=hour)
        slots[interview.code] = (start + timedelta(minutes=rng.choice((0, 15, 30))), rng.randint(25, 45))
    return slots


def verbatim_rows() -> list[list[str]]:
    rows = []
    for interview in INTERVIEWS:
        for exchange in interview.exchanges:
            for theme, words in exchange.verbatims:
                rows.append([
                    interview.code, interview.day.strftime("%d/%m/%Y"), interview.name, str(interview.age),
                    interview.city, interview.profile, interview.buys_solid, theme, exchange.question, words,
                ])
    return rows


def document(slots: dict[str, tuple[datetime, int]]) -> str:
    first, last = INTERVIEWS[0].day, INTERVIEWS[-1].day
    lines = [
        "# Entretiens individuels avec des clientes et prospects de Maison Ondine",
        "",
        ("> **Document fictif créé pour le cours.** Les personnes, leurs propos et leurs prénoms "
        "(des pseudonymes) sont inventés ; toute ressemblance serait fortuite."),
        "",
        "## Méthode",
        "",
        f"- **Quoi :** six entretiens individuels semi-directifs, du {first.day} au {last.day} octobre 2026.",
        (f"- **Qui :** {INTERVIEWER}, {INTERVIEWER_ROLE}, avec des répondantes et répondants de l'enquête en "
        "ligne de septembre-octobre 2026 qui avaient accepté d'être recontactés ; choisis pour couvrir les "
        "âges, les villes et les rapports au solide (clientes, acheteuses occasionnelles, prospects)."),
        ("- **Comment :** accord oral de la personne pour l'enregistrement, rappelé en début d'entretien ; "
        "enregistrement supprimé après transcription. Transcription nettoyée (hésitations et répétitions "
        "retirées), propos découpés en verbatims et codés par thème dans le tableau "
        f"`{TABLE}`."),
        ("- **Limites :** six personnes ne sont pas un échantillon représentatif ; un entretien montre des "
        "raisons, des mots et des situations, pas des proportions."),
        "",
        "**Guide d'entretien.**",
        "",
    ]
    lines += [f"{n}. *{title}.* {question}" for n, (title, question) in enumerate(GUIDE, start=1)]
    lines += ["", "**Thèmes du codage :** " + ", ".join(f"« {t} »" for t in THEMES) + ".", ""]
    for interview in INTERVIEWS:
        start, minutes = slots[interview.code]
        lines += [
            f"## Entretien {interview.code} — {interview.name}, {interview.age} ans, {interview.city}",
            "",
            "| | |",
            "| --- | --- |",
            f"| Date | {start:%d/%m/%Y}, {start:%H} h {start:%M}, {interview.mode} ({minutes} min) |",
            f"| Profil | {interview.profile} |",
            f"| Achète des cosmétiques solides | {interview.buys_solid} |",
            f"| Connaît Maison Ondine | {interview.knows_brand} |",
            "",
        ]
        for exchange in interview.exchanges:
            lines += [
                f"**{INTERVIEWER.split()[0]} :** {exchange.question}",
                "",
                f"**{interview.name} :** " + " ".join(words for _, words in exchange.verbatims),
                "",
            ]
    return "\n".join(lines)


def generate(dest: Path) -> list[Path]:
    rng = random.Random(SEED)
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    text_path = dest / DOCUMENT
    text_path.write_text(document(_schedule(rng)), encoding="utf-8")
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(verbatim_rows())
    table_path = dest / TABLE
    # A spreadsheet's French CSV: « ; » and a BOM, so that Excel shows the accents.
    table_path.write_bytes(("\ufeff" + out.getvalue()).encode("utf-8"))
    return [text_path, table_path]
