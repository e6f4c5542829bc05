"""Signing keys of a provider, generated at start: never stored, never shared between runs."""

from __future__ import annotations

from typing import Any

from joserfc.jwk import ECKey, KeySet, RSAKey

SUPPORTED_ALGORITHMS = ("ES256", "RS256")


class SigningKeys:
    """One ES256 and one RS256 key, each with a key id, published as a JWKS."""

    def __init__(self) -> None:
        self.by_alg: dict[str, ECKey | RSAKey] = {
            "ES256": ECKey.generate_key("P-256", {"use": "sig", "alg": "ES256"}, auto_kid=True),
            "RS256": RSAKey.generate_key(2048, {"use": "sig", "alg": "RS256"}, auto_kid=True),
        }

    def private(self, alg: str) -> ECKey | RSAKey:
        """The private key that signs with this algorithm."""
        return self.by_alg[alg]

    def kid(self, alg: str) -> str:
        """Key id of the key for this algorithm."""
        kid = self.by_alg[alg].kid
        assert kid is not None
        return kid

    def private_set(self) -> KeySet:
        """Every private key, for Authlib's id_token signing."""
        return KeySet(list(self.by_alg.values()))

    def public_jwks(self) -> dict[str, Any]:
        """The JWKS document: public halves only."""
        return {"keys": [key.as_dict(private=False) for key in self.by_alg.values()]}
