"""Automated publishing and platform set-up (C3.2.1, C3.2.2): posting slots, Hootsuite's bulk import
file and the brand's profiles.

English code; the messages a candidate reads are French. The rules come from
:mod:`cmcert_lib.facts.scheduling` (Hootsuite, profiles), :mod:`cmcert_lib.facts.platforms` (posts'
limits) and :mod:`cmcert_lib.facts.brand` (the validated weekly frequency).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pandas as pd

from cmcert_lib.domain import kpi, posts
from cmcert_lib.facts import brand, platforms
from cmcert_lib.facts import scheduling as rules

__all__ = [
    "BANDES", "JOURS", "RESEAUX", "band_of", "bulk_composer_frame", "creneau", "lire_creneau",
    "profile_problems", "profile_rules_table", "queue_problems", "slot_rates", "upload_time",
]

JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# Hour bands of the day: (label, first hour, first hour after the band).
BANDES = (("7h-9h", 7, 9), ("9h-12h", 9, 12), ("12h-14h", 12, 14), ("14h-17h", 14, 17),
          ("17h-20h", 17, 20), ("20h-23h", 20, 23))
RESEAUX = tuple(brand.VALIDATED_FREQUENCY)
# A slot with fewer posts than this says nothing: one lucky post is not a pattern.
MIN_POSTS_PER_SLOT = 3
MAX_ROWS = 2_000
MAX_TEXT = 10_000


def band_of(hour: int) -> str | None:
    """The label of the hour band an hour (0-23) falls in; None outside 7h-23h."""
    for label, start, end in BANDES:
        if start <= hour < end:
            return label
    return None


def creneau(jour: str, bande: str) -> str:
    """A slot's label: « mardi 12h-14h »."""
    return f"{jour} {bande}"


_SLOT = re.compile(r"^\s*([a-zé]+)\s+(\d{1,2})\s*h?\s*(?:00)?\s*[-–à]\s*(\d{1,2})\s*h?\s*(?:00)?\s*$")


def lire_creneau(value: Any) -> tuple[str, str] | None:
    """(day, band) from « Mardi 12h-14h », « mardi 12-14 », (« mardi », « 12h-14h »); None when unreadable."""
    if isinstance(value, (list, tuple)) and len(value) == 2:
        value = f"{value[0]} {value[1]}"
    if not isinstance(value, str) or len(value) > 60:
        return None
    text = value.lower().replace("\u2009", " ").replace("\xa0", " ")
    found = _SLOT.match(text)
    if not found:
        return None
    day = found[1].replace("é", "e")
    if day not in JOURS:
        return None
    band = f"{int(found[2])}h-{int(found[3])}h"
    return (day, band) if band in {b for b, _, _ in BANDES} else None


def slot_rates(history: pd.DataFrame, reach: str = "Portée", interactions: str = "Interactions",
               when: str = "Date de publication", network: str = "Réseau") -> pd.DataFrame:
    """Engagement rate on reach of every slot (network × day × band), with its number of posts.

    The rate is :func:`cmcert_lib.domain.kpi.engagement_rates`' aggregate: the slot's interactions over
    its reach. Columns: ``Réseau``, ``Jour``, ``Tranche``, ``Publications``, ``Taux``.
    """
    frame = history.copy()
    stamps = pd.to_datetime(frame[when])
    frame["Jour"] = stamps.dt.day_of_week.map(dict(enumerate(JOURS)))
    frame["Tranche"] = stamps.dt.hour.map(band_of)
    frame = frame.dropna(subset=["Tranche"])
    keys = [network, "Jour", "Tranche"]
    rates = kpi.engagement_rates(frame, keys, [interactions], reach).rename("Taux")
    counts = frame.groupby(keys).size().rename("Publications")
    table = pd.concat([counts, rates], axis=1).reset_index().rename(columns={network: "Réseau"})
    return table


def upload_time() -> datetime:
    """When the queue is uploaded to Hootsuite: the Monday before the plan starts, at 10:00 (Paris)."""
    start = brand.PLAN_START
    monday = start - timedelta(days=start.weekday() or 7)
    return datetime(monday.year, monday.month, monday.day, 10, 0)


