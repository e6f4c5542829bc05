"""The coverage page: every fact of the tutorials, by tutorial and section, with its state and counts."""

from __future__ import annotations

import html
import re
from datetime import datetime
from pathlib import Path

import pytest

from parcours.facts import Fact, Tutorial, known_facts, known_tutorials, load_facts, load_tutorials
from parcours.report.coverage import (
    FAILING,
    NOT_VERIFIABLE,
    UNCHECKED,
    UNRUN,
    VERIFIED,
    CoverageRows,
    coverage,
    heading_of,
)
from parcours.report.html import render_coverage
from parcours.report.model import FAILED, PASSED, FeatureInfo, RunInfo, ScenarioRun

FEATURE = """# language: fr
Fonctionnalité: F

  @fait:A-OK
  Scénario: ok
    Quand je clique

  @fait:A-KO @fait:A-OK
  Scénario: ko
    Quand je clique

  @fait:B-LATER
  Scénario: later
    Quand je clique
"""
TUTORIALS = [
    Tutorial("000.txt", "Le premier tutoriel", ("Présentation", "Qu'est-ce que c'est ?", "Se connecter")),
    Tutorial("003.txt", "Le second tutoriel", ("Comment l'obtenir ?",)),
]
REASON = "Adresse du vrai site, hors des sites fictifs."


def _fact(fact_id: str, section: str, source: str = "000.txt", **extra: str | bool) -> Fact:
    return Fact(fact_id, source, section, "regle", f"résumé {fact_id}", "tutoriel", **extra)  # type: ignore[arg-type]


def _run(name: str, status: str, line: int) -> ScenarioRun:
    feature = FeatureInfo(name="F", keyword="Fonctionnalité", uri="features/a.feature", line=2)
    return ScenarioRun(
        nodeid=f"t::{name}",
        slug=name,
        feature=feature,
        keyword="Scénario",
        name=name,
        line=line,
        status=status,
    )


@pytest.fixture
def rows(tmp_path: Path) -> CoverageRows:
    """Facts of two listed tutorials and one unlisted, three scenarios of which two ran."""
    features = tmp_path / "features"
    features.mkdir()
    (features / "a.feature").write_text(FEATURE, encoding="utf-8")
    facts = [
        _fact("A-NOBODY", "Se connecter — À SAVOIR"),
        _fact("A-OK", "Se connecter"),
        _fact("A-KO", "Qu\u2019est-ce que c\u2019est ?"),  # the tutorial's own apostrophe
        _fact("A-ADRESSE", "Se connecter", verifiable=False, reason=REASON),
        _fact("A-AILLEURS", "Un titre oublié"),
        _fact("B-LATER", "Quelques mots — Comment l'obtenir ?", source="003.txt"),
        _fact("C-X", "Partie 1", source="009.txt", source_title="Un troisième tutoriel"),
    ]
    runs = [_run("ok", PASSED, 5), _run("ko", FAILED, 9)]
    return coverage({fact.id: fact for fact in facts}, runs, features, tmp_path, TUTORIALS)


def test_facts_are_grouped_by_tutorial_then_section_in_the_tutorials_order(rows: CoverageRows) -> None:
    assert [(tutorial.file, tutorial.title) for tutorial in rows.tutorials] == [
        ("000.txt", "Le premier tutoriel"),
        ("003.txt", "Le second tutoriel"),
        ("009.txt", "Un troisième tutoriel"),  # named by a seeds file only: its [source] title
    ]
    first = rows.tutorials[0]
    assert [(section.title, section.listed) for section in first.sections] == [
        ("Présentation", True),
        ("Qu'est-ce que c'est ?", True),
        ("Se connecter", True),
        ("Un titre oublié", False),  # missing from sources.toml: shown after the listed ones
    ]
    assert first.sections[0].rows == []  # a heading with no fact yet still appears


def test_each_fact_has_one_of_the_states_gaps_first_within_a_section(rows: CoverageRows) -> None:
    states = {
        section.title: [(row.fact.id, row.state) for row in section.rows]
        for tutorial in rows.tutorials
        for section in tutorial.sections
    }
    assert states["Se connecter"] == [
        ("A-NOBODY", UNCHECKED),  # "Se connecter — À SAVOIR" is a part of "Se connecter"
        ("A-OK", FAILING),  # one of its scenarios failed, even though another passed
        ("A-ADRESSE", NOT_VERIFIABLE),
    ]
    assert states["Qu'est-ce que c'est ?"] == [("A-KO", FAILING)]
    assert states["Comment l'obtenir ?"] == [("B-LATER", UNRUN)]
    assert VERIFIED == "vérifié"


