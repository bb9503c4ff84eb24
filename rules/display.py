"""How a message, a recommendation or a title shows a value: numbers as people write them, yes/no, a coded
value by the pack's label for it."""
from __future__ import annotations

from typing import Any, Mapping

NOT_GIVEN = {"zh": "未提供", "en": "not given"}
YES_NO = {"zh": ("是", "否"), "en": ("yes", "no")}
LIST_SEPARATOR = {"zh": "、", "en": ", "}


def display(value: Any, lang: str) -> str:
    if value is None:
        return NOT_GIVEN[lang]
    if isinstance(value, bool):
        return YES_NO[lang][0 if value else 1]
    if isinstance(value, (int, float)):
        if float(value).is_integer():
            return f"{int(value):,}"
        # a figure as the contract writes it (99.995, 0.0275) whole; a computed share (47.6692…) to 2 decimals
        places = 2 if abs(value) >= 1 and value != round(value, 3) else 4
        return f"{value:,.{places}f}".rstrip("0").rstrip(".")
    return str(value)


def shown(value: Any, labels: Mapping[str, Mapping[str, str]] | None, lang: str) -> str:
    """A value as a message shows it: a coded value by the pack's label for it (cloud → 云服务); a fact
    naming several values (lowest_dimensions: "price, response") label by label."""
    if labels and isinstance(value, str):
        return LIST_SEPARATOR[lang].join(labels[v][lang] if v in labels else v for v in value.split(", "))
    return display(value, lang)
