"""URL rules whose builders are compiled when first used: a run starts its sites faster."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from werkzeug.routing import Rule


class LazyBuilderRule(Rule):
    """A Werkzeug rule that compiles its URL builders (the Python code `url_for` runs, which Werkzeug
    generates and compiles for each rule, twice) the first time a URL is built from it.

    Every site compiles all its rules when it starts; half the start-up of the fifteen sites went
    there, for builders a run mostly never calls. Matching a request is unchanged.
    """

    def _compile_builder(self, append_unknown: bool = True) -> Callable[..., tuple[str, str]]:
        def build_then_replace(rule: Rule, *args: Any, **kwargs: Any) -> tuple[str, str]:
            compiled = Rule._compile_builder(rule, append_unknown).__get__(rule, None)
            setattr(rule, "_build_unknown" if append_unknown else "_build", compiled)
            return compiled(*args, **kwargs)

        return build_then_replace
