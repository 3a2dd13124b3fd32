"""Checks of notebook 02: visible checks in French, partial credit for the professional slips."""

from __future__ import annotations

import ast
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from cmcert_lib.authoring.textformat import parse
from cmcert_lib.bloc1.checks import benchmark
from cmcert_lib.bloc1.datasets import load_mentions, load_posts
from cmcert_lib.checks.core import CheckFailed, rounding_tolerance, run_scorer, run_visible, stated_decimals
from cmcert_lib.domain import kpi
from cmcert_lib.domain import posts as post_text
from cmcert_lib.facts import brand

COLUMNS = ["J'aime", "Commentaires", "Partages", "Enregistrements"]


@pytest.fixture(scope="module")
def expected():
    posts, mentions = load_posts(), load_mentions()
    insta = posts[posts["Réseau"] == "Instagram"]
    weeks = kpi.weeks_between(brand.LISTENING_START, brand.LISTENING_END)
    mine = mentions[mentions["Alerte"] == brand.BRAND]
    month = mine["Date"].dt.strftime("%Y-%m")
    return {
        "engagement": kpi.engagement_rates(insta, "Marque", COLUMNS, "Portée").round(4).to_dict(),
        "weekly": (posts.groupby("Marque").size() / weeks).round(2).to_dict(),
        "sov": {k: round(v, 4) for k, v in kpi.share_of_voice(
            mentions["Alerte"].value_counts()).items()},
        "net": {m: round(kpi.net_sentiment_of_labels(mine.loc[month == m, "Sentiment"]), 3)
                for m in benchmark.MONTHS},
    }


def _remarks_hide(outcome, values):
    text = " ".join(outcome.remarks)
    for value in values:
        assert f"{value}" not in text and f"{value}".replace(".", ",") not in text


def test_engagement_full_partial_and_none(expected):
    right = expected["engagement"]
    assert run_scorer("bloc1.engagement_instagram", right, right).fraction == 1
    percent = {k: v * 100 for k, v in right.items()}
    outcome = run_scorer("bloc1.engagement_instagram", percent, right)
    assert outcome.fraction == 0.5 and "pourcentage" in outcome.remarks[-1]
    mean = benchmark.engagement_variants()["mean"]
    outcome = run_scorer("bloc1.engagement_instagram", mean, right)
    assert outcome.fraction == 0.5 and "moyenne des taux" in outcome.remarks[0]
    impressions = benchmark.engagement_variants()["impressions"]
    assert run_scorer("bloc1.engagement_instagram", impressions, right).fraction == 0.5
    one_wrong = dict(right, **{brand.BRAND: right[brand.BRAND] + 0.01})
    outcome = run_scorer("bloc1.engagement_instagram", one_wrong, right)
    assert outcome.fraction == pytest.approx(0.8) and brand.BRAND in outcome.remarks[0]
    _remarks_hide(outcome, right.values())


def test_engagement_visible_check_names_missing_brands(expected):
    answer = dict(expected["engagement"])
    del answer["Pure Galet"]
    with pytest.raises(CheckFailed, match="il manque la ou les marques Pure Galet"):
        run_visible("bloc1.engagement_instagram", answer)
    with pytest.raises(CheckFailed, match="dictionnaire"):
        run_visible("bloc1.engagement_instagram", [0.1, 0.2])
    assert run_scorer("bloc1.engagement_instagram", answer, expected["engagement"]).fraction == 0


def test_posts_per_week_accepts_52_weeks_and_spots_instagram_only(expected):
    right = expected["weekly"]
    fifty_two = {k: v * (365 / 7) / 52 for k, v in right.items()}
    assert run_scorer("bloc1.posts_per_week", fifty_two, right).fraction == 1
    insta = benchmark.weekly_variants()["instagram_only"]
    outcome = run_scorer("bloc1.posts_per_week", insta, right)
    assert outcome.fraction == 0.5 and "Instagram" in outcome.remarks[0]
    with pytest.raises(CheckFailed, match="70"):
        run_visible("bloc1.posts_per_week", {k: v * 52 for k, v in right.items()})


def test_share_of_voice(expected):
    right = expected["sov"]
    assert run_scorer("bloc1.share_of_voice", right, right).fraction == 1
    assert "pourcentages" in run_visible("bloc1.share_of_voice", {k: v * 100 for k, v in right.items()})
    assert run_scorer("bloc1.share_of_voice", {k: v * 100 for k, v in right.items()},
                      right).fraction == 0.5
    reach = benchmark.share_of_voice_variants()["reach"]
    assert run_scorer("bloc1.share_of_voice", reach, right).fraction == 0.5
    with pytest.raises(CheckFailed, match="faire 1"):
        run_visible("bloc1.share_of_voice", dict.fromkeys(right, 0.1))


