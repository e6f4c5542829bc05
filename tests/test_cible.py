"""Reading a cible file: its sites, its accounts from environment variables, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from mock_sites.testing import TargetUsager, account_of
from parcours.cible import CibleError, load_cible

EXAMPLE = Path(__file__).parent / "cible-exemple.toml"
ENV = {
    "CIBLE_NOM_COMPLET": "Camille Martin",
    **{
        f"CIBLE_{site}_{key}": f"{site}-{key}".lower()
        for site in ("AMELI", "IMPOTS", "LAPOSTE", "YRIS", "MSA")
        for key in ("IDENTIFIANT", "SECRET")
    },
    "CIBLE_LAPOSTE_CODE": "1234",
}


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "cible.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_commented_example_reads_every_account_from_the_environment() -> None:
    cible = load_cible(EXAMPLE, ENV)
    assert cible.url("mesdroitssociaux", "/mon-espace") == "http://mesdroitssociaux.localhost:8001/mon-espace"
    usager = cible.usager_with_accounts(["Ameli", "Identité Numérique La Poste"])
    assert isinstance(usager, TargetUsager) and usager.full_name == "Camille Martin"
    laposte = account_of(usager, "Identité Numérique La Poste")
    assert (laposte.identifier, laposte.secret, laposte.confirmation_code) == (
        "laposte-identifiant",
        "laposte-secret",
        "1234",
    )
    assert account_of(usager, "msa.fr").confirmation_code is None
    assert "ameli-secret" in cible.secrets() and "1234" in cible.secrets()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "[sites\nimpots = 1",
            "TOML mal formé (Expected ']' at the end of a table declaration (at line 1, column 7))",
        ),
        (
            '[sites]\nimpot = "http://x"\n[usager]\nnom_complet_env = "N"',
            "site inconnu « impot » sous [sites] ; les sites sont franceconnect, ",
        ),
        (
            '[sites]\nimpots = "ftp://x"\n[usager]\nnom_complet_env = "N"',
            "[sites] impots = 'ftp://x' n'est pas une adresse http:// ou https://",
        ),
        ('[site]\nimpots = "http://x"', "table inconnue [site] ; les tables sont sites, usager, comptes"),
        ('[sites]\nimpots = "http://x"', "la table [usager] manque"),
        (
            '[sites]\n[usager]\nnom_complet_env = "Camille Martin"',
            "usager.nom_complet_env n'est pas un nom de variable d'environnement",
        ),
        (
            '[sites]\n[usager]\nnom_complet_env = "N"\n[comptes.franceconnect]',
            "[comptes.franceconnect] : fournisseur inconnu ; les fournisseurs sont impots, ameli",
        ),
        (
            '[sites]\n[usager]\nnom_complet_env = "N"\n[comptes.ameli]\nsecret = "S"',
            "[comptes.ameli] secret : clé inconnue ; les clés sont identifiant_env, secret_env, code_env",
        ),
        (
            '[sites]\n[usager]\nnom_complet_env = "N"\n[comptes.ameli]\nsecret_env = "S"',
            "comptes.ameli.identifiant_env manque : donnez le NOM de la variable",
        ),
    ],
)
def test_a_mistake_in_the_file_says_what_is_wrong_and_what_to_do(
    tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(CibleError, match=None) as raised:
        load_cible(write(tmp_path, text), {"N": "Camille Martin", "S": "secret"})
    assert message in str(raised.value)


def test_a_missing_environment_variable_is_named(tmp_path: Path) -> None:
    env = {key: value for key, value in ENV.items() if key != "CIBLE_AMELI_SECRET"}
    with pytest.raises(CibleError) as raised:
        load_cible(EXAMPLE, env)
    assert str(raised.value) == (
        f"la variable d'environnement CIBLE_AMELI_SECRET (comptes.ameli.secret_env dans {EXAMPLE}) "
        "n'est pas définie : exportez-la avec le secret"
    )


def test_a_secret_written_in_the_file_is_refused_without_being_repeated(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[sites]\n[usager]\nnom_complet_env = "N"\n'
        '[comptes.ameli]\nidentifiant_env = "N"\nsecret_env = "mon-code-1234"',
    )
    with pytest.raises(CibleError) as raised:
        load_cible(path, {"N": "x"})
    assert "n'écrivez aucun identifiant ni secret dans ce fichier" in str(raised.value)
    assert "mon-code-1234" not in str(raised.value)


def test_a_journey_naming_an_account_the_cible_lacks_says_which_table_to_add(tmp_path: Path) -> None:
    cible = load_cible(write(tmp_path, '[sites]\n[usager]\nnom_complet_env = "N"'), {"N": "Camille Martin"})
    with pytest.raises(LookupError, match=r"aucun compte Yris : ajoutez \[comptes.yris\]"):
        cible.usager_with_accounts(["Yris"])
    with pytest.raises(
        LookupError, match="ne donne pas l'adresse du site ants : ajoutez-la sous \\[sites\\]"
    ):
        cible.url("ants")


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CibleError, match="fichier illisible"):
        load_cible(tmp_path / "absent.toml", {})
