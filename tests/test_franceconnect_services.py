"""FranceConnect's « Nos services » list: more than 1000 services, the same in every run, searched
without accents nor case, paged; the run's services link to their FranceConnect button."""

from __future__ import annotations

import html

from mock_sites.catalogue import services
from mock_sites.common.sitemap import SiteMap
from mock_sites.franceconnect.services_list import (
    FEDERATION_KIND,
    GENERATED_COUNT,
    PAGE_SIZE,
    all_services,
    generated_services,
    search,
)
from mock_sites.runner import RunningSites

SITES = SiteMap({entry.name: 9000 + offset for offset, entry in enumerate(services())})


def test_the_generated_catalogue_is_large_fixed_and_unbranded() -> None:
    listed = generated_services()
    assert len(listed) == GENERATED_COUNT > 1000
    assert len({service.name for service in listed}) == GENERATED_COUNT
    assert all(service.url is None for service in listed)
    assert not [
        s.name for s in listed if "gouv" in s.words or "impot" in s.words or "etat" in s.words.split()
    ]
    generated_services.cache_clear()
    assert generated_services() == listed  # the same list in every run


def test_a_search_ignores_accents_and_case_and_finds_the_run_s_services() -> None:
    listed = all_services(SITES)
    for query in ("impots", "Impôts", "IMPOTS espace"):
        page = search(listed, query, 1)
        assert [s.name for s in page.items] == ["votre espace particulier d'impots.gouv.fr"], query
        assert page.items[0].url == SITES.url("impots", "/espace-particulier")
        assert page.items[0].kind == FEDERATION_KIND
    assert search(listed, "aucun service de ce nom", 1).total == 0


def test_pages_hold_page_size_services_and_out_of_range_pages_are_clamped() -> None:
    listed = all_services(SITES)
    first = search(listed, "", 1)
    assert first.total == len(listed) and first.pages == -(-len(listed) // PAGE_SIZE)
    assert len(first.items) == PAGE_SIZE
    last = search(listed, "", 10_000)
    assert last.number == last.pages and 0 < len(last.items) <= PAGE_SIZE
    assert search(listed, "", 0).number == 1
    names = [s.name for number in range(1, first.pages + 1) for s in search(listed, "", number).items]
    assert names == [s.name for s in listed]


def test_the_home_page_links_to_the_services_list(mock_sites: RunningSites) -> None:
    client = mock_sites.app("franceconnect").test_client()
    home = html.unescape(client.get("/", base_url=mock_sites.url("franceconnect")).get_data(as_text=True))
    assert '<a href="/nos-services">Nos services</a>' in home and "plus de 1 000 services" in home
    listing = client.get("/nos-services?recherche=impots&page=x", base_url=mock_sites.url("franceconnect"))
    body = html.unescape(listing.get_data(as_text=True))
    assert listing.status_code == 200 and "1 service correspond à « impots »" in body
    assert f'href="{mock_sites.url("impots", "/espace-particulier")}"' in body
