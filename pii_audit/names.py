"""Name tokenising shared by detection (field hints) and policy (category hints)."""
from __future__ import annotations

import re
import unicodedata
from functools import cached_property, lru_cache

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SPLIT = re.compile(r"[^0-9a-zA-Z\u00C0-\uFFFF]+")
# letters NFKD leaves whole: `Fæðingardagur`, `Kraków`, `Øst` compare as plain Latin
_LETTERS = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ð": "d", "þ": "th", "ß": "ss", "đ": "d", "ı": "i", "ħ": "h"})
_EXTENSIONS = {"csv", "tsv", "gz", "jsonl", "ndjson", "log", "txt", "json", "db", "sqlite", "sqlite3"}


# an abbreviation of single letters and dots (`D.O.B.`): one word
_DOTTED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.){2,}[^\W\d_]?(?![^\W\d_])")


@lru_cache(maxsize=4096)
def tokens(name: str | None) -> tuple[str, ...]:
    """`Email Address` / `emailAddress` / `EMAIL_ADDRESS` -> ('email', 'address'); accents
    off, so hints and headers meet however either is spelt (`Telèfon`, `teléfono`, `İl`)."""
    if not name:
        return ()
    parts = []
    name = _DOTTED.sub(lambda m: m.group().replace(".", ""), name)  # `D.O.B.` is `dob`
    for chunk in _SPLIT.split(_CAMEL.sub("_", name)):
        if chunk:
            parts.append(_fold(chunk.lower()))
    return tuple(p for p in parts if p)


def _fold(word: str) -> str:
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word.translate(_LETTERS)) if not unicodedata.combining(c))


def container_tokens(container: str) -> tuple[str, ...]:
    """Tokens of a table or file path, file extensions dropped."""
    return tuple(t for t in tokens(container) if t not in _EXTENSIONS)


def hint_tokens(hint: str) -> tuple[str, ...]:
    return tokens(hint)


# a glued ending that makes a person of the word: `clinician` is no `clinic`, `journalist` no `journal`
AGENT_ENDINGS = frozenset({"ian", "ians", "ist", "ists"})


def _glued(token: str, cut: int) -> bool:
    """`token[:cut]` is a hint glued to more letters (`phone` in `phonenumber`, 5+ letters and
    3+ more, not an agent's ending) or numbered (`addr1`)."""
    tail = token[cut:]
    return (cut >= 5 and len(tail) > 2 and tail not in AGENT_ENDINGS) or tail.isdigit()


def matches_hint(name_tokens: tuple[str, ...], hint: tuple[str, ...]) -> bool:
    """True when the hint's tokens appear consecutively in the name, or when a one-word
    hint of 5+ letters starts a glued name token (`phone` in `phonenumber`), or one of 3+
    letters a numbered token (`addr` in `addr1`)."""
    n = len(hint)
    if not n:
        return False
    for i in range(len(name_tokens) - n + 1):
        if name_tokens[i : i + n] == hint:
            return True
    if n == 1 and len(hint[0]) >= 3:
        h = hint[0]
        # ... or a numbered one (`addr1`, `tel2`, `email_3` is split already)
        return any(t != h and t.startswith(h) and _glued(t, len(h)) for t in name_tokens)
    return False


class Hints(tuple):
    """An ordered list of hints, indexed by word: `first_index` finds the earliest hint that
    `matches_hint` would accept with a few set lookups per name token, not one call per
    hint (a rule set holds ~8,000 hints, and a wide or key-rich source has many names)."""

    @cached_property
    def _index(self) -> tuple[dict[str, list[int]], dict[str, int]]:
        by_first: dict[str, list[int]] = {}
        prefixes: dict[str, int] = {}  # one-word hints of 3+ letters, for glued and numbered tokens
        for i, h in enumerate(self):
            if h:
                by_first.setdefault(h[0], []).append(i)
                if len(h) == 1 and len(h[0]) >= 3:
                    prefixes.setdefault(h[0], i)
        return by_first, prefixes

    def first_index(self, name_tokens: tuple[str, ...]) -> int | None:
        by_first, prefixes = self._index
        best = None
        for i, t in enumerate(name_tokens):
            for k in by_first.get(t, ()):
                if (best is None or k < best) and name_tokens[i:i + len(self[k])] == self[k]:
                    best = k
            for cut in range(3, len(t)):
                k = prefixes.get(t[:cut])
                if k is not None and (best is None or k < best) and _glued(t, cut):
                    best = k
        return best


def hint_list(words) -> Hints:
    return Hints(hint_tokens(str(w)) for w in words)


def any_hint(name_tokens: tuple[str, ...], hints: Hints) -> tuple[str, ...] | None:
    k = hints.first_index(name_tokens)
    return None if k is None else hints[k]


_NUMBERED = re.compile(r"(?:field|column|col|attr|attribute|var|val|value|data|c|f|x)_?\d+")


def numbered_header(toks: tuple[str, ...]) -> bool:
    """`field_9`, `column3`, `attr_18`: a header that numbers its column and says nothing else."""
    return bool(_NUMBERED.fullmatch("_".join(toks)))
