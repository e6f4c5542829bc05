"""The client registrations of one run: a secret per client, and the clients teams add to the hub."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from .models import RegisteredClient


@dataclass
class ClientRegistry:
    """Shared by every site of a run; secrets are drawn at first use and never leave the process."""

    extra: tuple[RegisteredClient, ...] = ()  # services teams point at the hub (`serve --client`)
    secrets: dict[str, str] = field(default_factory=dict)

    def secret(self, client_id: str) -> str:
        """The client secret of `client_id` for this run."""
        return self.secrets.setdefault(client_id, secrets.token_urlsafe(32))
