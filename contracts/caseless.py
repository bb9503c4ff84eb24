"""Case-insensitive search at case-sensitive speed.

`re.I` turns off the regex engine's literal-prefix and first-character scans, so a pattern of English words
searched case-insensitively tries every alternative at every position of the text: most of a long English
contract's review time. Matching the lower-cased pattern case-sensitively against the lower-cased text gets
those scans back and finds the same matches, at the same offsets, where that is exact: text and pattern hold
only ASCII and caseless characters (Chinese, punctuation), whose `str.lower()` is the folding `re.I` does, and
the pattern has no escape, class range or inline flag that lower-casing would change (\\B, \\S, \\W, \\x41, [@-Z],
(?-i:…)). Anything else is searched with `re.I` as written.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# what lower-casing a pattern would change: an upper-case escape (\B \S \W \D \A \Z \N \P), a character given
# by its code (\x41 \u0041), a range with an upper-case end, an inline flag or a named group
_CHANGED_BY_LOWER = re.compile(r"\\[A-Zxu]|(?<![A-Z])-[A-Z]|[A-Z]-(?![A-Z])|\(\?[a-zA-Z-]")


def _foldable(text: str) -> bool:
    return text.isascii() or all(c.isascii() or c.lower() == c == c.upper() for c in set(text))


def fold(text: str) -> str | None:
    """`text` lower-cased, or None when lower-casing is not what `re.I` does to it (an accented or Greek letter)."""
    return text.lower() if _foldable(text) else None


class Caseless:
    """A case-insensitive pattern that searches a text's `fold` when it can."""

    def __init__(self, pattern: str):
        self.pattern = pattern
        self._ignorecase = re.compile(pattern, re.I)
        self._lowered = re.compile(pattern.lower()) if _foldable(pattern) and not _CHANGED_BY_LOWER.search(pattern) else None

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
