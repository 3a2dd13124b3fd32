"""Reading a candidate's hand-in without trusting it, and rebuilding it on the course's own structure.

Grading never runs a submitted notebook as it is.  For each notebook of the
assignment it rebuilds a *trusted copy*: the candidate's answers (solution cells,
matched by grade_id) and the cells they wrote themselves, around the course's
own locked and test cells taken from the release.  Whatever the file contains
(invalid JSON, deleted, duplicated, retyped or stripped cells, renamed or extra
notebooks), the result has exactly the assignment's graded cells, and every
oddity becomes a French line in the candidate's integrity summary.

The submission on disk is only ever read.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from cmcert_lib.authoring.cells import grade_id, is_answer, is_graded
from cmcert_lib.grading import quoting, untrusted

MAX_NOTEBOOK_BYTES = 20 * 1024 * 1024


@dataclass
class Note:
    """One line of a candidate's integrity summary (French)."""

    kind: str  # "restauré", "anomalie", "fichier"
    text: str
    suspicious: bool = False  # looks like tampering rather than a slip

    def __str__(self) -> str:
        return f"[{self.kind}{' ⚠' if self.suspicious else ''}] {self.text}"


@dataclass
class Prepared:
    """The trusted copy of one notebook of the assignment, or why there is none."""

    name: str
    notebook: nbformat.NotebookNode | None  # None: nothing usable was handed in
    notes: list[Note] = field(default_factory=list)


MAX_CELLS = 1000  # a notebook of the course has a few dozen; more cannot be run in the time allowed


@dataclass
class Reading:
    """A handed-in notebook as grading reads it: the cells kept, or why there are none."""

    notebook: nbformat.NotebookNode | None
    problem: str | None = None  # French, names the file: the notebook scores 0
    notes: list[Note] = field(default_factory=list)  # what was dropped or replaced while reading