def test_net_sentiment(expected):
    right = expected["net"]
    assert run_scorer("bloc1.net_sentiment", right, right).fraction == 1
    neutral = benchmark.net_sentiment_variants()["with_neutral"]
    outcome = run_scorer("bloc1.net_sentiment", neutral, right)
    assert outcome.fraction == 0.5 and "neutres" in outcome.remarks[0]
    every_brand = benchmark.net_sentiment_variants()["all_brands"]
    assert run_scorer("bloc1.net_sentiment", every_brand, right).fraction == 0.25
    missing = {k: v for k, v in right.items() if k != "2026-03"}
    with pytest.raises(CheckFailed, match="2026-03"):
        run_visible("bloc1.net_sentiment", missing)


def test_bad_buzz_week():
    monday = brand.BAD_BUZZ_WEEK.isoformat()
    assert run_scorer("bloc1.bad_buzz_week", monday, monday).fraction == 1
    assert "pas un lundi" in run_visible("bloc1.bad_buzz_week", "2026-03-15")
    outcome = run_scorer("bloc1.bad_buzz_week", "2026-03-15", monday)
    assert outcome.fraction == 0.5 and monday not in outcome.remarks[0]
    assert run_scorer("bloc1.bad_buzz_week", "2026-03-02", monday).fraction == 0
    assert run_scorer("bloc1.bad_buzz_week", "2026-06-01", monday).fraction == 0
    with pytest.raises(CheckFailed, match="AAAA-MM-JJ"):
        run_visible("bloc1.bad_buzz_week", "semaine du 9 mars")
    with pytest.raises(CheckFailed, match="période d'écoute"):
        run_visible("bloc1.bad_buzz_week", "2024-03-11")


def test_the_taught_pattern_counts_hashtags_as_the_library_does_on_the_export():
    # The notebook teaches #\w+ and its expected answer comes from it; the scorer's
    # variants use the library's hashtags: both must agree on every shipped caption.
    texts = load_posts()["Texte"]
    assert texts.str.count(r"#\w+").tolist() == texts.map(post_text.hashtag_count).tolist()
    assert texts.str.contains("#").sum() > 1000


def test_hashtag_overruns():
    variants = benchmark.hashtag_variants()
    posts = load_posts()
    insta = posts[(posts["Réseau"] == "Instagram") & (posts["Marque"] == brand.BRAND)]
    right = int((insta["Texte"].str.count(r"#\w+") > 5).sum())
    assert run_scorer("bloc1.hashtag_overruns", right, right).fraction == 1
    assert run_scorer("bloc1.hashtag_overruns", variants["at_limit"], right).fraction == 0.5
    assert run_scorer("bloc1.hashtag_overruns", variants["all_brands"], right).fraction == 0.5
    assert run_scorer("bloc1.hashtag_overruns", right + 1, right).fraction == 0.5
    rumoured = int((insta["Texte"].str.count(r"#\w+") > benchmark.RUMOURED_LIMIT).sum())
    outcome = run_scorer("bloc1.hashtag_overruns", rumoured, right)
    assert outcome.fraction == 0.5 and "rumeur" in outcome.remarks[0]
    assert run_scorer("bloc1.hashtag_overruns", 0, right).fraction == 0
    with pytest.raises(CheckFailed, match="entier"):
        run_visible("bloc1.hashtag_overruns", "26")
    with pytest.raises(CheckFailed, match="dépasse le nombre"):
        run_visible("bloc1.hashtag_overruns", 10_000)


# --- answers in other natural forms, through the wire form both sides share -------------------


def graded(question, answer, expected):
    """The candidate's check cell passes, then the score grading gives the exported answer."""
    from cmcert_lib.checks import check
    from cmcert_lib.checks.core import run_scorer as _run_scorer
    from cmcert_lib.checks.wire import roundtrip

    check(question, answer)
    return _run_scorer(question, roundtrip(answer), expected)


NET = {"2025-11": 0.355, "2025-12": 0.333, "2026-01": 0.375, "2026-02": 0.353, "2026-03": -0.774,
       "2026-04": -0.447, "2026-05": -0.4, "2026-06": -0.333, "2026-07": -0.257, "2026-08": -0.277,
       "2026-09": -0.214, "2026-10": -0.167}


