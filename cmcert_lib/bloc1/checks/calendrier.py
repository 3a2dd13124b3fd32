"""Notebook 06 (calendar and editorial workflow): checks and scorers.

Every scorer is a function of the candidate's plain-data answer and the
hidden ``expected`` literal only (the period, the tolerance, the time table
...): the candidate's own calendar is judged by the library's rules, not
compared with the model calendar.
"""

from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import urlsplit

import pandas as pd

from cmcert_lib.bloc1 import calendar_rules, raci, scheduling
from cmcert_lib.checks.core import (
    CheckFailed,
    Outcome,
    as_mapping,
    as_number,
    canonical_keys,
    canonical_label,
    expect,
    rounding_tolerance,
    scorer,
    visible,
)
from cmcert_lib.domain import posts
from cmcert_lib.facts import brand, platforms

CAMPAIGN_WEEKS = 4
# The rule whose findings are the posts with no written text: it weighs on every other rule.
CONTENT_RULE = "CONTENU"
# The statement: weekly hours « arrondie au dixième ».
HOURS_DECIMALS = 1


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
    """The share of the library's rules the calendar keeps, times the share of its posts that are
    written (a placeholder or a template said again is not a planned publication): shape alone,
    with nothing written, earns nothing."""
    start, end = _period(expected)
    report = _report(answer, start, end, float(expected["tolerance"]))
    rules = [r for r in report.results if r.rule != CONTENT_RULE]
    remarks = [
        f"Règle {r.rule} non respectée ({r.title}) : {len(r.findings)} problème(s)."
        for r in rules if not r.passed
    ]
    posts_count = len(answer)
    hollow = {f.row for f in report.findings if f.rule == CONTENT_RULE}
    written = (posts_count - len(hollow)) / posts_count
    if hollow:
        remarks.append(
            f"{len(hollow)} publication(s) sur {posts_count} n'ont pas de texte rédigé (texte d'attente ou "
            "texte répété d'une publication à l'autre, règle CONTENU) : la part des règles respectées est "
            "multipliée par la part des publications rédigées."
        )
    return Outcome(sum(r.passed for r in rules) / len(rules) * written, remarks)


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


def _texts_frame(platform_name: str, texts: list[str]) -> pd.DataFrame:
    """Published texts as the calendar's rules read them (one network, no separate hashtags)."""
    return pd.DataFrame({calendar_rules.PLATFORM: platform_name, calendar_rules.TEXT: texts,
                         calendar_rules.HASHTAGS: ""}, index=range(1, len(texts) + 1))


def _written_share(platform_name: str, texts: list[str]) -> tuple[float, int]:
    """The share of texts that are written posts, and how many are not (placeholders, repeats)."""
    if not texts:
        return 0.0, 0
    hollow = len(calendar_rules.written(_texts_frame(platform_name, texts)))
    return (len(texts) - hollow) / len(texts), hollow


def _charter_kept(platform_name: str, texts: list[str]) -> bool:
    frame = _texts_frame(platform_name, texts)
    return not (calendar_rules.rule_claims(frame, None) or calendar_rules.rule_writing(frame, None))


def _on_brand_site(link: str) -> bool:
    host = urlsplit(link).hostname or ""
    return host == brand.BRAND_DOMAIN or host.endswith("." + brand.BRAND_DOMAIN)


