"""Two service instances on one PostgreSQL database see each other's case writes (the multi-instance set-up)."""
from fastapi.testclient import TestClient

from service.app import create_app
from service.settings import Settings
from test_api_cases import CASE, KEY
from test_kb_fixtures import Backend, encoder  # noqa: F401  (the session's encoder fixture)


def test_two_instances_share_the_case_base(tmp_path, encoder):
    db = Backend("postgresql", tmp_path, encoder)
    try:
        apps = [create_app(Settings(data_dir=tmp_path / f"node{i}", api_key="test-key", database_url=db.url))
                for i in (1, 2)]
        with TestClient(apps[0]) as one, TestClient(apps[1]) as two:
            assert two.get("/v1/cases").json()["total"] >= 30  # seeded once, by whichever started first
            case_id = one.post("/v1/cases", json=CASE, headers=KEY).json()["id"]
            hits = two.get("/v1/cases/search", params={"q": "医保 运维 响应时限 停机"}).json()["hits"]
            assert hits[0]["case"]["id"] == case_id
            assert two.delete(f"/v1/cases/{case_id}", headers=KEY).status_code == 204
            assert one.get(f"/v1/cases/{case_id}").status_code == 404
    finally:
        db.close()


def test_a_dropped_database_connection_is_503_and_the_next_request_reconnects(tmp_path, encoder):
    """A PostgreSQL restart or failover kills the open connection: the request that meets it is told
    the database is unavailable (503, naming it), never a 500, and the one after reconnects."""
    import psycopg

    from test_kb_fixtures import PG_URL

    db = Backend("postgresql", tmp_path, encoder)
    try:
        app = create_app(Settings(data_dir=tmp_path / "node", database_url=db.url))
        with TestClient(app, raise_server_exceptions=False) as client:
            app.state.services.warm_up()
            assert client.get("/v1/cases").status_code == 200
            with psycopg.connect(PG_URL, autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = %s AND pid <> pg_backend_pid()", (db._dbname,))
            lost = client.get("/v1/cases")
            assert lost.status_code == 503
            assert lost.json()["error"]["code"] == "database_unavailable"
            assert db._dbname in lost.json()["error"]["message"]
            assert client.get("/v1/cases").status_code == 200
    finally:
        db.close()


def test_health_reports_a_case_base_that_cannot_be_reached(tmp_path, encoder):
    """A load balancer or monitor polls /health: it must not say ok while every search fails."""
    db = Backend("postgresql", tmp_path, encoder)
    try:
        app = create_app(Settings(data_dir=tmp_path / "node", database_url=db.url))
        with TestClient(app, raise_server_exceptions=False) as client:
            app.state.services.warm_up()
            assert client.get("/health").json()["status"] == "ok"
            db.close()  # drops the database, as an outage would take it away
            down = client.get("/health")
            assert down.status_code == 503
            assert down.json()["error"]["code"] == "database_unavailable"
    finally:
        db.close()


def test_health_names_the_database_and_counts_cases_but_never_shows_the_password(tmp_path, encoder, caplog):
    """The password an operator put in $JICAI_DATABASE_URL appears in no answer and no log line, up or down."""
    db = Backend("postgresql", tmp_path, encoder)
    url = db.url.replace("postgresql://postgres@", "postgresql://postgres:s3cret-%E5%8F%A3%E4%BB%A4@")
    assert url != db.url  # the test server trusts local connections: any password is accepted
    try:
        app = create_app(Settings(data_dir=tmp_path / "node", database_url=url))
        with TestClient(app, raise_server_exceptions=False) as client:
            app.state.services.warm_up()
            up = client.get("/health")
            assert up.json()["case_base"]["database"] == "postgresql"
            assert up.json()["case_base"]["cases"] >= 30
            db.close()
            down = client.get("/health")
            assert down.status_code == 503
        said = up.text + down.text + caplog.text
        assert "s3cret" not in said and "%E5%8F%A3" not in said and "口令" not in said
    finally:
        db.close()
