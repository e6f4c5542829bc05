"""The report's parts without a browser: French sentences, secrets, counts, coverage, cucumber details."""

from __future__ import annotations

import base64
import hashlib
import io
import json
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image, ImageColor, ImageDraw
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from pytest_bdd.exceptions import StepDefinitionNotFoundError

from parcours.facts import Fact
from parcours.report import collector as collector_module
from parcours.report.capture import Capture
from parcours.report.collector import TRACE_HINT, Collector
from parcours.report.coverage import FAILING, UNCHECKED, UNRUN, VERIFIED, coverage
from parcours.report.cucumber import cucumber_json, tag_locations
from parcours.report.errors import describe_failure, describe_locator, plain_words
from parcours.report.model import FAILED, PASSED, SKIPPED, Failure, FeatureInfo, ScenarioRun, StepRun
from parcours.report.pdf import PRINT_QUALITY, reduced
from parcours.report.screenshots import MASK_COLOR, ImageWriter, store_image, to_webp
from parcours.report.secrets import MASK, SecretValues, redact_data, redact_report
from parcours.report.step_context import existing_fixture
from parcours.report.summary import Totals, combined_status, run_totals, summary_line
from parcours.report.tutorial import instruction, label
from parcours.report.writer import ReportSettings

MDS = "http://mesdroitssociaux.localhost:41234/"
AMELI = "http://ameli.localhost:41235/oidc/authorize?x=1"


def expect_failure(
    expectation: str, actual: str, waiting_for: str, not_found: bool = False
) -> AssertionError:
    """An AssertionError worded as Playwright's `expect` words it."""
    error = "Error: element(s) not found \n" if not_found else ""
    return AssertionError(
        f"{expectation}\nActual value: {actual}\n{error}Call log:\n"
        f'  - Expect "x" {waiting_for} with timeout 5000ms\n  - waiting for {waiting_for}\n'
        "\nAria snapshot:\n- x"
    )


@pytest.mark.parametrize(
    ("error", "url", "sentence"),
    [
        (
            PlaywrightTimeoutError(
                "Locator.click: Timeout 30000ms exceeded.\nCall log:\n"
                '  - waiting for get_by_role("button", name="S\'identifier avec FranceConnect", exact=True)\n'
            ),
            MDS,
            "Le bouton « S'identifier avec FranceConnect » est introuvable sur la page de mesdroitssociaux.",
        ),
        (
            PlaywrightTimeoutError(
                "Locator.fill: Timeout 30000ms exceeded.\nCall log:\n"
                '  - waiting for get_by_label("Code confidentiel")\n'
                "    - locator resolved to <input disabled/>\n  - attempting fill action\n"
            ),
            AMELI,
            "Le champ « Code confidentiel » existe sur la page d'ameli, mais l'action « saisir » n'a pas pu "
            "aboutir (élément désactivé, caché ou recouvert).",
        ),
        (
            expect_failure(
                "Locator expected to be visible", "None", 'get_by_role("heading", name="Bienvenue Léa")', True
            ),
            MDS,
            "Le titre « Bienvenue Léa » est introuvable sur la page de mesdroitssociaux.",
        ),
        (
            expect_failure(
                "Locator expected to have text 'Code incorrect.'", "Erreur inconnue", 'get_by_role("alert")'
            ),
            AMELI,
            "Le message d'alerte affiche « Erreur inconnue » au lieu de « Code incorrect. » "
            "sur la page d'ameli.",
        ),
        (
            expect_failure("Locator expected to have text 'Nope'", "None", 'get_by_role("alert")', True),
            AMELI,
            "Le message d'alerte est introuvable sur la page d'ameli (texte attendu : « Nope »).",
        ),
        (
            expect_failure(
                "Locator expected to contain text 'compte Ameli'", "Bonjour", 'get_by_role("article")'
            ),
            "http://messagerie.localhost:1/boite",
            "L'article ne contient pas « compte Ameli » sur la page de messagerie "
            "(texte affiché : « Bonjour »).",
        ),
        (
            expect_failure("Locator expected not to be visible", "visible", 'get_by_text("Chargement")'),
            MDS,
            "Le texte « Chargement » reste visible sur la page de mesdroitssociaux, "
            "alors que l'étape attendait son absence.",
        ),
        (
            PlaywrightTimeoutError(
                'Locator.click: Error: strict mode violation: get_by_role("link", name="Aide") resolved to 2 '
                "elements:"
            ),
            MDS,
            "Le lien « Aide » apparaît plusieurs fois sur la page de mesdroitssociaux : l'étape ne sait pas "
            "lequel choisir.",
        ),
        (
            Exception("Page.goto: net::ERR_CONNECTION_REFUSED at http://impots.localhost:1/"),
            "about:blank",
            "Le site impots ne répond pas (net::ERR_CONNECTION_REFUSED).",
        ),
        (
            StepDefinitionNotFoundError("Étape inconnue : « Quand je vole » (x.feature, ligne 3).\nAjoutez…"),
            None,
            "Étape inconnue : « Quand je vole » (x.feature, ligne 3).",
        ),
        (
            AssertionError("2 courriels au lieu de 1"),
            "about:blank",
            "Une vérification a échoué alors qu'aucune page n'était ouverte : 2 courriels au lieu de 1",
        ),
        (
            LookupError("site inconnu dans l'étape : 'x'"),
            "http://impots.localhost:2/",
            "L'étape a échoué sur la page d'impots : LookupError — site inconnu dans l'étape : 'x'",
        ),
    ],
)
def test_a_failure_reads_as_a_french_sentence_naming_the_element_and_the_site(
    error: BaseException, url: str | None, sentence: str
) -> None:
    assert plain_words(error, url) == sentence