def _as_datetime(value: Any) -> datetime | None:
    """A wall-clock time in Paris from a datetime, a Timestamp or a text (« 15/09/2027 12:30 », ISO)."""
    if isinstance(value, datetime):
        stamp = pd.Timestamp(value)
        if stamp.tzinfo is not None:
            stamp = stamp.tz_convert(brand.TIMEZONE).tz_localize(None)
        return stamp.to_pydatetime()
    if isinstance(value, str) and len(value) <= 40:
        text = value.strip()
        if rules.HOOTSUITE_DATE_PATTERN.match(text):
            try:
                return datetime.strptime(text, rules.HOOTSUITE_DATE_FORMAT)
            except ValueError:
                return None
        try:
            stamp = pd.Timestamp(text)
        except (ValueError, TypeError, OverflowError):
            return None
        if pd.isna(stamp):
            return None
        if stamp.tzinfo is not None:
            stamp = stamp.tz_convert(brand.TIMEZONE).tz_localize(None)
        return stamp.to_pydatetime()
    return None


def bulk_composer_frame(queue: pd.DataFrame, network: str | None = None) -> pd.DataFrame:
    """The rows of Hootsuite's Bulk Composer file (Date, Message, Link) for one network, or all.

    Dates are written in the upload window's day-first format (« 15/09/2027 12:30 »).
    """
    rows = queue if network is None else queue[queue["Réseau"] == network]
    dates = [(_as_datetime(d) or d) for d in rows["Date"]]
    return pd.DataFrame({
        "Date": [d.strftime(rules.HOOTSUITE_DATE_FORMAT) if isinstance(d, datetime) else str(d) for d in dates],
        "Message": list(rows["Message"]),
        "Link": ["" if (v is None or (isinstance(v, float) and math.isnan(v))) else str(v) for v in rows["Lien"]],
    }, columns=list(rules.HOOTSUITE_COLUMNS))


