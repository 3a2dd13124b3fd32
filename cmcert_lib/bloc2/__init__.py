"""Bloc 2, « Production de contenus pour les médias sociaux » (C2.1.1 to C2.3.3): its notebooks' helpers.

Its notebooks' text sources and rubrics are in ``course/bloc2/``; this package holds what they import
(the launch brief, web-writing measures, SEO tools, image, infographic and video helpers), its loaders
and their data (``datasets``, ``data/``, ``datagen``), its questions' checks (``checks``) and the demo
cohort's answers (``demo``). See ``docs/bloc2.md``.
"""