@pytest.mark.parametrize(
    ("locator", "phrase"),
    [
        ('get_by_role("link", name="Étape (2) « suite »", exact=True)', "Le lien « Étape (2) « suite » »"),
        ('get_by_role("article").get_by_role("link", name="Voir").first', "Le lien « Voir »"),
        ('get_by_role("checkbox")', "La case à cocher"),
        ('get_by_role("treegrid", name="x")', "L'élément de rôle « treegrid » « x »"),
        ('get_by_placeholder("jj/mm/aaaa")', "Le champ « jj/mm/aaaa »"),
        ('locator("#code")', "L'élément « #code »"),
    ],
)
def test_locators_are_named_as_a_person_would(locator: str, phrase: str) -> None:
    assert describe_locator(locator).phrase == phrase


def test_secrets_are_replaced_longest_first_and_too_short_values_are_ignored() -> None:
    secrets = SecretValues(["1234", "123456", "ab", " "])
    assert len(secrets) == 2
    assert secrets.redact("code 123456 puis 1234, ab") == f"code {MASK} puis {MASK}, ab"


def test_redaction_spares_paths_and_ids_so_links_keep_working() -> None:
    secrets = SecretValues(["court"])
    data = {
        "name": "Mot de passe trop court",
        "slug": "mot-de-passe-trop-court-1",
        "steps": [{"name": "court"}],
    }
    assert redact_data(data, secrets) == {
        "name": f"Mot de passe trop {MASK}",
        "slug": "mot-de-passe-trop-court-1",
        "steps": [{"name": MASK}],
    }


def test_a_test_report_loses_its_secrets_before_the_terminal_and_junit_see_it() -> None:
    report = pytest.TestReport(
        "t.py::test",
        ("t.py", 1, "test"),
        {},
        "failed",
        'textbox "Code confidentiel": s3cr3t-Code',
        "call",
        sections=[("Captured stdout call", "typed s3cr3t-Code")],
    )
    redact_report(report, SecretValues(["s3cr3t-Code"]))
    assert "s3cr3t" not in report.longreprtext and MASK in report.longreprtext
    assert report.sections == [("Captured stdout call", f"typed {MASK}")]


def _run(
    name: str, status: str, steps: list[str], uri: str = "features/a.feature", line: int = 5
) -> ScenarioRun:
    return ScenarioRun(
        nodeid=f"tests/test_journeys.py::test_{name}",
        slug=name,
        feature=FeatureInfo(name="Une fonctionnalité", keyword="Fonctionnalité", uri=uri, line=2),
        keyword="Scénario",
        name=name,
        line=line,
        status=status,
        steps=[
            StepRun(keyword="Quand", name=text, type="when", line=line + 1, status=s) for text, s in steps
        ],
    )


def test_counts_and_the_closing_line_in_french() -> None:
    runs = [
        _run("a", PASSED, [("x", PASSED), ("y", PASSED)]),
        _run("b", FAILED, [("x", PASSED), ("y", FAILED), ("z", SKIPPED)], line=9),
        _run("c", SKIPPED, [("x", SKIPPED)], uri="features/b.feature"),
    ]
    totals = run_totals(runs)
    assert totals.features == Totals(passed=0, failed=1, skipped=1)
    assert totals.scenarios == Totals(passed=1, failed=1, skipped=1)
    assert totals.steps == Totals(passed=3, failed=1, skipped=2)
    assert summary_line(totals.scenarios, "reports/index.html") == (
        "Parcours : 3 scénarios, 1 réussi, 1 échoué, 1 ignoré — rapport : reports/index.html"
    )
    assert (
        summary_line(Totals(passed=12), "r") == "Parcours : 12 scénarios, 12 réussis, 0 échoué — rapport : r"
    )
    assert combined_status([SKIPPED, SKIPPED]) == SKIPPED


