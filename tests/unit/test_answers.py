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