def test_counts_per_section_per_tutorial_and_in_total(rows: CoverageRows) -> None:
    first, second, _ = rows.tutorials
    zero = dict.fromkeys((UNCHECKED, FAILING, UNRUN, VERIFIED, NOT_VERIFIABLE), 0)
    assert first.sections[2].counts == zero | {UNCHECKED: 1, FAILING: 1, NOT_VERIFIABLE: 1, "total": 3}
    assert first.counts == zero | {UNCHECKED: 2, FAILING: 2, NOT_VERIFIABLE: 1, "total": 5}
    assert second.counts == zero | {UNRUN: 1, "total": 1}
    assert rows.counts == zero | {UNCHECKED: 3, FAILING: 2, UNRUN: 1, NOT_VERIFIABLE: 1, "total": 7}
    assert rows.tutorials[0].sections[0].counts["total"] == 0


def test_a_passing_scenario_verifies_its_fact(tmp_path: Path) -> None:
    features = tmp_path / "features"
    features.mkdir()
    (features / "a.feature").write_text(FEATURE, encoding="utf-8")
    facts = {"A-OK": _fact("A-OK", "Se connecter"), "B-LATER": _fact("B-LATER", "Se connecter")}
    rows = coverage(facts, [_run("ok", PASSED, 5), _run("later", PASSED, 13)], features, tmp_path, TUTORIALS)
    assert [(row.fact.id, row.state) for row in rows] == [("A-OK", VERIFIED), ("B-LATER", VERIFIED)]


def test_a_fact_section_names_a_heading_whole_or_by_one_of_its_parts() -> None:
    headings = ("Le compte certifié", "À quoi sert-il ?", "Se connecter avec France Connect")
    assert heading_of("Le compte certifié — À quoi sert-il ?", headings) == "À quoi sert-il ?"
    assert heading_of("Le compte certifié", headings) == "Le compte certifié"
    assert heading_of("se connecter  avec France Connect", headings) == "Se connecter avec France Connect"
    assert heading_of("Ailleurs — Autre part", headings) == "Ailleurs — Autre part"


def test_the_page_shows_the_counts_the_empty_sections_and_why_a_fact_is_not_verifiable(
    rows: CoverageRows,
) -> None:
    info = RunInfo(started=datetime(2026, 1, 2, 3, 4), duration=1.0, seed="1", browser="chromium", command="")
    page = html.unescape(render_coverage(rows, info))
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
    assert (
        "7 faits relevés dans 3 tutoriels : 0 vérifiés, 2 en échec, 3 qu'aucun scénario ne vérifie encore , "
        "1 non exécutés lors de cette exécution, 1 non vérifiables par nature." in text
    )
    assert f"Non vérifiable : {REASON}" in text
    assert "Présentation aucun fait relevé" in text  # in the table of the sections
    assert "Aucun fait relevé dans cette section pour l'instant." in text
    assert "Section absente de seeds/sources.toml" in text
    headings = re.findall(r"<h3 id=\"[^\"]+\">([^<]+)</h3>", page)
    assert headings == [
        "Présentation",
        "Qu'est-ce que c'est ?",
        "Se connecter",
        "Un titre oublié",
        "Comment l'obtenir ?",
        "Partie 1",
    ]


def test_non_verifiable_facts_and_the_tutorials_are_read_from_seeds(tmp_path: Path) -> None:
    (tmp_path / "sources.toml").write_text(
        '[[tutoriel]]\nfile = "000.txt"\ntitle = "T"\nsections = ["Un", "Deux"]\n', encoding="utf-8"
    )
    source = '[source]\nfile = "000.txt"\n\n[[fait]]\nid = "X"\nsection = "Un"\n'
    source += 'type = "adresse"\nresume = "r"\n'
    (tmp_path / "a.toml").write_text(f'{source}verifiable = false\nraison = "loin"\n', encoding="utf-8")
    assert load_tutorials(tmp_path) == [Tutorial("000.txt", "T", ("Un", "Deux"))]
    fact = load_facts(tmp_path)["X"]
    assert (fact.verifiable, fact.reason) == (False, "loin")
    (tmp_path / "a.toml").write_text(f"{source}verifiable = false\n", encoding="utf-8")
    with pytest.raises(ValueError, match="le fait X est non vérifiable sans « raison »"):
        load_facts(tmp_path)
    assert load_tutorials(tmp_path / "ailleurs") == []


def test_every_fact_of_the_seeds_falls_under_a_heading_of_its_tutorial() -> None:
    tutorials = {tutorial.file: tutorial for tutorial in known_tutorials()}
    assert list(tutorials) == ["000_7829f83b93e98f95.txt", "003_8f34ae2baa350dfb.txt"]
    astray = []
    for fact in known_facts().values():
        headings = tutorials[fact.source_file].sections if fact.source_file in tutorials else ()
        if heading_of(fact.section, headings) not in headings:
            astray.append(f"{fact.id} ({fact.source_file}) : « {fact.section} »")
    assert not astray, "section absente de seeds/sources.toml : " + ", ".join(astray)