def test_a_series_indexed_by_periods_or_month_ends_gets_full_marks():
    import numpy as np
    import pandas as pd

    by_period = pd.Series(np.array(list(NET.values())), index=pd.PeriodIndex(list(NET), freq="M"))
    assert graded("bloc1.net_sentiment", by_period, NET).fraction == 1
    by_month_end = pd.Series(list(NET.values()), index=pd.to_datetime(list(NET)) + pd.offsets.MonthEnd())
    assert graded("bloc1.net_sentiment", by_month_end, NET).fraction == 1
    hollow = pd.Series(0.0, index=pd.PeriodIndex(list(NET), freq="M"))
    assert graded("bloc1.net_sentiment", hollow, NET).fraction < 0.5


def test_a_timestamp_or_a_french_date_for_the_bad_buzz_week():
    import pandas as pd

    assert graded("bloc1.bad_buzz_week", pd.Timestamp("2026-03-09"), "2026-03-09").fraction == 1
    assert graded("bloc1.bad_buzz_week", pd.Timestamp("2026-03-08 23:00", tz="UTC"), "2026-03-09").fraction == 1
    assert graded("bloc1.bad_buzz_week", "09/03/2026", "2026-03-09").fraction == 1
    assert graded("bloc1.bad_buzz_week", pd.Period("2026-03-09", freq="W-SUN"), "2026-03-09").fraction == 1
    assert graded("bloc1.bad_buzz_week", pd.Timestamp("2026-03-02"), "2026-03-09").fraction == 0


def test_brand_names_without_their_case_and_numpy_numbers(expected):
    import numpy as np

    values = {name.upper(): np.float64(v) for name, v in expected["engagement"].items()}
    assert graded("bloc1.engagement_instagram", values, expected["engagement"]).fraction == 1
    doubled = {**values, brand.BRANDS[0]: 0.0}  # two spellings of one brand never add up
    outcome = run_scorer("bloc1.engagement_instagram", doubled, expected["engagement"])
    assert outcome.fraction == pytest.approx(4 / 6)  # 4 brands right of 5, one key too many
    assert "en trop" in outcome.remarks[-1]


# --- issue 9: the rounding the statement states, extra keys, other month keys ----------------

NOTEBOOK = Path(__file__).resolve().parents[2] / "course" / "bloc1" / "02_benchmark_ecoute.py"
STATED = re.compile(r"arrondis? à (\d+) décimales")


def _statements_and_questions():
    """(statement text, question id, hidden expected) of each autograded question of notebook 02."""
    specs = parse(NOTEBOOK.read_text(encoding="utf-8"))
    found = []
    for index, spec in enumerate(specs):
        if spec.kind != "tests":
            continue
        statement = next(s for s in reversed(specs[:index]) if s.kind == "markdown")
        call = ast.parse("\n".join(spec.lines)).body[-1].value
        kwargs = {k.arg: ast.literal_eval(k.value) for k in call.keywords}
        found.append((" ".join(statement.text.split()), ast.literal_eval(call.args[0]), kwargs["expected"]))
    return found


def test_the_scorers_declare_the_rounding_their_statement_states():
    found = _statements_and_questions()
    assert len(found) == 11
    declared = {}
    for statement, question, _ in found:
        stated = STATED.search(statement)
        assert stated_decimals(question) == (int(stated.group(1)) if stated else None), question
        declared[question] = stated_decimals(question)
    assert declared == {"bloc1.engagement_instagram": 4, "bloc1.posts_per_week": 2, "bloc1.market_position": 4,
                        "bloc1.share_of_voice": 4, "bloc1.net_sentiment": 3, "bloc1.bad_buzz_week": None,
                        "bloc1.alert_threshold": None, "bloc1.source_reliability": None,
                        "bloc1.veille_selection": None, "bloc1.hashtag_rule": None,
                        "bloc1.hashtag_overruns": None}


def test_the_exact_value_and_every_rounding_at_least_as_precise_get_full_marks():
    posts, mentions = load_posts(), load_mentions()
    insta = posts[posts["Réseau"] == "Instagram"]
    weeks = kpi.weeks_between(brand.LISTENING_START, brand.LISTENING_END)
    mine = mentions[mentions["Alerte"] == brand.BRAND]
    month = mine["Date"].dt.strftime("%Y-%m")
    exact = {
        "bloc1.engagement_instagram": kpi.engagement_rates(insta, "Marque", COLUMNS, "Portée").to_dict(),
        "bloc1.posts_per_week": (posts.groupby("Marque").size() / weeks).to_dict(),
        "bloc1.share_of_voice": kpi.share_of_voice(mentions["Alerte"].value_counts()),
        "bloc1.net_sentiment": {m: kpi.net_sentiment_of_labels(mine.loc[month == m, "Sentiment"])
                                for m in benchmark.MONTHS},
    }
    literals = {question: expected for _, question, expected in _statements_and_questions()}
    for question, values in exact.items():
        decimals = stated_decimals(question)
        for places in (None, decimals, decimals + 1, decimals + 3):
            answer = {k: (v if places is None else round(float(v), places)) for k, v in values.items()}
            assert graded(question, answer, literals[question]).fraction == 1, (question, places)
        off = {k: v + 3 * rounding_tolerance(decimals) for k, v in values.items()}
        if question != "bloc1.posts_per_week":  # 52 weeks are accepted there (1 % relative)
            assert graded(question, off, literals[question]).fraction < 1, question


