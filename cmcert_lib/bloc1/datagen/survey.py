"""The target survey: a Google Forms answers export about social-media and cosmetics habits.

Maison Ondine ran the questionnaire in September and October 2026 through its
newsletter, its Instagram and Facebook pages and a stand at the Saint-Malo
market.  Respondents belong to four hidden profiles (young urban eco-minded
buyers, parents, older local buyers, busy people little concerned), so that a
segmentation by age and buying status finds real differences in networks,
budgets and purchase criteria.  Every name, address and postcode is fictional
(e-mail domains are the reserved example.* domains); a few postcodes are border
cases of the département rule (:data:`BORDER_POSTCODES`).
"""

from __future__ import annotations

import csv
import io
import random
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

# The export's header is the loader's: one list of columns for both.
from cmcert_lib.bloc1.datasets.survey import COLUMNS
from cmcert_lib.facts.platforms import NETWORKS

SEED = 20260914
RESPONDENTS = 643

TIMES = ("Moins de 30 min", "De 30 min à 1 h", "De 1 h à 2 h", "Plus de 2 h")
SOLID = ("Oui, régulièrement", "Oui, de temps en temps", "Non, mais j'aimerais essayer", "Non")
CRITERIA = (
    "La composition naturelle",
    "Le prix",
    "L'efficacité",
    "L'emballage zéro déchet",
    "La fabrication française ou locale",
    "Les avis d'autres clients",
)
PLACES = (
    "En grande surface",
    "En pharmacie ou parapharmacie",
    "En magasin bio ou concept store",
    "Sur le site internet d'une marque",
    "Sur une place de marché en ligne (Amazon, Cdiscount…)",
    "Sur les marchés ou chez l'artisan",
)
KNOWS = ("Oui, je suis cliente ou client", "Oui, de nom", "Non")
GENDERS = ("Femme", "Homme", "Je préfère ne pas répondre")
CSP = (
    "Étudiant·e",
    "Employé·e",
    "Profession intermédiaire",
    "Cadre ou profession intellectuelle supérieure",
    "Artisan, commerçant·e ou chef·fe d'entreprise",
    "Ouvrier·ère",
    "Retraité·e",
    "Sans activité professionnelle",
)

# Fictional-looking postcodes: real French format, cities the campaign reached.
URBAN = (
    "35000", "35000", "35200", "35700", "44000", "44100", "44300", "75011", "75018", "75020",
    "75010", "93100", "69003", "69007", "33000", "33800", "59000", "31000", "13006", "67000",
    "34000", "06000", "01000", "38000",
)
FAMILY = (
    "35400", "35400", "35510", "35830", "35135", "35650", "44470", "44240", "22190", "29000",
    "56000", "49000", "53000", "72000", "14000", "78000", "91300", "95000", "02100", "05000",
    "37000", "76000",
)
LOCAL = (
    "35400", "35400", "35400", "35800", "35260", "35780", "22100", "22100", "22000", "22560",
    "29200", "29600", "56100", "35120", "50100", "44500", "85000", "03100", "09000",
)
OVERSEAS = ("97400", "97200", "97300", "97100")

# Respondents (rank in the export, from 1) whose postal code is a border case of the département
# rule (cmcert_lib.domain.geo): Corsica, overseas collectivities, Monaco, codes shared by two
# départements.  Set after the draw, so that every other answer stays what the seed gave.
BORDER_POSTCODES = {
    20: "20090",   # Ajaccio (2A)
    54: "05110",   # La Saulce (05) or Claret, Curbans (04)
    73: "20000",   # Ajaccio (2A)
    125: "20200",  # Bastia (2B)
    150: "98000",  # Monaco: not in France
    278: "20137",  # Porto-Vecchio (2A)
    306: "01200",  # Valserhône (01) or Éloise (74)
    318: "97133",  # Saint-Barthélemy, a collectivity (977), not Guadeloupe
    349: "97150",  # Saint-Martin, a collectivity (978), not Guadeloupe
    385: "33220",  # Sainte-Foy-la-Grande (33) or Port-Sainte-Foy-et-Ponchapt (24)
    419: "20220",  # L'Île-Rousse (2B)
}

