"""Grading a bloc: rebuild each hand-in, run it in the sandbox, score its answers outside, record, feed back.

The flow, one module a step: ``batch`` (the ``cmcert grade`` driver) → ``rebuild``
(the hand-in on the release's structure) → ``zygote`` / ``sandbox`` / ``executor`` (isolated
execution, forked from a pre-warmed interpreter) → ``answers`` (the plain-data wire format) → ``scoring`` (hidden
tests run here, outside the candidate's kernel) → ``trusted`` (the pre-scored
copy nbgrader records) → ``feedback`` (the French HTML template).  What nbgrader
recorded is read back in one place, ``gradebook``.
"""
