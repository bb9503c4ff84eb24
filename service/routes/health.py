from fastapi import APIRouter, Depends

from service.container import Services
from service.deps import services

router = APIRouter(tags=["health"])


@router.get("/health")
def health(svc: Services = Depends(services)) -> dict:
    """ok with what is in force, or the case base's 503 (database_unavailable) so that a monitor sees an outage."""
    case_base = svc.case_base_status()
    return {"status": "ok", "packs": {n: p.version for n, p in svc.registry.snapshot().items()},
            "embedding_model": svc.embedding_model_name, "case_base": case_base}
