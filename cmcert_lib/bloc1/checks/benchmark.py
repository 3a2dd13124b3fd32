r"""Checks of notebook 02 (benchmark and social listening, C1.2.1, C1.2.2, C1.2.3).

Every expected literal is what the notebook's solution computes from the
shipped exports.  Partial credit goes to the answers a professional would
half-accept: the right method applied with another stated definition (mean
of per-post rates, impressions instead of reach, net sentiment over all
mentions, a share weighted by reach), a percentage where a ratio was asked,
a date in the right week that is not its Monday.  To recognise them the
scorers recompute those variants from the shipped data with :mod:`cmcert_lib.domain.kpi`.

Questions and answer formats:

* ``bloc1.engagement_instagram``: {brand: ratio} for the five brands,
  total engagements (likes + comments + shares + saves) / total reach of the
  year's Instagram posts; expected ``{brand: ratio}``.
* ``bloc1.posts_per_week``: {brand: posts a week}, every network, over the
  listening year (365 / 7 weeks; 52 weeks is accepted).
* ``bloc1.share_of_voice``: {brand: ratio} of the year's mentions.
* ``bloc1.net_sentiment``: {"yyyy-mm": net sentiment} of Maison Ondine,
  (positive - negative) / (positive + negative), for the 12 months.
* ``bloc1.bad_buzz_week``: "yyyy-mm-dd", Monday of the week with the most
  negative mentions of Maison Ondine.
* ``bloc1.hashtag_overruns``: number of Maison Ondine Instagram posts with
  more hashtags than ``platforms.PLATFORMS["Instagram"].max_hashtags``, hashtags
  as :mod:`cmcert_lib.domain.posts` counts them (on the shipped export, the
  same count as the ``#\w+`` the notebook teaches).

The ratios' statements say « non arrondis ou arrondis à N décimales » (4 for the
engagement rates and shares of voice, 3 for the net sentiment, 2 for the weekly
frequency): the scorers declare ``decimals=N`` and accept the exact value and
every rounding at least that precise (:func:`rounding_tolerance`).  A month may
be keyed « AAAA-MM », by a date, a Period or a (year, month) pair.  A key beyond
the expected ones (a total, a sixth name, a second spelling of a brand) passes
the visible check with a warning and costs its share at grading, as one more
wrong value: right / (expected + extra).
"""

from __future__ import annotations

import math
import numbers
import re
from collections.abc import Mapping
from datetime import date, timedelta
from functools import cache
from typing import Any

import pandas as pd

from cmcert_lib.checks.core import (
    Outcome,
    as_date,
    as_list,
    as_mapping,
    as_number,
    canonical_keys,
    canonical_label,
    expect,
    label_key,
    rekeyed,
    rounding_tolerance,
    scorer,
    share_of_close_values,
    visible,
)
from cmcert_lib.domain import kpi, posts
from cmcert_lib.facts import brand, platforms

ENGAGEMENT_COLUMNS = ["J'aime", "Commentaires", "Partages", "Enregistrements"]
MONTHS = tuple(
    p.strftime("%Y-%m")
    for p in pd.period_range(brand.LISTENING_START, brand.LISTENING_END, freq="M")
)

# The roundings the statements allow (« non arrondis ou arrondis à N décimales »), declared on the scorers.
RATE_DECIMALS = 4  # engagement rates and shares of voice
SENTIMENT_DECIMALS = 3
WEEKLY_DECIMALS = 2
RATE_TOLERANCE = rounding_tolerance(RATE_DECIMALS)
SENTIMENT_TOLERANCE = rounding_tolerance(SENTIMENT_DECIMALS)
WEEKLY_TOLERANCE = 0.01  # relative: 365/7 or 52 weeks; with rounding_tolerance(2) for the smallest values

BRAND_RATIOS = "un dictionnaire {marque: ratio entre 0 et 1} pour les cinq marques"
PERCENT_CREDIT = 0.5
OTHER_DEFINITION_CREDIT = 0.5


# --- the variants the scorers recognise, computed once from the shipped exports -------


@cache
def _posts() -> pd.DataFrame:
    from cmcert_lib.bloc1.datasets import load_posts

    return load_posts()


@cache
def _mentions() -> pd.DataFrame:
    from cmcert_lib.bloc1.datasets import load_mentions

    return load_mentions()


def _instagram() -> pd.DataFrame:
    frame = _posts()
    return frame[frame["Réseau"] == "Instagram"]


