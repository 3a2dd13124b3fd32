"""A PostgreSQL server for the gradebook: one cluster in a folder of the course, started by our own scripts.

``cmcert postgres start`` makes (first time) and starts a cluster in ``build/postgres/`` of the course (or
``--dossier``); ``stop`` ends it (``pg_ctl stop -m fast``, by the pid in its ``postmaster.pid``); ``status``
says whether it runs; ``url`` prints what to put in ``CMCERT_GRADEBOOK_URL``; ``reset`` empties the
gradebook on it (the demo's clean-up: PostgreSQL has no file to delete).

The folder::

    build/postgres/
      cmcert.json    how the cluster was made (port, loopback or not, the system user that runs it)
      data/          the cluster (mode 0700, the system user's): initdb refuses anything else
      socket/        the Unix socket, where every trainer's server and formgrader connect
      postgres.log   the server's log
      motdepasse     the role's password, only with --tcp (mode 0600)

Who may connect (``pg_hba.conf``): on the socket, the role ``cmcert`` (to its databases) without a
password (the socket folder's permissions say which system users reach it; a course shared by several
trainers' accounts gives them all the same URL), and the system user that runs the server as superuser
(``peer``); on 127.0.0.1 (``--tcp``) the role ``cmcert`` with its password; nothing else.

initdb and postgres refuse to run as root: as root, the cluster belongs to the system user ``postgres``
(Debian's package creates it), and every server command runs as that user
(``runuser``); as anyone else, it runs as oneself.
"""

from __future__ import annotations

import json
import os
import pwd
import re
import secrets
import shutil
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path

from cmcert_lib.deploy import ports
from cmcert_lib.layout import Course

DEFAULT_PORT = 5433  # beside a system PostgreSQL on 5432
DEFAULT_SYSTEM_USER = "postgres"
ROLE = DATABASE = "cmcert"
DRIVER = "postgresql+psycopg"  # psycopg 3 (pyproject.toml)
SETTINGS_FILE = "cmcert.json"
PASSWORD_FILE = "motdepasse"
COMMAND_TIMEOUT = 60  # seconds for any server command (initdb, pg_ctl, psql)
START_TIMEOUT = 30  # seconds pg_ctl waits for the server to accept connections


class PostgresError(RuntimeError):
    """The server could not be made, started or reached; the message (French) says what to do."""


def default_folder(course: Course) -> Path:
    return course.root / "build" / "postgres"


# --- the server's programs -----------------------------------------------------------------------------


def _version(path: Path) -> tuple[int, ...]:
    return tuple(int(p) for p in re.findall(r"\d+", path.parent.name)) or (0,)


def server_bindir() -> Path | None:
    """The folder of initdb, pg_ctl and postgres: Debian's newest /usr/lib/postgresql/<v>/bin, else
    ``pg_config --bindir``, else the PATH's; None when PostgreSQL's server is not installed."""
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=_version, reverse=True)
    if shutil.which("pg_config"):
        proc = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=False, timeout=10)
        if proc.returncode == 0 and proc.stdout.strip():
            candidates.append(Path(proc.stdout.strip()))
    if shutil.which("initdb"):
        candidates.append(Path(shutil.which("initdb")).parent)
    return next((c for c in candidates if (c / "initdb").is_file() and (c / "pg_ctl").is_file()), None)


def unavailable() -> str | None:
    """Why a cluster cannot be started here (French), or None."""
    if server_bindir() is None:
        return ("PostgreSQL (serveur) n'est pas installé : « make install » l'installe avec apt quand il est "
                "lancé en root, sinon installez le paquet postgresql.")
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(DEFAULT_SYSTEM_USER)
        except KeyError:
            return f"l'utilisateur système « {DEFAULT_SYSTEM_USER} » n'existe pas (créé par le paquet postgresql)."
    return None


# --- the cluster's settings -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Cluster:
    folder: Path
    port: int
    tcp: bool  # also listens on 127.0.0.1:port, with a password
    system_user: str  # runs the server

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    @property
    def log(self) -> Path:
        return self.folder / "postgres.log"

    @property
    def password_file(self) -> Path:
        return self.folder / PASSWORD_FILE

    def url(self, tcp: bool = False, database: str = DATABASE) -> str:
        """The URL of a database of the role: on the Unix socket, or on the loopback with the password."""
        if tcp:
            if not self.tcp:
                raise PostgresError("Ce serveur n'écoute que sur son socket : recréez-le avec --tcp.")
            password = self.password_file.read_text(encoding="utf-8").strip()
            return f"{DRIVER}://{ROLE}:{password}@127.0.0.1:{self.port}/{database}"
        return f"{DRIVER}://{ROLE}@/{database}?host={self.socket_dir}&port={self.port}"

    def save(self) -> None:
        data = dict(asdict(self), folder=str(self.folder))
        (self.folder / SETTINGS_FILE).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> Cluster:
        path = Path(folder) / SETTINGS_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(Path(folder).resolve(), int(data["port"]), bool(data["tcp"]), str(data["system_user"]))
        except FileNotFoundError:
            raise PostgresError(f"Aucun serveur PostgreSQL dans {folder} : lancez « cmcert postgres start ».") from None
        except (ValueError, KeyError, TypeError) as exc:
            raise PostgresError(f"{path} est illisible ({exc}) : supprimez {folder} et relancez.") from None


