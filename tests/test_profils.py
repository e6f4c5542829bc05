"""Dated profiles: their facts are sourced, the sites' hooks follow them, bad names are refused in
French, the drift page and the proofreader read them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mock_sites.franceconnect.gaps import KNOWN_GAPS
from mock_sites.franceconnect.hub import offered_now
from mock_sites.profile_rules import rules_in_state
from mock_sites.profiles import (
    FC_ACCOUNTS,
    PROFILES,
    STATES,
    UnknownProfile,
    checked,
    show,
    state_of,
)
from mock_sites.rules import all_rules, rule
from mock_sites.runner import RunningSites
from parcours.derive.cli import main as derive
from parcours.derive.differences import documentation_entries
from parcours.facts import known_facts
from parcours.inventory import Inventory, save
from parcours.relire.cli import main as relire

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SEEDS = SEEDS if SEEDS.is_dir() else Path("/work/shared/seeds")
T000, T003 = "000_7829f83b93e98f95.txt", "003_8f34ae2baa350dfb.txt"


def test_every_setting_names_a_fact_and_later_ones_a_documented_source() -> None:
    facts, documented = known_facts(), documentation_entries()
    for state in STATES.values():
        for setting in state.settings:
            assert setting.fact in facts, setting
    for setting in STATES["2025"].settings:
        entry = documented[setting.fact]
        assert entry["adresse"].startswith("https://") and entry["titre_source"] and entry["vu_le"]
        assert all(fact in facts for fact in entry["tutoriel"])


def test_tutoriel_gives_each_tutorial_its_own_state() -> None:
    assert state_of("tutoriel", T000).name == "tutoriel-000"
    assert state_of("tutoriel", T003).name == "tutoriel-003"
    assert state_of("2025", T000).name == "2025"
    assert checked("2025") == "2025" and PROFILES[0] == "tutoriel"


def test_an_unknown_profile_names_the_known_ones() -> None:
    with pytest.raises(UnknownProfile, match="profil inconnu « demain » : profils connus : tutoriel, "):
        checked("demain")


def test_pytest_refuses_an_unknown_profile_in_one_french_line(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "pytest", "--profil=demain", "--collect-only", "-q", "-p", "no:xdist"]
    command.append(f"--reports-dir={tmp_path}")
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 4
    assert done.stderr.strip().splitlines() == [
        "ERROR: --profil : profil inconnu « demain » : profils connus : tutoriel, tutoriel-000, "
        "tutoriel-003, 2025."
    ]


def test_serve_refuses_an_unknown_profile_with_exit_2() -> None:
    command = [sys.executable, "-m", "mock_sites", "serve", "--profil=demain"]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "mock_sites : profil inconnu « demain » : profils connus : tutoriel, tutoriel-000, "
        "tutoriel-003, 2025."
    ]


@pytest.mark.parametrize(("state", "count"), [("tutoriel-000", 5), ("tutoriel-003", 6), ("2025", 6)])
def test_franceconnect_offers_the_accounts_of_the_state_in_force(
    mock_sites: RunningSites, state: str, count: int
) -> None:
    show(mock_sites.data_dir, STATES[state])
    try:
        with mock_sites.app("franceconnect").test_request_context():
            offered = [account.site for account in offered_now()]
    finally:
        show(mock_sites.data_dir, state_of("tutoriel"))  # the state a run starts in
    assert offered == list(STATES[state].setting(FC_ACCOUNTS).value)  # type: ignore[union-attr, arg-type]
    assert len(offered) == count and ("france_identite" in offered) == (count == 6)
    with mock_sites.app("franceconnect_plus").test_request_context():
        assert "france_identite" in [account.site for account in offered_now()]  # FranceConnect+ undated


def test_rules_in_a_state_count_its_accounts() -> None:
    rules = rules_in_state(all_rules(), STATES["tutoriel-000"])
    counted = next(r for r in rules if (r.site, r.key) == ("franceconnect", "nombre_comptes"))
    assert counted.value == 5 and rule("franceconnect", "nombre_comptes").value == 6
    assert not any("5 services" in gap.about for gap in KNOWN_GAPS)


def test_derive_writes_each_difference_with_its_sentence_and_source(tmp_path: Path) -> None:
    assert derive(["--de=tutoriel", "--a=2025", f"--sortie={tmp_path}", f"--tutoriels={SEEDS}"]) == 0
    page = (tmp_path / "changements.html").read_text(encoding="utf-8")
    assert "<h1>Ce qui a changé depuis le tutoriel</h1>" in page
    assert "Il existe 5 services permettant de créer un compte utilisable avec France Connect" in page
    assert "https://docs.partenaires.franceconnect.gouv.fr/fs/pilotage/pilotage-fi/" in page
    assert "Mercredi 26 Mai au plus tard à 23h59" in page and "jeudi 22 mai" in page
    assert "expérimentée dans certaines mairies de trois départements" in page  # tutorial 003's
    # Tutorial 003 already had France Identité on FranceConnect: two changes each, none of that one.
    assert page.count("<article") == 4 and page.count("Les sites fictifs de ce profil le montrent") == 2


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--a=demain"], "profil inconnu « demain »"),
        (["--de=tutoriel"], "Options invalides"),
        (["--a=tutoriel"], "un profil daté est attendu"),
        (["--a=2025", "--bavard"], "Options invalides"),
    ],
)
def test_derive_refuses_bad_arguments_in_one_line(
    argv: list[str], says: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert derive([*argv, f"--sortie={tmp_path}"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("derive : ") and says in err[0]
    assert not (tmp_path / "changements.html").exists()


def test_relire_against_the_later_profile_lists_the_changes_of_tutorial_000(tmp_path: Path) -> None:
    inventory = tmp_path / "inventaire.json"
    save(Inventory(profil="2025"), inventory)
    tutorial = tmp_path / T000
    tutorial.write_text((SEEDS / T000).read_text(encoding="utf-8"), encoding="utf-8")
    relire([str(tutorial), "--profil=2025", f"--inventaire={inventory}", f"--sortie={tmp_path / 'out'}"])
    data = json.loads((tmp_path / "out" / "relecture.json").read_text(encoding="utf-8"))
    assert data["profil"] == "2025"
    changes = {change["fait"]: change for change in data["changements_du_profil"]}
    assert set(changes) == {"PROFIL-FC-FOURNISSEURS-6", "PROFIL-IMPOTS-CALENDRIER-2025"}
    assert changes["PROFIL-FC-FOURNISSEURS-6"]["faits_du_tutoriel"] == ["FC-FOURNISSEURS-5"]
    five = [claim for claim in data["affirmations"] if "Il existe 5 services" in claim["texte"]]
    assert five and five[0]["verdict"] == "different" and "6 comptes" in five[0]["constate"]


def test_relire_refuses_an_unknown_profile(capsys: pytest.CaptureFixture[str]) -> None:
    assert relire([str(SEEDS / T003), "--profil=demain"]) == 2
    assert "profil inconnu « demain »" in capsys.readouterr().err


def test_the_inventory_of_a_run_keeps_its_profile(tmp_path: Path) -> None:
    from parcours.report.inventory_recorder import PART_PREFIX, merge_parts

    for worker in ("gw0", "gw1"):
        save(Inventory(profil="2025"), tmp_path / f"{PART_PREFIX}{worker}.json")
    merge_parts(tmp_path)
    data = json.loads((tmp_path / "inventaire.json").read_text(encoding="utf-8"))
    assert data["profil"] == "2025"
