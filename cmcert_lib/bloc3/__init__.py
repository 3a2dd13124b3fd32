"""Bloc 3, « Élaboration et pilotage d'un dispositif de communication sur les médias sociaux » (C3.1.1 to
C3.4.1): its notebooks' helpers.

Its notebooks' text sources, rubrics and oral rubric are in ``course/bloc3/``; this package holds what
they import (the plan's brief, and one module per topic), its loaders and their data (``datasets``,
``data/``, ``datagen``), its questions' checks (``checks``) and the demo cohort's answers (``demo``).
See ``docs/bloc3.md``.
"""
