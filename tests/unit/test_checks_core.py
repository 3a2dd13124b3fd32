"""The shared checking machinery: registration, partial credit, French messages."""

import pandas as pd
import pytest

from cmcert_lib.checks import core
from cmcert_lib.checks import score as score_fn


@pytest.fixture
def question():
    qid = "test.sample"

    @core.visible(qid)
    def _visible(answer):
        mapping = core.as_mapping(answer, "La réponse")
        core.expect(set(mapping) == {"a", "b"}, "Il faut les clés « a » et « b ».")
        return "Format correct."

    @core.scorer(qid)
    def _scorer(answer, expected):
        fraction, remarks = core.share_of_close_values(core.as_mapping(answer, "r"), expected)
        return core.Outcome(fraction, remarks)

    yield qid
    core._VISIBLE.pop(qid)
    core._SCORERS.pop(qid)


def test_partial_credit_and_remarks(question, capsys):
    points = score_fn(question, {"a": 1.0, "b": 5.0}, expected={"a": 1.0, "b": 2.0}, points=3)
    assert points == 1.5 and isinstance(points, float)
    out = capsys.readouterr().out
    assert "1 valeur(s) juste(s) sur 2" in out and "Points : 1,5 / 3" in out
    assert "2.0" not in out  # never the expected value


def test_malformed_answer_scores_zero_with_the_visible_message(question):
    outcome = core.run_scorer(question, {"a": 1.0}, {"a": 1.0, "b": 2.0})
    assert outcome.fraction == 0
    assert outcome.remarks == ["Il faut les clés « a » et « b »."]


def test_series_is_accepted_as_mapping(question):
    assert core.run_visible(question, pd.Series({"a": 1, "b": 2})) == "Format correct."


def test_visible_failure_is_an_assertion_error(question):
    with pytest.raises(AssertionError, match="dictionnaire"):
        core.run_visible(question, [1, 2])


def test_registering_twice_is_refused(question):
    with pytest.raises(ValueError, match="twice"):
        core.visible(question)(lambda a: "")


def test_unknown_question_is_named():
    with pytest.raises(KeyError, match="question inconnue"):
        core.run_visible("bloc9.nothing", 1)


@pytest.mark.parametrize("bad", ["abc", None, float("nan"), True])
def test_as_number_rejects_non_numbers_in_french(bad):
    with pytest.raises(core.CheckFailed, match="nombre|NaN"):
        core.as_number(bad, "Le taux")


def test_as_frame_lists_missing_columns():
    with pytest.raises(core.CheckFailed, match="'b'"):
        core.as_frame(pd.DataFrame({"a": [1]}), "Le tableau", ["a", "b"])


def test_outcome_fraction_is_clamped():
    assert core.Outcome(1.7).fraction == 1.0
    assert core.Outcome(-0.2).fraction == 0.0


def test_is_close_tolerance():
    assert core.is_close(0.04121, 0.0412, rel=1e-3)
    assert not core.is_close(0.045, 0.0412, rel=1e-3)
    assert not core.is_close("x", 1.0)
