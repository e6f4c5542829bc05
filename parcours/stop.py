"""Ending a run with one sentence instead of a traceback, from the controller or a worker."""

from __future__ import annotations

from typing import NoReturn

import pytest


def stop_run(config: pytest.Config, message: str, returncode: int) -> NoReturn:
    """End the run with `message` alone; an xdist worker cannot end it, so its tests fail with it."""
    try:
        if hasattr(config, "workerinput"):
            pytest.fail(message, pytrace=False)  # pytest.exit in a worker crashes xdist (INTERNALERROR)
        pytest.exit(message, returncode=returncode)
    except (pytest.fail.Exception, pytest.exit.Exception) as outcome:
        raise outcome from None  # called from an `except`: the original error would be printed too
