"""Parcours, the harness: its pytest plugin, browser choice, tutorial facts, snippets and reports."""

from .layout import install_checkout_aliases

install_checkout_aliases()
