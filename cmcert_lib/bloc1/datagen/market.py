"""The market study of Bloc 1: a usage barometer of the French solid-cosmetics market (seeded).

Two files under ``dest/``, written from the same tables (one truth for every figure):

* ``etude_marche_cosmetiques_solides_2026.md``: the study a candidate reads (methodology,
  sample, key figures, the tables, definitions, limits);
* ``etude_marche_cosmetiques_solides_2026.csv``: its tables as the institute's data export
  (``;`` separator, UTF-8 with BOM, decimal commas), one row per figure, in long form.

The study is fictional (« Institut Clairval », labelled so in the text).  Its market figures are
set by hand to fit the brand case (Maison Ondine's 2.1 M€ of 2025 in the brief, its prices of
11 to 14 €, Pure Galet's fast growth, Cosmo Vrac's mass-market weight); its survey figures are
drawn from the stated sample sizes with a fixed seed, as a real panel's percentages would
scatter around the population's.  The age-band table of the networks used for beauty
inspiration agrees in direction with the brand's own survey (``enquete_cible.csv``): the
30-44-year-olds are on Instagram and Pinterest far more than on TikTok, which the brief's
stated target does not say.
"""

from __future__ import annotations

import csv
import io
import math
import random
from dataclasses import dataclass, field
from pathlib import Path

from cmcert_lib.bloc1.datasets.market import CSV_COLUMNS, CSV_FILE, TEXT_FILE
from cmcert_lib.facts import brand

SEED = 20260916
INSTITUTE = "Institut Clairval"
PUBLISHED = "16 septembre 2026"
SAMPLE = 2000
FIELDWORK = "du 1er au 15 juin 2026"

MO, PHARE, GALET, AIMEE, VRAC = brand.BRANDS
AGE_BANDS = ("18-29 ans", "30-44 ans", "45-59 ans", "60-75 ans")


@dataclass(frozen=True)
class Table:
    """One table of the study: rows of (modality, sub-modality) -> {indicator: value}."""

    number: int
    title: str
    dimension: str
    indicators: tuple[str, ...]
    rows: tuple[tuple[str, str, tuple[float, ...], int | None], ...]  # modality, sub-modality, values, base
    sub_dimension: str = ""
    unit: str = ""
    decimals: int | tuple[int, ...] = 0  # one for every indicator, or one for each
    source: str = ""
    note: str = ""
    base_label: str = ""
    extra: dict = field(default_factory=dict)


# --- the market side: hand-set figures that fit the brand case ------------------------------

MARKET = {2021: 151.0, 2022: 172.0, 2023: 189.0, 2024: 204.0, 2025: 219.0, 2026: 231.0}

# Brand, turnover 2024 and 2025 (M€ HT), main channel.
BRAND_SALES = (
    (VRAC, 17.8, 18.4, "Grande distribution"),
    (GALET, 6.3, 8.9, "Vente en ligne (site de la marque)"),
    (PHARE, 4.1, 4.2, "Magasins bio et concept stores"),
    (MO, 1.95, 2.1, "Magasins bio, concept stores et pharmacies"),
    (AIMEE, 0.62, 0.78, "Vente en ligne et marchés"),
)

# Average observed shelf price of a shampoo bar (€ TTC) and its average weight (g).
PRICES = (
    (VRAC, 6.5, 70),
    (PHARE, 9.2, 85),
    (GALET, 10.9, 75),
    (MO, 12.5, 80),
    (AIMEE, 13.9, 80),
    ("Moyenne du marché", 9.6, 78),
)

CHANNELS = (
    ("Grande distribution (hypermarchés, supermarchés)", 34.0, 31.0),
    ("Magasins bio et concept stores", 26.0, 24.0),
    ("Pharmacies et parapharmacies", 15.0, 16.0),
    ("Sites des marques (vente directe en ligne)", 12.0, 15.0),
    ("Places de marché en ligne", 7.0, 8.0),
    ("Boutiques de marque, marchés et salons", 6.0, 6.0),
)

# --- the survey side: population shares, drawn for the stated bases --------------------------

POPULATION_BASES = {"18-29 ans": 402, "30-44 ans": 498, "45-59 ans": 521, "60-75 ans": 579}

PENETRATION = {  # share of the 18-75 who bought a solid cosmetic in the last 12 months: 2024, 2026
    "18-29 ans": (0.45, 0.51), "30-44 ans": (0.46, 0.52), "45-59 ans": (0.31, 0.35),
    "60-75 ans": (0.19, 0.22),
}

NETWORKS = ("Instagram", "Pinterest", "TikTok", "YouTube", "Facebook", "Snapchat",
            "Aucun réseau social")
