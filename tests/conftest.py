"""Shared fixtures: a throw-away copy of the course, so tests never touch the real one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cmcert_lib.course import Course

ROOT = Path(__file__).resolve().parents[1]
COURSE_PARTS = ("course", "source", "release", "nbgrader_config.py")


def copy_course(dest: Path) -> Course:
    for part in COURSE_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, dest / part, ignore=shutil.ignore_patterns("livrables", "__pycache__"))
        else:
            shutil.copy(src, dest / part)
    return Course(dest)


@pytest.fixture(scope="session")
def real_course() -> Course:
    return Course(ROOT)


@pytest.fixture
def course_copy(tmp_path) -> Course:
    return copy_course(tmp_path)