@cache
def engagement_variants() -> dict[str, dict[str, float]]:
    """Instagram engagement rate by brand under the definitions in use."""
    insta = _instagram()
    rates = {
        "mean": kpi.engagement_rates(insta, "Marque", ENGAGEMENT_COLUMNS, "Portée", "mean"),
        "impressions": kpi.engagement_rates(insta, "Marque", ENGAGEMENT_COLUMNS, "Impressions"),
        "followers": kpi.engagement_rates(insta, "Marque", ENGAGEMENT_COLUMNS, "Abonnés"),
        "no_saves": kpi.engagement_rates(insta, "Marque", ENGAGEMENT_COLUMNS[:3], "Portée"),
    }
    return {name: series.to_dict() for name, series in rates.items()}


@cache
def weekly_variants() -> dict[str, dict[str, float]]:
    weeks = kpi.weeks_between(brand.LISTENING_START, brand.LISTENING_END)
    insta = _instagram()
    return {"instagram_only": (insta.groupby("Marque").size() / weeks).to_dict()}


@cache
def share_of_voice_variants() -> dict[str, dict[str, float]]:
    mentions = _mentions()
    reach = mentions.groupby("Alerte")["Portée estimée"].sum()
    return {"reach": kpi.share_of_voice(reach)}


@cache
def net_sentiment_variants() -> dict[str, dict[str, float]]:
    mentions = _mentions()
    month = mentions["Date"].dt.strftime("%Y-%m")
    mine = mentions["Alerte"] == brand.BRAND
    variants: dict[str, dict[str, float]] = {"with_neutral": {}, "all_brands": {}}
    for key in MONTHS:
        labels = mentions.loc[mine & (month == key), "Sentiment"]
        variants["with_neutral"][key] = kpi.net_sentiment_of_labels(labels, include_neutral=True)
        every = mentions.loc[month == key, "Sentiment"]
        variants["all_brands"][key] = kpi.net_sentiment_of_labels(every)
    return variants


# The limit an unverified account of the veille corpus announces: a candidate who kept that rumour
# counts right with the wrong rule.
RUMOURED_LIMIT = 3


@cache
def hashtag_variants() -> dict[str, int]:
    limit = platforms.PLATFORMS["Instagram"].max_hashtags
    insta = _instagram()
    counts = insta["Texte"].map(posts.hashtag_count)
    mine = insta["Marque"] == brand.BRAND
    return {
        "at_limit": int(((counts >= limit) & mine).sum()),
        "all_brands": int((counts > limit).sum()),
        "rumoured_limit": int(((counts > RUMOURED_LIMIT) & mine).sum()),
    }


# --- shared helpers ----------------------------------------------------------------------


def _brand_mapping(answer: Any, what: str) -> dict[str, float]:
    """The five brands' values.  A key that is no brand is a fault while a brand is missing (it is
    likely that brand misspelled); with the five brands there, it is left out, for the scorer to
    charge (see :func:`_extra_brand_keys`)."""
    values = canonical_keys(as_mapping(answer, what), brand.BRANDS)
    keys = {str(k) for k in values}
    missing = [b for b in brand.BRANDS if b not in keys]
    extra = sorted(keys - set(brand.BRANDS))
    expect(
        not missing,
        f"{what} : il manque la ou les marques {', '.join(missing)} "
        "(clés attendues : les noms exacts des cinq marques, colonne « Marque » ou « Alerte »).",
    )
    expect(not (missing and extra),
           f"{what} : clé(s) inattendue(s) {', '.join(extra)} ; gardez les cinq marques, écrites comme "
           "dans les données.")
    return {str(k): as_number(v, f"{what}[{k!r}]") for k, v in values.items() if str(k) in brand.BRANDS}


def _extra_brand_keys(answer: Any, what: str) -> list[str]:
    """Keys that are none of the five brands: a total, a sixth name, a second spelling of a brand."""
    values = canonical_keys(as_mapping(answer, what), brand.BRANDS)
    return sorted(str(k) for k in values if str(k) not in brand.BRANDS)


def _extra_warning(what: str, extra: list[str]) -> str:
    if not extra:
        return ""
    return (f" Attention : {what} a des clés en trop ({', '.join(extra)}) ; elles coûtent des points "
            "à la correction : ne gardez que les clés demandées.")


def _with_extra_keys(outcome: Outcome, extra: list[str], expected_count: int) -> Outcome:
    """An answer with keys beyond the expected ones: each extra key counts as one more wrong value."""
    if not extra:
        return outcome
    fraction = outcome.fraction * expected_count / (expected_count + len(extra))
    return Outcome(fraction, [*outcome.remarks, (
        f"Clé(s) en trop : {', '.join(extra)} ; la réponse ne doit contenir que les clés demandées "
        "(chaque clé en trop compte comme une valeur fausse).")])


