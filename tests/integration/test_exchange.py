"""A course set up by the project's own commands has a working nbgrader exchange: formgrader can release and collect."""

from __future__ import annotations

import stat

from nbgrader.apps import NbGraderAPI
from nbgrader.coursedir import CourseDirectory

from cmcert_lib.nbgrader_steps import course_config
from tests.conftest import copy_course

BLOC = "bloc1"


def api_for(root) -> NbGraderAPI:
    config = course_config(root)
    return NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)


def test_the_build_prepares_an_exchange_formgrader_accepts(tmp_path, monkeypatch, capsys):
    from cmcert_lib.cli import main

    course = copy_course(tmp_path)
    assert api_for(course.root).exchange_missing  # what formgrader shows as a banner today

    monkeypatch.chdir(course.root)
    monkeypatch.delenv("CMCERT_COURSE", raising=False)
    assert main(["build", BLOC]) == 0
    said = capsys.readouterr().out
    assert f"échange nbgrader (distribution et ramassage des copies) : {course.exchange_root}" in said
    mode = course.exchange_root.stat().st_mode
    assert stat.S_IMODE(mode) == 0o1777  # everyone writes, nobody removes another's files

    api = api_for(course.root)
    assert not api.exchange_missing
    released = api.release_assignment(BLOC)
    assert released["success"], released.get("log", "") + released.get("error", "")
    outbound = course.exchange_root / "cmcert" / "outbound" / BLOC
    released_files = sorted(p.name for p in course.release(BLOC).glob("*.ipynb"))
    assert sorted(p.name for p in outbound.glob("*.ipynb")) == released_files
