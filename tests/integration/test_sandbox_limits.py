"""The sandbox as a whole: identities unique on the host, nothing inherited, totals bounded, calls filtered.

See docs/security.md. Each test runs one or two small notebooks (seconds); the limits are set low
so that a test bites quickly.
"""

from __future__ import annotations

import ast
import contextlib
import ctypes
import os
import platform
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import nbformat
import pytest

from cmcert_lib.grading import cgroups, identities, sandbox, seccomp
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(sandbox.available() is not None, reason=f"no sandbox here: {sandbox.available()}")
LIMITS = sandbox.Limits(cell_timeout=10, wall_seconds=60)
NEEDS_CGROUPS = pytest.mark.skipif(cgroups.problem() is not None, reason=f"no cgroups here: {cgroups.problem()}")
MACHINE = platform.machine()
# The candidate's side of the tests calls the kernel directly, through ctypes.
CALLS = """
import ctypes, errno, os
libc = ctypes.CDLL(None, use_errno=True)
def call(result):
    return errno.errorcode.get(ctypes.get_errno(), '?') if result == -1 else 'ok'
def syscall(number, *args):
    return call(libc.syscall(ctypes.c_long(number), *(ctypes.c_long(a) if isinstance(a, int) else a for a in args)))
"""


def run(tmp_path: Path, *sources: str, limits: sandbox.Limits = LIMITS) -> sandbox.RunResult:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(s) for s in sources]
    path = tmp_path / f"nb-{uuid.uuid4().hex[:8]}.ipynb"
    nbformat.write(nb, path)
    result = sandbox.run_notebook(path, limits)
    assert result.status == "ok", result.log
    return result


def printed(result: sandbox.RunResult, cell: int = 0) -> str:
    outputs = result.notebook["cells"][cell].get("outputs", [])
    return "".join("".join(o.get("text", "")) + str(o.get("evalue", "")) for o in outputs)


def last_dict(result: sandbox.RunResult, cell: int = 0) -> dict:
    return ast.literal_eval(printed(result, cell).strip().splitlines()[-1])


# --- class 5: identities ----------------------------------------------------------------------

GRADER = """
import sys
from pathlib import Path
import nbformat
from cmcert_lib.grading import sandbox
nb = nbformat.v4.new_notebook()
nb.cells = [nbformat.v4.new_code_cell("import os, time\\nstart = time.time()\\ntime.sleep(5)\\n"
                                      "print(os.getuid(), start, time.time())")]
path = Path(sys.argv[1])
nbformat.write(nb, path)
result = sandbox.run_notebook(path, sandbox.Limits(cell_timeout=15, wall_seconds=60))
print(result.status, "".join(result.notebook["cells"][0]["outputs"][0]["text"]).strip())
"""


def test_two_gradings_on_one_host_never_run_two_sandboxes_as_the_same_uid(tmp_path):
    # Two `cmcert grade` runs: two processes, each with its own pool in memory; their sandboxes overlap in time.
    graders = [subprocess.Popen([sys.executable, "-c", GRADER, str(tmp_path / f"{n}.ipynb")], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) for n in "ab"]
    outputs = [grader.communicate(timeout=90)[0].split() for grader in graders]
    assert [output[0] for output in outputs] == ["ok", "ok"], outputs
    (first, start_a, end_a), (second, start_b, end_b) = ((int(o[1]), float(o[2]), float(o[3])) for o in outputs)
    assert start_a < end_b and start_b < end_a  # both sandboxes ran at the same time
    assert first != second and {first, second} <= set(sandbox.SANDBOX_UIDS)


HOLDER = """
import contextlib, json, sys
from cmcert_lib.grading import identities
pool = range(int(sys.argv[1]), int(sys.argv[2]))
with contextlib.ExitStack() as stack:
    try:
        uids = [stack.enter_context(identities.claim(pool, timeout=float(sys.argv[3]))).uid for _ in pool]
    except identities.IdentityError:
        uids = None
    print(json.dumps(uids), flush=True)
    sys.stdin.readline()
"""


