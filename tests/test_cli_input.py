"""Bad command-line and file input: one French line, exit code 2, nothing started or written."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mock_sites.__main__ import main as serve_main
from mock_sites.__main__ import parse_args
from mock_sites.external_clients import ClientConfigError, load_client_config
from mock_sites.ports import UNSAFE_PORTS, PortError, check_first_port
from parcours.cible import CibleError, load_cible


def _one_french_line(capsys: pytest.CaptureFixture[str]) -> str:
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert out == "" and len(lines) == 1, err
    assert "Traceback" not in err and lines[0].startswith("mock_sites : ")
    return lines[0]


@pytest.mark.parametrize("port", ["99999", "-5", "65530", "0", "1", "6000", "65536"])
def test_a_first_port_that_cannot_serve_every_site_is_refused(
    capsys: pytest.CaptureFixture[str], port: str
) -> None:
    assert serve_main(["serve", "--port", port]) == 2
    assert "--port" in _one_french_line(capsys)


def test_client_config_on_a_directory_or_a_non_utf8_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    latin = tmp_path / "clients.toml"
    latin.write_bytes(b'[[client]]\nname = "\xe9t\xe9"\n')
    for path in (tmp_path, latin):
        assert serve_main(["serve", "--client-config", str(path)]) == 2
        assert str(path) in _one_french_line(capsys)
    assert sorted(tmp_path.iterdir()) == [latin]  # nothing written


def test_a_non_utf8_cible_is_a_cible_error(tmp_path: Path) -> None:
    latin = tmp_path / "cible.toml"
    latin.write_bytes(b'nom = "\xe9t\xe9"\n')
    with pytest.raises(CibleError, match="UTF-8"):
        load_cible(latin, {})
    with pytest.raises(CibleError):
        load_cible(tmp_path, {})


pytest_plugins = ["pytester"]


@pytest.mark.parametrize("content", [b'nom = "\xe9t\xe9"\n', None])
def test_pytest_cible_on_a_non_utf8_file_or_a_folder_stops_with_exit_code_4(
    pytester: pytest.Pytester, content: bytes | None
) -> None:
    pytester.makeconftest('pytest_plugins = ["parcours.plugin"]\n')
    pytester.makepyfile(test_essai="def test_rien():\n    assert True\n")
    target = pytester.path / "cible.toml"
    if content is None:
        target.mkdir()
    else:
        target.write_bytes(content)
    reports = pytester.path / "rapports"
    result = pytester.runpytest(
        "-p", "no:playwright", "--parcours", f"--reports-dir={reports}", f"--cible={target}"
    )
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    errors = [line for line in result.errlines if line.strip()]
    assert len(errors) == 1 and errors[0].startswith("ERROR: --cible"), result.errlines
    assert "INTERNALERROR" not in result.stdout.str() + result.stderr.str()
    assert not reports.exists()  # nothing written


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_config_loaders_take_any_bytes_without_a_traceback(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fichier.toml"
    path.write_bytes(data)
    for load, error in ((load_client_config, ClientConfigError), (lambda p: load_cible(p, {}), CibleError)):
        try:
            load(path)
        except error as refused:
            assert str(refused).strip()


@given(st.integers())
def test_any_first_port_is_accepted_or_refused_in_french(port: int) -> None:
    try:
        check_first_port(port, 20)
    except PortError as refused:
        assert "--port" in str(refused)
    else:
        assert 1024 <= port <= 65535 - 19 and not set(range(port, port + 20)) & UNSAFE_PORTS


@given(st.lists(st.text(max_size=20), max_size=4))
def test_the_serve_option_parser_takes_any_text_without_a_traceback(words: list[str]) -> None:
    try:
        parse_args(["serve", *words])
    except SystemExit as exit_:  # argparse's own refusal: usage and exit code 2
        assert exit_.code in (0, 2)
