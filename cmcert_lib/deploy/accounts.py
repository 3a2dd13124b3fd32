"""System accounts of a one-host deployment: one Unix user per person, two groups, one grading account.

Each candidate and trainer gets their own Unix user and home (mode 0700), so what separates two
candidates is the kernel's file permissions, not the goodwill of a web page.  Trainers share a group
that owns the course folder; the grading account runs formgrader and owns nbgrader's inbound folder.

Only accounts this module created are ever removed (the hub's state file lists them): a deployment never
deletes a user it found on the host.
"""

from __future__ import annotations

import grp
import os
import pwd
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

NAME = re.compile(r"^[a-z_][a-z0-9_-]{0,30}$")  # what useradd accepts everywhere (Debian's NAME_REGEX)


class AccountError(RuntimeError):
    """A French message for the administrator: the host refused or the name is unusable."""


@dataclass(frozen=True)
class Cohort:
    """Who uses the hub: candidates and trainers, by login, and the names of the groups and the grading account."""

    candidates: tuple[str, ...]
    trainers: tuple[str, ...]
    prefix: str = ""  # before every name this deployment creates (tests use one to stay apart)
    created: list[str] = field(default_factory=list, compare=False)

    @classmethod
    def demo(cls, prefix: str = "", candidates: int = 2, trainers: int = 2) -> Cohort:
        return cls(tuple(f"{prefix}candidat{i}" for i in range(1, candidates + 1)),
                   tuple(f"{prefix}formateur{i}" for i in range(1, trainers + 1)), prefix)

    @property
    def candidates_group(self) -> str:
        return f"{self.prefix}cmcert-candidats"

    @property
    def trainers_group(self) -> str:
        return f"{self.prefix}cmcert-formateurs"

    @property
    def grader(self) -> str:
        """The account formgrader runs as: it releases, collects and owns the exchange's inbound folder."""
        return f"{self.prefix}cmcert-correcteur"

    @property
    def people(self) -> tuple[str, ...]:
        return self.candidates + self.trainers

    def problem(self) -> str | None:
        """None when every name is a valid, distinct login, else a French reason."""
        names = [*self.people, self.grader, self.candidates_group, self.trainers_group]
        bad = [name for name in names if not NAME.match(name)]
        if bad:
            return ("identifiant refusé (lettres minuscules, chiffres, « - » et « _ », 31 caractères au plus, "
                    f"sans chiffre en tête) : {', '.join(bad)}")
        if len(set(self.people)) != len(self.people) or self.grader in self.people:
            return ("un même identifiant figure deux fois parmi les candidats, les formateurs et le compte "
                    "de correction.")
        return None


def exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def group_exists(name: str) -> bool:
    try:
        grp.getgrnam(name)
    except KeyError:
        return False
    return True


def _run(*command: str) -> None:
    done = subprocess.run(command, check=False, capture_output=True, text=True, timeout=60)
    if done.returncode:
        raise AccountError(f"« {' '.join(command)} » a échoué : {done.stderr.strip() or done.stdout.strip()}")


def ensure_group(name: str, created: list[str]) -> None:
    if not group_exists(name):
        _run("groupadd", name)
        created.append(f"group:{name}")


def ensure_user(name: str, home: Path, primary: str, extra: tuple[str, ...], created: list[str]) -> None:
    """The user with ``home`` (created 0700, theirs) and the groups; an existing user is given the groups only."""
    if not exists(name):
        _run("useradd", "--create-home", "--home-dir", str(home), "--gid", primary, "--shell", "/bin/bash",
             "--comment", "cmcert", name)
        created.append(f"user:{name}")
    for group in extra:
        _run("usermod", "--append", "--groups", group, name)
    home = Path(pwd.getpwnam(name).pw_dir)
    home.mkdir(parents=True, exist_ok=True)
    entry = pwd.getpwnam(name)
    os.chown(home, entry.pw_uid, entry.pw_gid)
    home.chmod(0o700)


def provision(cohort: Cohort, homes: Path) -> list[str]:
    """Create what is missing; return what was created (``user:x`` / ``group:x``), for :func:`remove` later."""
    if os.geteuid() != 0:
        raise AccountError("créer les comptes des candidats et des formateurs nécessite les droits root.")
    reason = cohort.problem()
    if reason:
        raise AccountError(reason)
    created: list[str] = []
    ensure_group(cohort.candidates_group, created)
    ensure_group(cohort.trainers_group, created)
    for name in cohort.candidates:
        ensure_user(name, homes / name, cohort.candidates_group, (), created)
    for name in cohort.trainers:
        ensure_user(name, homes / name, cohort.trainers_group, (), created)
    ensure_user(cohort.grader, homes / cohort.grader, cohort.trainers_group, (), created)
    return created


def remove(created: list[str]) -> list[str]:
    """Remove the users (with their homes and processes) then the groups this deployment created."""
    problems = []
    for entry in created:
        kind, _, name = entry.partition(":")
        if kind == "user" and exists(name):
            subprocess.run(["pkill", "-KILL", "-u", name], check=False, capture_output=True, timeout=30)
            done = subprocess.run(["userdel", "--remove", name], check=False, capture_output=True, text=True,
                                  timeout=60)
            if done.returncode not in (0, 12):  # 12: the home could not be removed (already gone)
                problems.append(f"userdel {name} : {done.stderr.strip()}")
    for entry in created:
        kind, _, name = entry.partition(":")
        if kind == "group" and group_exists(name):
            done = subprocess.run(["groupdel", name], check=False, capture_output=True, text=True, timeout=60)
            if done.returncode:
                problems.append(f"groupdel {name} : {done.stderr.strip()}")
    return problems
