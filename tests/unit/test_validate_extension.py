"""« Validate » served by cmcert: what the button answers when it cannot validate, and that the environment's
server configuration puts cmcert's handler in place of nbgrader's (the kernel runs: tests/browser/test_day.py)."""

from __future__ import annotations

import json
import logging
import shutil

import nbformat
import pytest
from tornado import web
from traitlets.config import Config

from cmcert_lib.authoring import validate_extension
from cmcert_lib.authoring.selfcheck import static_validator
from cmcert_lib.authoring.static_run import StaticExecute
from tests.conftest import ROOT

LOG = logging.getLogger("tests.validate")
NOTEBOOK = ROOT / "release" / "bloc1" / "02_benchmark_ecoute.ipynb"


def _answer(root, path):
    return validate_extension.validation(str(root), path, Config(), LOG)


def test_a_path_outside_the_servers_folder_is_refused(tmp_path):
    (tmp_path / "dossier").mkdir()
    with pytest.raises(web.HTTPError) as refused:
        _answer(tmp_path / "dossier", "../secret.ipynb")
    assert refused.value.status_code == 403


def test_a_file_that_is_not_a_notebook_gets_a_french_sentence(tmp_path):
    (tmp_path / "cassé.ipynb").write_text("{ pas du json <script>", encoding="utf-8")
    assert _answer(tmp_path, "cassé.ipynb") == {"success": False, "value": validate_extension.UNREADABLE}


@pytest.mark.parametrize(("version", "message"), [(0, "TOO_OLD"), (99, "TOO_NEW")])
def test_a_notebook_of_another_nbgrader_gets_a_french_sentence(tmp_path, version, message):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    for cell in nb.cells:
        if "nbgrader" in cell.metadata:
            cell.metadata.nbgrader["schema_version"] = version
    nbformat.write(nb, tmp_path / NOTEBOOK.name)
    answer = _answer(tmp_path, NOTEBOOK.name)
    assert answer == {"success": False, "value": getattr(validate_extension, message)}


def test_a_kernel_that_dies_gets_a_french_sentence(tmp_path, monkeypatch):
    from nbclient.exceptions import DeadKernelError

    shutil.copy(NOTEBOOK, tmp_path / NOTEBOOK.name)

    def dies(config):
        raise DeadKernelError("Kernel died")

    monkeypatch.setattr(validate_extension, "static_validator", dies)
    assert _answer(tmp_path, NOTEBOOK.name) == {"success": False, "value": validate_extension.KERNEL_DIED}


def test_any_other_failure_is_one_bounded_sentence_and_the_traceback_goes_to_the_log(tmp_path, monkeypatch, caplog):
    shutil.copy(NOTEBOOK, tmp_path / NOTEBOOK.name)

    def explode(config):
        raise RuntimeError("<b>x</b>" * 200)

    monkeypatch.setattr(validate_extension, "static_validator", explode)
    with caplog.at_level(logging.ERROR, logger=LOG.name):
        answer = _answer(tmp_path, NOTEBOOK.name)
    assert answer["success"] is False
    value = answer["value"]
    assert value.startswith("La validation n'a pas pu aller au bout (RuntimeError : <b>x</b>")
    assert len(value) < validate_extension.MAX_REASON + len(validate_extension.FAILED) and "Traceback" not in value
    assert "Traceback" in caplog.text and "RuntimeError" in caplog.text


def test_the_button_runs_the_static_execution_with_the_courses_configuration():
    config = Config()
    config.Execute.timeout = 7
    validator = static_validator(config)
    assert StaticExecute in validator.preprocessors
    assert StaticExecute(parent=validator).timeout == 7


def test_the_environment_serves_cmcerts_handler_instead_of_nbgraders():
    """The file `make install` copies into the environment, and what the installed environment holds."""
    import sys
    from pathlib import Path

    shipped = json.loads((ROOT / "jupyter" / "jupyter_server_config.json").read_text(encoding="utf-8"))
    extensions = shipped["ServerApp"]["jpserver_extensions"]
    assert extensions == {validate_extension.REPLACED: False, validate_extension.EXTENSION: True}
    installed = Path(sys.prefix) / "etc" / "jupyter" / "jupyter_server_config.json"
    assert json.loads(installed.read_text(encoding="utf-8")) == shipped