def test_a_record_crosses_from_worker_to_controller_as_plain_json() -> None:
    run = _run("a", FAILED, [("x", FAILED)])
    run.steps[0].error = Failure(plain="Le bouton est introuvable.", detail="TimeoutError: …")
    data = json.loads(json.dumps(run.to_dict()))
    assert ScenarioRun.from_dict(data) == run


def test_coverage_lists_unchecked_facts_first_then_failing_then_not_run(tmp_path: Path) -> None:
    features = tmp_path / "features"
    features.mkdir()
    (features / "a.feature").write_text(
        "# language: fr\nFonctionnalité: F\n\n  @fait:F-OK\n  Scénario: ok\n    Quand je clique\n\n"
        "  @fait:F-KO @fait:F-OK\n  Scénario: ko\n    Quand je clique\n\n"
        "  @fait:F-LATER\n  Scénario: later\n    Quand je clique\n",
        encoding="utf-8",
    )
    facts = {
        fact_id: Fact(fact_id, "000.txt", "Section", "regle", f"résumé {fact_id}", "tutoriel")
        for fact_id in ("F-OK", "F-KO", "F-LATER", "F-NOBODY")
    }
    runs = [
        _run("ok", PASSED, [("je clique", PASSED)], uri="features/a.feature", line=5),
        _run("ko", FAILED, [("je clique", FAILED)], uri="features/a.feature", line=9),
    ]
    rows = coverage(facts, runs, features, tmp_path)
    assert [(row.fact.id, row.state) for row in rows] == [
        ("F-NOBODY", UNCHECKED),
        ("F-KO", FAILING),
        ("F-OK", FAILING),
        ("F-LATER", UNRUN),
    ]
    ok = next(row for row in rows if row.fact.id == "F-OK")
    assert [(scenario.name, scenario.status, scenario.anchor) for scenario in ok.scenarios] == [
        ("ok", PASSED, "ok"),
        ("ko", FAILED, "ko"),
    ]
    assert VERIFIED == "vérifié"


def test_steps_read_as_tutorial_instructions() -> None:
    click = StepRun(keyword="Quand", name='je clique sur le bouton "Me connecter"', type="when", line=3)
    person = StepRun(keyword="Étant donné", name="un usager qui a un compte Ameli", type="given", line=1)
    check = StepRun(keyword="Alors", name="je reçois le courriel", type="then", line=9)
    assert (label(click), instruction(click)) == ("", "Je clique sur le bouton « Me connecter ».")
    assert label(person) == "Au départ"
    assert (label(check), instruction(check, sentence_start=False)) == (
        "Résultat attendu",
        "je reçois le courriel.",
    )


def test_feature_tags_carry_their_line_and_column_as_cucumber_jvm_writes_them() -> None:
    lines = ("# language: fr", "@franceconnect  @ameli", "Fonctionnalité: F")
    assert tag_locations(lines, ["ameli", "franceconnect"], before_line=3) == [
        {"name": "@ameli", "type": "Tag", "location": {"line": 2, "column": 17}},
        {"name": "@franceconnect", "type": "Tag", "location": {"line": 2, "column": 1}},
    ]


def test_identical_screenshots_are_stored_once(tmp_path: Path) -> None:
    first = store_image(_capture(320, 180), tmp_path / "screenshots")
    again = store_image(_capture(320, 180), tmp_path / "screenshots")
    other = store_image(_capture(320, 180, "#ffffff"), tmp_path / "screenshots")
    assert first == again != other and first.startswith("screenshots/")
    assert sorted(path.name for path in (tmp_path / "screenshots").iterdir()) == sorted(
        [Path(first).name, Path(other).name]
    )


def test_the_image_writer_stores_on_its_thread_what_store_image_would_once_flushed(tmp_path: Path) -> None:
    writer, directory = ImageWriter(), tmp_path / "screenshots"
    names = [
        writer.store(Capture(_capture(320, 180, colour)), directory)
        for colour in ("#ffe14d", "#ffe14d", "#fff")
    ]
    assert writer.flush() == []
    assert names[0] == names[1] != names[2]
    stored = [(directory / Path(name).name).read_bytes() for name in names]
    for name, data, colour in zip(names, stored, ("#ffe14d", "#ffe14d", "#fff"), strict=True):
        assert name == store_image(_capture(320, 180, colour), directory)  # the same name, the file kept
        assert data == (directory / Path(name).name).read_bytes()
    assert len(list(directory.iterdir())) == 2


