"""The promises every notebook keeps, checked with nbgrader's own validator.

* the source notebook (with its solutions) passes every graded check;
* the candidate's blank copy passes none of them;
* neither shows an error in any cell: a fresh copy runs to its end (« Exécuter toutes les cellules » does
  not stop at the first question), the model answers too.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbgrader.preprocessors import CheckCellMetadata, ClearHiddenTests, ClearOutput, ClearSolutions, LockCells
from nbgrader.validator import Validator
from traitlets.config import Config

from cmcert_lib.authoring import textformat
from cmcert_lib.authoring.cells import CODE_STUB, TEXT_STUB
from cmcert_lib.authoring.static_run import StaticExecute


@dataclass
class Verdict:
    notebook: str
    failed: list[str] = field(default_factory=list)  # sources of failing cells
    passed: list[str] = field(default_factory=list)  # with invert: cells that pass although blank
    changed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # sources (stripped, as nbgrader's) of code cells in error
    executed: nbformat.NotebookNode | None = None  # the notebook as the validator ran it, with its outputs

    @property
    def ok(self) -> bool:
        return not (self.failed or self.passed or self.changed or self.errors)


class _KeepingValidator(Validator):
    """nbgrader's validator, keeping the notebook it executed: its verdicts name cells, the outputs say more."""

    executed: nbformat.NotebookNode | None = None

    def _preprocess(self, nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
        self.executed = super()._preprocess(nb)
        return self.executed


def nbgrader_validator(invert: bool, timeout: int = 60) -> Validator:
    """nbgrader's validator as « Valider » runs it (its checks of the cells, then execution), checksums ignored,
    with ``invert`` for a blank copy; its execution without the stall of nbclient's widget emulation."""
    config = Config()
    config.Validator.invert = invert
    config.Validator.ignore_checksums = True
    config.Execute.timeout = timeout
    return static_validator(config)


def static_validator(config: Config) -> Validator:
    """nbgrader's validator with ``config``: its own steps, its Execute without the widget emulation that can
    stall a cell (static_run.py). The candidate's « Validate » button runs it too (validate_extension.py)."""
    validator = _KeepingValidator(config=config)
    validator.preprocessors = [CheckCellMetadata, ClearOutput, StaticExecute]
    return validator


def validate(path: Path, invert: bool = False) -> Verdict:
    """Run nbgrader's validator on one notebook (one kernel run)."""
    validator = nbgrader_validator(invert)
    results = validator.validate(str(path))
    verdict = Verdict(path.name, executed=validator.executed)
    for key, target in (("failed", verdict.failed), ("passed", verdict.passed),
                        ("changed", verdict.changed), ("type_changed", verdict.changed)):
        target += [cell.get("source", "") for cell in results.get(key, [])]
    if validator.executed is not None:  # None when nbgrader stopped before running (a cell's type changed)
        verdict.errors = [cell.source.strip() for cell in validator.executed.cells if cell.cell_type == "code"
                          and any(output.output_type == "error" for output in cell.get("outputs", []))]
    return verdict


def candidate_copy(source_nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """What generate_assignment makes of a source notebook, without touching a gradebook."""
    config = Config()
    config.ClearSolutions.code_stub = {"python": CODE_STUB}
    config.ClearSolutions.text_stub = TEXT_STUB
    nb = source_nb
    resources: dict = {}
    for pre in (LockCells, ClearSolutions, ClearOutput, ClearHiddenTests):
        nb, resources = pre(config=config).preprocess(nb, resources)
    return nb


def check_text_source(text_path: Path, data_dir: Path | None = None) -> tuple[Verdict, Verdict]:
    """Build a text source, validate it, then validate its blank copy with --invert."""
    nb = textformat.build(text_path.read_text(encoding="utf-8"), str(text_path))
    with tempfile.TemporaryDirectory(prefix="cmcert-check-") as tmp:
        tmp_dir = Path(tmp)
        if data_dir:
            for item in data_dir.iterdir():
                if item.is_file():
                    shutil.copy(item, tmp_dir / item.name)
        solved = tmp_dir / "solution" / f"{text_path.stem}.ipynb"
        blank = tmp_dir / "blank" / f"{text_path.stem}.ipynb"
        solved.parent.mkdir()
        blank.parent.mkdir()
        solved.write_text(textformat.dumps(nb), encoding="utf-8")
        blank_nb = candidate_copy(nbformat.reads(textformat.dumps(nb), as_version=4))
        blank.write_text(textformat.dumps(blank_nb), encoding="utf-8")
        return validate(solved), validate(blank, invert=True)
