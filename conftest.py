"""Marks the project's root: pytest puts it on sys.path, so features/ and steps/ are found from here.

The Parcours plugin itself is loaded by its `pytest11` entry point (pyproject.toml).
"""