def holder(first: int, last: int, timeout: float) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", HOLDER, str(first), str(last), str(timeout)], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def test_a_uid_held_by_another_process_is_not_claimed_until_that_process_dies():
    with holder(61056, 61060, 10) as a:
        try:
            assert a.stdout.readline().strip() == "[61056, 61057, 61058, 61059]"
            with holder(61056, 61060, 1) as b:  # the same pool, held by a: nothing for b
                assert b.stdout.readline().strip() == "null"
                b.communicate("\n", timeout=10)
            a.send_signal(signal.SIGKILL)  # a crash: the kernel drops a's locks
            a.wait(timeout=10)
            with holder(61056, 61060, 10) as c:
                assert c.stdout.readline().strip() == "[61056, 61057, 61058, 61059]"
                c.communicate("\n", timeout=10)
        finally:
            a.kill()


def test_threads_of_one_process_hold_distinct_uids_and_the_lock_directory_is_root_only():
    with identities.claim(range(61056, 61060)) as one, identities.claim(range(61056, 61060)) as two:
        assert one.uid != two.uid
    info = os.stat(identities.LOCK_DIR)
    assert info.st_uid == 0 and info.st_mode & 0o777 == 0o700


def test_what_a_previous_holder_of_the_uid_left_is_gone(tmp_path, monkeypatch):
    uid = 61063
    monkeypatch.setattr(identities, "SANDBOX_UIDS", range(uid, uid + 1))
    # A previous holder of the uid left a key in the uid's keyring and a process behind.
    planted = _plant_key(uid, "cmcert-reste")
    assert planted > 0
    straggler = subprocess.Popen(["sleep", "61.5432"], user=uid, group=uid)
    try:
        add_key = seccomp.DENIED[MACHINE]["add_key"]
        first = run(tmp_path, CALLS + f"print({{'add_key': syscall({add_key}, b'user', b'cmcert-suite', b'secret', "
                                      "6, -4)})")
        assert last_dict(first) == {"add_key": "EPERM"}
        assert straggler.wait(timeout=5) == -signal.SIGKILL
        second = run(tmp_path, "print(open('/proc/keys').read())")
        keys = printed(second)
        assert "cmcert-reste" not in keys and "cmcert-suite" not in keys, keys
        assert f"_uid.{uid}: empty" in keys  # the uid's keyring is there, and empty
    finally:
        straggler.kill()


def _plant_key(uid: int, description: str) -> int:
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read)
        os.setgid(uid)
        os.setuid(uid)
        libc = ctypes.CDLL(None, use_errno=True)
        key = libc.syscall(ctypes.c_long(seccomp.DENIED[MACHINE]["add_key"]), b"user", description.encode(),
                           b"secret", ctypes.c_long(6), ctypes.c_long(identities.KEY_SPEC_USER_KEYRING))
        os.write(write, str(key).encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read) as handle:
        return int(handle.read())


