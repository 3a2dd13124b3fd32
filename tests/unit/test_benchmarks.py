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
