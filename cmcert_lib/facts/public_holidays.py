"""French public holidays (jours fériés), computed for any year.

Source: Code du travail, article L3133-1 (the eleven public holidays of metropolitan France), and
service-public.fr, « Jours fériés et ponts dans le secteur privé » (checked 2 December 2026). Easter
Monday, Ascension Day and Whit Monday follow Easter Sunday (Gregorian computus, Meeus/Jones/Butcher
algorithm): Easter 2027 is Sunday 28 March, Easter 2028 is Sunday 16 April.
Alsace-Moselle's two extra days (Good Friday, 26 December) are not counted: Maison Ondine is in
Brittany.
"""

from __future__ import annotations

import datetime as dt

FIXED = {
    (1, 1): "Jour de l'an",
    (5, 1): "Fête du Travail",
    (5, 8): "Victoire 1945",
    (7, 14): "Fête nationale",
    (8, 15): "Assomption",
    (11, 1): "Toussaint",
    (11, 11): "Armistice 1918",
    (12, 25): "Noël",
}


def easter_sunday(year: int) -> dt.date:
    """Easter Sunday of ``year`` (Gregorian calendar, anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def public_holidays(year: int) -> dict[dt.date, str]:
    """The eleven French public holidays of ``year``, by date, in date order."""
    easter = easter_sunday(year)
    days = {dt.date(year, month, day): name for (month, day), name in FIXED.items()}
    days[easter + dt.timedelta(days=1)] = "Lundi de Pâques"
    days[easter + dt.timedelta(days=39)] = "Ascension"
    days[easter + dt.timedelta(days=50)] = "Lundi de Pentecôte"
    return dict(sorted(days.items()))


def is_public_holiday(day: dt.date) -> bool:
    return day in public_holidays(day.year)
