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
    as_mapping,
    as_number,
    canonical_keys,
    expect,
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


@cache
def hashtag_variants() -> dict[str, int]:
    limit = platforms.PLATFORMS["Instagram"].max_hashtags
    insta = _instagram()
    counts = insta["Texte"].map(posts.hashtag_count)
    mine = insta["Marque"] == brand.BRAND
    return {
        "at_limit": int(((counts >= limit) & mine).sum()),
        "all_brands": int((counts > limit).sum()),
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
    if abs(value - expected) <= 2:
        return Outcome(0.5, [("Presque : vérifiez comment vous reconnaissez un hashtag "
                             "(un « # » suivi de lettres, chiffres ou « _ », accents compris).")])
    return Outcome(0.0, [("Le nombre ne correspond pas : comptez les hashtags de chaque "
                         "publication Instagram de Maison Ondine et comparez à la limite de "
                         "platforms.py.")])
