"""The packs in force, their versions, reload and rollback (writes need the API key)."""
from pathlib import Path

from fastapi import APIRouter, Depends

from rules.pack import bundled_pack_paths

from service.container import Services
from service.deps import read_access, require_key, services

router = APIRouter(prefix="/v1/rules", tags=["rules"])
BUNDLED = frozenset(p.resolve() for p in bundled_pack_paths())


def origin(source: str) -> str:
    """"bundled" (shipped with the service) or "override" (an operator's file in <data dir>/packs): what a client
    needs to know of a pack's file; its path on the server is for operators (`jicai rules list`)."""
    return "bundled" if Path(source).resolve() in BUNDLED else "override"


def _describe(pack, detail: bool = False) -> dict:
    out = {"pack": pack.name, "version": pack.version, "title": pack.title, "origin": origin(pack.source),
           "rules": [{"id": r.id, "title": r.title, "severity": r.severity, "reference": r.reference}
                     for r in pack.rules]}
    if detail:
        out["parameters"] = pack.parameters
        for rule, desc in zip(pack.rules, out["rules"]):
            desc["condition"] = rule.when.describe()
    return out


@router.get("", dependencies=[Depends(read_access)])
def list_packs(svc: Services = Depends(services)) -> dict:
    previous = svc.registry.previous
    return {"packs": [_describe(p) for p in svc.registry.snapshot().values()],
            "previous": {n: p.version for n, p in previous.items()} if previous else None}


@router.get("/{pack}", dependencies=[Depends(read_access)])
def get_pack(pack: str, svc: Services = Depends(services)) -> dict:
    return _describe(svc.registry.get(pack), detail=True)


@router.get("/{pack}/versions/{version}", dependencies=[Depends(read_access)])
def get_pack_version(pack: str, version: str, svc: Services = Depends(services)) -> dict:
    """The text of a pack version: one in force or before the last reload, or one a logged decision names."""
    for packs in (svc.registry.snapshot(), svc.registry.previous or {}):
        p = packs.get(pack)
        if p is not None and p.version == version:
            return {"pack": p.name, "version": p.version, "origin": origin(p.source), "text": p.text}
    kept = svc.decision_log.pack_version(pack, version)
    return {"pack": pack, "version": version, "origin": origin(kept["source"]), "text": kept["text"]}


@router.post("/reload", dependencies=[Depends(require_key)])
def reload(svc: Services = Depends(services)) -> dict:
    changes = svc.registry.reload()
    return {"changed": changes, "packs": {n: p.version for n, p in svc.registry.snapshot().items()}}


@router.post("/rollback", dependencies=[Depends(require_key)])
def rollback(svc: Services = Depends(services)) -> dict:
    changes = svc.registry.rollback()
    return {"changed": changes, "packs": {n: p.version for n, p in svc.registry.snapshot().items()}}
