"""One candidate's hand-in, graded so that only their answers count.

The hand-in folder is read by :mod:`cmcert_lib.grading.handin` (no link, no hard link, no
file but the candidate's own; a notebook that is the course's source is refused) and each
notebook is parsed within bounds (:mod:`cmcert_lib.grading.untrusted`).  Then, for each
notebook of the assignment:

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

What comes back from the sandbox is the candidate's to forge: it is checked against a strict
schema (:func:`cmcert_lib.grading.untrusted.executed_cells`), refused as a whole (0 for the
notebook, a French note) when it does not fit, and its outputs are cut to a size and made inert
(:mod:`cmcert_lib.grading.inert`) before anything is stored.  A notebook whose grading fails for
any reason scores 0 with a French note; the candidate's other notebooks are graded all the same.
"""

from __future__ import annotations

import copy
import json
import re
import traceback
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from cmcert_lib.authoring import cells
from cmcert_lib.authoring.cells import grade_id
from cmcert_lib.authoring.textformat import dumps
from cmcert_lib.grading import answers, executor, handin, inert, quoting, rebuild, sandbox, scoring, untrusted
from cmcert_lib.grading.rebuild import Note

MAX_INCIDENTS = 8  # per notebook in the integrity summary
# What the candidate's outputs may take in one graded copy, all cells together (each cell has its own
# limit, Limits.output_bytes); beyond, the outputs are cut. The runner caps them too, but its result is
# the candidate's to rewrite.
TOTAL_OUTPUT_BYTES = 8 * 1024 * 1024
MAX_HTML_CHARS = 1024 * 1024  # a bigger HTML output is shown as its plain text
TRUNCATED = "[… sorties suivantes coupées par le correcteur : {size} octets au total]\n"
# The runner's own cut of one cell's outputs (its marker, at the end of a stream): reported to the
# trainer like the cuts made here. The runner's result is the candidate's to rewrite, so at worst a
# candidate adds this note about themselves.
SANDBOX_CUT = re.compile(re.escape(executor.TRUNCATED.strip()).replace(re.escape("{size}"), r"(\d{1,15})")
                         + r"\n?\Z")
# The formats nbgrader's own submit writes (and parses back with dateutil): nothing else is kept.
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?( ?[+-]\d{2}:?\d{2}| [A-Za-z]{1,5})?")
# Outputs kept as they are; the others, made inert (see cmcert_lib.grading.inert).
ALLOWED_MIMETYPES = inert.KEPT_MIMETYPES


@dataclass
class NotebookRun:
    name: str
    seconds: float = 0.0
    status: str = "absent"
    problems: list[str] = field(default_factory=list)  # French: what went wrong with the run itself
    points: dict[str, float] = field(default_factory=dict)  # test grade_id -> trusted points
    incidents: list[str] = field(default_factory=list)  # French: errors, interruptions, a dead kernel
    blank: int = 0  # answer cells left as handed out
    failure: str = ""  # grading's own failure on this notebook: the traceback, for the course's team


@dataclass
class CandidateGrading:
    student: str
    runs: list[NotebookRun] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)  # the integrity summary


