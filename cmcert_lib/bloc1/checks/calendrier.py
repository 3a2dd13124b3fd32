"""Notebook 06 (calendar and editorial workflow): checks and scorers.

Every scorer is a function of the candidate's plain-data answer and the
hidden ``expected`` literal only (the period, the tolerance, the time table
...): the candidate's own calendar is judged by the library's rules, not
compared with the model calendar.
"""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from cmcert_lib.bloc1 import calendar_rules, raci, scheduling
from cmcert_lib.checks.core import (
    CheckFailed,
    Outcome,
    as_mapping,
    as_number,
    canonical_keys,
    expect,
    scorer,
    visible,
)
from cmcert_lib.domain import posts
from cmcert_lib.facts import brand, platforms

CAMPAIGN_WEEKS = 4


def _default_period() -> tuple[date, date]:
    return brand.PROJECT_START, brand.PROJECT_START + timedelta(days=7 * CAMPAIGN_WEEKS - 1)


def _period(expected: dict) -> tuple[date, date]:
    return date.fromisoformat(expected["debut"]), date.fromisoformat(expected["fin"])


def _share(parts: list[tuple[bool, str]]) -> Outcome:
    """Equal-weight checks: the fraction that holds, and a French remark for each that fails."""
    return Outcome(sum(ok for ok, _ in parts) / len(parts), [msg for ok, msg in parts if not ok])


# --- the calendar --------------------------------------------------------------------


def _report(answer, start: date, end: date, tolerance: float) -> calendar_rules.Report:
    try:
        return calendar_rules.validate_calendar(answer, start, end, tolerance)
    except calendar_rules.CalendarError as exc:
        raise CheckFailed(f"Calendrier : {exc}") from None


@visible("bloc1.calendrier")
def check_calendar(answer) -> str:
    start, end = _default_period()
    report = _report(answer, start, end, calendar_rules.DEFAULT_PILLAR_TOLERANCE)
    unreadable = [f for f in report.findings if f.rule == "PERIODE" and "illisible" in f.message]
    expect(
        not unreadable,
        f"Calendrier : {len(unreadable)} date(s) illisible(s) dans « date_heure » (par exemple "
        f"{unreadable[0] if unreadable else ''}). Donnez des dates pandas (pd.Timestamp) ou du "
        "texte au format AAAA-MM-JJ HH:MM.",
    )
    return (
        f"Calendrier lisible : {len(answer)} publication(s). Les règles de la bibliothèque en "
        f"acceptent {sum(r.passed for r in report.results)} sur {len(report.results)} ; "
        "le détail : print(validate_calendar(calendrier).summary())."
    )


@scorer("bloc1.calendrier", form=(
    "un DataFrame, une ligne par publication, avec les colonnes de l'énoncé (dont « date_heure », "
    "des dates pandas ou du texte « AAAA-MM-JJ HH:MM »)"))
def score_calendar(answer, expected) -> Outcome:
    start, end = _period(expected)
    report = _report(answer, start, end, float(expected["tolerance"]))
    remarks = [
        f"Règle {r.rule} non respectée ({r.title}) : {len(r.findings)} problème(s)."
        for r in report.failed
    ]
    return Outcome(report.share_passed, remarks)


# --- the scheduling tool's bulk file -------------------------------------------------


def _bulk_rows(answer) -> list:
    expect(
        isinstance(answer, str),
        "L'export pour l'outil de programmation doit être le texte du fichier CSV (une chaîne), "
        "par exemple le résultat de to_bulk_csv(...).",
    )
    rows = scheduling.parse_bulk_csv(answer)
    expect(rows, "L'export pour l'outil de programmation ne contient aucune ligne.")
    return rows


@visible("bloc1.export_programmation")
def check_bulk(answer) -> str:
    rows = _bulk_rows(answer)
    bad = [n for n, (stamp, _, _) in enumerate(rows, start=1) if stamp is None]
    if bad:
        raise CheckFailed(
            f"Export : la date de la ligne {bad[0]} n'est pas au format jj/mm/aaaa hh:mm (24 h) "
            "que l'outil attend."
        )
    return f"Export lisible par l'outil de programmation : {len(rows)} ligne(s)."