def _owner() -> str:
    return DEFAULT_SYSTEM_USER if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name


def _as_owner(cluster: Cluster, argv: list[str], timeout: float = COMMAND_TIMEOUT) -> subprocess.CompletedProcess:
    """Run one of the server's programs as the system user that owns the cluster."""
    if os.geteuid() == 0 and cluster.system_user != "root":
        argv = ["runuser", "-u", cluster.system_user, "--", *argv]
    try:
        return subprocess.run(argv, capture_output=True, text=True, check=False, timeout=timeout,
                              cwd="/", stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise PostgresError(f"« {' '.join(argv)} » ne s'est pas terminé en {timeout:.0f} s.") from None


def _run(cluster: Cluster, program: str, *args: str, timeout: float = COMMAND_TIMEOUT) -> str:
    bindir = server_bindir()
    if bindir is None:
        raise PostgresError(unavailable() or "PostgreSQL introuvable.")
    proc = _as_owner(cluster, [str(bindir / program), *args], timeout)
    if proc.returncode != 0:
        raise PostgresError(f"{program} a échoué :\n{(proc.stderr or proc.stdout).strip()[-2000:]}")
    return proc.stdout


def _give(path: Path, user: str, mode: int | None = None) -> None:
    """``path`` (a folder, made if missing, when ``mode`` is given) belongs to ``user`` when we are root."""
    if mode is not None:
        path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        entry = pwd.getpwnam(user)
        os.chown(path, entry.pw_uid, entry.pw_gid)
    if mode is not None:
        path.chmod(mode)


def _hba(system_user: str) -> str:
    return "\n".join([
        "# cmcert: who may connect (cmcert_lib/deploy/postgres.py)",
        f"local   all       {system_user:<10} peer",
        f"local   all       {ROLE:<10} trust",  # its own databases: the others grant it nothing
        f"host    all       {ROLE:<10} 127.0.0.1/32  scram-sha-256",
        "",
    ])


def _configuration(cluster: Cluster) -> str:
    listen = "127.0.0.1" if cluster.tcp else ""
    return "\n".join([
        "# cmcert (cmcert_lib/deploy/postgres.py)",
        f"port = {cluster.port}",
        f"listen_addresses = '{listen}'",
        f"unix_socket_directories = '{cluster.socket_dir}'",
        "unix_socket_permissions = 0777  # who reaches the socket: the permissions of its folder",
        "max_connections = 100",
        "",
    ])


def initialise(folder: Path, port: int = DEFAULT_PORT, tcp: bool = False) -> Cluster:
    """Make the cluster in ``folder`` (which must not hold one), with the role and database ``cmcert``."""
    reason = unavailable()
    if reason:
        raise PostgresError(reason)
    folder = Path(folder).resolve()
    cluster = Cluster(folder, port, tcp, _owner())
    if cluster.data.exists() and any(cluster.data.iterdir()):
        raise PostgresError(f"{cluster.data} existe déjà sans {SETTINGS_FILE} : supprimez {folder} et relancez.")
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o755)
    _give(cluster.data, cluster.system_user, 0o700)
    _give(cluster.socket_dir, cluster.system_user, 0o755)
    cluster.log.touch()  # pg_ctl's shell opens it as the system user, in a folder that is not theirs
    _give(cluster.log, cluster.system_user)
    probe = _as_owner(cluster, ["test", "-w", str(cluster.data)])
    if probe.returncode != 0:
        raise PostgresError(f"L'utilisateur système « {cluster.system_user} » ne peut pas écrire dans "
                            f"{cluster.data} : un dossier parent lui est fermé (droits x manquants).")
    _run(cluster, "initdb", "-D", str(cluster.data), "-U", cluster.system_user, "-E", "UTF8",
         "--locale=C.UTF-8", "--auth-local=peer", "--auth-host=scram-sha-256")
    (cluster.data / "pg_hba.conf").write_text(_hba(cluster.system_user), encoding="utf-8")
    with open(cluster.data / "postgresql.conf", "a", encoding="utf-8") as conf:
        conf.write("\n" + _configuration(cluster))
    if tcp:
        cluster.password_file.write_text(secrets.token_urlsafe(24) + "\n", encoding="utf-8")
        cluster.password_file.chmod(0o600)
    cluster.save()
    return cluster


