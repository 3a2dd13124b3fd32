"""Writing the course: the notebooks' text format, the build to source/ and release/, nbgrader cells, rubrics, self-check."""
