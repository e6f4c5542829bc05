"""`python -m parcours etapes`: every step of the library, its typed parameters, an example, its module."""

from __future__ import annotations

import pytest

from parcours.__main__ import main
from parcours.catalogue_etapes.catalogue import catalogue
from parcours.layout import data_dir


def test_every_step_module_contributes_and_each_step_says_where_it_is() -> None:
    steps = catalogue(["parcours_steps"], [data_dir("parcours_features")])
    modules = {step.module for step in steps}
    assert {"parcours_steps.franceconnect", "parcours_steps.mon_service", "parcours_steps.commun"} <= modules
    assert len(steps) > 150 and all(step.ligne > 0 and step.texte for step in steps)
    assert len({(step.module, step.ligne, step.mot_cle) for step in steps}) == len(steps)


def test_a_step_shows_its_typed_parameters_docstring_and_an_example(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["etapes"]) == 0
    out = capsys.readouterr().out
    block = next(
        part
        for part in out.split("\n\n")
        if part.startswith("Alors {service} indique que je me suis connecté")
    )
    assert "    fois : int\n" in block and "    service : str\n" in block
    assert "exemple : features/" in block and ".feature:" in block
    assert "défini dans parcours_steps.franceconnect (ligne " in block
    assert "The service counts the logins" in block


def test_markdown_has_a_section_per_module(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["etapes", "--format=markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Catalogue des étapes\n") and "## `parcours_steps.mon_service`" in out
    assert "### Étant donné j'ouvre mon service" in out and "(?P<" not in out


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--format=html"], "format « html » inconnu"),
        (["--paquet", "pas_un_paquet"], "« pas_un_paquet » introuvable"),
    ],
)
def test_bad_input_is_one_french_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], says: str
) -> None:
    try:
        code = main(["etapes", *argv])
    except SystemExit as stop:
        code = int(stop.code or 0)
    assert code == 2
    err = capsys.readouterr().err
    assert says in err and err.count("\n") == 1
