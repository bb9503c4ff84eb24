"""The packs in force: the bundled ones, each overridden by a same-named pack in the data directory.

Reloading validates and compiles every pack before swapping them in as one snapshot, so a broken
file never leaves a half-updated set; the previous snapshot is kept for rollback.
"""
from __future__ import annotations

import threading
import time
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from rules.engine import compile_pack
from rules.errors import NotFound, PackError
from rules.pack import Pack, bundled_pack_paths, load_pack


def load_packs(override_dir: Path | None = None) -> dict[str, Pack]:
    packs = {p.name: p for p in map(load_pack, bundled_pack_paths())}
    if override_dir is not None and override_dir.is_dir():
        overrides: dict[str, Pack] = {}
        for path in override_files(override_dir):
            pack = load_pack(path)
            if pack.name in overrides:
                raise PackError(f"规则包 {pack.name} 已由 {overrides[pack.name].source} 定义，同一规则包只能有一个文件 / "
                                f"pack {pack.name!r} is also defined in {overrides[pack.name].source}",
                                file=str(path), field="pack")
            overrides[pack.name] = pack
        packs.update(overrides)
    for pack in packs.values():
        compile_pack(pack)
    return packs


def override_files(folder: Path) -> list[Path]:
    """The pack files of the override folder: .yaml and .yml in any case (ADMISSION.YML as a Windows editor
    saves it), so that no file a policy owner put there is silently left out while the bundled pack decides."""
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in (".yaml", ".yml"))


class PackRegistry:
    def __init__(self, override_dir: Path | None = None):
        self.override_dir = override_dir
        self._lock = threading.Lock()
        self._current: Mapping[str, Pack] = MappingProxyType(load_packs(override_dir))
        self._previous: Mapping[str, Pack] | None = None

    def get(self, name: str) -> Pack:
        try:
            return self._current[name]
        except KeyError:
            raise NotFound(f"没有名为 {name!r} 的规则包 / no pack named {name!r}", {"packs": sorted(self._current)}) from None

    def snapshot(self) -> Mapping[str, Pack]:
        return self._current

    @property
    def previous(self) -> Mapping[str, Pack] | None:
        return self._previous

    def reload(self) -> dict:
        """Swap in the packs as they are on disk now; returns {pack: {"from", "to"}} for what changed.

        Even a reload that changes nothing becomes the point a rollback goes back from, so a rollback
        never re-publishes a set that an earlier rollback withdrew (its file may be gone)."""
        fresh = load_packs(self.override_dir)  # raises before anything is swapped
        with self._lock:
            old = self._current
            changes = {n: {"from": old[n].version if n in old else None, "to": p.version}
                       for n, p in fresh.items() if n not in old or old[n].version != p.version}
            self._previous, self._current = old, MappingProxyType(fresh)
            return changes

    def rollback(self) -> dict:
        """Swap back to the set before the last reload, and make the pack folder say so: a withdrawn pack's file
        moves to `withdrawn/` and a restored one is written back, so that a restart keeps the rollback."""
        with self._lock:
            if self._previous is None:
                raise NotFound("没有可回滚的上一版规则 / there is no previous rule set to roll back to")
            old = self._current
            self._current, self._previous = self._previous, old
            changed = {n: (old[n], p) for n, p in self._current.items() if old[n].version != p.version}
            for withdrawn, restored in changed.values():
                self._persist(withdrawn, restored)
            return {n: {"from": w.version, "to": r.version} for n, (w, r) in changed.items()}

    def _persist(self, withdrawn: Pack, restored: Pack) -> None:
        if self.override_dir is None:
            return
        folder = self.override_dir.resolve()
        own = [Path(p.source) for p in (withdrawn, restored) if Path(p.source).resolve().parent == folder]
        for path in {p for p in own if p.exists()}:  # the withdrawn text is kept beside, never lost
            aside = folder / "withdrawn" / f"{path.stem}.{time.strftime('%Y%m%dT%H%M%S')}.yaml"
            aside.parent.mkdir(exist_ok=True)
            path.replace(aside)
        if Path(restored.source).resolve().parent == folder:
            Path(restored.source).write_text(restored.text, encoding="utf-8")
