"""``cmcert postgres``: the gradebook's PostgreSQL server (wired into :mod:`cmcert_lib.cli`)."""

from __future__ import annotations

import argparse
from pathlib import Path


def _folder(args: argparse.Namespace) -> Path:
    from cmcert_lib.deploy.postgres import default_folder
    from cmcert_lib.layout import Course

    return args.dossier if args.dossier is not None else default_folder(Course.find())


def _fail(exc: Exception):
    from cmcert_lib.layout import CourseError

    return CourseError(str(exc))


def _cmd_start(args: argparse.Namespace) -> int:
    from cmcert_lib.deploy import postgres

    try:
        cluster = postgres.start(_folder(args), args.port, args.tcp)
    except postgres.PostgresError as exc:
        raise _fail(exc) from None
    print(f"PostgreSQL démarré (pid {postgres.running(cluster)}) dans {cluster.folder}, "
          f"socket {cluster.socket_dir}, port {cluster.port}{' (aussi sur 127.0.0.1)' if cluster.tcp else ''}.")
    print("Pour que nbgrader et cmcert y tiennent le carnet de notes :")
    print(f"  export CMCERT_GRADEBOOK_URL='{cluster.url()}'")
    return 0


def _cmd_stop(args: argparse.Namespace) -> int:
    from cmcert_lib.deploy import postgres

    try:
        stopped = postgres.stop(_folder(args))
    except postgres.PostgresError as exc:
        raise _fail(exc) from None
    print("PostgreSQL arrêté." if stopped else "PostgreSQL n'était pas démarré.")
    return 0


def _cmd_status(args: argparse.Namespace) -> int:
    from cmcert_lib.deploy import postgres

    try:
        cluster = postgres.Cluster.load(_folder(args))
    except postgres.PostgresError as exc:
        print(exc)
        return 3
    pid = postgres.running(cluster)
    print(f"PostgreSQL en marche (pid {pid}), port {cluster.port}, dans {cluster.folder}." if pid
          else f"PostgreSQL arrêté ({cluster.folder}).")
    return 0 if pid else 3  # pg_ctl status's code for a server that is not running


def _cmd_url(args: argparse.Namespace) -> int:
    from cmcert_lib.deploy import postgres

    try:
        print(postgres.Cluster.load(_folder(args)).url(tcp=args.tcp))
    except postgres.PostgresError as exc:
        raise _fail(exc) from None
    return 0


def _cmd_reset(args: argparse.Namespace) -> int:
    from cmcert_lib.deploy import postgres
    from cmcert_lib.layout import GRADEBOOK_URL_VARIABLE, Course, CourseError

    course = Course.find()
    if course.gradebook_file is not None:
        raise CourseError(f"{GRADEBOOK_URL_VARIABLE} n'est pas défini : le carnet de notes est le fichier "
                          f"{course.gradebook_file} (make clean-grading le supprime).")
    try:
        dropped = postgres.reset_gradebook(course.gradebook_url)
    except postgres.PostgresError as exc:
        raise _fail(exc) from None
    print(f"Carnet de notes vidé ({course.gradebook_label}) : {len(dropped)} table(s) supprimée(s).")
    return 0


def add_cli(subparsers) -> None:
    """Register ``cmcert postgres`` on the ``cmcert`` command's subparsers."""
    p = subparsers.add_parser(
        "postgres",
        help="serveur PostgreSQL du carnet de notes (démarrer, arrêter, état, adresse)",
        description=(
            "Un serveur PostgreSQL pour le carnet de notes, dans un dossier du cours (build/postgres/ par "
            "défaut) : « start » le crée la première fois et le démarre, « url » affiche la valeur de "
            "CMCERT_GRADEBOOK_URL qui y met le carnet de notes de nbgrader et de cmcert."
        ),
    )
    actions = p.add_subparsers(dest="action", required=True, metavar="{start,stop,status,url,reset}")
    dossier = argparse.ArgumentParser(add_help=False)
    dossier.add_argument("--dossier", type=Path, default=None,
                         help="dossier du serveur (par défaut : build/postgres/ à la racine du cours)")
    start = actions.add_parser("start", parents=[dossier], help="créer (la première fois) et démarrer le serveur")
    start.add_argument("--port", type=int, default=5433,
                       help="port du serveur (socket et, avec --tcp, 127.0.0.1 ; par défaut : 5433 ; "
                            "choisi à la création)")
    start.add_argument("--tcp", action="store_true",
                       help="écouter aussi sur 127.0.0.1, avec un mot de passe (choisi à la création)")
    start.set_defaults(func=_cmd_start)
    actions.add_parser("stop", parents=[dossier], help="arrêter le serveur").set_defaults(func=_cmd_stop)
    actions.add_parser("status", parents=[dossier], help="le serveur est-il démarré ?").set_defaults(func=_cmd_status)
    url = actions.add_parser("url", parents=[dossier], help="l'adresse à mettre dans CMCERT_GRADEBOOK_URL")
    url.add_argument("--tcp", action="store_true", help="l'adresse sur 127.0.0.1 (avec le mot de passe)")
    url.set_defaults(func=_cmd_url)
    actions.add_parser("reset", help="vider le carnet de notes du serveur de CMCERT_GRADEBOOK_URL "
                                     "(supprime toutes ses tables)").set_defaults(func=_cmd_reset)
