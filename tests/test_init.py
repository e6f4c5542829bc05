"""`python -m parcours init`: the files a team's repository gets, and what it refuses."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from parcours.__main__ import main
from parcours_mock_sites.external_clients import load_client_config


def test_init_writes_a_journey_the_ini_and_the_registration(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["init", "--dossier", str(tmp_path), "--service", "http://127.0.0.1:3107", "--nom", "Ma mairie"])
        == 0
    )
    feature = (tmp_path / "features" / "connexion_franceconnect.feature").read_text(encoding="utf-8")
    assert (
        feature.startswith("# language: fr\n")
        and 'je clique sur le bouton "Continuer sur Ma mairie"' in feature
    )
    assert "scenarios(" in (tmp_path / "features" / "test_parcours.py").read_text(encoding="utf-8")
    ini = (tmp_path / "pytest.ini").read_text(encoding="utf-8")
    assert "parcours = true" in ini and "parcours_service = http://127.0.0.1:3107" in ini
    [client] = load_client_config(tmp_path / "parcours-clients.toml")
    assert client.redirect_uris == ("http://127.0.0.1:3107/oidc/callback",) and client.name == "Ma mairie"
    said = capsys.readouterr().out
    assert "http://franceconnect.localhost:8100/api/v2" in said and "mon-service" in said


def test_an_existing_configuration_is_left_alone_and_its_lines_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "equipe"\n', encoding="utf-8")
    assert main(["init", "--dossier", str(tmp_path)]) == 0
    assert tomllib.loads((tmp_path / "pyproject.toml").read_text(encoding="utf-8")) == {
        "project": {"name": "equipe"}
    }
    assert not (tmp_path / "pytest.ini").exists()
    assert "parcours_clients = parcours-clients.toml" in capsys.readouterr().out


def test_init_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feature = tmp_path / "features" / "connexion_franceconnect.feature"
    feature.parent.mkdir()
    feature.write_text("# à moi\n", encoding="utf-8")
    assert main(["init", "--dossier", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "existe déjà ; rien n'a été écrit" in err
    assert feature.read_text(encoding="utf-8") == "# à moi\n"
    assert not (tmp_path / "parcours-clients.toml").exists()


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--service", "localhost:3000"], "n'est pas une adresse http(s)"),
        (["--port", "80"], "entre 1024 et 65000"),
    ],
)
def test_bad_input_is_one_french_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], says: str
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["init", "--dossier", str(tmp_path), *argv])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert says in err and err.count("\n") == 1
    assert not any(tmp_path.iterdir())