def test_the_image_writer_says_which_capture_it_could_not_store(tmp_path: Path) -> None:
    (tmp_path / "screenshots").write_text("a file where the folder should be")
    writer = ImageWriter()
    stored = writer.store(Capture(_capture(32, 18)), tmp_path / "screenshots")
    (problem,) = writer.flush()
    assert problem.startswith(f"capture {Path(stored).name} non enregistrée : ")
    assert writer.flush() == []  # said once


def _capture(width: int, height: int, banner: str = "#ffe14d") -> bytes:
    """A page-like capture: a banner and lines of text on white, a PNG as Chromium hands it over."""
    picture = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 0, width, 36), fill=banner)
    for row in range(60, height - 20, 24):
        draw.text(
            (40, row), "Vous venez de vous connecter au service mesdroitssociaux.gouv.fr " * 2, fill="black"
        )
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


def _cucumber_step(tmp_path: Path, embed: bool) -> dict:
    image = _capture(1280, 720)
    run = _run("a", PASSED, [("je me connecte", PASSED)])
    run.steps[0].screenshot = store_image(image, tmp_path / "screenshots")
    (feature,) = cucumber_json([run], tmp_path, tmp_path, embed=embed)
    (step,) = feature["elements"][0]["steps"]
    return step


def test_cucumber_json_refers_to_each_screenshot_by_its_path(tmp_path: Path) -> None:
    step = _cucumber_step(tmp_path, embed=False)
    (embedding,) = step["embeddings"]
    assert embedding["mime_type"] == "text/uri-list"
    path = base64.b64decode(embedding["data"]).decode("utf-8")
    assert path.startswith("screenshots/") and path.endswith(".webp")
    assert _is_webp((tmp_path / path).read_bytes())  # the file it names


def test_cucumber_embed_puts_the_screenshot_itself_in_cucumber_json(tmp_path: Path) -> None:
    step = _cucumber_step(tmp_path, embed=True)
    (embedding,) = step["embeddings"]
    assert embedding["mime_type"] == "image/webp"
    assert base64.b64decode(embedding["data"]) == next((tmp_path / "screenshots").iterdir()).read_bytes()


def _is_webp(data: bytes) -> bool:
    return data[:4] == b"RIFF" and data[8:12] == b"WEBP"


def test_screenshots_are_webp_files_named_by_their_capture_and_half_its_size(tmp_path: Path) -> None:
    capture = _capture(1280, 720)
    stored = store_image(capture, tmp_path / "screenshots")
    assert stored == f"screenshots/{hashlib.sha256(capture).hexdigest()[:20]}.webp"
    data = (tmp_path / stored).read_bytes()
    assert _is_webp(data) and data[12:16] == b"VP8L" and len(data) < len(capture) / 2
    with Image.open(io.BytesIO(data)) as picture, Image.open(io.BytesIO(capture)) as original:
        assert picture.size == (1280, 720)  # full width: the report shows the page as it was
        assert picture.convert("RGB").tobytes() == original.convert("RGB").tobytes()  # lossless


def test_a_capture_at_a_phones_3x_is_stored_at_its_css_size_with_its_masks_in_css_pixels() -> None:
    data = to_webp(_capture(1170, 1992), boxes=((10, 100, 60, 120),), size=(390, 664))
    with Image.open(io.BytesIO(data)) as picture:
        assert picture.size == (390, 664)
        assert picture.convert("RGB").getpixel((30, 110)) == ImageColor.getrgb(MASK_COLOR)


def test_a_page_of_photographs_is_stored_lossy_when_that_is_smaller() -> None:
    noise = Image.effect_noise((640, 480), 64).convert("RGB")  # no flat colour for lossless to use
    capture = io.BytesIO()
    noise.save(capture, "PNG")
    data = to_webp(capture.getvalue())
    lossless = io.BytesIO()
    noise.save(lossless, "WEBP", lossless=True)
    assert _is_webp(data) and data[12:16] == b"VP8 "  # the lossy kind (lossless is VP8L)
    assert len(data) < lossless.tell()


