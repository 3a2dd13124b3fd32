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


# --- labels, dates, lists and mappings in the forms candidates write --------------------------


def test_labels_compare_without_case_accents_apostrophes_or_spaces():
    assert core.same_label("  Prêt  à essayer ", "pret a ESSAYER")
    assert core.same_label("Ce que nous attendons", "ce que nous attendons\u00a0")
    assert core.same_label("L’avis des clientes", "L'avis des clientes")
    assert not core.same_label("Instagram", "Instagam")
    assert not core.same_label(3, "3")


def test_canonical_keys_never_count_two_spellings_twice():
    known = ["Maison Ondine", "Pure Galet"]
    assert core.canonical_keys({"maison ondine": 1, "PURE GALET": 2}, known) == {"Maison Ondine": 1, "Pure Galet": 2}
    both = core.canonical_keys({"maison ondine": 1, "Maison Ondine": 2}, known)
    assert both == {"Maison Ondine": 2, "maison ondine": 1}  # the second spelling stays unknown
    assert core.canonical_label("Snapchat", known) == "Snapchat"


@pytest.mark.parametrize("value", ["2026-03-09", " 09/03/2026 ", "9/3/2026", "2026-03-09 00:00:00",
                                   "2026-03-09/2026-03-15", pd.Timestamp("2026-03-09 10:00"),
                                   pd.Timestamp("2026-03-08 23:30", tz="UTC"), __import__("datetime").date(2026, 3, 9)])
def test_as_date_reads_the_usual_forms(value):
    assert core.as_date(value, "La date").isoformat() == "2026-03-09"


@pytest.mark.parametrize("value", ["9 mars 2026", "2026-13-40", "31/02/2026", 20260309, None])
def test_as_date_refuses_in_french(value):
    with pytest.raises(core.CheckFailed, match="doit être une date : un texte au format « AAAA-MM-JJ »"):
        core.as_date(value, "La date")


def test_as_list_and_as_mapping_accept_the_pandas_forms():
    assert core.as_list(pd.Index(["a", "b"]), "x") == ["a", "b"]
    assert core.as_list(pd.Series(["a", "b"], index=[3, 4]), "x") == ["a", "b"]
    assert core.as_list(pd.DataFrame({"n": ["a", "b"]}), "x") == ["a", "b"]
    with pytest.raises(core.CheckFailed, match="liste"):
        core.as_list(pd.DataFrame({"n": [1], "m": [2]}), "x")
    assert core.as_mapping(pd.DataFrame({"n": [1, 2]}, index=["a", "b"]), "x") == {"a": 1, "b": 2}
    with pytest.raises(core.CheckFailed, match="dictionnaire"):
        core.as_mapping(pd.DataFrame({"n": [1], "m": [2]}), "x")


# --- no scorer crashes: an odd value is a score and a French remark ---------------------------


@pytest.fixture
def fragile():
    qid = "test.fragile"

    @core.visible(qid, form="un dictionnaire {marque: taux}")
    def _visible(answer):
        return "lu" if answer["a"] > 0 else "négatif"  # KeyError, TypeError on odd values

    @core.scorer(qid)
    def _scorer(answer, expected):
        return core.Outcome(answer["a"] / answer["b"])  # ZeroDivisionError, KeyError

    yield qid
    core._VISIBLE.pop(qid)
    core._SCORERS.pop(qid)
    core._FORMS.pop(qid)


@pytest.mark.parametrize("odd", [None, 3, "a", [], {"a": "x"}, {"a": 1, "b": 0}, pd.DataFrame()])
def test_an_unexpected_exception_becomes_zero_and_a_french_remark_naming_the_form(fragile, odd):
    outcome = core.run_scorer(fragile, odd, None)
    assert outcome.fraction == 0
    assert outcome.remarks == [("La réponse n'a pas la forme attendue, qui est un dictionnaire {marque: taux} : "
                                "relisez le format demandé dans l'énoncé.")]


def test_the_visible_check_raises_check_failed_not_a_python_error(fragile):
    with pytest.raises(core.CheckFailed, match="forme attendue, qui est un dictionnaire"):
        core.run_visible(fragile, [1])
    assert core.run_visible(fragile, {"a": 1}) == "lu"


def _bloc1_hidden_tests():
    from pathlib import Path

    import nbformat

    from cmcert_lib.grading.scoring import hidden_tests

    root = Path(__file__).resolve().parents[2] / "source" / "bloc1"
    tests = []
    for path in sorted(root.glob("*.ipynb")):
        tests += hidden_tests(nbformat.read(path, as_version=4)).values()
    return tests


HOSTILE = [None, True, -1, float("nan"), "", "x" * 50, [], [None], {}, {"x": None}, {"__type__": "frame"},
           [[1, 2], [3]], pd.DataFrame(), pd.DataFrame({"a": [None]}), pd.Series([], dtype=object),
           pd.Series({"x": "y"})]


@pytest.mark.parametrize("test", _bloc1_hidden_tests(), ids=lambda t: t.question)
def test_no_bloc1_scorer_crashes_on_hostile_values(test):
    from cmcert_lib.checks.wire import roundtrip

    for value in HOSTILE:
        outcome = core.run_scorer(test.question, roundtrip(value), test.expected)
        assert outcome.fraction < 0.5, (test.question, value)
        text = " ".join(outcome.remarks)
        assert outcome.remarks and "Error" not in text and "Traceback" not in text, (test.question, value, text)


def test_the_kernel_side_score_sees_the_wire_form_like_trusted_grading(capsys):
    import numpy as np

    from cmcert_lib.checks import core, score

    seen = []
    core._SCORERS.setdefault("essai.forme", lambda answer, expected: (seen.append(answer), core.Outcome(1.0))[1])
    try:
        assert score("essai.forme", np.array([1, 2]), None, 2) == 2.0
        assert seen == [[1, 2]] and type(seen[0]) is list  # a numpy array arrives as the list grading sees
        assert score("essai.forme", object(), None, 2) == 0.0  # unconvertible: 0 and a French remark
        assert "ne peut pas être corrigée" in capsys.readouterr().out
    finally:
        core._SCORERS.pop("essai.forme", None)


def test_rekeyed_writes_keys_anew_and_a_second_spelling_keeps_its_own():
    from cmcert_lib.checks.core import rekeyed

    assert rekeyed({(2026, 3): 1, "2026-04": 2, "mars 2026": 3}, lambda k: "2026-03" if k != "2026-04" else k) == \
        {"2026-03": 1, "2026-04": 2, "mars 2026": 3}
    assert rekeyed({"b": 2}, str.upper, into={"B": 1}) == {"B": 1, "b": 2}
