"""Each user's own server, started as their Unix user, configured by the group they belong to.

Candidates get nbgrader's candidate side only (the assignment list, validation): formgrader and the
assignment creator are switched off in their configuration folder.  Trainers work in the course folder,
with files their group can write (umask 002) and `cmcert grade` going through the root wrapper.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from jupyterhub.spawner import LocalProcessSpawner

SETTINGS_ENV = "CMCERT_HUB_SETTINGS"
FORMGRADER = "formgrader"  # the service's name: its address is /services/formgrader/


def settings() -> dict:
    return json.loads(Path(os.environ[SETTINGS_ENV]).read_text(encoding="utf-8"))


def role_of(name: str, conf: dict) -> str:
    if name in conf["trainers"]:
        return "formateurs"
    if name in conf["candidates"]:
        return "candidats"
    raise PermissionError(f"{name} n'est ni candidat ni formateur de ce cours.")


def role_env(role: str, conf: dict) -> dict[str, str]:
    """The environment a server of ``role`` gets (also used for the formgrader service: role « correction »)."""
    env = {"JUPYTER_CONFIG_PATH": str(Path(conf["etc"]) / role), "LANG": "C.UTF-8",
           "PATH": f"{conf['bin']}:/usr/local/bin:/usr/bin:/bin", "CMCERT_EXCHANGE": conf["exchange"]}
    if role != "candidats":
        env.update(CMCERT_COURSE=conf["course"], CMCERT_GRADEBOOK_URL=conf["gradebook_url"],
                   CMCERT_GRADE_VIA_SUDO=conf["grade_wrapper"])
    return env


def formgrader_env(conf: dict, token: str) -> dict[str, str]:
    """What the Hub gives a managed service, for formgrader started beside it (see jupyterhub_config.py)."""
    prefix = f"/services/{FORMGRADER}/"
    scopes = json.dumps([f"access:services!service={FORMGRADER}"])
    return {**role_env("correction", conf), "HOME": conf["grader_home"], "USER": conf["grader"],
            "JUPYTERHUB_SERVICE_NAME": FORMGRADER, "JUPYTERHUB_SERVICE_PREFIX": prefix,
            "JUPYTERHUB_SERVICE_URL": f"http://127.0.0.1:{conf['formgrader_port']}",
            "JUPYTERHUB_API_TOKEN": token, "JPY_API_TOKEN": token, "JUPYTERHUB_CLIENT_ID": f"service-{FORMGRADER}",
            "JUPYTERHUB_HOST": "", "JUPYTERHUB_OAUTH_CALLBACK_URL": f"{prefix}oauth_callback",
            "JUPYTERHUB_OAUTH_SCOPES": scopes, "JUPYTERHUB_OAUTH_ACCESS_SCOPES": scopes,
            "JUPYTERHUB_OAUTH_CLIENT_ALLOWED_SCOPES": "[]", "JUPYTERHUB_USER": conf["grader"],
            "JUPYTERHUB_SERVER_NAME": "", "JUPYTERHUB_API_URL": f"http://127.0.0.1:{conf['hub_port']}/hub/api",
            "JUPYTERHUB_BASE_URL": "/"}


class CourseSpawner(LocalProcessSpawner):
    """LocalProcessSpawner with the course's environment, folder and umask by role."""

    def get_env(self):
        env = super().get_env()
        conf = settings()
        env.update(role_env(role_of(self.user.name, conf), conf))
        return env

    def get_args(self):
        args = super().get_args()
        conf = settings()
        if role_of(self.user.name, conf) == "formateurs":
            args.append(f"--ServerApp.root_dir={conf['course']}")
        return args

    async def start(self):
        conf = settings()
        umask = "002" if role_of(self.user.name, conf) == "formateurs" else "077"
        # The umask is the shell's: files a trainer writes stay writable by the other trainers; a
        # candidate's are theirs alone.
        self.cmd = ["/bin/sh", "-c", f'umask {umask}; exec "$0" "$@"', str(Path(conf["bin"]) / "jupyterhub-singleuser")]
        return await super().start()
