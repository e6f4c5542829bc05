"""`--cible=cible.toml`: the FranceConnect journeys against another deployment than the bundled sites.

The file gives the base URL of each site (by catalogue name), and the NAMES of the environment
variables holding the usager's name and accounts: no identifier nor secret is ever written in it.
`tests/cible-exemple.toml` is a commented example.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parcours_mock_sites.catalogue import entries, identity_providers
from parcours_mock_sites.testing import Account, TargetUsager, account_of

ENV_NAME = re.compile(r"[A-Z_][A-Z0-9_]*")
ACCOUNT_KEYS = {
    "identifiant_env": "l'identifiant",
    "secret_env": "le secret",
    "code_env": "le code de confirmation",
}
TABLES = ("sites", "usager", "comptes")
EXAMPLE = "voyez l'exemple commenté tests/cible-exemple.toml"


class CibleError(ValueError):
    """The cible file cannot be used: the message says what is wrong and what to do."""


@dataclass(frozen=True)
class Cible:
    """An outside environment: where its sites are, and the usager whose accounts the journeys use."""

    path: Path
    sites: Mapping[str, str]  # catalogue name → base URL, without a trailing slash
    usager: TargetUsager

    def url(self, name: str, path: str = "") -> str:
        """Public URL of a site of the cible."""
        if name not in self.sites:
            raise LookupError(
                f"la cible {self.path} ne donne pas l'adresse du site {name} : ajoutez-la sous [sites]"
            )
        return self.sites[name] + path

    def usager_with_accounts(self, providers: Sequence[str]) -> TargetUsager:
        """The cible's usager; every account a journey names must be in the file."""
        for provider in providers:
            account_of(self.usager, provider)  # a missing one says which [comptes.…] to add
        return self.usager

    def secrets(self) -> list[str]:
        """What the reports must mask: every identifier, secret and code read from the environment."""
        accounts = self.usager.accounts.values()
        return [
            value
            for account in accounts
            for value in (account.identifier, account.secret, account.confirmation_code)
            if value
        ]


def load_cible(path: Path, environ: Mapping[str, str]) -> Cible:
    """The cible described by the TOML file `path`, its accounts read from `environ`."""
    data = _read(path)
    unknown = sorted(set(data) - set(TABLES))
    if unknown:
        raise CibleError(
            f"{path} : table inconnue [{unknown[0]}] ; les tables sont {', '.join(TABLES)} ({EXAMPLE})"
        )
    sites = _sites(path, _table(path, data, "sites"))
    usager = _table(path, data, "usager")
    name = _variable(
        path, environ, "usager.nom_complet_env", usager.get("nom_complet_env"), "le nom complet de l'usager"
    )
    comptes = _table(path, data, "comptes") if "comptes" in data else {}
    accounts = {
        provider: _account(path, environ, provider, _table(path, comptes, provider, "comptes."))
        for provider in comptes
    }
    return Cible(path, sites, TargetUsager(name, accounts))


def _read(path: Path) -> dict[str, Any]:
    """The parsed file; a missing or malformed file says where."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise CibleError(
            f"{path} : fichier illisible ({error.strerror}) ; indiquez le chemin d'un fichier cible.toml"
        ) from None
    except UnicodeDecodeError as error:
        raise CibleError(
            f"{path} : pas en UTF-8 (octet {error.start}) ; enregistrez le fichier en UTF-8"
        ) from None
    except tomllib.TOMLDecodeError as error:
        raise CibleError(f"{path} : TOML mal formé ({error}) ; corrigez-le, {EXAMPLE}") from None


def _table(path: Path, data: Mapping[str, Any], key: str, prefix: str = "") -> Mapping[str, Any]:
    """The table `key` of `data`, which must be one."""
    value = data.get(key)
    if not isinstance(value, dict):
        raise CibleError(f"{path} : la table [{prefix}{key}] manque ou n'est pas une table ({EXAMPLE})")
    return value


def _sites(path: Path, table: Mapping[str, Any]) -> dict[str, str]:
    """Site name → base URL; names come from the catalogue, URLs are http(s)."""
    known = [entry.name for entry in entries()]
    for name, url in table.items():
        if name not in known:
            raise CibleError(
                f"{path} : site inconnu « {name} » sous [sites] ; les sites sont {', '.join(known)}"
            )
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise CibleError(f"{path} : [sites] {name} = {url!r} n'est pas une adresse http:// ou https://")
    return {name: url.rstrip("/") for name, url in table.items()}


def _account(path: Path, environ: Mapping[str, str], provider: str, table: Mapping[str, Any]) -> Account:
    """One provider's account, each value read from the environment variable the file names."""
    providers = [entry.name for entry in identity_providers()]
    if provider not in providers:
        raise CibleError(
            f"{path} : [comptes.{provider}] : fournisseur inconnu ; "
            f"les fournisseurs sont {', '.join(providers)}"
        )
    extra = sorted(set(table) - set(ACCOUNT_KEYS))
    if extra:
        raise CibleError(
            f"{path} : [comptes.{provider}] {extra[0]} : clé inconnue ; "
            f"les clés sont {', '.join(ACCOUNT_KEYS)}"
        )
    values = {
        key: _variable(path, environ, f"comptes.{provider}.{key}", table.get(key), what)
        for key, what in ACCOUNT_KEYS.items()
        if key != "code_env" or key in table
    }
    return Account(provider, values["identifiant_env"], values["secret_env"], values.get("code_env"))


def _variable(path: Path, environ: Mapping[str, str], key: str, name: object, what: str) -> str:
    """The value of the environment variable `name` that `key` names."""
    if name is None:
        raise CibleError(
            f"{path} : {key} manque : donnez le NOM de la variable d'environnement qui contient {what}"
        )
    if not isinstance(name, str) or not ENV_NAME.fullmatch(name):
        raise CibleError(
            f"{path} : {key} n'est pas un nom de variable d'environnement (MAJUSCULES_ET_CHIFFRES) ; "
            "n'écrivez aucun identifiant ni secret dans ce fichier, "
            "seulement le nom de la variable qui le contient"
        )
    if not environ.get(name):
        raise CibleError(
            f"la variable d'environnement {name} ({key} dans {path}) n'est pas définie : "
            f"exportez-la avec {what}"
        )
    return environ[name]
