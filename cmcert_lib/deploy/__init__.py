"""The deployment a school runs: the PostgreSQL gradebook server and JupyterHub for a cohort.

Everything here starts, provisions or stops host services (system users, a database cluster, the Hub
and its proxy); nothing here grades. It reads the course's paths from ``layout`` and never imports a bloc.
"""