WOMEN_YOUNG = (
    "Léa", "Manon", "Chloé", "Camille", "Inès", "Jade", "Sarah", "Lina", "Emma", "Louise",
    "Zoé", "Clara", "Anaïs", "Océane", "Maëlys", "Mathilde", "Yasmine", "Nour", "Lou", "Agathe",
)
WOMEN_MID = (
    "Julie", "Aurélie", "Émilie", "Céline", "Sandrine", "Stéphanie", "Caroline", "Élodie",
    "Laetitia", "Audrey", "Marion", "Claire", "Hélène", "Sophie", "Karima", "Vanessa",
)
WOMEN_OLD = (
    "Monique", "Françoise", "Catherine", "Martine", "Nicole", "Sylvie", "Brigitte", "Annick",
    "Maryvonne", "Christine", "Jocelyne", "Dominique", "Marie-Claude", "Gwenaëlle",
)
MEN_YOUNG = ("Lucas", "Hugo", "Théo", "Nathan", "Enzo", "Mathis", "Rayan", "Noé", "Tom", "Yanis")
MEN_MID = ("Nicolas", "Julien", "Sébastien", "Guillaume", "Mickaël", "Romain", "Karim", "Thomas")
MEN_OLD = ("Jean-Pierre", "Alain", "Patrick", "Michel", "Bernard", "Yannick", "Gérard", "Loïc")
NEUTRAL = ("Alex", "Charlie", "Sacha", "Camille", "Dominique", "Morgan")
SURNAMES = (
    "martin", "bernard", "le-goff", "leroux", "thomas", "moreau", "guillou", "le-gall",
    "petit", "robert", "richard", "durand", "dubois", "morvan", "le-bihan", "simon", "laurent",
    "lefebvre", "michel", "garcia", "roux", "fontaine", "kerbrat", "riou", "benali", "nguyen",
    "tanguy", "hamon", "perrin", "lucas", "caradec", "meunier", "diallo", "pichon", "colin",
)
DOMAINS = ("example.com", "example.org", "example.net", "mail.example.com", "courriel.example.org")

EXPECTATIONS = {
    "jeunes": (
        "Des conseils concrets pour une routine zéro déchet",
        "de la transparence sur la composition et l'origine des ingrédients",
        "Des vidéos courtes qui montrent comment utiliser les produits",
        "qu'elle soit honnête sur ses emballages, pas du greenwashing",
        "Des tutos en Reels et des avant/après réalistes",
        "Des codes promo et des concours",
        "Voir les coulisses de la fabrication, l'atelier, l'équipe",
        "Répondre vraiment aux commentaires et aux questions en DM",
        "des collabs avec des créatrices que je suis déjà",
        "Du contenu éducatif sur les ingrédients, sans jargon",
        "Qu'elle s'engage pour l'environnement au-delà du marketing",
        "des lives pour poser des questions sur ma peau",
    ),
    "parents": (
        "Des idées de routines simples pour toute la famille",
        "Savoir si les produits conviennent aux peaux sensibles des enfants",
        "Des promotions et des offres groupées",
        "Des avis de vraies clientes, pas seulement des influenceuses",
        "Des conseils pratiques, rapides à lire",
        "Des informations claires sur le prix au lavage, pour comparer avec le liquide",
        "Des recettes et astuces maison",
        "qu'on m'explique comment conserver un savon solide dans la douche",
        "Des jeux concours et des échantillons",
        "Être rassurée sur la composition",
    ),
    "local": (
        "Savoir où trouver les produits près de chez moi",
        "Des nouvelles de la savonnerie et de la région",
        "Connaître les dates des marchés et des portes ouvertes",
        "Des explications simples, sans anglicismes",
        "Qu'on mette en avant le savoir-faire breton",
        "des conseils pour les peaux matures",
        "Pas grand-chose, je préfère le conseil en boutique",
        "Des informations sur les nouveaux produits",
        "Des photos des produits et des prix",
    ),
    "presses": (
        "Rien de particulier",
        "Des promos",
        "Aller droit au but",
        "Pas trop de publications",
        "Des comparatifs honnêtes",
        "Je ne suis pas de marques de cosmétiques",
        "Savoir si ça marche vraiment",
        "Des produits pour homme",
    ),
}


@dataclass(frozen=True)
class Profile:
    """A hidden respondent profile: the laws its answers are drawn from."""

    name: str
    weight: float
    ages: tuple[int, int, int]  # low, high, mode of a triangular law
    women: float
    networks: dict[str, float]
    times: tuple[float, ...]
    solid: tuple[float, ...]
    budget: tuple[float, float]  # median and spread of a log-normal-ish law
    criteria: tuple[float, ...]
    places: tuple[float, ...]
    knows: tuple[float, ...]
    csp: tuple[float, ...]
    postcodes: tuple[str, ...]
    expectations: str


