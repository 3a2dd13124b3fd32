"""Sandbox identities: a user id that no other sandbox on this host holds at the same time.

Each sandbox runs its candidate's code as a user of its own: the process limit and the kernel
keyrings are counted per user on the whole host, not per namespace, so two sandboxes sharing a
uid (two ``cmcert grade`` runs, two courses, two trainers) would share a fork budget and a
keyring. A uid is claimed by taking, without waiting, an exclusive ``flock`` on its lock file in
:data:`LOCK_DIR` (root-owned, 0700): the lock lives as long as an open descriptor of it, so it is
released when the holder ends, crash included, and the sandbox's warden inherits it, so a uid
stays claimed while anything of its sandbox can still run.

When a uid is claimed, whatever a previous holder left is cleared: its processes (none should
outlive their PID namespace, but they die asynchronously) are killed, and the sandbox's first
process clears the uid's user keyrings and joins a fresh session keyring
(:func:`fresh_keyrings`). No account exists for these ids: they own nothing outside a sandbox.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import logging
import os
import platform
import signal
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SANDBOX_UIDS = range(61000, 61064)
LOCK_DIR = Path("/run/cmcert-sandbox")
POLL_SECONDS = 0.2
log = logging.getLogger(__name__)

# keyctl(2): the syscall number per machine, the operations and special keyring ids used here.
_KEYCTL = {"x86_64": 250, "aarch64": 219}
KEYCTL_JOIN_SESSION_KEYRING = 1
KEYCTL_CLEAR = 7
KEY_SPEC_USER_KEYRING = -4
KEY_SPEC_USER_SESSION_KEYRING = -5


class IdentityError(RuntimeError):
    """No sandbox identity can be claimed on this host; the message is French, for the trainer."""


@dataclass(frozen=True)
class Identity:
    uid: int
    lock_fd: int  # an open descriptor of the uid's lock file: pass it on to keep the uid claimed


@contextlib.contextmanager
def claim(uids: range | None = None, timeout: float | None = None) -> Iterator[Identity]:
    """Claim a free sandbox uid for the duration of the ``with`` block, waiting while all are taken.

    Threads of one process and processes of the host exclude one another alike (each claim opens
    the lock file anew: ``flock`` locks belong to an open file, not to a process).
    """
    pool = SANDBOX_UIDS if uids is None else uids
    directory = _lock_dir()
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        for uid in pool:
            fd = _try_lock(directory / str(uid))
            if fd is None:
                continue
            try:
                clear_leftovers(uid)
            except IdentityError as exc:
                os.close(fd)
                log.warning("sandbox uid %s skipped: %s", uid, exc)
                continue
            try:
                yield Identity(uid, fd)
            finally:
                os.close(fd)
            return
        if deadline is not None and time.monotonic() > deadline:
            raise IdentityError(f"aucune identité d'exécution isolée libre ({len(pool)} en service sur la machine).")
        time.sleep(POLL_SECONDS)


def problem() -> str | None:
    """None when sandbox uids can be claimed here, else a French reason."""
    try:
        _lock_dir()
    except IdentityError as exc:
        return str(exc)
    except OSError as exc:
        return f"le dossier de verrous {LOCK_DIR} ne peut pas être créé ({exc.strerror or exc})."
    return None


def _lock_dir() -> Path:
    """The host-wide lock directory, created root-owned and 0700; refused if anyone else could write in it."""
    with contextlib.suppress(FileExistsError):
        os.mkdir(LOCK_DIR, 0o700)
    info = os.lstat(LOCK_DIR)
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.geteuid() or info.st_mode & 0o077:
        raise IdentityError(f"le dossier de verrous {LOCK_DIR} doit être un dossier appartenant à root, "
                            "accessible à root seul (chmod 700).")
    return LOCK_DIR


def _try_lock(path: Path) -> int | None:
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    except BaseException:
        os.close(fd)
        raise
    return fd


def processes_of(uid: int) -> list[int]:
    """The host's live processes whose real, effective or saved uid is ``uid`` (from /proc/<pid>/status).

    Zombies are left out: they run nothing, and only their parent can remove them.
    """
    found = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/status", encoding="ascii", errors="replace") as handle:
                fields = dict(line.split(":", 1) for line in handle if line.startswith(("State:", "Uid:")))
        except OSError:
            continue  # ended meanwhile
        if str(uid) in fields.get("Uid", "").split()[:3] and fields.get("State", "").split()[:1] not in (["Z"], ["X"]):
            found.append(int(entry.name))
    return found


def clear_leftovers(uid: int, wait_seconds: float = 5.0) -> None:
    """Kill whatever still runs as ``uid`` (a previous sandbox's processes still dying), and wait for it to go."""
    deadline = time.monotonic() + wait_seconds
    while pids := processes_of(uid):
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        if time.monotonic() > deadline:
            raise IdentityError(f"des processus de l'identité {uid} ne s'arrêtent pas : {pids[:10]}.")
        time.sleep(0.02)


def keyctl(operation: int, *args: int) -> int:
    """The keyctl(2) system call (no C library wraps it); raises OSError."""
    number = _KEYCTL.get(platform.machine())
    if number is None:
        raise OSError(errno.ENOSYS, f"keyctl: unknown machine {platform.machine()}")
    libc = ctypes.CDLL(None, use_errno=True)
    result = libc.syscall(ctypes.c_long(number), ctypes.c_long(operation),
                          *(ctypes.c_long(a) for a in args))
    if result == -1:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code))
    return result


def fresh_keyrings() -> None:
    """In the sandbox's first unprivileged process: empty the uid's keyrings and leave the warden's session.

    The user keyrings belong to the uid and outlive its processes: a key a previous holder left
    there would reach the next candidate. The session keyring is inherited through fork: without a
    new one, the candidate's code would possess the grading process's (root's) session keyring.
    A kernel without keys (ENOSYS) has nothing to clear.
    """
    try:
        keyctl(KEYCTL_CLEAR, KEY_SPEC_USER_KEYRING)
        keyctl(KEYCTL_CLEAR, KEY_SPEC_USER_SESSION_KEYRING)
        keyctl(KEYCTL_JOIN_SESSION_KEYRING, 0)  # no name: a new anonymous session keyring
    except OSError as exc:
        if exc.errno != errno.ENOSYS:
            raise
