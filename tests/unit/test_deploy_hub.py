"""The Hub's pieces that need no running Hub: accounts' names, passwords, the authenticator, each role's
configuration and environment, the trainers' grading through sudo (cmcert_lib/deploy/)."""

from __future__ import annotations

import asyncio
import json
import os

import pytest

from cmcert_lib import cli
from cmcert_lib.deploy import hub, passwords, spawner
from cmcert_lib.deploy.accounts import Cohort
from cmcert_lib.deploy.auth import CourseAuthenticator
from cmcert_lib.layout import Course


def test_a_password_verifies_only_against_its_own_hash():
    stored = passwords.hash_password("bonne-réponse", iterations=1000)
    assert passwords.verify("bonne-réponse", stored)
    assert not passwords.verify("bonne-reponse", stored)
    assert not passwords.verify("bonne-réponse", stored.replace("pbkdf2_sha256", "md5"))
    assert not passwords.verify("x", "pas un hachage")
    assert "bonne" not in stored


def test_new_passwords_are_long_random_and_unambiguous():
    given = {passwords.new_password() for _ in range(50)}
    assert len(given) == 50
    for password in given:
        assert len(password) == 19 and not set(password) & set("01lIO")


def test_the_authenticator_accepts_the_right_password_only(tmp_path):
    file = tmp_path / "comptes.json"
    passwords.write(file, {"candidat1": passwords.hash_password("s3cret", iterations=1000)})
    assert oct(file.stat().st_mode & 0o777) == "0o600"
    auth = CourseAuthenticator(password_file=str(file))

    def login(data):
        return asyncio.run(auth.authenticate(None, data))

    assert login({"username": "candidat1", "password": "s3cret"}) == "candidat1"
    assert login({"username": " Candidat1 ", "password": "s3cret"}) == "candidat1"  # as the Hub normalises
    assert login({"username": "candidat1", "password": "S3cret"}) is None
    assert login({"username": "candidat2", "password": "s3cret"}) is None
    assert login({"username": ["candidat1"], "password": "s3cret"}) is None
    assert login({"username": "candidat1", "password": "x" * 5000}) is None
    file.write_text("{pas du json")
    assert login({"username": "candidat1", "password": "s3cret"}) is None


def test_cohort_names_are_checked_before_any_account_is_made():
    assert Cohort.demo("t1").problem() is None
    assert "identifiant refusé" in Cohort(("Candidat 1",), ("f1",)).problem()
    assert "deux fois" in Cohort(("a1", "a1"), ("f1",)).problem()
    assert "deux fois" in Cohort(("cmcert-correcteur",), ("f1",)).problem()
    assert "identifiant refusé" in Cohort(("1a",), ("f1",)).problem()


@pytest.fixture
def plan(tmp_path):
    return hub.HubPlan(tmp_path / "hub", Cohort.demo("t"), hub.Ports(18000, 18081, 18001, 18082))


def test_candidates_never_get_formgrader_nor_the_course(plan):
    conf = plan.settings()
    candidate = spawner.role_env("candidats", conf)
    trainer = spawner.role_env("formateurs", conf)
    for secret in ("CMCERT_COURSE", "CMCERT_GRADEBOOK_URL", "CMCERT_GRADE_VIA_SUDO"):
        assert secret not in candidate
        assert secret in trainer
    assert candidate["JUPYTER_CONFIG_PATH"].endswith("/etc/candidats")
    assert spawner.role_of("tcandidat1", conf) == "candidats"
    assert spawner.role_of("tformateur2", conf) == "formateurs"
    with pytest.raises(PermissionError):
        spawner.role_of("tcmcert-correcteur", conf)


def test_each_role_has_the_extensions_it_needs(plan, monkeypatch):
    monkeypatch.setattr(os, "chown", lambda *args: None)
    hub.write_configs(plan)

    def config(role, name):
        return json.loads((plan.etc / role / name).read_text())

    for role in ("candidats", "formateurs"):
        server = config(role, "jupyter_server_config.json")["ServerApp"]
        assert server["jpserver_extensions"] == {"nbgrader.server_extensions.formgrader": False}
        assert server["terminado_settings"]["shell_command"] == ["/bin/bash"]  # keeps the PATH to cmcert
        disabled = config(role, "labconfig/page_config.json")["disabledExtensions"]
        assert disabled["@jupyter/nbgrader:formgrader"] and disabled["@jupyter/nbgrader:create-assignment"]
    assert config("correction", "jupyter_server_config.json")["ServerApp"]["jpserver_extensions"] == {
        "nbgrader.server_extensions.formgrader": True}
    candidate = (plan.etc / "candidats" / "nbgrader_config.py").read_text()
    assert f'c.Exchange.root = "{plan.exchange}"' in candidate and 'course_id = "cmcert"' in candidate
    assert str(plan.course) not in candidate  # a candidate's nbgrader does not even know where the course is
    assert f'c.CourseDirectory.root = "{plan.course}"' in (plan.etc / "formateurs" / "nbgrader_config.py").read_text()


