"""The build: ``course/<bloc>/*.py`` → ``source/<bloc>/*.ipynb`` → ``release/<bloc>/`` (the candidates' copy).

``source/`` is written by :mod:`cmcert_lib.authoring.textformat`; ``release/``
by nbgrader's ``generate_assignment``, which also records the assignment's
cells in the gradebook (grading needs them). The release is regenerated only
when it is stale: a stamp remembers the source and release it was made from,
and the gradebook must know the assignment's notebooks.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import nbgrader
from nbgrader.api import Gradebook, MissingEntry

from cmcert_lib import nbgrader_steps
from cmcert_lib.authoring import cells, textformat
from cmcert_lib.layout import Course, CourseError


def build_sources(course: Course, bloc: str) -> list[Path]:
    """Regenerate source/<bloc>/*.ipynb from course/<bloc>/*.py; return changed files."""
    texts = course.texts(bloc)
    if not texts:
        raise CourseError(f"Aucune source de notebook dans course/{bloc}/.")
    changed = []
    expected = set()
    for text in texts:
        dest = course.source(bloc) / (text.stem + ".ipynb")
        expected.add(dest.name)
        if textformat.build_file(text, dest):
            changed.append(dest)
    for stale in course.source(bloc).glob("*.ipynb"):
        if stale.name not in expected:
            stale.unlink()
            changed.append(stale)
    return changed


def generate_release(course: Course, bloc: str) -> None:
    """nbgrader generate_assignment: the candidates' copy, and the gradebook's record of it."""
    step = nbgrader_steps.generate_assignment(course.root, bloc)
    if not step.ok:
        raise CourseError(f"nbgrader n'a pas pu générer la copie candidat de {bloc} :\n" + _tail(step.log))
    # nbgrader leaves the previous release's stray files; release/ is ours to keep exact.
    sources = {p.name for p in course.source(bloc).iterdir()}
    for extra in course.release(bloc).iterdir():
        if extra.name not in sources:
            shutil.rmtree(extra) if extra.is_dir() else extra.unlink()
    stamp = course.release_stamp(bloc)
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(json.dumps(_fingerprint(course, bloc)), encoding="utf-8")


def ensure_release(course: Course, bloc: str) -> bool:
    """Regenerate the release only when it is stale; True when it was regenerated."""
    if release_is_current(course, bloc):
        return False
    generate_release(course, bloc)
    return True


def release_is_current(course: Course, bloc: str) -> bool:
    """The release was generated from today's source and config, is unchanged, and the gradebook knows it."""
    stamp = course.release_stamp(bloc)
    try:
        recorded = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if recorded != _fingerprint(course, bloc):
        return False
    if not course.has_gradebook():
        return False
    notebooks = {p.stem for p in course.source(bloc).glob("*.ipynb")}
    with Gradebook(course.gradebook_url) as gb:
        try:
            known = {nb.name for nb in gb.find_assignment(bloc).notebooks}
        except MissingEntry:
            return False
    return known == notebooks


def _fingerprint(course: Course, bloc: str) -> dict[str, str]:
    return {
        "source": _digest(course.source(bloc)),
        "release": _digest(course.release(bloc)),
        "config": hashlib.sha256(course.nbgrader_config.read_bytes()).hexdigest(),
        # The stubs nbgrader writes into the release come from cells.py, not from source/.
        "stubs": hashlib.sha256((cells.CODE_STUB + "\0" + cells.TEXT_STUB).encode("utf-8")).hexdigest(),
        "nbgrader": nbgrader.__version__,
    }


def _digest(folder: Path) -> str:
    digest = hashlib.sha256()
    if folder.is_dir():
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            digest.update(str(path.relative_to(folder)).encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.splitlines()[-lines:])
