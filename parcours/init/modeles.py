"""The files `parcours init` writes, as text: a journey, its test module, the ini, the registration."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Projet:
    """What the team told init about its service."""

    service: str  # base URL, e.g. http://127.0.0.1:3000
    client_id: str
    nom: str  # the name FranceConnect shows: « Continuer sur <nom> »
    secret: str
    port: int  # the mock FranceConnect's port

    @property
    def callback(self) -> str:
        """The redirect URI of the service (its OpenID Connect callback)."""
        return f"{self.service.rstrip('/')}/oidc/callback"

    @property
    def emetteur(self) -> str:
        """The mock FranceConnect's issuer (the `iss` of its tokens; browsers resolve *.localhost)."""
        return f"http://franceconnect.localhost:{self.port}/api/v2"

    @property
    def emetteur_serveur(self) -> str:
        """The same issuer as the service's server reaches it (its discovery, token, keys)."""
        return f"http://127.0.0.1:{self.port}/api/v2"


def parcours_feature(projet: Projet) -> str:
    """One journey against the team's service, written only with Parcours' steps."""
    return f"""# language: fr
Fonctionnalité: Se connecter à {projet.nom} avec FranceConnect

  Scénario: Un usager se connecte avec son compte Ameli
    Étant donné un usager qui a un compte Ameli
    Et j'ouvre mon service
    Quand je clique sur le bouton "S'identifier avec FranceConnect"
    Et je choisis le compte "Ameli"
    Et je saisis les identifiants de mon compte Ameli
    Et je clique sur le bouton "Continuer sur {projet.nom}"
    Alors mon service me souhaite la bienvenue par mon nom
"""


TEST_MODULE = '''"""Every feature file of this folder, bound to Parcours' steps."""

from pytest_bdd import scenarios

scenarios(".")
'''


def ini_lines(projet: Projet) -> str:
    """The pytest settings that opt the project in and point Parcours at the service."""
    return f"""[pytest]
parcours = true
bdd_features_base_dir = features/
parcours_service = {projet.service}
parcours_clients = parcours-clients.toml
parcours_premier_port = {projet.port}
"""


def clients_toml(projet: Projet) -> str:
    """The service's registration with the mock FranceConnect."""
    return f"""# Votre service, enregistré auprès du FranceConnect fictif de Parcours.
[[client]]
client_id = "{projet.client_id}"
secret = "{projet.secret}"
name = "{projet.nom}"
redirect_uris = ["{projet.callback}"]
post_logout_redirect_uris = ["{projet.service.rstrip("/")}/"]
"""


def instructions(projet: Projet, ini_written: bool) -> str:
    """What to do next, in French."""
    ini = (
        "pytest.ini écrit"
        if ini_written
        else "ajoutez ces lignes à votre configuration de pytest :\n" + ini_lines(projet)
    )
    written = "features/connexion_franceconnect.feature, features/test_parcours.py, parcours-clients.toml"
    return f"""Parcours est prêt : {written} ; {ini}
Configurez le client OpenID Connect de votre service ainsi :
  émetteur (issuer)       {projet.emetteur}
  depuis votre serveur    {projet.emetteur_serveur}/.well-known/openid-configuration
                          (jeton, userinfo, clés : appelez-les sur cet hôte)
  client_id               {projet.client_id}
  secret                  dans parcours-clients.toml (client_secret_post ou client_secret_basic)
  redirect_uri            {projet.callback}
  adresse du service      {projet.service}
  scope                   openid given_name family_name birthdate email
  acr_values              eidas1 ; state et nonce de 32 caractères au moins
Démarrez votre service, puis lancez : pytest features"""
