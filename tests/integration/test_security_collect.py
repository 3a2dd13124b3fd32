"""Class 2 of issue 10: ``nbgrader collect`` (formgrader's « Collect » button) copies only the candidates' own files.

The course's ``nbgrader_config.py`` sets ``ExchangeFactory.collect`` to
:class:`cmcert_lib.grading.collect.SafeCollect`.  Hand-ins are placed in the exchange's
``inbound/`` folder as ``nbgrader submit`` would, then collected through nbgrader's own API.
Stock nbgrader (``shutil.copytree``) copies a link to the solutions as the candidate's notebook.
"""

from __future__ import annotations

import os
import shutil

import pytest
from nbgrader.apps import NbGraderAPI
from nbgrader.coursedir import CourseDirectory

from cmcert_lib.layout import Course
from cmcert_lib.nbgrader_steps import course_config, prepare_exchange
from tests.conftest import ROOT

BLOC = "blocz"
STAMP = "2026-03-01 10:00:00.000000 UTC"
OWN = b'{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}'
SOLUTIONS = b'{"cells": [{"cell_type": "code", "source": "### BEGIN SOLUTION"}]}'


def _api(root) -> NbGraderAPI:
    config = course_config(root)
    return NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)


@pytest.fixture
def course(tmp_path):
    shutil.copy(ROOT / "nbgrader_config.py", tmp_path / "nbgrader_config.py")
    course = Course(tmp_path)
    (course.source(BLOC)).mkdir(parents=True)
    (course.source(BLOC) / "01_essai.ipynb").write_bytes(SOLUTIONS)
    inbound = prepare_exchange(tmp_path) / "cmcert" / "inbound"
    inbound.mkdir(parents=True)
    return course, inbound


def _hand_in(inbound, student: str, stamp: str = STAMP):
    folder = inbound / f"{student}+{BLOC}+{stamp}+abc123"
    folder.mkdir()
    return folder


def test_collect_copies_only_the_candidates_own_regular_files(course):
    course, inbound = course
    solutions = course.source(BLOC) / "01_essai.ipynb"
    honest = _hand_in(inbound, "alice")
    (honest / "01_essai.ipynb").write_bytes(OWN)
    (honest / "timestamp.txt").write_text(STAMP)

    hostile = _hand_in(inbound, "mallory")
    (hostile / "01_essai.ipynb").symlink_to(solutions)
    os.link(solutions, hostile / "02_essai.ipynb")
    os.mkfifo(hostile / "03_essai.ipynb")
    (hostile / "images").mkdir()
    (hostile / "images" / "lien.ipynb").symlink_to(solutions)
    (hostile / "sources").symlink_to(course.source(BLOC), target_is_directory=True)
    (hostile / "autre.ipynb").write_bytes(OWN)
    os.chown(hostile / "autre.ipynb", 12345, 12345)
    (hostile / "notes.txt").write_text("mes notes")
    (hostile / "timestamp.txt").write_text(STAMP)

    (inbound / f"eve+{BLOC}+{STAMP}+x").symlink_to(course.source(BLOC), target_is_directory=True)
    (_hand_in(inbound, "=2+5") / "01_essai.ipynb").write_bytes(OWN)
    (_hand_in(inbound, "bob", "pas une date") / "01_essai.ipynb").write_bytes(OWN)  # stock nbgrader stops here

    result = _api(course.root).collect(BLOC)
    assert result["success"], result.get("log", "") + result.get("error", "")
    log = result["log"]

    assert (course.submitted("alice", BLOC) / "01_essai.ipynb").read_bytes() == OWN
    collected = sorted(str(p.relative_to(course.submitted("mallory", BLOC)))
                       for p in course.submitted("mallory", BLOC).rglob("*"))
    assert collected == ["images", "notes.txt", "timestamp.txt"]
    for line in ("+abc123/01_essai.ipynb » non ramassé : lien symbolique",
                 "02_essai.ipynb » non ramassé : lien physique",
                 "03_essai.ipynb » non ramassé : ce n'est pas un fichier ordinaire",
                 "lien.ipynb » non ramassé : lien symbolique", "sources » non ramassé : lien symbolique",
                 "autre.ipynb » non ramassé : appartient à un autre utilisateur"):
        assert line in log, log
    assert not (course.submitted_root / "eve").exists()
    assert "ce n'est pas un dossier" in log
    assert sorted(p.name for p in course.submitted_root.iterdir()) == ["alice", "mallory"]
    assert "identifiant de candidat refusé : « =2+5 »" in log
    assert "date de remise illisible" in log


def test_stock_collect_would_have_copied_the_solutions(course, tmp_path):
    """What SafeCollect prevents (nbgrader 0.9.6's own collect, for the record)."""
    from nbgrader.exchange.default.collect import ExchangeCollect

    course, inbound = course
    hostile = _hand_in(inbound, "mallory")
    (hostile / "01_essai.ipynb").symlink_to(course.source(BLOC) / "01_essai.ipynb")
    api = _api(course.root)
    api.exchange.collect = ExchangeCollect
    assert api.collect(BLOC)["success"]
    assert (course.submitted("mallory", BLOC) / "01_essai.ipynb").read_bytes() == SOLUTIONS
