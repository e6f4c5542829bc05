"""FranceConnect-style errors: a code the person can quote and a sentence they can understand."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HubError:
    """One error FranceConnect shows on its error page."""

    code: str
    message: str


UNKNOWN_CLIENT = HubError("Y030106", "Le service qui vous a envoyé ici n'est pas connu de FranceConnect.")
BAD_REDIRECT_URI = HubError("Y030118", "L'adresse de retour demandée n'est pas enregistrée pour ce service.")
BAD_STATE = HubError("Y030107", "Le paramètre « state » est absent ou trop court (32 caractères au moins).")
BAD_NONCE = HubError("Y030108", "Le paramètre « nonce » est absent ou trop court (32 caractères au moins).")


# acr_values is required, as FranceConnect v2 requires it ("acr_values=eidas1", see Gravitee AM's
# FranceConnect guide, documentation.gravitee.io … legal-identity-providers/franceconnect); a missing
# or unsupported level gets the same code, each with its own sentence.
def bad_acr(allowed: tuple[str, ...]) -> HubError:
    """A level this hub does not offer (eidas1 at FranceConnect+: « niveau non supporté »)."""
    levels = " ou ".join(allowed)
    return HubError(
        "Y030109", f"Le niveau de garantie demandé (acr_values) n'est pas autorisé : {levels} seulement."
    )


def low_acr(account: str, required: str, hint: str) -> HubError:
    """An account below the level the service asked for (FranceConnect+ refuses it).

    Y000001 is FranceConnect's core code LOW_ACR (france-connect sources, core ErrorCode enum)."""
    why = hint or (
        f"Votre compte {account} ne permet pas d'atteindre le niveau de garantie demandé par ce service"
        f" ({required}). Connectez-vous avec un compte France Identité certifié."
    )
    return HubError("Y000001", why)


BAD_ACR = bad_acr(("eidas1",))
MISSING_ACR = HubError(
    "Y030109",
    "Le service n'a pas indiqué le niveau de garantie demandé (acr_values) : la connexion est refusée.",
)
INVALID_REQUEST = HubError("Y030110", "La demande de connexion du service est invalide.")
NONCE_REPLAYED = HubError(
    "Y030112", "Cette demande de connexion a déjà servi (nonce rejoué) : recommencez depuis le service."
)
NO_PENDING_LOGIN = HubError("Y030111", "Aucune connexion en cours : recommencez depuis le service.")
IDP_REFUSED = HubError("Y020001", "Le fournisseur d'identité a rencontré une erreur. Réessayez plus tard.")
IDP_UNREACHABLE = HubError("Y020002", "Le fournisseur d'identité ne répond pas. Réessayez plus tard.")
IDP_INCOMPLETE_IDENTITY = HubError(
    "Y020003", "L'identité transmise par le fournisseur d'identité est incomplète."
)
IDP_BAD_STATE = HubError("Y020004", "La réponse du fournisseur d'identité ne correspond à aucune demande.")
IDP_BAD_TOKEN = HubError("Y020005", "Le jeton du fournisseur d'identité a été refusé.")
