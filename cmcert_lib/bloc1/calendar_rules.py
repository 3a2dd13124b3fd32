"""Validation of an editorial calendar against the platforms' limits and the validated charter.

A calendar is a pandas DataFrame, one row per planned post, with the French
columns of :data:`COLUMNS`.  Each rule is a function ``rule(calendar, ctx) ->
list[Finding]``; :func:`validate_calendar` runs them all and returns a
:class:`Report` that says, rule by rule, whether the calendar passes.

Platform limits are read from :mod:`cmcert_lib.facts.platforms` only, a post's
hashtags and weighted length from :mod:`cmcert_lib.domain.posts`, and the
charter (pillars, weekly frequency) from :mod:`cmcert_lib.facts.brand`, the editorial
charter's writing rules (forbidden claims, CamelCase hashtags, emojis, alternative texts) from
:mod:`cmcert_lib.bloc1.charter`, and what a placeholder text is from :mod:`cmcert_lib.checks.content`,
so that a change of a platform's rules or of the client's charter is made in one place.
"""

from __future__ import annotations

import numbers
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import pandas as pd

from cmcert_lib.bloc1 import charter
from cmcert_lib.checks import content
from cmcert_lib.checks.core import canonical_label, label_key
from cmcert_lib.domain import posts
from cmcert_lib.facts import brand, french, platforms

# --- the calendar's columns: the one place where their French names are fixed ---

DATE = "date_heure"
PLATFORM = "plateforme"
FORMAT = "format"
PILLAR = "pilier"
STAGE = "etape_parcours"
OBJECTIVE = "objectif"
TEXT = "texte"
VISUAL = "visuel"
ALT_TEXT = "texte_alternatif"
HASHTAGS = "hashtags"
LINK = "lien"
OWNER = "responsable"
STATUS = "statut"

COLUMNS = (
    DATE, PLATFORM, FORMAT, PILLAR, STAGE, OBJECTIVE, TEXT, VISUAL,
    ALT_TEXT, HASHTAGS, LINK, OWNER, STATUS,
)
# Optional: the visual's size in pixels; when given, its proportions are checked against the range
# its format accepts on the platform.
WIDTH, HEIGHT = "largeur", "hauteur"

# Below three words an alternative text cannot describe an image to a screen reader user.
MIN_ALT_WORDS = 3
# Default tolerance on each pillar's share, in share points (0.05 = 5 points).
DEFAULT_PILLAR_TOLERANCE = 0.05

PARIS = brand.TIMEZONE  # calendar times are the brand's local wall-clock times
# "Léa / Tom", "Léa, Tom", "Léa & Tom", "Léa et Tom", "Léa + Tom": a shared post has no owner.
SEVERAL_OWNERS = re.compile(r"[/,;&+]|\bet\b|\bou\b", re.IGNORECASE)


class CalendarError(ValueError):
    """A calendar that cannot be checked at all; the message is French."""


@dataclass(frozen=True)
class Finding:
    """One problem found by a rule; ``row`` is the calendar's row label when it applies."""

    rule: str
    message: str
    row: object = None

    def __str__(self) -> str:
        if self.row is None:
            where = ""
        elif isinstance(self.row, numbers.Integral):
            where = f"ligne {self.row} : "
        else:
            where = f"« {self.row} » : "
        return f"[{self.rule}] {where}{self.message}"


@dataclass
class RuleResult:
    rule: str
    title: str  # French, what the rule requires
    findings: list[Finding] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.findings


@dataclass
class Report:
    results: list[RuleResult]

    @property
    def passed(self) -> bool:
        return all(r.passed for r in self.results)

    @property
    def share_passed(self) -> float:
        return sum(r.passed for r in self.results) / len(self.results)

    @property
    def failed(self) -> list[RuleResult]:
        return [r for r in self.results if not r.passed]

    @property
    def findings(self) -> list[Finding]:
        return [f for r in self.results for f in r.findings]

    def to_frame(self) -> pd.DataFrame:
        """One row per rule: id, what it requires, verdict, number of problems."""
        return pd.DataFrame(
            {
                "règle": [r.rule for r in self.results],
                "exigence": [r.title for r in self.results],
                "résultat": ["conforme" if r.passed else "à corriger" for r in self.results],
                "problèmes": [len(r.findings) for r in self.results],
            }
        )

    def summary(self, max_findings: int = 5) -> str:
        lines = [
            f"{sum(r.passed for r in self.results)} règle(s) respectée(s) sur {len(self.results)}."
        ]
        for result in self.failed:
            lines.append(f"✗ {result.rule} — {result.title}")
            for finding in result.findings[:max_findings]:
                lines.append(f"    {finding}")
            extra = len(result.findings) - max_findings
            if extra > 0:
                lines.append(f"    … et {extra} autre(s) problème(s)")
        return "\n".join(lines)


