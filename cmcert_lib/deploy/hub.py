"""`cmcert hub up|down|status`: JupyterHub for a cohort on one host, from nothing to the login page.

``up`` creates (root needed):

``<dir>/``               the deployment, mode 0755, root's
  ``etat/``              the Hub's state (settings, password hashes, its database, cookie secret, logs), 0700
  ``identifiants.txt``   the demo accounts' passwords, root only (0600): give each person theirs
  ``comptes/<login>/``   each user's home, 0700, theirs
  ``cours/``             the course (a copy: texts, source, release, configuration), owned by the grading
                         account and the trainers' group, mode 3770: candidates cannot enter it; the
                         configuration file that grading executes as root is root's and cannot be replaced
  ``echange/``           nbgrader's exchange (1777); the inbound folder belongs to the grading account
  ``etc/<rôle>/``        Jupyter's configuration by role (candidats, formateurs, correction)
  ``bin/cmcert-corriger`` the only command trainers may run as root (sudo), for the sandbox of grading

then releases every bloc as the grading account and starts JupyterHub (its proxy from npm, formgrader as a
service) in the background, and waits until it answers.  ``down`` stops it by its process id; ``down
--purge`` also removes the accounts it created and the folder.
"""

from __future__ import annotations

import contextlib
import grp
import json
import os
import pwd
import shutil
import signal
import stat
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path

from cmcert_lib.deploy import accounts, passwords, ports, postgres
from cmcert_lib.deploy.accounts import AccountError, Cohort
from cmcert_lib.deploy.spawner import FORMGRADER, formgrader_env
from cmcert_lib.layout import Course

PACKAGE = Path(__file__).resolve().parent
PROJECT = PACKAGE.parents[1]
PROXY = PROJECT / "deploy" / "hub" / "node_modules" / ".bin" / "configurable-http-proxy"
CONFIG = PACKAGE / "jupyterhub_config.py"
SUDOERS_DIR = Path("/etc/sudoers.d")
START_TIMEOUT = 120  # seconds until the Hub answers
STOP_TIMEOUT = 30
COURSE_ID = "cmcert"
# Switched off outside the formgrader service: trainers grade through the service, candidates never.
TEACHER_EXTENSIONS = ("nbgrader.server_extensions.formgrader",)
TEACHER_LAB_PLUGINS = ("@jupyter/nbgrader:formgrader", "@jupyter/nbgrader:create-assignment",
                       "@jupyter/nbgrader:course-list")


# The servers this process started, kept referenced until stopped: they outlive the call that started them,
# and stop() reaps them (no zombie, no "still running" warning when the handle is collected).
_STARTED: dict[int, subprocess.Popen] = {}


class HubError(RuntimeError):
    """A French message for the administrator."""


@dataclass
class Ports:
    port: int = 8000  # the one users open
    hub_port: int = 8081
    proxy_api_port: int = 8001
    formgrader_port: int = 8082

    @classmethod
    def free(cls) -> Ports:
        return cls(*(ports.free_port() for _ in range(4)))


