"""Steps of the browserless fixture features (a counter, a flaky attempt), for the shard and rerun tests."""

import os
from pathlib import Path

from pytest_bdd import given, parsers, then, when

# Where the flaky step notes its first attempt (a file under the test's tmp_path).
FLAKY_MARKER = "PARCOURS_ESSAI_INSTABLE"


class Counter:
    """A number the steps change."""

    def __init__(self, value: int) -> None:
        self.value = value


@given(parsers.parse("un compteur à {value:d}"), target_fixture="counter")
def counter_at(value: int) -> Counter:
    """A new counter."""
    return Counter(value)


@when(parsers.parse("j'ajoute {amount:d} au compteur"))
def add(counter: Counter, amount: int) -> None:
    """Add to it."""
    counter.value += amount


@when(parsers.parse("je retire {amount:d} du compteur"))
def remove(counter: Counter, amount: int) -> None:
    """Take from it."""
    counter.value -= amount


@then(parsers.parse("le compteur vaut {expected:d}"))
def counter_is(counter: Counter, expected: int) -> None:
    """Check it."""
    assert counter.value == expected, f"le compteur vaut {counter.value}, pas {expected}"


@given("un essai qui échoue la première fois")
def fails_first_time() -> None:
    """Fail unless an earlier attempt left its marker file."""
    marker = Path(os.environ[FLAKY_MARKER])
    if not marker.exists():
        marker.write_text("premier essai\n", encoding="utf-8")
        raise AssertionError("premier essai : échec voulu, le suivant réussira")
