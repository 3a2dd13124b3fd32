"""``cmcert jury``: check the oral's rubric and sessions, issue the jurors' links, serve their page, sum up.

``add_cli(subparsers)`` registers the commands on the ``cmcert`` parser (:mod:`cmcert_lib.cli`).
Messages are French: trainers and jury presidents read them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cmcert_lib.layout import Course, CourseError

DEFAULT_PORT = 8765


def _blocs(course: Course, bloc: str | None) -> list[str]:
    if bloc is None:
        return course.blocs()
    if bloc not in course.blocs():
        raise CourseError(f"Bloc inconnu : « {bloc} ». Blocs du cours : {', '.join(course.blocs())}.")
    return [bloc]


def _cmd_check(args: argparse.Namespace) -> int:
    from cmcert_lib.authoring.soutenance import oral_rubric_errors
    from cmcert_lib.marking import jury

    course = Course.find()
    status = 0
    for bloc in _blocs(course, args.bloc):
        rubric, errors = oral_rubric_errors(course.root, bloc)
        if errors:
            status = 1
            print(f"{bloc} : {len(errors)} problème(s) dans la grille de soutenance :")
            print("\n".join(f"  - {e}" for e in errors))
        elif rubric is not None:
            print(f"{bloc} : grille de soutenance conforme au référentiel, {len(rubric.criteria)} critère(s), "
                  f"{jury.oral_time(bloc)}.")
    if course.jury_sessions_file.is_file():
        sessions, errors = jury.session_errors(course.root, course.gradebook_url)
        if errors:
            status = 1
            print(f"{len(errors)} problème(s) dans les sessions de jury :")
            print("\n".join(f"  - {e}" for e in errors))
        else:
            print(f"Sessions de jury : {len(sessions)} session(s), "
                  f"{sum(len(s.candidates) for s in sessions)} candidat(s), "
                  f"{len(jury.all_jurors(sessions))} juré(s).")
    else:
        print("Aucune session de jury (jury/sessions.toml) : voir docs/soutenance.md pour en écrire une.")
    return status


def _sessions(course: Course):
    from cmcert_lib.authoring.rubrics import RubricError
    from cmcert_lib.marking import jury

    try:
        sessions = jury.load_sessions(course.root, course.gradebook_url)
    except (jury.SessionError, RubricError) as exc:
        raise CourseError(f"Sessions de jury invalides :\n{exc}") from None
    if not sessions:
        raise CourseError("Aucune session de jury : écrivez jury/sessions.toml (voir docs/soutenance.md).")
    return sessions


def _cmd_links(args: argparse.Namespace) -> int:
    from cmcert_lib.marking import jury

    course = Course.find()
    sessions = _sessions(course)
    jurors = jury.all_jurors(sessions)
    if args.jure:
        unknown = sorted(set(args.jure) - {j.id for j in jurors})
        if unknown:
            raise CourseError(f"Juré(s) inconnu(s) des sessions : {', '.join(unknown)}.")
        jurors = [j for j in jurors if j.id in args.jure]
    base = args.adresse.rstrip("/")
    print("Liens personnels des jurés (à transmettre à chacun, sans les partager ; un nouveau lien "
          "remplace le précédent, qui cesse de fonctionner) :")
    for juror in jurors:
        token = jury.issue_token(course.gradebook_url, juror.id)
        where = ", ".join(s.id for s in jury.in_sessions(sessions, juror.id))
        print(f"  {juror.name} ({juror.id}) — session(s) {where} :\n    {base}/connexion/{token}")
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from cmcert_lib.authoring.rubrics import RubricError
    from cmcert_lib.marking import jury
    from cmcert_lib.marking.jury_page import JuryApp, serve_forever

    course = Course.find()
    _sessions(course)
    if bool(args.certificat) != bool(args.cle):
        raise CourseError("--certificat et --cle vont ensemble (certificat et clé privée du serveur, au format PEM).")
    try:
        app = JuryApp(course, secure_cookie=bool(args.certificat))
    except (jury.SessionError, RubricError) as exc:
        raise CourseError(str(exc)) from None
    scheme = "https" if args.certificat else "http"
    print(f"Page du jury : {scheme}://{args.hote}:{args.port}/ (les jurés s'y connectent par leur lien personnel, "
          "cmcert jury liens). Ctrl+C pour arrêter.")
    if args.hote not in ("127.0.0.1", "localhost", "::1") and not args.certificat:
        print("Attention : la page est servie sur le réseau sans chiffrement ; n'utilisez qu'un réseau de "
              "confiance (voir docs/soutenance.md), ou donnez --certificat et --cle.")
    serve_forever(app, args.hote, args.port, Path(args.certificat) if args.certificat else None,
                  Path(args.cle) if args.cle else None)
    return 0


def _cmd_summary(args: argparse.Namespace) -> int:
    from cmcert_lib.authoring.rubrics import RubricError
    from cmcert_lib.marking import jury

    course = Course.find()
    shown = 0
    for bloc in _blocs(course, args.bloc):
        try:
            rubric, outcomes = jury.oral_outcomes(course.root, course.gradebook_url, bloc)
        except (jury.SessionError, RubricError) as exc:
            raise CourseError(f"Soutenance du {bloc} : grille ou sessions invalides :\n{exc}") from None
        if rubric is None:
            continue
        shown += 1
        done = sum(1 for o in outcomes if not o.note)
        print(f"Soutenance du {bloc} : {done} candidat(s) sur {len(outcomes)} avec une soutenance retenue "
              f"(règle : docs/soutenance.md).")
        by_session: dict[str, list] = {}
        for outcome in outcomes:
            by_session.setdefault(outcome.session.id if outcome.session else "", []).append(outcome)
        for _id, group in sorted(by_session.items(), key=lambda item: (item[0] == "", item[0])):
            session = group[0].session
            print(f"  session {session.id} — {session.label} — jury : {', '.join(j.name for j in session.jurors)}"
                  if session else "  sans session de soutenance :")
            for outcome in group:
                print("\n".join(f"    {line}" for line in jury.summary_lines(rubric, outcome)))
    if not shown:
        print("Aucun bloc n'a de grille de soutenance (course/<bloc>/soutenance.toml).")
    return 0


def add_cli(subparsers) -> None:
    """Register ``cmcert jury verifier|liens|serveur|bilan``."""
    top = subparsers.add_parser("jury", help="soutenance orale : grille, sessions, fiches des jurés")
    sub = top.add_subparsers(dest="jury_command", required=True)

    p = sub.add_parser("verifier", help="vérifie la grille de soutenance (course/<bloc>/soutenance.toml) et les "
                       "sessions (jury/sessions.toml)")
    p.add_argument("bloc", nargs="?", help="bloc dont vérifier la grille (tous par défaut)")
    p.set_defaults(func=_cmd_check)

    p = sub.add_parser("liens", help="émet le lien personnel de chaque juré (remplace les liens précédents)")
    p.add_argument("--jure", action="append", help="n'émet que le lien de ce juré (identifiant, répétable)")
    p.add_argument("--adresse", default=f"http://127.0.0.1:{DEFAULT_PORT}",
                   help="adresse de la page telle que les jurés l'ouvrent (ex. http://192.168.1.20:8765)")
    p.set_defaults(func=_cmd_links)

    p = sub.add_parser("serveur", help="sert la page des jurés (Ctrl+C pour arrêter)")
    p.add_argument("--hote", default="127.0.0.1",
                   help="adresse d'écoute (par défaut 127.0.0.1 ; 0.0.0.0 pour une tablette sur le réseau local)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT)
    p.add_argument("--certificat", help="certificat du serveur (PEM) pour servir en HTTPS")
    p.add_argument("--cle", help="clé privée du certificat (PEM)")
    p.set_defaults(func=_cmd_serve)

    p = sub.add_parser("bilan", help="où en sont les fiches : reçues, niveaux retenus, critères à délibérer")
    p.add_argument("bloc", nargs="?", help="bloc (tous ceux qui ont une soutenance par défaut)")
    p.set_defaults(func=_cmd_summary)