@dataclass
class HubPlan:
    root: Path
    cohort: Cohort
    ports: Ports = field(default_factory=Ports)
    bind: str = "127.0.0.1"
    postgres: bool = False  # the gradebook on a PostgreSQL cluster of the deployment (else SQLite in cours/)
    gradebook: str = ""  # its URL, once the cluster runs

    @property
    def state(self) -> Path:
        return self.root / "etat"

    @property
    def course(self) -> Path:
        return self.root / "cours"

    @property
    def exchange(self) -> Path:
        return self.root / "echange"

    @property
    def homes(self) -> Path:
        return self.root / "comptes"

    @property
    def etc(self) -> Path:
        return self.root / "etc"

    @property
    def grade_wrapper(self) -> Path:
        return self.root / "bin" / "cmcert-corriger"

    @property
    def settings_file(self) -> Path:
        return self.state / "settings.json"

    @property
    def credentials(self) -> Path:
        return self.root / "identifiants.txt"

    @property
    def log(self) -> Path:
        return self.state / "jupyterhub.log"

    @property
    def sudoers(self) -> Path:
        return SUDOERS_DIR / f"cmcert-hub-{self.cohort.prefix or 'cours'}".replace(".", "_")

    @property
    def url(self) -> str:
        host = "127.0.0.1" if self.bind in ("0.0.0.0", "") else self.bind
        return f"http://{host}:{self.ports.port}"

    @property
    def postgres_dir(self) -> Path:
        return self.root / "postgres"

    def gradebook_url(self) -> str:
        return self.gradebook or Course(self.course).gradebook_url

    def settings(self) -> dict:
        bin_dir = Path(sys.executable).parent
        return {
            "root": str(self.root), "state": str(self.state), "course": str(self.course),
            "exchange": str(self.exchange), "etc": str(self.etc), "bin": str(bin_dir), "proxy": str(PROXY),
            "bind": self.bind, **asdict(self.ports), "candidates": list(self.cohort.candidates),
            "trainers": list(self.cohort.trainers), "grader": self.cohort.grader,
            "grader_home": str(self.homes / self.cohort.grader),
            "groups": {"candidates": self.cohort.candidates_group, "trainers": self.cohort.trainers_group},
            "gradebook_url": self.gradebook_url(), "grade_wrapper": str(self.grade_wrapper),
            "prefix": self.cohort.prefix, "postgres": self.postgres,
        }


def problem() -> str | None:
    """None when this host can run the Hub, else what is missing (French)."""
    if not sys.platform.startswith("linux"):
        return "le déploiement JupyterHub de cmcert fonctionne sous Linux."
    if os.geteuid() != 0:
        return ("JupyterHub démarre les serveurs des utilisateurs sous leur propre compte système : "
                "lancez « cmcert hub up » en root.")
    if not PROXY.exists():
        return f"le proxy de JupyterHub manque ({PROXY}) : « make hub » l'installe avec npm."
    if shutil.which("node") is None:
        return "Node.js manque (le proxy de JupyterHub en a besoin) : apt-get install nodejs npm."
    if shutil.which("sudo") is None:
        return "sudo manque (les formateurs lancent la correction isolée par lui) : apt-get install sudo."
    for tool in ("useradd", "userdel", "groupadd", "runuser", "visudo"):
        if shutil.which(tool) is None:
            return f"la commande {tool} manque sur cette machine."
    return None


# --- the files -----------------------------------------------------------------------------------------


def _gid(group: str) -> int:
    return grp.getgrnam(group).gr_gid


def copy_course(source: Course, plan: HubPlan, blocs: tuple[str, ...]) -> Course:
    """The course trainers share: a copy of ``source`` (never the developers' checkout itself)."""
    if not plan.course.exists():
        source.copy_to(plan.course)
        for extra in ("formateur", "jupyter"):
            if (source.root / extra).is_dir():
                shutil.copytree(source.root / extra, plan.course / extra)
    course = Course(plan.course)
    # The gradebook learns the blocs' cells (what `cmcert grade` and formgrader read) before anyone works.
    cmcert = Path(sys.executable).parent / "cmcert"
    env = {**os.environ, "CMCERT_COURSE": str(plan.course), "CMCERT_EXCHANGE": str(plan.exchange),
           "CMCERT_GRADEBOOK_URL": plan.gradebook_url()}
    built = subprocess.run([str(cmcert), "build", *blocs], cwd=plan.course, env=env, check=False, capture_output=True,
                           text=True, timeout=900)
    if built.returncode:
        raise HubError(f"« cmcert build » a échoué dans {plan.course} :\n{built.stdout[-2000:]}{built.stderr[-2000:]}")
    grader, trainers = plan.cohort.grader, plan.cohort.trainers_group
    uid, gid = pwd.getpwnam(grader).pw_uid, _gid(trainers)
    for folder, dirs, files in os.walk(plan.course):
        for name in dirs:
            path = Path(folder) / name
            os.lchown(path, uid, gid)
            path.chmod(0o2770)
        for name in files:
            path = Path(folder) / name
            if not path.is_symlink():
                os.lchown(path, uid, gid)
                path.chmod(0o660)
    # setgid: new files belong to the trainers' group; sticky: a trainer cannot replace the files of the
    # folder they did not write, above all nbgrader_config.py, which grading executes as root.
    os.chown(plan.course, uid, gid)
    plan.course.chmod(0o3770)
    os.chown(course.nbgrader_config, 0, gid)
    course.nbgrader_config.chmod(0o644)
    return course