def _scaled(answer: Mapping, factor: float) -> dict:
    return {k: v / factor for k, v in answer.items()}


def _score_mapping(
    answer: Mapping,
    expected: Mapping,
    variants: Mapping[str, tuple[Mapping, float, str]],
    abs_tol: float,
    rel: float = 1e-9,
    percent_possible: bool = True,
) -> Outcome:
    """Best of: the stated definition, each named variant, each of them in percent."""
    share, remarks = share_of_close_values(answer, expected, rel=rel, abs_=abs_tol)
    best = Outcome(share, remarks)
    if share == 1:
        return best
    candidates = [(expected, 1.0, "")] + list(variants.values())
    for values, credit, remark in candidates:
        scales = (1, 100) if percent_possible else (1,)
        for scale in scales:
            if values is expected and scale == 1:
                continue
            got, _ = share_of_close_values(_scaled(answer, scale), values, rel=rel, abs_=abs_tol)
            fraction = got * credit * (PERCENT_CREDIT if scale == 100 else 1)
            if fraction > best.fraction and got == 1:
                notes = [remark] if remark else []
                if scale == 100:
                    notes.append(
                        "Vos valeurs sont en pourcentage : l'énoncé demande des ratios entre 0 "
                        "et 1 (0,042 et non 4,2)."
                    )
                best = Outcome(fraction, notes)
    return best


def _percent_hint(values: Mapping[str, float], limit: float = 1) -> str:
    if any(abs(v) > limit for v in values.values()):
        return (" Attention : certaines valeurs dépassent 1, on dirait des pourcentages ; "
                "l'énoncé demande des ratios.")
    return ""


# --- 1. engagement rate on Instagram -----------------------------------------------------


@visible("bloc1.engagement_instagram")
def check_engagement(answer: Any) -> str:
    what = "taux_engagement_instagram"
    values = _brand_mapping(answer, what)
    expect(all(v >= 0 for v in values.values()),
           "taux_engagement_instagram : un taux d'engagement ne peut pas être négatif.")
    expect(all(v < 100 for v in values.values()),
           "taux_engagement_instagram : une valeur dépasse 100 ; revoyez la division "
           "(engagements divisés par la portée).")
    return ("Un taux par marque, au bon format." + _percent_hint(values)
            + _extra_warning(what, _extra_brand_keys(answer, what)))


@scorer("bloc1.engagement_instagram", form=BRAND_RATIOS, decimals=RATE_DECIMALS)
def score_engagement(answer: Any, expected: Mapping) -> Outcome:
    what = "taux_engagement_instagram"
    values = _brand_mapping(answer, what)
    variants = engagement_variants()
    return _with_extra_keys(_score_mapping(values, expected, {
        "mean": (variants["mean"], OTHER_DEFINITION_CREDIT,
                 ("Vous avez fait la moyenne des taux par publication : l'énoncé demande le taux "
                 "global (total des engagements / total de la portée), où chaque personne "
                 "touchée compte autant.")),
        "impressions": (variants["impressions"], OTHER_DEFINITION_CREDIT,
                        ("Vous avez divisé par les impressions : l'énoncé demande le taux sur la "
                        "portée (personnes touchées).")),
        "followers": (variants["followers"], 0.4,
                      ("Vous avez divisé par les abonnés : l'énoncé demande le taux sur la "
                      "portée.")),
        "no_saves": (variants["no_saves"], 0.6,
                     ("Les enregistrements manquent dans vos engagements : sur Instagram, "
                     "l'enregistrement est l'interaction la plus engageante.")),
    }, abs_tol=RATE_TOLERANCE), _extra_brand_keys(answer, what), len(expected))


# --- 2. posting frequency ----------------------------------------------------------------


@visible("bloc1.posts_per_week")
def check_posts_per_week(answer: Any) -> str:
    what = "publications_par_semaine"
    values = _brand_mapping(answer, what)
    expect(all(v > 0 for v in values.values()),
           "publications_par_semaine : chaque marque publie ; une valeur nulle ou négative "
           "signale une erreur de filtre.")
    expect(all(v <= 70 for v in values.values()),
           "publications_par_semaine : une valeur dépasse 70 publications par semaine ; "
           "avez-vous bien divisé le nombre de publications par le nombre de semaines ?")
    return "Une fréquence par marque, au bon format." + _extra_warning(what, _extra_brand_keys(answer, what))