def stage_candidate(student: str, submitted_dir: Path, release_dir: Path, source_dir: Path,
                    staging_dir: Path, limits: sandbox.Limits, pool: Executor | None = None) -> CandidateGrading:
    """Grade one candidate's hand-in into ``staging_dir`` (never writing to ``submitted_dir``).

    One notebook that cannot be graded scores 0 with a French note; the others are graded all the same.
    With ``pool``, the notebooks are graded there, side by side (the batch's pool, bounded by the
    cores): one long notebook no longer holds a candidate's others back. The notes keep the
    notebooks' order whatever the order they end in.
    """
    grading = CandidateGrading(student)
    staging_dir.mkdir(parents=True, exist_ok=True)
    releases = {p.name: nbformat.read(p, as_version=4) for p in sorted(release_dir.glob("*.ipynb"))}
    expected = list(releases)
    ids_of = {name: {grade_id(c) for c in nb.cells} - {None} for name, nb in releases.items()}
    readable = _readable(submitted_dir, source_dir, staging_dir, grading)
    mapping, notes = rebuild.match_notebooks(expected, readable, ids_of)
    grading.notes += notes
    for extra in sorted(set(readable) - set(mapping.values())):
        grading.notes.append(Note("fichier", f"« {quoting.file_name(extra)} » ne correspond à aucun notebook du "
                                  "sujet : ignoré."))

    def one(name: str) -> tuple[NotebookRun, list[Note]]:
        run, alone = NotebookRun(name), CandidateGrading(student)
        try:
            _stage_notebook(name, releases[name], readable.get(mapping.get(name, "")), source_dir, staging_dir,
                            run, alone, limits)
        except Exception as exc:  # noqa: BLE001 - one notebook that breaks grading scores 0, the others go on
            (staging_dir / name).unlink(missing_ok=True)
            run.points.clear()
            run.failure = traceback.format_exc(limit=40)
            alone.notes.append(Note("anomalie", f"{name} : la correction automatique de ce notebook a échoué "
                                    f"({type(exc).__name__}) : 0 point automatique ; signalez-le à "
                                    "l'équipe du cours.", suspicious=True))
        return run, alone.notes

    graded = list(pool.map(one, expected)) if pool is not None else [one(name) for name in expected]
    for run, found in graded:
        grading.runs.append(run)
        grading.notes += found
    return grading


def _readable(submitted_dir: Path, source_dir: Path, staging_dir: Path,
              grading: CandidateGrading) -> dict[str, nbformat.NotebookNode]:
    """The hand-in's notebooks that can be graded (refused files and the course's own notebooks left out)."""
    found = handin.read_handin(submitted_dir, rebuild.MAX_NOTEBOOK_BYTES)
    grading.notes += found.notes
    if found.timestamp is not None:
        stamp = _timestamp(found.timestamp)
        if stamp:
            (staging_dir / "timestamp.txt").write_text(stamp, encoding="utf-8")
        else:
            grading.notes.append(Note("fichier", "timestamp.txt illisible : date de remise ignorée."))
    if found.secret is not None:  # carried to autograded/, then feedback/, where release_feedback reads it
        (staging_dir / handin.SECRET_FILE).write_text(found.secret, encoding="ascii")
    digests = handin.source_digests(source_dir)
    readable = {}
    for name, data in found.notebooks.items():
        reading = rebuild.parse_candidate_notebook(data, name)
        grading.notes += reading.notes
        if reading.problem:
            grading.notes.append(Note("fichier", reading.problem))
            continue
        reason = handin.looks_like_source(data, digests, [c.source for c in reading.notebook.cells])
        if reason:
            grading.notes.append(Note("fichier", f"« {quoting.file_name(name)} » : {reason} : copie refusée, "
                                      "0 point.", suspicious=True))
            continue
        readable[name] = reading.notebook
    return readable


def _timestamp(data: bytes) -> str | None:
    from nbgrader.utils import parse_utc

    try:
        text = data.decode("utf-8").strip()
    except UnicodeDecodeError:
        return None
    if not TIMESTAMP.fullmatch(text):
        return None
    try:
        parse_utc(text)
    except (ValueError, OverflowError, TypeError):
        return None
    return text


