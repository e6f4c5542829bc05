"""Which page the report photographs, which typed values it hides, and the phone under `--device`."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any
from unittest.mock import MagicMock, create_autospec

import pytest
from PIL import Image, ImageColor
from playwright.sync_api import Browser, Page
from playwright.sync_api import Error as PlaywrightError

from parcours.report import capture, screenshots
from parcours.report.model import ScenarioRun, StepRun
from parcours.report.recorder import ACTIVE_PAGE, CURSOR, PAGE_BEFORE, RUN, Recorder
from parcours.report.screenshots import MASK_COLOR, ScreenshotFailed, take_screenshot
from parcours.report.secrets import SecretValues
from parcours.report.step_context import acted_on, scenario_texts
from steps.france_identite import contexte_du_telephone


def open_page(name: str) -> Any:
    """A stand-in Playwright page: isinstance(…, Page) holds, it is open, it says its name."""
    page = create_autospec(Page, instance=True)
    page.is_closed.return_value = False
    page.url = f"http://{name}.localhost:4000/"
    page.context.browser = None
    return page


class FakeRequest:
    """What the recorder reads of pytest's request: the node's stash and the `page` fixture."""

    def __init__(self, page: Any) -> None:
        self.node = SimpleNamespace(stash={RUN: SimpleNamespace(browser="chromium")})
        self.fixturenames = ["page"]
        self.page = page

    def getfixturevalue(self, name: str) -> Any:
        return self.page


def one_step_run(scenario: str, step: str) -> ScenarioRun:
    """A scenario's record with one "Quand" step."""
    return ScenarioRun(
        nodeid="x",
        slug="x",
        feature=None,  # type: ignore[arg-type]
        keyword="Scénario",
        name=scenario,
        line=1,
        steps=[StepRun(keyword="Quand", name=step, type="when", line=2)],
    )


def recorder(tmp_path: Any) -> Recorder:
    return Recorder(tmp_path, "every-step", tmp_path)


def test_a_step_acting_on_the_agents_desktop_is_photographed_there_not_on_the_phone(tmp_path: Any) -> None:
    phone, desktop = open_page("france_identite"), open_page("mairie")
    request = FakeRequest(phone)
    request.node.stash[PAGE_BEFORE] = phone
    rec = recorder(tmp_path)
    rec._note_active_page(request, {"poste_agent": desktop, "visite": object()})  # type: ignore[arg-type]
    assert rec._active_page(request) is desktop  # type: ignore[arg-type]
    # A later step with no page of its own (time passes) leaves the desktop in the picture…
    rec._note_active_page(request, {"clock": object()})  # type: ignore[arg-type]
    assert rec._active_page(request) is desktop  # type: ignore[arg-type]
    # …and a step on the person's phone brings the phone back.
    rec._note_active_page(request, {"page": phone})  # type: ignore[arg-type]
    assert rec._active_page(request) is phone  # type: ignore[arg-type]


def test_a_step_that_gives_the_scenario_a_new_page_makes_it_the_photographed_one(tmp_path: Any) -> None:
    desktop, phone = open_page("service"), open_page("france_identite")
    request = FakeRequest(desktop)
    rec = recorder(tmp_path)
    rec._note_active_page(request, {"page": desktop})  # type: ignore[arg-type]
    request.node.stash[PAGE_BEFORE] = desktop
    request.page = phone  # the phone step's target_fixture="page"
    rec._note_active_page(request, {"appareil": "iPhone 13"})  # type: ignore[arg-type]
    assert request.node.stash[ACTIVE_PAGE] is phone


def test_a_screenshot_the_browser_cannot_take_fails_with_the_browsers_reason(
    tmp_path: Any, browser: Browser
) -> None:
    page = browser.new_page()
    page.close()
    with pytest.raises(ScreenshotFailed, match="closed"):
        take_screenshot(page, SecretValues(), tmp_path / "screenshots")


