"""The ``cmcert`` command: builds the course, grades a bloc, runs the demo.

Messages are French: trainers read them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from cmcert_lib import startup

startup.apply()  # before the imports below bring in nbformat and nbgrader

from cmcert_lib.deploy import cli as postgres_cli  # noqa: E402
from cmcert_lib.deploy import hub_cli  # noqa: E402
from cmcert_lib.layout import Course, CourseError  # noqa: E402
from cmcert_lib.marking import cli as rubric_cli  # noqa: E402
from cmcert_lib.marking import jury_cli  # noqa: E402
from cmcert_lib.report import cli as report_cli  # noqa: E402


def _cmd_build(args: argparse.Namespace) -> int:
    from cmcert_lib.authoring.build import build_sources, ensure_release, generate_release
    from cmcert_lib.nbgrader_steps import prepare_exchange

    course = Course.find()
    print(f"échange nbgrader (distribution et ramassage des copies) : {prepare_exchange(course.root)}")
    for bloc in args.blocs or course.blocs():
        changed = build_sources(course, bloc)
        print(f"{bloc} : {len(changed)} notebook(s) source régénéré(s) dans source/{bloc}/")
        if not args.no_release:
            if args.force:
                generate_release(course, bloc)
                print(f"{bloc} : copie candidat régénérée dans release/{bloc}/")
            elif ensure_release(course, bloc):
                print(f"{bloc} : copie candidat générée dans release/{bloc}/")
            else:
                print(f"{bloc} : copie candidat déjà à jour dans release/{bloc}/")
            _recompute_rubric_grades(course, bloc)
    return 0


def _recompute_rubric_grades(course: Course, bloc: str) -> None:
    """A rubric changed with the build: grades already given follow it (rescored, or flagged to review)."""
    from cmcert_lib.marking.store import recompute

    if course.rubric_file(bloc).is_file():
        report = recompute(course.gradebook_url, course.root, bloc)
        if report.rescored or report.flagged or report.skipped:
            print(report.summary())


def _first_line(source: str) -> str:
    return source.splitlines()[0] if source else ""


def _cmd_check_notebook(args: argparse.Namespace) -> int:
    from cmcert_lib.authoring.selfcheck import check_text_source

    status = 0
    for path in args.paths:
        solved, blank = check_text_source(Path(path))
        print(f"{path} :")
        print(f"  solution : {'OK' if solved.ok else 'ÉCHEC'}")
        for source in solved.failed + solved.changed + [s for s in solved.errors if s not in solved.failed]:
            print("    cellule en échec :", _first_line(source))
        print(f"  copie vierge (aucun point attendu, aucune erreur) : {'OK' if blank.ok else 'ÉCHEC'}")
        for source in blank.passed + blank.failed:
            print("    cellule réussie à tort :", _first_line(source))
        for source in blank.errors:
            print("    cellule en erreur (l'exécution de toutes les cellules s'y arrête) :", _first_line(source))
        status |= 0 if solved.ok and blank.ok else 1
    return status


def _cmd_data(args: argparse.Namespace) -> int:
    from cmcert_lib import blocs

    for bloc in blocs.bloc_packages():
        generators = blocs.part(bloc, "datagen")
        for path in generators.generate_all(blocs.data_dir(bloc)) if generators else []:
            print(f"écrit : {path}")
    return 0


def _grade_through_sudo(args: argparse.Namespace) -> None:
    """On the course's JupyterHub, a trainer is not root: grading goes through the root wrapper that
    ``cmcert hub up`` allowed their group to run with sudo ($CMCERT_GRADE_VIA_SUDO); never returns."""
    argv = [*args.blocs, *(f"--student={s}" for s in args.student or ()),
            *([f"--jobs={args.jobs}"] if args.jobs else []), *(["--quiet"] if args.quiet else []),
            *(["--json"] if args.json else [])]
    sudo = shutil.which("sudo")
    if sudo is None:
        raise CourseError("sudo manque sur ce serveur : la correction isolée ne peut pas être lancée.")
    sys.stdout.flush()
    os.execv(sudo, [sudo, "-n", os.environ["CMCERT_GRADE_VIA_SUDO"], *argv])


def _cmd_grade(args: argparse.Namespace) -> int:
    if os.geteuid() != 0 and os.environ.get("CMCERT_GRADE_VIA_SUDO"):
        _grade_through_sudo(args)
    if not args.json:
        return _grade(args, sys.stdout)
    # Nothing but the JSON document on stdout: whatever else grading writes there, from this process
    # or from the tools it starts, goes to stderr meanwhile.
    sys.stdout.flush()
    with os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8") as out:
        os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
        try:
            return _grade(args, out)
        finally:
            sys.stdout.flush()
            os.dup2(out.fileno(), sys.stdout.fileno())


def _grade(args: argparse.Namespace, out) -> int:
    from cmcert_lib.grading.batch import grade_blocs, submitted_students
    from cmcert_lib.grading.progress import Progress

    course = Course.find()
    blocs = list(dict.fromkeys(args.blocs))
    if not blocs:  # every bloc with hand-ins, as one batch
        blocs = [bloc for bloc in course.blocs() if submitted_students(course, bloc)]
        if not blocs:
            raise CourseError("Aucune copie à corriger dans submitted/ (aucun bloc n'a de copie collectée).")
    progress = Progress("json" if args.json else "quiet" if args.quiet else "normal", stream=out,
                        with_bloc=len(blocs) > 1)
    try:
        reports = grade_blocs(course, dict.fromkeys(blocs, args.student or None), jobs=args.jobs,
                              listener=progress)
    except BaseException:
        progress.close()  # the bar is erased before the error is shown
        raise
    progress.close([reports[bloc] for bloc in blocs])
    return 0


def _cmd_publish(args: argparse.Namespace) -> int:
    from cmcert_lib.publish import publish

    print(publish(Course.find(), args.blocs or None).summary())
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from cmcert_lib.demo import run_demo

    run_demo(Course.find(), args.blocs)
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="cmcert", description="Cours et certification Community manager.")
    sub = top.add_subparsers(dest="command", required=True)

    p = sub.add_parser("build", help="régénère source/ depuis course/ et release/ depuis source/")
    p.add_argument("blocs", nargs="*", help="blocs à construire (tous par défaut)")
    p.add_argument("--no-release", action="store_true", help="ne régénère pas release/")
    p.add_argument("--force", action="store_true", help="régénère release/ même s'il est à jour")
    p.set_defaults(func=_cmd_build)

    p = sub.add_parser("check-notebook",
                       help="vérifie qu'une source passe ses tests et que sa copie vierge n'en passe aucun")
    p.add_argument("paths", nargs="+")
    p.set_defaults(func=_cmd_check_notebook)

    p = sub.add_parser("data", help="régénère les jeux de données (graine fixe)")
    p.set_defaults(func=_cmd_data)

    p = sub.add_parser("grade", help="corrige les copies collectées d'un ou plusieurs blocs (submitted/)")
    p.add_argument("blocs", nargs="*", metavar="bloc",
                   help="blocs à corriger, en un seul lot (par défaut : tous ceux qui ont des copies collectées)")
    p.add_argument("--student", action="append", help="ne corrige que ce candidat (répétable)")
    p.add_argument("--jobs", type=int, default=None,
                   help="notebooks exécutés en parallèle, ceux d'un même candidat côte à côte "
                        "(par défaut : un par cœur)")
    shown = p.add_mutually_exclusive_group()
    shown.add_argument("--quiet", action="store_true", help="n'affiche que le bilan final")
    shown.add_argument("--json", action="store_true",
                       help="n'affiche que le bilan en JSON (par candidat : notes par notebook, problèmes, durée ; "
                        "plusieurs blocs : {\"blocs\": [un bilan par bloc]})")
    p.set_defaults(func=_cmd_grade)

    p = sub.add_parser("publier", help="après une correction à la main : régénère les retours des candidats, "
                       "les tableaux de notes et les rapports du jury")
    p.add_argument("blocs", nargs="*", help="blocs à publier (tous par défaut)")
    p.set_defaults(func=_cmd_publish)

    p = sub.add_parser("demo", help="chaîne complète sur une promotion fictive")
    p.add_argument("--bloc", dest="blocs", action="append", help="ne fait que ce bloc (répétable ; tous par défaut)")
    p.set_defaults(func=_cmd_demo)
    hub_cli.add_cli(sub)
    rubric_cli.add_cli(sub)
    jury_cli.add_cli(sub)
    report_cli.add_cli(sub)
    postgres_cli.add_cli(sub)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except CourseError as exc:
        print(f"cmcert : {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