@scorer("bloc1.export_programmation", form="le texte du fichier CSV, par exemple le résultat de to_bulk_csv(...)")
def score_bulk(answer, expected) -> Outcome:
    rows = _bulk_rows(answer)
    start, end = _period(expected)
    platform = platforms.platform(expected["plateforme"])
    stamps = [stamp for stamp, _, _ in rows]
    messages = [message for _, message, _ in rows]
    links = [link for _, _, link in rows]
    in_period = all(s is not None and start <= s.date() <= end for s in stamps)
    minutes = all(s is not None and s.minute % 5 == 0 for s in stamps)
    distinct = len({m.strip().casefold() for m in messages}) == len(messages)
    within_limits = all(
        posts.weighted_length(m, platform) <= platform.max_text_chars
        and (platform.max_hashtags is None
             or posts.hashtag_count(m) <= platform.max_hashtags)
        for m in messages
    )
    utm_ok = all(
        link.startswith(("http://", "https://"))
        and all(scheduling.utm_parameters(link).get(k) == v for k, v in expected["utm"].items())
        for link in links
    )
    return _share(
        [
            (len(rows) == expected["lignes"] and len(rows) <= scheduling.BULK_MAX_ROWS,
             (f"Le nombre de lignes ne correspond pas aux publications {platform.name} "
              "de la période prévues par la charte.")),
            (in_period, "Des dates sont illisibles ou hors de la période du calendrier."),
            (minutes, "Des horaires ont des minutes qui ne finissent pas par 0 ou 5."),
            (distinct, "Des messages sont en double : l'outil les refusera."),
            (within_limits, (f"Des messages dépassent les limites de {platform.name} "
                             "(caractères ou hashtags).")),
            (utm_ok, "Des liens manquent ou ne portent pas les paramètres UTM demandés."),
        ]
    )


# --- the iCalendar file -----------------------------------------------------------------


def _ics(answer) -> dict:
    expect(
        isinstance(answer, str) and answer.lstrip().startswith("BEGIN:VCALENDAR"),
        "L'export iCalendar doit être le texte du fichier .ics, qui commence par BEGIN:VCALENDAR "
        "(par exemple le résultat de calendar_to_ics(...)).",
    )
    parsed = scheduling.parse_ics(answer)
    expect(parsed["events"], "L'export iCalendar ne contient aucun événement (VEVENT).")
    expect(
        all("DTSTART" in e for e in parsed["events"]),
        "Chaque événement du fichier .ics doit avoir une date de début (DTSTART).",
    )
    return parsed


@visible("bloc1.export_ics")
def check_ics(answer) -> str:
    parsed = _ics(answer)
    return f"Fichier iCalendar lisible : {len(parsed['events'])} événement(s)."


def _paris_date(value: str) -> date | None:
    try:
        return scheduling.ics_start(value).astimezone(scheduling.PARIS).date()
    except ValueError:
        return None


@scorer("bloc1.export_ics", form=(
    "le texte du fichier .ics, qui commence par BEGIN:VCALENDAR (le résultat de calendar_to_ics(...))"))
def score_ics(answer, expected) -> Outcome:
    parsed = _ics(answer)
    events = parsed["events"]
    start, end = _period(expected)
    lines = answer.split("\r\n")
    well_formed = (
        parsed["calendar"].get("VERSION") == "2.0"
        and "PRODID" in parsed["calendar"]
        and answer.endswith("END:VCALENDAR\r\n")
        and all("\n" not in line for line in lines)
        and all(len(line.encode("utf-8")) <= scheduling.ICS_LINE_OCTETS for line in lines)
    )
    uids = [e.get("UID", "") for e in events]
    identified = all(uids) and len(set(uids)) == len(uids) and all("DTSTAMP" in e for e in events)
    days = [_paris_date(e["DTSTART"]) for e in events]
    in_period = all(d is not None and start <= d <= end for d in days)
    titled = all(
        any(e.get("SUMMARY", "").startswith(name) for name in brand.VALIDATED_FREQUENCY)
        for e in events
    )
    return _share(
        [
            (well_formed, ("Le fichier ne respecte pas la norme iCalendar (version, PRODID, "
                           "fins de ligne CRLF, lignes de 75 octets au plus).")),
            (len(events) == expected["evenements"],
             "Le nombre d'événements ne correspond pas aux publications du calendrier."),
            (identified, "Chaque événement doit avoir un UID unique et un DTSTAMP."),
            (in_period, "Des événements tombent hors de la période du calendrier."),
            (titled, "Le titre de chaque événement doit commencer par le réseau social concerné."),
        ]
    )


# --- the workload estimate -------------------------------------------------------------


def _workload(answer) -> tuple[dict, dict]:
    data = as_mapping(answer, "charge_travail")
    for key in ("publications_par_format", "heures_par_semaine"):
        expect(key in data, f"charge_travail : la clé « {key} » manque.")
    counts = as_mapping(data["publications_par_format"], "charge_travail['publications_par_format']")
    hours = as_mapping(data["heures_par_semaine"], "charge_travail['heures_par_semaine']")
    for fmt, n in counts.items():
        as_number(n, f"Le nombre de publications au format « {fmt} »")
    for role, h in hours.items():
        number = as_number(h, f"La charge de « {role} »")
        expect(number >= 0, f"La charge de « {role} » est négative.")
    return counts, hours


