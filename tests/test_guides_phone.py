"""The HTML guides and tutorials on a learner's phone (390 pixels wide): no sideways scrolling, every
picture within the screen's width."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

PHONE = {"width": 390, "height": 844}
WIDER_THAN_THE_SCREEN = """() => [...document.images]
  .filter((image) => image.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
  .map((image) => image.alt)"""


def pages_of(reports: Path) -> list[Path]:
    """Every section guide of the run."""
    return sorted(page for page in (reports / "guides").glob("*.html") if page.name != "index.html")


@pytest.mark.apres_parcours
def test_each_guide_fits_a_phone_screen(page: Page, rapports_parcours: Path) -> None:
    """At 390 px wide, a guide scrolls only downwards and shows its pictures whole."""
    page.set_viewport_size(PHONE)
    guides = pages_of(rapports_parcours)
    assert guides
    for guide in guides:
        page.goto(guide.as_uri())
        page.wait_for_load_state("load")  # the images' sizes are known once loaded
        scroll = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert scroll <= 0, f"{guide.name} : défilement horizontal de {scroll} px"
        assert page.evaluate(WIDER_THAN_THE_SCREEN) == [], guide.name
