"""Inside the sandbox: execute a notebook's code cells directly, without the Jupyter protocol.

The sandbox's runner (see :mod:`cmcert_lib.grading.sandbox`) is a fork of the pre-warmed
interpreter (:mod:`cmcert_lib.grading.zygote`): IPython, pandas, matplotlib and the course library
are already imported, and an IPython shell is ready. :func:`run` forks once more: the *executor*
runs the cells in that shell, one after another, and hands each cell's outputs to the runner
through a pipe; the runner keeps the notebook, enforces the time per cell and writes the result.
This is what nbclient and a kernel did, without starting a kernel, a client, zmq sockets or a
second interpreter for each notebook:

- a cell that runs longer than its timeout is interrupted (``KeyboardInterrupt`` in the cell, as
  a kernel interrupt does, again after each further timeout) and execution goes on; one that
  ignores the interrupts ends the executor, and the notebook's metadata says so
  (``cmcert_runner_error``), as a dead kernel did;
- when the executor dies (``os._exit``, a crash, a signal), the cells already run keep their
  outputs and the rest have none;
- outputs are the ones a kernel sends, in nbformat's shape (streams, ``display_data``,
  ``execute_result``, ``error``), ``clear_output`` and display updates included, cut to a size
  per cell by bytes, not lines.

Everything here runs as the sandbox's user, with the candidate's code: the result is
untrusted data, bounded again by the grading process (:mod:`cmcert_lib.grading.untrusted`).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import select
import signal
import struct
import sys
import time
from typing import Any

from IPython.core.displayhook import DisplayHook
from IPython.core.displaypub import DisplayPublisher
from IPython.core.interactiveshell import InteractiveShell
from traitlets.config import Config

TRUNCATED = "\n[… sortie tronquée par le correcteur : {size} octets au total]\n"
HEADER = struct.Struct("!Q")  # the length of each frame the executor sends
# A cell past its timeout is interrupted, then given its timeout again to stop, as nbclient does (a
# busy host can be slow to deliver an interrupt to code in a C library); after this many, the
# executor is ended. The sandbox's wall-clock limit bounds the whole anyway.
MAX_INTERRUPTS = 3
GRACE_SECONDS = 5  # for the rest of a frame already started
RUNNER_ERROR = "cmcert_runner_error"


# --- the executor's side: a shell whose outputs are recorded, not printed ------------------------


class _Outputs:
    """The current cell's outputs, as a kernel would send them to its client.

    Stream text is kept as a list of pieces, joined when the cell is sent: a loop that prints line
    by line stays linear.
    """

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.items: list[dict[str, Any]] = []
        self.ids: list[str | None] = []  # display_id of each output, for display updates
        self.clear_on_next = False

    def add(self, output: dict[str, Any], display_id: str | None = None) -> None:
        if self.clear_on_next:
            self.reset()
        self.items.append(output)
        self.ids.append(display_id)

    def stream(self, name: str, text: str) -> None:
        if not text:
            return
        last = self.items[-1] if self.items and not self.clear_on_next else None
        if last is not None and last["output_type"] == "stream" and last["name"] == name:
            last["pieces"].append(text)
        else:
            self.add({"output_type": "stream", "name": name, "pieces": [text]})

    def clear(self, wait: bool) -> None:
        if wait:
            self.clear_on_next = True
        else:
            self.reset()

    def update(self, display_id: str, data: dict, metadata: dict) -> None:
        for index, found in enumerate(self.ids):
            if found == display_id:
                self.items[index] = {**self.items[index], "data": data, "metadata": metadata}

    def sent(self) -> list[dict[str, Any]]:
        """The outputs in nbformat's shape (streams joined)."""
        return [{"output_type": "stream", "name": o["name"], "text": "".join(o["pieces"])}
                if o["output_type"] == "stream" else o for o in self.items]


OUTPUTS = _Outputs()


class _Stream(io.TextIOBase):
    """``sys.stdout`` / ``sys.stderr`` of the shell: text goes to the current cell's outputs."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    @property
    def encoding(self) -> str:
        return "utf-8"

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        OUTPUTS.stream(self.name, text)
        return len(text)


class _Publisher(DisplayPublisher):
    def publish(self, data, metadata=None, source=None, *, transient=None, update=False, **kwargs) -> None:
        display_id = (transient or {}).get("display_id")
        if update and display_id is not None:
            OUTPUTS.update(display_id, data, metadata or {})
            return
        OUTPUTS.add({"output_type": "display_data", "data": data, "metadata": metadata or {}}, display_id)

    def clear_output(self, wait=False) -> None:
        OUTPUTS.clear(wait)


class _DisplayHook(DisplayHook):
    def write_output_prompt(self) -> None:
        pass

    def write_format_data(self, format_dict, md_dict=None) -> None:
        OUTPUTS.add({"output_type": "execute_result", "execution_count": self.prompt_count,
                     "data": format_dict, "metadata": md_dict or {}})

    def finish_displayhook(self) -> None:
        pass


class CellShell(InteractiveShell):
    """An IPython shell that records outputs per cell, as a kernel's client receives them."""

    display_pub_class = _Publisher
    displayhook_class = _DisplayHook

    def _showtraceback(self, etype, evalue, stb) -> None:
        OUTPUTS.add({"output_type": "error", "ename": getattr(etype, "__name__", str(etype)),
                     "evalue": str(evalue), "traceback": list(stb)})

    def init_io(self) -> None:
        pass  # the streams are set per notebook, by the executor


def shell() -> CellShell:
    """The one shell of this interpreter (history off: nothing is written on disk)."""
    config = Config()
    config.HistoryManager.enabled = False
    return CellShell.instance(config=config)


