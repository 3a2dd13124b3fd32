"""The course's paths: nbgrader's own folders where nbgrader looks for them, the course's files in one place."""

from __future__ import annotations

from pathlib import Path

from nbgrader.coursedir import CourseDirectory

from cmcert_lib.layout import Course


def test_nbgrader_folders_are_where_nbgrader_puts_them(tmp_path):
    course, nbgrader = Course(tmp_path), CourseDirectory(root=str(tmp_path))

    def where(step: str, student: str = ".") -> Path:
        return Path(nbgrader.format_path(step, student, "bloc1")).resolve()

    assert where(nbgrader.source_directory) == course.source("bloc1").resolve()
    assert where(nbgrader.release_directory) == course.release("bloc1").resolve()
    assert where(nbgrader.submitted_directory, "ana") == course.submitted("ana", "bloc1")
    assert where(nbgrader.autograded_directory, "ana") == course.autograded("ana", "bloc1")
    assert where(nbgrader.feedback_directory, "ana") == course.feedback("ana", "bloc1")
    assert nbgrader.db_url == course.gradebook_url
    assert course.submitted("ana", "bloc1").parent.parent == course.submitted_root
    assert course.autograded("ana", "bloc1").parent.parent == course.autograded_root
    assert course.feedback("ana", "bloc1").parent.parent == course.feedback_root


def test_grading_outputs_stay_in_the_notes_folder(tmp_path):
    course = Course(tmp_path)
    for path in (course.grading_record("ana", "bloc1"), course.grades_table("bloc1"),
                 course.integrity_report("bloc1")):
        assert course.notes_root in path.parents
    assert course.grading_record("ana", "bloc1").parent == course.grading_records("bloc1")
    assert course.grades_table("bloc1") != course.integrity_report("bloc1")


def test_the_real_course_has_its_authored_files_where_course_says(real_course):
    assert real_course.rule_file.is_file()
    assert real_course.rubric_file("bloc1").is_file()
    assert all(text.parent == real_course.texts_root / "bloc1" for text in real_course.texts("bloc1"))


def test_a_copy_holds_the_course_files_and_nothing_graded(tmp_path):
    origin = Course(tmp_path / "origin")
    for folder in (origin.texts_root / "bloc9", origin.source("bloc9"), origin.release("bloc9"),
                   origin.release("bloc9") / "livrables", origin.submitted("alice", "bloc9")):
        folder.mkdir(parents=True)
    (origin.texts_root / "bloc9" / "01_essai.py").write_text("# %%\n", encoding="utf-8")
    (origin.release("bloc9") / "livrables" / "persona.png").write_bytes(b"png")
    origin.nbgrader_config.write_text("c = get_config()\n", encoding="utf-8")
    origin.gradebook_file.write_bytes(b"sqlite")

    copy = origin.copy_to(tmp_path / "copy")
    assert copy.root == tmp_path / "copy"
    assert copy.texts("bloc9") == [copy.texts_root / "bloc9" / "01_essai.py"]
    assert copy.source("bloc9").is_dir() and copy.release("bloc9").is_dir()
    assert copy.nbgrader_config.read_text(encoding="utf-8") == "c = get_config()\n"
    # What candidates and grading wrote stays behind.
    assert not (copy.release("bloc9") / "livrables").exists()
    assert not copy.submitted_root.exists() and not copy.gradebook_file.exists()


def test_the_oral_files(tmp_path, real_course):
    course = Course(tmp_path)
    assert course.oral_rubric_file("bloc1") == course.texts_root / "bloc1" / "soutenance.toml"
    assert course.jury_sessions_file.parent == course.jury_root == tmp_path / "jury"
    assert course.oral_deck("ana", "bloc1") == course.submitted("ana", "bloc1") / "livrables" / "soutenance.pdf"
    assert real_course.oral_rubric_file("bloc1").is_file()
    # The sessions name candidates and jurors: the course's own jury/ folder holds only its README in git.
    assert (real_course.jury_root / "README.md").is_file()
    assert "jury/*" in (real_course.root / ".gitignore").read_text(encoding="utf-8").splitlines()