@scorer("bloc1.posts_per_week", form=(
    "un dictionnaire {marque: publications par semaine} pour les cinq marques"), decimals=WEEKLY_DECIMALS)
def score_posts_per_week(answer: Any, expected: Mapping) -> Outcome:
    what = "publications_par_semaine"
    values = _brand_mapping(answer, what)
    return _with_extra_keys(_score_mapping(values, expected, {
        "instagram_only": (weekly_variants()["instagram_only"], OTHER_DEFINITION_CREDIT,
                           ("Vous n'avez compté que les publications Instagram : l'énoncé demande "
                           "tous les réseaux de chaque marque.")),
    }, abs_tol=rounding_tolerance(WEEKLY_DECIMALS), rel=WEEKLY_TOLERANCE, percent_possible=False),
        _extra_brand_keys(answer, what), len(expected))


# --- 3. share of voice --------------------------------------------------------------------


@visible("bloc1.share_of_voice")
def check_share_of_voice(answer: Any) -> str:
    what = "part_de_voix"
    values = _brand_mapping(answer, what)
    expect(all(v >= 0 for v in values.values()), "part_de_voix : une part ne peut pas être "
           "négative.")
    total = sum(values.values())
    in_percent = math.isclose(total, 100, abs_tol=0.5)
    expect(
        math.isclose(total, 1, abs_tol=0.005) or in_percent,
        "part_de_voix : les parts des cinq marques doivent faire 1 à elles toutes "
        "(100 % des mentions surveillées).",
    )
    return "Cinq parts qui font bien 100 % des mentions." + (
        _percent_hint(values) if in_percent else "") + _extra_warning(what, _extra_brand_keys(answer, what))


@scorer("bloc1.share_of_voice", form=BRAND_RATIOS, decimals=RATE_DECIMALS)
def score_share_of_voice(answer: Any, expected: Mapping) -> Outcome:
    what = "part_de_voix"
    values = _brand_mapping(answer, what)
    return _with_extra_keys(_score_mapping(values, expected, {
        "reach": (share_of_voice_variants()["reach"], OTHER_DEFINITION_CREDIT,
                  ("Vous avez pondéré par la portée estimée : c'est une autre part de voix, "
                  "l'énoncé demande la part des mentions.")),
    }, abs_tol=RATE_TOLERANCE), _extra_brand_keys(answer, what), len(expected))


# --- 4. monthly net sentiment -------------------------------------------------------------

_MONTH_TEXT = re.compile(r"^(\d{4})-(\d{2})(?:$|-\d{2}(?:$|[ T]))")
_FRENCH_MONTH = re.compile(r"^(\d{1,2})/(\d{4})$")


def _month_key(key: Any) -> Any:
    """« AAAA-MM » for a month written as a date, a Timestamp, a Period, « AAAA-MM-JJ », « MM/AAAA »
    or a (year, month) pair, the key a groupby on ``dt.year`` and ``dt.month`` gives."""
    if isinstance(key, date):
        return as_date(key, "mois").strftime("%Y-%m")
    if (isinstance(key, tuple) and len(key) == 2 and all(isinstance(k, int) and not isinstance(k, bool) for k in key)
            and 1 <= key[1] <= 12 and 1900 <= key[0] <= 2100):
        return f"{key[0]:04d}-{key[1]:02d}"
    if isinstance(key, str):
        text = key.strip()
        iso, french = _MONTH_TEXT.match(text), _FRENCH_MONTH.match(text)
        if iso:
            return f"{iso.group(1)}-{iso.group(2)}"
        if french:
            return f"{french.group(2)}-{int(french.group(1)):02d}"
    return key


def _months(answer: Any) -> dict:
    """The answer keyed by « AAAA-MM »; two keys of one month keep their own spelling (then unexpected)."""
    return rekeyed(as_mapping(answer, "sentiment_net_mensuel"), _month_key)


@visible("bloc1.net_sentiment")
def check_net_sentiment(answer: Any) -> str:
    values = _months(answer)
    keys = {str(k) for k in values}
    missing = [m for m in MONTHS if m not in keys]
    expect(
        not missing,
        f"sentiment_net_mensuel : il manque le ou les mois {', '.join(missing)} ; les clés sont "
        f"les 12 mois de la période au format « AAAA-MM », de « {MONTHS[0]} » à « {MONTHS[-1]} ».",
    )
    extra = sorted(keys - set(MONTHS))
    expect(not (missing and extra), f"sentiment_net_mensuel : clé(s) inattendue(s) {', '.join(extra)}.")
    numbers = {str(k): as_number(v, f"sentiment_net_mensuel[{k!r}]") for k, v in values.items()
               if str(k) in MONTHS}
    expect(all(abs(v) <= 100 for v in numbers.values()),
           "sentiment_net_mensuel : un sentiment net est compris entre -1 et 1.")
    return ("Un sentiment net pour chacun des 12 mois." + _percent_hint(numbers)
            + _extra_warning("sentiment_net_mensuel", _extra_months(answer)))


