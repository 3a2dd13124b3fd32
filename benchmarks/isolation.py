"""What isolating a candidate's notebook costs: the same notebook run directly and in the sandbox.

Prints figures (seconds per notebook, median of N runs); asserts nothing. Run with `make bench`
(as root, like grading).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from cmcert_lib.grading import sandbox

ROOT = Path(__file__).resolve().parents[1]


def direct(path: Path) -> float:
    nb = nbformat.read(path, as_version=4)
    start = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        NotebookClient(nb, timeout=60, allow_errors=True, resources={"metadata": {"path": tmp}}).execute()
    return time.monotonic() - start


def isolated(path: Path) -> float:
    result = sandbox.run_notebook(path)
    if result.status != "ok":
        raise SystemExit(f"sandbox run failed: {result.status} {result.log[-500:]}")
    return result.seconds


def main(runs: int = 3) -> None:
    for path in sorted((ROOT / "source" / "bloc1").glob("*.ipynb")):
        plain = [direct(path) for _ in range(runs)]
        boxed = [isolated(path) for _ in range(runs)]
        p, b = statistics.median(plain), statistics.median(boxed)
        print(f"{path.name:32} direct {p:5.2f} s   isolated {b:5.2f} s   cost {b - p:+5.2f} s ({b / p - 1:+.0%})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