def start_gradebook(plan: HubPlan) -> str:
    """The deployment's PostgreSQL cluster (made on first use), reachable by the trainers' group only; its URL.

    The cluster lets the role ``cmcert`` in on its socket without a password: who may connect is who may
    enter the socket's folder, here the trainers and the grading account (and root), never a candidate.
    """
    try:
        cluster = postgres.start(plan.postgres_dir, port=plan.ports.port + 83)
    except postgres.PostgresError as exc:
        raise HubError(f"le carnet de notes PostgreSQL n'a pas démarré : {exc}") from exc
    os.chown(cluster.socket_dir, pwd.getpwnam(cluster.system_user).pw_uid, _gid(plan.cohort.trainers_group))
    cluster.socket_dir.chmod(0o750)
    return cluster.url()


def write_configs(plan: HubPlan) -> None:
    """Jupyter's configuration by role: nbgrader's course and exchange, the extensions each role sees."""
    exchange = json.dumps(str(plan.exchange))
    for role in ("candidats", "formateurs", "correction"):
        folder = plan.etc / role
        (folder / "labconfig").mkdir(parents=True, exist_ok=True)
        lines = ["c = get_config()  # noqa: F821", f"c.CourseDirectory.course_id = {json.dumps(COURSE_ID)}",
                 f"c.Exchange.root = {exchange}"]
        if role != "candidats":
            lines.append(f"c.CourseDirectory.root = {json.dumps(str(plan.course))}")
        (folder / "nbgrader_config.py").write_text("\n".join(lines) + "\n", encoding="utf-8")
        # A terminal's shell is not a login shell: /etc/profile would put back a PATH without the course's tools.
        server = {"ServerApp": {"jpserver_extensions": dict.fromkeys(TEACHER_EXTENSIONS, role == "correction"),
                                "terminado_settings": {"shell_command": ["/bin/bash"]}}}
        (folder / "jupyter_server_config.json").write_text(json.dumps(server, indent=1) + "\n", encoding="utf-8")
        disabled = {} if role == "correction" else dict.fromkeys(TEACHER_LAB_PLUGINS, True)
        (folder / "labconfig" / "page_config.json").write_text(
            json.dumps({"disabledExtensions": disabled}, indent=1) + "\n", encoding="utf-8")
    for path in [plan.etc, *plan.etc.rglob("*")]:
        os.chown(path, 0, 0)
        path.chmod(0o755 if path.is_dir() else 0o644)


def write_grade_wrapper(plan: HubPlan) -> None:
    """The root command trainers run through sudo, with the course and gradebook fixed here, not by them."""
    plan.grade_wrapper.parent.mkdir(parents=True, exist_ok=True)
    os.chown(plan.grade_wrapper.parent, 0, 0)
    plan.grade_wrapper.parent.chmod(0o755)
    cmcert = Path(sys.executable).parent / "cmcert"
    plan.grade_wrapper.write_text(
        "#!/bin/sh\n"
        "# Grading isolates each hand-in in a sandbox that only root can build; trainers run this through\n"
        "# sudo, and nothing of their environment reaches it.\n"
        "umask 002\n"
        f"export CMCERT_COURSE='{plan.course}' CMCERT_EXCHANGE='{plan.exchange}'\n"
        f"export CMCERT_GRADEBOOK_URL='{plan.gradebook_url()}' LANG=C.UTF-8\n"
        f"cd '{plan.course}' || exit 2\n"
        f"exec '{cmcert}' grade \"$@\"\n", encoding="utf-8")
    os.chown(plan.grade_wrapper, 0, 0)
    plan.grade_wrapper.chmod(0o755)
    rule = (f"# cmcert hub ({plan.root}): trainers grade in the sandbox, which needs root\n"
            f"%{plan.cohort.trainers_group} ALL=(root) NOPASSWD: {plan.grade_wrapper}\n")
    tmp = plan.state / "sudoers.tmp"
    tmp.write_text(rule, encoding="utf-8")
    tmp.chmod(0o440)
    checked = subprocess.run(["visudo", "-cf", str(tmp)], check=False, capture_output=True, text=True, timeout=30)
    if checked.returncode:
        raise HubError(f"la règle sudo des formateurs est refusée par visudo : {checked.stdout}{checked.stderr}")
    SUDOERS_DIR.mkdir(exist_ok=True)
    shutil.move(tmp, plan.sudoers)


