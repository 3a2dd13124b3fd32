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

import tempfile
import uuid
from pathlib import Path

from jupyter_core.paths import jupyter_runtime_dir
from nbclient import NotebookClient
from nbgrader.preprocessors import Execute

WIDGET_TARGET = "jupyter.widget"
MAX_SOCKET_PATH = 107  # bytes of a Unix socket's path on Linux (sun_path, its final NUL excluded)


class _NoWidgetEmulation:
    comm_open_handlers: dict

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.comm_open_handlers.pop(WIDGET_TARGET, None)

    def create_kernel_manager(self):
        # Unix sockets, not loopback ports: jupyter_client picks five free ports and the kernel binds them a
        # moment later; meanwhile another kernel or a connection can take one, and the kernel dies at start-up
        # (« Address already in use », seen once in a full run of the suite). The socket files are named by
        # socket_prefix() and removed at shutdown.
        km = super().create_kernel_manager()
        km.transport = "ipc"
        km.ip = socket_prefix()
        return km


def socket_prefix() -> str:
    """Where a kernel's five Unix sockets go (jupyter_client appends « -<n> »): Jupyter's runtime folder, or
    the system's temporary folder when that path would be too long for a socket (a Hub user's deep home)."""
    name = f"cmcert-kernel-{uuid.uuid4().hex[:16]}"
    runtime = Path(jupyter_runtime_dir())
    if len(str(runtime / name).encode()) + len("-65535") > MAX_SOCKET_PATH:
        runtime = Path(tempfile.gettempdir())
    runtime.mkdir(parents=True, exist_ok=True)
    return str(runtime / name)


class StaticClient(_NoWidgetEmulation, NotebookClient):
    """nbclient's NotebookClient without the Output-widget emulation."""


class StaticExecute(_NoWidgetEmulation, Execute):
    """nbgrader's Execute preprocessor (its validator's) without the Output-widget emulation."""
