"""cmcert: course and assessment library for the « Community manager » certification.

A bloc's package may live outside this folder: every ``cmcert_lib/`` folder found on
``sys.path`` (a plugin, a test fixture) joins this package's ``__path__``, and the
``cmcert_lib/<bloc>/`` packages it holds are blocs like the library's own
(:mod:`cmcert_lib.blocs`). The library's folder stays first, so its modules win.

A plugin's folder goes after the library's on ``sys.path``, for instance
``PYTHONPATH=<library's folder>:<plugin's folder>``: a ``cmcert_lib/`` folder without
``__init__.py`` found first would be taken for the whole package (an editable install
is not on ``sys.path`` itself, so its folder must be named there too).
"""

from pkgutil import extend_path

__path__ = extend_path(__path__, __name__)
__version__ = "0.1.0"

# In a notebook's kernel, the answer stub and a cell's NameError read as one French line or
# box instead of a traceback (cmcert_lib.checks.display); elsewhere nothing happens.
if "IPython" in __import__("sys").modules:
    from cmcert_lib.checks.display import install as _install_french_messages

    _install_french_messages()
