"""``cmcert rubriques``: check the rubric files, and bring saved grades in line after a change.

``add_cli(subparsers)`` registers the commands on the ``cmcert`` parser
(:mod:`cmcert_lib.cli`).  Messages are French: trainers read them.
"""

from __future__ import annotations

import argparse

from cmcert_lib.layout import Course, CourseError


def _cmd_check(args: argparse.Namespace) -> int:
    from cmcert_lib.authoring.rubrics import rubric_errors
    from cmcert_lib.authoring.soutenance import oral_rubric_errors

    course = Course.find()
    blocs = [args.bloc] if args.bloc else course.blocs()
    status = 0
    for bloc in blocs:
        if bloc not in course.blocs():
            raise CourseError(f"Bloc inconnu : « {bloc} ». Blocs du cours : {', '.join(course.blocs())}.")
        rubrics, errors = rubric_errors(course.root, bloc)
        oral, oral_errors = oral_rubric_errors(course.root, bloc)
        errors += oral_errors
        if errors:
            status = 1
            print(f"{bloc} : {len(errors)} problème(s) dans les grilles :")
            for error in errors:
                print(f"  - {error}")
        else:
            criteria = sum(len(r.criteria) for r in rubrics.values())
            print(f"{bloc} : {len(rubrics)} grille(s), {criteria} critère(s), conformes aux notebooks "
                  "et au référentiel.")
            if oral is not None:
                print(f"{bloc} : grille de soutenance, {len(oral.criteria)} critère(s), conforme aux critères de "
                      "l'oral du référentiel.")
    return status


def _cmd_recompute(args: argparse.Namespace) -> int:
    from cmcert_lib.authoring.rubrics import RubricError
    from cmcert_lib.marking.store import recompute

    course = Course.find()
    if args.bloc not in course.blocs():
        raise CourseError(f"Bloc inconnu : « {args.bloc} ». Blocs du cours : {', '.join(course.blocs())}.")
    try:
        report = recompute(course.gradebook_url, course.root, args.bloc)
    except RubricError as exc:
        raise CourseError(f"Grilles de {args.bloc} invalides, rien n'a été recalculé :\n{exc}") from None
    print(report.summary())
    if report.flagged:
        print("Les réponses « à revoir » gardent leur ancienne note et leurs anciens niveaux ; "
              "ouvrez formateur/correction.ipynb pour les corriger à nouveau.")
    return 0


def add_cli(subparsers) -> None:
    """Register ``cmcert rubriques verifier [bloc]`` and ``cmcert rubriques recalculer <bloc>``."""
    top = subparsers.add_parser("rubriques", help="grilles critériées des réponses corrigées à la main")
    sub = top.add_subparsers(dest="rubric_command", required=True)

    p = sub.add_parser("verifier", help="vérifie les grilles (course/<bloc>/rubriques.toml, soutenance.toml) "
                       "contre les notebooks et le référentiel")
    p.add_argument("bloc", nargs="?", help="bloc à vérifier (tous par défaut)")
    p.set_defaults(func=_cmd_check)

    p = sub.add_parser("recalculer", help="après une modification des grilles : recalcule les notes "
                       "enregistrées, signale celles à revoir")
    p.add_argument("bloc")
    p.set_defaults(func=_cmd_recompute)
