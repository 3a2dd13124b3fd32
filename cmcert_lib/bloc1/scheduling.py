"""Exports of an editorial calendar: a scheduling tool's bulk CSV and an iCalendar file.

* :func:`to_bulk_csv` writes the file a scheduling tool's bulk composer
  imports (Hootsuite-like): three positional columns, no header, as in the
  tool's sample file — date and time ``dd/mm/yyyy HH:MM`` (24 h), message,
  optional link; at most :data:`BULK_MAX_ROWS` rows; minutes ending in 0 or 5;
  no message twice.  The social profiles are chosen at upload, so one file
  is made per platform.
* :func:`calendar_to_ics` writes an RFC 5545 calendar the team imports into
  its agenda (Google Agenda, Outlook): CRLF line ends, lines folded at 75
  octets, TEXT values escaped, one stable UID per post, times in UTC (the
  calendar's Paris wall-clock times converted), DTSTAMP derived from the
  data so that the same calendar always gives the same file.

Errors are French (:class:`ExportError`): the candidate reads them.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Mapping
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from zoneinfo import ZoneInfo

import pandas as pd

from cmcert_lib.bloc1 import calendar_rules as cal
from cmcert_lib.facts import brand

BULK_DATE_FORMAT = "%d/%m/%Y %H:%M"
BULK_MAX_ROWS = 350
BULK_COLUMNS = ("date_heure", "message", "lien")

PARIS = ZoneInfo(brand.TIMEZONE)
ICS_LINE_OCTETS = 75
ICS_DATETIME = "%Y%m%dT%H%M%SZ"
PRODID = f"-//{brand.BRAND}//Calendrier editorial cmcert//FR"
# An event's title: « réseau · format · pilier »; its description: the published text, then these details.
SUMMARY_SEPARATOR = " · "
EVENT_DETAILS = (("Responsable", cal.OWNER), ("Statut", cal.STATUS), ("Objectif", cal.OBJECTIVE),
                 ("Visuel", cal.VISUAL), ("Lien", cal.LINK))


class ExportError(ValueError):
    """Data that cannot be exported; the message is French."""


# --- UTM-tagged links --------------------------------------------------------------


def add_utm(url: str, source: str, medium: str, campaign: str, content: str | None = None) -> str:
    """The link with its utm_* parameters (replacing any already there), other parameters kept."""
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ExportError(f"« {url} » n'est pas une adresse web complète (https://…).")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.startswith("utm_")]
    query += [("utm_source", source), ("utm_medium", medium), ("utm_campaign", campaign)]
    if content:
        query.append(("utm_content", content))
    return urlunsplit(parts._replace(query=urlencode(query)))


def utm_parameters(url: str) -> dict[str, str]:
    """The utm_* parameters of a link (empty dict when there are none)."""
    return {k: v for k, v in parse_qsl(urlsplit(url).query) if k.startswith("utm_")}


# --- the bulk CSV ------------------------------------------------------------------


def _clean(value) -> str:
    return cal._text(value)


def to_bulk_csv(rows: pd.DataFrame) -> str:
    """The bulk-import file of one platform from a table with columns date_heure, message, lien."""
    if not isinstance(rows, pd.DataFrame):
        raise ExportError("Les lignes à exporter doivent former un tableau pandas (DataFrame).")
    missing = [c for c in BULK_COLUMNS if c not in rows.columns]
    if missing:
        raise ExportError(
            "Colonne(s) manquante(s) pour l'import en masse : "
            + ", ".join(f"« {c} »" for c in missing) + "."
        )
    if rows.empty:
        raise ExportError("Aucune publication à exporter.")
    if len(rows) > BULK_MAX_ROWS:
        raise ExportError(
            f"{len(rows)} publications : l'import en masse en accepte {BULK_MAX_ROWS} au plus "
            "par fichier ; découpez le calendrier en plusieurs fichiers."
        )
    when = cal.parse_datetimes(rows.rename(columns={"date_heure": cal.DATE}))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    seen: set[str] = set()
    for position, (stamp, (_, row)) in enumerate(zip(when, rows.iterrows(), strict=True), start=1):
        message, link = _clean(row["message"]), _clean(row["lien"])
        if pd.isna(stamp):
            raise ExportError(f"Ligne {position} : date illisible « {_clean(row['date_heure'])} ».")
        if stamp.minute % 5 or stamp.second:
            raise ExportError(
                f"Ligne {position} : {stamp:%H:%M} — l'outil n'accepte que des minutes "
                "finissant par 0 ou 5."
            )
        if not message:
            raise ExportError(f"Ligne {position} : message vide.")
        if message.casefold() in seen:
            raise ExportError(f"Ligne {position} : message en double, l'outil le refusera.")
        seen.add(message.casefold())
        writer.writerow([stamp.strftime(BULK_DATE_FORMAT), message, link])
    return out.getvalue()


def parse_bulk_csv(text: str) -> list[tuple[datetime | None, str, str]]:
    """Rows of a bulk-import file: (date or None when unreadable, message, link)."""
    rows = []
    for record in csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")):
        if not record or not any(cell.strip() for cell in record):
            continue
        record = [*record, "", ""][:3]
        try:
            stamp = datetime.strptime(record[0].strip(), BULK_DATE_FORMAT)
        except ValueError:
            stamp = None
        rows.append((stamp, record[1], record[2]))
    return rows


# --- iCalendar (RFC 5545) -----------------------------------------------------------


def escape_text(value: str) -> str:
    """A TEXT property value: backslash, semicolon, comma and newlines escaped (RFC 5545 3.3.11)."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def unescape_text(value: str) -> str:
    out, chars = [], iter(value)
    for char in chars:
        if char == "\\":
            nxt = next(chars, "")
            out.append("\n" if nxt in "nN" and nxt else nxt)
        else:
            out.append(char)
    return "".join(out)


