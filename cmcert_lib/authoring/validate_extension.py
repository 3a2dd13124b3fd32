"""« Validate », nbgrader's button in the candidate's JupyterLab, served by cmcert instead of nbgrader.

nbgrader's handler runs its stock validator, whose execution emulates ipywidgets' Output widget: about one
run in sixty of a notebook with an ``interact`` cell then waits the cell's whole timeout (static_run.py), and
its kernels take loopback ports that another process may take first (the kernel dies at start-up). This
handler runs the same validator with the course's nbgrader configuration, as nbgrader's does, but with the
execution the authors' check and the tests use (:func:`selfcheck.static_validator`); when it cannot validate,
the candidate reads why in French, never a traceback.

Enabled in place of ``nbgrader.server_extensions.validate_assignment`` by the server configuration `make
install` puts in the environment (jupyter/jupyter_server_config.json); it serves the same two addresses, so
nbgrader's button is unchanged.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from jupyter_server.utils import url_path_join
from nbclient.exceptions import DeadKernelError
from nbformat.reader import NotJSONError
from nbgrader.nbgraderformat import SchemaTooNewError, SchemaTooOldError
from nbgrader.server_extensions.validate_assignment import handlers as nbgrader_handlers
from tornado import web

from cmcert_lib.authoring.selfcheck import static_validator

EXTENSION = "cmcert_lib.authoring.validate_extension"
REPLACED = "nbgrader.server_extensions.validate_assignment"

TOO_OLD = ("Ce notebook a été distribué avec une ancienne version de nbgrader : il ne peut pas être validé ici. "
           "Enregistrez-en une copie (Fichier › Télécharger) et prévenez votre formateur ou votre formatrice.")
TOO_NEW = ("Ce notebook vient d'une version de nbgrader plus récente que celle de ce serveur : il ne peut pas être "
           "validé ici. Prévenez votre formateur ou votre formatrice.")
UNREADABLE = ("Le fichier du notebook n'est plus lisible (il n'est pas au format JSON attendu) : la validation est "
              "impossible. Rouvrez-le depuis la liste des devoirs ou prévenez votre formateur ou votre formatrice.")
KERNEL_DIED = ("Python s'est arrêté pendant la validation, le plus souvent parce qu'une cellule demande trop de "
               "mémoire. Exécutez toutes les cellules (Exécution › Exécuter toutes les cellules) pour trouver "
               "laquelle, corrigez-la, enregistrez, puis validez de nouveau.")
FAILED = ("La validation n'a pas pu aller au bout ({reason}). Enregistrez le notebook et réessayez ; si cela se "
          "reproduit, prévenez votre formateur ou votre formatrice.")
MAX_REASON = 300  # the exception's own text may come from the candidate's notebook: bounded


def validation(root_dir: str, path: str, config: Any, log: logging.Logger) -> dict[str, Any]:
    """What the button shows for the notebook at ``path`` (relative to the server's root): nbgrader's results
    (``success`` true) or a French message (``success`` false)."""
    root = Path(root_dir).resolve()
    target = (root / path).resolve()
    if not target.is_relative_to(root):
        raise web.HTTPError(403, "Accès refusé : ce fichier est hors de votre dossier.")
    try:
        result = static_validator(config).validate(str(target))
    except SchemaTooOldError:
        return {"success": False, "value": TOO_OLD}
    except SchemaTooNewError:
        return {"success": False, "value": TOO_NEW}
    except NotJSONError:
        return {"success": False, "value": UNREADABLE}
    except DeadKernelError:
        return {"success": False, "value": KERNEL_DIED}
    except Exception as exc:  # whatever stopped it: the candidate reads a sentence, the log the rest
        log.exception("cmcert: validation of %s failed", target)
        reason = f"{type(exc).__name__} : {exc}"
        if len(reason) > MAX_REASON:
            reason = reason[:MAX_REASON] + "…"
        return {"success": False, "value": FAILED.format(reason=reason)}
    return {"success": True, "value": result}


class ValidateHandler(nbgrader_handlers.ValidateAssignmentHandler):
    """nbgrader's handler (authentication, the course's configuration, the request's shape), cmcert's validation."""

    def validate_notebook(self, path: str) -> dict[str, Any]:
        return validation(self.root_dir, path, self.load_config(), self.log)


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    return [{"module": EXTENSION}]


def _load_jupyter_server_extension(serverapp: Any) -> None:
    webapp = serverapp.web_app
    webapp.settings["root_dir"] = serverapp.root_dir
    base_url = webapp.settings["base_url"]
    version = nbgrader_handlers.NbGraderVersionHandler  # the button asks it first: served with the button's handler
    webapp.add_handlers(".*$", [(url_path_join(base_url, "assignments/validate"), ValidateHandler),
                                (url_path_join(base_url, "nbgrader_version"), version)])
