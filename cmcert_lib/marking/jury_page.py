"""The jury's page: each juror fills their sheets of the oral on a tablet or a laptop.

A small web application on the standard library's ``http.server`` (``cmcert jury serveur``),
self-contained: its style sheet and its chronometer script are served by itself, nothing
is fetched from elsewhere (no CDN, no font, no image).

- A juror logs in with their personal link ``/connexion/<token>`` (``cmcert jury liens``; the
  gradebook keeps only the token's hash).  The link opens a session in the server's memory,
  held by an ``HttpOnly``, ``SameSite=Strict`` cookie; the token leaves the address bar at once.
- The juror sees only the candidates of their own sessions and only their own sheets.
- A sheet: one row of level buttons per criterion (the descriptors written on them), a remark
  per criterion, the rubric's comment bank, a free comment.  Saving is a POST carrying the
  session's CSRF token and the sheet's revision; a sheet saved meanwhile elsewhere (another
  tab, another device) is never overwritten: the juror reads in French what was saved and
  decides.
- The oral's time budget comes from :mod:`cmcert_lib.facts.soutenance`; the candidate's deck
  (``submitted/<candidate>/<bloc>/livrables/soutenance.pdf``) is offered when it is a real
  PDF, as a download, ``nosniff`` and under ``Content-Security-Policy: sandbox``.
- Everything a candidate or a juror typed is escaped; every page forbids scripts but its own,
  framing and outside requests (:data:`PAGE_CSP`).

:class:`JuryApp` holds the logic and answers requests as plain values (the tests call it
directly too); :func:`start` serves it in a thread (tests), :func:`serve_forever` for the
command.  Security notes: ``docs/security.md``; the rule: ``docs/soutenance.md``.
"""

from __future__ import annotations

import hmac
import html
import os
import re
import secrets
import stat
import threading
import time
import traceback
from dataclasses import dataclass, field
from http import HTTPStatus
from http.cookies import CookieError, SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlsplit

from nbgrader.api import Gradebook

from cmcert_lib.authoring.rubrics import LEVEL_KEYS, LEVELS, Rubric, level_label
from cmcert_lib.authoring.soutenance import bloc_number, load_oral_rubric
from cmcert_lib.facts import french, soutenance
from cmcert_lib.grading import gradebook
from cmcert_lib.layout import Course
from cmcert_lib.marking import jury

__all__ = ["PAGE_CSP", "JuryApp", "Response", "read_deck", "serve_forever", "start"]

COOKIE = "cmcert_jury"
TOKEN_IN_PATH = re.compile(r"/connexion/[^\s\"]*")
SESSION_SECONDS = 12 * 3600  # a jury day; then the juror opens their link again
MAX_BODY = 64 * 1024
MAX_DECK_BYTES = 50 * 1024 * 1024
PDF_MAGIC = b"%PDF-"
PAGE_CSP = ("default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; form-action 'self'; "
            "frame-ancestors 'none'; base-uri 'none'")
COMMON_HEADERS = (
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
    ("Cache-Control", "no-store"),
)
LEVEL_CLASS = {"non_acquis": "n0", "en_cours": "n1", "acquis": "n2", "maitrise": "n3"}


@dataclass
class Response:
    status: int
    body: bytes
    headers: list[tuple[str, str]] = field(default_factory=list)

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)


@dataclass
class _Login:
    juror: str
    csrf: str
    expires: float


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _fr(number: float) -> str:
    return french.number(number, 4)


# --- the candidate's deck --------------------------------------------------------------------


@dataclass(frozen=True)
class Deck:
    data: bytes | None
    reason: str  # French, when data is None