def _extra_months(answer: Any) -> list[str]:
    return sorted(str(k) for k in _months(answer) if str(k) not in MONTHS)


@scorer("bloc1.net_sentiment", form=(
    "un dictionnaire {\"AAAA-MM\": sentiment net entre -1 et 1} pour les 12 mois"), decimals=SENTIMENT_DECIMALS)
def score_net_sentiment(answer: Any, expected: Mapping) -> Outcome:
    values = {str(k): float(v) for k, v in _months(answer).items() if str(k) in MONTHS}
    variants = net_sentiment_variants()
    return _with_extra_keys(_score_mapping(values, expected, {
        "with_neutral": (variants["with_neutral"], OTHER_DEFINITION_CREDIT,
                         ("Vous avez divisé par toutes les mentions, neutres comprises : c'est "
                         "l'autre définition du sentiment net ; l'énoncé demande (positives − "
                         "négatives) / (positives + négatives).")),
        "all_brands": (variants["all_brands"], 0.25,
                       ("Vous avez calculé le sentiment net de toutes les marques : filtrez les "
                       "mentions de Maison Ondine (colonne « Alerte »).")),
    }, abs_tol=SENTIMENT_TOLERANCE), _extra_months(answer), len(expected))


# --- 5. the bad buzz week -----------------------------------------------------------------


def _iso_date(answer: Any) -> date:
    return as_date(answer, "semaine_bad_buzz")


@visible("bloc1.bad_buzz_week")
def check_bad_buzz_week(answer: Any) -> str:
    day = _iso_date(answer)
    expect(brand.LISTENING_START <= day <= brand.LISTENING_END,
           "semaine_bad_buzz : la date doit tomber dans la période d'écoute "
           f"({brand.LISTENING_START.isoformat()} – {brand.LISTENING_END.isoformat()}).")
    if day.weekday() != 0:
        return ("Date lisible dans la période. Attention : ce n'est pas un lundi ; l'énoncé "
                "demande le lundi de la semaine.")
    return "Un lundi de la période d'écoute, au bon format."


@scorer("bloc1.bad_buzz_week", form="une date, par exemple le texte \"2026-01-05\"")
def score_bad_buzz_week(answer: Any, expected: str) -> Outcome:
    day, monday = _iso_date(answer), date.fromisoformat(expected)
    if day == monday:
        return Outcome(1.0)
    if monday <= day < monday + timedelta(days=7):
        return Outcome(0.5, [("La bonne semaine, mais pas son lundi : les semaines du tableau de "
                             "bord commencent le lundi (pandas étiquette par défaut les semaines "
                             "par leur dimanche).")])
    if abs((day - monday).days) <= 7:
        return Outcome(0.0, [("Vous êtes à une semaine près : comptez les mentions négatives "
                             "semaine par semaine, du lundi au dimanche.")])
    return Outcome(0.0, [("Ce n'est pas la semaine où les mentions négatives de Maison Ondine "
                         "sont les plus nombreuses.")])


# --- 6. veille: posts over the new hashtag limit ------------------------------------------


@visible("bloc1.hashtag_overruns")
def check_hashtag_overruns(answer: Any) -> str:
    expect(
        not isinstance(answer, bool) and isinstance(answer, numbers.Real)
        and float(answer).is_integer(),
        "publications_hors_limite doit être un nombre entier de publications, par exemple 12.",
    )
    expect(answer >= 0, "publications_hors_limite ne peut pas être négatif.")
    mine = _instagram()["Marque"] == brand.BRAND
    expect(answer <= int(mine.sum()),
           "publications_hors_limite dépasse le nombre de publications Instagram de Maison "
           "Ondine : filtrez la marque et le réseau.")
    return "Un nombre de publications plausible."


