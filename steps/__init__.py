"""Parcours step definitions, page objects, pytest plugin and reports."""