def read_deck(course: Course, student: str, bloc: str) -> Deck:
    """The candidate's PDF deck, read without following any link, or why it is not offered."""
    path = course.oral_deck(student, bloc)
    parts = path.relative_to(course.submitted_root).parts
    dir_flags = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(course.submitted_root, dir_flags & ~os.O_NOFOLLOW)
    except OSError:
        return Deck(None, "aucun support déposé")
    try:
        for part in parts[:-1]:
            try:
                nxt = os.open(part, dir_flags, dir_fd=fd)
            except OSError:
                return Deck(None, "aucun support déposé")
            os.close(fd)
            fd = nxt
        flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0)
        try:
            file_fd = os.open(parts[-1], flags, dir_fd=fd)
        except OSError:
            return Deck(None, "aucun support déposé")
        try:
            st = os.fstat(file_fd)
            if not stat.S_ISREG(st.st_mode) or st.st_nlink > 1:
                return Deck(None, "le support déposé n'est pas un fichier ordinaire : il n'est pas proposé")
            if st.st_size > MAX_DECK_BYTES:
                return Deck(None, f"le support déposé dépasse {MAX_DECK_BYTES // (1024 * 1024)} Mo : "
                                  "il n'est pas proposé")
            data = b""
            while len(data) <= MAX_DECK_BYTES:
                chunk = os.read(file_fd, 1 << 20)
                if not chunk:
                    break
                data += chunk
        finally:
            os.close(file_fd)
    finally:
        os.close(fd)
    if len(data) > MAX_DECK_BYTES:
        return Deck(None, "le support déposé est trop volumineux : il n'est pas proposé")
    if not data.startswith(PDF_MAGIC):
        return Deck(None, "le fichier déposé n'est pas un PDF : il n'est pas proposé")
    return Deck(data, "")


# --- the application ---------------------------------------------------------------------------