@scorer("bloc1.hashtag_overruns", form="un nombre entier de publications")
def score_hashtag_overruns(answer: Any, expected: int) -> Outcome:
    value = int(answer)
    if value == expected:
        return Outcome(1.0)
    variants = hashtag_variants()
    if value == variants["at_limit"]:
        return Outcome(0.5, [("Vous avez compté les publications qui atteignent la limite : "
                             "seules celles qui la dépassent (strictement plus de hashtags "
                             "qu'autorisé) sont à reprendre.")])
    if value == variants["all_brands"]:
        return Outcome(0.5, [("Vous avez compté les publications de toutes les marques : la "
                             "question porte sur le compte Instagram de Maison Ondine.")])
    if value == variants["rumoured_limit"]:
        return Outcome(0.5, [("Votre comptage applique une limite qui n'est pas la règle en vigueur : "
                             "elle vient d'une rumeur, qu'une veille écarte tant qu'aucune source fiable "
                             "ne la confirme.")])
    if abs(value - expected) <= 2:
        return Outcome(0.5, [("Presque : vérifiez comment vous reconnaissez un hashtag "
                             "(un « # » suivi de lettres, chiffres ou « _ », accents compris).")])
    return Outcome(0.0, [("Le nombre ne correspond pas : comptez les hashtags de chaque "
                         "publication Instagram de Maison Ondine et comparez-les à la limite que "
                         "vos sources établissent (regle_hashtags).")])


# --- 7. the brand's position on its market, from the market study --------------------------

POSITION_INDICATORS = ("part de marché", "croissance", "indice de prix")
MARKET_AVERAGE = "Moyenne du marché"
POSITION_FORM = ("un dictionnaire {marque: {\"part de marché\": ratio, \"croissance\": ratio, "
                 "\"indice de prix\": ratio}} pour les cinq marques (ou un DataFrame marques × indicateurs)")


@cache
def _market_study():
    from cmcert_lib.bloc1.datasets import load_market_study

    return load_market_study()


@cache
def position_variants() -> dict[str, dict[str, dict[str, float]]]:
    """Each indicator by brand, as the study defines it ("stated") and as candidates also compute it."""
    study = _market_study()
    market = study.tables[1].set_index("Année")["Chiffre d'affaires (M€ HT)"]
    sales = study.tables[2].set_index("Marque")
    before, now = sales["Chiffre d'affaires 2024 (M€ HT)"], sales["Chiffre d'affaires 2025 (M€ HT)"]
    prices = study.tables[3].set_index("Marque")["Prix moyen (€ TTC)"]
    brands = list(brand.BRANDS)
    five_prices = prices[brands].mean()
    return {
        "part de marché": {
            "stated": (now / market[2025]).to_dict(),
            "five_brands": (now / now[brands].sum()).to_dict(),
        },
        "croissance": {
            "stated": (now / before - 1).to_dict(),
            "ratio": (now / before).to_dict(),
        },
        "indice de prix": {
            "stated": (prices[brands] / prices[MARKET_AVERAGE]).to_dict(),
            "five_brands": (prices[brands] / five_prices).to_dict(),
        },
    }


def _indicator_key(key: Any) -> Any:
    if not isinstance(key, str):
        return key
    return canonical_label(key.replace("_", " ").replace("-", " "), POSITION_INDICATORS)


def _position_table(answer: Any) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """{brand: {indicator: value}} from a dict of dicts (brands or indicators outside) or a DataFrame
    (brands as index, as a « Marque » column or as columns); and the keys that are no brand."""
    what = "positionnement"
    if isinstance(answer, pd.DataFrame):
        frame = answer
        marque = [c for c in frame.columns if isinstance(c, str) and label_key(c) == "marque"]
        if marque:
            frame = frame.set_index(marque[0])
        outer = {k: dict(row) for k, row in frame.to_dict(orient="index").items()}
        if not {_indicator_key(k) for k in outer} & set(POSITION_INDICATORS):
            answer = outer
        else:
            answer = {k: dict(col) for k, col in frame.to_dict(orient="dict").items()}
    table = as_mapping(answer, what)
    if {_indicator_key(k) for k in table} & set(POSITION_INDICATORS):
        flipped: dict[Any, dict] = {}
        for indicator, by_brand in table.items():
            for name, value in as_mapping(by_brand, f"{what}[{indicator!r}]").items():
                flipped.setdefault(name, {})[indicator] = value
        table = flipped
    table = canonical_keys(table, brand.BRANDS)
    extra = sorted(str(k) for k in table if str(k) not in brand.BRANDS)
    rows = {}
    for name in brand.BRANDS:
        if name in table:
            values = as_mapping(table[name], f"{what}[{name!r}]")
            rows[name] = rekeyed(values, _indicator_key)
    return rows, extra


