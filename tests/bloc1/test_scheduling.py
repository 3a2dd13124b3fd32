"""Bulk CSV and iCalendar exports, read back and checked octet by octet."""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd
import pytest

from cmcert_lib.bloc1 import scheduling


def clean_calendar() -> pd.DataFrame:
    """Four posts of one week, as in test_calendar_rules (the first one is checked in detail)."""
    base = {
        "date_heure": "2027-01-05 18:30", "plateforme": "Instagram", "format": "Reel",
        "pilier": "Savoir-faire", "etape_parcours": "Découverte", "objectif": "Portée",
        "texte": "Dans l'atelier de Saint-Malo, on coule les savons à la main.",
        "visuel": "reel_atelier.mp4",
        "texte_alternatif": "Mains qui versent la pâte de savon dans un moule en bois",
        "hashtags": "#SavonSolide #SaintMalo", "lien": "", "responsable": "Inès Morel",
        "statut": "Validé",
    }
    changes = [
        {},
        {"date_heure": "2027-01-07 12:00", "texte": "Trois gestes pour votre shampoing solide."},
        {"date_heure": "2027-01-08 09:05", "plateforme": "LinkedIn", "format": "Texte",
         "texte": "Pourquoi nous fabriquons encore à Saint-Malo.", "hashtags": ""},
        {"date_heure": "2027-01-09 10:00", "plateforme": "LinkedIn", "format": "Image",
         "texte": "Portrait de notre maître savonnier."},
    ]
    return pd.DataFrame([{**base, **c} for c in changes])


def bulk_rows(n: int = 2) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "date_heure": [f"2027-01-{4 + i:02d} 18:30" for i in range(n)],
            "message": [f"Message n° {i}, avec « guillemets »\net retour à la ligne" for i in range(n)],
            "lien": ["https://www.maison-ondine.fr/"] + [""] * (n - 1),
        }
    )


def test_bulk_csv_has_positional_columns_and_24h_french_dates():
    text = scheduling.to_bulk_csv(bulk_rows())
    assert text.startswith('04/01/2027 18:30,"Message n° 0, avec « guillemets »\net retour')
    assert text.endswith(",\r\n")  # the second row has no link
    rows = scheduling.parse_bulk_csv(text)
    assert rows == [
        (datetime(2027, 1, 4, 18, 30), "Message n° 0, avec « guillemets »\net retour à la ligne",
         "https://www.maison-ondine.fr/"),
        (datetime(2027, 1, 5, 18, 30), "Message n° 1, avec « guillemets »\net retour à la ligne", ""),
    ]


def test_bulk_csv_accepts_350_rows_and_refuses_351():
    rows = pd.DataFrame(
        {
            "date_heure": pd.date_range("2027-01-04 08:00", periods=351, freq="35min"),
            "message": [f"Message {i}" for i in range(351)],
            "lien": [""] * 351,
        }
    )
    assert len(scheduling.parse_bulk_csv(scheduling.to_bulk_csv(rows.head(350)))) == 350
    with pytest.raises(scheduling.ExportError, match="351 publications : l'import en masse en accepte 350"):
        scheduling.to_bulk_csv(rows)


@pytest.mark.parametrize(
    "change, message",
    [
        ({"date_heure": "2027-01-04 18:31"}, "minutes finissant par 0 ou 5"),
        ({"date_heure": "demain"}, "date illisible"),
        ({"message": "  "}, "message vide"),
        ({"message": "Message n° 0, avec « guillemets »\net retour à la ligne"}, "message en double"),
    ],
)
def test_bulk_csv_french_errors(change, message):
    rows = bulk_rows()
    for column, value in change.items():
        rows.loc[1, column] = value
    with pytest.raises(scheduling.ExportError, match=f"Ligne 2 : .*{message}"):
        scheduling.to_bulk_csv(rows)


def test_bulk_csv_missing_column_and_empty_table():
    with pytest.raises(scheduling.ExportError, match="« lien »"):
        scheduling.to_bulk_csv(bulk_rows().drop(columns="lien"))
    with pytest.raises(scheduling.ExportError, match="Aucune publication"):
        scheduling.to_bulk_csv(bulk_rows().head(0))


def test_utm_parameters_are_added_and_replaced():
    url = scheduling.add_utm("https://www.maison-ondine.fr/atelier?ref=bio&utm_source=old",
                          "instagram", "social", "lancement-2027")
    assert url == ("https://www.maison-ondine.fr/atelier?ref=bio&utm_source=instagram"
                   "&utm_medium=social&utm_campaign=lancement-2027")
    assert scheduling.utm_parameters(url) == {
        "utm_source": "instagram", "utm_medium": "social", "utm_campaign": "lancement-2027"
    }
    assert scheduling.add_utm("", "instagram", "social", "x") == ""
    with pytest.raises(scheduling.ExportError, match="adresse web complète"):
        scheduling.add_utm("www.maison-ondine.fr", "instagram", "social", "x")


