"""The client registrations of one run: a secret per client, and the clients teams add to the hub."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from joserfc.jwk import ECKey

from .models import RegisteredClient
from .sealing import new_encryption_key


@dataclass
class ClientRegistry:
    """Shared by every site of a run; secrets are drawn at first use and never leave the process."""

    extra: tuple[RegisteredClient, ...] = ()  # services teams point at the hub (`serve --client`)
    secrets: dict[str, str] = field(default_factory=dict)
    encryption_keys: dict[str, ECKey] = field(default_factory=dict)

    def secret(self, client_id: str) -> str:
        """The client secret of `client_id` for this run."""
        return self.secrets.setdefault(client_id, secrets.token_urlsafe(32))

    def encryption_key(self, client_id: str) -> ECKey:
        """The encryption key pair of `client_id` for this run: the service keeps it, the hub is given
        its public half only (as a service registers its public key at FranceConnect+)."""
        if client_id not in self.encryption_keys:
            self.encryption_keys.setdefault(client_id, new_encryption_key())
        return self.encryption_keys[client_id]

    def encryption_jwk(self, client_id: str) -> tuple[tuple[str, str], ...]:
        """The public half of `client_id`'s encryption key, as a RegisteredClient holds it."""
        public = self.encryption_key(client_id).as_dict(private=False)
        return tuple(sorted((name, str(value)) for name, value in public.items()))
