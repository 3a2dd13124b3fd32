"""Class 2 of issue 10: a hand-in folder is read without following links, and the solutions are noticed.

Grading reads ``submitted/<student>/<bloc>/`` through :mod:`cmcert_lib.grading.handin`: a
symbolic link (to ``source/<bloc>/``, the solutions), a hard link, anything but a regular file,
or (as root) a file of another owner is refused with a French note, and the notebook scores 0.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import stat

import pytest

from cmcert_lib.grading import handin

SOURCE_NB = json.dumps({"cells": [
    {"cell_type": "code", "metadata": {}, "source": "### BEGIN SOLUTION\nnombre = 42\n### END SOLUTION"},
    {"cell_type": "code", "metadata": {},
     "source": "check()\n### BEGIN HIDDEN TESTS\nscore(...)\n### END HIDDEN TESTS"},
], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}).encode()
OWN_NB = b'{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}'


@pytest.fixture
def course(tmp_path):
    source = tmp_path / "source" / "bloc1"
    source.mkdir(parents=True)
    (source / "01_essai.ipynb").write_bytes(SOURCE_NB)
    folder = tmp_path / "submitted" / "alice" / "bloc1"
    folder.mkdir(parents=True)
    return tmp_path, source, folder


def _notes(found: handin.HandIn) -> str:
    return " ".join(str(n) for n in found.notes)


def test_a_regular_notebook_is_read(course):
    _, _, folder = course
    (folder / "01_essai.ipynb").write_bytes(OWN_NB)
    (folder / "timestamp.txt").write_text("2026-03-01 10:00:00.000000 UTC")
    found = handin.read_handin(folder)
    assert found.notebooks == {"01_essai.ipynb": OWN_NB} and found.notes == []
    assert found.timestamp.startswith(b"2026")


def _symlink(folder, source):
    (folder / "01_essai.ipynb").symlink_to(source / "01_essai.ipynb")


def _relative_symlink(folder, source):
    (folder / "01_essai.ipynb").symlink_to(os.path.relpath(source / "01_essai.ipynb", folder))


def _hardlink(folder, source):
    os.link(source / "01_essai.ipynb", folder / "01_essai.ipynb")


def _fifo(folder, source):
    os.mkfifo(folder / "01_essai.ipynb")


def _socket(folder, source):
    # Bound from inside the folder: a socket's path holds at most 107 bytes, which a test's tmp_path under
    # a parallel worker's base folder can pass.
    with contextlib.chdir(folder), socket.socket(socket.AF_UNIX) as sock:
        sock.bind("01_essai.ipynb")


def _dangling(folder, source):
    (folder / "01_essai.ipynb").symlink_to("/nonexistent/x.ipynb")


def _device(folder, source):
    if os.geteuid() != 0:
        pytest.skip("creating a device node needs root")
    os.mknod(folder / "01_essai.ipynb", stat.S_IFCHR | 0o600, os.makedev(1, 3))


def _foreign(folder, source):
    if os.geteuid() != 0:
        pytest.skip("the owner check applies when grading runs as root")
    (folder / "01_essai.ipynb").write_bytes(OWN_NB)
    os.chown(folder / "01_essai.ipynb", 12345, 12345)


@pytest.mark.parametrize(("make", "words"), [
    (_symlink, "lien symbolique"),
    (_relative_symlink, "lien symbolique"),
    (_dangling, "lien symbolique"),
    (_hardlink, "lien physique"),
    (_fifo, "pas un fichier ordinaire"),
    (_socket, "pas un fichier ordinaire"),
    (_device, "pas un fichier ordinaire"),
    (_foreign, "autre utilisateur"),
])
def test_what_is_not_the_candidates_own_file_is_refused(course, make, words):
    _, source, folder = course
    make(folder, source)
    found = handin.read_handin(folder)
    assert found.notebooks == {}
    assert words in _notes(found) and "0 point" in _notes(found)
    assert all(n.suspicious for n in found.notes)


def test_a_hand_in_folder_that_is_a_link_is_refused(course):
    _, source, folder = course
    folder.rmdir()
    folder.symlink_to(source, target_is_directory=True)
    found = handin.read_handin(folder)
    assert found.notebooks == {} and "lien symbolique" in _notes(found)


def test_a_candidate_folder_that_is_a_link_is_refused(course):
    root, source, folder = course
    elsewhere = root / "ailleurs"
    (elsewhere / "bloc1").mkdir(parents=True)
    os.link(source / "01_essai.ipynb", elsewhere / "bloc1" / "x.ipynb")
    folder.rmdir()
    folder.parent.rmdir()
    folder.parent.symlink_to(elsewhere, target_is_directory=True)
    found = handin.read_handin(folder)
    assert found.notebooks == {} and "lien symbolique" in _notes(found)


def test_nbgraders_submission_secret_is_kept_when_it_is_one(course):
    _, _, folder = course
    (folder / "01_essai.ipynb").write_bytes(OWN_NB)
    (folder / handin.SECRET_FILE).write_text("ab12" * 32 + "\n")
    found = handin.read_handin(folder)
    assert found.secret == "ab12" * 32 and found.notes == []
    for forged in ("../../gradebook.db", "ab12" * 100, "", "AB12" * 32):
        (folder / handin.SECRET_FILE).write_text(forged)
        found = handin.read_handin(folder)
        assert found.secret is None
        assert "submission_secret.txt" in _notes(found) and found.notes[0].suspicious


def test_sub_folders_and_other_files_are_ignored_and_named(course):
    _, _, folder = course
    (folder / "images").mkdir()
    (folder / ".ipynb_checkpoints").mkdir()
    (folder / "notes.txt").write_text("x")
    (folder / "01_essai.ipynb").write_bytes(OWN_NB)
    found = handin.read_handin(folder)
    assert list(found.notebooks) == ["01_essai.ipynb"]
    notes = _notes(found)
    assert "images" in notes and "notes.txt" in notes and ".ipynb_checkpoints" not in notes
    assert not any(n.suspicious for n in found.notes)


def test_a_huge_file_is_refused_without_reading_it(course):
    _, _, folder = course
    with open(folder / "01_essai.ipynb", "wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # 100 MB, sparse
    found = handin.read_handin(folder, max_bytes=20 * 1024 * 1024)
    assert found.notebooks == {} and "trop volumineux" in _notes(found)


def test_a_latin1_file_name_is_kept_and_shown_escaped(course):
    _, _, folder = course
    name = os.fsdecode(b"01_essai_\xe9t\xe9.ipynb")
    (folder / name).write_bytes(OWN_NB)
    found = handin.read_handin(folder)
    assert list(found.notebooks) == [name]
    assert "01_essai_\\xe9t\\xe9.ipynb" in _notes(found) and "UTF-8" in _notes(found)
    json.dumps(_notes(found), ensure_ascii=False).encode("utf-8")  # a record can hold it


@pytest.mark.parametrize("cells", [
    ["### BEGIN SOLUTION\nnombre = 42\n### END SOLUTION"],
    ["nombre = 42", "check()\n### BEGIN HIDDEN TESTS\nscore(...)\n### END HIDDEN TESTS"],
    ["# BEGIN SOLUTION"],
    ["Un avis.\n=== BEGIN MARK SCHEME ===\nbarème\n=== END MARK SCHEME ==="],
])
def test_a_hand_in_carrying_the_solutions_is_noticed(course, cells):
    _, source, _ = course
    assert handin.looks_like_source(b"{}", handin.source_digests(source), cells)


def test_a_byte_copy_of_the_source_notebook_is_noticed(course):
    _, source, _ = course
    assert "notebook source" in handin.looks_like_source(SOURCE_NB, handin.source_digests(source), [])


@pytest.mark.parametrize("cells", [["nombre = 42"], ["# solution : 42\nnombre = 42"], ["Le test caché ?"]])
def test_a_right_answer_is_not_the_solutions(course, cells):
    _, source, _ = course
    assert handin.looks_like_source(OWN_NB, handin.source_digests(source), cells) is None