@scorer("bloc1.export_programmation", form="le texte du fichier CSV, par exemple le résultat de to_bulk_csv(...)")
def score_bulk(answer, expected) -> Outcome:
    """Equal checks of the file, times the share of its messages that are written posts."""
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
        link.startswith(("http://", "https://")) and _on_brand_site(link)
        and all(scheduling.utm_parameters(link).get(k) == v for k, v in expected["utm"].items())
        for link in links
    )
    outcome = _share(
        [
            (len(rows) == expected["lignes"] and len(rows) <= scheduling.BULK_MAX_ROWS,
             (f"Le nombre de lignes ne correspond pas aux publications {platform.name} "
              "de la période prévues par la charte.")),
            (in_period, "Des dates sont illisibles ou hors de la période du calendrier."),
            (minutes, "Des horaires ont des minutes qui ne finissent pas par 0 ou 5."),
            (distinct, "Des messages sont en double : l'outil les refusera."),
            (within_limits, (f"Des messages dépassent les limites de {platform.name} "
                             "(caractères ou hashtags).")),
            (_charter_kept(platform.name, messages),
             ("Des messages enfreignent la charte (allégation interdite, hashtags hors CamelCase, "
              "emojis, caractères fantaisie).")),
            (utm_ok, ("Des liens manquent, ne mènent pas au site de la marque ou ne portent pas les "
                     "paramètres UTM demandés.")),
        ]
    )
    share, hollow = _written_share(platform.name, messages)
    if hollow:
        outcome.remarks.append(
            f"{hollow} message(s) sur {len(messages)} ne sont pas des publications rédigées (texte d'attente "
            "ou même texte répété) : la note est multipliée par la part des messages rédigés."
        )
    return Outcome(outcome.fraction * share, outcome.remarks)


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


def _title_parts(summary: str) -> tuple[str, str, str] | None:
    """(network, format, pillar) of a title « réseau · format · pilier » in the charter's and the
    platforms' spelling, or None when the title is not one."""
    parts = [p.strip() for p in summary.split(scheduling.SUMMARY_SEPARATOR.strip())]
    if len(parts) != 3:
        return None
    network = canonical_label(parts[0], brand.VALIDATED_FREQUENCY)
    if network not in brand.VALIDATED_FREQUENCY:
        return None
    fmt = canonical_label(parts[1], platforms.platform(network).formats)
    pillar = canonical_label(parts[2], brand.VALIDATED_PILLARS)
    if fmt not in platforms.platform(network).formats or pillar not in brand.VALIDATED_PILLARS:
        return None
    return network, fmt, pillar


def _weekly_rhythm(days: list[date | None], networks: list[str | None], start: date, end: date) -> bool:
    """Every full week of the period carries the charter's number of events on every network."""
    for first in calendar_rules.week_starts(start, end):
        last = first + timedelta(days=6)
        for network, wanted in brand.VALIDATED_FREQUENCY.items():
            count = sum(1 for d, n in zip(days, networks, strict=True)
                        if n == network and d is not None and first <= d <= last)
            if count != wanted:
                return False
    return True


@scorer("bloc1.export_ics", form=(
    "le texte du fichier .ics, qui commence par BEGIN:VCALENDAR (le résultat de calendar_to_ics(...))"))
def score_ics(answer, expected) -> Outcome:
    """Equal checks of the file and of its events, times the share of events that carry a written post."""
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
    titles = [_title_parts(e.get("SUMMARY", "")) for e in events]
    networks = [t[0] if t else None for t in titles]
    texts = {name: [scheduling.event_text(e.get("DESCRIPTION", "")) for e, n in zip(events, networks, strict=True)
                    if n == name] for name in brand.VALIDATED_FREQUENCY}
    outcome = _share(
        [
            (well_formed, ("Le fichier ne respecte pas la norme iCalendar (version, PRODID, "
                           "fins de ligne CRLF, lignes de 75 octets au plus).")),
            (len(events) == expected["evenements"],
             "Le nombre d'événements ne correspond pas aux publications du calendrier."),
            (identified, "Chaque événement doit avoir un UID unique et un DTSTAMP."),
            (in_period, "Des événements tombent hors de la période du calendrier."),
            (all(titles), ("Le titre de chaque événement doit être « réseau · format · pilier », avec un "
                           "réseau et un pilier de la charte et un format possible sur ce réseau.")),
            (_weekly_rhythm(days, networks, start, end),
             ("Les événements ne suivent pas, semaine par semaine, le nombre de publications de la charte "
             "sur chaque réseau.")),
            (all(_charter_kept(name, found) for name, found in texts.items()),
             ("Des textes de publication enfreignent la charte (allégation interdite, hashtags hors "
              "CamelCase, emojis, caractères fantaisie).")),
        ]
    )
    written = sum(round(_written_share(name, found)[0] * len(found)) for name, found in texts.items())
    if written < len(events):
        outcome.remarks.append(
            f"{len(events) - written} événement(s) sur {len(events)} ne portent pas le texte rédigé d'une "
            "publication (description vide, texte d'attente ou répété, titre illisible) : la note est "
            "multipliée par la part des événements qui en portent un."
        )
    return Outcome(outcome.fraction * written / len(events), outcome.remarks)


