"""Bloc 3 questions: one module per notebook, each registering its checks on import."""

from cmcert_lib.blocs import import_submodules

import_submodules(__name__, __path__)
