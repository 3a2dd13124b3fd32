"""What isolating a candidate's notebook costs: the same notebook three ways, per notebook.

- floor: the sandbox's own executor (:mod:`cmcert_lib.grading.executor`) forked from this
  process, warmed up as the zygote is, with no isolation at all: what the cells themselves cost;
- sandbox: :func:`cmcert_lib.grading.sandbox.run_notebook` (zygote fork, namespaces, mounts,
  unprivileged uid, limits, filter, the result read back), the zygote started before timing;
- fresh kernel: nbclient with a new kernel, as stock nbgrader (and a candidate's "run all") does.

Prints figures (seconds per notebook, median of N runs); asserts nothing. Run with `make bench`
(as root, like grading), or ``python benchmarks/isolation.py [runs]``.
"""

from __future__ import annotations

import os

from cmcert_lib.grading import zygote  # the standard library only: nothing numerical imported yet

# As in the zygote: set before matplotlib and the numerical libraries are imported.
os.environ.update({"MPLBACKEND": zygote.MPLBACKEND, **zygote.THREADS})

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from cmcert_lib.authoring.static_run import StaticClient
from cmcert_lib.grading import executor, sandbox

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: machine.py is a module of benchmarks/
    sys.path.insert(0, str(ROOT))

from benchmarks import machine  # noqa: E402

LIMITS = sandbox.Limits()
# ipykernel warns on every start that its local TCP sockets are not encrypted: noise in the table.
QUIET_KERNEL = ["--IPKernelApp.log_level=ERROR"]


def floor(path: Path) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(path, Path(tmp) / "copie.ipynb")
        start = time.monotonic()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                os.chdir(tmp)
                executor.run("copie.ipynb", "resultat.ipynb", LIMITS.cell_timeout, LIMITS.output_bytes)
                code = 0
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"the floor's run of {path.name} failed")
        return time.monotonic() - start


def isolated(path: Path) -> float:
    result = sandbox.run_notebook(path, LIMITS)
    if result.status != "ok":
        raise SystemExit(f"sandbox run failed: {result.status} {result.log[-500:]}")
    return result.seconds


def fresh_kernel(path: Path) -> float:
    nb = nbformat.read(path, as_version=4)
    start = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        StaticClient(nb, timeout=60, allow_errors=True, extra_arguments=QUIET_KERNEL,
                     resources={"metadata": {"path": tmp}}).execute()
    return time.monotonic() - start


def main(runs: int = 3) -> None:
    reason = sandbox.available()
    if reason:
        raise SystemExit(f"the sandbox is unavailable here: {reason}")
    start = time.monotonic()
    zygote._warm_up()  # this process becomes a zygote of its own, for the floor
    print(f"warm-up of this process: {time.monotonic() - start:.1f} s")
    start = time.monotonic()
    zygote.Zygote.get(sandbox._kernel_pythonpath())
    print(f"zygote start (once per grading process): {time.monotonic() - start:.1f} s")
    print(f"median of {runs} runs; {machine.describe()}")
    print()
    header = f"{'notebook':32} {'floor':>7} {'sandbox':>8} {'overhead':>9} {'fresh kernel':>13}"
    print(header)
    print("-" * len(header))
    overheads = []
    for path in sorted((ROOT / "source" / "bloc1").glob("*.ipynb")):
        low = statistics.median(floor(path) for _ in range(runs))
        boxed = statistics.median(isolated(path) for _ in range(runs))
        kernel = statistics.median(fresh_kernel(path) for _ in range(runs))
        overheads.append(boxed - low)
        print(f"{path.name:32} {low:6.2f}s {boxed:7.2f}s {boxed - low:+8.2f}s {kernel:12.2f}s")
    print()
    print(f"isolation over the floor: {statistics.mean(overheads):+.2f} s per notebook on average, "
          f"{max(overheads):+.2f} s at most")
    zygote.Zygote.stop()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
