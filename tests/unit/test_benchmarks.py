"""The benchmarks' own pieces that can break quietly: the machine's yardstick and the demo's timer.

The benchmarks print figures and assert none (speed depends on the machine); what is tested here is that
they measure what they say: the yardstick times real work, and the demo's timer times the command it ran,
counts the CPU its processes spent, grandchildren included, and stops with the command's output when it fails.
"""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from benchmarks import demo, machine


def test_the_yardstick_times_its_workload_and_says_what_it_is():
    assert machine._workload() == machine._workload() > 0  # deterministic work, not an empty loop
    assert 0 < machine.reference_ms(repeat=2) < 60_000
    line = machine.describe()
    assert "cores" in line and "yardstick" in line and "ms" in line


def fake_cmcert(tmp_path: Path, body: str) -> Path:
    script = tmp_path / "cmcert"
    script.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def test_the_demo_timer_counts_the_commands_wall_and_cpu_time(tmp_path, monkeypatch):
    # Half a second of sleep, then a busy process the command does not wait for (as the zygote's sandboxes):
    # both must show, each where it belongs.
    busy = "python3 -c 'import time\nt = time.process_time()\nwhile time.process_time() - t < 0.3: pass'"
    monkeypatch.setattr(demo, "CMCERT", fake_cmcert(tmp_path, f"sleep 0.5\n({busy}) &\nsleep 0.6"))
    (tmp_path / "run").mkdir()
    wall, cpu = demo.one_run(tmp_path / "run")
    assert wall >= 1.1 and cpu >= 0.3
    assert (tmp_path / "run" / "cours" / "source").is_dir()  # it ran on a fresh copy of the course


def test_a_failed_demo_stops_the_benchmark_with_its_output(tmp_path, monkeypatch):
    monkeypatch.setattr(demo, "CMCERT", fake_cmcert(tmp_path, "echo 'étape 3 cassée'\nexit 3"))
    (tmp_path / "run").mkdir()
    with pytest.raises(SystemExit, match="(?s)failed \\(3\\).*étape 3 cassée"):
        demo.one_run(tmp_path / "run")


# --- the suite's timing (benchmarks/suite.py) ------------------------------------------------------------


def test_a_test_belongs_to_the_bloc_its_parameter_or_its_folder_names():
    from benchmarks import suite

    assert suite.bloc_of("tests/bloc1/test_notebooks.py::test_x[bloc2/01_redaction_web]") == "bloc2"
    assert suite.bloc_of("tests/integration/test_equivalence.py::test_y[bloc3]") == "bloc3"
    assert suite.bloc_of("tests/bloc2/test_seo.py::test_z") == "bloc2"
    assert suite.bloc_of("tests/integration/test_pipeline.py::test_demo") is None
    assert suite.bloc_of("tests/unit/test_x.py::test_y[blocage]") is None


def test_each_bloc_costs_its_tests_and_its_notebooks_share_of_the_demo():
    from benchmarks.suite import Phase, bloc_costs, demo_seconds, projected_wall

    phases = [Phase("tests/integration/test_pipeline.py::test_demo", "setup", 60.0, "gw0", True),
              Phase("tests/integration/test_report.py::test_r", "setup", 35.0, "gw1", True),  # waited for it
              Phase("tests/bloc1/test_notebooks.py::test_n[bloc1/01_brief]", "call", 4.0, "gw0", False),
              Phase("tests/bloc1/test_notebooks.py::test_n[bloc2/01_redaction_web]", "call", 3.0, "gw1", False),
              Phase("tests/bloc2/test_seo.py::test_s", "teardown", 1.0, "gw1", False),
              Phase("tests/unit/test_u.py::test_u", "call", 9.0, "gw0", False)]
    assert demo_seconds(phases) == 60.0
    costs = bloc_costs(phases, {"bloc1": 4, "bloc2": 2})
    assert costs == {"bloc1": (4.0, 40.0), "bloc2": (4.0, 20.0)}
    # two blocs of mean cost 34 s still to write... three, on two workers: 3 x 34 / 2 more
    assert projected_wall(100.0, costs, workers=2) == 100.0 + 3 * 34.0 / 2
    assert projected_wall(100.0, costs, workers=2, blocs=2) == 100.0


def test_the_plugin_records_every_phase_of_the_test_that_ran(tmp_path):
    import json
    import os
    import subprocess
    import sys

    from benchmarks.suite_plugin import TIMELINE
    from tests.conftest import ROOT

    (tmp_path / "test_essai.py").write_text("def test_un():\n    assert True\n", encoding="utf-8")
    timeline = tmp_path / "timeline.jsonl"
    env = dict(os.environ, **{TIMELINE: str(timeline)}, PYTHONPATH=str(ROOT))
    env.pop("PYTEST_XDIST_WORKER", None)  # this suite's worker: the pytest below runs alone
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-n", "0", "-p", "benchmarks.suite_plugin",
                           "-p", "no:cacheprovider", "--rootdir", str(tmp_path), "-c", os.devnull, str(tmp_path)],
                          cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = [json.loads(line) for line in timeline.read_text(encoding="utf-8").splitlines()]
    assert [line["when"] for line in lines] == ["setup", "call", "teardown"]
    assert {line["nodeid"] for line in lines} == {"test_essai.py::test_un"}
    assert all(line["worker"] == "main" and line["demo"] is False and line["seconds"] >= 0 for line in lines)