# --- the workload estimate -------------------------------------------------------------

# The activities the weekly estimate covers, as the statement names them: producing the posts is
# one of five, moderating, watching (veille) and reporting weigh as much over a week.
ACTIVITIES = ("Production", "Modération", "Veille", "Reporting", "Comité éditorial")
WORKLOAD_KEYS = ("publications_par_format", "publications_par_reseau", "heures_par_semaine", "heures_par_activite")


def _workload(answer) -> dict[str, dict]:
    data = as_mapping(answer, "charge_travail")
    for key in WORKLOAD_KEYS:
        expect(key in data, f"charge_travail : la clé « {key} » manque.")
    parts = {key: as_mapping(data[key], f"charge_travail['{key}']") for key in WORKLOAD_KEYS}
    for key in ("publications_par_format", "publications_par_reseau"):
        for label, n in parts[key].items():
            as_number(n, f"charge_travail['{key}'][« {label} »]")
    for key in ("heures_par_semaine", "heures_par_activite"):
        for label, h in parts[key].items():
            number = as_number(h, f"charge_travail['{key}'][« {label} »]")
            expect(number >= 0, f"charge_travail['{key}'][« {label} »] est négatif.")
    return parts


@visible("bloc1.charge_travail")
def check_workload(answer) -> str:
    parts = _workload(answer)
    for key in WORKLOAD_KEYS:
        expect(parts[key], f"charge_travail['{key}'] est vide.")
    activities = canonical_keys(parts["heures_par_activite"], ACTIVITIES)
    missing = [a for a in ACTIVITIES if a not in activities]
    expect(not missing, "charge_travail['heures_par_activite'] : activité(s) manquante(s) "
                        f"{', '.join(missing)} ; une charge ne se limite pas à la production.")
    return (
        f"Estimation lisible : {int(sum(float(n) for n in parts['publications_par_format'].values()))} "
        f"publication(s), {len(parts['heures_par_semaine'])} rôle(s), {len(ACTIVITIES)} activités."
    )


