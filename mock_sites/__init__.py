"""Bundled mock sites: FranceConnect, its identity providers, the services using it, mail and phone."""
