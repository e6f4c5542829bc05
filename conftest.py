"""Loads the Parcours plugin after pytest-playwright, so its fixtures extend Playwright's."""

pytest_plugins = ["steps.plugin"]
