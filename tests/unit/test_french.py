"""French numbers, as every text of the course writes them."""

from datetime import date, datetime

import pytest

from cmcert_lib.facts import french


@pytest.mark.parametrize(("value", "digits", "text"), [
    (12.5, None, "12,5"), (3.0, None, "3"), (77, None, "77"), (52.43, None, "52,43"),
    (2 / 3, 2, "0,67"), (1.23456, 4, "1,2346"), (0.1 + 0.2, 4, "0,3"), (0.1 + 0.2, None, "0,3"),
    (1234567.0, None, "1234567"), (18000, 2, "18000"), (-1.5, None, "-1,5"), (0.0, 2, "0"),
])
def test_number(value, digits, text):
    assert french.number(value, digits) == text


NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.mark.parametrize(("value", "text"), [
    (12400, f"12{NNBSP}400"), (2.1, "2,1"), (-18, "−18"), (2.25, "2,25"), (3.0, "3"),
    (1234567.891, f"1{NNBSP}234{NNBSP}567,89"), (999, "999"), (1000, f"1{NNBSP}000"),
    (2.999, "3"), (1.001, "1"), (-0.001, "0"), (-1234.5, f"−1{NNBSP}234,5"),
    (float("nan"), "—"), (float("inf"), "—"), (None, "—"), ("abc", "—"), (True, "—"),
])
def test_grouped(value, text):
    assert french.grouped(value) == text


def test_grouped_rounds_to_the_digits_asked():
    assert french.grouped(2 / 3, 3) == "0,667"
    assert french.grouped(12400.4, 0) == f"12{NNBSP}400"


@pytest.mark.parametrize(("value", "text"), [
    (7695, f"7{NNBSP}695{NBSP}€"), (7695.0, f"7{NNBSP}695{NBSP}€"), (12.5, f"12,50{NBSP}€"),
    (0.5, f"0,50{NBSP}€"), (1234567.891, f"1{NNBSP}234{NNBSP}567,89{NBSP}€"),
    (1539.0000001, f"1{NNBSP}539{NBSP}€"), (-12.5, f"−12,50{NBSP}€"), ("7695", f"7{NNBSP}695{NBSP}€"),
    ("abc", "—"), (None, "—"), (float("nan"), "—"), (False, "—"),
])
def test_euros(value, text):
    assert french.euros(value) == text


def test_dates():
    assert french.long_date(date(2027, 1, 4)) == "4 janvier 2027"
    assert french.long_date(date(2026, 12, 11)) == "11 décembre 2026"
    assert french.long_date(date(2027, 8, 1)) == "1er août 2027"
    assert french.short_date(date(2027, 1, 4)) == "04/01/2027"
    assert french.short_date(datetime(2027, 1, 4, 18, 30)) == "04/01/2027"