def test_escape_text_round_trip():
    raw = "Savon, shampoing; 100 % solide\\naturel\nà Saint-Malo"
    escaped = scheduling.escape_text(raw)
    assert escaped == "Savon\\, shampoing\\; 100 % solide\\\\naturel\\nà Saint-Malo"
    assert scheduling.unescape_text(escaped) == raw


def test_folding_counts_octets_and_never_splits_a_character():
    line = "DESCRIPTION:" + "é" * 40  # 12 + 80 octets = 92
    folded = scheduling.fold_line(line)
    parts = folded.split("\r\n")
    assert [len(p.encode("utf-8")) for p in parts] == [74, 19]  # 12 + 31 x 2; " " + 9 x 2
    assert parts[1].startswith(" ")
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert scheduling.fold_line("A" * 75) == "A" * 75
    assert scheduling.fold_line("A" * 76) == "A" * 75 + "\r\n A"


def test_ics_reads_back():
    frame = clean_calendar()
    frame.loc[0, "texte"] = "Savon, shampoing; « zéro déchet » \\ fin\nDeuxième ligne " + "é" * 60
    text = scheduling.calendar_to_ics(frame, name="Lancement 2027")
    assert text.endswith("END:VCALENDAR\r\n")
    lines = text.split("\r\n")[:-1]
    assert all("\n" not in line and "\r" not in line for line in lines)
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    parsed = scheduling.parse_ics(text)
    assert parsed["calendar"]["VERSION"] == "2.0"
    assert parsed["calendar"]["X-WR-CALNAME"] == "Lancement 2027"
    events = parsed["events"]
    assert len(events) == 4
    assert len({e["UID"] for e in events}) == 4
    first = events[0]
    # 18:30 in Paris on 5 January (winter time, UTC+1) is 17:30 UTC.
    assert first["DTSTART"] == "20270105T173000Z"
    assert first["DTEND"] == "20270105T180000Z"
    assert first["SUMMARY"] == "Instagram · Reel · Savoir-faire"
    assert first["DESCRIPTION"].startswith(
        "Savon, shampoing; « zéro déchet » \\ fin\nDeuxième ligne " + "é" * 60
        + "\n\n#SavonSolide #SaintMalo\nResponsable : Inès Morel"
    )
    # DTSTAMP comes from the data: the earliest start, so two runs give the same file.
    assert {e["DTSTAMP"] for e in events} == {"20270105T173000Z"}
    assert scheduling.calendar_to_ics(frame, name="Lancement 2027") == text
    assert "SUMMARY:Instagram · Reel · Savoir-faire\r\n" in text
    assert "Savon\\, shampoing\\; « zéro déchet » \\\\ fin\\nDeuxième" in text.replace("\r\n ", "")


def test_ics_summer_time_and_explicit_dtstamp():
    frame = clean_calendar().head(1)
    frame.loc[0, "date_heure"] = "2027-06-01 09:00"
    text = scheduling.calendar_to_ics(frame, dtstamp=datetime(2026, 12, 1, 10, 0, tzinfo=UTC))
    event = scheduling.parse_ics(text)["events"][0]
    assert event["DTSTART"] == "20270601T070000Z"  # UTC+2 in June
    assert event["DTSTAMP"] == "20261201T100000Z"
    table = scheduling.event_rows([event])
    assert table.iloc[0]["début (Paris)"] == pd.Timestamp("2027-06-01 09:00")


def test_ics_refuses_unreadable_dates():
    frame = clean_calendar()
    frame.loc[2, "date_heure"] = "vendredi"
    with pytest.raises(scheduling.ExportError, match="Date illisible « vendredi »"):
        scheduling.calendar_to_ics(frame)


def test_event_text_is_the_published_text_without_the_details():
    frame = clean_calendar()
    events = scheduling.parse_ics(scheduling.calendar_to_ics(frame))["events"]
    assert scheduling.event_text(events[0]["DESCRIPTION"]) == (
        "Dans l'atelier de Saint-Malo, on coule les savons à la main.\n\n#SavonSolide #SaintMalo")
    assert scheduling.event_text(events[2]["DESCRIPTION"]) == "Pourquoi nous fabriquons encore à Saint-Malo."
    assert events[0]["SUMMARY"].split(scheduling.SUMMARY_SEPARATOR) == ["Instagram", "Reel", "Savoir-faire"]
