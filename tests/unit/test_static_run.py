"""Notebooks run outside a browser send nothing on the kernel's shell socket while a cell runs
(cmcert_lib/authoring/static_run.py): nbclient's widget emulation did, and a cell's reply could then wait
for the cell's whole timeout (jupyter/nbclient#312). Their kernel talks over Unix sockets, not loopback
ports another process can take before the kernel binds them."""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell, new_notebook

from cmcert_lib.authoring import selfcheck
from cmcert_lib.authoring.static_run import StaticClient, StaticExecute

INTERACT = 'from ipywidgets import interact\n\ninteract(lambda n=3: print("valeur", n), n=(1, 5));'


def run_counting_shell_sends(client_class, tmp_path) -> tuple[nbformat.NotebookNode, list[str], set[str]]:
    """The notebook run, the messages sent on the shell socket, the kernel's transport."""
    nb = new_notebook(cells=[new_code_cell(INTERACT), new_code_cell('print("fin")')])
    sent: list[str] = []
    transports: set[str] = set()
    client = client_class(nb, timeout=60, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}})

    def spy(**_):
        transports.add(client.km.get_connection_info()["transport"])
        channel = client.kc.shell_channel
        if not getattr(channel, "spied", False):
            send = channel.send
            channel.send = lambda msg: (sent.append(msg["header"]["msg_type"]), send(msg))[1]
            channel.spied = True

    client.on_cell_execute = spy
    client.execute()
    return nb, sent, transports


@pytest.mark.slow
def test_an_interact_cell_sends_nothing_on_the_shell_socket_and_keeps_its_output(tmp_path):
    nb, sent, transports = run_counting_shell_sends(StaticClient, tmp_path)
    assert sent == ["execute_request", "execute_request"]
    assert transports == {"ipc"}  # Unix sockets: no loopback port to lose to another process at start-up
    first = "".join(o.get("text", "") for o in nb.cells[0].outputs if o.output_type == "stream")
    assert "valeur 3" in first  # in the cell's outputs, as the grading sandbox keeps them
    # What it avoids: stock nbclient answers the Output widget on the shell socket during the cell.
    _, stock, stock_transports = run_counting_shell_sends(NotebookClient, tmp_path)
    assert "comm_msg" in stock and stock_transports == {"tcp"}


def test_the_authors_check_runs_nbgraders_steps_with_the_static_execute():
    steps = selfcheck.nbgrader_validator(invert=False).preprocessors
    assert steps[-1] is StaticExecute and "jupyter.widget" not in StaticExecute().comm_open_handlers
    assert [s.__name__ for s in steps[:-1]] == ["CheckCellMetadata", "ClearOutput"]


def test_a_runtime_folder_too_deep_for_a_socket_falls_back_to_the_temporary_folder(tmp_path, monkeypatch):
    import tempfile
    from pathlib import Path

    from cmcert_lib.authoring import static_run

    short = Path(tempfile.mkdtemp(prefix="rt-"))  # pytest's own folders may already be too deep
    try:
        monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(short))
        assert Path(static_run.socket_prefix()).parent == short
    finally:
        short.rmdir()
    deep = tmp_path / ("dossier-personnel-" * 6)
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(deep))
    prefix = static_run.socket_prefix()
    assert Path(prefix).parent == Path(tempfile.gettempdir()) and not deep.exists()
    assert len(f"{prefix}-65535".encode()) <= static_run.MAX_SOCKET_PATH
