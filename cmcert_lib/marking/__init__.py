"""Trainers' judgement grading: the rubric grades (``store``), the grading tool (``tool``), its commands (``cli``)."""
