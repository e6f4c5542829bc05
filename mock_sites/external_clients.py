"""Services a team registers with the mock FranceConnect, to point its own application at `serve`.

From a TOML file (`--client-config clients.toml`, see exemple-clients.toml) or the command line
(`--client client_id=…,secret=…,redirect_uri=…`). Every mistake is one line: what is wrong, and
what to write instead.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .catalogue import services
from .common.oidc.keys import SUPPORTED_ALGORITHMS
from .common.oidc.models import RegisteredClient
from .federation.registrations import HUB_CLIENT_ID, service_client_id

MIN_SECRET_LENGTH = 32
CLIENT_ID = re.compile(r"[A-Za-z0-9._-]{3,64}")
KEYS = ("client_id", "secret", "name", "redirect_uris", "post_logout_redirect_uris", "alg")
NEW_SECRET = 'python -c "import secrets; print(secrets.token_urlsafe(32))"'


class ClientConfigError(ValueError):
    """A registration that cannot be used; the message is one line, ready to show."""


def reserved_ids() -> frozenset[str]:
    """The bundled services' registrations, and FranceConnect's own at the providers."""
    return frozenset({service_client_id(entry.name) for entry in services()} | {HUB_CLIENT_ID})


def client_from(entry: dict[str, Any], where: str) -> RegisteredClient:
    """A registration from its settings (`where` names it in error messages)."""

    def fail(problem: str, fix: str) -> ClientConfigError:
        return ClientConfigError(f"{where} : {problem} — {fix}")

    unknown = sorted(set(entry) - set(KEYS))
    if unknown:
        raise fail(f"clé inconnue {unknown[0]!r}", f"clés possibles : {', '.join(KEYS)}")
    client_id = _client_id(entry.get("client_id"), fail)
    secret = entry.get("secret")
    if not isinstance(secret, str) or len(secret) < MIN_SECRET_LENGTH:
        raise fail(
            f"secret manquant ou de moins de {MIN_SECRET_LENGTH} caractères",
            f"générez-en un avec {NEW_SECRET}",
        )
    redirect_uris = _uris(entry.get("redirect_uris"), "redirect_uris", fail)
    if not redirect_uris:
        raise fail("redirect_uris manquant", 'ajoutez redirect_uris = ["http://localhost:3000/callback"]')
    alg = entry.get("alg", "ES256")
    if alg not in SUPPORTED_ALGORITHMS:
        raise fail(f"alg {alg!r} non pris en charge", f"choisissez {' ou '.join(SUPPORTED_ALGORITHMS)}")
    name = entry.get("name", client_id)
    if not isinstance(name, str) or not name.strip():
        raise fail("name vide", "indiquez le nom que FranceConnect affiche : « Continuer sur <name> »")
    return RegisteredClient(
        client_id=client_id,
        client_secret=secret,
        name=name.strip(),
        redirect_uris=redirect_uris,
        post_logout_redirect_uris=_uris(
            entry.get("post_logout_redirect_uris", []), "post_logout_redirect_uris", fail
        ),
        signing_alg=alg,
    )


def _client_id(client_id: Any, fail: Any) -> str:
    """A well-formed client id that no bundled site uses."""
    if not isinstance(client_id, str) or not CLIENT_ID.fullmatch(client_id):
        raise fail(
            "client_id manquant ou invalide",
            "3 à 64 lettres, chiffres, « . », « _ » ou « - » (ex. mon-service)",
        )
    if client_id in reserved_ids():
        raise fail(
            f"client_id {client_id!r} déjà pris par un service fourni", "choisissez un autre client_id"
        )
    return client_id


def _uris(value: Any, key: str, fail: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(uri, str) for uri in value):
        raise fail(f"{key} doit être une liste d'adresses", f'écrivez {key} = ["http://localhost:3000/…"]')
    for uri in value:
        parts = urlsplit(uri)
        if parts.scheme not in ("http", "https") or not parts.netloc or parts.fragment:
            raise fail(
                f"adresse {uri!r} invalide dans {key}",
                "une adresse absolue http(s), sans #fragment (ex. http://localhost:3000/callback)",
            )
    return tuple(value)


def parse_client_option(text: str) -> RegisteredClient:
    """`client_id=…,secret=…,redirect_uri=…[,redirect_uri=…][,post_logout_redirect_uri=…]
    [,alg=RS256][,name=…]`, as typed after --client."""
    entry: dict[str, Any] = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        key, equals, value = item.partition("=")
        if not equals:
            raise ClientConfigError(
                f"--client : « {item} » n'est pas de la forme clé=valeur — "
                "ex. --client client_id=mon-service,secret=…,redirect_uri=http://localhost:3000/callback"
            )
        key = key.strip()
        if key in ("redirect_uri", "post_logout_redirect_uri"):
            entry.setdefault(f"{key}s", []).append(value.strip())
        elif key in ("redirect_uris", "post_logout_redirect_uris"):
            raise ClientConfigError(f"--client : écrivez {key[:-1]}=… (une fois par adresse)")
        else:
            entry[key] = value.strip()
    return client_from(entry, f"--client {entry.get('client_id', '')}".rstrip())


def load_client_config(path: Path) -> list[RegisteredClient]:
    """Every [[client]] of a TOML file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ClientConfigError(
            f"{path} : fichier introuvable — vérifiez le chemin de --client-config"
        ) from None
    except IsADirectoryError:
        raise ClientConfigError(
            f"{path} : c'est un dossier — indiquez le fichier .toml de --client-config"
        ) from None
    except UnicodeDecodeError as error:
        raise ClientConfigError(
            f"{path} : pas en UTF-8 (octet {error.start}) — enregistrez le fichier en UTF-8"
        ) from None
    except OSError as error:
        raise ClientConfigError(
            f"{path} : fichier illisible ({error.strerror}) — vérifiez --client-config"
        ) from None
    except tomllib.TOMLDecodeError as error:
        raise ClientConfigError(f"{path} : TOML invalide ({error}) — corrigez cette ligne") from None
    entries = data.get("client")
    if not isinstance(entries, list) or not entries:
        raise ClientConfigError(f"{path} : aucun [[client]] — voir mock_sites/exemple-clients.toml")
    return [client_from(entry, f"{path}, client n°{number}") for number, entry in enumerate(entries, start=1)]


def check_unique(clients: list[RegisteredClient]) -> list[RegisteredClient]:
    """The registrations, once each client_id is known to be unique."""
    seen: set[str] = set()
    for client in clients:
        if client.client_id in seen:
            raise ClientConfigError(
                f"client_id {client.client_id!r} enregistré deux fois — gardez une seule déclaration"
            )
        seen.add(client.client_id)
    return clients
