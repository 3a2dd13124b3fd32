"""JupyterHub's configuration for a cmcert cohort (``jupyterhub -f`` this file; ``cmcert hub up`` does it).

Everything variable comes from the settings file ``cmcert hub up`` writes ($CMCERT_HUB_SETTINGS).
"""

from pathlib import Path

from cmcert_lib.deploy.spawner import FORMGRADER, settings

c = get_config()  # noqa: F821 (injected by traitlets)
conf = settings()
state = Path(conf["state"])

c.JupyterHub.bind_url = f"http://{conf['bind']}:{conf['port']}"
c.JupyterHub.hub_bind_url = f"http://127.0.0.1:{conf['hub_port']}"
c.JupyterHub.db_url = f"sqlite:///{state / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(state / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(state / "jupyterhub.pid")
c.JupyterHub.log_level = "INFO"
c.JupyterHub.template_paths = [str(Path(__file__).resolve().parent / "templates")]  # login and errors in French
c.ConfigurableHTTPProxy.command = [conf["proxy"]]
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{conf['proxy_api_port']}"
c.ConfigurableHTTPProxy.pid_file = str(state / "proxy.pid")
c.ConfigurableHTTPProxy.auth_token = (state / "proxy_token").read_text().strip()

c.JupyterHub.authenticator_class = "cmcert_lib.deploy.auth.CourseAuthenticator"
c.CourseAuthenticator.password_file = str(state / "comptes.json")
c.Authenticator.allowed_users = set(conf["candidates"]) | set(conf["trainers"])
c.Authenticator.admin_users = set()  # the Hub's admin page stays closed: accounts come from `cmcert hub up`

c.JupyterHub.spawner_class = "cmcert_lib.deploy.spawner.CourseSpawner"
c.Spawner.default_url = "/lab"
c.Spawner.http_timeout = 120
c.Spawner.start_timeout = 120

c.JupyterHub.load_groups = {
    conf["groups"]["candidates"]: {"users": conf["candidates"]},
    conf["groups"]["trainers"]: {"users": conf["trainers"]},
}
# formgrader runs as the grading account, started by `cmcert hub up` beside the Hub (an external service:
# a managed one must answer within ten seconds of the Hub's start, which a loaded host cannot promise).
c.JupyterHub.services = [{
    "name": FORMGRADER,
    "url": f"http://127.0.0.1:{conf['formgrader_port']}",
    "api_token": (state / "formgrader_token").read_text().strip(),
    "oauth_no_confirm": True,
    "display": False,
}]
c.JupyterHub.load_roles = [
    # Only trainers reach formgrader (and the gradebook behind it); candidates' default role cannot.
    {"name": "formateurs-formgrader", "groups": [conf["groups"]["trainers"]],
     "scopes": ["access:services!service=formgrader", "read:services!service=formgrader"]},
]