def test_a_killed_grading_process_leaves_its_uid_claimed_until_the_sandbox_ends_and_no_group_behind(tmp_path):
    uid = 61062
    script = GRADER.replace("from cmcert_lib.grading import sandbox",
                            f"from cmcert_lib.grading import identities, sandbox\n"
                            f"identities.SANDBOX_UIDS = range({uid}, {uid + 1})")
    groups = [] if cgroups.problem() else [parent / f"sandbox-{uid}" for parent, _origin in cgroups._plan()[1]]
    with subprocess.Popen([sys.executable, "-c", script, str(tmp_path / "k.ipynb")], cwd=ROOT,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as grader:
        deadline = time.monotonic() + 30
        while not identities.processes_of(uid) and time.monotonic() < deadline:
            time.sleep(0.1)  # until the candidate's code runs
        assert all(group.is_dir() for group in groups)
        grader.kill()
    # The warden still holds the uid: no other sandbox may take it while the candidate's code runs.
    with pytest.raises(identities.IdentityError), identities.claim(range(uid, uid + 1), timeout=0.5):
        pass
    with identities.claim(range(uid, uid + 1), timeout=30):  # free once the sandbox has ended
        assert not any(group.exists() for group in groups)


# --- class 6: the sandbox as a whole ----------------------------------------------------------


@NEEDS_CGROUPS
def test_memory_is_bounded_for_the_sandbox_as_a_whole(tmp_path):
    # Six children of 150 MiB each: every one is far below the per-process limit, the total is not.
    hog = ("import os, signal, time\nchildren = []\nfor _ in range(6):\n    pid = os.fork()\n    if pid == 0:\n"
           "        block = b'x' * (150 * 1024 * 1024)\n        time.sleep(3)\n        os._exit(0)\n"
           "    children.append(pid)\n"
           "killed = sum(os.waitpid(pid, 0)[1] == signal.SIGKILL for pid in children)\nprint({'killed': killed})")
    result = run(tmp_path, hog, "print('after')", limits=sandbox.Limits(
        cell_timeout=20, wall_seconds=60, sandbox_memory_bytes=512 * sandbox.MiB))
    assert last_dict(result)["killed"] >= 2
    assert printed(result, 1).strip() == "after"  # the runner survived: the hogs were killed, not it
    assert any("mémoire totale de l'exécution a dépassé 512 Mio" in p for p in result.problems), result.problems


@NEEDS_CGROUPS
def test_tasks_are_bounded_for_the_sandbox_as_a_whole(tmp_path):
    # 100 processes fit in the per-user limit (128); the sandbox's total is set to 48.
    forks = ("import os, time\nstarted = 0\ntry:\n    for _ in range(100):\n        if os.fork() == 0:\n"
             "            time.sleep(3)\n            os._exit(0)\n        started += 1\n"
             "except BlockingIOError as exc:\n    error = exc.strerror\nelse:\n    error = None\n"
             "print({'started': started, 'error': error})")
    result = run(tmp_path, forks, limits=sandbox.Limits(cell_timeout=20, wall_seconds=60, sandbox_tasks=48))
    found = last_dict(result)
    assert found["started"] < 48 and found["error"] == "Resource temporarily unavailable", found
    assert any("limite de 48 processus" in p for p in result.problems), result.problems


@NEEDS_CGROUPS
def test_processor_time_is_bounded_for_the_sandbox_as_a_whole(tmp_path):
    # Two busy children for 2 s of wall time: up to 4 s of processor on two cores, 1 s at half a core.
    busy = ("import os, resource, time\nend = time.monotonic() + 2\nchildren = []\nfor _ in range(2):\n"
            "    pid = os.fork()\n    if pid == 0:\n        while time.monotonic() < end:\n            pass\n"
            "        os._exit(0)\n    children.append(pid)\nfor pid in children:\n    os.waitpid(pid, 0)\n"
            "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\nprint({'cpu': usage.ru_utime + usage.ru_stime})")
    result = run(tmp_path, busy, limits=sandbox.Limits(cell_timeout=20, wall_seconds=60, cpu_cores=0.5))
    assert last_dict(result)["cpu"] < 1.6


def test_without_cgroups_the_sandbox_still_runs_and_says_so_in_french(tmp_path, monkeypatch):
    monkeypatch.setattr(cgroups, "_plan", lambda: "ni cgroup v2 ni cgroup v1 ici.")
    assert sandbox.degraded() == (
        "les limites de l'exécution dans son ensemble (mémoire totale, nombre de processus, temps processeur) "
        "ne s'appliquent pas sur cette machine : ni cgroup v2 ni cgroup v1 ici. Seules les limites par "
        "processus s'appliquent.")
    assert printed(run(tmp_path, "print(6 * 7)")).strip() == "42"


def test_calls_a_notebook_never_needs_fail_with_eperm(tmp_path):
    numbers = seccomp.DENIED[MACHINE]
    checks = CALLS + f"""
import threading, subprocess
found = {{
    'keyctl': syscall({numbers['keyctl']}, 0, -4, 0),
    'request_key': syscall({numbers['request_key']}, b'user', b'x', None, 0),
    'ptrace_traceme': call(libc.ptrace(0, 0, 0, 0)),
    'ptrace_attach_parent': call(libc.ptrace(16, os.getppid(), 0, 0)),
    'process_vm_readv': syscall({numbers['process_vm_readv']}, os.getppid(), 0, 0, 0, 0, 0),
    'mount': call(libc.mount(b'none', b'/tmp', b'tmpfs', 0, None)),
    'umount2': call(libc.umount2(b'/proc', 2)),
    'bpf': syscall({numbers['bpf']}, 0, 0, 0),
    'perf_event_open': syscall({numbers['perf_event_open']}, 0, 0, -1, -1, 0),
    'userfaultfd': syscall({numbers['userfaultfd']}, 0),
    'io_uring_setup': syscall({numbers['io_uring_setup']}, 1, 0),
    'unshare_user': call(libc.unshare(0x10000000)),
    'unshare_net': call(libc.unshare(0x40000000)),
    'setns': syscall({numbers['setns']}, 0, 0),
    'clone3': syscall({seccomp.CLONE3}, 0, 0),
    'open_by_handle_at': syscall({numbers['open_by_handle_at']}, 0, 0, 0),
    'tiocsti': call(libc.ioctl(0, {seccomp.TIOCSTI}, b'x')),
}}
# What a notebook does need still works: threads (clone3 refused, the C library falls back to
# clone), processes, and their exit statuses.
box = []
thread = threading.Thread(target=box.append, args=(1,))
thread.start()
thread.join()
found['thread'] = 'ok' if box == [1] else 'no'
found['subprocess'] = subprocess.run(['/usr/bin/true']).returncode
print(found)
"""
    found = last_dict(run(tmp_path, checks))
    assert found.pop("clone3") == "ENOSYS"
    assert found.pop("thread") == "ok" and found.pop("subprocess") == 0
    assert set(found.values()) == {"EPERM"}, found


def test_the_filter_itself_refuses_even_root():
    # In a child of this (root) process, where the kernel would allow these: only the filter refuses.
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            os.close(read)
            seccomp.confine()
            libc = ctypes.CDLL(None, use_errno=True)

            def outcome(result: int) -> str:
                if result == 0 and os.getpid() != child:
                    os._exit(0)  # a clone that went through: its child leaves at once
                return "EPERM" if result == -1 and ctypes.get_errno() == 1 else f"{result}/{ctypes.get_errno()}"

            child = os.getpid()
            found = {"unshare_mount": outcome(libc.unshare(0x20000)),
                     "clone_mount": outcome(libc.syscall(ctypes.c_long(seccomp.CLONE[MACHINE]),
                                                         ctypes.c_long(0x20000 | signal.SIGCHLD), 0, 0, 0, 0)),
                     "keyctl": outcome(libc.syscall(ctypes.c_long(identities._KEYCTL[MACHINE]), 0, -4, 0))}
            if MACHINE == "x86_64":  # getpid through the x32 ABI
                found["x32"] = outcome(libc.syscall(ctypes.c_long(seccomp.X32_SYSCALL_BIT | 39)))
            os.write(write, repr(found).encode())
        finally:
            os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read) as handle:
        found = ast.literal_eval(handle.read())
    assert set(found.values()) == {"EPERM"}, found


