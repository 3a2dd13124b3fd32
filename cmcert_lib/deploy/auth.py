"""JupyterHub's authenticator for the demo and the tests: logins and PBKDF2 hashes in a root-only file.

A school plugs its own instead (LTI 1.3 from its LMS, OAuth, LDAP: docs/deployment.md); this one exists so
that the cycle between real users can run on one host without any outside service.
"""

from __future__ import annotations

from pathlib import Path

from jupyterhub.auth import Authenticator
from traitlets import Unicode

from cmcert_lib.deploy import passwords


class CourseAuthenticator(Authenticator):
    """Accepts a login whose password matches its hash in :attr:`password_file`; everything else is refused."""

    password_file = Unicode(help="JSON file: login -> PBKDF2 hash (cmcert_lib.deploy.passwords)").tag(config=True)

    async def authenticate(self, handler, data):
        name = (data or {}).get("username", "")
        password = (data or {}).get("password", "")
        if not isinstance(name, str) or not isinstance(password, str) or len(password) > 1024:
            return None
        name = self.normalize_username(name.strip())
        stored = passwords.read(Path(self.password_file)).get(name)
        if stored and passwords.verify(password, stored):
            return name
        return None