@dataclass(frozen=True)
class Context:
    start: date
    end: date
    pillars: Mapping[str, float]
    frequency: Mapping[str, int]
    tolerance: float


# --- helpers ------------------------------------------------------------------


def _text(value) -> str:
    """A cell as text; missing values (None, NaN) become the empty string."""
    if value is None:
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value).strip()


def parse_datetimes(calendar: pd.DataFrame) -> pd.Series:
    """The publication dates as Timestamps; NaT where a cell cannot be read."""
    column = calendar[DATE]
    if not pd.api.types.is_datetime64_any_dtype(column):
        # Only ISO text (2027-01-04 09:00) is unambiguous; 04/01 could be April or January.
        column = pd.to_datetime(column.map(_text), errors="coerce", format="ISO8601")
    if getattr(column.dt, "tz", None) is not None:
        column = column.dt.tz_convert(PARIS).dt.tz_localize(None)
    return column


def publication_text(row: Mapping) -> str:
    """What is published: the caption, then the hashtags on their own line when given."""
    text, tags = _text(row.get(TEXT)), _text(row.get(HASHTAGS))
    return f"{text}\n\n{tags}" if tags else text


def week_starts(start: date, end: date) -> list[date]:
    """First day of every full 7-day week of the period, counted from ``start``."""
    weeks, day = [], start
    while day + timedelta(days=6) <= end:
        weeks.append(day)
        day += timedelta(days=7)
    return weeks


def _known_platform(name: str) -> platforms.Platform | None:
    return platforms.PLATFORMS.get(name)


# --- the rules ---------------------------------------------------------------

Rule = Callable[[pd.DataFrame, Context], list[Finding]]


def _size(row: Mapping) -> tuple[int, int] | None:
    """The visual's width and height when the calendar gives both as numbers, else None."""
    try:
        width, height = int(float(_text(row.get(WIDTH)))), int(float(_text(row.get(HEIGHT))))
    except ValueError:
        return None
    return width, height


def rule_format(calendar: pd.DataFrame, ctx: Context) -> list[Finding]:
    """Every post is on a known platform, in a format that platform publishes; a visual whose size
    is given has proportions the format accepts."""
    found = []
    for label, row in calendar.iterrows():
        name, fmt = _text(row[PLATFORM]), _text(row[FORMAT])
        platform = _known_platform(name)
        if platform is None:
            found.append(Finding("FORMAT", f"plateforme inconnue « {name} ».", label))
        elif fmt not in platform.formats:
            allowed = ", ".join(platform.formats)
            found.append(
                Finding("FORMAT", f"format « {fmt} » impossible sur {name} (formats : {allowed}).", label)
            )
        elif (size := _size(row)) is not None and (problem := posts.visual_problem(platform, fmt, *size)):
            found.append(Finding("FORMAT", f"visuel {fmt.lower()} : {problem}.", label))
    return found


def rule_length(calendar: pd.DataFrame, ctx: Context) -> list[Finding]:
    """The published text (caption and hashtags) is present and within the platform's limit."""
    found = []
    for label, row in calendar.iterrows():
        platform = _known_platform(_text(row[PLATFORM]))
        if not _text(row[TEXT]):
            found.append(Finding("LONGUEUR", "texte de publication vide.", label))
            continue
        if platform is None:
            continue
        length = posts.weighted_length(publication_text(row), platform)
        if length > platform.max_text_chars:
            found.append(
                Finding(
                    "LONGUEUR",
                    f"{length} caractères, au-delà de la limite de {platform.name} "
                    f"({platform.max_text_chars}).",
                    label,
                )
            )
    return found