def fold_line(line: str) -> str:
    """Fold a content line into chunks of at most 75 octets, never inside a UTF-8 character."""
    pieces, current, size = [], [], 0
    limit = ICS_LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            # Continuation lines start with a space, which counts in their 75 octets.
            current, size, limit = [], 0, ICS_LINE_OCTETS - 1
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _utc(stamp: pd.Timestamp) -> datetime:
    moment = stamp.to_pydatetime()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=PARIS)
    return moment.astimezone(UTC)


def event_uid(position: int, start: datetime, summary: str, domain: str) -> str:
    """Stable across runs, distinct for every row (the position breaks ties)."""
    digest = hashlib.sha1(f"{position}|{start:%Y%m%dT%H%M}|{summary}".encode()).hexdigest()[:20]
    return f"{digest}@{domain}"


def calendar_to_ics(
    calendar: pd.DataFrame,
    name: str = "Calendrier éditorial",
    duration_minutes: int = 30,
    dtstamp: datetime | None = None,
    domain: str = brand.BRAND_DOMAIN,
) -> str:
    """One VEVENT per post (summary: platform · format · pillar), as RFC 5545 text.

    DTSTAMP defaults to the earliest publication time: a date taken from the
    data, not from the clock, keeps the file identical from one run to the next.
    """
    cal.check_columns(calendar)
    when = cal.parse_datetimes(calendar)
    if when.isna().any():
        bad = calendar.loc[when.isna(), cal.DATE].iloc[0]
        raise ExportError(f"Date illisible « {bad} » : corrigez le calendrier avant l'export.")
    starts = [_utc(stamp) for stamp in when]
    if dtstamp is None:
        stamp = min(starts)
    elif dtstamp.tzinfo is None:
        stamp = dtstamp.replace(tzinfo=UTC)
    else:
        stamp = dtstamp.astimezone(UTC)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
        f"X-WR-TIMEZONE:{brand.TIMEZONE}",
    ]
    for position, (start, (_, row)) in enumerate(zip(starts, calendar.iterrows(), strict=True)):
        summary = SUMMARY_SEPARATOR.join(
            _clean(row[c]) for c in (cal.PLATFORM, cal.FORMAT, cal.PILLAR) if _clean(row[c])
        )
        details = [cal.publication_text(row)]
        for label, column in EVENT_DETAILS:
            if _clean(row[column]):
                details.append(f"{label} : {_clean(row[column])}")
        end = start + pd.Timedelta(minutes=duration_minutes).to_pytimedelta()
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event_uid(position, start, summary, domain)}",
            f"DTSTAMP:{stamp:{ICS_DATETIME}}",
            f"DTSTART:{start:{ICS_DATETIME}}",
            f"DTEND:{end:{ICS_DATETIME}}",
            f"SUMMARY:{escape_text(summary)}",
            f"DESCRIPTION:{escape_text(chr(10).join(details))}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)


def event_text(description: str) -> str:
    """The published text an event's DESCRIPTION carries, without the detail lines calendar_to_ics adds."""
    labels = tuple(f"{label} : " for label, _ in EVENT_DETAILS)
    return "\n".join(line for line in description.split("\n") if not line.startswith(labels)).strip()


def parse_ics(text: str) -> dict:
    """Read back an iCalendar text: {"calendar": {prop: value}, "events": [{prop: value}]}.

    Lines are unfolded, parameters (``;TZID=...``) dropped, TEXT values unescaped.
    """
    unfolded = text.replace("\r\n ", "").replace("\r\n\t", "")
    calendar: dict[str, str] = {}
    events: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    for line in unfolded.split("\r\n"):
        if not line:
            continue
        name, _, value = line.partition(":")
        name = name.split(";", 1)[0].upper()
        if name == "BEGIN" and value == "VEVENT":
            current = {}
        elif name == "END" and value == "VEVENT":
            if current is not None:
                events.append(current)
            current = None
        elif name in ("BEGIN", "END"):
            continue
        else:
            target = current if current is not None else calendar
            target[name] = unescape_text(value)
    return {"calendar": calendar, "events": events}


def ics_start(value: str) -> datetime:
    """A DTSTART value (UTC ``...Z`` form) as an aware datetime."""
    return datetime.strptime(value, ICS_DATETIME).replace(tzinfo=UTC)


def event_rows(events: list[Mapping[str, str]]) -> pd.DataFrame:
    """Parsed events as a table with Paris local start times, for display."""
    return pd.DataFrame(
        {
            "début (Paris)": [ics_start(e["DTSTART"]).astimezone(PARIS).replace(tzinfo=None)
                              for e in events],
            "titre": [e.get("SUMMARY", "") for e in events],
        }
    )