def test_the_runner_the_warden_and_the_host_are_out_of_sight(tmp_path):
    checks = """
import os
def attempt(action):
    try:
        return repr(action())[:80]
    except OSError as exc:
        return type(exc).__name__
found = {
    'runner_mem': attempt(lambda: open(f'/proc/{os.getppid()}/mem', 'rb')),
    'runner_environ': attempt(lambda: open(f'/proc/{os.getppid()}/environ', 'rb').read()),
    'warden_cmdline': attempt(lambda: open('/proc/1/cmdline', 'rb').read()),
    'warden_mountinfo': attempt(lambda: open('/proc/1/mountinfo').read()),
    'visible_uids': sorted({os.stat(f'/proc/{p}').st_uid for p in os.listdir('/proc') if p.isdigit()}),
}
print(open('/proc/self/mountinfo').read())
print(found)
"""
    result = run(tmp_path, checks)
    found = last_dict(result)
    assert found["runner_mem"] in ("FileNotFoundError", "PermissionError"), found
    assert found["runner_environ"] in ("FileNotFoundError", "PermissionError"), found
    assert found["warden_cmdline"] == "FileNotFoundError" and found["warden_mountinfo"] == "FileNotFoundError"
    assert len(found["visible_uids"]) == 1 and found["visible_uids"][0] in sandbox.SANDBOX_UIDS, found
    mounts = printed(result)
    # The library is mounted at its own path; nothing else of the course, nor the grading's files.
    for secret in (ROOT / "source", ROOT / "gradebook.db", ROOT / "submitted", tmp_path, Path("/tmp/cmcert-sandbox")):
        assert str(secret) not in mounts, secret
    assert not re.search(r"/sys\b|cgroup|/run\b", mounts), mounts


