"""How steps name the sites: the words of the tutorial → the site's name in the run."""

from __future__ import annotations

SITE_BY_PHRASE: dict[str, str] = {
    "mesdroitssociaux": "mesdroitssociaux",
    "Mes droits sociaux": "mesdroitssociaux",
    "FranceConnect": "franceconnect",
    "Ameli": "ameli",
    "impots.gouv": "impots",
    "ANTS": "ants",
    "Identité Numérique La Poste": "laposte",
    "Yris": "yris",
    "msa.fr": "msa",
    "la messagerie": "messagerie",
    "le téléphone": "telephone",
    "France Identité": "france_identite",
    "le portail des agents de mairie": "mairie",
}

SERVICE_DISPLAY_NAME: dict[str, str] = {
    "mesdroitssociaux": "mesdroitssociaux.gouv.fr",
    "impots": "votre espace particulier d'impots.gouv.fr",
    "ants": "ants.gouv.fr",
}


def site_named(phrase: str) -> str:
    """The site a step's phrase refers to; an unknown phrase says which ones exist."""
    try:
        return SITE_BY_PHRASE[phrase]
    except KeyError:
        known = ", ".join(sorted(SITE_BY_PHRASE))
        raise LookupError(f"site inconnu dans l'étape : {phrase!r} (connus : {known})") from None