def open_interpreter(plan: HubPlan) -> list[str]:
    """Let every user reach the interpreter (their servers and kernels run it) and the deployment's folder:
    add the search bit (o+x, never read) to the folders above them that lack it (a pyenv under /root).
    What was changed is returned, and undone by :func:`purge`."""
    changed = []
    for target in (Path(sys.executable).resolve(), Path(sys.base_prefix).resolve(), PROJECT, plan.root):
        for folder in reversed(target.parents if target.is_file() else (target, *target.parents)):
            current = mode(folder)
            if not current & stat.S_IXOTH:
                folder.chmod(current | stat.S_IXOTH)
                changed.append(str(folder))
    return changed


# What of the project's checkout no candidate may read: the model answers (texts and source notebooks, the
# demo cohort's answers, the tests' fixtures, git's history) and whatever grading wrote there.
PRIVATE = ("course", "source", "tests", ".git", "submitted", "autograded", "feedback", "notes", "rapports", "jury",
           "build", "gradebook.db")


def close_private(project: Path = PROJECT) -> list[str]:
    """Take « others » permissions off the checkout's private parts (root, trainers' and the grading account's
    work goes through the course copy); what was changed is returned, and restored by :func:`purge`."""
    changed = []
    for path in [*(project / name for name in PRIVATE), *sorted(project.glob("cmcert_lib/*/demo"))]:
        if path.exists() and not path.is_symlink() and mode(path) & 0o007:
            changed.append(f"{path}:{mode(path):o}")
            path.chmod(mode(path) & ~0o007)
    return changed


def write_passwords(plan: HubPlan) -> dict[str, str]:
    """A fresh password for each person (hashes for the Hub, the passwords in a root-only file)."""
    given = {name: passwords.new_password() for name in plan.cohort.people}
    passwords.write(plan.state / "comptes.json", {name: passwords.hash_password(pw) for name, pw in given.items()})
    fd = os.open(plan.credentials, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(f"# Comptes du JupyterHub cmcert ({plan.url})\n")
        for name, pw in given.items():
            role = "formateur" if name in plan.cohort.trainers else "candidat"
            out.write(f"{name}\t{pw}\t{role}\n")
    return given


def release(plan: HubPlan, blocs: tuple[str, ...]) -> None:
    """Release the blocs into the exchange as the grading account (so that it owns their inbound folders)."""
    env = {"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin", "HOME": str(plan.homes / plan.cohort.grader),
           "CMCERT_EXCHANGE": str(plan.exchange), "CMCERT_GRADEBOOK_URL": plan.gradebook_url(),
           "LANG": "C.UTF-8"}
    nbgrader = Path(sys.executable).parent / "nbgrader"
    for bloc in blocs:
        done = subprocess.run([shutil.which("runuser") or "/usr/sbin/runuser", "-u", plan.cohort.grader, "--",
                               "/bin/sh", "-c", 'umask 002; exec "$0" "$@"', str(nbgrader), "release_assignment", bloc,
                               "--force"], cwd=plan.course, env=env, check=False, capture_output=True, text=True,
                              timeout=300)
        if done.returncode:
            raise HubError(f"la distribution de {bloc} a échoué :\n{done.stdout[-2000:]}{done.stderr[-2000:]}")


# --- the process ---------------------------------------------------------------------------------------


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=3) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def running_pid(plan: HubPlan) -> int | None:
    try:
        pid = int((plan.state / "cmcert-hub.pid").read_text())
    except (OSError, ValueError):
        return None
    return pid if _alive(pid) else None


