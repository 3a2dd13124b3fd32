"""``cmcert rapport``: the competency reports of the cohort (wired into :mod:`cmcert_lib.cli`)."""

from __future__ import annotations

import argparse
from pathlib import Path


def _cmd_rapport(args: argparse.Namespace) -> int:
    from cmcert_lib.layout import Course, CourseError
    from cmcert_lib.report import ReportError, build_reports

    course = Course.find()
    try:
        files = build_reports(course.root, folder=args.sortie, rule_file=args.regle, parallel=True)
    except ReportError as exc:
        raise CourseError(str(exc)) from None
    print(files.summary())
    return 0


def add_cli(subparsers) -> None:
    """Register ``cmcert rapport`` on the ``cmcert`` command's subparsers."""
    p = subparsers.add_parser(
        "rapport",
        help="rapports de compétences (HTML par candidat et pour la promotion, CSV et Excel)",
        description=(
            "Calcule pour chaque candidat le statut des 38 compétences du référentiel, la "
            "validation des blocs et la proposition au jury, selon la règle de "
            "course/validation.toml, et écrit les rapports dans rapports/."
        ),
    )
    p.add_argument("--sortie", type=Path, default=None,
                   help="dossier des rapports (par défaut : rapports/ à la racine du cours)")
    p.add_argument("--regle", type=Path, default=None,
                   help="autre fichier de règle de validation (par défaut : course/validation.toml)")
    p.set_defaults(func=_cmd_rapport)
