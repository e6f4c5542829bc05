"""Encrypted tokens (JWE wrapping a JWS), as FranceConnect+ sends its ID token and userinfo.

FranceConnect+ signs with ES256, then encrypts with the service's public key: RSA-OAEP or ECDH-ES,
content A256GCM (france-connect/Documentation-FranceConnect-Plus, fs/technique/technique-oidc-fc.md,
« Algorithme de signature et de chiffrement »). The service decrypts with its private key, then
verifies the signature with FranceConnect+'s JWKS.
"""

from __future__ import annotations

from typing import Any

from joserfc import jwe
from joserfc.errors import JoseError
from joserfc.jwk import ECKey, RSAKey

CONTENT_ENCRYPTION = "A256GCM"
KEY_ALGORITHMS = {"EC": "ECDH-ES", "RSA": "RSA-OAEP"}


class SealError(ValueError):
    """A token that is not a JWE for this key."""


def new_encryption_key() -> ECKey:
    """A service's encryption key pair (P-256, ECDH-ES); its public half is registered at the hub."""
    return ECKey.generate_key("P-256", {"use": "enc", "alg": KEY_ALGORITHMS["EC"]}, auto_kid=True)


def seal(signed: str, public_jwk: dict[str, Any]) -> str:
    """Encrypt a signed JWT for the holder of `public_jwk` (a compact JWE whose content is a JWT)."""
    key = ECKey.import_key(public_jwk) if public_jwk["kty"] == "EC" else RSAKey.import_key(public_jwk)
    alg = KEY_ALGORITHMS[public_jwk["kty"]]
    header = {"alg": alg, "enc": CONTENT_ENCRYPTION, "cty": "JWT", "kid": key.kid}
    return jwe.encrypt_compact(header, signed, key, algorithms=[alg, CONTENT_ENCRYPTION])


def unseal(token: str, private_key: ECKey | RSAKey) -> str:
    """The signed JWT inside a JWE; raises SealError for anything else (a bare JWS included)."""
    if token.count(".") != 4:
        raise SealError("le jeton n'est pas chiffré (JWE attendu)")
    alg = KEY_ALGORITHMS[private_key.key_type]
    try:
        decrypted = jwe.decrypt_compact(token, private_key, algorithms=[alg, CONTENT_ENCRYPTION])
    except (JoseError, ValueError) as error:
        raise SealError(f"déchiffrement impossible : {error}") from error
    if decrypted.plaintext is None:
        raise SealError("JWE sans contenu")
    return decrypted.plaintext.decode()
