"""Case-insensitive search at case-sensitive speed.

`re.I` turns off the regex engine's literal-prefix and first-character scans, so a pattern of English words
searched case-insensitively tries every alternative at every position of the text: most of a long English
contract's review time. Matching the lower-cased pattern case-sensitively against the lower-cased text gets
those scans back and finds the same matches, at the same offsets, where that is exact: text and pattern hold
only ASCII and caseless characters (Chinese, punctuation), whose `str.lower()` is the folding `re.I` does.
Lower-casing leaves escapes as written (\\W stays \\W, not \\w), keeps a character given by its code (\\u4e00)
only where that character is caseless, and a class range only where it is all caseless ([\\u4e00-\\u9fff]) or
letters of one case ([A-Z] → [a-z]). Anything else — an inline flag or named group, [@-Z], \\x41 — is searched
with `re.I` as written.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

_CODE = r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)"  # an escape, a character given by its code first
# the pattern's pieces: an escape, a character class, a group's opening, other text
_PIECES = re.compile(rf"({_CODE})|(\[\^?\]?(?:\\.|[^\]\\])*\])|(\(\?.?)|([^\\\[(]+|\()", re.S)
_CLASS_ITEMS = re.compile(rf"({_CODE}|[^\\])(?:-({_CODE}|[^\\\]]))?", re.S)  # a character or a range
_GROUP_OPENINGS = {"(?:", "(?=", "(?!", "(?<"}  # (?<= and (?<!; not an inline flag (?i) (?-i:…) or a named group (?P<…>


def _character(item: str) -> str | None:
    """The character a class item or an escape stands for, None for an escape of a kind (\\W, \\d)."""
    if not item.startswith("\\"):
        return item
    if item[1] in "xuU":
        return chr(int(item[2:], 16))
    return item[1] if not item[1].isalnum() else None


def _caseless(c: str) -> bool:
    return c.lower() == c == c.upper()


@lru_cache(maxsize=64)
def _all_caseless(low: str, high: str) -> bool:
    return all(_caseless(chr(i)) for i in range(ord(low), ord(high) + 1))


def _lowered_escape(escape: str) -> str | None:
    """The escape as written unless it gives a cased character by its code (\\x41), or a digit (\\0, \\1: kept off)."""
    if escape[1].isdigit() or escape[1] == "N" or escape[1] in "xuU" and not _caseless(_character(escape)):
        return None
    return escape


def _lowered_class(cls: str) -> str | None:
    opening = "[^" if cls.startswith("[^") else "["
    out = [opening]
    for m in _CLASS_ITEMS.finditer(cls[len(opening):-1]):
        low, high = m.group(1), m.group(2)
        if high is None:
            out.append(low.lower() if not low.startswith("\\") else _lowered_escape(low))
            continue
        ends = _character(low), _character(high)
        if None in ends:
            return None
        letters = "".join(ends)
        if _all_caseless(*ends):
            out.append(m.group())
        elif letters.isascii() and letters.isalpha() and (letters.isupper() or letters.islower()):
            out.append(m.group().lower())  # [A-Z] → [a-z]
        else:
            return None  # [@-Z]: lower-cased, [@-z] would take [ \ ] ^ _ `
    return None if None in out else "".join(out) + "]"


def _lowered(pattern: str) -> str | None:
    """The pattern that finds, case-sensitively in lower-cased text, what `pattern` finds with re.I; None if there is none."""
    if not _foldable(pattern):
        return None
    out = []
    for escape, cls, group, text in _PIECES.findall(pattern):
        if group and group not in _GROUP_OPENINGS:
            return None
        out.append(_lowered_escape(escape) if escape else _lowered_class(cls) if cls else group or text.lower())
    return None if None in out else "".join(out)


def _foldable(text: str) -> bool:
    return text.isascii() or all(c.isascii() or _caseless(c) for c in set(text))


def fold(text: str) -> str | None:
    """`text` lower-cased, or None when lower-casing is not what `re.I` does to it (an accented or Greek letter)."""
    return text.lower() if _foldable(text) else None


class Caseless:
    """A case-insensitive pattern that searches a text's `fold` when it can."""

    def __init__(self, pattern: str):
        self.pattern = pattern
        self._ignorecase = re.compile(pattern, re.I)
        lowered = _lowered(pattern)
        self._lowered = re.compile(lowered) if lowered is not None else None

    def _for(self, text: str, folded: str | None) -> tuple[re.Pattern, str]:
        return (self._lowered, folded) if self._lowered is not None and folded is not None else (self._ignorecase, text)

    def search(self, text: str, folded: str | None) -> bool:
        """Whether the pattern occurs in `text`; `folded` is `fold(text)`."""
        rx, subject = self._for(text, folded)
        return rx.search(subject) is not None

    def spans(self, text: str, folded: str | None) -> Iterator[tuple[int, int]]:
        """Where the pattern occurs in `text`, as finditer would find it with `re.I`."""
        rx, subject = self._for(text, folded)
        return (m.span() for m in rx.finditer(subject))


@lru_cache(maxsize=512)
def caseless(pattern: str) -> Caseless:
    return Caseless(pattern)
