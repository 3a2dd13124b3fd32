"""Hidden tests are parsed one thread at a time: CPython 3.11's AST constructor keeps shared state, and two
staging threads parsing at once failed a candidate's notebook with « AST constructor recursion depth
mismatch » (a SystemError, seen under load in the full suite)."""

from __future__ import annotations

import ast
import threading
import time

import nbformat

from cmcert_lib.grading import scoring
from tests.conftest import ROOT


def test_staging_threads_never_parse_at_the_same_time(monkeypatch):
    source = nbformat.read(ROOT / "source" / "bloc3" / "02_communaute_moderation.ipynb", as_version=4)
    inside, overlaps, real_parse = [], [], ast.parse

    def watched(text, *args, **kwargs):
        inside.append(1)
        if len(inside) > 1:
            overlaps.append(len(inside))
        time.sleep(0.002)  # long enough for another thread to come in, were it allowed
        try:
            return real_parse(text, *args, **kwargs)
        finally:
            inside.pop()

    monkeypatch.setattr(ast, "parse", watched)
    found = []
    threads = [threading.Thread(target=lambda: found.append(scoring.hidden_tests(source))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(found) == 4 and found[0] and all(f.keys() == found[0].keys() for f in found)
    assert overlaps == []
