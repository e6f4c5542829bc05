"""Tutorials written in other styles than the bundled ones (a numbered sheet with « Appuyez sur »,
a markdown handout with bold and code labels, a short text with cut addresses and non-breaking
spaces), read against the sites' own rules and an inventory with boxes; every kind of claim mutated,
the detection rate and the false alarms computed over them and the bundled tutorials."""

from __future__ import annotations

from pathlib import Path

import pytest

from mock_sites.rules import all_rules, known_gaps
from parcours.inventory import Box, Element, Inventory, Mail, PageState
from parcours.relire import claims, match, readers

DATA = Path(__file__).parent / "data" / "relire"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SEEDS = SEEDS if SEEDS.is_dir() else Path("/work/shared/seeds")
FICHE, MEMO, COURT = "fiche_solidarite.txt", "memo_ameli.md", "court_france_identite.txt"
T000, T003 = "000_7829f83b93e98f95.txt", "003_8f34ae2baa350dfb.txt"


def button(name: str, x: float = 500, y: float = 400) -> Element:
    return Element("button", name, Box(x, y, 160, 40))


INVENTORY = Inventory(
    pages=[
        PageState(
            "impots",
            "/",
            "Accueil",
            1280,
            800,
            (
                button("Votre espace particulier", 1080, 24),
                button("Continuer"),
                button("S'identifier avec FranceConnect", 560, 300),
                button("Accéder à la déclaration en ligne"),
            ),
            capture="captures/impots.png",
        ),
        PageState(
            "franceconnect", "/", "Choix", 1280, 800, (button("Ameli", 100, 300), button("Me connecter"))
        ),
    ],
    courriels=[
        Mail("impots", "ne-pas-repondre@dgfip.finances.gouv.fr", "impots.gouv.fr - Activation", ""),
    ],
)
RULES, GAPS = all_rules(), known_gaps()


def verdicts(path: Path, text: str | None = None) -> list[match.Verdict]:
    """The verdicts of a tutorial file, or of `text` read as that file."""
    lines = readers.read(path)
    if text is not None:
        lines = [readers.Line(n, None, t) for n, t in enumerate(text.splitlines(), start=1)]
    return [match.check(c, INVENTORY, RULES, GAPS) for c in claims.extract(lines)]


def flagged(found: list[match.Verdict]) -> set[tuple[int, str, str]]:
    """The claims contradicted or not found, outside the sites' deliberate gaps."""
    wrong = ("different", "introuvable")
    return {
        (v.claim.ligne, v.claim.genre, v.claim.attendu)
        for v in found
        if v.verdict in wrong and not v.ecart_connu
    }


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            FICHE,
            {
                (5, "bouton", "Votre espace particulier", "conforme"),
                (5, "position", "en haut à droite", "conforme"),
                (6, "format", "13 chiffres", "conforme"),
                (6, "bouton", "Continuer", "conforme"),
                (7, "format", "12 caractères minimum", "conforme"),
                (7, "format", "au moins 1 chiffre et 1 lettre", "conforme"),
                (8, "courriel", "ne-pas-repondre@dgfip.finances.gouv.fr", "conforme"),
                (9, "delai", "valable 24 heures", "conforme"),
                (10, "bouton", "S'identifier avec FranceConnect", "conforme"),
            },
        ),
        (
            MEMO,
            {
                (5, "bouton", "S'identifier avec FranceConnect", "conforme"),
                (6, "bouton", "Ameli", "conforme"),
                (7, "format", "13 chiffres", "conforme"),
                (7, "format", "sans la clé", "conforme"),
                (8, "bouton", "Me connecter", "conforme"),
                (9, "courriel", "Notification de connexion au service", "conforme"),
                (11, "echeance", "départements 20 à 54", "conforme"),
                (11, "echeance", "mardi 1er juin à 23h59", "conforme"),
            },
        ),
        (
            COURT,
            {
                (1, "courriel", "ne-pas-repondre@france-identite.gouv.fr", "conforme"),
                (2, "courriel", "France Identité - Confirmez votre adresse électronique", "conforme"),
                (3, "format", "6 chiffres", "conforme"),
                (4, "compte", "3 départements", "conforme"),
                (4, "liste", "Eure-et-Loir, Rhône, Hauts-de-Seine", "conforme"),
                (5, "lieu", "mairie de Chartres", "conforme"),
                (6, "version", "iOS 17 minimum", "conforme"),
                (6, "version", "Android supérieur à 10", "conforme"),
                (7, "delai", "dans les 24 à 48 heures", "conforme"),
                (8, "compte", "3 espaces", "conforme"),
                (8, "liste", "Mon espace Conducteur, Mon espace Identité, Mon espace Véhicule", "conforme"),
            },
        ),
    ],
)
def test_a_tutorial_in_another_style_yields_its_claims(name: str, expected: set) -> None:
    found = {(v.claim.ligne, v.claim.genre, v.claim.attendu, v.verdict) for v in verdicts(DATA / name)}
    assert expected <= found, sorted(expected - found)
    assert flagged(verdicts(DATA / name)) == set()


def test_every_sentence_without_a_claim_keeps_its_reason() -> None:
    found = verdicts(DATA / FICHE)
    [kept] = [v for v in found if v.claim.ligne == 12]
    assert (kept.verdict, kept.raison) == ("non_verifiable", claims.NOTHING)
    assert all(v.raison for v in found if v.verdict == "non_verifiable")


