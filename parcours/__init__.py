"""Parcours, the harness: its pytest plugin, browser choice, tutorial facts, snippets and reports."""