class JuryApp:
    """The jury page's logic: routes, access control, forms. Sessions and rubrics are read at start."""

    def __init__(self, course: Course, db_url: str | None = None, secure_cookie: bool = False):
        self.course = course
        self.db_url = db_url or course.gradebook_url
        self.secure_cookie = secure_cookie
        self.sessions = jury.load_sessions(course.root, self.db_url)
        self.rubrics: dict[str, Rubric] = {}
        for bloc in sorted({s.bloc for s in self.sessions}):
            rubric = load_oral_rubric(course.root, bloc)
            if rubric is None:
                raise jury.SessionError(f"Des sessions de soutenance du {bloc} sont prévues, mais "
                                        f"course/{bloc}/soutenance.toml (la grille des jurés) manque.")
            self.rubrics[bloc] = rubric
        with Gradebook(self.db_url) as gb:
            self.names = {c.id: f"{c.first_name} {c.last_name}".strip() for c in gradebook.candidates(gb)}
        self._logins: dict[str, _Login] = {}
        self._lock = threading.Lock()

    # --- requests ----------------------------------------------------------------------------

    def handle(self, method: str, target: str, headers: dict[str, str], body: bytes = b"") -> Response:
        """Answer one request (``headers`` with lower-case names)."""
        path = urlsplit(target).path
        query = parse_qs(urlsplit(target).query)
        parts = [unquote(p) for p in path.split("/") if p]
        if method == "GET" and path == "/jury.css":
            return Response(200, STYLE.encode(), [("Content-Type", "text/css; charset=utf-8")])
        if method == "GET" and path == "/jury.js":
            return Response(200, SCRIPT.encode(), [("Content-Type", "text/javascript; charset=utf-8")])
        if method == "GET" and path == "/favicon.ico":
            return Response(HTTPStatus.NO_CONTENT, b"")  # browsers ask for one; the page has none
        if method == "GET" and len(parts) == 2 and parts[0] == "connexion":
            return self._login(parts[1])
        login = self._current(headers)
        if login is None:
            return self._page(HTTPStatus.UNAUTHORIZED, "Connexion", LOGGED_OUT)
        if method == "POST" and not self._csrf_ok(login, headers, body):
            return self._page(HTTPStatus.FORBIDDEN, "Formulaire refusé", FORGED)
        if method == "POST" and path == "/deconnexion":
            return self._logout(headers)
        if method == "GET" and path == "/":
            return self._home(login)
        if len(parts) == 3 and parts[0] in ("fiche", "support"):
            session = self._session_for(login.juror, parts[1], parts[2])
            if session is None:
                return self._page(HTTPStatus.NOT_FOUND, "Introuvable", NOT_YOURS)
            student = parts[2]
            if parts[0] == "support" and method == "GET":
                return self._deck(session, student)
            if parts[0] == "fiche" and method == "GET":
                saved = "enregistre" in query
                return self._sheet_page(login, session, student, notice=SAVED if saved else "")
            if parts[0] == "fiche" and method == "POST":
                return self._save(login, session, student, body)
        return self._page(HTTPStatus.NOT_FOUND, "Introuvable", NOT_YOURS)

    # --- logging in ----------------------------------------------------------------------------

    def _login(self, token: str) -> Response:
        juror = jury.juror_for_token(self.db_url, token)
        if juror is None or not jury.in_sessions(self.sessions, juror):
            return self._page(HTTPStatus.FORBIDDEN, "Lien refusé", BAD_LINK)
        sid = secrets.token_urlsafe(32)
        with self._lock:
            now = time.time()
            self._logins = {k: v for k, v in self._logins.items() if v.expires > now}
            self._logins[sid] = _Login(juror, secrets.token_urlsafe(32), now + SESSION_SECONDS)
        cookie = f"{COOKIE}={sid}; HttpOnly; SameSite=Strict; Path=/; Max-Age={SESSION_SECONDS}"
        if self.secure_cookie:
            cookie += "; Secure"
        return Response(HTTPStatus.SEE_OTHER, b"", [("Location", "/"), ("Set-Cookie", cookie)])

    def _current(self, headers: dict[str, str]) -> _Login | None:
        sid = self._sid(headers)
        with self._lock:
            login = self._logins.get(sid) if sid else None
            if login is not None and login.expires <= time.time():
                del self._logins[sid]
                login = None
        return login

    @staticmethod
    def _sid(headers: dict[str, str]) -> str | None:
        try:
            cookie = SimpleCookie(headers.get("cookie", ""))
        except CookieError:
            return None
        morsel = cookie.get(COOKIE)
        return morsel.value if morsel else None

    def _logout(self, headers: dict[str, str]) -> Response:
        with self._lock:
            self._logins.pop(self._sid(headers) or "", None)
        return Response(HTTPStatus.SEE_OTHER, b"", [
            ("Location", "/"), ("Set-Cookie", f"{COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0")])

    @staticmethod
    def _csrf_ok(login: _Login, headers: dict[str, str], body: bytes) -> bool:
        origin = headers.get("origin")
        if origin and origin != "null" and urlsplit(origin).netloc != headers.get("host", ""):
            return False
        sent = parse_qs(body.decode("utf-8", "replace")).get("csrf", [""])[0]
        return hmac.compare_digest(sent.encode(), login.csrf.encode())

    def _session_for(self, juror: str, session_id: str, student: str) -> jury.JurySession | None:
        """The session, when the juror sits in it and it examines the candidate; None otherwise."""
        return next((s for s in self.sessions if s.id == session_id and s.juror(juror)
                     and student in s.candidates), None)

    # --- pages -----------------------------------------------------------------------------------

    def _page(self, status: int, title: str, content: str, login: _Login | None = None) -> Response:
        logout = ""
        if login is not None:
            juror = self._juror(login.juror)
            logout = (f'<form method="post" action="/deconnexion" class="deconnexion">'
                      f'<input type="hidden" name="csrf" value="{_e(login.csrf)}">'
                      f'<span>{_e(juror.name)}</span> <button type="submit">Se déconnecter</button></form>')
        page = (f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">'
                f'<title>{_e(title)} · Jury</title><link rel="stylesheet" href="/jury.css"></head>'
                f'<body><header><a href="/" class="accueil">Soutenances · jury</a>{logout}</header>'
                f'<main>{content}</main><script src="/jury.js"></script></body></html>')
        return Response(int(status), page.encode("utf-8"), [("Content-Type", "text/html; charset=utf-8"),
                                                            ("Content-Security-Policy", PAGE_CSP)])

    def _juror(self, ident: str) -> jury.Juror:
        return next(j for j in jury.all_jurors(self.sessions) if j.id == ident)

    def _candidate(self, student: str) -> str:
        name = self.names.get(student, "")
        return f"{name} ({student})" if name else student

    def _home(self, login: _Login) -> Response:
        parts = [f"<h1>Bonjour {_e(self._juror(login.juror).name)}</h1>",
                 ("<p>Vos candidats, session par session. Votre fiche n'est visible que de vous ; "
                 "la note de la soutenance combine les fiches de tout le jury.</p>")]
        for session in jury.in_sessions(self.sessions, login.juror):
            rubric = self.rubrics[session.bloc]
            others = ", ".join(j.name for j in session.jurors if j.id != login.juror)
            title = f"Soutenance du {_bloc_title(session.bloc)} · {session.label}"
            parts.append(f"<section class='session'><h2>{_e(title)}</h2>"
                         f"<p>Avec {_e(others)}. Temps donné : {_e(_budget(session.bloc))}.</p><ul class='candidats'>")
            for student in session.candidates:
                sheet = jury.load_sheet(self.db_url, session.bloc, student, login.juror)
                state = jury.sheet_summary(rubric, sheet)
                css = "complete" if state == "complète" else "a-faire"
                href = f"/fiche/{quote(session.id)}/{quote(student)}"
                parts.append(f"<li><a href='{_e(href)}'>{_e(self._candidate(student))}</a> "
                             f"<span class='etat {css}'>fiche {_e(state)}</span></li>")
            parts.append("</ul></section>")
        return self._page(HTTPStatus.OK, "Vos candidats", "".join(parts), login)

    def _sheet_page(self, login: _Login, session: jury.JurySession, student: str, notice: str = "",
                    message: str = "", levels: dict[str, str] | None = None, remarks: dict[str, str] | None = None,
                    comment: str | None = None, revision: int | None = None,
                    conflict: jury.Sheet | None = None, status: int = HTTPStatus.OK) -> Response:
        rubric = self.rubrics[session.bloc]
        saved = jury.load_sheet(self.db_url, session.bloc, student, login.juror)
        if levels is None:  # a fresh view: what is saved
            levels = saved.current_levels(rubric) if saved else {}
            remarks = dict(saved.remarks) if saved else {}
            comment = saved.comment if saved else ""
            revision = saved.revision if saved else 0
        out = ["<p class='retour'><a href='/'>← Vos candidats</a></p>",
               f"<h1>{_e(self._candidate(student))}</h1>",
               f"<p>Soutenance du {_e(_bloc_title(session.bloc))} · {_e(session.label)}</p>",
               self._timer(session.bloc), self._deck_link(session, student)]
        if notice:
            state = jury.sheet_summary(rubric, saved)
            out.append(f"<p class='message ok' role='status'>{_e(notice)} (version {saved.revision if saved else 0}, "
                       f"fiche {_e(state)}).</p>")
        if message:
            out.append(f"<p class='message alerte' role='alert'>{_e(message)}</p>")
        if conflict is not None:
            out.append(self._saved_version(rubric, conflict))
        out.append(f"<form method='post' action='/fiche/{_e(quote(session.id))}/{_e(quote(student))}' class='fiche'>"
                   f"<input type='hidden' name='csrf' value='{_e(login.csrf)}'>"
                   f"<input type='hidden' name='revision' value='{int(revision or 0)}'>")
        for crit in rubric.criteria:
            out.append(self._criterion(crit, levels.get(crit.id), (remarks or {}).get(crit.id, "")))
        if rubric.comments:
            bank = "".join(f"<label class='banque'><input type='checkbox' name='banque' value='{i}'> {_e(c)}</label>"
                           for i, c in enumerate(rubric.comments))
            out.append(f"<fieldset><legend>Banque de commentaires (cochés : ajoutés au commentaire)</legend>{bank}"
                       "</fieldset>")
        out.append(f"<label class='commentaire'>Commentaire libre<textarea name='commentaire' rows='4' "
                   f"maxlength='{jury.COMMENT_LIMIT}'>{_e(comment or '')}</textarea></label>"
                   "<p><button type='submit' class='enregistrer'>Enregistrer la fiche</button></p></form>")
        return self._page(status, f"Fiche de {student}", "".join(out), login)

    @staticmethod
    def _criterion(crit, chosen: str | None, remark: str) -> str:
        name = f"niveau-{crit.id}"
        options = [(f"<label class='niveau aucun'><input type='radio' name='{name}' value=''"
                   f"{' checked' if not chosen else ''}><span class='titre'>À juger</span></label>")]
        for level, points, descriptor in zip(LEVELS, crit.points, crit.descriptors, strict=True):
            checked = " checked" if chosen == level.key else ""
            options.append(
                f"<label class='niveau {LEVEL_CLASS[level.key]}'><input type='radio' name='{name}' "
                f"value='{level.key}'{checked}><span class='titre'>{_e(level.label)} · {_e(_fr(points))} pt</span>"
                f"<span class='descripteur'>{_e(descriptor)}</span></label>")
        return (f"<fieldset class='critere'><legend>{_e(crit.title)} <small>({_e(crit.referential)} ; "
                f"{_e(', '.join(crit.competencies))} ; {_e(_fr(crit.max_points))} pt max.)</small></legend>"
                f"<div class='niveaux'>{''.join(options)}</div>"
                f"<label class='remarque'>Remarque<textarea name='remarque-{crit.id}' rows='2' "
                f"maxlength='{jury.REMARK_LIMIT}'>{_e(remark)}</textarea></label></fieldset>")

    @staticmethod
    def _saved_version(rubric: Rubric, sheet: jury.Sheet) -> str:
        rows = "".join(
            f"<li>{_e(c.title)} : {_e(level_label(sheet.levels[c.id]) if c.id in sheet.levels else 'à juger')}"
            + (f" — {_e(sheet.remarks[c.id])}" if sheet.remarks.get(c.id) else "") + "</li>"
            for c in rubric.criteria)
        comment = f"<p>Commentaire : {_e(sheet.comment)}</p>" if sheet.comment else ""
        return (f"<section class='enregistree'><h2>Version enregistrée (version {sheet.revision})</h2>"
                f"<ul>{rows}</ul>{comment}<p>Le formulaire ci-dessous garde ce que vous aviez saisi ; "
                "l'enregistrer remplacera la version enregistrée.</p></section>")

    @staticmethod
    def _timer(bloc: str) -> str:
        fmt = soutenance.oral_format(bloc_number(bloc) or 0)
        if fmt is None:
            return ""
        return (f"<section class='temps'><p><strong>Temps donné :</strong> {_e(_budget(bloc))}.</p>"
                f"<div id='chrono' hidden data-presentation='{fmt.presentation_minutes}' "
                f"data-echanges='{fmt.exchange_minutes}' data-marge='{fmt.margin_minutes}'>"
                "<button type='button'>Démarrer le chronomètre</button> <output class='duree'>00:00</output> "
                "<span class='phase'></span></div></section>")

    def _deck_link(self, session: jury.JurySession, student: str) -> str:
        deck = read_deck(self.course, student, session.bloc)
        if deck.data is None:
            return f"<p class='support'>Support de présentation : {_e(deck.reason)}.</p>"
        href = f"/support/{quote(session.id)}/{quote(student)}"
        return (f"<p class='support'><a href='{_e(href)}' download>Télécharger le support de présentation "
                f"(PDF, {_e(_size(len(deck.data)))})</a></p>")

    def _deck(self, session: jury.JurySession, student: str) -> Response:
        deck = read_deck(self.course, student, session.bloc)
        if deck.data is None:
            return Response(HTTPStatus.NOT_FOUND, f"Support non proposé : {deck.reason}.".encode(),
                            [("Content-Type", "text/plain; charset=utf-8"), ("Content-Security-Policy", "sandbox")])
        return Response(HTTPStatus.OK, deck.data, [
            ("Content-Type", "application/pdf"),
            ("Content-Disposition", f'attachment; filename="soutenance-{student}.pdf"'),
            ("Content-Security-Policy", "sandbox")])

    # --- saving ----------------------------------------------------------------------------------

    def _save(self, login: _Login, session: jury.JurySession, student: str, body: bytes) -> Response:
        rubric = self.rubrics[session.bloc]
        form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)

        def one(name: str) -> str:
            return form.get(name, [""])[0]

        chosen = {c.id: one(f"niveau-{c.id}") for c in rubric.criteria if one(f"niveau-{c.id}")}
        levels = {k: v for k, v in chosen.items() if v in LEVEL_KEYS}
        remarks = {c.id: one(f"remarque-{c.id}") for c in rubric.criteria if one(f"remarque-{c.id}").strip()}
        comment = one("commentaire")
        for index in form.get("banque", []):
            if index.isdigit() and int(index) < len(rubric.comments):
                text = rubric.comments[int(index)]
                if text not in comment:
                    comment = f"{comment.rstrip()}\n{text}".strip()
        try:
            revision = int(one("revision") or "0")
        except ValueError:
            revision = -1
        kept = {"levels": levels, "remarks": remarks, "comment": comment}
        if revision < 0 or len(levels) != len(chosen):
            return self._sheet_page(login, session, student, message="Formulaire illisible : rechargez la fiche.",
                                    revision=0, status=HTTPStatus.BAD_REQUEST, **kept)
        try:
            jury.save_sheet(self.db_url, rubric, session, login.juror, student, levels, remarks, comment, revision)
        except jury.SheetConflict as exc:
            current = exc.saved.revision if exc.saved else 0
            return self._sheet_page(login, session, student, message=str(exc), revision=current,
                                    conflict=exc.saved, status=HTTPStatus.CONFLICT, **kept)
        except (ValueError, PermissionError) as exc:
            return self._sheet_page(login, session, student, message=str(exc), revision=revision,
                                    status=HTTPStatus.BAD_REQUEST, **kept)
        href = f"/fiche/{quote(session.id)}/{quote(student)}?enregistre=1"
        return Response(HTTPStatus.SEE_OTHER, b"", [("Location", href)])