def test_a_key_too_many_costs_its_share_and_the_check_says_so(expected):
    right = expected["engagement"]
    with_total = {**right, "Total": sum(right.values())}
    assert "en trop" in run_visible("bloc1.engagement_instagram", with_total)
    outcome = graded("bloc1.engagement_instagram", with_total, right)
    assert outcome.fraction == pytest.approx(5 / 6) and "Total" in outcome.remarks[-1]
    sov = {**expected["sov"], "Autres": 0.0}
    assert "en trop" in run_visible("bloc1.share_of_voice", sov)  # the five brands still make 1
    assert graded("bloc1.share_of_voice", sov, expected["sov"]).fraction == pytest.approx(5 / 6)
    weekly = {**expected["weekly"], "Toutes marques": sum(expected["weekly"].values())}
    assert graded("bloc1.posts_per_week", weekly, expected["weekly"]).fraction == pytest.approx(5 / 6)
    net = {**NET, "2026-11": 0.0}
    assert "en trop" in run_visible("bloc1.net_sentiment", net)
    # With a brand or a month missing, a key too many is likely its misspelling: the check names both.
    with pytest.raises(CheckFailed) as info:
        run_visible("bloc1.engagement_instagram", {**{k: v for k, v in right.items() if k != "Pure Galet"},
                                                   "Pure Galette": 0.05})
    assert len(info.value.faults) == 2 and "Pure Galette" in info.value.faults[1]
    with pytest.raises(CheckFailed, match="inattendue"):
        run_visible("bloc1.net_sentiment", {**{k: v for k, v in NET.items() if k != "2026-03"}, "2026-3": -0.7})
    outcome = graded("bloc1.net_sentiment", net, NET)
    assert outcome.fraction == pytest.approx(12 / 13) and "2026-11" in outcome.remarks[-1]
    _remarks_hide(outcome, NET.values())


def test_months_as_year_and_month_pairs_from_a_two_level_groupby():
    import pandas as pd

    index = pd.MultiIndex.from_tuples([(int(m[:4]), int(m[5:])) for m in NET], names=["Date", "Date"])
    by_pair = pd.Series(list(NET.values()), index=index)
    assert graded("bloc1.net_sentiment", by_pair, NET).fraction == 1
    assert graded("bloc1.net_sentiment", pd.Series(0.0, index=index), NET).fraction == 0


# --- issue 12: the market study's position, the alert threshold the candidate chooses --------------


def _literal(question):
    return next(expected for _, q, expected in _statements_and_questions() if q == question)


def test_the_hidden_market_position_is_the_study_s_definitions():
    stated = {indicator: values["stated"] for indicator, values in benchmark.position_variants().items()}
    literal = _literal("bloc1.market_position")
    for name in brand.BRANDS:
        for indicator in benchmark.POSITION_INDICATORS:
            assert literal[name][indicator] == pytest.approx(stated[indicator][name], abs=5e-5)
    # Maison Ondine as the brief and the study tell it: under 1 % of the market, 30 % dearer.
    assert literal[brand.BRAND]["part de marché"] < 0.01 and literal[brand.BRAND]["indice de prix"] > 1.25