@visible("bloc1.market_position", form=POSITION_FORM)
def check_market_position(answer: Any) -> str:
    rows, extra = _position_table(answer)
    missing = [b for b in brand.BRANDS if b not in rows]
    expect(not missing, f"positionnement : il manque la ou les marques {', '.join(missing)} (clés attendues : "
           "les noms exacts des cinq marques).")
    for name, values in rows.items():
        absent = [i for i in POSITION_INDICATORS if i not in values]
        expect(not absent, f"positionnement[{name!r}] : il manque {', '.join(f'« {i} »' for i in absent)} "
               "(les trois indicateurs attendus : « part de marché », « croissance », « indice de prix »).")
        for indicator in POSITION_INDICATORS:
            if indicator in values:
                as_number(values[indicator], f"positionnement[{name!r}][{indicator!r}]")
    numbers = [float(v[i]) for v in rows.values() for i in POSITION_INDICATORS if i in v]
    expect(all(-1 < n < 1000 for n in numbers),
           "positionnement : une valeur sort de toute plage plausible ; relisez les définitions de l'étude.")
    shares = [float(v["part de marché"]) for v in rows.values() if "part de marché" in v]
    hint = ""
    if any(s > 1 for s in shares):
        hint = (" Attention : une part de marché dépasse 1, on dirait un pourcentage ; l'énoncé demande "
                "des ratios.")
    return "Trois indicateurs pour chacune des cinq marques." + hint + _extra_warning("positionnement", extra)


def _credit(value: float, indicator: str, name: str, expected: float) -> tuple[float, str]:
    """The credit of one figure and the name of the variant it matches ("" when right or unknown)."""
    tolerance = RATE_TOLERANCE
    if math.isclose(value, expected, abs_tol=tolerance):
        return 1.0, ""
    variants = position_variants()[indicator]
    if indicator == "indice de prix" and math.isclose(value / 100, expected, abs_tol=tolerance):
        return 1.0, ""  # base 100: the same index, written as French studies often do
    if indicator != "indice de prix" and math.isclose(value / 100, expected, abs_tol=tolerance):
        return PERCENT_CREDIT, "percent"
    for variant, values in variants.items():
        if variant != "stated" and math.isclose(value, values[name], abs_tol=tolerance):
            return OTHER_DEFINITION_CREDIT, variant
    return 0.0, ""


POSITION_REMARKS = {
    ("part de marché", "five_brands"): (
        "Vos parts de marché sont calculées sur les cinq marques du benchmark : la part de marché se "
        "calcule sur tout le marché (tableau 1 de l'étude), toutes marques comprises."),
    ("croissance", "ratio"): (
        "Votre croissance est le rapport CA 2025 / CA 2024 : la croissance est ce rapport moins 1 "
        "(0,08 pour +8 %)."),
    ("indice de prix", "five_brands"): (
        "Votre indice de prix compare chaque marque à la moyenne des cinq marques : l'étude donne la "
        "moyenne du marché (tableau 3), qui est la référence."),
    ("part de marché", "percent"): "Vos parts de marché sont en pourcentage : l'énoncé demande des ratios.",
    ("croissance", "percent"): "Vos croissances sont en pourcentage : l'énoncé demande des ratios.",
}


@scorer("bloc1.market_position", form=POSITION_FORM, decimals=RATE_DECIMALS)
def score_market_position(answer: Any, expected: Mapping) -> Outcome:
    rows, extra = _position_table(answer)
    earned, remarks = 0.0, []
    for indicator in POSITION_INDICATORS:
        wrong, found = [], set()
        for name in brand.BRANDS:
            credit, variant = _credit(float(rows[name][indicator]), indicator, name, expected[name][indicator])
            earned += credit
            if credit < 1 and variant:
                found.add(variant)
            elif credit < 1:
                wrong.append(name)
        for variant in sorted(found):
            remarks.append(POSITION_REMARKS[(indicator, variant)])
        if wrong:
            remarks.append(f"« {indicator} » à revoir pour : {', '.join(wrong)}.")
    count = len(brand.BRANDS) * len(POSITION_INDICATORS)
    return _with_extra_keys(Outcome(earned / count, remarks), extra, len(brand.BRANDS))


# --- 8. the crisis alert threshold, chosen by the candidate ----------------------------------

ALERT_FORM = ("un dictionnaire {\"seuil\": nombre de mentions négatives par semaine, "
              "\"semaines\": liste des lundis des semaines qui l'atteignent}")
ALERT_THRESHOLD_CREDIT = 0.25