def running(cluster: Cluster) -> int | None:
    """The server's pid when it runs, else None."""
    bindir = server_bindir()
    if bindir is None or not cluster.data.is_dir():
        return None
    proc = _as_owner(cluster, [str(bindir / "pg_ctl"), "status", "-D", str(cluster.data)])
    found = re.search(r"PID: (\d+)", proc.stdout)
    return int(found.group(1)) if proc.returncode == 0 and found else None


def _sql(cluster: Cluster, statement: str) -> str:
    return _run(cluster, "psql", "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", "-h", str(cluster.socket_dir),
                "-p", str(cluster.port), "-U", cluster.system_user, "-d", "postgres", "-c", statement)


def _provision(cluster: Cluster) -> None:
    """The role and the database ``cmcert`` (once), and the role's password when it listens on TCP."""
    if not _sql(cluster, f"SELECT 1 FROM pg_roles WHERE rolname = '{ROLE}'").strip():
        _sql(cluster, f"CREATE ROLE {ROLE} LOGIN")
    if cluster.tcp:
        password = cluster.password_file.read_text(encoding="utf-8").strip()
        _sql(cluster, f"ALTER ROLE {ROLE} PASSWORD '{password}'")  # token_urlsafe: no quote to escape
    if not _sql(cluster, f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'").strip():
        _sql(cluster, f"CREATE DATABASE {DATABASE} OWNER {ROLE} ENCODING 'UTF8' TEMPLATE template0")


DATABASE_NAME = re.compile(r"^[a-z][a-z0-9_]{0,62}$")


def create_database(cluster: Cluster, name: str) -> str:
    """Another empty database of the role ``cmcert`` (a second course, a test); return its URL."""
    if not DATABASE_NAME.match(name):
        raise PostgresError(f"Nom de base refusé : « {name} » (minuscules, chiffres et _, 63 au plus).")
    _sql(cluster, f"CREATE DATABASE {name} OWNER {ROLE} ENCODING 'UTF8' TEMPLATE template0")
    return cluster.url(database=name)


def start(folder: Path, port: int = DEFAULT_PORT, tcp: bool = False) -> Cluster:
    """Start the cluster of ``folder`` (made on first use); return it once it accepts connections."""
    folder = Path(folder).resolve()
    cluster = Cluster.load(folder) if (folder / SETTINGS_FILE).is_file() else initialise(folder, port, tcp)
    if running(cluster) is None:
        if cluster.tcp and not ports.bindable(cluster.port):
            raise PostgresError(f"Le port {cluster.port} est déjà pris sur 127.0.0.1 : libérez-le, ou supprimez "
                                f"{folder} et relancez avec un autre --port.")
        try:
            _run(cluster, "pg_ctl", "start", "-D", str(cluster.data), "-l", str(cluster.log), "-w",
                 "-t", str(START_TIMEOUT), timeout=START_TIMEOUT + 15)
        except PostgresError as exc:
            log = cluster.log.read_text(encoding="utf-8", errors="replace") if cluster.log.is_file() else ""
            raise PostgresError(f"{exc}\nJournal du serveur ({cluster.log}) :\n{log[-2000:]}") from None
    _provision(cluster)
    return cluster


def stop(folder: Path) -> bool:
    """Stop the cluster of ``folder`` (fast shutdown: open sessions are ended); False if it was not running."""
    cluster = Cluster.load(folder)
    if running(cluster) is None:
        return False
    _run(cluster, "pg_ctl", "stop", "-D", str(cluster.data), "-m", "fast", "-w", "-t", str(START_TIMEOUT),
         timeout=START_TIMEOUT + 15)
    return True


# --- the gradebook on it ---------------------------------------------------------------------------------


def reset_gradebook(url: str) -> list[str]:
    """Drop every table of the database ``url`` names (nbgrader's and ours); return their names.

    The demo's clean-up on a server: the next ``cmcert build`` or ``cmcert grade`` creates them afresh.
    """
    from sqlalchemy import MetaData, create_engine
    from sqlalchemy.exc import SQLAlchemyError

    engine = create_engine(url)
    try:
        tables = MetaData()
        tables.reflect(bind=engine)
        names = sorted(tables.tables)
        tables.drop_all(bind=engine)
    except SQLAlchemyError as exc:
        raise PostgresError(f"Le carnet de notes n'a pas pu être vidé : {str(exc).splitlines()[0]}") from None
    finally:
        engine.dispose()
    return names
