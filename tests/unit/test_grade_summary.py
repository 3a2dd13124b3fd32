"""The trainer's grading summary says when the host could not bound each sandbox as a whole."""

from __future__ import annotations

from pathlib import Path

from cmcert_lib.grading import cgroups, sandbox
from cmcert_lib.grading.batch import GradingReport


def _report(isolation):
    return GradingReport("bloc1", [], Path("notes.csv"), Path("retours"), Path("integrite.md"), isolation=isolation)


def test_summary_warns_in_french_when_whole_sandbox_limits_are_missing(monkeypatch):
    monkeypatch.setattr(cgroups, "problem", lambda: "pas de groupes de contrôle (cgroups) utilisables.")
    summary = _report(sandbox.degraded()).summary()
    assert "⚠ Isolation réduite : les limites de l'exécution dans son ensemble" in summary
    assert "pas de groupes de contrôle" in summary


def test_no_warning_where_the_host_bounds_each_sandbox(monkeypatch):
    monkeypatch.setattr(cgroups, "problem", lambda: None)
    assert sandbox.degraded() is None
    assert "Isolation réduite" not in _report(sandbox.degraded()).summary()
