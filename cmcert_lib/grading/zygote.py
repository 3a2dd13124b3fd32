"""A pre-warmed interpreter from which every sandbox is forked, instead of starting Python again.

Starting a sandbox used to cost a new interpreter for the warden, another for the runner and a
third for the kernel, each importing its stack (nbformat's schema, IPython, pandas, matplotlib and
its font list, the course library) before the candidate's first cell. The *zygote* does that
once per grading process: started by :class:`Zygote` with a clean environment, it imports the
course's stack, creates the IPython shell the cells will run in (:mod:`cmcert_lib.grading.executor`),
then waits. For each notebook it forks a *starter*, which enters new mount, PID, network, IPC and
UTS namespaces and forks the sandbox's warden (PID 1 there, :func:`cmcert_lib.grading.sandbox.warden`),
exactly what ``unshare --fork --kill-child`` did; the warden builds the sandbox's root and forks
the runner from there. Every sandbox starts from the same untouched memory: nothing one
candidate's code does reaches the zygote or another sandbox.

What the zygote holds is what a new interpreter would import, nothing of any candidate: a request
carries no data, only file descriptors (the spec file, the uid's lock, the log, the reply socket),
which the starter reads after the fork. The zygote is single-threaded (forking is then safe), runs
no candidate code, and ends when the grading process closes its end of the control socket, crash
included.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import importlib
import json
import os
import pkgutil
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

READY = b"cmcert-zygote-ready"
# The library's folders go first on the path, as PYTHONPATH would put them, before cmcert_lib is
# imported: its __init__ looks there for bloc packages plugged in from outside.
BOOT = ("import sys; sys.path[0:0] = sys.argv[2:]; from cmcert_lib.grading.zygote import main; "
        "sys.exit(main(sys.argv[1:]))")
START_SECONDS = 180  # the warm-up's imports, on a loaded machine
MAX_FDS = 4
CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC, CLONE_NEWPID, CLONE_NEWNET = (
    0x00020000, 0x04000000, 0x08000000, 0x20000000, 0x40000000)
PR_SET_PDEATHSIG = 1
# One thread per numerical library, set before they are imported: thread pools would spend the
# sandbox's process limit (and OpenBLAS stalls when it cannot start its threads); the zygote must
# stay single-threaded to fork safely.
THREADS = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
# matplotlib draws for a notebook, as in a kernel: chosen before pyplot is first imported.
MPLBACKEND = "module://matplotlib_inline.backend_inline"


class ZygoteError(RuntimeError):
    """The pre-warmed interpreter could not start or answer; the message is French, for the trainer."""


# --- the grading process's side -----------------------------------------------------------------


class Zygote:
    """The grading process's handle on its zygote: one per process and per library path, shared by threads."""

    _lock = threading.Lock()
    _current: Zygote | None = None

    def __init__(self, pythonpath: list[str]) -> None:
        self.pythonpath = list(pythonpath)
        self.workdir = Path(tempfile.mkdtemp(prefix="cmcert-zygote-"))
        os.chmod(self.workdir, 0o700)
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "HOME": str(self.workdir),
               "IPYTHONDIR": str(self.workdir / "ipython"), "MPLCONFIGDIR": str(self.workdir / "matplotlib"),
               "MPLBACKEND": MPLBACKEND, "PYTHONDONTWRITEBYTECODE": "1", **THREADS}
        # The font list is matplotlib's slowest start: the grading user's cache is reused when there is one.
        cache = Path.home() / ".cache" / "matplotlib"
        if cache.is_dir():
            shutil.copytree(cache, self.workdir / "matplotlib", dirs_exist_ok=True)
        log = open(self.workdir / "zygote.log", "wb")  # noqa: SIM115 - the zygote's, for as long as it lives
        try:
            # Python runs isolated (-I): it finds cmcert_lib as installed, whatever the environment says.
            self.process = subprocess.Popen(
                [sys.executable, "-I", "-c", BOOT, str(theirs.fileno()), *self.pythonpath],
                pass_fds=(theirs.fileno(),), env=env, cwd=self.workdir, stdin=subprocess.DEVNULL, stdout=log,
                stderr=subprocess.STDOUT, start_new_session=True)
        finally:
            theirs.close()
            log.close()
        self.control = ours
        ours.settimeout(START_SECONDS)
        try:
            ready = ours.recv(64)
        except OSError:
            ready = b""
        ours.settimeout(None)
        if ready != READY:
            self.close()
            raise ZygoteError("l'interpréteur de correction préchargé n'a pas démarré. Journal :\n"
                              + self.log()[-1500:])

    @classmethod
    def get(cls, pythonpath: list[str]) -> Zygote:
        """The running zygote for this library path, started (or restarted) when needed."""
        with cls._lock:
            current = cls._current
            if current is None or current.pythonpath != list(pythonpath) or current.process.poll() is not None:
                if current is not None:
                    current.close()
                else:
                    atexit.register(cls.stop)  # its folder goes with it; the process would end anyway
                cls._current = cls(pythonpath)
            return cls._current

    @classmethod
    def stop(cls) -> None:
        with cls._lock:
            if cls._current is not None:
                cls._current.close()
                cls._current = None

    def log(self) -> str:
        with contextlib.suppress(OSError):
            return (self.workdir / "zygote.log").read_text(encoding="utf-8", errors="replace")
        return ""

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.control.close()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=10)
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.workdir, ignore_errors=True)

    def run(self, spec_fd: int, lock_fd: int, log_fd: int, timeout: float) -> int | None:
        """Start one sandbox and wait for it: the warden's exit code, or None when it was ended at ``timeout``."""
        mine, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        with mine:
            try:
                socket.send_fds(self.control, [b"start"], [theirs.fileno(), spec_fd, lock_fd, log_fd])
            except OSError as exc:
                raise ZygoteError(f"l'interpréteur de correction préchargé ne répond plus ({exc}).") from None
            finally:
                theirs.close()
            mine.settimeout(30)
            started = _message(mine)
            if "pid" not in started:
                raise ZygoteError("l'interpréteur de correction préchargé n'a pas pu démarrer l'isolation. Journal :\n"
                                  + self.log()[-1500:])
            mine.settimeout(timeout)
            try:
                ended = _message(mine)
            except TimeoutError:
                # Its warden dies with it (parent-death signal), and the PID namespace with the warden.
                with contextlib.suppress(ProcessLookupError):
                    os.kill(started["pid"], signal.SIGKILL)
                return None
            return ended.get("exit", -1)


