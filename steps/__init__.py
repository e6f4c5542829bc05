"""Parcours step definitions (one module per domain, every one loaded) and page objects (pages/)."""