def up(source: Course, plan: HubPlan, blocs: tuple[str, ...]) -> dict[str, str]:
    """Provision and start; the passwords given (login -> password)."""
    reason = problem()
    if reason:
        raise HubError(reason)
    if running_pid(plan):
        raise HubError(f"un JupyterHub cmcert tourne déjà pour {plan.root} : « cmcert hub down » d'abord.")
    plan.root.mkdir(parents=True, exist_ok=True)
    plan.root.chmod(0o755)
    plan.state.mkdir(exist_ok=True)
    plan.state.chmod(0o700)
    plan.homes.mkdir(exist_ok=True)
    plan.homes.chmod(0o755)
    before = load_settings(plan)  # what an earlier `up` in this folder created and changed
    previous = before.get("created", [])
    try:
        created = accounts.provision(plan.cohort, plan.homes)
    except AccountError as exc:
        raise HubError(str(exc)) from exc
    opened = before.get("opened", []) + open_interpreter(plan)
    closed = before.get("closed", []) + close_private()
    if plan.postgres:
        plan.gradebook = start_gradebook(plan)
    settings = plan.settings() | {"created": previous + [c for c in created if c not in previous], "opened": opened,
                                  "closed": closed}
    plan.settings_file.write_text(json.dumps(settings, indent=1) + "\n", encoding="utf-8")
    plan.exchange.mkdir(exist_ok=True)
    plan.exchange.chmod(0o1777)
    copy_course(source, plan, blocs)
    write_configs(plan)
    write_grade_wrapper(plan)
    given = write_passwords(plan)
    for name in ("proxy_token", "formgrader_token"):
        token = plan.state / name
        if not token.exists():
            fd = os.open(token, os.O_WRONLY | os.O_CREAT, 0o600)
            os.write(fd, os.urandom(32).hex().encode())
            os.close(fd)
    release(plan, blocs)
    _start(plan)
    try:
        _start_formgrader(plan)
    except HubError:
        stop(plan)
        raise
    return given


