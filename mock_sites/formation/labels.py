"""Field labels read from the sites' own templates, so a learner's sheet names each field as the
page they type it in shows it."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

# The two ways a template labels a field: a plain <label for=…>, or the shared champs.html macro
# called with the field's id then its label.
PATTERNS = (r'<label for="{field}">([^<]+)</label>', r'champ\("{field}", "([^"]+)"')


@cache
def template_label(package: str, template: str, field: str) -> str:
    """The label of input `field` in `package`'s template `template` (LookupError: no such field)."""
    source = (files(package) / "templates" / template).read_text(encoding="utf-8")
    for pattern in PATTERNS:
        found = re.search(pattern.format(field=re.escape(field)), source)
        if found:
            return " ".join(found.group(1).split())
    raise LookupError(f"{package}/templates/{template} n'a pas de champ « {field} »")
