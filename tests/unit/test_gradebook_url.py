"""Which gradebook: the course's SQLite file by default, the server CMCERT_GRADEBOOK_URL names otherwise;
nbgrader (through nbgrader_config.py) and cmcert always agree. And `cmcert postgres`'s settings."""

from __future__ import annotations

import pytest
from nbgrader.coursedir import CourseDirectory

from cmcert_lib import cli, nbgrader_steps
from cmcert_lib.deploy import postgres
from cmcert_lib.layout import GRADEBOOK_URL_VARIABLE, Course, CourseError
from tests.conftest import ROOT

SERVER = "postgresql+psycopg://cmcert:secret@127.0.0.1:5433/cmcert"


@pytest.fixture
def no_server(monkeypatch):
    monkeypatch.delenv(GRADEBOOK_URL_VARIABLE, raising=False)


def test_unset_the_gradebook_is_the_course_sqlite_file(no_server, tmp_path):
    course = Course(tmp_path)
    assert course.gradebook_url == f"sqlite:///{tmp_path / 'gradebook.db'}"
    assert course.gradebook_file == tmp_path / "gradebook.db"
    assert course.gradebook_label == str(tmp_path / "gradebook.db")
    assert not course.has_gradebook()
    course.gradebook_file.write_bytes(b"")
    assert course.has_gradebook()


@pytest.mark.parametrize("blank", ["", "  "])
def test_an_empty_setting_is_unset(monkeypatch, tmp_path, blank):
    monkeypatch.setenv(GRADEBOOK_URL_VARIABLE, blank)
    assert Course(tmp_path).gradebook_file == tmp_path / "gradebook.db"


def test_set_every_course_uses_the_server(monkeypatch, tmp_path):
    monkeypatch.setenv(GRADEBOOK_URL_VARIABLE, SERVER)
    course = Course(tmp_path)
    assert course.gradebook_url == SERVER and course.gradebook_file is None
    assert course.gradebook_label == "postgresql+psycopg://cmcert:***@127.0.0.1:5433/cmcert"


@pytest.mark.parametrize("setting", [None, SERVER])
def test_nbgrader_reads_the_same_gradebook(monkeypatch, setting):
    if setting is None:
        monkeypatch.delenv(GRADEBOOK_URL_VARIABLE, raising=False)
    else:
        monkeypatch.setenv(GRADEBOOK_URL_VARIABLE, setting)
    coursedir = CourseDirectory(config=nbgrader_steps.course_config(ROOT))
    assert coursedir.db_url == Course(ROOT).gradebook_url == (setting or f"sqlite:///{ROOT / 'gradebook.db'}")


def test_a_bad_or_unreachable_server_is_said_in_french(monkeypatch, tmp_path):
    monkeypatch.setenv(GRADEBOOK_URL_VARIABLE, "pas-une-adresse")
    with pytest.raises(CourseError, match="n'est pas une adresse de base de données utilisable"):
        Course(tmp_path).has_gradebook()
    monkeypatch.setenv(GRADEBOOK_URL_VARIABLE, f"postgresql+psycopg://cmcert@/cmcert?host={tmp_path}&port=5999")
    with pytest.raises(CourseError, match="est injoignable"):
        Course(tmp_path).has_gradebook()


# --- cmcert postgres ------------------------------------------------------------------------------------


def test_cluster_urls(tmp_path):
    cluster = postgres.Cluster(tmp_path, 5433, tcp=False, system_user="postgres")
    assert cluster.url() == f"postgresql+psycopg://cmcert@/cmcert?host={tmp_path / 'socket'}&port=5433"
    assert cluster.url(database="autre").startswith("postgresql+psycopg://cmcert@/autre?")
    with pytest.raises(postgres.PostgresError, match="--tcp"):
        cluster.url(tcp=True)
    tcp = postgres.Cluster(tmp_path, 5433, tcp=True, system_user="postgres")
    tcp.password_file.write_text("s3cret\n", encoding="utf-8")
    assert tcp.url(tcp=True) == "postgresql+psycopg://cmcert:s3cret@127.0.0.1:5433/cmcert"


def test_settings_round_trip_and_missing_cluster(tmp_path):
    with pytest.raises(postgres.PostgresError, match="cmcert postgres start"):
        postgres.Cluster.load(tmp_path)
    cluster = postgres.Cluster(tmp_path.resolve(), 6000, tcp=True, system_user="postgres")
    cluster.save()
    assert postgres.Cluster.load(tmp_path) == cluster
    (tmp_path / postgres.SETTINGS_FILE).write_text("{", encoding="utf-8")
    with pytest.raises(postgres.PostgresError, match="illisible"):
        postgres.Cluster.load(tmp_path)


def test_only_the_cmcert_role_connects_without_being_the_server_user():
    rules = [line.split() for line in postgres._hba("postgres").splitlines() if line and not line.startswith("#")]
    assert rules == [["local", "all", "postgres", "peer"], ["local", "all", "cmcert", "trust"],
                     ["host", "all", "cmcert", "127.0.0.1/32", "scram-sha-256"]]


@pytest.mark.parametrize("name", ["Cours", "x; DROP DATABASE cmcert", "", "a" * 64])
def test_a_database_name_is_checked_before_sql(tmp_path, name):
    with pytest.raises(postgres.PostgresError, match="Nom de base refusé"):
        postgres.create_database(postgres.Cluster(tmp_path, 5433, False, "postgres"), name)


def test_cli_url_and_status_of_a_stopped_cluster(tmp_path, capsys):
    postgres.Cluster(tmp_path.resolve(), 5433, tcp=False, system_user="postgres").save()
    assert cli.main(["postgres", "url", "--dossier", str(tmp_path)]) == 0
    assert capsys.readouterr().out.strip() == f"postgresql+psycopg://cmcert@/cmcert?host={tmp_path.resolve()}/socket&port=5433"
    assert cli.main(["postgres", "status", "--dossier", str(tmp_path)]) == 3
    assert "arrêté" in capsys.readouterr().out
    assert cli.main(["postgres", "status", "--dossier", str(tmp_path / "rien")]) == 3


def test_reset_refuses_the_sqlite_file(no_server, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("CMCERT_COURSE", raising=False)
    assert cli.main(["postgres", "reset"]) == 2
    assert "n'est pas défini" in capsys.readouterr().err
