"""The sites' rules as a dated state shows them: the hooks' values replace the sites' defaults."""

from __future__ import annotations

from .catalogue import entries
from .franceconnect.rules import account_rules
from .profiles import FC_ACCOUNTS, State
from .rules import Rule


def rules_in_state(rules: tuple[Rule, ...], state: State) -> tuple[Rule, ...]:
    """`rules` with those a setting of `state` changes (FranceConnect's accounts) replaced."""
    setting = state.setting(FC_ACCOUNTS)
    if setting is None or not isinstance(setting.value, tuple):
        return rules
    titles = {entry.name: entry.account_label for entry in entries()}
    replaced = {(r.site, r.key): r for r in account_rules(tuple(titles[s] for s in setting.value))}
    return tuple(replaced.get((rule.site, rule.key), rule) for rule in rules)
