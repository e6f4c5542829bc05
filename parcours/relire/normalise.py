"""French text as people write it, made comparable: typography, spaces, case, accents, cut words."""

from __future__ import annotations

import re
import unicodedata

_TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " ", "\u202f": " ", "–": "-"})
_BULLET = re.compile(r"^\s*(?:[•◦▪●\-*–]|\d+[.)]|[a-z][.)])\s+")
# A word or an address cut at the line's end: "ne-" then "pas-repondre@…".
_CUT = re.compile(r"(\w-)\s*\n\s*(?=\w)")


def typography(text: str) -> str:
    """Straight apostrophes and quotes, ordinary spaces, one space between words."""
    return re.sub(r"[ \t]+", " ", text.translate(_TYPOGRAPHY)).strip()


def strip_bullet(text: str) -> str:
    """A list item's text without its bullet or number."""
    return _BULLET.sub("", text, count=1)


def join_cut_words(text: str) -> str:
    """Join words and addresses a line break cut after a hyphen."""
    return _CUT.sub(r"\1", text)


def key(text: str) -> str:
    """The form two texts are compared in: no case, no accents, no punctuation around words."""
    plain = unicodedata.normalize("NFKD", typography(text).lower())
    plain = "".join(char for char in plain if not unicodedata.combining(char))
    plain = re.sub(r"[«»\"()\[\].,;:!?]", " ", plain)
    return re.sub(r"\s+", " ", plain).strip()