def _bloc_title(bloc: str) -> str:
    number = bloc_number(bloc)
    return f"Bloc {number}" if number else bloc


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} Ko"
    return f"{_fr(round(size / 1024 / 1024, 1))} Mo"


def _budget(bloc: str) -> str:
    return jury.oral_time(bloc)


SAVED = "Fiche enregistrée"
LOGGED_OUT = ("<h1>Connexion</h1><p>Ouvrez le lien personnel que vous avez reçu pour cette session de "
              "soutenance : il vous connecte à vos fiches. Sans lien, demandez-le au responsable de la "
              "certification.</p>")
BAD_LINK = ("<h1>Lien refusé</h1><p>Ce lien n'est pas (ou plus) valable : un nouveau lien a peut-être été "
            "émis pour vous. Demandez-le au responsable de la certification.</p>")
FORGED = ("<h1>Formulaire refusé</h1><p>Ce formulaire a expiré ou ne vient pas de cette page : rien n'a été "
          "enregistré. Revenez à vos candidats, rouvrez la fiche et enregistrez à nouveau.</p>"
          "<p><a href='/'>Vos candidats</a></p>")
NOT_YOURS = ("<h1>Introuvable</h1><p>Cette page n'existe pas, ou ce candidat n'est pas dans vos sessions.</p>"
             "<p><a href='/'>Vos candidats</a></p>")

