"""Signing keys of a provider, generated at start: never stored, never shared between runs."""

from __future__ import annotations

import threading
from typing import Any

from joserfc.jwk import ECKey, KeySet, RSAKey

SUPPORTED_ALGORITHMS = ("ES256", "RS256")


class SigningKeys:
    """One ES256 and one RS256 key, each with a key id, published as a JWKS.

    The RSA key takes about 70 ms of CPU to generate, six providers 0.4 s: it is generated in a
    thread of its own (OpenSSL releases the GIL meanwhile), so start_sites goes on building the
    other sites and the browser starts, and is waited for only when the key is first needed.
    """

    def __init__(self, algorithms: tuple[str, ...] = SUPPORTED_ALGORITHMS) -> None:
        self._by_alg: dict[str, ECKey | RSAKey] = {
            "ES256": ECKey.generate_key("P-256", {"use": "sig", "alg": "ES256"}, auto_kid=True),
        }
        # FranceConnect+ signs with ES256 only: no RSA key at all, so none is published.
        self._rsa = threading.Thread(
            target=self._generate_rsa if "RS256" in algorithms else None, name="signing-key", daemon=True
        )
        self._rsa.start()

    def _generate_rsa(self) -> None:
        self._by_alg["RS256"] = RSAKey.generate_key(2048, {"use": "sig", "alg": "RS256"}, auto_kid=True)

    @property
    def by_alg(self) -> dict[str, ECKey | RSAKey]:
        """Every key by algorithm, once all are generated."""
        self._rsa.join()
        return self._by_alg

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