@visible("bloc1.charge_travail")
def check_workload(answer) -> str:
    counts, hours = _workload(answer)
    expect(counts, "charge_travail['publications_par_format'] est vide.")
    expect(hours, "charge_travail['heures_par_semaine'] est vide.")
    return (
        f"Estimation lisible : {int(sum(float(n) for n in counts.values()))} publication(s), "
        f"{len(hours)} rôle(s)."
    )


@scorer("bloc1.charge_travail", form=(
    "un dictionnaire {\"publications_par_format\": {format: nombre}, "
    "\"heures_par_semaine\": {rôle: heures}}"))
def score_workload(answer, expected) -> Outcome:
    counts, hours = _workload(answer)
    table, weeks = expected["temps"], float(expected["semaines"])
    committee = expected["comite"]  # role -> hours of the weekly editorial committee
    roles = sorted({role for minutes in table.values() for role in minutes})
    counts, hours = canonical_keys(counts, table), canonical_keys(hours, roles)
    remarks = []
    formats_ok = all(fmt in table for fmt in counts)
    total_ok = round(sum(float(n) for n in counts.values())) == expected["publications"]
    if not formats_ok:
        remarks.append("Des formats ne figurent pas dans le tableau des temps de production.")
    if not total_ok:
        remarks.append("Le nombre total de publications ne correspond pas à la fréquence de la charte.")
    wrong = []
    for role in roles:
        minutes = sum(float(n) * table.get(fmt, {}).get(role, 0) for fmt, n in counts.items())
        wanted = minutes / 60 / weeks + float(committee.get(role, 0))
        try:
            given = float(hours.get(role))
        except (TypeError, ValueError):
            given = float("nan")
        if not abs(given - wanted) <= 0.051:
            wrong.append(role)
    if wrong:
        remarks.append(
            f"Charge hebdomadaire à revoir pour : {', '.join(wrong)} (temps par format × nombre "
            "de publications, sur le nombre de semaines, plus le comité éditorial)."
        )
    fraction = 0.25 * ((formats_ok + total_ok) / 2) + 0.75 * (len(roles) - len(wrong)) / len(roles)
    return Outcome(fraction, remarks)


# --- the editorial committee's RACI ---------------------------------------------------


def _raci_frame(answer) -> pd.DataFrame:
    expect(
        isinstance(answer, pd.DataFrame),
        "La matrice RACI doit être un tableau pandas : tâches en index, rôles en colonnes.",
    )
    expect(not answer.empty, "La matrice RACI est vide.")
    return answer


@visible("bloc1.raci")
def check_raci(answer) -> str:
    frame = _raci_frame(answer)
    report = raci.validate_raci(frame)
    return (
        f"Matrice lisible : {len(frame)} tâche(s) × {len(frame.columns)} rôle(s) ; "
        + ("aucune anomalie RACI." if report.passed
           else f"{len(report.findings)} anomalie(s) : voir validate_raci(raci).summary().")
    )


@scorer("bloc1.raci", form="un DataFrame : les tâches en index, les rôles en colonnes, des lettres R, A, C, I")
def score_raci(answer, expected) -> Outcome:
    frame = _raci_frame(answer)
    tasks, roles = expected["taches"], expected["roles"]
    remarks = []
    missing_roles = [r for r in roles if r not in frame.columns]
    if missing_roles:
        remarks.append(f"Rôle(s) du comité absent(s) des colonnes : {', '.join(missing_roles)}.")
    missing_tasks = [t for t in tasks if t not in [str(i) for i in frame.index]]
    if missing_tasks:
        remarks.append(f"{len(missing_tasks)} tâche(s) de l'énoncé absente(s) de l'index.")
    report = raci.validate_raci(frame)
    in_error = report.tasks_in_error()
    valid = [t for t in tasks if t not in missing_tasks and t not in in_error]
    remarks += [str(f) for f in report.findings if str(f.row) in tasks]
    accountable = raci.accountable_of(frame)
    imposed = expected["imposes"]
    kept = [t for t, role in imposed.items() if accountable.get(t) == [role]]
    if len(kept) < len(imposed):
        remarks.append("Une ou plusieurs décisions fixées par l'énoncé (qui approuve quoi) "
                       "ne sont pas respectées.")
    roles_ok = not missing_roles
    fraction = 0.1 * roles_ok + 0.6 * len(valid) / len(tasks) + 0.3 * len(kept) / len(imposed)
    return Outcome(fraction, remarks)
