from fastapi import APIRouter, Depends

from service.container import Services
from service.deps import read_access, services

router = APIRouter(prefix="/v1/decisions", tags=["audit"], dependencies=[Depends(read_access)])


@router.get("/{decision_id}")
def get_decision(decision_id: str, svc: Services = Depends(services)) -> dict:
    return svc.decision_log.get(decision_id)
