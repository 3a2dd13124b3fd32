"""The demo cohort's partly-right answers to Bloc 3, one module a notebook (``notebook_<NN>``), with their points."""
