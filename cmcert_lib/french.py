"""Numbers written the French way, for every text a candidate, trainer or jury reads."""

from __future__ import annotations


def number(value: float, digits: int | None = None) -> str:
    """A decimal comma and no useless zeros: 12.5 -> "12,5", 3.0 -> "3"; rounded to ``digits`` if given."""
    if digits is not None:
        value = round(value, digits)
    return f"{float(value):g}".replace(".", ",")