class _InCell:
    """Interrupts reach the candidate's code only: between cells, the executor ignores them."""

    active = False

    @classmethod
    def handler(cls, signum, frame) -> None:
        if cls.active:
            raise KeyboardInterrupt


def _send(fd: int, payload: dict) -> None:
    data = json.dumps(payload, ensure_ascii=False, allow_nan=True, default=repr).encode("utf-8", "replace")
    view = memoryview(HEADER.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view):]


def _execute_cells(sources: list[str], fd: int, max_output_bytes: int) -> None:
    """The executor: each cell in the shell, its outputs sent on ``fd`` once it has run."""
    ip = shell()
    sys.stdout, sys.stderr = _Stream("stdout"), _Stream("stderr")
    signal.signal(signal.SIGINT, _InCell.handler)
    with contextlib.suppress(Exception):  # each notebook its own random sequence, as in a new kernel
        import numpy

        numpy.random.seed()
    for source in sources:
        OUTPUTS.reset()
        count = ip.execution_count
        _InCell.active = True
        try:
            ip.run_cell(source, store_history=True)
        except KeyboardInterrupt:  # between the shell's own steps
            ip.showtraceback()
        finally:
            _InCell.active = False
        outputs = cap(OUTPUTS.sent(), max_output_bytes)
        _send(fd, {"execution_count": count, "outputs": outputs})


# --- the runner's side --------------------------------------------------------------------------


def _size(output: dict) -> int:
    return len(json.dumps(output, ensure_ascii=False, default=repr).encode("utf-8", "replace"))


def cap(outputs: list[dict], max_bytes: int) -> list[dict]:
    """One cell's outputs cut to ``max_bytes`` (text cut, an oversized rich output replaced by a note)."""
    kept, used = [], 0
    for output in outputs:
        size = _size(output)
        if used + size <= max_bytes:
            kept.append(output)
            used += size
            continue
        room = max(0, max_bytes - used)
        note = TRUNCATED.format(size=size)
        if output.get("output_type") == "stream":
            kept.append({**output, "text": str(output.get("text", ""))[: room // 4] + note})
        else:
            kept.append({"output_type": "stream", "name": "stdout", "text": note})
        break
    return kept


class _Pipe:
    """Frames from the executor, read with a deadline and within a size (the executor is the candidate's)."""

    def __init__(self, fd: int, max_frame: int) -> None:
        self.fd, self.max_frame, self.buffer = fd, max_frame, b""

    def _read(self, count: int, deadline: float, keep: bool = True) -> bytes | None:
        """``count`` bytes, or None on end of file or past the deadline; with keep=False they are dropped."""
        chunks = []
        if self.buffer:
            take = self.buffer[:count]
            self.buffer = self.buffer[count:]
            chunks.append(take)
            count -= len(take)
        while count > 0:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.fd], [], [], left)[0]:
                self.buffer = b"".join(chunks) + self.buffer if keep else b""
                return None
            data = os.read(self.fd, min(count, 1 << 20))
            if not data:
                return None
            count -= len(data)
            if keep:
                chunks.append(data)
        return b"".join(chunks)

    def frame(self, deadline: float) -> dict | None | str:
        """A frame's payload; "timeout" past the deadline; None when the executor is gone."""
        header = self._read(HEADER.size, deadline)
        if header is None:
            return "timeout" if time.monotonic() >= deadline else None
        (length,) = HEADER.unpack(header)
        if length > self.max_frame:
            if self._read(length, deadline + GRACE_SECONDS, keep=False) is None:
                return None
            return {"outputs": [{"output_type": "stream", "name": "stdout", "text": TRUNCATED.format(size=length)}]}
        data = self._read(length, deadline + GRACE_SECONDS)
        if data is None:
            return None
        try:
            payload = json.loads(data.decode("utf-8", "replace"))
        except (ValueError, RecursionError):
            return {"outputs": []}
        return payload if isinstance(payload, dict) else {"outputs": []}


def _end(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)


def run(source: str, result: str, cell_timeout: int, max_output_bytes: int) -> None:
    """Execute the notebook ``source`` (JSON) and write it, with its outputs, to ``result``."""
    with open(source, encoding="utf-8") as handle:
        nb = json.load(handle)
    cells = [cell for cell in nb.get("cells", []) if cell.get("cell_type") == "code"]
    sources = ["".join(c.get("source", "")) if isinstance(c.get("source"), list) else str(c.get("source", ""))
               for c in cells]
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the executor
        code = 1
        try:
            os.close(read_fd)
            _execute_cells(sources, write_fd, max_output_bytes)
            code = 0
        finally:
            os._exit(code)
    os.close(write_fd)
    pipe = _Pipe(read_fd, max_frame=4 * max_output_bytes + (1 << 20))
    error = None
    for index, cell in enumerate(cells):
        payload = pipe.frame(time.monotonic() + cell_timeout)
        interrupts = 0
        while payload == "timeout" and interrupts < MAX_INTERRUPTS:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGINT)
            interrupts += 1
            payload = pipe.frame(time.monotonic() + cell_timeout)
        if payload == "timeout":
            error = (f"CellTimeoutError: la cellule {index + 1} a dépassé {cell_timeout} s et n'a pas pu "
                     "être interrompue.")
            break
        if payload is None:
            error = f"DeadKernelError: l'exécution s'est arrêtée pendant la cellule {index + 1}."
            break
        cell["outputs"] = cap([o for o in payload.get("outputs", []) if isinstance(o, dict)], max_output_bytes)
        count = payload.get("execution_count")
        cell["execution_count"] = count if isinstance(count, int) and not isinstance(count, bool) else None
    _end(pid)
    os.close(read_fd)
    if error:
        nb.setdefault("metadata", {})[RUNNER_ERROR] = error
    with open(result, "w", encoding="utf-8") as handle:
        json.dump(nb, handle, ensure_ascii=False)
