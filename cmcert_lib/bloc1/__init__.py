"""Bloc 1, « Élaboration d'une stratégie de communication » (C1.1.1 to C1.7.1): its notebooks' helpers.

Its notebooks' text sources and rubrics are in ``course/bloc1/``; this package
holds what they import (brief, personas, journey, charter, calendar, RACI,
scheduling exports, recommendations), its loaders and their data (``datasets``,
``data/``, ``datagen``), its questions' checks (``checks``) and the demo
cohort's answers (``demo``). See ``docs/bloc1.md``.
"""