INSPIRATION = {  # share of the band's buyers who use the network for beauty ideas and advice
    "18-29 ans": (0.79, 0.38, 0.68, 0.41, 0.11, 0.27, 0.05),
    "30-44 ans": (0.63, 0.58, 0.21, 0.30, 0.36, 0.06, 0.12),
    "45-59 ans": (0.34, 0.37, 0.08, 0.27, 0.49, 0.02, 0.24),
    "60-75 ans": (0.12, 0.15, 0.02, 0.19, 0.41, 0.00, 0.43),
}

CRITERIA = (
    ("La composition naturelle", 0.31), ("Le prix", 0.21), ("L'efficacité", 0.19),
    ("L'emballage sans plastique", 0.12), ("La fabrication française ou locale", 0.10),
    ("Les avis d'autres clients", 0.07),
)
TRUST = (
    ("La liste complète et compréhensible des ingrédients", 0.64),
    ("Des preuves des engagements (labels, certifications, chiffres)", 0.58),
    ("Les avis d'autres clients", 0.47),
    ("Les coulisses de la fabrication (atelier, équipe)", 0.41),
    ("Une réponse rapide et franche aux critiques", 0.33),
    ("Les recommandations d'influenceurs ou d'influenceuses", 0.09),
)
DISTRUST_GREEN = 0.61  # buyers wary of « zéro déchet » or « écologique » claims without proof


def _drawn(rng: random.Random, share: float, base: int) -> float:
    """A panel's percentage: the share of ``base`` respondents drawn with probability ``share``."""
    hits = sum(rng.random() < share for _ in range(base))
    return round(100 * hits / base)


def tables(seed: int = SEED) -> tuple[Table, ...]:
    """The study's tables, every figure of the text and of the export."""
    rng = random.Random(seed)
    penetration_rows, buyer_bases = [], {}
    for band in AGE_BANDS:
        before, now = PENETRATION[band]
        drawn = (_drawn(rng, before, POPULATION_BASES[band]), _drawn(rng, now, POPULATION_BASES[band]))
        penetration_rows.append((band, "", drawn, POPULATION_BASES[band]))
        # The buyers asked about their usages are the band's respondents who bought this year.
        buyer_bases[band] = round(drawn[1] / 100 * POPULATION_BASES[band])
    buyers = sum(buyer_bases.values())
    inspiration_rows = []
    for band in AGE_BANDS:
        for network, share in zip(NETWORKS, INSPIRATION[band], strict=True):
            inspiration_rows.append((band, network, (_drawn(rng, share, buyer_bases[band]),),
                                     buyer_bases[band]))
    criteria = [(c, _drawn(rng, s, buyers)) for c, s in CRITERIA]
    # A single-choice question: the shares add up to 100 once rounded; the largest absorbs the gap.
    gap = 100 - sum(v for _, v in criteria)
    criteria[0] = (criteria[0][0], criteria[0][1] + gap)
    trust = [(t, _drawn(rng, s, buyers)) for t, s in TRUST]
    distrust = _drawn(rng, DISTRUST_GREEN, buyers)

    market_source = (f"{INSTITUTE}, estimation à partir des panels de distributeurs et des "
                     "déclarations des marques (fictif)")
    survey_source = f"{INSTITUTE}, enquête en ligne {FIELDWORK}, {SAMPLE} personnes de 18 à 75 ans (fictif)"
    return (
        Table(1, "Le marché français des cosmétiques solides", "Année",
              ("Chiffre d'affaires (M€ HT)",),
              tuple((str(year), "Estimation" if year == 2026 else "Réalisé", (value,), None)
                    for year, value in MARKET.items()),
              sub_dimension="Nature", unit="M€ HT", decimals=0, source=market_source,
              note="2026 : estimation de septembre 2026, sur les ventes de janvier à août."),
        Table(2, "Chiffre d'affaires estimé des marques du benchmark", "Marque",
              ("Chiffre d'affaires 2024 (M€ HT)", "Chiffre d'affaires 2025 (M€ HT)"),
              tuple((name, channel, (y2024, y2025), None) for name, y2024, y2025, channel in BRAND_SALES),
              sub_dimension="Circuit principal", unit="M€ HT", decimals=2, source=market_source,
              note=f"{MO} : chiffre déclaré par la marque ; autres marques : estimation de l'institut."),
        Table(3, "Prix moyen constaté d'un shampoing solide", "Marque",
              ("Prix moyen (€ TTC)", "Poids moyen (g)"),
              tuple((name, "", (price, weight), None) for name, price, weight in PRICES),
              unit="€ TTC / g", decimals=(2, 0), source=f"{INSTITUTE}, relevés de prix en ligne et en magasin, "
              "mai 2026 (fictif)",
              note="Moyenne du marché : toutes marques, pondérée par les ventes en volume."),
        Table(4, "Ventes par circuit de distribution", "Circuit",
              ("Part des ventes 2023 (%)", "Part des ventes 2025 (%)"),
              tuple((name, "", (before, now), None) for name, before, now in CHANNELS),
              unit="%", decimals=0, source=market_source, note="En valeur ; chaque colonne fait 100 %."),
        Table(5, "Part des 18-75 ans ayant acheté un cosmétique solide dans les 12 derniers mois",
              "Tranche d'âge", ("Pénétration 2024 (%)", "Pénétration 2026 (%)"),
              tuple(penetration_rows), unit="%", decimals=0, source=survey_source,
              base_label="personnes interrogées de la tranche d'âge (édition 2026)"),
        Table(6, "Réseaux sociaux utilisés pour trouver des idées et des conseils beauté, selon l'âge",
              "Tranche d'âge", ("Part des acheteurs (%)",), tuple(inspiration_rows),
              sub_dimension="Réseau", unit="%", decimals=0, source=survey_source,
              note="Plusieurs réponses possibles : les parts d'une tranche d'âge dépassent 100 %.",
              base_label="acheteurs de cosmétiques solides de la tranche d'âge"),
        Table(7, "Premier critère de choix d'un cosmétique solide", "Critère",
              ("Part des acheteurs (%)",), tuple((c, "", (v,), buyers) for c, v in criteria),
              unit="%", decimals=0, source=survey_source, note="Une seule réponse.",
              base_label="acheteurs de cosmétiques solides"),
        Table(8, "Ce qui donne confiance dans une marque de cosmétiques naturels", "Élément",
              ("Part des acheteurs (%)",),
              tuple((t, "", (v,), buyers) for t, v in trust)
              + (("Se méfient des allégations « zéro déchet » ou « écologique » sans preuve", "",
                  (distrust,), buyers),),
              unit="%", decimals=0, source=survey_source,
              note="Plusieurs réponses possibles ; dernière ligne : question séparée.",
              base_label="acheteurs de cosmétiques solides"),
    )


