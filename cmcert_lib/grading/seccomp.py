"""A system-call filter for the sandbox: what a notebook never needs fails with EPERM.

:func:`confine` installs a seccomp BPF filter (through ``prctl``, with ctypes: no library to
install) in the sandbox's first unprivileged process, just before it runs the notebook's executor;
every process the candidate's code starts inherits it, and no process can remove it. It refuses:

- the kernel keyrings (``add_key``, ``request_key``, ``keyctl``): they outlive processes and are
  shared by every process of a uid;
- looking into or driving other processes (``ptrace``, ``process_vm_readv``/``writev``, ``kcmp``,
  ``pidfd_getfd``, ``process_madvise``);
- namespaces (``unshare``, ``setns``, ``clone`` with a ``CLONE_NEW*`` flag; ``clone3``, whose flags a
  filter cannot read, answers ENOSYS so that the C library falls back to ``clone``);
- mounts, old and new API, ``chroot``, ``pivot_root``, handles on files outside the root
  (``name_to_handle_at``, ``open_by_handle_at``);
- the kernel's own machinery: ``bpf``, ``perf_event_open``, ``userfaultfd``, ``io_uring_*`` (its
  operations bypass this filter), modules, ``kexec_*``, ``acct``, ``swapon``/``swapoff``, ``reboot``,
  ``syslog``;
- typing into a terminal (``ioctl(TIOCSTI)``);
- any system call of another ABI than the machine's (32-bit calls on x86_64 or aarch64, x32).

Most of these already need privileges the candidate has not; the filter is the second wall, and
it closes those that do not (keyrings, ptrace of a process of the same uid, ``perf_event_open``,
``userfaultfd``, ``io_uring``). Linux x86_64 and aarch64 only; elsewhere :func:`supported` is False.
"""

from __future__ import annotations

import ctypes
import errno
import platform
import struct

# Per machine: the audit architecture the kernel reports, and the numbers of the refused calls.
AUDIT_ARCH = {"x86_64": 0xC000003E, "aarch64": 0xC00000B7}
DENIED = {
    "x86_64": {
        "ptrace": 101, "process_vm_readv": 310, "process_vm_writev": 311, "kcmp": 312, "pidfd_getfd": 438,
        "process_madvise": 440,
        "add_key": 248, "request_key": 249, "keyctl": 250,
        "unshare": 272, "setns": 308,
        "mount": 165, "umount2": 166, "pivot_root": 155, "chroot": 161, "open_tree": 428, "move_mount": 429,
        "fsopen": 430, "fsconfig": 431, "fsmount": 432, "fspick": 433, "mount_setattr": 442,
        "name_to_handle_at": 303, "open_by_handle_at": 304,
        "bpf": 321, "perf_event_open": 298, "userfaultfd": 323,
        "io_uring_setup": 425, "io_uring_enter": 426, "io_uring_register": 427,
        "init_module": 175, "finit_module": 313, "delete_module": 176, "kexec_load": 246, "kexec_file_load": 320,
        "acct": 163, "swapon": 167, "swapoff": 168, "reboot": 169, "syslog": 103, "uselib": 134,
    },
    "aarch64": {
        "ptrace": 117, "process_vm_readv": 270, "process_vm_writev": 271, "kcmp": 272, "pidfd_getfd": 438,
        "process_madvise": 440,
        "add_key": 217, "request_key": 218, "keyctl": 219,
        "unshare": 97, "setns": 268,
        "mount": 40, "umount2": 39, "pivot_root": 41, "chroot": 51, "open_tree": 428, "move_mount": 429,
        "fsopen": 430, "fsconfig": 431, "fsmount": 432, "fspick": 433, "mount_setattr": 442,
        "name_to_handle_at": 264, "open_by_handle_at": 265,
        "bpf": 280, "perf_event_open": 241, "userfaultfd": 282,
        "io_uring_setup": 425, "io_uring_enter": 426, "io_uring_register": 427,
        "init_module": 105, "finit_module": 273, "delete_module": 106, "kexec_load": 104, "kexec_file_load": 294,
        "acct": 89, "swapon": 224, "swapoff": 225, "reboot": 142, "syslog": 116,
    },
}
# Calls looked at more closely: clone (its flags), clone3 (ENOSYS), ioctl (its request).
CLONE = {"x86_64": 56, "aarch64": 220}
CLONE3 = 435
IOCTL = {"x86_64": 16, "aarch64": 29}
CLONE_NEW_FLAGS = 0x7E020000  # CLONE_NEWNS | NEWCGROUP | NEWUTS | NEWIPC | NEWUSER | NEWPID | NEWNET
TIOCSTI = 0x5412
X32_SYSCALL_BIT = 0x40000000

