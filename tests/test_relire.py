"""The proofreader: claims extracted from the bundled tutorials and their mutants, checked against
an inventory and rules built here, and its command-line input errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mock_sites.rules import KnownGap, Rule
from parcours.inventory import Element, Inventory, Mail, PageState
from parcours.relire import claims, match, readers
from parcours.relire.cli import main

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SEEDS = SEEDS if SEEDS.is_dir() else Path("/work/shared/seeds")
T000 = SEEDS / "000_7829f83b93e98f95.txt"
T003 = SEEDS / "003_8f34ae2baa350dfb.txt"
pytestmark = pytest.mark.skipif(not T000.is_file(), reason="tutoriels de /work/shared/seeds absents")

NAMES = [
    "Votre espace particulier",
    "S'identifier avec FranceConnect",
    "Continuer",
    "Me connecter",
    "Accéder à la déclaration en ligne",
    "Commencer",
    "Mon Compte",
    "Continuer sur mesdroitssociaux",
]
INVENTORY = Inventory(
    pages=[
        PageState(
            "impots",
            "/",
            "Accueil",
            1280,
            800,
            tuple(Element("button", n) for n in NAMES),
            capture="captures/accueil.png",
        )
    ],
    courriels=[
        Mail(
            "impots",
            "ne-pas-repondre@dgfip.finances.gouv.fr",
            "impots.gouv.fr - Activation de l'accès à mon espace particulier",
            "",
        )
    ],
)
RULES = (
    Rule("impots", "numero_fiscal", "format", 13, ("numero fiscal",), "le numéro fiscal compte 13 chiffres"),
    Rule("impots", "acces", "format", 7, ("numero d'acces",), "le numéro d'accès compte 7 chiffres"),
    Rule("impots", "mdp", "format", 12, ("mot de passe",), "12 caractères minimum"),
    Rule("impots", "lien", "delai", 24, ("activation",), "le lien est valable 24 heures"),
    Rule("france_identite", "ios", "version", 16, ("ios",), "iOS 17 ou plus"),
    Rule("impots", "etapes", "compte", 5, ("etapes",), "5 étapes"),
    Rule("ants", "espaces", "compte", 3, ("espaces",), "3 espaces"),
)


def verdicts_of(text: str, inventory: Inventory = INVENTORY, gaps: tuple[KnownGap, ...] = ()) -> list:
    lines = [readers.Line(n, None, t) for n, t in enumerate(text.splitlines(), start=1)]
    return [match.check(c, inventory, RULES, gaps) for c in claims.extract(lines)]


def flagged_lines(text: str) -> set[int]:
    return {v.claim.ligne for v in verdicts_of(text) if v.verdict in ("different", "introuvable")}


def test_the_bundled_tutorial_has_its_claims_at_their_lines() -> None:
    found = {(c.ligne, c.genre, c.attendu) for c in claims.extract(readers.read(T000))}
    assert (137, "bouton", "S'identifier avec FranceConnect") in found
    assert (62, "format", "13 chiffres") in found
    assert (118, "delai", "valable 24 heures") in found
    assert (114, "courriel", "ne-pas-repondre@dgfip.finances.gouv.fr") in found
    assert (75, "position", "en haut à droite") in found


MUTANTS = [
    (
        "Puis cliquez sur le bouton S’identifier avec FranceConnect.",
        "Puis cliquez sur le bouton Se connecter avec FranceConnect.",
    ),
    ("• Numéro fiscal (13 chiffres)", "• Numéro fiscal (11 chiffres)"),
    ("• Numéro d'accès en ligne (7 chiffres)", "• Numéro d'accès en ligne (8 chiffres)"),
    (
        "Cliquez sur le lien bleu d’activation, valable 24 heures.",
        "Cliquez sur le lien bleu d’activation, valable 48 heures.",
    ),
    (
        "Une fois connecté, cliquez sur Accéder à la déclaration en ligne.",
        "Une fois connecté, cliquez sur Déclarer mes revenus.",
    ),
    ("pas-repondre@dgfip.finances.gouv.fr", "pas-repondre@impots.gouv.fr"),
    ("impots.gouv.fr - Activation de", "impots.gouv.fr - Création de"),
    ("Cliquez sur Mon Compte", "Cliquez sur Mon Profil"),
]


@pytest.mark.parametrize(("original", "mutant"), MUTANTS, ids=[m for _, m in MUTANTS])
def test_each_mutant_of_tutorial_000_is_flagged_at_its_line(original: str, mutant: str) -> None:
    text = T000.read_text(encoding="utf-8")
    assert original in text
    line = next(n for n, t in enumerate(text.splitlines(), start=1) if original in t)
    before = flagged_lines(text)
    after = flagged_lines(text.replace(original, mutant, 1))
    assert line in after - before or (line - 1) in after - before


def test_a_mutated_ios_threshold_of_tutorial_003_is_flagged() -> None:
    text = T003.read_text(encoding="utf-8")
    line = next(n for n, t in enumerate(text.splitlines(), start=1) if "iOs (>16)" in t)
    assert line not in flagged_lines(text)
    assert line in flagged_lines(text.replace("iOs (>16)", "iOs (>15)"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Puis appuyez sur « S’identifier avec FranceConnect ».",
        'Tapez "Continuer".',
        "Validez avec le bouton « Me connecter ».",
        "cliquez sur le bouton 'Commencer'",
        "Cliquez sur\u00a0«\u00a0Votre espace particulier\u00a0»",
    ],
)
def test_rewordings_read_as_the_original(sentence: str) -> None:
    [verdict] = [v for v in verdicts_of(sentence) if v.claim.genre == "bouton"]
    assert verdict.verdict == "conforme", verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "Ensuite, choisissez le Compte avec lequel vous souhaitez vous connecter.",
        "Sélectionnez le Service dont vous avez besoin.",
    ],
)
def test_a_described_element_is_no_named_element(sentence: str) -> None:
    assert [v for v in verdicts_of(sentence) if v.claim.genre == "bouton"] == []


def test_a_near_name_is_different_with_the_site_s_name() -> None:
    [verdict] = verdicts_of("Cliquez sur le bouton Me connectez.")
    assert verdict.verdict == "different"
    assert verdict.constate == "Me connecter"


def test_a_known_gap_carries_its_reason() -> None:
    gap = KnownGap("franceconnect", ("mon profil",), "le site n'a pas de profil")
    [verdict] = verdicts_of("Cliquez sur Mon Profil.", gaps=(gap,))
    assert verdict.verdict == "introuvable"
    assert verdict.ecart_connu == "le site n'a pas de profil"


def write_inventory(tmp_path: Path) -> Path:
    from parcours.inventory import save

    path = tmp_path / "inventaire.json"
    save(INVENTORY, path)
    return path


def test_a_docx_tutorial_is_read_and_written_as_json(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Présentation du service")
    document.add_paragraph("Cliquez sur Se connecter avec FranceConnect.")
    document.save(str(tmp_path / "tuto.docx"))
    code = main(
        [
            str(tmp_path / "tuto.docx"),
            f"--sortie={tmp_path / 'out'}",
            f"--inventaire={write_inventory(tmp_path)}",
        ]
    )
    data = json.loads((tmp_path / "out" / "relecture.json").read_text(encoding="utf-8"))
    assert code == 1
    [claim] = [a for a in data["affirmations"] if a["genre"] == "bouton"]
    assert (claim["ligne"], claim["verdict"], claim["constate"]) == (
        2,
        "different",
        "S'identifier avec FranceConnect",
    )


def test_a_pdf_tutorial_keeps_its_page_numbers(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for sentence in ("Ouvrez le site des impots.", "Cliquez sur Continuer."):
        pdf.add_page()
        pdf.cell(text=sentence)
    pdf.output(str(tmp_path / "tuto.pdf"))
    code = main(
        [str(tmp_path / "tuto.pdf"), f"--sortie={tmp_path}", f"--inventaire={write_inventory(tmp_path)}"]
    )
    data = json.loads((tmp_path / "relecture.json").read_text(encoding="utf-8"))
    [claim] = [a for a in data["affirmations"] if a["genre"] == "bouton"]
    assert (code, claim["page"], claim["verdict"]) == (0, 2, "conforme")


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("absent.txt", None, "n'existe pas"),
        ("tuto.rtf", "x", "format"),
        ("vide.txt", "  \n", "aucun texte"),
        ("casse.docx", "pas un docx", "abîmé"),
    ],
)
def test_bad_input_says_so_in_one_french_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str | None, words: str
) -> None:
    if content is not None:
        (tmp_path / name).write_text(content, encoding="utf-8")
    assert main([str(tmp_path / name), f"--sortie={tmp_path / 'out'}"]) == 2
    error = capsys.readouterr().err.strip()
    assert words in error and "\n" not in error and "Traceback" not in error
    assert not (tmp_path / "out").exists()


def test_an_unknown_option_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--sans-fichier"]) == 2
    assert "Options invalides" in capsys.readouterr().err


def test_an_odt_tutorial_is_read(tmp_path: Path) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.text import P

    document = OpenDocumentText()
    document.text.addElement(P(text="Appuyez sur « Commencer »."))
    document.save(str(tmp_path / "tuto.odt"))
    [claim] = [c for c in claims.extract(readers.read(tmp_path / "tuto.odt")) if c.genre == "bouton"]
    assert (claim.ligne, claim.attendu) == (1, "Commencer")


def test_an_address_cut_across_lines_is_joined() -> None:
    text = "ouvrez le courriel reçu de l'expéditeur : ne-\npas-repondre@dgfip.finances.gouv.fr ce jour"
    lines = [readers.Line(n, None, part) for n, part in enumerate(text.split("\n"), start=1)]
    [claim] = [c for c in claims.extract(lines) if c.genre == "courriel"]
    assert (claim.ligne, claim.attendu) == (1, "ne-pas-repondre@dgfip.finances.gouv.fr")


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("dossier", "DIR", "est un dossier"),
        ("casse.pdf", "%PDF-1.4 tronqué", "abîmé"),
        ("casse.odt", "pas un odt", "abîmé"),
        ("tuto", "sans extension", "format"),
    ],
)
def test_more_bad_tutorials_say_so_in_one_french_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: str, words: str
) -> None:
    target = tmp_path / name
    target.mkdir() if content == "DIR" else target.write_text(content, encoding="utf-8")
    assert main([str(target), f"--sortie={tmp_path / 'out'}"]) == 2
    error = capsys.readouterr().err.strip()
    assert words in error and "\n" not in error and "Traceback" not in error


@pytest.mark.parametrize("inventory", ["pas du json {", '{"version": 0}', "[1, 2]"])
def test_an_inventory_that_is_not_one_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], inventory: str
) -> None:
    (tmp_path / "tuto.txt").write_text("Cliquez sur Continuer.", encoding="utf-8")
    (tmp_path / "inventaire.json").write_text(inventory, encoding="utf-8")
    code = main([str(tmp_path / "tuto.txt"), f"--inventaire={tmp_path / 'inventaire.json'}"])
    error = capsys.readouterr().err.strip()
    assert code == 2
    assert "n'est pas un inventaire JSON lisible" in error and "\n" not in error
