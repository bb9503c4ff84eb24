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
