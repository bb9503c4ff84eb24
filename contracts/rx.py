"""`re`'s module functions over a least-recently-used cache of compiled patterns big enough for the reading.

`re` keeps 512 compiled patterns and, when full, drops the oldest one first, however often it is used. Reading a
contract runs about 1,400 distinct patterns, and each contract adds a few built from its own words (a party's
name), so with `re`'s cache every review of a new contract compiled a few dozen of the fixed patterns again.
Here the fixed patterns stay compiled and those built per contract age out (docs/performance.md).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

compiled = lru_cache(maxsize=4096)(re.compile)


def search(pattern: str, string: str, flags: int = 0) -> re.Match | None:
    return compiled(pattern, flags).search(string)


def match(pattern: str, string: str, flags: int = 0) -> re.Match | None:
    return compiled(pattern, flags).match(string)


def fullmatch(pattern: str, string: str, flags: int = 0) -> re.Match | None:
    return compiled(pattern, flags).fullmatch(string)


def finditer(pattern: str, string: str, flags: int = 0) -> Iterator[re.Match]:
    return compiled(pattern, flags).finditer(string)


def findall(pattern: str, string: str, flags: int = 0) -> list:
    return compiled(pattern, flags).findall(string)


def sub(pattern: str, repl: str | Callable[[re.Match], str], string: str, count: int = 0, flags: int = 0) -> str:
    return compiled(pattern, flags).sub(repl, string, count)


def split(pattern: str, string: str, maxsplit: int = 0, flags: int = 0) -> list:
    return compiled(pattern, flags).split(string, maxsplit)
