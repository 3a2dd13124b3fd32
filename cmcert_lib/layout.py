"""The course directory: where sources, releases and grading outputs are, and nbgrader calls.

nbgrader does the grading work; this module only locates things and runs it
with the right environment.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from cmcert_lib.authoring import textformat

BIN = Path(sys.executable).parent

# What a candidate finds in an answer cell to complete (nbgrader_config.py and validation use these).
CODE_STUB = '# VOTRE CODE ICI\nraise NotImplementedError("Réponse à compléter")'
TEXT_STUB = "VOTRE RÉPONSE ICI (double-cliquez pour écrire)"


class CourseError(RuntimeError):
    """A course-level failure; the message is meant for the trainer (French)."""


@dataclass(frozen=True)
class Course:
    root: Path

    @classmethod
    def find(cls, start: Path | None = None) -> Course:
        """The course whose nbgrader_config.py is in ``start`` or a parent (or $CMCERT_COURSE)."""
        env = os.environ.get("CMCERT_COURSE")
        here = Path(env) if env else (start or Path.cwd())
        for folder in (here, *here.resolve().parents):
            if (folder / "nbgrader_config.py").is_file() and (folder / "course").is_dir():
                return cls(folder.resolve())
        raise CourseError(
            f"Aucun cours cmcert trouvé depuis {here} : placez-vous dans le dossier du cours "
            "(celui qui contient nbgrader_config.py) ou définissez CMCERT_COURSE."
        )

    # --- folders ------------------------------------------------------------
    def texts(self, bloc: str) -> list[Path]:
        return sorted((self.root / "course" / bloc).glob("[0-9][0-9]_*.py"))

    def blocs(self) -> list[str]:
        return sorted(p.name for p in (self.root / "course").iterdir() if p.is_dir() and self.texts(p.name))

    def source(self, bloc: str) -> Path:
        return self.root / "source" / bloc

    def release(self, bloc: str) -> Path:
        return self.root / "release" / bloc

    def submitted(self, student: str, bloc: str) -> Path:
        return self.root / "submitted" / student / bloc

    def autograded(self, student: str, bloc: str) -> Path:
        return self.root / "autograded" / student / bloc

    def feedback(self, student: str, bloc: str) -> Path:
        return self.root / "feedback" / student / bloc

    @property
    def gradebook_url(self) -> str:
        return f"sqlite:///{self.root / 'gradebook.db'}"

    # --- generation ---------------------------------------------------------
    def build_sources(self, bloc: str) -> list[Path]:
        """Regenerate source/<bloc>/*.ipynb from course/<bloc>/*.py; return changed files."""
        texts = self.texts(bloc)
        if not texts:
            raise CourseError(f"Aucune source de notebook dans course/{bloc}/.")
        changed = []
        expected = set()
        for text in texts:
            dest = self.source(bloc) / (text.stem + ".ipynb")
            expected.add(dest.name)
            if textformat.build_file(text, dest):
                changed.append(dest)
        for stale in self.source(bloc).glob("*.ipynb"):
            if stale.name not in expected:
                stale.unlink()
                changed.append(stale)
        return changed

    def generate_release(self, bloc: str) -> None:
        """nbgrader generate_assignment: the candidates' copy, and the gradebook's record of it."""
        self.nbgrader("generate_assignment", bloc, "--force")
        # nbgrader leaves the previous release's stray files; release/ is ours to keep exact.
        sources = {p.name for p in self.source(bloc).iterdir()}
        for extra in self.release(bloc).iterdir():
            if extra.name not in sources:
                shutil.rmtree(extra) if extra.is_dir() else extra.unlink()

    # --- nbgrader -----------------------------------------------------------
    def nbgrader(self, *args: str, check: bool = True, env: dict | None = None) -> subprocess.CompletedProcess:
        env = dict(os.environ, **(env or {}))
        # nbgrader runs `alembic` from PATH when it creates the gradebook.
        env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
        env.pop("CMCERT_COURSE", None)
        proc = subprocess.run(
            [str(BIN / "nbgrader"), *args],
            check=False,
            cwd=self.root,
            env=env,
            capture_output=True,
            text=True,
        )
        if check and proc.returncode != 0:
            raise CourseError(
                f"nbgrader {' '.join(args)} a échoué (code {proc.returncode}) :\n"
                + _tail(proc.stdout + proc.stderr)
            )
        return proc


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.splitlines()[-lines:])
