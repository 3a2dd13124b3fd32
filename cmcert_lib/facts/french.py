"""Numbers written the French way, for every text a candidate, trainer or jury reads."""

from __future__ import annotations


def number(value: float, digits: int | None = None) -> str:
    """A decimal comma and no useless zeros: 12.5 -> "12,5", 3.0 -> "3"; rounded to ``digits`` if given.

    Fixed-point, never an exponent (1234567 -> "1234567"); without ``digits``, float noise
    (0.1 + 0.2) is rounded away at 10 decimals.
    """
    text = f"{float(value):.{10 if digits is None else digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")