# BPF and seccomp constants (linux/filter.h, linux/seccomp.h, linux/prctl.h).
_LD_W_ABS, _JEQ, _JGE, _JSET, _RET = 0x20, 0x15, 0x35, 0x45, 0x06
SECCOMP_RET_ALLOW = 0x7FFF0000
SECCOMP_RET_ERRNO = 0x00050000
PR_SET_DUMPABLE = 4
PR_SET_SECCOMP = 22
PR_SET_NO_NEW_PRIVS = 38
SECCOMP_MODE_FILTER = 2
# Offsets in struct seccomp_data: nr, arch, then args[6] of 64 bits (low half first on these machines).
_NR, _ARCH, _ARG0, _ARG1 = 0, 4, 16, 24


def supported() -> bool:
    return platform.system() == "Linux" and platform.machine() in AUDIT_ARCH


def program(machine: str | None = None) -> list[tuple[int, int, int, int]]:
    """The filter as (code, jt, jf, k) instructions, for ``machine`` (default: this one)."""
    machine = machine or platform.machine()
    # Assembled with labels (forward jumps only): each jump is (code, k, label if true, label if
    # false), None = the next instruction.
    code: list = [
        ("ld", _ARCH), (_JEQ, AUDIT_ARCH[machine], None, "deny"),
        ("ld", _NR),
    ]
    if machine == "x86_64":
        code.append((_JGE, X32_SYSCALL_BIT, "deny", None))
    code += [(_JEQ, number, "deny", None) for number in sorted(DENIED[machine].values())]
    code += [
        (_JEQ, CLONE3, "enosys", None),
        (_JEQ, CLONE[machine], "clone", None),
        (_JEQ, IOCTL[machine], "ioctl", None),
        ("ret", SECCOMP_RET_ALLOW),
        ("label", "clone"), ("ld", _ARG0), (_JSET, CLONE_NEW_FLAGS, "deny", "allow"),
        ("label", "ioctl"), ("ld", _ARG1), (_JEQ, TIOCSTI, "deny", "allow"),
        ("label", "allow"), ("ret", SECCOMP_RET_ALLOW),
        ("label", "deny"), ("ret", SECCOMP_RET_ERRNO | errno.EPERM),
        ("label", "enosys"), ("ret", SECCOMP_RET_ERRNO | errno.ENOSYS),
    ]
    labels, position = {}, 0
    for item in code:
        if item[0] == "label":
            labels[item[1]] = position
        else:
            position += 1
    out: list[tuple[int, int, int, int]] = []
    for item in code:
        if item[0] == "label":
            continue
        if item[0] == "ld":
            out.append((_LD_W_ABS, 0, 0, item[1]))
        elif item[0] == "ret":
            out.append((_RET, 0, 0, item[1]))
        else:
            op, k, if_true, if_false = item
            here = len(out) + 1  # jumps count from the next instruction

            def offset(label: str | None, here: int = here) -> int:
                distance = 0 if label is None else labels[label] - here
                if not 0 <= distance <= 255:
                    raise ValueError(f"seccomp filter: jump to {label} out of range")
                return distance

            out.append((op, offset(if_true), offset(if_false), k))
    return out


def _prctl(*args: int) -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(*(ctypes.c_ulong(a) for a in args)) != 0:
        code = ctypes.get_errno()
        raise OSError(code, f"prctl{args[:1]}: {errno.errorcode.get(code, code)}")


def confine() -> None:
    """Install the filter in this process and its future children (with no_new_privs: no setuid gain).

    Call it in the process that is about to run candidate code, once its own setup (chroot,
    identity, limits) is done: from then on it may not mount, unshare, trace or use keyrings either.
    """
    instructions = program()
    raw = b"".join(struct.pack("HBBI", *instruction) for instruction in instructions)
    buffer = ctypes.create_string_buffer(raw, len(raw))

    class SockFprog(ctypes.Structure):
        _fields_ = (("len", ctypes.c_ushort), ("filter", ctypes.c_void_p))

    prog = SockFprog(len(instructions), ctypes.addressof(buffer))
    _prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(ctypes.c_int(PR_SET_SECCOMP), ctypes.c_ulong(SECCOMP_MODE_FILTER), ctypes.byref(prog),
                  ctypes.c_ulong(0), ctypes.c_ulong(0)) != 0:
        code = ctypes.get_errno()
        raise OSError(code, f"seccomp filter refused: {errno.errorcode.get(code, code)}")


def not_dumpable() -> None:
    """No core dump, and no process of the same uid may trace this one or open its /proc/<pid>/mem, fd, environ."""
    _prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