def _message(sock: socket.socket) -> dict:
    data = sock.recv(4096)
    try:
        found = json.loads(data) if data else {}
    except ValueError:
        found = {}
    return found if isinstance(found, dict) else {}


# --- the zygote process --------------------------------------------------------------------------


def _warm_up() -> None:
    """What every notebook imports, once; then the shell the cells run in, and matplotlib's inline backend."""
    import IPython.display  # noqa: F401
    import numpy  # noqa: F401
    import pandas  # noqa: F401

    from cmcert_lib.grading import executor

    executor.shell()  # before pyplot: its inline backend registers with the running shell
    import ipywidgets  # noqa: F401
    import matplotlib.pyplot

    import cmcert_lib.checks
    import cmcert_lib.grading.answers  # noqa: F401
    from cmcert_lib import blocs

    matplotlib.pyplot.figure()  # the font list is read here
    matplotlib.pyplot.close("all")
    for bloc in blocs.bloc_packages():
        package = importlib.import_module(f"cmcert_lib.{bloc}")
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if ".demo" in module.name or ".datagen" in module.name:
                continue
            # A module that fails here fails again in the candidate's sandbox, where it is reported.
            with contextlib.suppress(Exception):
                loaded = importlib.import_module(module.name)
                # What a module loads on first use (a dictionary, a lexicon) and keeps: loaded once here,
                # every sandbox starts with it instead of loading it again for each notebook.
                for warm in getattr(loaded, "WARM_UP", ()):
                    warm()


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def _start(reply: socket.socket, spec_fd: int, lock_fd: int, log_fd: int) -> None:
    """The starter (a fork of the zygote, still root): new namespaces, then the warden as their PID 1."""
    os.setsid()
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    os.dup2(log_fd, 1)
    os.dup2(log_fd, 2)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    keep = {0, 1, 2, reply.fileno(), spec_fd, lock_fd}
    for fd in _open_fds():
        if fd not in keep:
            with contextlib.suppress(OSError):
                os.close(fd)
    with os.fdopen(spec_fd, "rb") as handle:
        spec = json.loads(handle.read(1 << 20))
    reply.sendall(json.dumps({"pid": os.getpid()}).encode())
    flags = CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS
    libc = _libc()
    if libc.unshare(ctypes.c_int(flags)) != 0:
        print(f"unshare: errno {ctypes.get_errno()}", flush=True)
        reply.sendall(json.dumps({"exit": 125}).encode())
        return
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            reply.close()
            libc.prctl(ctypes.c_int(PR_SET_PDEATHSIG), ctypes.c_ulong(signal.SIGKILL), 0, 0, 0)
            from cmcert_lib.grading import sandbox

            code = sandbox.warden(spec)
        except BaseException as exc:  # noqa: BLE001 - reported in the log, the grading process decides
            print(f"warden: {type(exc).__name__}: {exc}", flush=True)
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    reply.sendall(json.dumps({"exit": os.waitstatus_to_exitcode(status)}).encode())


def _open_fds() -> list[int]:
    return [int(name) for name in os.listdir("/proc/self/fd") if name.isdigit()]


def serve(control: socket.socket) -> None:
    """Answer start requests until the grading process closes the control socket."""
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # starters are reaped by the system
    while True:
        try:
            message, fds, _, _ = socket.recv_fds(control, 64, MAX_FDS)
        except InterruptedError:
            continue
        if not message:
            return
        if message != b"start" or len(fds) != MAX_FDS:
            for fd in fds:
                os.close(fd)
            continue
        reply_fd, spec_fd, lock_fd, log_fd = fds
        pid = os.fork()
        if pid == 0:
            try:
                control.close()
                reply = socket.socket(fileno=reply_fd)
                _start(reply, spec_fd, lock_fd, log_fd)
            except BaseException as exc:  # noqa: BLE001 - the starter's own failure, reported in the log
                with contextlib.suppress(OSError):
                    os.write(2, f"starter: {type(exc).__name__}: {exc}\n".encode())
            finally:
                os._exit(0)
        for fd in fds:
            os.close(fd)


def main(argv: list[str]) -> int:
    control = socket.socket(fileno=int(argv[0]))
    _warm_up()
    if threading.active_count() != 1:
        print("zygote: a thread was started during the warm-up; forking would not be safe", flush=True)
        return 1
    control.sendall(READY)
    serve(control)
    return 0