def _network(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    key = value.strip().casefold()
    return next((n for n in (*RESEAUX, "Pinterest") if n.casefold() == key), None)


def _link_problem(link: Any, network: str) -> str | None:
    if link is None or (isinstance(link, float) and math.isnan(link)) or link == "":
        return None
    if not isinstance(link, str) or len(link) > 2000:
        return "lien illisible"
    parts = urlsplit(link.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return "lien sans https:// ni domaine"
    if parts.netloc.removeprefix("www.") == brand.BRAND_DOMAIN:
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if not all(query.get(p) for p in rules.PROFILE_UTM):
            return "lien vers le site sans ses paramètres UTM (utm_source, utm_medium, utm_campaign)"
        if query["utm_source"].casefold() != network.casefold():
            return "utm_source ne nomme pas le réseau de la publication"
    return None


def _slot_sets(best_slots: Any) -> dict[str, set]:
    """The readable slots of each network, from a mapping (or Series) of lists; anything else gives none."""
    if isinstance(best_slots, pd.Series):
        best_slots = best_slots.to_dict()
    if not isinstance(best_slots, Mapping):
        return {}
    result: dict[str, set] = {}
    for key, values in list(best_slots.items())[:20]:
        network = _network(key)
        if network and isinstance(values, (list, tuple, pd.Series)):
            result[network] = {lire_creneau(v) for v in list(values)[:50]} - {None}
    return result


def _week_monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def queue_problems(queue: Any, best_slots: Mapping[str, Iterable] | None = None,
                   upload: datetime | None = None) -> dict[str, list[str]]:
    """What Hootsuite and the brand's rules refuse in a September queue, by rule.

    ``queue``: a table with ``Réseau``, ``Date``, ``Message``, ``Lien``. The rules: ``format`` (Hootsuite:
    date readable, minutes in steps of 5, at least 10 minutes after the upload, in September, at most 350
    rows, no duplicate message, links), ``frequence`` (the validated posts a week in each whole week,
    never more in a partial one), ``creneaux`` (every post in one of its network's best slots, when they
    are given), ``limites`` (text and hashtags within the network's limits). Each list holds French
    problems; an empty list: the rule is kept.
    """
    found: dict[str, list[str]] = {"format": [], "frequence": [], "creneaux": [], "limites": []}
    if not isinstance(queue, pd.DataFrame):
        found["format"].append("la file n'est pas un tableau")
        return found
    missing = [c for c in ("Réseau", "Date", "Message", "Lien") if c not in queue.columns]
    if missing:
        found["format"].append("colonne(s) manquante(s) : " + ", ".join(missing))
        return found
    upload = upload or upload_time()
    earliest = upload + timedelta(minutes=rules.HOOTSUITE_MIN_LEAD_MINUTES)
    start = brand.PLAN_START
    rows = queue.head(MAX_ROWS)
    if len(queue) > rules.HOOTSUITE_MAX_ROWS:
        found["format"].append(f"plus de {rules.HOOTSUITE_MAX_ROWS} lignes")
    counts: dict[tuple[str, date], int] = {}
    seen: set[tuple[str, str]] = set()
    slots = _slot_sets(best_slots)
    for position, (net, when, message, link) in enumerate(
            zip(rows["Réseau"], rows["Date"], rows["Message"], rows["Lien"], strict=True), start=1):
        network = _network(net)
        where = f"ligne {position}"
        if network is None or network not in RESEAUX:
            found["format"].append(f"{where} : réseau inconnu ou hors du rythme validé")
            continue
        stamp = _as_datetime(when)
        if stamp is None:
            found["format"].append(f"{where} : date illisible (format JJ/MM/AAAA HH:MM attendu)")
            continue
        if stamp.minute % rules.HOOTSUITE_MINUTE_STEP or stamp.second:
            found["format"].append(f"{where} : l'heure ne finit pas par 0 ou 5")
        if stamp < earliest:
            found["format"].append(f"{where} : moins de {rules.HOOTSUITE_MIN_LEAD_MINUTES} minutes après l'import")
        if (stamp.year, stamp.month) != (start.year, start.month):
            found["format"].append(f"{where} : hors du mois de septembre {start.year}")
        text = message if isinstance(message, str) else ""
        key = (network, " ".join(text.split()).casefold())
        if key in seen:
            found["format"].append(f"{where} : message en double sur {network}")
        seen.add(key)
        problem = _link_problem(link, network)
        if problem:
            found["format"].append(f"{where} : {problem}")
        monday = _week_monday(stamp.date())
        counts[(network, monday)] = counts.get((network, monday), 0) + 1
        if best_slots is not None:
            slot = (JOURS[stamp.weekday()], band_of(stamp.hour))
            if slot not in slots.get(network, set()):
                found["creneaux"].append(f"{where} : hors des meilleurs créneaux retenus pour {network}")
        platform = platforms.PLATFORMS[network]
        if not text.strip():
            found["limites"].append(f"{where} : message vide")
        elif len(text) > MAX_TEXT or posts.weighted_length(text, platform) > platform.max_text_chars:
            found["limites"].append(f"{where} : texte trop long pour {network}")
        elif platform.max_hashtags is not None and posts.hashtag_count(text) > platform.max_hashtags:
            found["limites"].append(f"{where} : trop de hashtags pour {network}")
    first_monday = _week_monday(start)
    last = date(start.year, start.month + 1, 1) - timedelta(days=1) if start.month < 12 else date(start.year, 12, 31)
    monday = first_monday
    while monday <= last:
        whole = monday >= start and monday + timedelta(days=6) <= last
        for network, per_week in brand.VALIDATED_FREQUENCY.items():
            n = counts.get((network, monday), 0)
            if (whole and n != per_week) or n > per_week:
                found["frequence"].append(f"{network}, semaine du {monday:%d/%m} : {n} publication(s)")
        monday += timedelta(days=7)
    return found


# --- profiles --------------------------------------------------------------------------------------

PROFILE_COLUMNS = ("Réseau", "Nom affiché", "Identifiant", "Bio", "Lien", "Photo de profil", "Couverture",
                   "Catégorie", "Compte professionnel")


def _size(value: Any) -> tuple[int, int] | None:
    if isinstance(value, str) and len(value) <= 30:
        found = re.match(r"^\s*(\d{2,5})\s*[x×X*]\s*(\d{2,5})\s*(?:px)?\s*$", value)
        if found:
            return int(found[1]), int(found[2])
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(
            isinstance(v, int) and not isinstance(v, bool) for v in value):
        return int(value[0]), int(value[1])
    return None


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or (
        isinstance(value, str) and value.strip() in ("", "-", "—", "aucune", "sans objet"))


def _handle(value: Any) -> str | None:
    return value.strip().removeprefix("@").casefold() if isinstance(value, str) and len(value) <= 120 else None


def profile_problems(row: Mapping[str, Any], name: str = brand.BRAND) -> dict[str, str]:
    """What is wrong with one profile, by field (French); an empty dict: the profile is complete.

    The handle is checked against the network's rules here; its consistency across networks is the
    caller's (every network the same handle).
    """
    network = _network(row.get("Réseau"))
    if network is None or network not in rules.PROFILES:
        return {"Réseau": "réseau inconnu"}
    spec = rules.PROFILES[network]
    found: dict[str, str] = {}
    if not (isinstance(row.get("Nom affiché"), str) and row["Nom affiché"].strip() == name):
        found["Nom affiché"] = "le nom affiché n'est pas le nom exact de la marque"
    handle = _handle(row.get("Identifiant"))
    if handle is None or not re.match(spec.handle_pattern, handle):
        found["Identifiant"] = f"identifiant refusé par {network} (caractères ou longueur)"
    bio = row.get("Bio")
    if not isinstance(bio, str) or len(bio.strip().split()) < 4:
        found["Bio"] = "bio absente ou trop pauvre"
    elif len(bio) > spec.bio_max_chars:
        found["Bio"] = f"bio plus longue que la limite du réseau ({network})"
    link = row.get("Lien")
    problem = _link_problem(link, network) if isinstance(link, str) and link.strip() else "lien absent"
    if problem is None and urlsplit(link.strip()).netloc.removeprefix("www.") != brand.BRAND_DOMAIN:
        problem = "le lien ne mène pas au site de la marque"
    if problem is None and "utm_source" not in link:
        problem = "lien sans paramètres UTM"
    if problem:
        found["Lien"] = problem
    if _size(row.get("Photo de profil")) != spec.picture:
        found["Photo de profil"] = f"taille de photo de profil différente de la recommandation du réseau ({network})"
    cover = _size(row.get("Couverture"))
    if spec.cover is None:
        if not _empty(row.get("Couverture")):
            found["Couverture"] = f"{network} n'a pas d'image de couverture de profil"
    elif cover != spec.cover:
        found["Couverture"] = f"taille de couverture différente de la recommandation du réseau ({network})"
    category = row.get("Catégorie")
    if not (isinstance(category, str) and any(category.strip().casefold() == c.casefold()
                                              for c in spec.categories)):
        found["Catégorie"] = f"catégorie absente de la liste du réseau ({network})"
    pro = row.get("Compte professionnel")
    if not (pro is True or (isinstance(pro, str) and pro.strip().casefold() in ("oui", "yes", "true", "vrai"))):
        found["Compte professionnel"] = "le compte n'est pas un compte professionnel"
    return found


def profile_rules_table() -> pd.DataFrame:
    """The profile rules of every network as a table, for the candidate (French headings)."""
    def size(pair: tuple[int, int] | None) -> str:
        return "—" if pair is None else f"{pair[0]} x {pair[1]}"

    return pd.DataFrame([
        {"Réseau": r.network, "Champ de la bio": r.bio_field, "Bio (caractères max)": r.bio_max_chars,
         "Photo de profil": size(r.picture), "Couverture": size(r.cover),
         "Identifiant": r.handle_rule, "Catégories": " | ".join(r.categories),
         "Source": r.source.url}
        for r in rules.PROFILES.values()
    ]).set_index("Réseau")
