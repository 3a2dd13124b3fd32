"""KPI formulas of the course: one place each, with their named variants.

Every social-media KPI has several definitions in the trade (a tool's
"engagement rate" may divide by reach, impressions or followers; a rate may
be the total of a period or the mean of per-post rates).  An exercise states
the variant it expects, and its checks compute it with the function here, so
the statement, the solution and the checks agree.

Conventions:

* rates and shares are *ratios* (0.042), never percentages (4.2);
  :func:`as_percent` converts for display;
* a ratio whose denominator is zero is ``nan`` (undefined), not an error
  and not zero: "no reach" is not "no engagement";
* inputs are numbers or anything ``numpy`` can sum (lists, arrays, Series).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import date

import numpy as np
import pandas as pd

__all__ = [
    "ENGAGEMENT_BASES", "SENTIMENT_LABELS", "as_percent", "conversion_rate", "cpa", "cpc",
    "cpm", "ctr", "engagement_rate", "engagement_rates", "engagements", "follower_growth",
    "net_sentiment", "net_sentiment_of_labels", "posts_per_week", "ratio", "roas", "roi",
    "share_of_voice", "weeks_between",
]

# The engagement-rate bases in use, by the name a tool or a client gives them.
ENGAGEMENT_BASES = {
    "portée": "engagements / portée (reach): the most common, « taux d'engagement sur la portée »",
    "impressions": "engagements / impressions: LinkedIn's and many ad tools' definition",
    "abonnés": "engagements / abonnés: compares accounts of different sizes, inflated by virality",
}

# Labels of the listening tool's sentiment column.
SENTIMENT_LABELS = ("positif", "neutre", "négatif")


def _total(values) -> float:
    if np.isscalar(values):
        return float(values)
    return float(np.nansum(np.asarray(values, dtype="float64")))


def ratio(numerator, denominator) -> float:
    """numerator / denominator as a float; ``nan`` when the denominator is 0."""
    num, den = _total(numerator), _total(denominator)
    return math.nan if den == 0 else num / den


def as_percent(value: float, digits: int = 1) -> float:
    """A ratio as a rounded percentage (0.04217 -> 4.2), for display only."""
    return round(100 * value, digits)


# --- engagement -----------------------------------------------------------------------


def engagements(likes, comments, shares=0, saves=0):
    """Engagements of a post: likes + comments + shares + saves.

    Works element-wise on Series; a missing value (a network that does not
    report saves) counts as 0, because the tool did not count it, not
    because nobody saved the post.
    """
    parts = [likes, comments, shares, saves]
    if any(isinstance(p, pd.Series) for p in parts):
        return sum(p.fillna(0) if isinstance(p, pd.Series) else p for p in parts)
    return sum(0 if p is None or (isinstance(p, float) and math.isnan(p)) else p for p in parts)


def engagement_rate(engagements, base, method: str = "aggregate") -> float:
    """Engagement rate of a set of posts over a base (reach, impressions or followers).

    ``method="aggregate"`` (default): total engagements / total base of the
    period, every reached person weighs the same; this is the rate of the
    account.  ``method="mean"``: mean of the per-post rates, every post weighs
    the same; small posts with a high rate pull it up.  Posts whose base is 0
    are left out of the mean.
    """
    if method == "aggregate":
        return ratio(engagements, base)
    if method == "mean":
        eng = np.atleast_1d(np.asarray(engagements, dtype="float64"))
        den = np.atleast_1d(np.asarray(base, dtype="float64"))
        keep = den > 0
        return float(np.mean(eng[keep] / den[keep])) if keep.any() else math.nan
    raise ValueError(f"unknown method {method!r}: 'aggregate' or 'mean'")


def engagement_rates(
    frame: pd.DataFrame,
    by: str | list[str],
    engagement_columns: Iterable[str],
    base_column: str,
    method: str = "aggregate",
) -> pd.Series:
    """Engagement rate of each group of a post table (for instance by brand)."""
    eng = frame[list(engagement_columns)].fillna(0).sum(axis=1)
    base = frame[base_column].astype("float64")
    groups = frame[by] if isinstance(by, str) else [frame[c] for c in by]
    if method == "aggregate":
        den = base.groupby(groups).sum()
        return (eng.groupby(groups).sum() / den.where(den > 0)).astype("float64")
    if method == "mean":
        per_post = eng / base.where(base > 0)
        return per_post.groupby(groups).mean().astype("float64")
    raise ValueError(f"unknown method {method!r}: 'aggregate' or 'mean'")


# --- publishing rhythm and audience ---------------------------------------------------------


def weeks_between(start: date, end: date) -> float:
    """Number of weeks from start to end, both days included (a year is 52.14 weeks)."""
    return ((end - start).days + 1) / 7


def posts_per_week(n_posts: float, start: date, end: date) -> float:
    """Average posts a week over a period, both ends included."""
    return ratio(n_posts, weeks_between(start, end))


def follower_growth(start_followers: float, end_followers: float) -> float:
    """Growth of an audience over a period: (end - start) / start."""
    return ratio(end_followers - start_followers, start_followers)


# --- listening --------------------------------------------------------------------------------


def share_of_voice(mentions: Mapping[str, float] | pd.Series) -> dict[str, float]:
    """Share of voice of each brand: its mentions / the mentions of all monitored brands.

    ``mentions`` maps a brand to its count (or to its summed reach, for a
    share of voice weighted by reach).  The shares add up to 1.
    """
    counts = {k: float(v) for k, v in dict(mentions).items()}
    total = sum(counts.values())
    return {k: (math.nan if total == 0 else v / total) for k, v in counts.items()}


def net_sentiment(positive: float, negative: float, neutral: float = 0,
                  include_neutral: bool = False) -> float:
    """Net sentiment, between -1 and 1.

    Default (``include_neutral=False``): (positive - negative) / (positive +
    negative), the balance of opinions among mentions that express one.
    ``include_neutral=True``: (positive - negative) / all mentions; neutral
    mentions pull it towards 0.
    """
    base = positive + negative + (neutral if include_neutral else 0)
    return ratio(positive - negative, base)


def net_sentiment_of_labels(labels: Iterable[str], include_neutral: bool = False) -> float:
    """Net sentiment of a list of « positif » / « neutre » / « négatif » labels."""
    values = list(labels)
    unknown = set(values) - set(SENTIMENT_LABELS)
    if unknown:
        raise ValueError(f"unknown sentiment labels {sorted(unknown)}; expected {SENTIMENT_LABELS}")
    return net_sentiment(values.count("positif"), values.count("négatif"),
                         values.count("neutre"), include_neutral)


# --- advertising and conversion (Blocs 4 and 5) -------------------------------------------


def ctr(clicks, impressions) -> float:
    """Click-through rate: clicks / impressions (link clicks for the « CTR lien »)."""
    return ratio(clicks, impressions)


def cpm(spend, impressions) -> float:
    """Cost per thousand impressions: spend / impressions x 1000."""
    return ratio(spend, impressions) * 1000


def cpc(spend, clicks) -> float:
    """Cost per click: spend / clicks."""
    return ratio(spend, clicks)


def cpa(spend, acquisitions) -> float:
    """Cost per acquisition (or per lead, per result): spend / acquisitions."""
    return ratio(spend, acquisitions)


def conversion_rate(conversions, visits) -> float:
    """Conversions / visits; say which visits (sessions, users, ad clicks) in the statement."""
    return ratio(conversions, visits)


def roas(revenue, ad_spend) -> float:
    """Return on ad spend: attributed revenue / ad spend, a ratio (4.0 means 400 %)."""
    return ratio(revenue, ad_spend)


def roi(gain, cost) -> float:
    """Return on investment: (gain - cost) / cost; the gain is revenue or margin, as stated."""
    return ratio(_total(gain) - _total(cost), cost)
