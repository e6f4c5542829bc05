"""Binds the deliberately inaccessible page of the accessibility tests (run on their own, never by
`make run`): the page is served by the browser context itself (`page.route`), no site to start."""

from pathlib import Path

from playwright.sync_api import Page, Route, expect
from pytest_bdd import given, parsers, scenarios, then

ADDRESS = "http://inaccessible.localhost/accueil"
# An image without alternative (image-alt), a button without a name (button-name), a field without
# a label (label): three critical violations for axe-core.
HTML = """<!doctype html><html lang="fr"><head><title>Page inaccessible</title></head>
<body><main><h1>Bienvenue</h1>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40">
<form><input type="text" name="nom"><button type="submit"></button></form>
</main></body></html>"""

scenarios(str(Path(__file__).parent / "accessibilite"))


@given("j'ouvre la page inaccessible")
def open_inaccessible_page(page: Page) -> None:
    """The page, served by the browser context."""
    page.route(ADDRESS, lambda route: _serve(route))
    page.goto(ADDRESS)


@then(parsers.parse('la page affiche le titre "{titre}"'))
def shows_heading(page: Page, titre: str) -> None:
    """The page's first-level heading."""
    expect(page.get_by_role("heading", level=1)).to_have_text(titre)


def _serve(route: Route) -> None:
    route.fulfill(status=200, content_type="text/html; charset=utf-8", body=HTML)
