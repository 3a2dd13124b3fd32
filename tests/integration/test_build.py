"""The build regenerates the release only when it is stale, in process, and says so."""

from __future__ import annotations

from cmcert_lib.authoring.build import build_sources, ensure_release, release_is_current
from tests.conftest import copy_course

BLOC = "bloc1"


def test_release_is_regenerated_only_when_stale(tmp_path):
    course = copy_course(tmp_path)
    assert not release_is_current(course, BLOC)  # a fresh clone: no stamp, no gradebook
    assert ensure_release(course, BLOC) is True
    assert release_is_current(course, BLOC)
    assert ensure_release(course, BLOC) is False

    # A changed text source makes the release stale.
    text = course.texts(BLOC)[0]
    text.write_text(text.read_text(encoding="utf-8").replace("Maison Ondine", "Maison  Ondine", 1), encoding="utf-8")
    assert build_sources(course, BLOC)
    assert not release_is_current(course, BLOC)
    assert ensure_release(course, BLOC) is True

    # So does a release edited by hand, and a gradebook that no longer knows the assignment.
    released = min(course.release(BLOC).glob("*.ipynb"))
    released.write_text(released.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert not release_is_current(course, BLOC)
    assert ensure_release(course, BLOC) is True
    course.gradebook_file.unlink()
    assert not release_is_current(course, BLOC)


def test_build_command_says_when_the_release_is_current(tmp_path, monkeypatch, capsys):
    from cmcert_lib.cli import main

    course = copy_course(tmp_path)
    monkeypatch.chdir(course.root)
    monkeypatch.delenv("CMCERT_COURSE", raising=False)
    assert main(["build", BLOC]) == 0
    assert f"{BLOC} : copie candidat générée dans release/{BLOC}/" in capsys.readouterr().out
    assert main(["build", BLOC]) == 0
    assert f"{BLOC} : copie candidat déjà à jour dans release/{BLOC}/" in capsys.readouterr().out
    assert main(["build", BLOC, "--force"]) == 0
    assert f"{BLOC} : copie candidat régénérée dans release/{BLOC}/" in capsys.readouterr().out


def test_check_notebook_names_a_cell_that_stops_the_run(tmp_path):
    """`cmcert check-notebook` while writing: an error in a cell fails both promises and is named; the model
    answers still pass their checks and the blank copy still earns nothing."""
    import subprocess

    from tests.conftest import CMCERT, ROOT

    text = (ROOT / "course" / "bloc1" / "04_parcours_client.py").read_text(encoding="utf-8")
    shown = 'print("Étapes :", " → ".join(STAGES))'
    assert shown in text
    broken = tmp_path / "04_parcours_client.py"
    broken.write_text(text.replace(shown, "etapes = STAGES[9]\n" + shown), encoding="utf-8")
    proc = subprocess.run([str(CMCERT), "check-notebook", str(broken)], capture_output=True, text=True,
                          check=False, cwd=tmp_path)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert "  solution : ÉCHEC" in lines
    assert [line for line in lines if "cellule en échec" in line] == ["    cellule en échec : etapes = STAGES[9]"]
    assert "  copie vierge (aucun point attendu, aucune erreur) : ÉCHEC" in lines
    assert not [line for line in lines if "réussie à tort" in line]
    assert [line for line in lines if "cellule en erreur" in line] == [
        "    cellule en erreur (l'exécution de toutes les cellules s'y arrête) : etapes = STAGES[9]"]
