"""The catalogue of sites: one lookup for every word of the Gherkin, every site package declared once,
and a new site started from one package plus one line."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator

import pytest

import mock_sites
from mock_sites import catalogue
from mock_sites.catalogue import (
    SITE_PACKAGES,
    Role,
    SiteEntry,
    entries,
    identity_provider,
    identity_providers,
    service,
    service_role,
    services,
    site,
)
from mock_sites.common.identities import generate_person
from mock_sites.runner import start_sites

from .browserless import Browserless
from .federation_paths import log_in, person_at


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("mesdroitssociaux", "mesdroitssociaux"),  # its name
        ("Mes droits sociaux", "mesdroitssociaux"),  # its title
        ("impots.gouv", "impots"),  # a phrase of the Gherkin
        ("impots.gouv.fr", "impots"),  # the title on its FranceConnect button
        ("Identité Numérique La Poste", "laposte"),
        ("la messagerie", "messagerie"),
        ("le téléphone", "telephone"),
        ("FranceConnect", "franceconnect"),
    ],
)
def test_a_name_a_title_or_a_phrase_finds_the_site(words: str, name: str) -> None:
    assert site(words).name == name


@pytest.mark.parametrize("words", ["AMELI", "ameli", "Impots.Gouv", "LA MESSAGERIE", "ants"])
def test_the_lookup_ignores_case(words: str) -> None:
    assert site(words) is site(words.casefold())


def test_an_unknown_site_is_one_line_listing_the_known_ones() -> None:
    with pytest.raises(LookupError) as raised:
        site("Nulle part")
    message = str(raised.value)
    assert message.startswith("site inconnu « Nulle part » ; connus : FranceConnect, ")
    assert "\n" not in message
    for entry in entries():
        assert entry.title in message


def test_a_service_is_not_an_identity_provider_nor_the_reverse() -> None:
    with pytest.raises(
        LookupError, match=r"^fournisseur d'identité inconnu « ANTS » ; connus : impots\.gouv\.fr"
    ):
        identity_provider("ANTS")
    with pytest.raises(LookupError, match=r"^service inconnu « Yris » ; connus : Mes droits sociaux"):
        service("Yris")
    assert identity_provider("impots.gouv.fr") is service("impots.gouv")  # impots.gouv.fr is both


def test_filters_keep_the_tutorials_order() -> None:
    # "impots.gouv.fr, ameli.fr, l'Identité Numérique La Poste, Yris, msa.fr": FranceConnect's buttons.
    # Then France Identité (second tutorial), which FranceConnect lists too.
    assert [e.name for e in identity_providers()] == [
        "impots",
        "ameli",
        "laposte",
        "yris",
        "msa",
        "france_identite",
    ]
    assert [e.name for e in services()] == ["mesdroitssociaux", "impots", "ants", "procuration"]
    assert service_role("ANTS").path_to_franceconnect == ("Mon Compte",)


def site_packages() -> Iterator[str]:
    """Every package under mock_sites/ that builds a site (it has a create_app)."""
    for info in pkgutil.iter_modules(mock_sites.__path__, "mock_sites."):
        if info.ispkg and hasattr(importlib.import_module(info.name), "create_app"):
            yield info.name


def test_every_site_package_is_declared_exactly_once() -> None:
    assert len(SITE_PACKAGES) == len(set(SITE_PACKAGES))
    assert sorted(site_packages()) == sorted(SITE_PACKAGES)
    names = [entry.name for entry in entries()]
    assert len(names) == len(set(names))
    for package, entry in zip(SITE_PACKAGES, entries(), strict=True):
        assert entry.module == package


@pytest.mark.parametrize("package", SITE_PACKAGES)
def test_every_site_module_has_create_app_of_its_config(package: str) -> None:
    create_app = importlib.import_module(package).create_app
    assert list(inspect.signature(create_app).parameters) == ["config"]


def test_a_word_naming_two_sites_is_refused() -> None:
    twins = [
        SiteEntry("un", "x.un", Role.MAIL, "Courrier"),
        SiteEntry("deux", "x.deux", Role.PHONE, "Téléphone", phrases=("courrier",)),
    ]
    with pytest.raises(LookupError, match="« courrier » désigne deux sites : un et deux"):
        catalogue._check_unique(twins)


def test_an_identity_provider_must_say_how_one_logs_in() -> None:
    with pytest.raises(ValueError, match="un fournisseur d'identité déclare identity_provider="):
        SiteEntry("idp", "x.idp", Role.IDENTITY_PROVIDER, "Un fournisseur")


@pytest.fixture
def with_example_site(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The catalogue with one more line: the README's example service (tests/site_exemple)."""
    monkeypatch.setattr(catalogue, "SITE_PACKAGES", (*SITE_PACKAGES, "tests.site_exemple"))
    entries.cache_clear()
    yield
    entries.cache_clear()


def test_a_new_service_is_one_package_plus_one_line(with_example_site: None, parcours_seed: str) -> None:
    assert site("la caisse").name == "macaisse"
    running = start_sites(parcours_seed)
    try:
        person = person_at(running, "nouveau-service", "ameli")
        assert person == generate_person(running.seed, "nouveau-service")
        page = log_in(Browserless(running), "macaisse", "ameli", person)
        assert page.url == running.url("macaisse", "/mon-espace")
        assert f"Bienvenue {person.given_name} {person.family_name}" in page.text
    finally:
        running.stop()