STYLE = """
:root { --n0: #c62828; --n1: #b26a00; --n2: #2e7d32; --n3: #1b5e20; font-family: system-ui, sans-serif; }
body { margin: 0; background: #f6f6f4; color: #1d1d1d; font-size: 17px; line-height: 1.4; }
header { display: flex; justify-content: space-between; align-items: center; padding: .6em 1em;
         background: #263238; color: #fff; }
header a.accueil { color: #fff; font-weight: bold; text-decoration: none; }
.deconnexion { display: flex; gap: .6em; align-items: center; }
main { max-width: 62em; margin: 0 auto; padding: 1em; }
a { color: #0d47a1; }
button { font: inherit; padding: .5em 1em; border-radius: .4em; border: 1px solid #555; background: #fff; }
button.enregistrer { background: #0d47a1; color: #fff; border-color: #0d47a1; font-size: 1.1em; padding: .7em 1.6em; }
.session, .critere, fieldset, .temps, .enregistree { background: #fff; border: 1px solid #ccc; border-radius: .5em;
                                                      padding: .8em 1em; margin: 1em 0; }
.candidats li { margin: .5em 0; font-size: 1.1em; }
.etat { font-size: .85em; padding: .1em .5em; border-radius: 1em; background: #eee; }
.etat.complete { background: #c8e6c9; }
legend { font-weight: bold; font-size: 1.05em; }
legend small { font-weight: normal; color: #555; }
.niveaux { display: grid; grid-template-columns: repeat(auto-fit, minmax(11em, 1fr)); gap: .5em; margin: .5em 0; }
.niveau { display: flex; flex-direction: column; gap: .3em; border: 2px solid #bbb; border-radius: .5em;
          padding: .6em; cursor: pointer; min-height: 3em; background: #fafafa; }
.niveau input { position: absolute; opacity: 0; }
.niveau .titre { font-weight: bold; }
.niveau .descripteur { font-size: .9em; color: #333; }
.niveau.aucun { justify-content: center; color: #666; }
.niveau:has(input:focus-visible) { outline: 3px solid #0d47a1; }
.niveau.n0:has(input:checked) { border-color: var(--n0); background: #ffebee; }
.niveau.n1:has(input:checked) { border-color: var(--n1); background: #fff3e0; }
.niveau.n2:has(input:checked) { border-color: var(--n2); background: #e8f5e9; }
.niveau.n3:has(input:checked) { border-color: var(--n3); background: #c8e6c9; }
.niveau.aucun:has(input:checked) { border-style: dashed; }
.niveau:has(input:checked) .titre::before { content: "● "; }
textarea { width: 100%; box-sizing: border-box; font: inherit; }
.remarque, .commentaire { display: block; margin-top: .4em; }
.banque { display: block; margin: .3em 0; }
.message { padding: .7em 1em; border-radius: .4em; }
.message.ok { background: #e8f5e9; border: 1px solid #2e7d32; }
.message.alerte { background: #fff3e0; border: 1px solid #b26a00; }
#chrono { margin-top: .5em; display: flex; gap: .8em; align-items: center; }
#chrono .duree { font-size: 1.6em; font-variant-numeric: tabular-nums; }
#chrono.depasse .duree, #chrono.depasse .phase { color: var(--n0); font-weight: bold; }
"""

