"""relecture.json, in the shape other tools read."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from .match import Verdict


def as_json(tutorial: str, verdicts: list[Verdict]) -> dict:
    """The document of `relecture.json`."""
    return {
        "tutoriel": tutorial,
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
        "affirmations": [
            {
                "ligne": v.claim.ligne,
                "page": v.claim.page,
                "texte": v.claim.texte,
                "genre": v.claim.genre,
                "verdict": v.verdict,
                "attendu": v.claim.attendu,
                "constate": v.constate if v.constate is not None else (v.raison or None),
                "site": v.site,
                "capture": v.capture,
                "ecart_connu": v.ecart_connu,
            }
            for v in verdicts
        ],
    }


def write_json(directory: Path, tutorial: str, verdicts: list[Verdict]) -> Path:
    """Write relecture.json into `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "relecture.json"
    path.write_text(json.dumps(as_json(tutorial, verdicts), ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def failing(verdicts: list[Verdict]) -> bool:
    """Whether a claim is contradicted or not found, outside the deliberate gaps."""
    return any(v.verdict in ("different", "introuvable") and not v.ecart_connu for v in verdicts)
