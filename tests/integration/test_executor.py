"""Direct execution in the sandbox: the outputs a kernel would give, its interruptions, its deaths.

The cells run in an IPython shell forked from the pre-warmed zygote (no kernel): these tests hold
that to what nbclient and a kernel did, and that every notebook starts from the zygote's untouched
memory.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from cmcert_lib.grading import executor, sandbox, zygote

pytestmark = pytest.mark.skipif(sandbox.available() is not None, reason=f"no sandbox here: {sandbox.available()}")
LIMITS = sandbox.Limits(cell_timeout=3, wall_seconds=60)
ANSI = re.compile(r"\x1b\[[0-9;]*m")  # tracebacks are coloured, as a kernel's are


def execute(tmp_path: Path, *sources: str, limits: sandbox.Limits = LIMITS) -> dict:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# Titre"), *(nbformat.v4.new_code_cell(s) for s in sources)]
    path = tmp_path / "nb.ipynb"
    nbformat.write(nb, path)
    result = sandbox.run_notebook(path, limits)
    assert result.status == "ok", result.log
    return result.notebook


def outputs(nb: dict) -> list[list[dict]]:
    return [c.get("outputs", []) for c in nb["cells"] if c["cell_type"] == "code"]


def test_each_kind_of_output_comes_back_in_nbformat_s_shape(tmp_path):
    nb = execute(
        tmp_path,
        "print('un')\nprint('deux')\nimport sys\nprint('err', file=sys.stderr)\n6 * 7",
        "import pandas as pd\npd.DataFrame({'a': [1, 2]})",
        "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])\nplt.title('Ventes');",
        "1 / 0",
        "x = 1",
        "from IPython.display import display, Markdown\ndisplay(Markdown('**gras**'))\n"
        "display({'text/plain': 'brut'}, raw=True)",
    )
    nbformat.validate(nbformat.from_dict(nb))  # what the trusted side reads is a valid notebook
    first, frame, chart, error, silent, shown = outputs(nb)
    assert first[0] == {"output_type": "stream", "name": "stdout", "text": "un\ndeux\n"}
    assert first[1] == {"output_type": "stream", "name": "stderr", "text": "err\n"}
    assert first[2]["output_type"] == "execute_result" and first[2]["data"] == {"text/plain": "42"}
    assert first[2]["execution_count"] == 1 and nb["cells"][1]["execution_count"] == 1
    assert {"text/html", "text/plain"} <= set(frame[0]["data"]) and frame[0]["execution_count"] == 2
    assert [o["output_type"] for o in chart] == ["display_data"] and "image/png" in chart[0]["data"]
    assert error[0]["output_type"] == "error" and error[0]["ename"] == "ZeroDivisionError"
    assert error[0]["evalue"] == "division by zero"
    assert any("1 / 0" in ANSI.sub("", line) for line in error[0]["traceback"])
    assert silent == []
    assert shown[0]["data"]["text/markdown"] == "**gras**" and shown[1]["data"] == {"text/plain": "brut"}


def test_clear_output_and_display_updates_behave_as_in_a_kernel(tmp_path):
    nb = execute(
        tmp_path,
        "from IPython.display import clear_output\nprint('avant')\nclear_output()\nprint('après')",
        "from IPython.display import clear_output\nprint('avant')\nclear_output(wait=True)\nprint('après')",
        "from IPython.display import display, update_display\n"
        "display({'text/plain': 'v1'}, raw=True, display_id='d')\n"
        "update_display({'text/plain': 'v2'}, raw=True, display_id='d')",
    )
    now, waited, updated = outputs(nb)
    assert [o["text"] for o in now] == ["après\n"]
    assert [o["text"] for o in waited] == ["après\n"]
    assert updated[0]["data"] == {"text/plain": "v2"}


def test_a_cell_past_its_timeout_is_interrupted_and_the_next_ones_run(tmp_path):
    nb = execute(tmp_path, "print('début')", "while True:\n    pass", "print('suite')")
    _start, loop, after = outputs(nb)
    assert loop[-1]["ename"] == "KeyboardInterrupt"
    assert after[0]["text"] == "suite\n" and "cmcert_runner_error" not in nb["metadata"]


def test_a_cell_that_ignores_interrupts_ends_the_execution_and_keeps_what_ran(tmp_path):
    nb = execute(tmp_path, "print('gardé')",
                 "import signal, time\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    time.sleep(0.1)",
                 "print('jamais')")
    kept, stuck, never = outputs(nb)
    assert kept[0]["text"] == "gardé\n" and stuck == [] and never == []
    assert nb["metadata"]["cmcert_runner_error"].startswith("CellTimeoutError")


@pytest.mark.parametrize("death", ["import os\nos._exit(3)", "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)",
                                   "import sys\nsys.exit(1)"])
def test_a_dying_interpreter_keeps_the_cells_already_run(tmp_path, death):
    nb = execute(tmp_path, "print('gardé')", death, "print('ensuite')")
    kept, died, after = outputs(nb)
    assert kept[0]["text"] == "gardé\n"
    if "sys.exit" in death:  # a kernel shows SystemExit as an error and goes on
        assert died[0]["ename"] == "SystemExit" and after[0]["text"] == "ensuite\n"
    else:
        assert after == [] and nb["metadata"]["cmcert_runner_error"].startswith("DeadKernelError")


def test_a_flood_of_output_is_cut_by_bytes_per_cell(tmp_path):
    limits = sandbox.Limits(cell_timeout=10, wall_seconds=60, output_bytes=64 * 1024)
    nb = execute(tmp_path, "print('x' * 5_000_000)",
                 "for i in range(2000):\n    display({'text/plain': 'y' * 100}, raw=True)", "print('fin')",
                 limits=limits)
    flood, displays, end = outputs(nb)
    assert sum(len(o.get("text", "")) for o in flood) < 64 * 1024 and "sortie tronquée" in flood[-1]["text"]
    assert len(displays) < 2000 and "sortie tronquée" in displays[-1]["text"]
    assert end[0]["text"] == "fin\n"


def test_every_notebook_starts_from_the_zygote_s_untouched_memory(tmp_path):
    spoil = ("import pandas, builtins, sys, cmcert_lib.checks\npandas.CMCERT_MARK = 1\nbuiltins.CMCERT_MARK = 1\n"
             "sys.modules['cmcert_mark'] = 1\ncmcert_lib.checks.CMCERT_MARK = 1\nx_from_first = 1")
    execute(tmp_path, spoil)
    nb = execute(tmp_path, "import pandas, builtins, sys, cmcert_lib.checks\n"
                           "print(hasattr(pandas, 'CMCERT_MARK'), hasattr(builtins, 'CMCERT_MARK'), "
                           "'cmcert_mark' in sys.modules, hasattr(cmcert_lib.checks, 'CMCERT_MARK'), "
                           "'x_from_first' in globals())")
    assert outputs(nb)[0][0]["text"] == "False False False False False\n"


def test_what_the_library_loads_on_first_use_is_loaded_once_in_the_zygote(tmp_path):
    # writing.WARM_UP: the readability and spelling dictionaries are there before the first cell, and a
    # cache filled by one notebook's candidate is not seen by the next one.
    probe = ("from cmcert_lib.bloc2 import writing\n"
             "print(writing._readability.cache_info().currsize, writing._dictionary.cache_info().currsize)")
    first = execute(tmp_path, probe, "writing._dictionary().word_frequency.add('zzfaute')\n"
                                     "print(writing.misspelled('Une zzfaute.'))")
    assert [o[0]["text"] for o in outputs(first)] == ["1 1\n", "[]\n"]
    nb = execute(tmp_path, "from cmcert_lib.bloc2 import writing\nprint(writing.misspelled('Une zzfaute.'))")
    assert outputs(nb)[0][0]["text"] == "['zzfaute']\n"


def test_the_candidate_s_code_holds_no_descriptor_of_the_grading_side(tmp_path):
    # The uid's lock, the spec, the zygote's control socket stay outside; only the log, /dev/null and
    # the executor's own pipe to the runner are open.
    nb = execute(tmp_path, "import os\nfor fd in sorted(int(n) for n in os.listdir('/proc/self/fd')):\n"
                           "    try:\n        print(fd, os.readlink(f'/proc/self/fd/{fd}'))\n"
                           "    except OSError as exc:\n        print(fd, type(exc).__name__)")
    found = dict(line.split(" ", 1) for line in outputs(nb)[0][0]["text"].splitlines())
    assert found.pop("0") == "/dev/null"
    assert found.pop("1").endswith("/journal.txt") and found.pop("2").endswith("/journal.txt")
    listing = [fd for fd, target in found.items() if target == "FileNotFoundError"]  # os.listdir's own, closed
    others = [target for fd, target in found.items() if fd not in listing]
    assert len(listing) == 1 and len(others) == 1 and others[0].startswith("pipe:"), found


def test_the_zygote_is_started_once_and_again_when_the_library_path_changes(tmp_path):
    execute(tmp_path, "x = 1")
    first = zygote.Zygote.get(sandbox._kernel_pythonpath())
    execute(tmp_path, "x = 2")
    assert zygote.Zygote.get(sandbox._kernel_pythonpath()) is first
    other = zygote.Zygote.get([*sandbox._kernel_pythonpath(), str(tmp_path)])
    assert other is not first and first.process.poll() is not None  # the old one has ended
    zygote.Zygote.stop()
    assert other.process.poll() is not None
    execute(tmp_path, "x = 3")  # and grading goes on with a new one


def test_output_cap_keeps_whole_outputs_under_the_limit():
    small = [{"output_type": "stream", "name": "stdout", "text": "a" * 10}]
    assert executor.cap(small, 1000) == small
    big = [{"output_type": "display_data", "data": {"text/plain": "b" * 5000}, "metadata": {}}]
    assert "sortie tronquée" in executor.cap(big, 1000)[0]["text"]
