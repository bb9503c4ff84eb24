"""Shared fixtures: a supplier profile and grading body to vary, and a service on a temporary data dir."""
from __future__ import annotations

import copy

import pytest

# Real, published codes (Huawei, Tencent, Alibaba): their check digits were not computed by our code.
VALID_USCC = ("914403001922038216", "9144030071526726XG", "91330100716105852F")

SUPPLIER = {
    "name": "深圳华信云科技有限公司",
    "uscc": VALID_USCC[0],
    "category": "software",
    "registered_capital": 8_000_000,
    "established": "2015-04-20",
    "license_expires": None,
    "certificates": [
        {"type": "ISO9001", "expires": "2027-12-31"},
        {"type": "ISO27001", "expires": "2027-12-31"},
        {"type": "CMMI", "level": 3, "expires": "2027-12-31"},
    ],
    "handles_buyer_data": True,
    "blacklisted": False,
    "major_violation_dates": [],
    "tax_social_ok": True,
    "debt_ratio": 0.5,
    "net_assets": 10_000_000,
    "comparable_projects_3y": 3,
    "evaluation_date": "2026-03-03",
}

GRADING = {
    "supplier_id": "SUP-9",
    "name": "上海数联系统集成有限公司",
    "period": "2026Q1",
    "scores": {"price": 80, "response": 80, "service": 80, "compliance": 80, "sustainability": 80},
    "events": {"compliance_violation": False, "security_incident": False, "sla_breaches": 0},
    "previous": None,
}


@pytest.fixture
def supplier():
    return copy.deepcopy(SUPPLIER)


@pytest.fixture
def grading_body():
    return copy.deepcopy(GRADING)


@pytest.fixture
def data_dir(tmp_path):
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def client(data_dir):
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    app = create_app(Settings(data_dir=data_dir, api_key="test-key"))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