@cache
def weekly_negatives() -> dict[date, int]:
    """Maison Ondine's negative mentions by week, keyed by the week's Monday, weeks without any included."""
    mentions = _mentions()
    mine = mentions[(mentions["Alerte"] == brand.BRAND) & (mentions["Sentiment"] == "négatif")]
    days = mine["Date"].dt.date
    mondays = days.map(lambda d: d - timedelta(days=d.weekday()))
    counts = mondays.value_counts().to_dict()
    first = brand.LISTENING_START - timedelta(days=brand.LISTENING_START.weekday())
    weeks = range((brand.LISTENING_END - first).days // 7 + 1)
    return {first + timedelta(weeks=w): int(counts.get(first + timedelta(weeks=w), 0)) for w in weeks}


def _alert(answer: Any) -> tuple[float, list[date]]:
    values = as_mapping(answer, "alerte_crise")
    keys = {label_key(k): k for k in values if isinstance(k, str)}
    expect("seuil" in keys and "semaines" in keys,
           "alerte_crise doit avoir deux clés : « seuil » (un nombre) et « semaines » (une liste de dates).")
    threshold = as_number(values[keys["seuil"]], "alerte_crise[\"seuil\"]")
    weeks = [as_date(w, "une semaine d'alerte_crise[\"semaines\"]")
             for w in as_list(values[keys["semaines"]], "alerte_crise[\"semaines\"]")]
    return threshold, weeks


@visible("bloc1.alert_threshold", form=ALERT_FORM)
def check_alert_threshold(answer: Any) -> str:
    threshold, weeks = _alert(answer)
    expect(threshold > 0, "alerte_crise[\"seuil\"] : un seuil d'alerte est un nombre de mentions positif.")
    outside = [w for w in weeks if not brand.LISTENING_START - timedelta(days=6) <= w <= brand.LISTENING_END]
    expect(not outside, "alerte_crise[\"semaines\"] : une date tombe hors de la période d'écoute "
           f"({brand.LISTENING_START:%d/%m/%Y} – {brand.LISTENING_END:%d/%m/%Y}).")
    mondays = [w - timedelta(days=w.weekday()) for w in weeks]
    expect(len(set(mondays)) == len(mondays), "alerte_crise[\"semaines\"] : une même semaine est citée deux fois.")
    note = "" if all(w.weekday() == 0 for w in weeks) else (
        " Attention : certaines dates ne sont pas des lundis ; l'énoncé demande le lundi de chaque semaine.")
    return f"Un seuil et {len(weeks)} semaine(s) d'alerte, au bon format." + note


@scorer("bloc1.alert_threshold", form=ALERT_FORM)
def score_alert_threshold(answer: Any, expected: Mapping) -> Outcome:
    """The threshold must lie in the sensible range (above the worst ordinary week, at most ``seuil_max``);
    the weeks must be those that reach the candidate's own threshold (brought back into that range),
    right minus wrong."""
    threshold, weeks = _alert(answer)
    ordinary, high = expected["pire_semaine_ordinaire"], expected["seuil_max"]
    remarks = []
    in_range = ordinary < threshold <= high
    if threshold <= ordinary:
        remarks.append("Votre seuil est trop bas : il se déclenche déjà en temps normal, avant le bad buzz "
                       "(une alerte qui sonne sans crise finit par ne plus être lue).")
    elif threshold > high:
        remarks.append("Votre seuil est trop haut : l'alerte arriverait trop tard pour une marque de cette "
                       "taille.")
    # Counts are whole: the lowest sensible threshold is one mention above the worst ordinary week.
    used = min(max(threshold, ordinary + 1), high)
    counts = weekly_negatives()
    wanted = {w for w, n in counts.items() if n >= used}
    given = {w - timedelta(days=w.weekday()) for w in weeks}
    right, wrong = len(given & wanted), len(given - wanted)
    share = max(0.0, right - wrong) / len(wanted)
    if given != wanted:
        if wanted - given:
            remarks.append(f"{len(wanted - given)} semaine(s) qui atteignent "
                           f"{'votre seuil' if in_range else 'le seuil'} manquent dans votre liste.")
        if given - wanted:
            remarks.append(f"{len(given - wanted)} semaine(s) de votre liste n'atteignent pas "
                           f"{'votre seuil' if in_range else 'le seuil'} : comptez les mentions négatives "
                           "de Maison Ondine du lundi au dimanche.")
        strictly = {w for w, n in counts.items() if n > used}
        if given == strictly and strictly != wanted:
            remarks.append("Vous avez gardé les semaines strictement au-dessus du seuil : l'énoncé compte "
                           "celles qui l'atteignent (≥).")
    return Outcome(ALERT_THRESHOLD_CREDIT * in_range + (1 - ALERT_THRESHOLD_CREDIT) * share, remarks)
