"""Running a candidate's notebook where it can harm nothing.

The grading process (trusted) calls :func:`run_notebook`. A pre-warmed interpreter, the
*zygote* (:mod:`cmcert_lib.grading.zygote`, the course's imports done once per grading process),
forks a process that enters new mount, PID, network, IPC and UTS namespaces; its first child
there is the *warden* (PID 1, still root, see :func:`warden`). The warden builds a small root
file system: the operating system, Python and the course library (every folder of
``cmcert_lib.__path__``, bloc packages plugged in from outside included) read-only, a
size-limited tmpfs as the candidate's home (the notebook is copied in), a private ``/tmp``, no
course folder, no gradebook, no other candidate, no network at all (not even a loopback). It
then forks the *runner*, which chroots there, becomes an unprivileged user under resource limits
(memory, processes, file size, open files, CPU) and executes the notebook
(:mod:`cmcert_lib.grading.executor`: the cells run in an IPython shell forked once more, a
timeout per cell, no kernel); the warden waits for it with a wall-clock limit and copies its
result out, size-capped. When the warden exits, the PID namespace ends and every process the
candidate started is killed; the tmpfs vanishes with the mount namespace: nothing persists.

Around that, for the sandbox as a whole (see docs/security.md):

- its uid is unique on the host while it runs (:mod:`cmcert_lib.grading.identities`, a lock
  file per uid that the warden inherits), and whatever a previous holder of the uid left
  (processes, keys in the uid's keyrings) is cleared first; the runner gets a fresh session
  keyring instead of the grading process's;
- the warden first moves itself into a control group of its own
  (:mod:`cmcert_lib.grading.cgroups`): memory, tasks and processor for the whole sandbox; where
  the host has none, per-process rlimits only, and :func:`degraded` says so in French;
- the runner runs under a system-call filter (:mod:`cmcert_lib.grading.seccomp`), inherited by
  the executor and its children, and is not dumpable (the candidate's code, same uid, cannot
  trace it or read its memory); it keeps no descriptor but the log (not the uid's lock, not the
  spec);
- the sandbox's ``/proc`` is its own PID namespace's, mounted ``hidepid=2``: the candidate's
  processes see only themselves, not the warden (whose view of the mounts is the host's);
- its standard input is ``/dev/null`` and its output goes to a log file read back tail only.

Whatever happens inside, the grading process only reads back one size-capped notebook file,
which it treats as untrusted data.

Needs root (or unprivileged user namespaces); Linux only.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import json
import logging
import os
import resource
import select
import shutil
import signal
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from cmcert_lib.blocs import portions
from cmcert_lib.grading import cgroups, executor, identities, seccomp, zygote

# Each sandbox running at the same time on the host gets a user of its own (see identities): the
# process limit and the keyrings are counted per user, so one candidate's fork bomb must not use
# up another's processes, even one graded by another `cmcert grade` run.
SANDBOX_UIDS = identities.SANDBOX_UIDS
RESULT = "resultat.ipynb"
LOG = "journal.txt"
LOG_TAIL = 16_000  # characters of the sandbox's log read back
MiB = 1024 * 1024
GiB = 1024 * MiB
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Limits:
    memory_bytes: int = 3 * GiB  # address space per process
    processes: int = 128  # per unprivileged user (the sandbox's uid is its own on the host)
    # Resident memory and tmpfs pages of the whole sandbox (cgroup): above one process's address
    # space, so that one greedy process gets a MemoryError, and many are killed.
    sandbox_memory_bytes: int = 4 * GiB
    sandbox_tasks: int = 192  # processes and threads of the whole sandbox, warden and runner included (cgroup)
    # Processor: the sandbox shares it as one, whatever its number of processes (cgroup); a hard
    # quota in cores on top (None: none; a quota throttles bursts: 1 core made a notebook take 20 s
    # instead of 12 s on a loaded two-core host).
    cpu_cores: float | None = None
    file_bytes: int = 64 * MiB  # largest file a process may write
    open_files: int = 512
    cpu_seconds: int = 600
    home_bytes: int = 256 * MiB  # the candidate's tmpfs home, files and all
    tmp_bytes: int = 128 * MiB
    cell_timeout: int = 20  # seconds per cell
    wall_seconds: int = 240  # the whole notebook
    output_bytes: int = 2 * MiB  # per cell, kept for the trainer's view
    result_bytes: int = 48 * MiB  # the executed notebook read back


@dataclass
class RunResult:
    notebook: dict | None  # the executed notebook (untrusted data), None when nothing came back
    status: str  # "ok", "timeout", "crashed", "no_result"
    seconds: float
    log: str = ""
    problems: list[str] = field(default_factory=list)  # French, for the trainer's report


class SandboxUnavailable(RuntimeError):
    """This machine cannot isolate candidates' code; the message is French, for the trainer."""


