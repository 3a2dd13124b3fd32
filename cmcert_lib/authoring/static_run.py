"""Running a notebook top to bottom outside a browser (authors' checks, the test suite), without the stall
nbclient's widget emulation causes.

nbclient emulates ipywidgets' Output widget (which ``interact`` uses): each output the widget captures is
sent back to the kernel as a ``comm_msg`` on the shell socket, from the task reading IOPub, while another
task awaits the cell's reply on that same socket. Under zmq.asyncio that send can consume the socket's
wake-up: the reply, already there, is read only when the cell's timeout expires (jupyter/nbclient#312).
Measured here: the ``interact`` cell of Bloc 1's 05_charte_editoriale took exactly its timeout (120 s in a
full run of the suite; 8 s in 2 of 120 runs of two loops side by side) and passed; with the emulation off,
0 of 160. A run with no browser needs no live widget: with the emulation off, nothing is sent on the shell
socket during a cell and the captured outputs stay in the cell's own outputs, as the grading sandbox (which
has no widgets at all) keeps them.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from jupyter_core.paths import jupyter_runtime_dir
from nbclient import NotebookClient
from nbgrader.preprocessors import Execute

WIDGET_TARGET = "jupyter.widget"


class _NoWidgetEmulation:
    comm_open_handlers: dict

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.comm_open_handlers.pop(WIDGET_TARGET, None)

    def create_kernel_manager(self):
        # Unix sockets, not loopback ports: jupyter_client picks five free ports and the kernel binds them a
        # moment later; meanwhile another kernel or a connection can take one, and the kernel dies at start-up
        # (« Address already in use », seen once in a full run of the suite). The socket files are named here,
        # in Jupyter's runtime folder, and removed at shutdown.
        km = super().create_kernel_manager()
        runtime = Path(jupyter_runtime_dir())
        runtime.mkdir(parents=True, exist_ok=True)
        km.transport = "ipc"
        km.ip = str(runtime / f"cmcert-kernel-{uuid.uuid4().hex[:16]}")
        return km


class StaticClient(_NoWidgetEmulation, NotebookClient):
    """nbclient's NotebookClient without the Output-widget emulation."""


class StaticExecute(_NoWidgetEmulation, Execute):
    """nbgrader's Execute preprocessor (its validator's) without the Output-widget emulation."""