def test_formgrader_gets_what_the_hub_gives_a_service(plan):
    conf = plan.settings()
    env = spawner.formgrader_env(conf, "jeton")
    assert env["JUPYTERHUB_SERVICE_PREFIX"] == "/services/formgrader/"
    assert env["JUPYTERHUB_API_URL"] == "http://127.0.0.1:18081/hub/api"
    assert json.loads(env["JUPYTERHUB_OAUTH_ACCESS_SCOPES"]) == ["access:services!service=formgrader"]
    assert env["JUPYTERHUB_USER"] == plan.cohort.grader and env["HOME"].endswith(plan.cohort.grader)
    assert env["JUPYTER_CONFIG_PATH"].endswith("/etc/correction")


def test_the_exchange_is_the_deployments_when_it_names_one(tmp_path, monkeypatch):
    course = Course(tmp_path)
    monkeypatch.delenv("CMCERT_EXCHANGE", raising=False)
    assert course.exchange_root == tmp_path / "echange"
    monkeypatch.setenv("CMCERT_EXCHANGE", "/srv/cmcert-hub/echange")
    assert str(course.exchange_root) == "/srv/cmcert-hub/echange"


def test_a_trainer_who_is_not_root_grades_through_the_sudo_wrapper(monkeypatch):
    calls = []
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    monkeypatch.setenv("CMCERT_GRADE_VIA_SUDO", "/srv/cmcert-hub/bin/cmcert-corriger")
    monkeypatch.setattr(cli.shutil, "which", lambda name: f"/usr/bin/{name}")

    def execv(path, argv):
        calls.append((path, argv))
        raise SystemExit(0)

    monkeypatch.setattr(os, "execv", execv)
    with pytest.raises(SystemExit):
        cli.main(["grade", "bloc1", "--student", "candidat1", "--quiet"])
    assert calls == [("/usr/bin/sudo", ["/usr/bin/sudo", "-n", "/srv/cmcert-hub/bin/cmcert-corriger", "bloc1",
                                        "--student=candidat1", "--quiet"])]


def test_without_sudo_the_trainer_is_told_in_french(monkeypatch, capsys):
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    monkeypatch.setenv("CMCERT_GRADE_VIA_SUDO", "/srv/cmcert-hub/bin/cmcert-corriger")
    monkeypatch.setattr(cli.shutil, "which", lambda name: None)
    assert cli.main(["grade", "bloc1"]) == 2
    assert "sudo manque" in capsys.readouterr().err


def test_the_hub_refuses_to_start_where_it_cannot_separate_users(monkeypatch):
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    assert "root" in hub.problem()


def test_down_and_status_without_a_deployment_say_so_in_french(tmp_path, capsys):
    for command in ("status", "down"):
        assert cli.main(["hub", command, "--dir", str(tmp_path)]) == 2
        assert "aucun JupyterHub cmcert n'a été installé" in capsys.readouterr().err


def test_the_hub_command_defaults_to_the_postgresql_gradebook():
    args = cli.parser().parse_args(["hub", "up"])
    assert args.gradebook == "postgresql" and args.port == 8000 and args.bind == "127.0.0.1"


def test_a_hub_that_stops_at_start_up_says_why_in_the_error_itself(plan, monkeypatch):
    # The deployment's folder, its log with it, may be removed before anyone reads it (a failed `make hub`
    # cleans up; so does the test suite): the error carries the log's last lines.
    class Exited:
        pid, returncode = 999_999, 1

        def poll(self):
            return 1

    def popen(command, stdout, **kwargs):
        stdout.write(b"[I] Starting JupyterHub\n" * 500)
        stdout.write(b"[E] Failed to bind hub to http://127.0.0.1:18081/hub/: Address already in use\n")
        return Exited()

    plan.state.mkdir(parents=True)
    monkeypatch.setattr(hub.subprocess, "Popen", popen)
    with pytest.raises(hub.HubError) as stopped:
        hub._start(plan)
    message = str(stopped.value)
    assert "s'est arrêté au démarrage (code 1)" in message and str(plan.log) in message
    assert message.endswith("Address already in use") and message.count("Starting JupyterHub") <= 15


def test_a_missing_or_empty_log_is_said_so_in_french(tmp_path):
    assert hub.log_tail(tmp_path / "absent.log").startswith("(journal illisible")
    (tmp_path / "vide.log").write_bytes(b"")
    assert hub.log_tail(tmp_path / "vide.log") == "(journal vide)"
