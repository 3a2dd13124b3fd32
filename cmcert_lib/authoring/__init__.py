"""Writing the course: the notebooks' text format, the build (source/, release/), cells, rubrics, self-check."""
