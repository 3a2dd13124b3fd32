"""The jury of the oral defence: sessions, one sheet per juror and candidate, and how sheets combine.

**Sessions** are written by the school in ``jury/sessions.toml`` at the course root::

    [[session]]
    id = "bloc1-saint-malo"          # lowercase, unique
    bloc = "bloc1"                   # a bloc the referential evaluates orally
    date = 2026-12-17
    lieu = "Saint-Malo, salle Surcouf"
    candidats = ["demo_complet", "demo_partiel"]   # nbgrader ids, known to the gradebook

    [[session.jure]]
    id = "c.morel"                   # the juror's identifier (their link is issued for it)
    nom = "Claire Morel"

**Sheets** live in the course's gradebook, in tables of ours beside nbgrader's, created on
demand (like :mod:`cmcert_lib.marking.store`): ``cmcert_jury_sheet`` (one row per bloc,
candidate and juror: revision, free comment, session, time) and ``cmcert_jury_level`` (one
row per criterion judged: level, remark, the criterion's fingerprint).  A sheet may be saved
incomplete while the oral goes on.  Every save states the revision it started from and is
written only ``WHERE revision = :expected``: two saves of one sheet (the juror's tablet and
laptop) never silently overwrite each other (:class:`SheetConflict`).

**Combination** (documented for the jury in ``docs/soutenance.md``), per candidate:

1. the oral counts only once *every* juror of the candidate's session has saved a complete
   sheet (a level on every criterion of the current rubric); a session has at least the
   bloc's ``min_jurors`` (:mod:`cmcert_lib.facts.soutenance`);
2. per criterion, when two jurors are two levels or more apart, the criterion is « à
   délibérer »: it gives no evidence until one of them changes their sheet;
3. otherwise the criterion's level is the lower median of the jurors' levels (with two
   jurors one level apart, the lower one: a level is granted when the whole jury grants it).

:func:`oral_evidence` gives the report the combined judgements (one per criterion and
candidate, as :class:`cmcert_lib.marking.store.Judgement`) and, per candidate, the French
reason the oral does not count yet.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from nbgrader.api import Gradebook
from sqlalchemy import inspect, text

from cmcert_lib.authoring.rubrics import LEVEL_KEYS, Rubric, level_label
from cmcert_lib.authoring.soutenance import ORAL_CELL, ORAL_NOTEBOOK, bloc_number, load_oral_rubric
from cmcert_lib.facts import french, soutenance
from cmcert_lib.grading import gradebook
from cmcert_lib.grading.quoting import SAFE_ID, one_line
from cmcert_lib.layout import JURY_DIR, JURY_SESSIONS_FILE, Course
from cmcert_lib.marking.store import Judgement, claim_revision, open_gradebook

__all__ = [
    "CandidateOral",
    "CriterionOutcome",
    "Juror",
    "JurySession",
    "OralEvidence",
    "SessionError",
    "Sheet",
    "SheetConflict",
    "combine",
    "issue_token",
    "juror_for_token",
    "load_sessions",
    "load_sheet",
    "oral_evidence",
    "oral_outcomes",
    "parse_sessions",
    "save_sheet",
    "session_errors",
    "session_of",
    "sheets",
]

SHEET_TABLE = "cmcert_jury_sheet"
LEVEL_TABLE = "cmcert_jury_level"
TOKEN_TABLE = "cmcert_jury_token"

_SCHEMA = (
    f"""CREATE TABLE IF NOT EXISTS {SHEET_TABLE} (
        bloc TEXT NOT NULL, student TEXT NOT NULL, juror TEXT NOT NULL, session TEXT NOT NULL,
        revision INTEGER NOT NULL, comment TEXT NOT NULL, saved_at TEXT NOT NULL,
        PRIMARY KEY (bloc, student, juror))""",
    f"""CREATE TABLE IF NOT EXISTS {LEVEL_TABLE} (
        bloc TEXT NOT NULL, student TEXT NOT NULL, juror TEXT NOT NULL, criterion TEXT NOT NULL,
        position INTEGER NOT NULL, level TEXT NOT NULL, remark TEXT NOT NULL, fingerprint TEXT NOT NULL,
        PRIMARY KEY (bloc, student, juror, criterion))""",
    f"""CREATE TABLE IF NOT EXISTS {TOKEN_TABLE} (
        juror TEXT PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)""",
)

SESSION_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,40}$")
JUROR_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,39}$")
SESSIONS_PLACE = f"{JURY_DIR}/{JURY_SESSIONS_FILE}"
# Two jurors this many levels apart or more on a criterion must talk before it counts.
DELIBERATE_FROM_GAP = 2
REMARK_LIMIT = 2000  # characters of one remark or comment; a sheet is notes, not an essay
COMMENT_LIMIT = 4000


def _fr(number: float) -> str:
    return french.number(number, 4)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# --- sessions ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Juror:
    id: str
    name: str


@dataclass(frozen=True)
class JurySession:
    id: str
    bloc: str
    day: date
    place: str
    jurors: tuple[Juror, ...]
    candidates: tuple[str, ...]

    def juror(self, ident: str) -> Juror | None:
        return next((j for j in self.jurors if j.id == ident), None)

    @property
    def label(self) -> str:
        """« 17 décembre 2026, Saint-Malo, salle Surcouf »."""
        return f"{french.long_date(self.day)}, {self.place}"


class SessionError(ValueError):
    """A sessions file that cannot be used; the message (French) lists every problem."""


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _day(value: object) -> date | None:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _parse_jurors(raw: object, where: str, errors: list[str]) -> list[Juror]:
    if not isinstance(raw, list) or not raw:
        errors.append(f"{where} : aucun juré ([[session.jure]] avec id et nom).")
        return []
    jurors: list[Juror] = []
    for entry in raw:
        if not isinstance(entry, dict):
            errors.append(f"{where} : chaque juré est une table [[session.jure]].")
            continue
        ident, name = entry.get("id"), _text(entry.get("nom"))
        if not isinstance(ident, str) or not JUROR_ID.match(ident):
            errors.append(f"{where} : identifiant de juré « {one_line(ident, 60)} » invalide (minuscules sans "
                          "accent, chiffres, « . », « _ », « - », 40 caractères au plus).")
            continue
        if name is None:
            errors.append(f"{where} : le juré « {ident} » n'a pas de nom.")
            continue
        unknown = set(entry) - {"id", "nom"}
        if unknown:
            errors.append(f"{where}, juré « {ident} » : clé(s) inconnue(s) {', '.join(sorted(unknown))}.")
        if any(j.id == ident for j in jurors):
            errors.append(f"{where} : le juré « {ident} » figure deux fois.")
            continue
        jurors.append(Juror(ident, one_line(name, 80)))
    return jurors


def _parse_candidates(raw: object, where: str, known: set[str] | None, errors: list[str]) -> list[str]:
    if not isinstance(raw, list) or not raw:
        errors.append(f"{where} : candidats doit lister au moins un identifiant de candidat.")
        return []
    found: list[str] = []
    for student in raw:
        if not isinstance(student, str) or not SAFE_ID.fullmatch(student):
            errors.append(f"{where} : identifiant de candidat « {one_line(student, 70)} » invalide.")
        elif known is not None and student not in known:
            errors.append(f"{where} : candidat inconnu « {student} » : il n'est pas dans le carnet de notes "
                          "(vérifiez l'identifiant nbgrader, ou lancez d'abord cmcert grade).")
        elif student in found:
            errors.append(f"{where} : le candidat « {student} » figure deux fois.")
        else:
            found.append(student)
    return found


def _parse_session(raw: dict, index: int, known: set[str] | None, blocs: set[str] | None,
                   errors: list[str]) -> JurySession | None:
    ident = raw.get("id")
    where = f"{SESSIONS_PLACE} : session « {one_line(ident, 50)} »" if ident else \
        f"{SESSIONS_PLACE} : session n° {index}"
    before = len(errors)
    if not isinstance(ident, str) or not SESSION_ID.match(ident):
        errors.append(f"{where} : id doit être en minuscules sans espace ni accent (ex. « bloc1-saint-malo »).")
    bloc = raw.get("bloc")
    number = bloc_number(bloc) if isinstance(bloc, str) else None
    fmt = soutenance.oral_format(number) if number else None
    if fmt is None:
        errors.append(f"{where} : le référentiel n'évalue pas « {one_line(bloc, 20)} » par une soutenance orale "
                      f"(blocs évalués à l'oral : {', '.join(f'bloc{n}' for n in soutenance.ORALS)}).")
    elif blocs is not None and bloc not in blocs:
        errors.append(f"{where} : le cours n'a pas de bloc « {bloc} » (blocs : {', '.join(sorted(blocs))}).")
    day = _day(raw.get("date"))
    if day is None:
        errors.append(f"{where} : date manquante ou invalide (écrivez-la AAAA-MM-JJ, ex. 2026-12-17).")
    place = _text(raw.get("lieu"))
    if place is None:
        errors.append(f"{where} : lieu manquant.")
    jurors = _parse_jurors(raw.get("jure"), where, errors)
    if fmt is not None and jurors and len(jurors) < fmt.min_jurors:
        errors.append(f"{where} : {len(jurors)} juré(s), la soutenance du bloc {number} en demande au moins "
                      f"{fmt.min_jurors}.")
    candidates = _parse_candidates(raw.get("candidats"), where, known, errors)
    unknown = set(raw) - {"id", "bloc", "date", "lieu", "jure", "candidats"}
    if unknown:
        errors.append(f"{where} : clé(s) inconnue(s) {', '.join(sorted(unknown))}.")
    if len(errors) > before:
        return None
    return JurySession(ident, bloc, day, one_line(place, 120), tuple(jurors), tuple(candidates))


def parse_sessions(path: Path, known_candidates: Iterable[str] | None = None,
                   blocs: Iterable[str] | None = None) -> tuple[tuple[JurySession, ...], list[str]]:
    """Read a sessions file; return the well-formed sessions and every French error.

    ``known_candidates``: the ids a session may name (the gradebook's candidates); ``blocs``: the
    course's blocs.  Also refused: a session id twice, a juror twice in a session, one juror
    identifier under two names, a candidate in two sessions of the same bloc.
    """
    known = set(known_candidates) if known_candidates is not None else None
    known_blocs = set(blocs) if blocs is not None else None
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return (), [f"{SESSIONS_PLACE} : fichier introuvable (voir docs/soutenance.md pour le modèle)."]
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        return (), [f"{SESSIONS_PLACE} : TOML illisible ({exc})."]
    errors: list[str] = []
    raw_sessions = data.get("session")
    if not isinstance(raw_sessions, list) or not raw_sessions:
        return (), [f"{SESSIONS_PLACE} : aucune [[session]]."]
    unknown = set(data) - {"session"}
    if unknown:
        errors.append(f"{SESSIONS_PLACE} : clé(s) inconnue(s) {', '.join(sorted(unknown))}.")
    sessions: list[JurySession] = []
    for index, raw in enumerate(raw_sessions, start=1):
        if not isinstance(raw, dict):
            errors.append(f"{SESSIONS_PLACE} : chaque session est une table [[session]].")
            continue
        found = _parse_session(raw, index, known, known_blocs, errors)
        if found is not None:
            sessions.append(found)
    errors += _across_sessions(sessions)
    return tuple(sessions), errors


def _across_sessions(sessions: list[JurySession]) -> list[str]:
    errors = []
    seen_ids: set[str] = set()
    names: dict[str, tuple[str, str]] = {}  # juror -> (name, session)
    placed: dict[tuple[str, str], str] = {}  # (bloc, candidate) -> session
    for session in sessions:
        where = f"{SESSIONS_PLACE} : session « {session.id} »"
        if session.id in seen_ids:
            errors.append(f"{where} : cet id est employé par deux sessions.")
        seen_ids.add(session.id)
        for juror in session.jurors:
            other = names.setdefault(juror.id, (juror.name, session.id))
            if other[0] != juror.name:
                errors.append(f"{where} : le juré « {juror.id} » s'appelle « {juror.name} » ici et « {other[0]} » "
                              f"dans la session « {other[1]} » : un identifiant par personne.")
        for student in session.candidates:
            first = placed.setdefault((session.bloc, student), session.id)
            if first != session.id:
                errors.append(f"{where} : le candidat « {student} » est déjà convoqué pour le {session.bloc} "
                              f"dans la session « {first} ».")
    return errors


def _known_candidates(db_url: str) -> set[str]:
    with Gradebook(db_url) as gb:
        return {c.id for c in gradebook.candidates(gb)}


def session_errors(course_root: Path, db_url: str) -> tuple[tuple[JurySession, ...], list[str]]:
    """The course's sessions and every problem, candidates checked against the gradebook."""
    course = Course(Path(course_root))
    return parse_sessions(course.jury_sessions_file, _known_candidates(db_url), course.blocs())


def load_sessions(course_root: Path, db_url: str) -> tuple[JurySession, ...]:
    """The course's jury sessions (none without a sessions file); SessionError if the file is wrong."""
    course = Course(Path(course_root))
    if not course.jury_sessions_file.is_file():
        return ()
    sessions, errors = session_errors(course_root, db_url)
    if errors:
        raise SessionError("\n".join(errors))
    return sessions


def session_of(sessions: Iterable[JurySession], bloc: str, student: str) -> JurySession | None:
    """The session that examines ``student`` on ``bloc`` (at most one: the file is checked for it)."""
    return next((s for s in sessions if s.bloc == bloc and student in s.candidates), None)


# --- sheets ------------------------------------------------------------------------------


class SheetConflict(RuntimeError):
    """The sheet was saved elsewhere since it was opened; the message (French) says what to do."""

    def __init__(self, message: str, saved: Sheet | None):
        super().__init__(message)
        self.saved = saved


@dataclass(frozen=True)
class Sheet:
    """One juror's sheet on one candidate, as saved (possibly incomplete)."""

    bloc: str
    student: str
    juror: str
    session: str
    revision: int
    levels: dict[str, str]
    remarks: dict[str, str]
    comment: str
    saved_at: str
    fingerprints: dict[str, str] = field(default_factory=dict)

    def current_levels(self, rubric: Rubric) -> dict[str, str]:
        """The levels given on criteria that still mean what they meant when judged."""
        return {c.id: self.levels[c.id] for c in rubric.criteria
                if c.id in self.levels and self.fingerprints.get(c.id) == c.fingerprint}

    def complete(self, rubric: Rubric) -> bool:
        return len(self.current_levels(rubric)) == len(rubric.criteria)

    def stale(self, rubric: Rubric) -> list[str]:
        """Titles of criteria judged under another version of the rubric."""
        return [c.title for c in rubric.criteria
                if c.id in self.levels and self.fingerprints.get(c.id) != c.fingerprint]


def _open(db_url: str) -> Gradebook:
    return open_gradebook(db_url, _SCHEMA)


def _tables_exist(gb: Gradebook) -> bool:
    return SHEET_TABLE in inspect(gb.engine).get_table_names()


_SHEET_KEY = "bloc = :bloc AND student = :student AND juror = :juror"


def _check_sheet(rubric: Rubric, session: JurySession, juror: str, student: str,
                 levels: dict[str, str], remarks: dict[str, str], comment: str) -> None:
    if session.bloc != rubric.bloc:
        raise ValueError(f"La session « {session.id} » est une soutenance du {session.bloc}, "
                         f"pas du {rubric.bloc}.")
    if session.juror(juror) is None:
        raise PermissionError(f"« {juror} » n'est pas juré de la session « {session.id} ».")
    if student not in session.candidates:
        raise PermissionError(f"« {student} » n'est pas convoqué dans la session « {session.id} ».")
    ids = {c.id for c in rubric.criteria}
    unknown = sorted((set(levels) | set(remarks)) - ids)
    if unknown:
        raise ValueError(f"Critère(s) inconnu(s) de la grille de soutenance : {', '.join(unknown)}.")
    for ident, level in levels.items():
        if level not in LEVEL_KEYS:
            raise ValueError(f"Niveau inconnu pour « {ident} » : {level!r}.")
    if any(len(r) > REMARK_LIMIT for r in remarks.values()) or len(comment) > COMMENT_LIMIT:
        raise ValueError(f"Remarque trop longue : {REMARK_LIMIT} caractères au plus par critère, "
                         f"{COMMENT_LIMIT} pour le commentaire.")


def _conflict(db_url: str, rubric: Rubric, student: str, juror: str, expected: int) -> SheetConflict:
    saved = load_sheet(db_url, rubric.bloc, student, juror)
    when = saved.saved_at.replace("T", " ")[:16] if saved else ""
    return SheetConflict(
        f"Votre fiche de {student} a été enregistrée ailleurs (un autre onglet ou un autre appareil) le {when} UTC, "
        f"depuis que vous l'avez ouverte (version {saved.revision if saved else 0}, vous partiez de la version "
        f"{expected}). Rien n'a été écrit : comparez avec la version enregistrée ci-dessous, puis enregistrez "
        "à nouveau ce que vous voulez garder.", saved)


def save_sheet(db_url: str, rubric: Rubric, session: JurySession, juror: str, student: str,
               levels: dict[str, str], remarks: dict[str, str], comment: str, expected_revision: int) -> int:
    """Save a juror's sheet on a candidate of their session (complete or not); return the new revision.

    Raises :class:`SheetConflict` (nothing written) when the sheet's revision is no longer
    ``expected_revision`` (0: never saved); PermissionError when the juror or the candidate is not
    in the session.
    """
    remarks = {k: v.strip() for k, v in remarks.items() if v and v.strip()}
    comment = comment.strip()
    _check_sheet(rubric, session, juror, student, levels, remarks, comment)
    key = {"bloc": rubric.bloc, "student": student, "juror": juror}
    row = dict(key, session=session.id, comment=comment, saved_at=_now(), expected=expected_revision)
    with _open(db_url) as gb:
        db = gb.db
        try:
            claimed = claim_revision(
                db,
                f"INSERT INTO {SHEET_TABLE} (bloc, student, juror, session, revision, comment, saved_at) "
                "VALUES (:bloc, :student, :juror, :session, 1, :comment, :saved_at)",
                f"UPDATE {SHEET_TABLE} SET revision = revision + 1, session = :session, comment = :comment, "
                f"saved_at = :saved_at WHERE {_SHEET_KEY} AND revision = :expected",
                row, expected_revision)
            if not claimed:
                raise _conflict(db_url, rubric, student, juror, expected_revision)
            db.execute(text(f"DELETE FROM {LEVEL_TABLE} WHERE {_SHEET_KEY}"), key)
            for position, crit in enumerate(rubric.criteria):
                if crit.id in levels or crit.id in remarks:
                    db.execute(text(
                        f"INSERT INTO {LEVEL_TABLE} (bloc, student, juror, criterion, position, level, remark, "
                        "fingerprint) VALUES (:bloc, :student, :juror, :criterion, :position, :level, :remark, "
                        ":fingerprint)"),
                        dict(key, criterion=crit.id, position=position, level=levels.get(crit.id, ""),
                             remark=remarks.get(crit.id, ""), fingerprint=crit.fingerprint))
            db.commit()
        except BaseException:
            db.rollback()
            raise
    return expected_revision + 1


def _read_sheets(gb: Gradebook, where: str, params: dict) -> list[Sheet]:
    heads = gb.db.execute(text(
        f"SELECT bloc, student, juror, session, revision, comment, saved_at FROM {SHEET_TABLE} "
        f"WHERE {where} ORDER BY student, juror"), params).all()
    rows = gb.db.execute(text(
        f"SELECT student, juror, criterion, level, remark, fingerprint FROM {LEVEL_TABLE} "
        f"WHERE {where} ORDER BY student, juror, position"), params).all()
    by_sheet: dict[tuple[str, str], list] = {}
    for r in rows:
        by_sheet.setdefault((r[0], r[1]), []).append(r)
    found = []
    for bloc, student, juror, session, revision, comment, saved_at in heads:
        mine = by_sheet.get((student, juror), [])
        found.append(Sheet(bloc, student, juror, session, int(revision),
                           {r[2]: r[3] for r in mine if r[3]}, {r[2]: r[4] for r in mine if r[4]},
                           comment, saved_at, {r[2]: r[5] for r in mine}))
    return found


def load_sheet(db_url: str, bloc: str, student: str, juror: str) -> Sheet | None:
    """One juror's sheet on one candidate, or None if never saved."""
    with Gradebook(db_url) as gb:
        if not _tables_exist(gb):
            return None
        found = _read_sheets(gb, _SHEET_KEY, {"bloc": bloc, "student": student, "juror": juror})
    return found[0] if found else None


def sheets(db_url: str, bloc: str) -> list[Sheet]:
    """Every saved sheet of a bloc's oral."""
    with Gradebook(db_url) as gb:
        if not _tables_exist(gb):
            return []
        return _read_sheets(gb, "bloc = :bloc", {"bloc": bloc})


# --- jurors' links -------------------------------------------------------------------------


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue_token(db_url: str, juror: str) -> str:
    """A new personal token for a juror (only its hash is kept); the juror's previous link stops working."""
    token = secrets.token_urlsafe(32)
    with _open(db_url) as gb:
        gb.db.execute(text(f"DELETE FROM {TOKEN_TABLE} WHERE juror = :juror"), {"juror": juror})
        gb.db.execute(text(f"INSERT INTO {TOKEN_TABLE} (juror, token_hash, created_at) VALUES "
                           "(:juror, :hash, :created_at)"),
                      {"juror": juror, "hash": _digest(token), "created_at": _now()})
        gb.db.commit()
    return token


def juror_for_token(db_url: str, token: str) -> str | None:
    """The juror a token was issued to, or None for a token unknown or revoked."""
    if not token or len(token) > 200:
        return None
    with Gradebook(db_url) as gb:
        if TOKEN_TABLE not in inspect(gb.engine).get_table_names():
            return None
        return gb.db.execute(text(f"SELECT juror FROM {TOKEN_TABLE} WHERE token_hash = :hash"),
                             {"hash": _digest(token)}).scalar()


# --- combination ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CriterionOutcome:
    criterion: str
    title: str
    levels: dict[str, str]  # juror id -> level, complete sheets only
    level: str | None  # the combined level, None while to deliberate or waiting
    to_deliberate: bool


@dataclass(frozen=True)
class CandidateOral:
    """What the jury's sheets say about one candidate's oral."""

    student: str
    session: JurySession | None
    received: int  # complete sheets from the session's jurors
    expected: int  # the session's jurors
    outcomes: tuple[CriterionOutcome, ...]  # empty until every sheet is in
    judgements: tuple[Judgement, ...]
    note: str  # French reason the oral does not count (fully) yet; "" once it does


@dataclass(frozen=True)
class OralEvidence:
    rubric: Rubric | None
    # Combined, one per criterion and candidate whose oral counts (notebook="soutenance", cell="oral",
    # grader="jury : <names>").
    judgements: tuple[Judgement, ...]
    notes: dict[str, str]  # candidate -> French reason the oral does not count yet


def _lower_median(levels: list[str]) -> str:
    ranks = sorted(LEVEL_KEYS.index(level) for level in levels)
    return LEVEL_KEYS[ranks[(len(ranks) - 1) // 2]]


def _names(session: JurySession, ids: Iterable[str]) -> str:
    return ", ".join(session.juror(i).name for i in ids if session.juror(i))


def combine(rubric: Rubric, session: JurySession | None, student: str, saved: Iterable[Sheet]) -> CandidateOral:
    """Combine the sheets of one candidate by the rule of the module's docstring (pure: no database)."""
    if session is None:
        return CandidateOral(student, None, 0, 0, (), (), "aucune session de soutenance ne convoque ce candidat")
    mine = {s.juror: s for s in saved if s.student == student and s.bloc == rubric.bloc and session.juror(s.juror)}
    complete = [j.id for j in session.jurors if j.id in mine and mine[j.id].complete(rubric)]
    expected = len(session.jurors)
    if not mine:
        return CandidateOral(student, session, 0, expected, (), (),
                             f"soutenance non passée — session du {session.label}")
    if len(complete) < expected:
        details = []
        for juror in session.jurors:
            sheet = mine.get(juror.id)
            if juror.id in complete:
                continue
            if sheet is None:
                details.append(f"fiche de {juror.name} attendue")
                continue
            stale = sheet.stale(rubric)
            if stale:
                details.append(f"fiche de {juror.name} à revoir, la grille a changé : {', '.join(stale)}")
            else:
                details.append(f"fiche de {juror.name} incomplète ({len(sheet.current_levels(rubric))} critère(s) "
                               f"sur {len(rubric.criteria)})")
        note = f"{len(complete)} fiche sur {expected} reçue" if len(complete) <= 1 else \
            f"{len(complete)} fiches sur {expected} reçues"
        return CandidateOral(student, session, len(complete), expected, (), (),
                             note + (f" ({' ; '.join(details)})" if details else ""))
    outcomes, judgements, pending = [], [], []
    grader = f"jury : {_names(session, complete)}"
    saved_at = max(mine[j].saved_at for j in complete)
    for crit in rubric.criteria:
        levels = {j: mine[j].levels[crit.id] for j in complete}
        ranks = [LEVEL_KEYS.index(level) for level in levels.values()]
        if max(ranks) - min(ranks) >= DELIBERATE_FROM_GAP:
            outcomes.append(CriterionOutcome(crit.id, crit.title, levels, None, True))
            apart = " / ".join(f"{session.juror(j).name} : {level_label(lvl)}" for j, lvl in levels.items())
            pending.append(f"critère « {crit.title} » à délibérer ({apart})")
            continue
        level = _lower_median(list(levels.values()))
        outcomes.append(CriterionOutcome(crit.id, crit.title, levels, level, False))
        remark = " ; ".join(f"{session.juror(j).name} : {mine[j].remarks[crit.id]}"
                            for j in complete if mine[j].remarks.get(crit.id))
        judgements.append(Judgement(
            student=student, bloc=rubric.bloc, notebook=ORAL_NOTEBOOK, cell=ORAL_CELL, criterion=crit.id,
            level=level, remark=remark, points=crit.points_for(level), max_points=crit.max_points,
            competencies=crit.competencies, grader=grader, saved_at=saved_at, needs_review=False,
            title=crit.title, referential=crit.referential))
    return CandidateOral(student, session, len(complete), expected, tuple(outcomes), tuple(judgements),
                         " ; ".join(pending))


def oral_outcomes(course_root: Path, db_url: str, bloc: str) -> tuple[Rubric | None, list[CandidateOral]]:
    """Every candidate's combined oral for a bloc: the gradebook's candidates and those of the sessions."""
    rubric = load_oral_rubric(Path(course_root), bloc)
    if rubric is None:
        return None, []
    sessions = [s for s in load_sessions(course_root, db_url) if s.bloc == bloc]
    saved: dict[str, list[Sheet]] = {}
    for sheet in sheets(db_url, bloc):
        saved.setdefault(sheet.student, []).append(sheet)
    students = sorted(_known_candidates(db_url) | {c for s in sessions for c in s.candidates})
    # Each candidate's sheets and session found once, not by scanning the whole cohort's for each candidate.
    session_by_student = {c: s for s in reversed(sessions) for c in s.candidates}
    return rubric, [combine(rubric, session_by_student.get(student), student, saved.get(student, []))
                    for student in students]


def oral_evidence(course_root: Path, db_url: str, bloc: str) -> OralEvidence:
    """What the jury's sheets give the competency report for a bloc's oral.

    ``judgements``: the combined judgements of the criteria that count; ``notes``: for every
    candidate whose oral does not fully count yet, the French reason (no session, « soutenance
    non passée », « 1 fiche sur 2 reçue », « critère … à délibérer »).  A bloc without an oral
    rubric has neither.  A wrong rubric or sessions file raises RubricError or SessionError, whose
    French message lists every problem.
    """
    rubric, outcomes = oral_outcomes(course_root, db_url, bloc)
    return OralEvidence(rubric, tuple(j for o in outcomes for j in o.judgements),
                        {o.student: o.note for o in outcomes if o.note})


def oral_points(rubric: Rubric, outcome: CandidateOral) -> str:
    """« 12 / 16 » for a fully combined oral, « — » otherwise (French, for the jury's summary)."""
    if outcome.note or not outcome.judgements:
        return "—"
    return f"{_fr(sum(j.points for j in outcome.judgements))} / {_fr(rubric.max_points)}"


def summary_lines(rubric: Rubric, outcome: CandidateOral) -> list[str]:
    """French lines of one candidate's oral for ``cmcert jury bilan``."""
    head = f"{outcome.student} : {outcome.received}/{outcome.expected} fiche(s) complète(s)"
    if not outcome.note:
        head += f", soutenance retenue : {oral_points(rubric, outcome)} pt"
    lines = [head]
    for o in outcome.outcomes:
        given = ", ".join(level_label(level) for level in o.levels.values())
        shown = "à délibérer" if o.to_deliberate else level_label(o.level)
        lines.append(f"    {o.title} : {shown} ({given})")
    if outcome.note:
        lines.append(f"    en attente : {outcome.note}")
    return lines


def oral_time(bloc: str) -> str:
    """The oral's time budget in French, from the facts (« 20 min de présentation, … »)."""
    number = bloc_number(bloc)
    fmt = soutenance.oral_format(number) if number else None
    if fmt is None:
        return ""
    return (f"{fmt.presentation_minutes} min de présentation (à {fmt.margin_minutes} min près), "
            f"puis {fmt.exchange_minutes} min d'échanges avec le jury : {fmt.total_minutes} min en tout")


def in_sessions(sessions: Iterable[JurySession], juror: str) -> list[JurySession]:
    """The sessions a juror sits in."""
    return [s for s in sessions if s.juror(juror)]


def all_jurors(sessions: Iterable[JurySession]) -> list[Juror]:
    """Every juror of the sessions, once each, in order of first appearance."""
    seen: dict[str, Juror] = {}
    for session in sessions:
        for juror in session.jurors:
            seen.setdefault(juror.id, juror)
    return list(seen.values())


def sheet_summary(rubric: Rubric, sheet: Sheet | None) -> str:
    """« 3 critère(s) sur 4 » / « complète » for a juror's own list of candidates."""
    if sheet is None:
        return "à remplir"
    if sheet.complete(rubric):
        return "complète"
    return f"{len(sheet.current_levels(rubric))} critère(s) sur {len(rubric.criteria)}"