def rule_hashtags(calendar: pd.DataFrame, ctx: Context) -> list[Finding]:
    """No more hashtags than the platform accepts."""
    found = []
    for label, row in calendar.iterrows():
        platform = _known_platform(_text(row[PLATFORM]))
        if platform is None or platform.max_hashtags is None:
            continue
        count = posts.hashtag_count(_text(row[TEXT]), _text(row[HASHTAGS]))
        if count > platform.max_hashtags:
            found.append(
                Finding(
                    "HASHTAGS",
                    f"{count} hashtags ; {platform.name} en accepte {platform.max_hashtags} au plus.",
                    label,
                )
            )
    return found


def rule_alt_text(calendar: pd.DataFrame, ctx: Context) -> list[Finding]:
    """Every visual has an alternative text that describes it (RGAA 4.1), by the charter's definition;
    two different visuals do not share one alternative text."""
    found = []
    seen: dict[str, tuple[object, str]] = {}
    for label, row in calendar.iterrows():
        visual = _text(row[VISUAL])
        if not visual:
            continue
        alt = _text(row[ALT_TEXT])
        problem = charter.alt_text_problem(alt)
        if problem == charter.ALT_MISSING:
            found.append(Finding("ALT", "visuel sans texte alternatif.", label))
        elif problem or alt == visual:
            found.append(Finding("ALT", f"{problem or f'texte alternatif « {alt} » trop pauvre'} : il doit "
                                 "décrire le visuel.", label))
        else:
            key = label_key(alt)
            if key in seen and seen[key][1] != visual:
                found.append(Finding("ALT", f"même texte alternatif que la ligne {seen[key][0]} pour un autre "
                                     "visuel : chaque texte décrit son image.", label))
            seen.setdefault(key, (label, visual))
    return found


def written(calendar: pd.DataFrame) -> dict[object, str]:
    """Row label -> why its text is not a written post (a placeholder, too vague, or the text of an
    earlier post of the same network said again); rows that are real posts are absent."""
    problems: dict[object, str] = {}
    by_platform: dict[str, list[tuple[object, str]]] = {}
    for label, row in calendar.iterrows():
        text = _text(row[TEXT])
        if content.is_filler(text):
            problems[label] = f"texte « {text[:40]} » : un texte d'attente, pas une publication rédigée."
        else:
            by_platform.setdefault(_text(row[PLATFORM]), []).append((label, text))
    for name, rows in by_platform.items():
        texts = [text for _, text in rows]
        for index in sorted(content.repeated(texts)):
            first = next(rows[i][0] for i in range(index) if content.overlap(texts[i], texts[index])
                         >= content.SAME_TEXT_OVERLAP)
            problems[rows[index][0]] = (f"reprend, à quelques mots près, le texte de la ligne {first} sur {name} : "
                                        "chaque publication a son texte.")
    return problems


def rule_content(calendar: pd.DataFrame, ctx: Context) -> list[Finding]:
    """Every post has a text of its own: no placeholder (« à définir »), no template said again."""
    return [Finding("CONTENU", message, label) for label, message in written(calendar).items()]


# The charter's writing rules that a calendar row carries all the data for (its text and hashtags).
CHARTER_WRITING_RULES = ("hashtags_camelcase", "nombre_emojis", "emoji_dans_phrase", "caracteres_fantaisie")


def _charter_findings(calendar: pd.DataFrame, rule_id: str, charter_rules: tuple[str, ...]) -> list[Finding]:
    found = []
    for label, row in calendar.iterrows():
        post = {"plateforme": _text(row[PLATFORM]), "texte": publication_text(row)}
        for ident in charter_rules:
            found += [Finding(rule_id, message, label) for message in charter.RULES[ident].check(post)]
    return found


def rule_claims(calendar: pd.DataFrame, ctx: Context) -> list[Finding]:
    """No claim the charter forbids (therapeutic, generic environmental) in a published text."""
    return _charter_findings(calendar, "ALLEGATIONS", ("allegation_interdite",))


def rule_writing(calendar: pd.DataFrame, ctx: Context) -> list[Finding]:
    """The charter's accessible writing: CamelCase hashtags, few emojis and none inside a sentence,
    no « fancy » Unicode letters."""
    return _charter_findings(calendar, "ECRITURE", CHARTER_WRITING_RULES)


def pillar_shares(calendar: pd.DataFrame) -> dict[str, float]:
    counts = calendar[PILLAR].map(_text).value_counts()
    return {str(k): float(v) / len(calendar) for k, v in counts.items()}


