"""The sites' rules as a dated state shows them: the hooks' values replace the sites' defaults."""

from __future__ import annotations

from .catalogue import entries
from .franceconnect.rules import account_rules
from .impots.declaration.calendrier import CALENDARS
from .impots.rules import calendar_rules
from .profiles import FC_ACCOUNTS, IMPOTS_CALENDAR, State
from .rules import Rule


def _replacements(state: State) -> tuple[Rule, ...]:
    """The rules the settings of `state` set: FranceConnect's accounts, the income-tax calendar."""
    found: list[Rule] = []
    accounts = state.setting(FC_ACCOUNTS)
    if accounts is not None and isinstance(accounts.value, tuple):
        titles = {entry.name: entry.account_label for entry in entries()}
        found.extend(account_rules(tuple(titles[s] for s in accounts.value)))
    calendar = state.setting(IMPOTS_CALENDAR)
    if calendar is not None and isinstance(calendar.value, int):
        found.extend(calendar_rules(CALENDARS[calendar.value]))
    return tuple(found)


def rules_in_state(rules: tuple[Rule, ...], state: State) -> tuple[Rule, ...]:
    """`rules` with those a setting of `state` changes replaced (same site and key)."""
    replaced = {(r.site, r.key): r for r in _replacements(state)}
    return tuple(replaced.get((rule.site, rule.key), rule) for rule in rules)