PROFILES = (
    Profile(
        "jeunes", 0.32, (18, 31, 23), 0.86,
        {"Instagram": 0.93, "TikTok": 0.74, "YouTube": 0.58, "Snapchat": 0.52, "Pinterest": 0.44,
         "Facebook": 0.18, "X": 0.16, "LinkedIn": 0.2},
        (0.04, 0.16, 0.42, 0.38), (0.36, 0.33, 0.24, 0.07), (24, 0.35),
        (0.27, 0.16, 0.08, 0.38, 0.06, 0.05), (0.12, 0.08, 0.3, 0.32, 0.14, 0.04),
        (0.11, 0.34, 0.55), (0.46, 0.3, 0.1, 0.09, 0.0, 0.02, 0.0, 0.03), URBAN, "jeunes",
    ),
    Profile(
        "parents", 0.29, (31, 51, 40), 0.78,
        {"Facebook": 0.84, "Instagram": 0.6, "Pinterest": 0.63, "YouTube": 0.42, "TikTok": 0.18,
         "LinkedIn": 0.27, "Snapchat": 0.08, "X": 0.07},
        (0.14, 0.45, 0.32, 0.09), (0.13, 0.3, 0.43, 0.14), (38, 0.3),
        (0.24, 0.33, 0.17, 0.08, 0.08, 0.1), (0.36, 0.24, 0.14, 0.12, 0.11, 0.03),
        (0.14, 0.37, 0.49), (0.0, 0.34, 0.32, 0.2, 0.08, 0.03, 0.0, 0.03), FAMILY, "parents",
    ),
    Profile(
        "local", 0.22, (54, 78, 64), 0.74,
        {"Facebook": 0.79, "YouTube": 0.33, "Pinterest": 0.21, "Instagram": 0.19, "TikTok": 0.03,
         "LinkedIn": 0.05, "Snapchat": 0.02, "X": 0.04},
        (0.52, 0.34, 0.12, 0.02), (0.27, 0.29, 0.14, 0.3), (26, 0.3),
        (0.2, 0.13, 0.1, 0.05, 0.46, 0.06), (0.14, 0.26, 0.12, 0.04, 0.02, 0.42),
        (0.36, 0.41, 0.23), (0.0, 0.07, 0.1, 0.05, 0.12, 0.01, 0.63, 0.02), LOCAL, "local",
    ),
    Profile(
        "presses", 0.17, (24, 62, 36), 0.36,
        {"YouTube": 0.62, "Facebook": 0.5, "Instagram": 0.45, "LinkedIn": 0.44, "X": 0.3,
         "TikTok": 0.22, "Snapchat": 0.16, "Pinterest": 0.08},
        (0.2, 0.38, 0.3, 0.12), (0.04, 0.12, 0.27, 0.57), (13, 0.45),
        (0.06, 0.45, 0.33, 0.03, 0.06, 0.07), (0.55, 0.18, 0.04, 0.05, 0.17, 0.01),
        (0.03, 0.16, 0.81), (0.04, 0.36, 0.2, 0.24, 0.06, 0.09, 0.0, 0.01), URBAN + FAMILY,
        "presses",
    ),
)


def _pick(rng: random.Random, options: tuple, weights: tuple[float, ...]):
    return rng.choices(options, weights=weights, k=1)[0]


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().replace(" ", "")


def _first_name(rng: random.Random, gender: str, age: int) -> str:
    if gender == "Je préfère ne pas répondre":
        pool = NEUTRAL
    elif gender == "Femme":
        pool = WOMEN_YOUNG if age < 32 else WOMEN_MID if age < 55 else WOMEN_OLD
    else:
        pool = MEN_YOUNG if age < 32 else MEN_MID if age < 55 else MEN_OLD
    return rng.choice(pool)


def _email(rng: random.Random, first: str, taken: set[str]) -> str:
    surname = rng.choice(SURNAMES)
    pattern = rng.random()
    if pattern < 0.45:
        local = f"{_ascii(first)}.{surname}"
    elif pattern < 0.7:
        local = f"{_ascii(first)[0]}{surname.replace('-', '')}"
    elif pattern < 0.9:
        local = f"{_ascii(first)}{surname[:3]}{rng.randint(1, 99)}"
    else:
        local = f"{surname}.{_ascii(first)}{rng.choice(('', '35', '22', '29', '56', '44'))}"
    address = f"{local}@{rng.choice(DOMAINS)}"
    while address in taken:
        address = f"{local}{rng.randint(2, 999)}@{rng.choice(DOMAINS)}"
    taken.add(address)
    return address


