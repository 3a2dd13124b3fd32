"""The sandbox on its own: what a candidate's code sees, and what it cannot do to others."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest

import cmcert_lib
from cmcert_lib.grading import sandbox
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(sandbox.available() is not None, reason=f"no sandbox here: {sandbox.available()}")
LIMITS = sandbox.Limits(cell_timeout=8, wall_seconds=60)


def run(tmp_path: Path, *sources: str, name: str = "nb.ipynb") -> list[list[dict]]:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(s) for s in sources]
    path = tmp_path / name
    nbformat.write(nb, path)
    result = sandbox.run_notebook(path, LIMITS)
    assert result.status == "ok", result.log
    return [c.get("outputs", []) for c in result.notebook["cells"]]


def text(outputs: list[dict]) -> str:
    return "".join("".join(o.get("text", "")) + str(o.get("evalue", "")) for o in outputs)


def test_the_candidate_sees_a_fresh_home_and_no_course(tmp_path):
    (out,) = run(tmp_path, "import os\nprint(os.getuid(), os.getcwd(), sorted(os.listdir('.')))\n"
                           f"print(os.listdir({str(ROOT / 'cmcert_lib' / 'demo')!r}), "
                           f"os.path.exists({str(ROOT / 'source')!r}), os.path.exists({str(ROOT / '.git')!r}))")
    uid, cwd, *_ = text(out).split()
    assert int(uid) in sandbox.SANDBOX_UIDS and int(uid) != 0
    assert cwd == "/home/candidat"
    assert text(out).strip().endswith("[] False False")


def test_a_bloc_plugged_in_from_outside_is_readable_read_only_and_keeps_its_demo_hidden(tmp_path, monkeypatch):
    # The fixture bloc of tests/fixtures/bloc_essai, plugged in as cmcert_lib/__init__.py does from sys.path.
    fixture = ROOT / "tests" / "fixtures" / "bloc_essai"
    plugged = fixture / "cmcert_lib"
    monkeypatch.setattr(cmcert_lib, "__path__", [*cmcert_lib.__path__, str(plugged)])
    assert str(plugged) in sandbox._readonly_paths()
    assert str(plugged / "essai" / "demo") in sandbox._hidden_paths()
    found, written = run(
        tmp_path,
        "import os\nimport cmcert_lib\nfrom cmcert_lib.essai.datasets import load_campaign\n"
        f"print(list(load_campaign().index), os.listdir({str(plugged / 'essai' / 'demo')!r}), "
        f"os.path.exists({str(fixture / 'course')!r}), os.path.exists({str(ROOT / 'tests' / 'conftest.py')!r}), "
        "cmcert_lib.__file__)",
        f"open({str(plugged / 'essai' / 'ajout.py')!r}, 'w')")
    assert text(found).strip() == (f"['Instagram', 'TikTok', 'Facebook'] [] False False "
                                   f"{ROOT / 'cmcert_lib' / '__init__.py'}")
    assert "Read-only" in text(written) or "Permission" in text(written)


def test_no_network_and_a_read_only_system(tmp_path):
    outputs = run(tmp_path,
                  "import socket\nsocket.create_connection(('1.1.1.1', 53), timeout=2)",
                  "open('/usr/evil', 'w')",
                  f"open({str(Path(sandbox.__file__))!r}, 'a')")
    assert "unreachable" in text(outputs[0]).lower() or "Errno" in text(outputs[0])
    assert "Read-only" in text(outputs[1]) or "Permission" in text(outputs[1])
    assert "Read-only" in text(outputs[2]) or "Permission" in text(outputs[2])


def test_a_fork_bomb_does_not_starve_a_candidate_graded_at_the_same_time(tmp_path):
    # The children become `sleep 61.2345`, a mark to look for on the host afterwards.
    bomb = "import os\nfor _ in range(100000):\n    if os.fork() == 0:\n        os.execv('/usr/bin/sleep', ['sleep', '61.2345'])"
    honest = "import time\ntime.sleep(4)\nimport pandas\nprint('ok', pandas.DataFrame({'a': [1]}).shape)"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with ThreadPoolExecutor(max_workers=2) as pool:
        bombed = pool.submit(run, tmp_path / "a", bomb, "print('after')")
        other = pool.submit(run, tmp_path / "b", honest)
        assert "ok (1, 1)" in text(other.result()[0])
        assert "Resource temporarily unavailable" in text(bombed.result()[0])
    # Nothing of the candidate's survives the sandbox.
    assert not any("61.2345" in _cmdline(p) for p in Path("/proc").iterdir() if p.name.isdigit())


def _cmdline(proc: Path) -> str:
    try:
        return (proc / "cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return ""


def test_self_test_passes_here_and_names_a_broken_sandbox(monkeypatch):
    assert sandbox.self_test() is None
    broken = sandbox.RunResult(None, "crashed", 0.1, "mount: permission denied")
    monkeypatch.setattr(sandbox, "run_notebook", lambda *a, **k: broken)
    reason = sandbox.self_test()
    assert "ne fonctionne pas" in reason and "permission denied" in reason
