"""One candidate's hand-in, graded so that only their answers count.

For each notebook of the assignment:

1. :mod:`cmcert_lib.grading.rebuild` rebuilds a trusted copy (the candidate's answers
   on the release's structure);
2. the test cells are replaced by *export cells* and the copy runs in the
   sandbox (:mod:`cmcert_lib.grading.sandbox`): the candidate's code runs, the export
   cells display each answer as plain data (:mod:`cmcert_lib.grading.answers`);
3. here, in the grading process, the hidden tests of the *source* notebook score
   those answers (:mod:`cmcert_lib.grading.scoring`);
4. the graded copy gets the candidate's outputs on their own cells and the
   trusted results (remarks, then the points as the cell's value) on the test
   cells, and is staged for ``nbgrader autograde``, which records it without
   executing anything (``CMCERT_PRESCORED``, see ``nbgrader_config.py``).
"""

from __future__ import annotations

import copy
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from cmcert_lib.authoring import cells
from cmcert_lib.authoring.cells import grade_id
from cmcert_lib.authoring.textformat import dumps
from cmcert_lib.grading import answers, rebuild, sandbox, scoring
from cmcert_lib.grading.feedback import safe_html
from cmcert_lib.grading.rebuild import Note

MAX_INCIDENTS = 8  # per notebook in the integrity summary
HTML_TAG = re.compile(r"<\s*[a-zA-Z!/?]")
# SVG can carry scripts; PNG and JPEG cannot.
ALLOWED_MIMETYPES = ("text/plain", "text/html", "text/markdown", "image/png", "image/jpeg")


@dataclass
class NotebookRun:
    name: str
    seconds: float = 0.0
    status: str = "absent"
    problems: list[str] = field(default_factory=list)  # French: what went wrong with the run itself
    points: dict[str, float] = field(default_factory=dict)  # test grade_id -> trusted points
    incidents: list[str] = field(default_factory=list)  # French: errors, interruptions, a dead kernel
    blank: int = 0  # answer cells left as handed out


@dataclass
class CandidateGrading:
    student: str
    runs: list[NotebookRun] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)  # the integrity summary


def stage_candidate(student: str, submitted_dir: Path, release_dir: Path, source_dir: Path,
                    staging_dir: Path, limits: sandbox.Limits) -> CandidateGrading:
    """Grade one candidate's hand-in into ``staging_dir`` (never writing to ``submitted_dir``)."""
    grading = CandidateGrading(student)
    staging_dir.mkdir(parents=True, exist_ok=True)
    releases = {p.name: nbformat.read(p, as_version=4) for p in sorted(release_dir.glob("*.ipynb"))}
    expected = list(releases)
    ids_of = {name: {grade_id(c) for c in nb.cells} - {None} for name, nb in releases.items()}
    readable = {}
    for path in sorted(submitted_dir.iterdir()) if submitted_dir.is_dir() else []:
        if path.name == "timestamp.txt" and path.is_file() and not path.is_symlink():
            shutil.copyfile(path, staging_dir / "timestamp.txt")
        elif path.suffix == ".ipynb" and path.is_file() and not path.is_symlink():
            nb, problem = rebuild.read_candidate_notebook(path)
            if problem:
                grading.notes.append(Note("fichier", problem))
            else:
                readable[path.name] = nb
        elif path.name != ".ipynb_checkpoints":
            grading.notes.append(Note("fichier", f"« {path.name} » ne fait pas partie du sujet : ignoré."))
    mapping, notes = rebuild.match_notebooks(expected, readable, ids_of)
    grading.notes += notes
    for extra in sorted(set(readable) - set(mapping.values())):
        grading.notes.append(Note("fichier", f"« {extra} » ne correspond à aucun notebook du sujet : ignoré."))

    for name in expected:
        source_nb = nbformat.read(source_dir / name, as_version=4)
        candidate_nb = readable.get(mapping.get(name, ""))
        prepared = rebuild.rebuild(releases[name], candidate_nb, name)
        for note in prepared.notes:
            note.text = f"{name} : {note.text}"
        grading.notes += prepared.notes
        run = NotebookRun(name)
        grading.runs.append(run)
        if prepared.notebook is None:
            grading.notes.append(Note("fichier", f"{name} : non rendu ou illisible, 0 point automatique."))
            continue
        graded = _run_and_score(prepared.notebook, scoring.hidden_tests(source_nb), staging_dir, run, limits)
        if run.problems:
            grading.notes.append(Note("anomalie", f"{name} : " + "; ".join(run.problems)))
        if run.blank:
            grading.notes.append(Note("exécution", f"{name} : {run.blank} cellule(s) de réponse laissée(s) vide(s)."))
        shown = run.incidents[:MAX_INCIDENTS]
        grading.notes += [Note("exécution", f"{name} : {line}") for line in shown]
        if len(run.incidents) > len(shown):
            more = len(run.incidents) - len(shown)
            grading.notes.append(Note("exécution", f"{name} : et {more} autre(s) erreur(s)."))
        (staging_dir / name).write_text(dumps(graded), encoding="utf-8")
    return grading


