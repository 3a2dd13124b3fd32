"""KPI formulas on small cases computed by hand."""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pandas as pd
import pytest

from cmcert_lib.domain import kpi


def test_ratio_is_nan_on_a_zero_denominator():
    assert kpi.ratio(3, 4) == 0.75
    assert kpi.ratio([1, 2], [4, 4]) == 3 / 8
    assert math.isnan(kpi.ratio(5, 0))
    assert kpi.as_percent(0.04217) == 4.2


def test_engagements_count_missing_saves_as_zero():
    assert kpi.engagements(100, 10, 5, 7) == 122
    assert kpi.engagements(100, 10, 5, float("nan")) == 115
    likes = pd.Series([10, 20])
    saves = pd.Series([1.0, np.nan])
    assert kpi.engagements(likes, pd.Series([2, 3]), 0, saves).tolist() == [13.0, 23.0]


def test_engagement_rate_aggregate_and_mean_differ():
    # Post A: 50 engagements / 1000 reached (5 %); post B: 30 / 100 (30 %).
    eng, reach = [50, 30], [1000, 100]
    assert kpi.engagement_rate(eng, reach) == pytest.approx(80 / 1100)
    assert kpi.engagement_rate(eng, reach, method="mean") == pytest.approx((0.05 + 0.30) / 2)
    # A post without reach is left out of the mean, and a set without reach is undefined.
    assert kpi.engagement_rate([50, 3], [1000, 0], method="mean") == pytest.approx(0.05)
    assert math.isnan(kpi.engagement_rate([0], [0], method="mean"))
    with pytest.raises(ValueError):
        kpi.engagement_rate(eng, reach, method="median")


def test_engagement_rate_bases():
    # One post: 40 engagements, 800 reached, 1000 impressions, 2000 followers.
    assert kpi.engagement_rate(40, 800) == 0.05
    assert kpi.engagement_rate(40, 1000) == 0.04
    assert kpi.engagement_rate(40, 2000) == 0.02
    assert set(kpi.ENGAGEMENT_BASES) == {"portée", "impressions", "abonnés"}


def test_engagement_rates_by_group():
    posts = pd.DataFrame({
        "Marque": ["A", "A", "B"],
        "J'aime": [40, 20, 9],
        "Commentaires": [10, 10, 1],
        "Enregistrements": [np.nan, 30, 0],
        "Portée": [1000, 100, 0],
    })
    cols = ["J'aime", "Commentaires", "Enregistrements"]
    total = kpi.engagement_rates(posts, "Marque", cols, "Portée")
    assert total["A"] == pytest.approx(110 / 1100)
    assert math.isnan(total["B"])
    mean = kpi.engagement_rates(posts, "Marque", cols, "Portée", method="mean")
    assert mean["A"] == pytest.approx((0.05 + 0.60) / 2)


def test_posts_per_week_counts_both_ends():
    assert kpi.weeks_between(date(2025, 11, 1), date(2026, 10, 31)) == pytest.approx(365 / 7)
    assert kpi.posts_per_week(14, date(2026, 3, 2), date(2026, 3, 15)) == 7
    assert kpi.follower_growth(8000, 10000) == 0.25


def test_share_of_voice_adds_up_to_one():
    sov = kpi.share_of_voice({"Maison Ondine": 30, "Pure Galet": 50, "Cosmo Vrac": 20})
    assert sov == {"Maison Ondine": 0.3, "Pure Galet": 0.5, "Cosmo Vrac": 0.2}
    assert kpi.share_of_voice(pd.Series({"A": 1, "B": 3}))["B"] == 0.75
    assert math.isnan(kpi.share_of_voice({"A": 0})["A"])


def test_net_sentiment_with_and_without_neutrals():
    # 60 positive, 20 negative, 20 neutral.
    assert kpi.net_sentiment(60, 20, 20) == 0.5
    assert kpi.net_sentiment(60, 20, 20, include_neutral=True) == 0.4
    assert kpi.net_sentiment(0, 10) == -1
    assert math.isnan(kpi.net_sentiment(0, 0, 5))
    labels = ["positif"] * 3 + ["négatif"] + ["neutre"] * 4
    assert kpi.net_sentiment_of_labels(labels) == 0.5
    assert kpi.net_sentiment_of_labels(labels, include_neutral=True) == 0.25
    with pytest.raises(ValueError):
        kpi.net_sentiment_of_labels(["positive"])


def test_advertising_ratios():
    # 250 € spent, 50,000 impressions, 400 clicks, 10 sales worth 1,000 €.
    assert kpi.ctr(400, 50_000) == 0.008
    assert kpi.cpm(250, 50_000) == 5
    assert kpi.cpc(250, 400) == 0.625
    assert kpi.cpa(250, 10) == 25
    assert kpi.conversion_rate(10, 400) == 0.025
    assert kpi.roas(1000, 250) == 4
    assert kpi.roi(1000, 250) == 3
    assert kpi.roi(200, 250) == -0.2