def _stage_notebook(name: str, release_nb: nbformat.NotebookNode, candidate_nb: nbformat.NotebookNode | None,
                    source_dir: Path, staging_dir: Path, run: NotebookRun, grading: CandidateGrading,
                    limits: sandbox.Limits) -> None:
    source_nb = nbformat.read(source_dir / name, as_version=4)
    prepared = rebuild.rebuild(release_nb, candidate_nb, name)
    for note in prepared.notes:
        note.text = f"{name} : {note.text}"
    grading.notes += prepared.notes
    if prepared.notebook is None:
        grading.notes.append(Note("fichier", f"{name} : non rendu ou illisible, 0 point automatique."))
        return
    handed_out = {grade_id(c): c.source.strip() for c in release_nb.cells if cells.is_answer(c)}
    graded = _run_and_score(prepared.notebook, scoring.hidden_tests(source_nb), staging_dir, run, limits,
                            handed_out)
    if run.problems:
        grading.notes.append(Note("anomalie", f"{name} : " + "; ".join(run.problems)))
    if run.blank:
        grading.notes.append(Note("exécution", f"{name} : {run.blank} cellule(s) de réponse laissée(s) vide(s)."))
    shown = run.incidents[:MAX_INCIDENTS]
    grading.notes += [Note("exécution", f"{name} : {line}") for line in shown]
    if len(run.incidents) > len(shown):
        more = len(run.incidents) - len(shown)
        grading.notes.append(Note("exécution", f"{name} : et {more} autre(s) erreur(s)."))
    (staging_dir / name).write_text(dumps(graded), encoding="utf-8", errors="replace")


def _execute(to_run: nbformat.NotebookNode, work: Path, run: NotebookRun,
             limits: sandbox.Limits) -> untrusted.Executed | None:
    """Run the copy in the sandbox; the outputs of each cell, or None when nothing trustworthy came back."""
    path = work / f".run-{run.name}"
    path.write_text(dumps(to_run), encoding="utf-8", errors="replace")
    try:
        result = sandbox.run_notebook(path, limits)
    except Exception as exc:  # noqa: BLE001 - the result is the candidate's to forge: reading it may fail anyhow
        run.status = "rejected"
        run.problems.append(f"le résultat de l'exécution a été refusé ({_reason(exc)}) : 0 point automatique "
                            "pour ce notebook.")
        return None
    finally:
        path.unlink(missing_ok=True)
    run.seconds, run.status, run.problems = result.seconds, result.status, list(result.problems)
    if result.notebook is None:
        return None
    try:
        checked = untrusted.bounded(result.notebook)
        return untrusted.executed_cells(checked.value, len(to_run.cells))
    except untrusted.Rejected as exc:
        run.status = "rejected"
        run.problems.append(f"le résultat de l'exécution a été refusé ({str(exc).rstrip('.')}) : 0 point "
                            "automatique pour ce notebook.")
        return None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, untrusted.Rejected):
        return str(exc).rstrip(".")
    if isinstance(exc, RecursionError):
        return "structure JSON trop imbriquée"
    if isinstance(exc, ValueError):
        return "contenu hors limites (nombre trop long ou JSON invalide)"
    return f"erreur {type(exc).__name__}"


def _run_and_score(prepared: nbformat.NotebookNode, tests: dict[str, scoring.HiddenTest], work: Path,
                   run: NotebookRun, limits: sandbox.Limits,
                   handed_out: dict[str, str] | None = None) -> nbformat.NotebookNode:
    """Run the copy in the sandbox and score its exports; ``handed_out``: each answer cell's source in the
    candidates' copy (stub and the author's lines around it), to tell an answer left as handed out."""
    to_run = copy.deepcopy(prepared)
    for cell in to_run.cells:
        if cells.is_test(cell):
            cell.source = answers.export_source(tests[grade_id(cell)].variable)
    # Loaded before any candidate code runs, so that exporting never depends on what that code did
    # to the import system or to the process's resources.
    preload = nbformat.v4.new_code_cell(answers.PRELOAD)
    if to_run.get("nbformat_minor", 5) < 5:
        preload.pop("id", None)
    to_run.cells.insert(0, preload)
    executed = _execute(to_run, work, run, limits)
    outputs_of = executed.outputs[1:] if executed else None  # the preload cell
    if executed and executed.runner_error:
        run.incidents.append("l'exécution s'est arrêtée en cours de route (noyau Python arrêté ou "
                             "bloqué) : les cellules suivantes n'ont pas été exécutées.")

    graded = copy.deepcopy(prepared)
    budget = _Budget(TOTAL_OUTPUT_BYTES, limits.output_bytes)
    for index, cell in enumerate(graded.cells):
        if cell.cell_type == "markdown" and not cells.is_locked(cell):
            cell.source = inert_markdown(cell.source)
        if cell.cell_type != "code":
            continue
        cell.execution_count = None
        outputs = outputs_of[index] if outputs_of else []
        if cells.is_test(cell):
            test = tests[grade_id(cell)]
            payload = next((o["data"][answers.MIMETYPE] for o in outputs
                            if o["output_type"] == "display_data" and answers.MIMETYPE in o["data"]), None)
            points, lines = scoring.score_payload(test, payload)
            run.points[test.grade_id] = points
            cell.outputs = [
                nbformat.v4.new_output("stream", name="stdout", text="\n".join(lines) + "\n"),
                nbformat.v4.new_output("execute_result", data={"text/plain": repr(points)}, execution_count=None),
            ]
        else:
            budget.cut += cut_in_sandbox(outputs)
            cell.outputs = budget.keep(outputs)
            if cells.is_stub(cell) or (handed_out or {}).get(grade_id(cell)) == cell.source.strip():
                run.blank += 1  # an answer left as handed out is no incident, only an empty answer
                continue
            run.incidents += [_incident(cell, o, limits) for o in cell.outputs if o.output_type == "error"]
    if budget.cut:
        run.problems.append(f"sorties trop volumineuses ({budget.cut} octets) : coupées dans la copie corrigée.")
    return graded


