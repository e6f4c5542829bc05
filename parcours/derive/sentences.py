"""The tutorial's sentence a fact digests: the line of the source text closest to its summary."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from parcours.facts import Fact

WORD = re.compile(r"[a-z0-9]{3,}|\d+")
NUMBERS = {"cinq": "5", "six": "6", "sept": "7", "huit": "8"}


def words(text: str) -> set[str]:
    """The words of `text`, without accents nor case; number words as digits."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c)).replace(
        "france connect", "franceconnect"
    )
    return {NUMBERS.get(w, w) for w in WORD.findall(plain)}


def sentence_of(fact: Fact, tutorials_dir: Path) -> str:
    """The tutorial line sharing most words with the fact's summary (empty when the text is absent)."""
    path = tutorials_dir / fact.source_file
    if not path.is_file():
        return ""
    wanted = words(fact.summary)
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    # A sentence may run over two lines (« … avec France Connect : » then its list).
    spans = [*lines, *(f"{a} {b}" for a, b in zip(lines, lines[1:], strict=False))]
    scored = [(len(wanted & words(span)), -len(span), span) for span in spans]
    best = max(scored, default=(0, 0, ""))
    return best[2] if best[0] >= 3 else ""