MUTANTS = [
    (FICHE, "en haut à droite", "en bas à gauche"),
    (FICHE, "(13 chiffres)", "(11 chiffres)"),
    (FICHE, "12 caractères", "10 caractères"),
    (FICHE, "au moins 1 chiffre et 1 lettre", "au moins 2 chiffres et 1 lettre"),
    (FICHE, "par ne-pas-repondre@dgfip", "par ne-pas-repondre@impots"),
    (FICHE, "valable 24 heures", "valable 12 heures"),
    (FICHE, "« Continuer »", "« Poursuivre »"),
    (MEMO, "**S’identifier avec FranceConnect**", "**Se connecter avec FranceConnect**"),
    (MEMO, '"Ameli"', '"Assurance Retraite"'),
    (MEMO, "13 chiffres, sans", "15 chiffres, sans"),
    (MEMO, "`Me connecter`", "`Me déconnecter`"),
    (MEMO, "« Notification de connexion", "« Alerte de connexion"),
    (MEMO, "départements 20 à 54", "départements 20 à 59"),
    (MEMO, "mardi 1er juin", "mercredi 1er juin"),
    (MEMO, "à 23h59", "à 20h00"),
    (COURT, "pas-repondre@france-identite", "pas-repondre@franceidentite"),
    (COURT, "Confirmez votre adresse", "Validez votre adresse"),
    (COURT, "6\u00a0chiffres", "8\u00a0chiffres"),
    (COURT, "3\u00a0départements", "4\u00a0départements"),
    (COURT, "Rhône et", "Gironde et"),
    (COURT, "mairie de Chartres", "mairie de Dreux"),
    (COURT, "iOS\u00a017 minimum", "iOS\u00a015 minimum"),
    (COURT, "supérieur à 10", "supérieur à 8"),
    (COURT, "24\u00a0à\u00a048", "48\u00a0à\u00a072"),
    (COURT, "3 espaces", "4 espaces"),
    (COURT, "Mon espace Véhicule", "Mon espace Bateau"),
    (T000, "S’identifier avec FranceConnect", "S’inscrire avec FranceConnect"),
    (T000, "Votre espace particulier, en haut à droite", "Votre espace particulier, en bas à gauche"),
    (T000, "Numéro fiscal (13 chiffres)", "Numéro fiscal (12 chiffres)"),
    (T000, "12 caractères minimum", "8 caractères minimum"),
    (T000, "valable 24 heures", "valable 48 heures"),
    (T000, "pas-repondre@dgfip.finances.gouv.fr", "pas-repondre@impots.gouv.fr"),
    (T000, "impots.gouv.fr - Activation de", "impots.gouv.fr - Création de"),
    (T000, "Mercredi 26 Mai", "Jeudi 26 Mai"),
    (T000, "départements n° 01 à 19", "départements n° 01 à 29"),
    (T000, "Mardi 8 Juin au plus tard à 23h59", "Mardi 8 Juin au plus tard à 20h00"),
    (T000, "à 3 espaces", "à 4 espaces"),
    (T003, "l’Eure-et-Loir, le Rhône", "l’Eure-et-Loir, la Gironde"),
    (T003, "Depuis le 13 novembre 2023", "Depuis le 13 novembre 2022"),
    (T003, "iOs (>16)", "iOs (>15)"),
    (T003, "supérieur à 10", "supérieur à 12"),
    (T003, "Dans les 24h-48h", "Dans les 72h-96h"),
]


def _path(name: str) -> Path:
    return (SEEDS if name in (T000, T003) else DATA) / name


def outcome(name: str, original: str, mutated: str) -> tuple[bool, int]:
    """Whether the mutated line is newly flagged, and how many other lines a mutant newly flags."""
    text = _path(name).read_text(encoding="utf-8")
    assert original in text, original
    lines = {n for n, t in enumerate(text.splitlines(), start=1) if original.split("\n")[0] in t}
    before = flagged(verdicts(_path(name), text))
    after = flagged(verdicts(_path(name), text.replace(original, mutated, 1))) - before
    newly = {line for line, _, _ in after}
    near = lines | {n + 1 for n in lines} | {n - 1 for n in lines}  # a claim cut across two lines
    return bool(newly & near), len(newly - near)


@pytest.mark.parametrize(("name", "original", "mutated"), MUTANTS, ids=[m for _, _, m in MUTANTS])
def test_each_mutant_is_flagged_at_its_line(name: str, original: str, mutated: str) -> None:
    if not _path(name).is_file():
        pytest.skip("tutoriels de /work/shared/seeds absents")
    caught, collateral = outcome(name, original, mutated)
    assert caught and collateral == 0


def test_detection_rate_and_false_alarms_over_every_mutant() -> None:
    mutants = [m for m in MUTANTS if _path(m[0]).is_file()]
    results = [outcome(*m) for m in mutants]
    detected = sum(caught for caught, _ in results)
    own = [DATA / name for name in (FICHE, MEMO, COURT)]
    false_alarms = sum(len(flagged(verdicts(path))) for path in own) + sum(n for _, n in results)
    kinds = {claims_kind for path in own for claims_kind in {v.claim.genre for v in verdicts(path)}}
    print(
        f"\nrelire : {detected}/{len(mutants)} mutants détectés ({100 * detected / len(mutants):.0f} %),"
        f" {false_alarms} fausse(s) alerte(s), genres relevés : {', '.join(sorted(kinds))}"
    )
    assert (detected, false_alarms) == (len(mutants), 0)
