"""How steps name the sites: the words of the tutorial, resolved by the catalogue of mock sites."""

from __future__ import annotations

from parcours_mock_sites.catalogue import service_role, site


def site_named(phrase: str) -> str:
    """The run name of the site a step's phrase refers to; an unknown phrase lists the known ones."""
    return site(phrase).name


def service_display_name(phrase: str) -> str:
    """What FranceConnect calls the service a phrase refers to: "Continuer sur <…>"."""
    return service_role(phrase).display_name