def _hours(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def _close(given, wanted: float) -> bool:
    return abs(_hours(given) - wanted) <= rounding_tolerance(HOURS_DECIMALS)


@scorer("bloc1.charge_travail", form=(
    "un dictionnaire {\"publications_par_format\": {format: nombre}, \"publications_par_reseau\": "
    "{réseau: nombre}, \"heures_par_semaine\": {rôle: heures}, \"heures_par_activite\": "
    "{activité: heures}}"), decimals=HOURS_DECIMALS)
def score_workload(answer, expected) -> Outcome:
    """A fifth for the counts (formats, networks, total), half for each role's weekly hours and
    three tenths for each activity's: production, moderation after every post, veille, reporting
    and the editorial committee. An estimate of production alone earns little."""
    parts = _workload(answer)
    table, weeks = expected["temps"], float(expected["semaines"])
    moderation = expected["moderation"]  # network -> {role: minutes after each post}
    weekly = expected["hebdo"]  # activity -> {role: hours a week}
    roles = sorted({role for minutes in table.values() for role in minutes})
    counts = canonical_keys(parts["publications_par_format"], table)
    networks = canonical_keys(parts["publications_par_reseau"], moderation)
    hours = canonical_keys(parts["heures_par_semaine"], roles)
    activities = canonical_keys(parts["heures_par_activite"], ACTIVITIES)
    remarks = []
    formats_ok = all(fmt in table for fmt in counts)
    networks_ok = all(n in moderation for n in networks)
    total_ok = (round(sum(float(n) for n in counts.values())) == expected["publications"]
                == round(sum(float(n) for n in networks.values())))
    if not formats_ok:
        remarks.append("Des formats ne figurent pas dans le tableau des temps de production.")
    if not networks_ok:
        remarks.append("Des réseaux ne figurent pas dans le tableau de la modération.")
    if not total_ok:
        remarks.append("Le nombre total de publications (par format et par réseau) ne correspond pas à la "
                       "fréquence de la charte.")
    per_activity: dict[str, dict[str, float]] = {a: dict.fromkeys(roles, 0.0) for a in ACTIVITIES}
    for role in roles:
        per_activity["Production"][role] = sum(
            float(n) * table.get(fmt, {}).get(role, 0) for fmt, n in counts.items()) / 60 / weeks
        per_activity["Modération"][role] = sum(
            float(n) * moderation.get(net, {}).get(role, 0) for net, n in networks.items()) / 60 / weeks
        for activity in ("Modération", "Veille", "Reporting", "Comité éditorial"):
            per_activity[activity][role] += float(weekly.get(activity, {}).get(role, 0))
    wrong_roles = [r for r in roles if not _close(hours.get(r), sum(per_activity[a][r] for a in ACTIVITIES))]
    wrong_activities = [a for a in ACTIVITIES if not _close(activities.get(a), sum(per_activity[a].values()))]
    if wrong_roles:
        remarks.append(
            f"Charge hebdomadaire à revoir pour : {', '.join(wrong_roles)} (production : temps par format × "
            "publications ; modération : temps par réseau × publications ; le tout sur le nombre de semaines, "
            "plus la veille, le reporting et le comité de chaque semaine)."
        )
    if wrong_activities:
        remarks.append(
            f"Heures de l'équipe à revoir pour : {', '.join(wrong_activities)} (chaque activité, tous rôles "
            "confondus, par semaine) : la charge comprend la modération, la veille et le reporting, pas "
            "seulement la production."
        )
    fraction = (0.2 * (formats_ok + networks_ok + total_ok) / 3
                + 0.5 * (len(roles) - len(wrong_roles)) / len(roles)
                + 0.3 * (len(ACTIVITIES) - len(wrong_activities)) / len(ACTIVITIES))
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


def _raci_labels(frame: pd.DataFrame, tasks: list[str], roles: list[str]) -> pd.DataFrame:
    """The matrix with its tasks and roles written as the statement writes them (case, accents and
    apostrophes set aside)."""
    return frame.rename(index=lambda t: canonical_label(str(t), tasks),
                        columns=lambda r: canonical_label(str(r), roles))


@scorer("bloc1.raci", form="un DataFrame : les tâches en index, les rôles en colonnes, des lettres R, A, C, I")
def score_raci(answer, expected) -> Outcome:
    """Structure (a tenth), the matrix's own rules task by task (a fifth), and, for most of the
    points, the brief's decisions: who approves what, who does the specialists' work."""
    tasks, roles = expected["taches"], expected["roles"]
    frame = _raci_labels(_raci_frame(answer), tasks, roles)
    external = expected.get("independants", [])
    remarks = []
    missing_roles = [r for r in roles if r not in frame.columns]
    if missing_roles:
        remarks.append(f"Rôle(s) du comité absent(s) des colonnes : {', '.join(missing_roles)}.")
    missing_tasks = [t for t in tasks if t not in [str(i) for i in frame.index]]
    if missing_tasks:
        remarks.append(f"{len(missing_tasks)} tâche(s) de l'énoncé absente(s) de l'index.")
    structure = 1 - (len(missing_roles) / len(roles) + len(missing_tasks) / len(tasks)) / 2
    report = raci.validate_raci(frame, external)
    in_error = report.tasks_in_error()
    valid = [t for t in tasks if t not in missing_tasks and t not in in_error]
    remarks += [str(f) for f in report.findings if str(f.row) in tasks]
    accountable, responsible = raci.accountable_of(frame), raci.responsible_of(frame)
    decisions = [(accountable.get(t) == [role],
                  f"« {t} » : la personne qui approuve (A) n'est pas celle que fixe l'énoncé.")
                 for t, role in expected["imposes"].items()]
    decisions += [(role in responsible.get(t, []),
                   f"« {t} » : le membre de l'équipe dont c'est le métier doit la réaliser (R).")
                  for t, role in expected.get("realisent", {}).items()]
    remarks += [message for kept, message in decisions if not kept]
    kept = sum(ok for ok, _ in decisions) / len(decisions)
    fraction = 0.1 * structure + 0.2 * len(valid) / len(tasks) + 0.7 * kept
    return Outcome(fraction, remarks)
