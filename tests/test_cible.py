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
        (
            'comptes = 3\n[sites]\n[usager]\nnom_complet_env = "N"',
            "la table [comptes] manque ou n'est pas une table",
        ),
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


# --- the run: pytest sessions with the plugin (pytester, in-process) -----------------------------

pytest_plugins = ["pytester"]
TESTS = """
import pytest

@pytest.mark.cible
def test_sur_la_cible(sites, comptes):
    assert sites.url("impots") == "http://impots.exemple.test"

@pytest.mark.cible
def test_cible_qui_demande_les_sites_fictifs(mock_sites):
    assert mock_sites

def test_sites_fictifs(mock_sites):
    assert mock_sites
"""


def run_with_cible(pytester: pytest.Pytester, text: str, *args: str) -> pytest.RunResult:
    """A small session with --cible=<text>, without pytest-playwright (it keeps global state)."""
    pytester.makeconftest('pytest_plugins = ["parcours.plugin"]\n')
    pytester.makeini("[pytest]\nparcours = true\n")
    pytester.makepyfile(test_essai=TESTS)
    write(pytester.path, text)
    return pytester.runpytest(
        "-p",
        "no:playwright",
        f"--reports-dir={pytester.path / 'rapports'}",
        "--cible=cible.toml",
        "-rs",
        *args,
    )


def test_against_a_cible_only_cible_tests_run_and_never_the_bundled_sites(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CIBLE_NOM", "Camille Martin")
    result = run_with_cible(
        pytester, '[sites]\nimpots = "http://impots.exemple.test/"\n[usager]\nnom_complet_env = "CIBLE_NOM"'
    )
    result.assert_outcomes(passed=1, errors=1, skipped=1)
    result.stdout.fnmatch_lines(
        [
            "*parcours: cible cible.toml (1 sites ; sites fictifs non démarrés)*",
            "*ce test a besoin des sites fictifs, qui ne démarrent pas avec --cible*",
            "SKIPPED *non exécuté contre la cible (--cible) : ce scénario a besoin des données de test*",
        ]
    )


def test_a_cible_file_with_a_mistake_stops_the_run_at_start(pytester: pytest.Pytester) -> None:
    result = run_with_cible(pytester, '[sites]\n[usager]\nnom_complet_env = "CIBLE_ABSENTE"')
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        ["ERROR: --cible : la variable d'environnement CIBLE_ABSENTE (*) n'est pas définie*"]
    )