def _start(plan: HubPlan) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("JUPYTER", "CMCERT_COURSE"))}
    env.update(CMCERT_HUB_SETTINGS=str(plan.settings_file),
               PATH=f"{Path(sys.executable).parent}:{env.get('PATH', '/usr/bin:/bin')}")
    with plan.log.open("ab") as log:
        process = subprocess.Popen(
            [str(Path(sys.executable).parent / "jupyterhub"), "-f", str(CONFIG)], cwd=plan.state, env=env,
            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    _STARTED[process.pid] = process
    (plan.state / "cmcert-hub.pid").write_text(str(process.pid))
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise HubError(f"JupyterHub s'est arrêté au démarrage (code {process.returncode}). "
                           f"Fin de son journal ({plan.log}) :\n{log_tail(plan.log)}")
        if _answers(f"{plan.url}/hub/api"):
            return
        time.sleep(0.5)
    stop(plan)
    raise HubError(f"JupyterHub n'a pas répondu en {START_TIMEOUT} s. Fin de son journal ({plan.log}) :\n"
                   f"{log_tail(plan.log)}")


def log_tail(path: Path, lines: int = 15, max_bytes: int = 4000) -> str:
    """The last lines of a server's log, for an error message: the reason is usually there, and the
    deployment's folder (the log with it) may be removed before anyone opens it."""
    try:
        with path.open("rb") as log:
            log.seek(max(0, log.seek(0, os.SEEK_END) - max_bytes))
            text = log.read().decode("utf-8", errors="replace")
    except OSError as error:
        return f"(journal illisible : {error.strerror})"
    return "\n".join(text.splitlines()[-lines:]) or "(journal vide)"


def _start_formgrader(plan: HubPlan) -> None:
    """formgrader as the grading account, in the course folder, behind the Hub's /services/formgrader/."""
    conf = load_settings(plan)
    env = formgrader_env(conf, (plan.state / "formgrader_token").read_text().strip())
    singleuser = Path(sys.executable).parent / "jupyterhub-singleuser"
    command = [shutil.which("runuser") or "/usr/sbin/runuser", "-u", plan.cohort.grader, "--", "/bin/sh", "-c",
               'umask 002; exec "$0" "$@"', str(singleuser), f"--ServerApp.root_dir={plan.course}",
               "--ServerApp.default_url=/formgrader", f"--port={plan.ports.formgrader_port}", "--ip=127.0.0.1"]
    with (plan.state / "formgrader.log").open("ab") as log:
        process = subprocess.Popen(command, cwd=plan.course, env=env, stdin=subprocess.DEVNULL, stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
    _STARTED[process.pid] = process
    (plan.state / "formgrader.pid").write_text(str(process.pid))
    url = f"http://127.0.0.1:{plan.ports.formgrader_port}/services/{FORMGRADER}/api/status"
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise HubError(f"formgrader s'est arrêté au démarrage (code {process.returncode}) : "
                           f"voir {plan.state / 'formgrader.log'}")
        if _responds(url):
            return
        time.sleep(0.5)
    raise HubError(f"formgrader n'a pas répondu en {START_TIMEOUT} s : voir {plan.state / 'formgrader.log'}")


def _responds(url: str) -> bool:
    """Any HTTP answer (a login redirect, a refusal) means the server is listening."""
    try:
        with urllib.request.urlopen(url, timeout=3):
            return True
    except urllib.error.HTTPError:
        return True
    except (urllib.error.URLError, OSError):
        return False


def _reap(pid: int) -> None:
    process = _STARTED.pop(pid, None)
    if process is not None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=5)


def _alive(pid: int) -> bool:
    process = _STARTED.get(pid)
    if process is not None:
        return process.poll() is None
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True


def _kill_group(pid_file: Path) -> None:
    try:
        pid = int(pid_file.read_text())
    except (OSError, ValueError):
        return
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(pid, sig)
        except OSError:
            break
        deadline = time.monotonic() + (STOP_TIMEOUT if sig == signal.SIGTERM else 5)
        while time.monotonic() < deadline and _alive(pid):
            time.sleep(0.2)
        if not _alive(pid):
            break
    _reap(pid)
    pid_file.unlink(missing_ok=True)


def stop(plan: HubPlan) -> bool:
    """Stop the Hub (on SIGTERM it stops the users' servers and its proxy), formgrader and the gradebook's
    cluster; False when no Hub was running."""
    _kill_group(plan.state / "formgrader.pid")
    was_running = running_pid(plan) is not None
    _kill_group(plan.state / "cmcert-hub.pid")
    with contextlib.suppress(OSError, ValueError):  # a proxy left by a Hub that was killed
        os.kill(int((plan.state / "proxy.pid").read_text()), signal.SIGTERM)
    if (plan.postgres_dir / postgres.SETTINGS_FILE).is_file():
        with contextlib.suppress(postgres.PostgresError):
            postgres.stop(plan.postgres_dir)
    return was_running


def purge(plan: HubPlan) -> list[str]:
    """After :func:`stop`: remove the accounts this deployment created, its sudo rule and its folder."""
    conf = load_settings(plan)
    problems = accounts.remove(conf.get("created", []))
    for folder in conf.get("opened", []):
        with contextlib.suppress(OSError):
            Path(folder).chmod(mode(Path(folder)) & ~stat.S_IXOTH)
    for entry in conf.get("closed", []):
        path, _, previous = entry.rpartition(":")
        with contextlib.suppress(OSError, ValueError):
            Path(path).chmod(int(previous, 8))
    plan.sudoers.unlink(missing_ok=True)
    shutil.rmtree(plan.root, ignore_errors=True)
    return problems


def load_settings(plan: HubPlan) -> dict:
    try:
        return json.loads(plan.settings_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def load_plan(root: Path) -> HubPlan:
    """The plan a previous ``up`` wrote in ``root``."""
    settings_file = root / "etat" / "settings.json"
    try:
        conf = json.loads(settings_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise HubError(f"aucun JupyterHub cmcert n'a été installé dans {root} ({settings_file} illisible).") from exc
    cohort = Cohort(tuple(conf["candidates"]), tuple(conf["trainers"]), conf.get("prefix", ""))
    ports = Ports(conf["port"], conf["hub_port"], conf["proxy_api_port"], conf["formgrader_port"])
    return HubPlan(root, cohort, ports, conf["bind"], bool(conf.get("postgres")), conf.get("gradebook_url", ""))


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)