SCRIPT = """
(function () {
  var box = document.getElementById('chrono');
  if (!box) { return; }
  box.hidden = false;
  var talk = Number(box.dataset.presentation) * 60, questions = Number(box.dataset.echanges) * 60;
  var margin = Number(box.dataset.marge) * 60;
  var button = box.querySelector('button'), shown = box.querySelector('.duree'), phase = box.querySelector('.phase');
  var started = null, timer = null;
  function two(n) { return (n < 10 ? '0' : '') + n; }
  function tick() {
    var s = Math.floor((Date.now() - started) / 1000);
    shown.textContent = two(Math.floor(s / 60)) + ':' + two(s % 60);
    var late = false;
    if (s < talk - margin) { phase.textContent = 'présentation'; }
    else if (s <= talk + margin) { phase.textContent = 'présentation : fin du temps imparti'; }
    else if (s <= talk + questions) { phase.textContent = 'échanges avec le jury'; }
    else { phase.textContent = 'temps total dépassé'; late = true; }
    box.classList.toggle('depasse', late);
  }
  button.addEventListener('click', function () {
    if (timer) { clearInterval(timer); timer = null; button.textContent = 'Redémarrer le chronomètre'; return; }
    started = Date.now(); tick(); timer = setInterval(tick, 1000); button.textContent = 'Arrêter';
  });
})();
"""