def test_market_position_forms_and_partial_credit():
    import pandas as pd

    right = _literal("bloc1.market_position")
    assert graded("bloc1.market_position", right, right).fraction == 1
    by_indicator = {i: {m: right[m][i] for m in right} for i in benchmark.POSITION_INDICATORS}
    assert graded("bloc1.market_position", by_indicator, right).fraction == 1
    frame = pd.DataFrame(right).T.rename_axis("Marque").reset_index()
    assert graded("bloc1.market_position", frame, right).fraction == 1
    base_100 = {m: {**v, "indice de prix": 100 * v["indice de prix"]} for m, v in right.items()}
    assert graded("bloc1.market_position", base_100, right).fraction == 1
    five = benchmark.position_variants()["part de marché"]["five_brands"]
    among_five = {m: {**v, "part de marché": five[m]} for m, v in right.items()}
    outcome = graded("bloc1.market_position", among_five, right)
    assert outcome.fraction == pytest.approx(12.5 / 15) and "cinq marques" in outcome.remarks[0]
    ratio = {m: {**v, "croissance": 1 + v["croissance"]} for m, v in right.items()}
    outcome = graded("bloc1.market_position", ratio, right)
    assert outcome.fraction == pytest.approx(12.5 / 15) and "moins 1" in outcome.remarks[0]
    one_wrong = {m: dict(v) for m, v in right.items()}
    one_wrong["Pure Galet"]["croissance"] = 0.5
    outcome = graded("bloc1.market_position", one_wrong, right)
    assert outcome.fraction == pytest.approx(14 / 15) and "Pure Galet" in outcome.remarks[0]
    _remarks_hide(outcome, [v for row in right.values() for v in row.values()])
    with_total = {**right, "Marché": {"part de marché": 1.0, "croissance": 0.07, "indice de prix": 1.0}}
    assert "en trop" in run_visible("bloc1.market_position", with_total)
    assert graded("bloc1.market_position", with_total, right).fraction == pytest.approx(5 / 6)
    with pytest.raises(CheckFailed, match="croissance"):
        run_visible("bloc1.market_position", {m: {"part de marché": 0.1, "indice de prix": 1} for m in right})
    with pytest.raises(CheckFailed, match="Pure Galet"):
        run_visible("bloc1.market_position", {m: v for m, v in right.items() if m != "Pure Galet"})


def _weeks(threshold, strictly=False):
    counts = benchmark.weekly_negatives()
    return [w.isoformat() for w, n in counts.items() if (n > threshold if strictly else n >= threshold)]


def test_the_alert_range_is_the_data_s():
    literal = _literal("bloc1.alert_threshold")
    counts = benchmark.weekly_negatives()
    ordinary = [n for w, n in counts.items() if w < brand.BAD_BUZZ_WEEK]
    assert literal["pire_semaine_ordinaire"] == max(ordinary)
    assert counts[brand.BAD_BUZZ_WEEK] >= literal["seuil_max"]


def test_alert_weeks_are_judged_by_the_candidate_s_own_threshold():
    literal = _literal("bloc1.alert_threshold")
    for threshold in (6, 10, 15.5, 30):
        answer = {"seuil": threshold, "semaines": _weeks(threshold)}
        assert graded("bloc1.alert_threshold", answer, literal).fraction == 1, threshold
    # Two candidates with different thresholds, each right by their own: the lists differ.
    assert _weeks(6) != _weeks(10)
    strict = graded("bloc1.alert_threshold", {"seuil": 8, "semaines": _weeks(8, strictly=True)}, literal)
    assert strict.fraction == pytest.approx(0.25 + 0.75 * 5 / 6) and "(≥)" in strict.remarks[-1]
    sundays = [(date.fromisoformat(w) + timedelta(days=6)).isoformat() for w in _weeks(10)]
    assert "lundis" in run_visible("bloc1.alert_threshold", {"seuil": 10, "semaines": sundays})
    assert graded("bloc1.alert_threshold", {"seuil": 10, "semaines": sundays}, literal).fraction == 1


def test_an_alert_threshold_out_of_range_loses_its_share_and_is_judged_at_the_nearest_bound():
    literal = _literal("bloc1.alert_threshold")
    low = graded("bloc1.alert_threshold", {"seuil": 5, "semaines": _weeks(5)}, literal)
    assert low.fraction < 0.75 and "trop bas" in low.remarks[0]
    at_bound = graded("bloc1.alert_threshold", {"seuil": 5, "semaines": _weeks(6)}, literal)
    assert at_bound.fraction == pytest.approx(0.75)
    high = graded("bloc1.alert_threshold", {"seuil": 200, "semaines": _weeks(200)}, literal)
    assert high.fraction == pytest.approx(0.75) and "trop haut" in high.remarks[0]
    everything = {"seuil": 0, "semaines": [w.isoformat() for w in benchmark.weekly_negatives()]}
    assert run_scorer("bloc1.alert_threshold", everything, literal).fraction == 0
    everything["seuil"] = 1
    assert graded("bloc1.alert_threshold", everything, literal).fraction == 0
    with pytest.raises(CheckFailed, match="« seuil »"):
        run_visible("bloc1.alert_threshold", {"limite": 8, "semaines": []})
    with pytest.raises(CheckFailed, match="deux fois"):
        run_visible("bloc1.alert_threshold", {"seuil": 8, "semaines": ["2026-03-09", "2026-03-15"]})
