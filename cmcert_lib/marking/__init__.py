"""Trainers' judgement grading: the rubric grades store (``store``), the grading tool (``tool``), its commands (``cli``)."""