def test_a_devtools_capture_that_fails_is_tried_again_by_playwright(
    tmp_path: Any, page: Page, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unable(*_: Any, **__: Any) -> None:
        raise PlaywrightError("Protocol error (Page.captureScreenshot): Unable to capture screenshot")

    monkeypatch.setattr(screenshots, "capture_viewport", unable)
    page.goto("data:text/html,<h1>Bienvenue</h1>")
    stored = take_screenshot(page, SecretValues(), tmp_path / "screenshots")
    viewport = page.viewport_size
    with Image.open(tmp_path / stored) as image:
        assert viewport and image.format == "WEBP" and image.size == (viewport["width"], viewport["height"])


def test_a_step_left_without_a_screenshot_is_said_in_the_report(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crashed(*_: Any, **__: Any) -> None:
        raise PlaywrightError("Target crashed\nCall log: …")

    monkeypatch.setattr(screenshots, "capture_viewport", crashed)  # the browser's failure, on cue
    page = open_page("mesdroitssociaux")
    page.screenshot.side_effect = PlaywrightError("Target crashed")  # the second try fails as well
    request = FakeRequest(page)
    run = one_step_run("Onglet planté", "je me rends sur le site de mesdroitssociaux")
    request.node.stash.update({RUN: run, CURSOR: 1})
    assert recorder(tmp_path)._screenshot(request) is None  # type: ignore[arg-type]
    assert run.problems == [
        "pas de capture après « je me rends sur le site de mesdroitssociaux » "
        "(http://mesdroitssociaux.localhost:4000/) : Target crashed"
    ]


def test_a_page_of_its_own_comes_before_page_and_closed_pages_are_left_out() -> None:
    phone, desktop, closed = open_page("a"), open_page("b"), open_page("c")
    closed.is_closed.return_value = True
    assert acted_on({"page": phone, "poste_agent": desktop, "vieux": closed, "n": 3}) == [desktop, phone]


def test_a_wrong_pin_written_in_the_scenario_is_not_masked_but_the_persons_secrets_are() -> None:
    run = one_step_run("Code personnel mal formé", 'je saisis le code personnel "12345"')
    secrets = SecretValues()
    secrets.written_in_scenario(scenario_texts(run))
    secrets.add_typed("12345")  # typed into the PIN field, but the feature file says it
    secrets.add_typed("904213")  # the person's own code, seen typed into the same field
    secrets.add("motdepasse-usager")  # declared by a step: always a secret
    assert list(secrets) == ["motdepasse-usager", "904213"]
    assert secrets.redact('je saisis le code personnel "12345"') == 'je saisis le code personnel "12345"'


@pytest.mark.parametrize("command_line", [{}, {"viewport": {"width": 393, "height": 727}, "is_mobile": True}])
def test_the_phone_is_the_one_the_scenario_names_even_under_pytest_playwrights_device_option(
    command_line: dict[str, Any],
) -> None:
    iphone = {"viewport": {"width": 390, "height": 664}, "is_mobile": True, "user_agent": "iPhone 14 iOS 16"}
    new_context, browser = MagicMock(), MagicMock()
    fixtures = {"browser_context_args": {**command_line, "base_url": "http://x"}, "browser": browser}
    request = MagicMock(getfixturevalue=fixtures.__getitem__)
    context = contexte_du_telephone(request, new_context, iphone)
    # The options pytest-playwright's new_context adds to the phone's would be given twice: a TypeError.
    create = new_context if not command_line else browser.new_context
    assert context is create.return_value
    options = create.call_args.kwargs
    assert options["user_agent"] == "iPhone 14 iOS 16" and options["viewport"] == iphone["viewport"]
    if command_line:
        assert options["base_url"] == "http://x"
        request.addfinalizer.assert_called_once_with(context.close)


def test_a_screenshot_has_one_pixel_per_css_pixel_even_on_a_3x_phone(tmp_path: Any, browser: Browser) -> None:
    context = browser.new_context(
        viewport={"width": 390, "height": 664}, device_scale_factor=3, is_mobile=True
    )
    phone = context.new_page()
    phone.set_content("<h1 style='background:#ffe14d'>Site fictif</h1>" + "<p>ligne</p>" * 60)
    phone.mouse.wheel(0, 300)  # scrolled: the capture is still what the screen shows
    stored = take_screenshot(phone, SecretValues(), tmp_path / "screenshots")
    context.close()
    assert stored is not None
    with Image.open(tmp_path / stored) as picture:
        assert picture.size == (390, 664)


def test_a_screenshot_blacks_out_secret_fields_and_any_text_or_value_holding_a_secret(
    tmp_path: Any, browser: Browser
) -> None:
    page = browser.new_page(viewport={"width": 800, "height": 400})
    page.set_content(
        "<body style='margin:0;background:#fff;font:20px sans-serif'>"
        "<input type=password value=motdepasse style='position:absolute;left:10px;top:10px;width:200px'>"
        "<p style='position:absolute;left:10px;top:100px;margin:0'>Votre code : <b>AB12cd34</b></p>"
        "<input value='x AB12CD34 y' style='position:absolute;left:10px;top:200px;width:200px'>"
        "<p style='position:absolute;left:400px;top:100px;margin:0;color:#00f'>Texte public</p></body>"
    )
    stored = take_screenshot(page, SecretValues(["AB12cd34"]), tmp_path / "screenshots")
    page.close()
    assert stored is not None
    with Image.open(tmp_path / stored) as picture:
        grey = ImageColor.getrgb(MASK_COLOR)
        assert picture.getpixel((100, 20)) == grey  # the password field
        assert picture.getpixel((150, 110)) == grey  # the secret in a paragraph (its <b>)
        assert picture.getpixel((100, 210)) == grey  # a text field whose value holds it (any case)
        public = [picture.getpixel((x, y)) for x in range(400, 520) for y in range(100, 125)]
        assert grey not in public and (0, 0, 255) in public  # the rest is the page as it is


class CountingSession:
    """The page's DevTools session, counting the captures it is asked for."""

    def __init__(self, session: Any) -> None:
        self.session, self.captures = session, 0

    def send(self, method: str, params: Any = None) -> Any:
        self.captures += method == "Page.captureScreenshot"
        return self.session.send(method, params)


def counted_page(browser: Browser, html: str) -> tuple[Page, CountingSession]:
    """A page showing `html`, whose captures are counted."""
    page = browser.new_page(viewport={"width": 600, "height": 300})
    page.set_content(html)
    counting = CountingSession(capture.devtools_session(page))
    capture._SESSIONS[page] = counting  # type: ignore[assignment]
    return page, counting


FORM = "<h1>Site fictif</h1><label>Nom <input id=nom></label><p>Bonjour AB12cd34</p>" + "<p>l</p>" * 40


def test_a_step_that_leaves_the_page_as_it_was_reuses_its_screenshot_without_a_capture(
    tmp_path: Any, browser: Browser
) -> None:
    page, counting = counted_page(browser, FORM)
    folder = tmp_path / "screenshots"
    first = take_screenshot(page, SecretValues(), folder)
    page.get_by_role("heading").text_content()  # a check: nothing on the page changes
    assert take_screenshot(page, SecretValues(), folder) == first
    assert counting.captures == 1
    # Every change a step can make is seen, and captured again:
    changes = [
        lambda: page.get_by_label("Nom").fill("Dupont"),  # a field typed in
        lambda: page.evaluate("document.querySelector('h1').textContent = 'Autre titre'"),  # the DOM
        lambda: page.evaluate("scrollTo(0, 200)"),  # a scroll (its event fires at the next frame)
        lambda: page.get_by_label("Nom").blur(),  # focus
        lambda: page.set_viewport_size({"width": 500, "height": 300}),  # a resize
        lambda: page.emulate_media(color_scheme="dark"),  # an emulated colour scheme
    ]
    shots = {first}
    for number, change in enumerate(changes, start=2):
        change()
        shots.add(take_screenshot(page, SecretValues(), folder))
        assert counting.captures == number
    assert len(shots) > 4  # the changes that show are new images
    # A secret to black out that was not one before: the same page, captured again with its box.
    masked = take_screenshot(page, SecretValues(["AB12cd34"]), folder)
    assert counting.captures == len(changes) + 2 and masked not in shots
    page.close()


@pytest.mark.parametrize(
    "html",
    [
        "<canvas width=50 height=50></canvas>",  # draws by itself
        "<p style='animation: pulse 1s infinite'>…</p><style>@keyframes pulse { to { opacity: .5 } }</style>",
        "<iframe srcdoc='<p>dans un cadre</p>'></iframe>",  # a document of its own
    ],
    ids=["canvas", "animation", "cadre"],
)
def test_a_page_that_changes_out_of_sight_is_captured_at_every_step(
    tmp_path: Any, browser: Browser, html: str
) -> None:
    page, counting = counted_page(browser, html)
    for _ in range(3):
        assert take_screenshot(page, SecretValues(), tmp_path / "screenshots") is not None
    assert counting.captures == 3
    page.close()
