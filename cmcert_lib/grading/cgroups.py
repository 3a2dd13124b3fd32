"""Limits on a sandbox as a whole: one control group per sandbox, its warden and everything below.

Resource limits (rlimits) bound each process; a candidate's code can start many. A control
group bounds the sandbox's total: resident memory and tmpfs pages (``memory.max``, no swap), tasks
(``pids.max``, threads included) and processor: the group shares the processor as one (so many busy
processes weigh as much as one), and a hard quota in cores (``cpu.max``) can be added.

Where the groups go:

- cgroup v2 (the unified hierarchy, the default of current distributions): ``cmcert/sandbox-<uid>``
  under the hierarchy's root, with the memory, pids and cpu controllers enabled on the way down
  (``cgroup.subtree_control``). At the host's real root this always works as root; at the root of
  a container's cgroup namespace the kernel refuses to enable controllers while processes sit
  there (the "no internal processes" rule): the container must move its processes to a leaf first
  (see docs/security.md), else the sandbox falls back to rlimits.
- cgroup v1 (legacy or hybrid hosts, where the controllers are still mounted one hierarchy
  each): ``cmcert/sandbox-<uid>`` below the grading process's own group in each of the memory, pids
  and cpu hierarchies (v1 has no internal-process rule), so that the sandbox stays within
  whatever limits the grading process is under.

The grading process creates the group and sets its limits (:func:`create`); the warden enters it
before anything else (:func:`enter`) and, once every other process of the sandbox has ended,
goes back where it came from, reads how often the limits were hit and removes the group
(:func:`leave`), so that a group does not outlive its sandbox even when the grading process
was killed meanwhile; the grading process removes it too if the warden could not
(:func:`remove`). The sandbox uid makes the name unique on the host (see
:mod:`cmcert_lib.grading.identities`); a group left by a crashed run under that name is emptied and
removed first. :func:`problem` says in French why no group can be made (the sandbox then relies
on rlimits alone).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path

PARENT = "cmcert"
CONTROLLERS = ("memory", "pids", "cpu")  # cpu is optional
CPU_PERIOD_US = 100_000
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Group:
    version: int  # 1 or 2
    paths: tuple[Path, ...]  # one per hierarchy (v1), a single one (v2)
    origins: tuple[Path, ...]  # per path, the group the creating process (and so the warden) was in

    def spec(self) -> list[list[str]]:
        """What the warden needs to :func:`enter` and :func:`leave` the group (JSON)."""
        return [[str(path), str(origin)] for path, origin in zip(self.paths, self.origins, strict=True)]


@dataclass(frozen=True)
class Hierarchy:
    version: int
    mount: Path
    own: str  # the calling process's group, relative to the mount
    controllers: frozenset[str]


def enter(spec: list[list[str]]) -> None:
    """In the warden: move into the group (one directory per hierarchy); its future children follow."""
    for path, _origin in spec:
        Path(path, "cgroup.procs").write_text("0", encoding="ascii")


def leave(spec: list[list[str]]) -> dict[str, int]:
    """In the warden, alone in the group: go back, and remove the group; how often its limits were hit.

    The counts: ``oom_kill``, processes killed for memory; ``pids_max``, process creations refused.
    """
    found = {"oom_kill": 0, "pids_max": 0}
    for path, origin in spec:
        Path(origin, "cgroup.procs").write_text("0", encoding="ascii")
        events = Path(path, "memory.events")  # v2; v1 keeps the count in memory.oom_control
        found["oom_kill"] += _counter(events if events.exists() else Path(path, "memory.oom_control"), "oom_kill")
        found["pids_max"] += _counter(Path(path, "pids.events"), "max")
    for path, _origin in spec:
        _remove(Path(path), wait_seconds=2.0)
    return found


def _counter(path: Path, key: str) -> int:
    with contextlib.suppress(OSError, ValueError):
        for line in path.read_text(encoding="ascii").splitlines():
            name, _, value = line.partition(" ")
            if name == key:
                return int(value)
    return 0


def _hierarchies() -> list[Hierarchy]:
    """The cgroup hierarchies mounted here, from /proc/self/mountinfo and /proc/self/cgroup."""
    own_v1, own_v2 = {}, None
    for line in Path("/proc/self/cgroup").read_text(encoding="utf-8").splitlines():
        number, controllers, path = line.split(":", 2)
        if number == "0" and not controllers:
            own_v2 = path
        for controller in controllers.split(","):
            own_v1[controller] = path
    found = []
    for line in Path("/proc/self/mountinfo").read_text(encoding="utf-8").splitlines():
        fields = line.split()
        separator = fields.index("-")
        fstype, options, mount = fields[separator + 1], fields[separator + 3].split(","), Path(fields[4])
        if fields[3] != "/":
            continue  # a bind of a sub-group, not the hierarchy's root
        if fstype == "cgroup2" and own_v2 is not None:
            with contextlib.suppress(OSError):
                available = (mount / "cgroup.controllers").read_text(encoding="ascii").split()
                found.append(Hierarchy(2, mount, own_v2, frozenset(available)))
        elif fstype == "cgroup":
            mounted = frozenset(c for c in options if c in CONTROLLERS)
            if mounted and all(c in own_v1 for c in mounted):
                found.append(Hierarchy(1, mount, own_v1[next(iter(mounted))], mounted))
    return found


@functools.cache
def _plan() -> tuple[int, tuple[tuple[Path, Path], ...]] | str:
    """(version, per hierarchy the parent of the groups and this process's own group) or a French reason."""
    if os.geteuid() != 0:
        return "les groupes de contrôle (cgroups) nécessitent les droits administrateur."
    try:
        hierarchies = _hierarchies()
    except (OSError, ValueError, IndexError) as exc:
        return f"les groupes de contrôle (cgroups) sont illisibles ({exc})."
    v2 = next((h for h in hierarchies if h.version == 2 and {"memory", "pids"} <= h.controllers), None)
    if v2 is not None:
        wanted = [c for c in CONTROLLERS if c in v2.controllers]
        try:
            _enable(v2.mount, wanted)
            parent = v2.mount / PARENT
            with contextlib.suppress(FileExistsError):
                parent.mkdir(mode=0o755)
            _enable(parent, wanted)
        except OSError as exc:
            return (f"cgroup v2 est présent ({v2.mount}) mais ses contrôleurs mémoire et processus ne peuvent "
                    f"pas être délégués ({exc.strerror or exc}).")
        return 2, ((parent, v2.mount / v2.own.lstrip("/")),)
    v1 = {c: h for h in hierarchies if h.version == 1 for c in h.controllers}
    if "memory" in v1 and "pids" in v1:
        hierarchies_v1 = {id(h): h for h in v1.values()}.values()
        return 1, tuple((h.mount / h.own.lstrip("/") / PARENT, h.mount / h.own.lstrip("/")) for h in hierarchies_v1)
    return "ni cgroup v2 avec les contrôleurs mémoire et processus, ni cgroup v1 (memory, pids) sur cette machine."


def _enable(group: Path, controllers: list[str]) -> None:
    current = set((group / "cgroup.subtree_control").read_text(encoding="ascii").split())
    missing = [c for c in controllers if c not in current]
    if missing:
        (group / "cgroup.subtree_control").write_text(" ".join(f"+{c}" for c in missing), encoding="ascii")


def problem() -> str | None:
    """None when each sandbox can have a control group of its own here, else a French reason."""
    plan = _plan()
    return plan if isinstance(plan, str) else None


def create(name: str, memory_bytes: int, tasks: int, cpu_cores: float | None) -> Group | None:
    """A fresh group ``name`` with these limits, or None where groups are unavailable (see :func:`problem`)."""
    plan = _plan()
    if isinstance(plan, str):
        return None
    version, places = plan
    paths: list[Path] = []
    try:
        for parent, _origin in places:
            path = parent / name
            if path.exists():
                _remove(path)  # a crashed run's: the uid in the name is ours now
            for _ in range(3):  # another grading may remove an empty parent meanwhile
                with contextlib.suppress(FileExistsError):
                    parent.mkdir(mode=0o755)
                try:
                    path.mkdir(mode=0o755)
                    break
                except FileNotFoundError:
                    continue
            paths.append(path)
            _limit(path, version, memory_bytes, tasks, cpu_cores)
    except OSError as exc:
        log.warning("no cgroup for %s, per-process limits only: %s", name, exc)
        for path in paths:
            _remove(path)
        return None
    return Group(version, tuple(paths), tuple(origin for _parent, origin in places))


def _write(path: Path, value: str) -> None:
    if path.exists():
        path.write_text(value, encoding="ascii")


def _limit(path: Path, version: int, memory_bytes: int, tasks: int, cpu_cores: float | None) -> None:
    # Without a quota the group still shares the processor as one: a sandbox of many busy
    # processes weighs as much as a sandbox of one, neither starves the other nor the grading.
    quota = "max" if cpu_cores is None else str(max(1000, int(cpu_cores * CPU_PERIOD_US)))
    if version == 2:
        _write(path / "memory.max", str(memory_bytes))
        _write(path / "memory.swap.max", "0")
        _write(path / "pids.max", str(tasks))
        _write(path / "cpu.max", f"{quota} {CPU_PERIOD_US}")
        return
    _write(path / "memory.limit_in_bytes", str(memory_bytes))
    _write(path / "memory.memsw.limit_in_bytes", str(memory_bytes))  # memory + swap: no swap
    _write(path / "pids.max", str(tasks))
    _write(path / "cpu.cfs_period_us", str(CPU_PERIOD_US))
    _write(path / "cpu.cfs_quota_us", "-1" if quota == "max" else quota)


def remove(group: Group) -> None:
    """Kill whatever is left in the group and remove it (when the warden has not), then its parent if unused."""
    for path in group.paths:
        _remove(path)
        with contextlib.suppress(OSError):
            path.parent.rmdir()  # busy while another sandbox runs: fine


def _remove(path: Path, wait_seconds: float = 5.0) -> None:
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            path.rmdir()
            return
        except FileNotFoundError:
            return
        except OSError:
            if time.monotonic() > deadline:
                log.warning("cgroup %s could not be removed", path)
                return
        if (path / "cgroup.kill").exists():  # v2
            with contextlib.suppress(OSError):
                (path / "cgroup.kill").write_text("1", encoding="ascii")
        else:
            with contextlib.suppress(OSError):
                for pid in (path / "cgroup.procs").read_text(encoding="ascii").split():
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(int(pid), signal.SIGKILL)
        time.sleep(0.02)