# --- the server ---------------------------------------------------------------------------------


def _handler(app: JuryApp) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "cmcert-jury"
        sys_version = ""
        timeout = 30  # a client that stops sending mid-request frees its thread

        def _answer(self, method: str) -> None:
            length = self.headers.get("Content-Length", "0")
            size = int(length) if length.isdigit() else -1
            if method == "POST" and not 0 <= size <= MAX_BODY:
                response = Response(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, b"Formulaire trop volumineux.",
                                    [("Content-Type", "text/plain; charset=utf-8")])
            else:
                body = self.rfile.read(size) if method == "POST" else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                try:
                    response = app.handle(method, self.path, headers, body)
                except Exception:  # noqa: BLE001 - one failed request must not take the jury's page down
                    traceback.print_exc()
                    response = Response(HTTPStatus.INTERNAL_SERVER_ERROR,
                                        "Erreur du serveur : rien n'a été enregistré. Réessayez ; si elle revient, "
                                        "prévenez le responsable de la certification.".encode(),
                                        [("Content-Type", "text/plain; charset=utf-8")])
            self.send_response(response.status)
            for name, value in (*COMMON_HEADERS, *response.headers):
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(response.body)))
            self.end_headers()
            self.wfile.write(response.body)

        def do_GET(self) -> None:
            self._answer("GET")

        def do_POST(self) -> None:
            self._answer("POST")

        def log_message(self, format: str, *args) -> None:
            # A juror's link is a password: never write it in the log.
            line = TOKEN_IN_PATH.sub("/connexion/…", format % args)
            print(f"{self.address_string()} {line}", flush=True)

    return Handler


def start(app: JuryApp, host: str = "127.0.0.1", port: int = 0, quiet: bool = True,
          certificate: Path | None = None, key: Path | None = None) -> tuple[ThreadingHTTPServer, threading.Thread]:
    """Serve ``app`` in a background thread; stop with ``server.shutdown(); server.server_close()``."""
    handler = _handler(app)
    if quiet:
        handler.log_message = lambda *_args: None
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    if certificate is not None:
        import ssl

        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(certificate, key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, name="cmcert-jury", daemon=True)
    thread.start()
    return server, thread


def serve_forever(app: JuryApp, host: str, port: int, certificate: Path | None = None,
                  key: Path | None = None) -> None:
    """Serve until interrupted (Ctrl+C), logging requests without the jurors' links."""
    server, thread = start(app, host, port, quiet=False, certificate=certificate, key=key)
    try:
        thread.join()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()