def rule_pillars(calendar: pd.DataFrame, ctx: Context) -> list[Finding]:
    """Each pillar's share of posts is within the tolerance of the validated charter, and no pillar
    is named with a claim the charter forbids."""
    found = []
    for name in ctx.pillars:
        problem = charter.pillar_name_problem(name)
        if problem:
            found.append(Finding("PILIERS", f"pilier refusé, {problem}."))
    shares = pillar_shares(calendar)
    for name in shares:
        if name not in ctx.pillars:
            found.append(Finding("PILIERS", f"pilier « {name} » absent de la charte validée."))
    for name, target in ctx.pillars.items():
        share = shares.get(name, 0.0)
        if abs(share - target) > ctx.tolerance + 1e-9:
            found.append(
                Finding(
                    "PILIERS",
                    f"« {name} » : {share:.0%} des publications, hors de la tolérance "
                    f"de ± {ctx.tolerance * 100:.0f} points autour de l'objectif de la charte.".replace(
                        "%", " %"
                    ),
                )
            )
    return found


def rule_frequency(calendar: pd.DataFrame, ctx: Context) -> list[Finding]:
    """Each platform carries exactly the charter's number of posts in every week of the period."""
    found = []
    when = parse_datetimes(calendar)
    names = calendar[PLATFORM].map(_text)
    for name in sorted(set(names) - set(ctx.frequency)):
        found.append(Finding("FREQUENCE", f"« {name} » n'est pas un réseau retenu par la charte."))
    for number, first in enumerate(week_starts(ctx.start, ctx.end), start=1):
        begin = pd.Timestamp(first)
        in_week = (when >= begin) & (when < begin + pd.Timedelta(days=7))
        for name, wanted in ctx.frequency.items():
            count = int((in_week & (names == name)).sum())
            if count != wanted:
                found.append(
                    Finding(
                        "FREQUENCE",
                        f"semaine {number} (du {french.short_date(first)}) : {count} publication(s) "
                        f"sur {name}, la charte en prévoit {wanted}.",
                    )
                )
    return found


def rule_owner(calendar: pd.DataFrame, ctx: Context) -> list[Finding]:
    """Each post has exactly one owner: one name, never a shared « Léa / Tom »."""
    found = []
    for label, row in calendar.iterrows():
        owner = _text(row[OWNER])
        if not owner:
            found.append(Finding("RESPONSABLE", "aucun responsable désigné.", label))
        elif SEVERAL_OWNERS.search(owner):
            found.append(
                Finding("RESPONSABLE", f"« {owner} » : un seul responsable par publication.", label)
            )
    return found


def rule_period(calendar: pd.DataFrame, ctx: Context) -> list[Finding]:
    """Every date is readable and inside the period (both ends included)."""
    found = []
    when = parse_datetimes(calendar)
    first, last = pd.Timestamp(ctx.start), pd.Timestamp(ctx.end) + pd.Timedelta(days=1)
    for label, stamp in when.items():
        raw = _text(calendar.at[label, DATE])
        if pd.isna(stamp):
            found.append(Finding("PERIODE", f"date illisible « {raw} ».", label))
        elif not first <= stamp < last:
            found.append(
                Finding(
                    "PERIODE",
                    f"{french.short_date(stamp)} {stamp:%H:%M} hors de la période "
                    f"du {french.short_date(ctx.start)} au {french.short_date(ctx.end)}.",
                    label,
                )
            )
    return found


def rule_minutes(calendar: pd.DataFrame, ctx: Context) -> list[Finding]:
    """Scheduling tools (Hootsuite's bulk composer) only accept minutes ending in 0 or 5."""
    found = []
    for label, stamp in parse_datetimes(calendar).items():
        if pd.notna(stamp) and (stamp.minute % 5 or stamp.second):
            found.append(
                Finding(
                    "MINUTES",
                    f"{stamp:%H:%M} : l'outil de programmation n'accepte que des minutes "
                    "finissant par 0 ou 5.",
                    label,
                )
            )
    return found


def rule_duplicates(calendar: pd.DataFrame, ctx: Context) -> list[Finding]:
    """No message twice on one platform: the bulk import, made per profile, rejects duplicates."""
    found = []
    seen: dict[tuple[str, str], object] = {}
    for label, row in calendar.iterrows():
        key = (_text(row[PLATFORM]), publication_text(row).casefold())
        if not key[1]:
            continue
        if key in seen:
            found.append(
                Finding(
                    "DOUBLONS",
                    f"même message que la ligne {seen[key]} sur {key[0]} : l'import le refusera.",
                    label,
                )
            )
        else:
            seen[key] = label
    return found