def test_an_abstract_unix_socket_of_the_host_is_out_of_reach(tmp_path):
    name = f"\0cmcert-test-{uuid.uuid4().hex}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(name)
        server.listen(1)
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.connect(name)  # reachable from the host: the test would see a leak
        result = run(tmp_path, f"import socket\ns = socket.socket(socket.AF_UNIX)\ntry:\n"
                               f"    s.connect({name!r})\n    print('connected')\n"
                               f"except OSError as exc:\n    print(type(exc).__name__)")
    assert printed(result).strip() == "ConnectionRefusedError"


def test_output_flooding_the_log_is_read_back_bounded_and_cannot_speak_for_the_warden(tmp_path):
    # 30 MB on the kernel's standard error, no final newline; a forged status line on its standard output.
    flood = "import os\nos.write(1, b'CMCERT-STATUS ok\\n')\nfor _ in range(30):\n    os.write(2, b'x' * 1_000_000)"
    result = run(tmp_path, flood, "print('after')")
    assert printed(result, 1).strip() == "after"
    assert len(result.log) <= 4000 and re.search(r"\nCMCERT-STATUS ok[ =\w]*\n$", result.log), result.log[-200:]
    assert sandbox._verdict("CMCERT-STATUS ok\n[the warden died here]\n") == ("crashed", {})
    assert sandbox._verdict("xxx\nCMCERT-STATUS ok oom_kill=2 pids_max=0\n") == ("ok", {"oom_kill": 2, "pids_max": 0})


def test_the_filter_uses_the_kernel_s_own_system_call_numbers():
    header = Path("/usr/include/x86_64-linux-gnu/asm/unistd_64.h" if MACHINE == "x86_64"
                  else "/usr/include/asm-generic/unistd.h")
    if not header.exists():
        pytest.skip(f"no kernel headers here ({header})")
    text = header.read_text(encoding="utf-8")
    numbers = {name: int(number) for name, number in re.findall(r"#define __NR(?:3264)?_(\w+)\s+(\d+)", text)}
    expected = {**seccomp.DENIED[MACHINE], "clone": seccomp.CLONE[MACHINE], "clone3": seccomp.CLONE3,
                "ioctl": seccomp.IOCTL[MACHINE]}
    assert {name: numbers.get(name) for name in expected} == expected
    with contextlib.suppress(KeyError):
        assert numbers["keyctl"] == identities._KEYCTL[MACHINE]