def _as_typed_name(rng: random.Random, first: str) -> str:
    roll = rng.random()
    if roll < 0.08:
        return first.lower()
    if roll < 0.11:
        return first + " "
    if roll < 0.13:
        return first.upper()
    return first


def _budget(rng: random.Random, profile: Profile, csp: str) -> str:
    if rng.random() < 0.045:
        return ""
    median, spread = profile.budget
    if csp.startswith("Cadre"):
        median *= 1.35
    elif csp.startswith(("Étudiant", "Sans activité")):
        median *= 0.8
    value = median * (2.718281828 ** rng.gauss(0, spread))
    value = min(max(value, 0), 180)
    roll = rng.random()
    if roll < 0.1:
        cents = rng.choice((50, 90, 99))
        return f"{int(value)},{cents}"
    rounded = 5 * round(value / 5) if roll < 0.75 else round(value)
    return str(int(rounded))


def _expectation(rng: random.Random, profile: Profile) -> str:
    if rng.random() < 0.16:
        return ""
    pool = EXPECTATIONS[profile.expectations]
    parts = rng.sample(pool, k=1 if rng.random() < 0.7 else 2)
    text = parts[0] if len(parts) == 1 else f"{parts[0]}. {parts[1][0].upper()}{parts[1][1:]}"
    if rng.random() < 0.3:
        text += rng.choice((" !", ".", " :)", "…", ""))
    return text


def _timestamps(rng: random.Random, count: int) -> list[datetime]:
    """Answers start on the launch newsletter and fade out, with evening peaks."""
    start = datetime(2026, 9, 14, 7, 30)
    stamps = []
    for _ in range(count):
        day = min(int(rng.expovariate(1 / 6.5)), 27)
        hour = _pick(rng, tuple(range(7, 24)),
                     (1, 2, 3, 3, 3, 5, 6, 4, 3, 3, 4, 5, 7, 9, 9, 7, 4))
        stamp = start.replace(hour=hour, minute=0) + timedelta(
            days=day, minutes=rng.randint(0, 59), seconds=rng.randint(0, 59)
        )
        stamps.append(stamp)
    return sorted(stamps)


def respondents(rng: random.Random) -> list[list[str]]:
    rows = []
    taken: set[str] = set()
    stamps = _timestamps(rng, RESPONDENTS)
    for stamp in stamps:
        profile = _pick(rng, PROFILES, tuple(p.weight for p in PROFILES))
        low, high, mode = profile.ages
        age = round(rng.triangular(low, high, mode))
        roll = rng.random()
        gender = GENDERS[0] if roll < profile.women else GENDERS[2] if roll > 0.975 else GENDERS[1]
        first = _first_name(rng, gender, age)
        csp = _pick(rng, CSP, profile.csp)
        if age < 23 and rng.random() < 0.7:
            csp = CSP[0]
        if age >= 64 and rng.random() < 0.85:
            csp = "Retraité·e"
        if csp == "Retraité·e" and age < 55:
            csp = CSP[1]
        postcode = rng.choice(OVERSEAS) if rng.random() < 0.01 else rng.choice(profile.postcodes)
        networks = [n for n in NETWORKS if rng.random() < profile.networks[n]]
        if not networks:
            networks = [max(profile.networks, key=profile.networks.get)]
        # Google Forms lists ticked boxes in the form's option order.
        rows.append([
            stamp.strftime("%d/%m/%Y %H:%M:%S"),
            _email(rng, first, taken),
            _as_typed_name(rng, first),
            str(age),
            gender,
            postcode,
            csp,
            ", ".join(networks),
            _pick(rng, TIMES, profile.times),
            _pick(rng, SOLID, profile.solid),
            _budget(rng, profile, csp),
            _pick(rng, CRITERIA, profile.criteria),
            _pick(rng, PLACES, profile.places),
            _pick(rng, KNOWS, profile.knows),
            _expectation(rng, profile),
            "Oui" if rng.random() < (0.52 if profile.name == "local" else 0.38) else "Non",
        ])
    postcode_column = COLUMNS.index("Code postal")
    for rank, postcode in BORDER_POSTCODES.items():
        rows[rank - 1][postcode_column] = postcode
    return rows


def generate(dest: Path) -> list[Path]:
    rng = random.Random(SEED)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(respondents(rng))
    path = Path(dest) / "enquete_cible.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue().encode("utf-8"))
    return [path]