# --- French numbers ------------------------------------------------------------------------

def _fr(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}".replace(",", "\u202f").replace(".", ",")
    return text


def _csv_number(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def _places(table: Table) -> tuple[int, ...]:
    if isinstance(table.decimals, int):
        return (table.decimals,) * len(table.indicators)
    return table.decimals


def _margin(base: int) -> float:
    """Half the 95 % confidence interval of a 50 % share on ``base`` respondents, in points."""
    return 100 * 1.96 * math.sqrt(0.25 / base)


# --- the export ----------------------------------------------------------------------------

def export_rows(all_tables: tuple[Table, ...]) -> list[dict[str, str]]:
    rows = []
    for table in all_tables:
        for modality, sub, values, base in table.rows:
            for indicator, value, places in zip(table.indicators, values, _places(table), strict=True):
                rows.append({
                    "N° tableau": str(table.number),
                    "Tableau": table.title,
                    "Dimension": table.dimension,
                    "Modalité": modality,
                    "Sous-dimension": table.sub_dimension,
                    "Sous-modalité": sub,
                    "Indicateur": indicator,
                    "Valeur": _csv_number(value, places),
                    "Base (effectif)": "" if base is None else str(base),
                    "Source": table.source,
                })
    return rows


def export_csv(all_tables: tuple[Table, ...]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(export_rows(all_tables))
    return "\ufeff" + buffer.getvalue()


# --- the text ------------------------------------------------------------------------------

def _markdown_table(table: Table) -> list[str]:
    header = [table.dimension] + ([table.sub_dimension] if table.sub_dimension else []) + list(table.indicators)
    with_base = any(base is not None for *_, base in table.rows)
    if with_base:
        header.append("Base (effectif)")
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(
        ["---"] * (1 + bool(table.sub_dimension)) + ["---:"] * (len(header) - 1 - bool(table.sub_dimension))) + " |"]
    for modality, sub, values, base in table.rows:
        cells = [modality] + ([sub] if table.sub_dimension else [])
        cells += [_fr(v, places) for v, places in zip(values, _places(table), strict=True)]
        if with_base:
            cells.append("" if base is None else _fr(base, 0))
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _by_number(all_tables):
    return {t.number: t for t in all_tables}


def study_text(all_tables: tuple[Table, ...]) -> str:
    t = _by_number(all_tables)
    market = {int(row[0]): row[2][0] for row in t[1].rows}
    growth = market[2025] / market[2024] - 1
    cagr = (market[2025] / market[2021]) ** (1 / 4) - 1
    sales = {row[0]: row[2] for row in t[2].rows}
    channels = {row[0]: row[2] for row in t[4].rows}
    online_now = channels["Sites des marques (vente directe en ligne)"][1] + channels["Places de marché en ligne"][1]
    online_before = channels["Sites des marques (vente directe en ligne)"][0] + channels["Places de marché en ligne"][0]
    penetration = {row[0]: row[2] for row in t[5].rows}
    inspiration = {(row[0], row[1]): row[2][0] for row in t[6].rows}
    trust = {row[0]: row[2][0] for row in t[8].rows}
    distrust = t[8].rows[-1][2][0]
    population = sum(POPULATION_BASES.values())
    overall_now = sum(penetration[b][1] * POPULATION_BASES[b] for b in AGE_BANDS) / population
    buyers = t[7].rows[0][3]
    band_bases = [row[3] for row in t[6].rows]

    lines = [
        "# Baromètre des cosmétiques solides et de la beauté naturelle — édition 2026",
        "",
        f"**{INSTITUTE}** · publié le {PUBLISHED}",
        "",
        (f"> **Étude fictive créée pour le cours.** L'{INSTITUTE}, ses chiffres et ses sources sont "
        "inventés pour le cas Maison Ondine ; ils sont cohérents avec le brief et les exports du "
        "Bloc 1, mais ne décrivent pas le marché réel."),
        "",
        "## Méthodologie",
        "",
        "Le baromètre réunit deux sources :",
        "",
        (f"- **une enquête en ligne** menée {FIELDWORK} auprès de **{_fr(SAMPLE, 0)} personnes de "
        "18 à 75 ans** résidant en France métropolitaine, représentatives de cette population "
        "(méthode des quotas : sexe, âge, catégorie socioprofessionnelle, région, taille "
        f"d'agglomération). Parmi elles, **{_fr(buyers, 0)} acheteurs de cosmétiques solides** "
        "(au moins un achat dans les 12 derniers mois) ont répondu aux questions sur leurs usages ;"),
        ("- **une estimation du marché** en valeur, à partir des panels de distributeurs "
        "(grande distribution, pharmacies, magasins spécialisés), des ventes en ligne suivies par "
        "l'institut et des chiffres déclarés par les marques."),
        "",
        ("**Marge d'erreur.** Pour un pourcentage proche de 50 %, l'intervalle de confiance à 95 % est "
        f"d'environ ± {_fr(_margin(SAMPLE), 1)} points sur l'ensemble de l'échantillon, "
        f"± {_fr(_margin(buyers), 1)} points sur les {_fr(buyers, 0)} acheteurs et "
        f"± {_fr(_margin(max(band_bases)), 0)} à {_fr(_margin(min(band_bases)), 0)} points sur une "
        f"tranche d'âge d'acheteurs ({min(band_bases)} à {max(band_bases)} personnes). Un écart de "
        "quelques points entre deux tranches d'âge n'est donc pas toujours significatif."),
        "",
        "## Chiffres clés",
        "",
        (f"- **{_fr(market[2025], 0)} M€ HT** de chiffre d'affaires en 2025 pour les cosmétiques "
        f"solides en France, **+{_fr(100 * growth, 1)} %** en un an et **+{_fr(100 * cagr, 1)} %** "
        f"par an en moyenne depuis 2021 ; {_fr(market[2026], 0)} M€ attendus en 2026 : la "
        "croissance ralentit."),
        (f"- **{_fr(overall_now, 0)} %** des 18-75 ans ont acheté au moins un cosmétique solide dans "
        f"l'année ; les 30-44 ans sont les plus nombreux ({_fr(penetration['30-44 ans'][1], 0)} %), "
        f"devant les 18-29 ans ({_fr(penetration['18-29 ans'][1], 0)} %)."),
        (f"- La **vente en ligne** (sites des marques et places de marché) pèse "
        f"**{_fr(online_now, 0)} %** des ventes en 2025, contre {_fr(online_before, 0)} % en 2023 ; "
        "la grande distribution recule mais reste le premier circuit."),
        (f"- Pour trouver des idées beauté, les 30-44 ans vont d'abord sur **Instagram** "
        f"({_fr(inspiration[('30-44 ans', 'Instagram')], 0)} %) et **Pinterest** "
        f"({_fr(inspiration[('30-44 ans', 'Pinterest')], 0)} %), loin devant TikTok "
        f"({_fr(inspiration[('30-44 ans', 'TikTok')], 0)} %) ; TikTok est le réseau des 18-29 ans "
        f"({_fr(inspiration[('18-29 ans', 'TikTok')], 0)} %)."),
        (f"- **{_fr(distrust, 0)} %** des acheteurs se méfient des allégations « zéro déchet » ou "
        "« écologique » sans preuve ; la liste des ingrédients "
        f"({_fr(trust['La liste complète et compréhensible des ingrédients'], 0)} %) et les preuves "
        "des engagements "
        f"({_fr(trust['Des preuves des engagements (labels, certifications, chiffres)'], 0)} %) "
        "sont ce qui donne le plus confiance, les influenceurs le moins."),
        (f"- {GALET} (+{_fr(100 * (sales[GALET][1] / sales[GALET][0] - 1), 0)} % en 2025) est la "
        f"marque indépendante qui progresse le plus vite ; {VRAC} reste la plus vendue des cinq, "
        "portée par la grande distribution."),
        "",
    ]
    comments = {
        1: "Série à représenter en courbe ou en barres : la croissance reste forte mais ralentit "
           "chaque année.",
        2: "Les parts de marché se calculent sur le marché total du tableau 1 (toutes marques), "
           "pas sur les seules cinq marques du benchmark.",
        3: "L'indice de prix d'une marque compare son prix moyen à la moyenne du marché "
           "(1,00 : au prix moyen ; 1,20 : 20 % plus cher).",
        4: "Série à représenter en barres groupées : la vente en ligne gagne des parts, la "
           "grande distribution en perd.",
        5: "",
        6: "À représenter en barres groupées par tranche d'âge. Lecture : "
           f"{_fr(inspiration[('30-44 ans', 'Pinterest')], 0)} % des acheteurs de 30 à 44 ans "
           "utilisent Pinterest pour trouver des idées ou des conseils beauté.",
        7: "",
        8: "",
    }
    lines += ["## Les tableaux", ""]
    for table in all_tables:
        lines += [f"### Tableau {table.number} — {table.title}", ""]
        lines += _markdown_table(table)
        lines.append("")
        notes = []
        if table.base_label:
            notes.append(f"Base : {table.base_label}.")
        if table.note:
            notes.append(table.note)
        notes.append(f"Source : {table.source}.")
        lines.append("*" + " ".join(notes) + "*")
        lines.append("")
        if comments[table.number]:
            lines += [comments[table.number], ""]
    lines += [
        "## Définitions",
        "",
        ("- **Chiffre d'affaires (M€ HT)** : ventes des marques, hors taxes, en millions d'euros ; "
        "le marché du tableau 1 est la somme de toutes les marques vendues en France."),
        ("- **Part de marché** (en valeur) : chiffre d'affaires de la marque / chiffre "
        "d'affaires du marché, la même année."),
        ("- **Croissance** d'une année : chiffre d'affaires de l'année / chiffre d'affaires de "
        "l'année précédente − 1."),
        ("- **Taux de croissance annuel moyen (TCAM)** entre deux années distantes de *n* ans : "
        "(valeur finale / valeur initiale)^(1/*n*) − 1."),
        "- **Indice de prix** : prix moyen de la marque / prix moyen du marché (tableau 3).",
        ("- **Pénétration** : part d'une population qui a acheté au moins une fois le produit "
        "pendant la période."),
        ("- **Acheteur de cosmétiques solides** : personne qui en a acheté au moins un dans les "
        "12 derniers mois ; le masculin inclut les acheteuses, majoritaires."),
        "",
        "## Limites",
        "",
        ("- Le chiffre d'affaires des marques autres que Maison Ondine est une **estimation** de "
        "l'institut (marge d'environ ± 15 %)."),
        ("- Les usages des réseaux sociaux sont **déclarés** : ils disent où les acheteurs "
        "cherchent des idées, pas combien de temps ils y passent ni ce qu'ils achètent ensuite."),
        "- L'enquête ne couvre ni les moins de 18 ans ni les départements et régions d'outre-mer.",
        "",
        (f"*Données des tableaux : `{CSV_FILE}` (séparateur « ; », virgule décimale, une ligne par "
        "chiffre).*"),
        "",
    ]
    return "\n".join(lines)


def generate(dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    all_tables = tables()
    text_path, csv_path = dest / TEXT_FILE, dest / CSV_FILE
    text_path.write_text(study_text(all_tables), encoding="utf-8", newline="\n")
    csv_path.write_bytes(export_csv(all_tables).encode("utf-8"))
    return [text_path, csv_path]