def _run_and_score(prepared: nbformat.NotebookNode, tests: dict[str, scoring.HiddenTest], work: Path,
                   run: NotebookRun, limits: sandbox.Limits) -> nbformat.NotebookNode:
    to_run = copy.deepcopy(prepared)
    for cell in to_run.cells:
        if cells.is_test(cell):
            cell.source = answers.export_source(tests[grade_id(cell)].variable)
    # Loaded before any candidate code runs, so that exporting never depends on what that code did
    # to the import system or to the process's resources.
    to_run.cells.insert(0, nbformat.v4.new_code_cell(answers.PRELOAD))
    path = work / f".run-{run.name}"
    path.write_text(dumps(to_run), encoding="utf-8")
    result = sandbox.run_notebook(path, limits)
    path.unlink()
    run.seconds, run.status, run.problems = result.seconds, result.status, result.problems
    executed = _cells_of(result.notebook, len(to_run.cells))
    executed = executed[1:] if executed else None  # the preload cell
    if isinstance(result.notebook, dict):
        died = result.notebook.get("metadata", {}).get("cmcert_runner_error")
        if died:
            run.incidents.append("l'exécution s'est arrêtée en cours de route (noyau Python arrêté ou "
                                 "bloqué) : les cellules suivantes n'ont pas été exécutées.")

    graded = copy.deepcopy(prepared)
    for index, cell in enumerate(graded.cells):
        if cell.cell_type == "markdown" and not cells.is_locked(cell):
            cell.source = inert_markdown(cell.source)
        if cell.cell_type != "code":
            continue
        cell.execution_count = None
        outputs = executed[index] if executed else []
        if cells.is_test(cell):
            test = tests[grade_id(cell)]
            payload = next((o["data"][answers.MIMETYPE] for o in outputs
                            if o.get("output_type") == "display_data" and answers.MIMETYPE in o.get("data", {})),
                           None)
            points, lines = scoring.score_payload(test, payload)
            run.points[test.grade_id] = points
            cell.outputs = [
                nbformat.v4.new_output("stream", name="stdout", text="\n".join(lines) + "\n"),
                nbformat.v4.new_output("execute_result", data={"text/plain": repr(points)}, execution_count=None),
            ]
        else:
            cell.outputs = [o for o in (_safe_output(o) for o in outputs) if o is not None]
            if cells.is_stub(cell):
                run.blank += 1  # the stub's NotImplementedError is no incident, only an empty answer
                continue
            run.incidents += [_incident(cell, o, limits) for o in cell.outputs if o.output_type == "error"]
    return graded


def _incident(cell, error, limits: sandbox.Limits) -> str:
    gid = grade_id(cell)
    where = f"cellule de réponse « {gid} »" if gid else f"cellule « {_first_line(cell.source)} »"
    if error.ename in ("KeyboardInterrupt", "CellTimeoutError"):
        return f"{where} interrompue après {limits.cell_timeout} s (boucle sans fin ou calcul trop long)."
    return f"{where} : erreur {error.ename} ({error.evalue[:120]})."


def _first_line(source: str) -> str:
    line = next((text.strip() for text in source.splitlines() if text.strip()), "")
    return line if len(line) <= 50 else line[:47] + "…"



def inert_markdown(source: str) -> str:
    """Markdown the candidate wrote, with any HTML in it made inert (only where there is HTML)."""
    return safe_html(source) if HTML_TAG.search(source) else source


def _cells_of(notebook: dict | None, count: int) -> list[list[dict]] | None:
    """The outputs of each cell of an executed notebook read back from the sandbox (untrusted)."""
    if not isinstance(notebook, dict) or not isinstance(notebook.get("cells"), list):
        return None
    found = notebook["cells"]
    if len(found) != count:
        return None
    return [c.get("outputs", []) if isinstance(c, dict) and isinstance(c.get("outputs"), list) else []
            for c in found]


def _safe_output(output) -> nbformat.NotebookNode | None:
    """A well-formed copy of one output of the candidate's, or None (plain types only)."""
    if not isinstance(output, dict):
        return None
    kind = output.get("output_type")
    if kind == "stream":
        text = output.get("text", "")
        text = "".join(text) if isinstance(text, list) else text
        name = output.get("name") if output.get("name") in ("stdout", "stderr") else "stdout"
        return nbformat.v4.new_output("stream", name=name, text=text if isinstance(text, str) else "")
    if kind == "error":
        return nbformat.v4.new_output("error", ename=str(output.get("ename", ""))[:200],
                                      evalue=str(output.get("evalue", ""))[:2000], traceback=[])
    if kind in ("display_data", "execute_result"):
        data = output.get("data") if isinstance(output.get("data"), dict) else {}
        kept = {}
        for mime in ALLOWED_MIMETYPES:
            value = data.get(mime)
            value = "".join(value) if isinstance(value, list) else value
            if isinstance(value, str):
                kept[mime] = safe_html(value) if mime == "text/html" else value
        if not kept:
            return None
        if kind == "execute_result":
            return nbformat.v4.new_output("execute_result", data=kept, execution_count=None)
        return nbformat.v4.new_output("display_data", data=kept)
    return None