RULES: dict[str, tuple[str, Rule]] = {
    "FORMAT": ("format publiable sur la plateforme", rule_format),
    "LONGUEUR": ("texte présent et dans la limite de caractères de la plateforme", rule_length),
    "HASHTAGS": ("nombre de hashtags dans la limite de la plateforme", rule_hashtags),
    "ALT": ("texte alternatif descriptif pour chaque visuel", rule_alt_text),
    "PILIERS": ("répartition des piliers conforme à la charte, à la tolérance près", rule_pillars),
    "FREQUENCE": ("fréquence hebdomadaire de la charte sur chaque réseau", rule_frequency),
    "RESPONSABLE": ("un seul responsable nommé par publication", rule_owner),
    "PERIODE": ("dates lisibles et comprises dans la période", rule_period),
    "MINUTES": ("horaires programmables (minutes finissant par 0 ou 5)", rule_minutes),
    "DOUBLONS": ("aucun message en double sur une même plateforme", rule_duplicates),
    "CONTENU": ("un texte rédigé pour chaque publication (ni texte d'attente ni texte répété)", rule_content),
    "ALLEGATIONS": ("aucune allégation interdite par la charte (thérapeutique, environnementale générique)",
                    rule_claims),
    "ECRITURE": ("règles d'écriture de la charte : hashtags en CamelCase, emojis, caractères", rule_writing),
}


def check_columns(calendar) -> None:
    """Raise CalendarError (French) unless ``calendar`` is a non-empty table with every column."""
    if not isinstance(calendar, pd.DataFrame):
        raise CalendarError(
            "Le calendrier doit être un tableau pandas (DataFrame), une ligne par publication."
        )
    missing = [c for c in COLUMNS if c not in calendar.columns]
    if missing:
        raise CalendarError(
            "Colonne(s) manquante(s) dans le calendrier : "
            + ", ".join(f"« {c} »" for c in missing)
            + "."
        )
    if calendar.empty:
        raise CalendarError("Le calendrier ne contient aucune publication.")


def _as_date(value: date | str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def validate_calendar(
    calendar: pd.DataFrame,
    start: date | str = brand.PROJECT_START,
    end: date | str | None = None,
    tolerance: float = DEFAULT_PILLAR_TOLERANCE,
    pillars: Mapping[str, float] | None = None,
    frequency: Mapping[str, int] | None = None,
) -> Report:
    """Run every rule on the calendar for the period [start, end] (dates included).

    ``end`` defaults to four weeks after ``start``; the charter defaults to
    :data:`brand.VALIDATED_PILLARS` and :data:`brand.VALIDATED_FREQUENCY`.
    """
    check_columns(calendar)
    first = _as_date(start)
    last = _as_date(end) if end is not None else first + timedelta(days=27)
    if last < first:
        raise CalendarError(f"La période se termine ({french.short_date(last)}) avant de commencer.")
    ctx = Context(
        first,
        last,
        dict(brand.VALIDATED_PILLARS if pillars is None else pillars),
        dict(brand.VALIDATED_FREQUENCY if frequency is None else frequency),
        float(tolerance),
    )
    # Findings name rows by their index label; a duplicated label would be ambiguous.
    frame = calendar if calendar.index.is_unique else calendar.reset_index(drop=True)
    frame = canonical_labels(frame, ctx)
    return Report([RuleResult(rid, title, func(frame, ctx)) for rid, (title, func) in RULES.items()])


def canonical_labels(calendar: pd.DataFrame, ctx: Context | None = None) -> pd.DataFrame:
    """The calendar with its networks, formats and pillars written as the platforms' table and the
    charter write them, whatever their case, accents or apostrophes (« communaute » is « Communauté »)."""
    pillars = list(ctx.pillars if ctx else brand.VALIDATED_PILLARS)
    formats = sorted({f for p in platforms.PLATFORMS.values() for f in p.formats})
    frame = calendar.copy()
    for column, known in ((PLATFORM, list(platforms.PLATFORMS)), (FORMAT, formats), (PILLAR, pillars)):
        frame[column] = frame[column].map(lambda v, known=known: canonical_label(_text(v), known))
    return frame
