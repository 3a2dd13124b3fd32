"""nbgrader's formgrader in French for the trainer: our templates in front of nbgrader's, and its scripts' text.

nbgrader 0.9 builds the formgrader's jinja environment itself, from its own template folder, with no option
to add one (``FormgradeExtension.init_tornado_settings``); the grading page of a submission is an nbconvert
template, ``formgrade``, found through ``HTMLExporter.extra_template_basedirs``, which is configurable.  Both
are set from the course's ``nbgrader_config.py`` (:func:`configure`), the one file every formgrader reads,
whether ``make lab`` or a JupyterHub service (``jupyterhub-singleuser`` in the course folder) starts it:

* the grading page: :data:`TEMPLATES` first in ``HTMLExporter.extra_template_basedirs``; its ``formgrade/``
  replaces nbgrader's;
* the other pages: nbgrader's formgrader executes ``nbgrader_config.py`` inside the Jupyter server, while it
  loads; :func:`attach` then adds our route for the translated scripts (:mod:`.javascript`,
  :data:`STATIC_ROUTE`) and, once every extension is loaded (a callback on the server's loop, which runs
  before the first request), puts a loader of :data:`TEMPLATES` in front of nbgrader's in the formgrader's
  jinja environment (:func:`install`).  In ``nbgrader`` commands there is no server, and nothing is done.

A template here has the name of the nbgrader template it replaces; :data:`upstream.PINNED` holds the hash of
each nbgrader file translated, and a test fails when nbgrader's changes.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbgrader.server_extensions.formgrader.handlers as nbgrader_handlers
from jinja2 import ChoiceLoader, Environment, FileSystemLoader

from cmcert_lib.marking.formgrader import upstream

TEMPLATES = Path(__file__).parent / "templates"
NBGRADER_TEMPLATES = Path(nbgrader_handlers.template_path)
STATIC_ROUTE = "/cmcert-formgrader/static/js/"  # under the server's base_url, outside nbgrader's /formgrader/
_ROUTED, _INSTALLED = "cmcert_formgrader_route", "cmcert_formgrader_fr"  # marks in the server's settings


def configure(c) -> None:
    """formgrader in French: the grading page's template in ``c``, the other pages in the running server (if
    any).  Keeps the template folders already configured (the feedback's), after ours."""
    known = [folder for folder in (c.HTMLExporter.get("extra_template_basedirs") or [])
             if folder != str(TEMPLATES)]
    if str(NBGRADER_TEMPLATES) not in known:
        known.append(str(NBGRADER_TEMPLATES))
    c.HTMLExporter.extra_template_basedirs = [str(TEMPLATES), *known]
    server = running_server()
    if server is not None:
        attach(server)


def running_server():
    """The Jupyter server this process runs, or None (an ``nbgrader`` or ``cmcert`` command)."""
    module = sys.modules.get("jupyter_server.serverapp")
    if module is None or not module.ServerApp.initialized():
        return None
    server = module.ServerApp.instance()
    return server if getattr(server, "web_app", None) is not None else None


def environment() -> Environment:
    """The formgrader's jinja environment: ours, then nbgrader's for anything we do not replace."""
    return Environment(loader=ChoiceLoader([FileSystemLoader(str(TEMPLATES)),
                                            FileSystemLoader(str(NBGRADER_TEMPLATES))]))


def install(settings: dict, log=None) -> bool:
    """Put :func:`environment` in place of the formgrader's (True), or say nothing changed: no formgrader
    in this server.  Done once; nbgrader reads its configuration again at each API call."""
    if "nbgrader_jinja2_env" not in settings:
        return False
    if not settings.get(_INSTALLED):
        settings["nbgrader_jinja2_env"] = environment()
        settings[_INSTALLED] = True
        if log is not None:
            log.info("cmcert : pages du formgrader en français")
            changed = upstream.changed()
            if changed:
                log.warning("cmcert : ces fichiers du formgrader de nbgrader ont changé depuis leur traduction, "
                            "à revoir : %s", ", ".join(changed))
    return True


def attach(server) -> None:
    """Add the route of the translated scripts to ``server`` and schedule :func:`install` (once)."""
    from jupyter_server.utils import url_path_join
    from tornado import web

    from cmcert_lib.marking.formgrader import javascript

    webapp = server.web_app
    if webapp.settings.get(_ROUTED):
        return
    webapp.settings[_ROUTED] = True

    class TranslatedScript(web.RequestHandler):
        """nbgrader's script, translated; public like nbgrader's own static files."""

        def get(self, name: str) -> None:
            if name not in javascript.STRINGS:
                raise web.HTTPError(404)
            self.set_header("Content-Type", "application/javascript; charset=UTF-8")
            self.finish(javascript.translated(name))

    pattern = url_path_join(webapp.settings.get("base_url", "/"), STATIC_ROUTE, r"([\w.]+)")
    webapp.add_handlers(".*$", [(pattern, TranslatedScript)])
    server.io_loop.add_callback(install, webapp.settings, server.log)