def available() -> str | None:
    """None when sandboxing works here, else a French reason."""
    if not sys.platform.startswith("linux"):
        return "l'isolation des copies nécessite Linux."
    if os.geteuid() != 0:
        return "l'isolation des copies nécessite les droits administrateur (root) sur la machine de correction."
    if not seccomp.supported():
        return "le filtrage des appels système de l'isolation nécessite un processeur x86_64 ou aarch64."
    return identities.problem()


def degraded() -> str | None:
    """None when each sandbox is bounded as a whole, else a French warning (rlimits per process only)."""
    reason = cgroups.problem()
    if reason is None:
        return None
    return ("les limites de l'exécution dans son ensemble (mémoire totale, nombre de processus, temps "
            f"processeur) ne s'appliquent pas sur cette machine : {reason} Seules les limites par "
            "processus s'appliquent.")


@functools.cache
def _warn_once() -> None:
    warning = degraded()
    if warning:
        log.warning("%s", warning)


def self_test() -> str | None:
    """None when a trivial notebook runs in the sandbox as it should, else a French reason (with the log).

    Grading checks this first: a broken sandbox must stop the batch, not give every candidate 0.
    """
    nb = {"cells": [{"cell_type": "code", "execution_count": None, "id": "cmcert-self-test", "metadata": {},
                     "outputs": [], "source": "import cmcert_lib.grading.answers\nprint(6 * 7)"}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    with tempfile.TemporaryDirectory(prefix="cmcert-selftest-") as tmp:
        path = Path(tmp) / "essai.ipynb"
        path.write_text(json.dumps(nb), encoding="utf-8")
        result = run_notebook(path, Limits(wall_seconds=60))
    outputs = (result.notebook or {}).get("cells", [{}])[0].get("outputs", [])
    if any("42" in "".join(o.get("text", "")) for o in outputs if isinstance(o, dict)):
        return None
    return (f"l'environnement d'exécution isolé ne fonctionne pas (état : {result.status}). "
            f"Journal :\n{result.log[-1500:]}")


def run_notebook(notebook: Path, limits: Limits = Limits()) -> RunResult:
    """Execute ``notebook`` (a trusted-structure copy with the candidate's answers) in isolation."""
    reason = available()
    if reason:
        raise SandboxUnavailable(reason)
    _warn_once()
    start = time.monotonic()
    with identities.claim() as identity:
        group = cgroups.create(f"sandbox-{identity.uid}", limits.sandbox_memory_bytes, limits.sandbox_tasks,
                               limits.cpu_cores)
        try:
            result, events = _run(notebook, limits, identity, group)
        finally:
            if group:
                cgroups.remove(group)
    result.problems += _limit_problems(events, limits)
    result.seconds = time.monotonic() - start
    return result


def _limit_problems(events: dict[str, int], limits: Limits) -> list[str]:
    problems = []
    if events.get("oom_kill"):
        problems.append(f"la mémoire totale de l'exécution a dépassé {_size(limits.sandbox_memory_bytes)} : "
                        f"{events['oom_kill']} processus arrêté(s) par le système.")
    if events.get("pids_max"):
        problems.append(f"l'exécution a atteint la limite de {limits.sandbox_tasks} processus et fils d'exécution "
                        "simultanés : des créations de processus ont été refusées.")
    return problems


def _size(count: int) -> str:
    return f"{count // GiB} Gio" if count % GiB == 0 else f"{count // MiB} Mio"


def _run(notebook: Path, limits: Limits, identity: identities.Identity,
         group: cgroups.Group | None) -> tuple[RunResult, dict[str, int]]:
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="cmcert-sandbox-") as tmp:
        exchange = Path(tmp)
        os.chmod(exchange, 0o700)
        spec = {
            "notebook": str(notebook.resolve()),
            "out": str(exchange / RESULT),
            "limits": asdict(limits),
            "uid": identity.uid,
            "cgroups": group.spec() if group else [],
            "python": sys.executable,
            "readonly": _readonly_paths(),
            "hidden": _hidden_paths(),
        }
        (exchange / "spec.json").write_text(json.dumps(spec), encoding="utf-8")
        # The log is a file, read back tail only: the candidate's code writes to it as it likes
        # (within its file-size limit). The warden inherits the uid's lock: the uid stays claimed
        # while anything of the sandbox may run.
        with open(exchange / LOG, "wb") as log_file, open(exchange / "spec.json", "rb") as spec_file:
            code = zygote.Zygote.get(_kernel_pythonpath()).run(
                spec_file.fileno(), identity.lock_fd, log_file.fileno(), timeout=limits.wall_seconds + 30)
        timed_out = code is None
        log = _tail(exchange / LOG, LOG_TAIL)
        status, events = ("timeout", {}) if timed_out else _verdict(log)
        result = exchange / RESULT
        notebook_data = None
        if result.is_file() and not result.is_symlink() and result.stat().st_size <= limits.result_bytes:
            # Written by a process the candidate's kernel shares a uid with: not followed when it is a link;
            # what fails to parse here (too deep, too long a number) propagates, and the trusted side
            # (grading/trusted.py) turns it into a French note and a 0 for this notebook, as it bounds the rest.
            try:
                notebook_data = json.loads(result.read_text(encoding="utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                notebook_data = None
        if notebook_data is None and status == "ok":
            status = "no_result"
    problems = _problems(status, limits)
    return RunResult(notebook_data, status, time.monotonic() - start, log[-4000:], problems), events


def _tail(path: Path, characters: int) -> str:
    with open(path, "rb") as handle:
        handle.seek(0, os.SEEK_END)
        handle.seek(max(0, handle.tell() - 4 * characters))
        return handle.read().decode("utf-8", errors="replace")[-characters:]


def _verdict(log: str) -> tuple[str, dict[str, int]]:
    """The warden's verdict: the log's last line, written once every other process has ended.

    ``CMCERT-STATUS <status> [<limit event>=<count> ...]``. The candidate's code writes to the same
    log: a status line anywhere else is not the warden's.
    """
    words = log.rstrip("\n").rsplit("\n", 1)[-1].split(" ")
    if len(words) < 2 or words[0] != "CMCERT-STATUS":
        return "crashed", {}
    events = {}
    for word in words[2:]:
        key, _, value = word.partition("=")
        if value.isdigit():
            events[key] = int(value)
    return words[1], events


def _problems(status: str, limits: Limits) -> list[str]:
    return {
        "ok": [],
        "timeout": [f"l'exécution a dépassé {limits.wall_seconds} s au total et a été arrêtée."],
        "crashed": ["l'environnement d'exécution s'est arrêté de façon anormale."],
        "no_result": ["l'exécution n'a rendu aucun résultat lisible (noyau arrêté ou sortie trop volumineuse)."],
    }.get(status, [f"exécution : {status}."])


def _hidden_paths() -> list[str]:
    """The demo cohort's answers (and their comments) say too much about the expected ones."""
    demos = [p for folder in portions() for p in (*folder.glob("demo"), *folder.glob("*/demo"))]
    return [str(p) for p in sorted(demos) if p.is_dir()]


def _kernel_pythonpath() -> list[str]:
    """Where the kernel finds ``cmcert_lib``: the parent of each of its folders, in the same order.

    Only the ``cmcert_lib`` folders themselves are bound into the sandbox, never their parents'
    other contents.
    """
    parents: list[str] = []
    for folder in portions():
        if str(folder.parent) not in parents:
            parents.append(str(folder.parent))
    return parents


def _readonly_paths() -> list[str]:
    """What the runner may read: the system, Python, the installed packages, the course library."""
    paths = {"/usr", "/etc", sys.base_prefix, sys.prefix, *(str(f) for f in portions())}
    for extra in ("/lib", "/lib64", "/bin", "/sbin", "/lib32", "/libx32"):
        if Path(extra).exists() and not Path(extra).is_symlink():
            paths.add(extra)
    return sorted(paths)


# --- the warden: runs as root inside the new namespaces ------------------------------------


# mount(2) flags (linux/mount.h): the warden calls the system directly, no mount command per step.
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = (
    1, 2, 4, 8, 32, 4096, 16384, 1 << 18)


@functools.cache
def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def _mount(source: str | None, target: str | Path, fstype: str | None = None, flags: int = 0,
           data: str | None = None) -> None:
    def raw(text) -> bytes | None:
        return None if text is None else str(text).encode()

    if _libc().mount(raw(source), raw(target), raw(fstype), ctypes.c_ulong(flags), raw(data)) != 0:
        code = ctypes.get_errno()
        raise OSError(code, f"mount {source} on {target}: {os.strerror(code)}")


def _bind_readonly(source: str, root: Path) -> None:
    target = root / source.lstrip("/")
    target.mkdir(parents=True, exist_ok=True)
    _mount(source, target, flags=MS_BIND | MS_REC)
    _mount(None, target, flags=MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV)


def _build_root(spec: dict, root: Path) -> Path:
    limits = spec["limits"]
    _mount(None, "/", flags=MS_REC | MS_PRIVATE)
    _mount("cmcert-root", root, "tmpfs", 0, "size=16m,mode=755")
    # The writable places first: a read-only path below one of them (a course in /tmp) is bound after,
    # on top, instead of being hidden by it.
    home = root / "home" / "candidat"
    home.mkdir(parents=True)
    uid = spec["uid"]
    _mount("cmcert-home", home, "tmpfs", MS_NOSUID | MS_NODEV,
           f"size={limits['home_bytes']},mode=700,uid={uid},gid={uid}")
    (root / "tmp").mkdir()
    _mount("cmcert-tmp", root / "tmp", "tmpfs", MS_NOSUID | MS_NODEV, f"size={limits['tmp_bytes']},mode=1777")
    for path in spec["readonly"]:
        _bind_readonly(path, root)
    # The demo cohort's answers (and their comments) say too much about the expected ones.
    for hidden in spec["hidden"]:
        _mount("cmcert-hidden", root / hidden.lstrip("/"), "tmpfs", MS_RDONLY, "size=1m,mode=755")
    for link in ("/bin", "/sbin", "/lib", "/lib64"):
        if Path(link).is_symlink():
            (root / link.lstrip("/")).symlink_to(os.readlink(link))
    dev = root / "dev"
    dev.mkdir()
    for name in ("null", "zero", "random", "urandom"):
        (dev / name).touch()
        _mount(f"/dev/{name}", dev / name, flags=MS_BIND)
    (root / "proc").mkdir()
    # This PID namespace's own procfs; hidepid=2: a process sees only those of its uid, never the
    # warden's (its command line, its mounts: the host's).
    _mount("proc", root / "proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, "hidepid=2")
    shutil.copy(spec["notebook"], home / "copie.ipynb")
    os.chown(home / "copie.ipynb", uid, uid)
    return home


def _drop_privileges(root: Path, limits: dict, uid: int) -> None:
    """In the runner's child process: chroot, unprivileged user, resource limits, fresh keyrings, filter."""
    Path("/proc/self/oom_score_adj").write_text("500", encoding="ascii")  # killed before the warden
    os.chroot(root)
    os.chdir("/home/candidat")
    os.setgroups([])
    os.setgid(uid)
    os.setuid(uid)
    for limit, value in (
        (resource.RLIMIT_AS, limits["memory_bytes"]),
        (resource.RLIMIT_NPROC, limits["processes"]),
        (resource.RLIMIT_FSIZE, limits["file_bytes"]),
        (resource.RLIMIT_NOFILE, limits["open_files"]),
        (resource.RLIMIT_CPU, limits["cpu_seconds"]),
        (resource.RLIMIT_CORE, 0),
    ):
        resource.setrlimit(limit, (value, value))
    os.umask(0o077)
    identities.fresh_keyrings()
    seccomp.confine()  # last: from here on, no keyctl, mount, ptrace...


def warden(spec: dict) -> int:
    """The sandbox's PID 1 (forked by :mod:`cmcert_lib.grading.zygote` in new namespaces, still root).

    It builds the sandbox's root, forks the runner, which drops every privilege and executes the
    notebook (:mod:`cmcert_lib.grading.executor`), waits for it within the wall-clock limit, ends
    whatever is left, copies the result out and says how it went on the log's last line.
    """
    if os.getpid() != 1:
        raise RuntimeError("the sandbox warden must run as PID 1 of its own PID namespace")
    limits = spec["limits"]
    # First of all, into the sandbox's control group: everything started from here is counted.
    cgroups.enter(spec["cgroups"])
    # The memory limit's killer must pick the candidate's processes, never the warden (lowering
    # needs CAP_SYS_RESOURCE, which some hosts withhold: the runner's side is raised anyway).
    with contextlib.suppress(PermissionError):
        Path("/proc/self/oom_score_adj").write_text("-1000", encoding="ascii")
    root = Path(tempfile.mkdtemp(prefix="cmcert-root-"))
    home = _build_root(spec, root)
    env = {
        "HOME": "/home/candidat", "IPYTHONDIR": "/home/candidat/.ipython", "MPLCONFIGDIR": "/home/candidat/.matplotlib",
        "MPLBACKEND": zygote.MPLBACKEND,
        "PATH": f"{Path(spec['python']).parent}:/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1",
        **zygote.THREADS,
    }
    runner = os.fork()
    if runner == 0:
        code = 1
        try:
            _close_fds()
            os.setsid()
            _drop_privileges(root, limits, spec["uid"])
            seccomp.not_dumpable()
            os.environ.clear()
            os.environ.update(env)
            executor.run("copie.ipynb", RESULT, limits["cell_timeout"], limits["output_bytes"])
            code = 0
        except BaseException as exc:  # noqa: BLE001 - the runner's failure ends in the log, never above it
            print(f"runner: {type(exc).__name__}: {str(exc)[:500]}", flush=True)
        finally:
            os._exit(code)
    status = "ok" if _wait(runner, limits["wall_seconds"]) else "timeout"
    # Whatever is still running belongs to the candidate: end it before reading anything.
    _kill_namespace()
    result = home / RESULT
    if result.is_file() and not result.is_symlink() and result.stat().st_size <= limits["result_bytes"]:
        shutil.copyfile(result, spec["out"], follow_symlinks=False)
    elif status == "ok":
        status = "no_result"
    # Alone in the namespace now: out of the sandbox's control group, which goes.
    try:
        events = cgroups.leave(spec["cgroups"])
    except OSError as exc:  # the grading process removes the group then
        print(f"cgroup: {exc}", file=sys.stderr, flush=True)
        events = {}
    counts = "".join(f" {key}={value}" for key, value in events.items())
    print(f"\nCMCERT-STATUS {status}{counts}", flush=True)  # on a line of its own, whatever the output left
    return 0


def _close_fds() -> None:
    """Only the standard streams (the log) go on into the runner: not the uid's lock, not the spec."""
    for name in os.listdir("/proc/self/fd"):
        if name.isdigit() and int(name) > 2:
            with contextlib.suppress(OSError):
                os.close(int(name))


def _wait(pid: int, seconds: float) -> bool:
    """Wait for the runner at most ``seconds``: True when it ended in time."""
    handle = os.pidfd_open(pid)
    try:
        ready = select.select([handle], [], [], seconds)[0]
    finally:
        os.close(handle)
    if ready:
        os.waitpid(pid, 0)
    return bool(ready)


def _kill_namespace() -> None:
    # kill(-1) reaches every process of the caller's PID namespace but the caller; only the
    # namespace's init (PID 1) may use it here, never a process of the host.
    if os.getpid() != 1:
        raise RuntimeError("the sandbox warden must run as PID 1 of its own PID namespace")
    with contextlib.suppress(ProcessLookupError):
        os.kill(-1, signal.SIGKILL)
    while True:  # reap, so that nothing still holds the candidate's files
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            break
