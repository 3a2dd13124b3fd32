"""Numbers and dates written the French way, for every text a candidate, trainer or jury reads.

Two forms of number, for two kinds of text:

* :func:`number` is the compact form of scores, rates and table cells: a
  decimal comma, no grouping, the keyboard's ``-``.  Reports, exports and
  feedback print it, and a spreadsheet reads it back as a number.
* :func:`grouped` and :func:`euros` are the typographic form of running text
  (a brief, a framing sheet, a chart's axis): thousands grouped with a narrow
  no-break space, so that « 12 400 » never breaks across two lines, and a true
  minus sign (U+2212), as the Imprimerie nationale's rules write them.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

# The narrow no-break space groups thousands; the no-break space ties a unit to its number.
THOUSANDS_SEPARATOR = "\u202f"
UNIT_SPACE = "\u00a0"
MINUS = "\u2212"
# What a text shows where a number is missing or unreadable.
MISSING = "—"

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")
# Day first, as « 04/01/2027 » is read in France.
SHORT_DATE = "%d/%m/%Y"


def number(value: float, digits: int | None = None) -> str:
    """A decimal comma and no useless zeros: 12.5 -> "12,5", 3.0 -> "3"; rounded to ``digits`` if given.

    Fixed-point, never an exponent (1234567 -> "1234567"); without ``digits``, float noise
    (0.1 + 0.2) is rounded away at 10 decimals.
    """
    text = f"{float(value):.{10 if digits is None else digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _finite(value: Any) -> float | None:
    # True would otherwise print as « 1 »: a yes/no answer is not an amount.
    if isinstance(value, bool):
        return None
    try:
        result = float(value)
    except (TypeError, ValueError):
        return None
    return result if math.isfinite(result) else None


def _typeset(value: float, digits: int, keep_zeros: bool) -> str:
    text = number(abs(value), digits)
    whole, comma, decimals = text.partition(",")
    if keep_zeros and comma:
        decimals = decimals.ljust(digits, "0")
    # A value that rounds to zero takes no sign: « −0 » would read as a real loss.
    sign = MINUS if value < 0 and text != "0" else ""
    return sign + f"{int(whole):,}".replace(",", THOUSANDS_SEPARATOR) + comma + decimals


def grouped(value: Any, digits: int = 2) -> str:
    """Running-text form: 12400 -> "12 400", 2.1 -> "2,1", -18 -> "−18" (narrow spaces, true minus).

    Rounded to ``digits`` decimals, useless zeros dropped (2.999 -> "3"); anything
    that is not a finite number shows as « — ».
    """
    real = _finite(value)
    return MISSING if real is None else _typeset(real, digits, keep_zeros=False)


def euros(amount: Any) -> str:
    """An amount: 7695 -> "7 695 €", 12.5 -> "12,50 €": whole euros alone, cents always as two digits.

    Rounded to the cent first, so that float noise (1539.0000001) shows no cents;
    anything that is not a finite number shows as « — ».
    """
    real = _finite(amount)
    if real is None:
        return MISSING
    return _typeset(real, 2, keep_zeros=True) + UNIT_SPACE + "€"


def long_date(day: date) -> str:
    """``date(2027, 1, 4)`` -> ``"4 janvier 2027"``; the first of a month is « 1er »."""
    ordinal = "1er" if day.day == 1 else str(day.day)
    return f"{ordinal} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    """``date(2027, 1, 4)`` -> ``"04/01/2027"``."""
    return day.strftime(SHORT_DATE)


# The standard rate of French VAT (taxe sur la valeur ajoutée, code général des impôts, art. 278),
# which services, media and cosmetics pay: amounts are quoted HT and TTC = HT × (1 + VAT_RATE).
VAT_RATE = 0.20