def read_candidate_notebook(path: Path) -> tuple[nbformat.NotebookNode | None, str | None]:
    """The notebook at ``path`` or a French reason why it cannot be read."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        return None, f"{quoting.file_name(path.name)} : fichier illisible ({exc.strerror})."
    if size > MAX_NOTEBOOK_BYTES:
        return None, f"{quoting.file_name(path.name)} : fichier trop volumineux ({size // (1024 * 1024)} Mo)."
    reading = parse_candidate_notebook(path.read_bytes(), path.name)
    return reading.notebook, reading.problem


def parse_candidate_notebook(data: bytes, name: str) -> Reading:
    """The cells of a handed-in notebook (type, source, nbgrader metadata only), read within bounds."""
    shown = quoting.file_name(name)
    if not data:
        return Reading(None, f"{shown} : fichier vide.")
    try:
        parsed = untrusted.loads(data, MAX_NOTEBOOK_BYTES)
    except untrusted.Rejected as exc:
        text = str(exc)
        if text.startswith("JSON invalide"):
            text += " ; le fichier a été abîmé"
        return Reading(None, f"{shown} : {text.rstrip('.')}.")
    raw = parsed.value
    if not isinstance(raw, dict) or not isinstance(raw.get("cells"), list):
        return Reading(None, f"{shown} : ce n'est pas un notebook Jupyter (pas de liste de cellules).")
    version = raw.get("nbformat", 4)
    if version != 4 or isinstance(version, bool):
        return Reading(None, f"{shown} : format de notebook « {quoting.one_line(version, 20)} » non pris en "
                             "charge (nbformat 4 attendu, celui de JupyterLab) : 0 point.")
    if len(raw["cells"]) > MAX_CELLS:
        return Reading(None, f"{shown} : {len(raw['cells'])} cellules, {MAX_CELLS} au plus : 0 point.")
    reading = Reading(None)
    if parsed.replaced:
        reading.notes.append(Note("anomalie", f"{shown} : {parsed.replaced} texte(s) contenaient un caractère "
                                  "invalide (moitié d'émoji) : remplacé par « \ufffd »."))
    cells, attachments, seen_ids, duplicates = [], 0, set(), 0
    for cell in raw["cells"]:
        if not isinstance(cell, dict) or cell.get("cell_type") not in ("code", "markdown", "raw"):
            continue
        source = cell.get("source", "")
        if isinstance(source, list):
            source = "".join(s for s in source if isinstance(s, str))
        if not isinstance(source, str):
            source = ""
        metadata = cell.get("metadata") if isinstance(cell.get("metadata"), dict) else {}
        # Only what grading reads: widget state, tags, anything else the candidate's file carries stays out.
        nbgrader_md = metadata.get("nbgrader")
        kept = {"cell_type": cell["cell_type"], "source": source,
                "metadata": {"nbgrader": nbgrader_md} if isinstance(nbgrader_md, dict) else {}}
        attachments += bool(cell.get("attachments"))
        cell_id = cell.get("id")
        if isinstance(cell_id, str):
            duplicates += cell_id in seen_ids
            seen_ids.add(cell_id)
        cells.append(nbformat.from_dict(kept))
    if attachments:
        reading.notes.append(Note("anomalie", f"{shown} : {attachments} cellule(s) avec des pièces jointes "
                                  "(images collées) : pièces jointes ignorées, le texte est corrigé."))
    if duplicates:
        reading.notes.append(Note("anomalie", f"{shown} : {duplicates} identifiant(s) de cellule en double "
                                  "(sans effet sur la correction)."))
    nb = nbformat.v4.new_notebook()
    nb.cells = cells
    reading.notebook = nb
    return reading


def match_notebooks(expected: list[str], files: dict[str, nbformat.NotebookNode],
                    ids_of: dict[str, set[str]]) -> tuple[dict[str, str], list[Note]]:
    """Map each expected notebook name to a handed-in file name (exact name first, then by its cells)."""
    mapping, notes = {}, []
    free = dict(files)
    for name in expected:
        if name in free:
            mapping[name] = name
            del free[name]
    for name in expected:
        if name in mapping:
            continue
        best, overlap = None, 0
        for other, nb in free.items():
            found = {grade_id(c) for c in nb.cells} & ids_of[name]
            if len(found) > overlap:
                best, overlap = other, len(found)
        if best is not None:
            mapping[name] = best
            del free[best]
            notes.append(Note("fichier", f"« {quoting.file_name(best)} » rendu à la place de « {name} » : "
                              "reconnu par ses cellules."))
    return mapping, notes


def rebuild(release_nb: nbformat.NotebookNode, candidate_nb: nbformat.NotebookNode | None,
            name: str) -> Prepared:
    """The trusted copy of one notebook: the candidate's answers on the release's structure."""
    notes: list[Note] = []
    anchors = [c for c in release_nb.cells if grade_id(c)]
    anchor_ids = {grade_id(c) for c in anchors}
    if candidate_nb is None:
        return Prepared(name, None, notes)

    # 1. The candidate's cells: the first cell of each known grade_id is an anchor; the rest is free.
    located: dict[str, int] = {}
    free: list[tuple[int, nbformat.NotebookNode]] = []
    for index, cell in enumerate(candidate_nb.cells):
        gid = grade_id(cell)
        if gid in anchor_ids and gid not in located:
            located[gid] = index
            continue
        if gid in anchor_ids:
            if not is_answer(cell):
                notes.append(Note("anomalie", f"copie de la cellule verrouillée « {gid} » : ignorée.", suspicious=True))
                continue
            # A pasted answer cell is the candidate's code: it runs where it stands, as it did for them.
            notes.append(Note("anomalie", f"cellule de réponse « {gid} » en double : la première est la réponse, "
                              "les copies s'exécutent comme des cellules libres."))
        elif gid is not None:
            notes.append(Note("anomalie", f"cellule « {quoting.one_line(gid, 80)} » inconnue du sujet : "
                              "traitée comme une cellule libre.",
                              suspicious=True))
        if cell.cell_type == "raw":
            continue
        free.append((index, _free_cell(cell)))

    # 2. Walk the release's anchors in order, emitting the candidate's free cells where they stood.
    cells: list[nbformat.NotebookNode] = []
    remaining = list(free)
    for position, anchor in enumerate(anchors):
        gid = grade_id(anchor)
        here = located.get(gid)
        if here is not None:
            before = [f for f in remaining if f[0] < here]
            remaining = [f for f in remaining if f[0] >= here]
            cells += [c for _, c in before]
        if is_answer(anchor):
            cells.append(_answer(anchor, candidate_nb.cells[here] if here is not None else None,
                                 remaining, located, anchors[position + 1:], notes))
        else:
            cells.append(copy.deepcopy(anchor))
            if here is None:
                notes.append(Note("restauré", f"cellule verrouillée ou de test « {gid} » absente : rétablie.",
                                  suspicious=is_graded(anchor)))
            elif _changed(candidate_nb.cells[here], anchor):
                notes.append(Note("restauré", f"cellule verrouillée ou de test « {gid} » modifiée : "
                                  "l'original a été rétabli.", suspicious=True))
    cells += [c for _, c in remaining]
    if (release_nb.nbformat, release_nb.nbformat_minor) < (4, 5):
        for cell in cells:  # nbformat 4.4 has no cell ids: every later read would log the copy as invalid
            cell.pop("id", None)
    result = nbformat.NotebookNode(cells=cells, metadata=copy.deepcopy(release_nb.metadata),
                                   nbformat=release_nb.nbformat, nbformat_minor=release_nb.nbformat_minor)
    return Prepared(name, result, notes)


def _free_cell(cell) -> nbformat.NotebookNode:
    if cell.cell_type == "code":
        return nbformat.v4.new_code_cell(cell.source)
    return nbformat.v4.new_markdown_cell(cell.source)


def _changed(submitted, original) -> bool:
    return submitted.source.strip() != original.source.strip() or submitted.cell_type != original.cell_type


def _answer(anchor, submitted, remaining, located, later_anchors, notes) -> nbformat.NotebookNode:
    """The release's solution cell carrying the candidate's answer."""
    cell = copy.deepcopy(anchor)
    gid = grade_id(anchor)
    if submitted is None:
        # A cell whose nbgrader metadata was stripped sits, free, just before the next anchor the
        # candidate still has: take the last free cell of the same type there as the answer.
        next_located = next((located[grade_id(a)] for a in later_anchors if grade_id(a) in located), None)
        window = [f for f in remaining if next_located is None or f[0] < next_located]
        match = next((f for f in reversed(window) if f[1].cell_type == anchor.cell_type
                      and f[1].source.strip() and f[1].source.strip() != anchor.source.strip()), None)
        if match is None:
            notes.append(Note("restauré", f"cellule de réponse « {gid} » absente : rétablie vide (0 point)."))
            return cell
        remaining.remove(match)
        notes.append(Note("restauré", f"cellule de réponse « {gid} » sans ses métadonnées : "
                          "réponse retrouvée à sa place et prise en compte."))
        cell.source = match[1].source
        return cell
    if submitted.cell_type != anchor.cell_type:
        notes.append(Note("restauré", f"cellule de réponse « {gid} » changée de type "
                          f"({submitted.cell_type} au lieu de {anchor.cell_type}) : type d'origine rétabli."))
    cell.source = submitted.source
    return cell