def test_printed_screenshots_are_halved_jpeg_that_still_show_the_page(tmp_path: Path) -> None:
    capture = _capture(1280, 720)
    source = tmp_path / store_image(capture, tmp_path / "screenshots")
    url = reduced(source)
    assert url.startswith("data:image/jpeg;base64,")
    data = base64.b64decode(url.split(",", 1)[1])
    with Image.open(io.BytesIO(data)) as picture:
        assert picture.size == (640, 360) and picture.format == "JPEG"
        assert picture.getpixel((320, 10))[2] < 150  # the yellow banner is still there
        assert picture.info.get("progressive")  # optimised, progressive: lighter than a plain encoding
        plain = io.BytesIO()
        picture.save(plain, "JPEG", quality=PRINT_QUALITY)
    assert len(data) < len(capture) / 2 and len(data) < len(plain.getvalue())


def test_a_failure_without_a_trace_says_how_to_keep_one() -> None:
    option = SimpleNamespace(collectonly=False, parcours_seed="5eed", tracing="off")
    config = SimpleNamespace(option=option, getoption=lambda name, default=None: getattr(option, name))
    collector = Collector(config, Path("reports"), datetime.now().astimezone())  # type: ignore[arg-type]
    collector.runs.append(_run("a", FAILED, [("x", FAILED)]))
    lines: list[str] = []
    reporter = SimpleNamespace(write_line=lambda line, **_: lines.append(line), write_sep=lambda *_: None)
    collector.pytest_terminal_summary(reporter)  # type: ignore[arg-type]
    assert lines == [f"Parcours : {TRACE_HINT}"] and "--tracing=retain-on-failure" in TRACE_HINT


def test_an_unforeseen_message_still_gets_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(error: BaseException, url: str | None) -> str:
        raise ValueError("message Playwright n'a jamais écrit")

    monkeypatch.setattr("parcours.report.errors.plain_words", broken)
    failure = describe_failure(RuntimeError("boom"), MDS)
    assert failure.plain == "L'étape a échoué : RuntimeError"
    assert "RuntimeError: boom" in failure.detail


def test_the_report_never_raises_a_fixtures_own_error() -> None:
    def getfixturevalue(name: str) -> object:
        raise RuntimeError("the page fixture itself failed")

    request = SimpleNamespace(fixturenames=["page"], getfixturevalue=getfixturevalue)
    assert existing_fixture(request, "page") is None  # type: ignore[arg-type]
    assert existing_fixture(SimpleNamespace(fixturenames=[]), "usager") is None  # type: ignore[arg-type]


def test_a_report_that_cannot_be_written_keeps_the_run_failed_and_says_why(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    option = SimpleNamespace(collectonly=False, parcours_seed="5eed")
    config = SimpleNamespace(option=option, invocation_params=SimpleNamespace(args=()))
    collector = Collector(config, tmp_path, datetime.now().astimezone())  # type: ignore[arg-type]
    collector.runs.append(_run("a", PASSED, [("x", PASSED)]))

    def broken(info: object) -> None:
        raise OSError("disque plein")

    monkeypatch.setattr(collector, "write", broken)
    session = SimpleNamespace(exitstatus=pytest.ExitCode.OK)
    collector.pytest_sessionfinish(session)  # type: ignore[arg-type]
    assert session.exitstatus == pytest.ExitCode.INTERNAL_ERROR
    assert (
        "le rapport n'a pas pu être écrit" in collector.problems[0]
        and "disque plein" in collector.problems[0]
    )


def test_a_phone_screenshot_narrower_than_the_print_width_is_printed_as_it_is(tmp_path: Path) -> None:
    source = tmp_path / store_image(_capture(390, 844), tmp_path / "screenshots")
    data = base64.b64decode(reduced(source).split(",", 1)[1])
    with Image.open(io.BytesIO(data)) as picture:
        assert picture.size == (390, 844) and picture.format == "JPEG"


@pytest.mark.parametrize(
    ("tutoriel_pdf", "guides_pdf", "expected"),
    [(False, False, (False, False)), (False, True, (False, True)), (True, False, (True, True))],
)
def test_guides_pdf_prints_the_guides_only_and_tutoriel_pdf_everything(
    monkeypatch: pytest.MonkeyPatch, tutoriel_pdf: bool, guides_pdf: bool, expected: tuple[bool, bool]
) -> None:
    option = SimpleNamespace(cucumber_embed=False, tutoriel_pdf=tutoriel_pdf, guides_pdf=guides_pdf)
    config = SimpleNamespace(option=option, rootpath=Path("."), getini=lambda name: "features")
    written: list[ReportSettings] = []
    monkeypatch.setattr(collector_module, "write_reports", lambda *args: written.append(args[-1]) or [])
    collector = Collector(config, Path("reports"), datetime.now().astimezone())  # type: ignore[arg-type]
    collector.write(None)  # type: ignore[arg-type]
    assert [(settings.pdf, settings.guides_pdf) for settings in written] == [expected]
