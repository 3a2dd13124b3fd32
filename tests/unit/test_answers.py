"""Answers cross from the candidate's kernel as plain data only."""

import datetime as dt
import json
import math

import numpy as np
import pandas as pd
import pytest

from cmcert_lib.grading import answers


def roundtrip(value):
    return answers.from_plain(json.loads(json.dumps(answers.to_plain(value))))


def test_scalars_and_containers():
    value = {"a": [1, 2.5, "é", None, True], 3: (4, 5), "nan": float("nan")}
    back = roundtrip(value)
    assert back["a"] == [1, 2.5, "é", None, True] and back[3] == [4, 5]
    assert math.isnan(back["nan"])


def test_numpy_and_dates():
    back = roundtrip({"n": np.int64(7), "f": np.float32(0.5), "b": np.bool_(True),
                      "d": dt.date(2027, 1, 4), "t": pd.Timestamp("2026-03-09 10:00")})
    assert back == {"n": 7, "f": 0.5, "b": True, "d": dt.date(2027, 1, 4), "t": pd.Timestamp("2026-03-09 10:00")}
    assert type(back["n"]) is int and type(back["b"]) is bool


def test_series_and_frames_keep_index_and_columns():
    series = pd.Series({"Maison Ondine": 0.04, "Pure Galet": 0.03}, name="taux")
    pd.testing.assert_series_equal(roundtrip(series), series)
    frame = pd.DataFrame({"plateforme": ["Instagram", "TikTok"], "posts": [4, 2]}, index=[10, 11])
    pd.testing.assert_frame_equal(roundtrip(frame), frame)


class Liar(float):
    """An answer that claims to equal anything."""

    def __eq__(self, other):
        return True

    __hash__ = float.__hash__


class LyingStr(str):
    def __eq__(self, other):
        return True

    __hash__ = str.__hash__


def test_objects_that_pretend_to_equal_anything_become_plain_values():
    back = roundtrip({"taux": Liar(0.5), "semaine": LyingStr("2026-01-05")})
    assert type(back["taux"]) is float and back["taux"] != 0.04
    assert type(back["semaine"]) is str and back["semaine"] != "2026-03-09"


def test_unsupported_values_are_refused_in_french():
    with pytest.raises(answers.UnsupportedAnswer, match="ne peut pas être corrigée"):
        answers.to_plain(object())
    deep = []
    for _ in range(50):
        deep = [deep]
    with pytest.raises(answers.UnsupportedAnswer, match="imbriquée"):
        answers.to_plain(deep)


@pytest.mark.parametrize("forged", [{"__type__": "exec", "code": "1"}, {"__type__": "frame"}, 3 + 4j])
def test_forged_plain_data_is_refused(forged):
    with pytest.raises((answers.UnsupportedAnswer, KeyError, TypeError)):
        answers.from_plain(forged)


def test_export_displays_the_payload(monkeypatch):
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda obj, raw=False: shown.append(obj))
    answers.export("x", {"x": [1, 2]})
    answers.export("y", {})
    answers.export("z", {"z": object()})
    statuses = [s[answers.MIMETYPE]["status"] for s in shown]
    assert statuses == ["ok", "missing", "unsupported"]
    assert shown[0][answers.MIMETYPE]["value"] == [1, 2]


# --- one conversion for both sides: the check cell runs on what grading decodes --------------


def grading_side(value):
    """What the scorer receives: the sandbox's export, JSON, then from_plain outside."""
    return answers.from_plain(json.loads(json.dumps(answers.to_plain(value), ensure_ascii=False)))


NATURAL_FORMS = [
    (pd.Index(["Instagram", "Facebook"]), ["Instagram", "Facebook"]),
    (np.array([1.5, 2.0]), [1.5, 2.0]),
    (("Instagram", "Facebook"), ["Instagram", "Facebook"]),
    ({"a": 1}.keys(), ["a"]),
    (np.float64(0.0412), 0.0412),
    (np.int64(7), 7),
    (pd.Period("2026-03", freq="M"), "2026-03"),
    (pd.Period("2026-03-09", freq="W-SUN"), "2026-03-09/2026-03-15"),
    (np.datetime64("2026-03-09"), pd.Timestamp("2026-03-09")),
    (pd.NA, None),
]


@pytest.mark.parametrize(("value", "plain"), NATURAL_FORMS, ids=lambda v: type(v).__name__)
def test_natural_forms_become_the_same_plain_data_on_both_sides(value, plain):
    assert answers.roundtrip(value) == plain
    assert grading_side(value) == plain
    assert type(answers.roundtrip(value)) is type(grading_side(value)) is type(plain)


def test_a_series_indexed_by_periods_is_keyed_by_their_text_on_both_sides():
    series = pd.Series(np.array([0.25, -0.1]), index=pd.period_range("2026-01", periods=2, freq="M"))
    for side in (answers.roundtrip(series), grading_side(series)):
        assert side.to_dict() == {"2026-01": 0.25, "2026-02": -0.1}


def test_an_aware_timestamp_keeps_its_offset_on_both_sides():
    stamp = pd.Timestamp("2026-03-08 23:30", tz="UTC")
    assert answers.roundtrip(stamp) == grading_side(stamp) == stamp
    assert grading_side(stamp).tzinfo is not None


def test_check_runs_on_the_wire_form_and_refuses_in_french(capsys):
    from cmcert_lib.checks import CheckFailed, check, core

    seen = []

    @core.visible("test.wire")
    def _visible(answer):
        seen.append(answer)
        return "lu"

    try:
        check("test.wire", pd.Index(["a", "b"]))
        assert seen == [["a", "b"]] and type(seen[0]) is list
        assert "✅ lu" in capsys.readouterr().out
        with pytest.raises(CheckFailed, match=r"^Une valeur de type object ne peut pas être corrigée : donnez"):
            check("test.wire", object())
        with pytest.raises(CheckFailed, match="forme attendue|ne peut pas"):
            check("test.wire", {"k": 1j})
    finally:
        core._VISIBLE.pop("test.wire")


def test_a_value_that_breaks_while_converted_is_refused_in_french():
    class Broken(pd.Series):
        def tolist(self):
            raise RuntimeError("boom")

    with pytest.raises(answers.UnsupportedAnswer, match="valeur illisible .* donnez"):
        answers.roundtrip(Broken([1]))