class _Budget:
    """The room left for the candidate's outputs in one graded copy (per cell and in all)."""

    def __init__(self, total: int, per_cell: int):
        self.left, self.per_cell, self.cut = total, per_cell, 0

    def keep(self, outputs: list[dict]) -> list[nbformat.NotebookNode]:
        """Inert copies of one cell's outputs, cut where the room ends (checked before any sanitising)."""
        kept, allotted = [], min(self.per_cell, self.left)
        room = allotted
        for index, found in enumerate(outputs):
            size = _size(found)
            if size > room:
                rest = size + sum(_size(o) for o in outputs[index + 1:])
                self.cut += rest
                if found["output_type"] == "stream" and room > 1000:
                    kept.append(inert.output({**found, "text": found["text"][: room - 1000]}))
                kept.append(nbformat.v4.new_output("stream", name="stdout", text=TRUNCATED.format(size=rest)))
                room = 0
                break
            room -= size
            if found["output_type"] in ("display_data", "execute_result"):
                html = found["data"].get("text/html")
                if isinstance(html, (str, list)) and size > MAX_HTML_CHARS:
                    found = {**found, "data": {k: v for k, v in found["data"].items() if k != "text/html"}}
            safe = inert.output(found)
            if safe is not None:
                kept.append(safe)
        self.left -= allotted - room
        return kept


def _size(output: dict) -> int:
    return len(json.dumps(output, ensure_ascii=False))


def cut_in_sandbox(outputs: list[dict]) -> int:
    """The bytes the runner says it cut from one cell's outputs (0 when it cut nothing)."""
    cut = 0
    for output in outputs:
        text = output.get("text") if output.get("output_type") == "stream" else None
        found = SANDBOX_CUT.search(text[-200:]) if isinstance(text, str) else None
        if found:
            cut += int(found.group(1))
    return cut


def _incident(cell, error, limits: sandbox.Limits) -> str:
    gid = grade_id(cell)
    where = f"cellule de réponse « {gid} »" if gid else f"cellule « {_first_line(cell.source)} »"
    if error.ename in ("KeyboardInterrupt", "CellTimeoutError"):
        return f"{where} interrompue après {limits.cell_timeout} s (boucle sans fin ou calcul trop long)."
    return f"{where} : erreur {quoting.one_line(error.ename, 80)} ({quoting.one_line(error.evalue, 120)})."


def _first_line(source: str) -> str:
    line = next((text.strip() for text in source.splitlines() if text.strip()), "")
    return quoting.one_line(line, 50)


def inert_markdown(source: str) -> str:
    """Markdown the candidate wrote, made inert for every renderer (see :func:`cmcert_lib.grading.inert.markdown`)."""
    return inert.markdown(source)
