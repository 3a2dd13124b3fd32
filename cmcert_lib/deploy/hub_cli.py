"""`cmcert hub up|down|status`: the course's JupyterHub on this host (see :mod:`cmcert_lib.deploy.hub`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cmcert_lib.layout import Course, CourseError

DEFAULT_ROOT = Path("/srv/cmcert-hub")


def _plan(args: argparse.Namespace):
    from cmcert_lib.deploy.accounts import Cohort
    from cmcert_lib.deploy.hub import HubPlan, Ports

    ports = Ports(args.port, args.port + 81, args.port + 1, args.port + 82)
    cohort = Cohort.demo(args.prefix, args.candidates, args.trainers)
    return HubPlan(Path(args.dir).resolve(), cohort, ports, args.bind, postgres=args.gradebook == "postgresql")


def _cmd_up(args: argparse.Namespace) -> int:
    from cmcert_lib.deploy import hub

    course = Course.find()
    plan = _plan(args)
    chosen = tuple(args.blocs or course.blocs())
    try:
        given = hub.up(course, plan, chosen)
    except hub.HubError as exc:
        raise CourseError(str(exc)) from exc
    print(f"JupyterHub du cours : {plan.url}  (journal : {plan.log})")
    print(f"Blocs distribués : {', '.join(chosen)}")
    print(f"Carnet de notes : {'PostgreSQL (' + str(plan.postgres_dir) + ')' if plan.postgres else 'SQLite'}")
    settings = hub.load_settings(plan)
    if settings.get("opened"):
        print("Dossiers rendus traversables (o+x) pour que les utilisateurs lancent Python : "
              + ", ".join(settings["opened"]))
    if settings.get("closed"):
        print("Parties privées du projet fermées aux autres comptes (réponses modèles, historique) : "
              + ", ".join(entry.rpartition(":")[0] for entry in settings["closed"]))
    print(f"Comptes ({len(given)}), mots de passe dans {plan.credentials} (lisible par root seulement) :")
    for name in plan.cohort.people:
        print(f"  {name:<24} {'formateur' if name in plan.cohort.trainers else 'candidat'}")
    print("Arrêt : cmcert hub down" + (f" --dir {plan.root}" if plan.root != DEFAULT_ROOT else ""))
    return 0


def _installed(args: argparse.Namespace):
    """The plan a previous ``up`` left in --dir (French error otherwise)."""
    from cmcert_lib.deploy import hub

    try:
        return hub.load_plan(Path(args.dir).resolve())
    except hub.HubError as exc:
        raise CourseError(str(exc)) from exc


def _cmd_down(args: argparse.Namespace) -> int:
    from cmcert_lib.deploy import hub

    plan = _installed(args)
    print("JupyterHub arrêté." if hub.stop(plan) else "Aucun JupyterHub cmcert ne tournait.")
    if args.purge:
        problems = hub.purge(plan)
        for line in problems:
            print(f"  à vérifier : {line}", file=sys.stderr)
        print(f"Comptes créés par le déploiement et dossier {plan.root} supprimés.")
    return 0


def _cmd_status(args: argparse.Namespace) -> int:
    from cmcert_lib.deploy import hub

    plan = _installed(args)
    pid = hub.running_pid(plan)
    print(f"JupyterHub : {'en marche (pid ' + str(pid) + ') sur ' + plan.url if pid else 'arrêté'}")
    return 0 if pid else 1


def add_cli(sub) -> None:
    top = sub.add_parser("hub", help="le JupyterHub du cours pour une promotion (root, une machine)")
    hub_sub = top.add_subparsers(dest="hub_command", required=True)

    p = hub_sub.add_parser("up", help="crée les comptes, copie le cours, distribue les blocs et démarre JupyterHub")
    p.add_argument("--dir", default=str(DEFAULT_ROOT), help=f"dossier du déploiement (défaut : {DEFAULT_ROOT})")
    p.add_argument("--port", type=int, default=8000, help="port ouvert aux utilisateurs (défaut : 8000) ; "
                   "JupyterHub prend aussi +1 (API du proxy), +81 (Hub), +82 (formgrader) et le carnet de "
                   "notes PostgreSQL +83")
    p.add_argument("--bind", default="127.0.0.1", help="adresse d'écoute (0.0.0.0 pour le réseau de l'école)")
    p.add_argument("--candidates", type=int, default=2, help="comptes candidats de démonstration (défaut : 2)")
    p.add_argument("--trainers", type=int, default=2, help="comptes formateurs de démonstration (défaut : 2)")
    p.add_argument("--prefix", default="", help="préfixe des comptes système créés (défaut : aucun)")
    p.add_argument("--bloc", dest="blocs", action="append", help="bloc à distribuer (répétable ; tous par défaut)")
    p.add_argument("--gradebook", choices=("postgresql", "sqlite"), default="postgresql",
                   help="carnet de notes : un serveur PostgreSQL du déploiement, que plusieurs formateurs "
                        "remplissent en même temps (défaut), ou un fichier SQLite dans le dossier du cours")
    p.set_defaults(func=_cmd_up)

    for name, func, text in (("down", _cmd_down, "arrête JupyterHub (et les serveurs des utilisateurs)"),
                             ("status", _cmd_status, "dit si JupyterHub tourne")):
        p = hub_sub.add_parser(name, help=text)
        p.add_argument("--dir", default=str(DEFAULT_ROOT), help=f"dossier du déploiement (défaut : {DEFAULT_ROOT})")
        if name == "down":
            p.add_argument("--purge", action="store_true",
                           help="supprime aussi les comptes créés par le déploiement et son dossier")
        p.set_defaults(func=func)
