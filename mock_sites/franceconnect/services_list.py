"""The services list of FranceConnect's « Nos services » page: the run's services and a generated
catalogue of fictitious local services, searched and paged."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from faker import Faker

from ..catalogue import services
from ..common.sitemap import SiteMap

# The tutorial: "plus de 1000 services sont concernés"; the list must be long enough to page through.
GENERATED_COUNT = 1040
CATALOGUE_SEED = 1000  # fixed: the same list in every run, whatever the run's seed
PAGE_SIZE = 20
FEDERATION_KIND = "Service de cet environnement de test"
# Plausible services of local authorities, never a real State brand: {de_ville} « de » and a commune
# (elided before a vowel), {dep} a département.
TEMPLATES: tuple[tuple[str, str], ...] = (
    ("Portail famille {de_ville}", "Commune"),
    ("Inscriptions scolaires {de_ville}", "Commune"),
    ("Restauration scolaire {de_ville}", "Commune"),
    ("Médiathèque {de_ville}", "Commune"),
    ("Stationnement résidentiel {de_ville}", "Commune"),
    ("Piscine municipale {de_ville}", "Commune"),
    ("Conservatoire de musique {de_ville}", "Commune"),
    ("Demande d'acte d'état civil {de_ville}", "Commune"),
    ("Régie des eaux {de_ville}", "Intercommunalité"),
    ("Déchetterie intercommunale {de_ville}", "Intercommunalité"),
    ("Transport scolaire — {dep}", "Département"),
    ("Aide aux aidants — {dep}", "Département"),
    ("Archives départementales — {dep}", "Département"),
)


@dataclass(frozen=True)
class ListedService:
    """One line of the list: a name, who offers it, and its address when it exists in this run."""

    name: str
    kind: str
    url: str | None = None

    @property
    def words(self) -> str:
        """What a search looks into, without accents nor case."""
        return fold(f"{self.name} {self.kind}")


@dataclass(frozen=True)
class ListPage:
    """What a search shows: the matching count and one page of them."""

    total: int
    number: int
    pages: int
    items: tuple[ListedService, ...]


def fold(text: str) -> str:
    """`text` without accents, in lower case: « Impôts » and « impots » are one search."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def of_place(place: str) -> str:
    """« de Lyon », « d'Orléans »: French elides « de » before a vowel."""
    return f"d'{place}" if fold(place[:1]) in "aeiouy" else f"de {place}"


@cache
def generated_services() -> tuple[ListedService, ...]:
    """The fictitious catalogue, the same in every run (seeded Faker fr_FR place names)."""
    fake = Faker("fr_FR")
    fake.seed_instance(CATALOGUE_SEED)
    names: dict[str, ListedService] = {}
    while len(names) < GENERATED_COUNT:
        template, kind = TEMPLATES[len(names) % len(TEMPLATES)]
        name = template.format(de_ville=of_place(fake.city()), dep=fake.department_name())
        names.setdefault(name, ListedService(name, kind))
    return tuple(names.values())


def federation_services(sites: SiteMap) -> tuple[ListedService, ...]:
    """The run's services that offer FranceConnect, each linking to its page with the button."""
    return tuple(
        ListedService(
            entry.service.display_name, FEDERATION_KIND, sites.url(entry.name, entry.service.home_path)
        )
        for entry in services()
        if entry.service is not None and entry.name in sites.ports
    )


def search(listed: tuple[ListedService, ...], query: str, number: int) -> ListPage:
    """The services whose name holds every word of `query` (all of them for an empty one), page `number`."""
    words = fold(query).split()
    found = [service for service in listed if all(word in service.words for word in words)]
    pages = max(1, -(-len(found) // PAGE_SIZE))
    number = min(max(1, number), pages)
    start = (number - 1) * PAGE_SIZE
    return ListPage(len(found), number, pages, tuple(found[start : start + PAGE_SIZE]))


def all_services(sites: SiteMap) -> tuple[ListedService, ...]:
    """The whole list, in alphabetical order (accents aside)."""
    return tuple(sorted((*federation_services(sites), *generated_services()), key=lambda s: fold(s.name)))
