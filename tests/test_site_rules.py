"""Each rule a site declares is the one it enforces: the value one below or above is refused by the
site's own form or validator, the value itself accepted, and its pages and mails say that value."""

from __future__ import annotations

import random
import re
from html import unescape

import pytest

from mock_sites.ameli import LOGIN_FORM as AMELI_FORM
from mock_sites.ants.code_photo import CodePhotoError, check_code, generate_code
from mock_sites.ants.uploads import UploadError, check_upload
from mock_sites.common.identities import Situation
from mock_sites.france_identite.certification import PIN
from mock_sites.france_identite.results import HOUR, result_delay
from mock_sites.france_identite.rules import PHONE_TOO_OLD, phone_refusal
from mock_sites.franceconnect.hub import EXTENSION
from mock_sites.impots.declaration.calendrier import ZONES, is_open
from mock_sites.impots.disposition import CLASSES, PLACES
from mock_sites.mairie.communes import MAIRIES, refusal
from mock_sites.msa import LOGIN_FORM as MSA_FORM
from mock_sites.rules import all_rules, rule
from mock_sites.runner import RunningSites

from .test_ants_uploads import image
from .test_impots_creation import Creation, _household

PNG = image("PNG")  # a real image: uploads are decoded, not judged by their first bytes


def value(site: str, key: str) -> int:
    """A rule's value, as a number."""
    found = rule(site, key).value
    assert isinstance(found, int)
    return found


@pytest.fixture
def creation(mock_sites: RunningSites, request: pytest.FixtureRequest) -> Creation:
    """A person at the start of the espace particulier's creation, in their own test client."""
    person = _household(mock_sites, request, Situation.SINGLE).members[0]
    return Creation(mock_sites, person, mock_sites.app("impots").test_client())


def test_every_rule_is_declared_once_with_its_words() -> None:
    keys = [(found.site, found.key) for found in all_rules()]
    assert len(keys) == len(set(keys))
    assert all(found.subject and found.text for found in all_rules())


def test_the_numero_fiscal_has_the_declared_digits(creation: Creation) -> None:
    digits = value("impots", "numero_fiscal_chiffres")
    short = creation.identifiers(numero_fiscal=creation.person.numero_fiscal[:-1])
    page = unescape(short.text)
    assert short.status_code == 200 and f"doit comporter {digits} chiffres" in page
    assert f'id="numero_fiscal-aide">{digits} chiffres</span>' in page  # the field's hint
    assert len(creation.person.numero_fiscal) == digits
    assert creation.identifiers().status_code == 302


def test_the_access_number_has_the_declared_digits(creation: Creation) -> None:
    digits = value("impots", "numero_acces_chiffres")
    longer = creation.identifiers(numero_acces=creation.person.online_access_number + "1")
    assert f"doit comporter {digits} chiffres" in unescape(longer.text)
    assert len(creation.person.online_access_number) == digits


def test_the_password_has_the_declared_length_and_composition(creation: Creation) -> None:
    length = value("impots", "mot_de_passe_caracteres")
    assert creation.identifiers().status_code == 302
    for refused in ("a1" * length)[: length - 1], "a" * length, "1" * length:
        typed = {"mot_de_passe": refused, "mot_de_passe_confirmation": refused}
        assert creation.information(typed=typed).status_code == 200, refused
    accepted = ("a1" * length)[:length]
    typed = {"mot_de_passe": accepted, "mot_de_passe_confirmation": accepted}
    assert creation.information(typed=typed).status_code == 302
    page = unescape(creation.client.get("/creation/informations").text)
    assert (
        f"{length} caractères minimum, dont au moins {rule('impots', 'mot_de_passe_composition').value}"
        in page
    )


def test_the_sms_code_the_link_and_the_mail_are_as_declared(creation: Creation) -> None:
    creation.up_to_confirmation()
    assert creation.confirm().status_code == 302
    code = creation.sms_code()
    assert len(code) == value("impots", "code_sms_chiffres")
    assert creation.client.post("/creation/code-sms", data={"code": code}).status_code == 302
    mail = creation.mails()[0]
    assert mail.sender == rule("impots", "courriel_expediteur").value
    assert mail.subject == rule("impots", "courriel_objet").value
    hours = value("impots", "lien_activation_heures")
    assert f"valable {hours} heures" in mail.text_body
    creation.sites.clock.advance(hours * 3600 + 60)
    expired = unescape(creation.client.get(creation.activation_path()).text)
    assert f"il n'est valable que {hours} heures" in expired


@pytest.mark.parametrize("form", [AMELI_FORM, MSA_FORM], ids=["ameli", "msa"])
def test_the_nir_has_the_declared_digits_without_its_key(form: object) -> None:
    digits = value("ameli", "nir_chiffres")
    assert value("msa", "nir_chiffres") == digits
    check = form.check_identifier  # type: ignore[attr-defined]
    assert check("1" * digits) is None
    assert f"{digits} chiffres" in check("1" * (digits - 1))
    assert "sans la clé" in check("1" * (digits + 2))
    assert form.identifier_hint.startswith(f"{digits} chiffres")  # type: ignore[attr-defined]


@pytest.mark.parametrize("system", ["iOS", "Android"])
def test_france_identite_refuses_the_declared_versions(system: str) -> None:
    newest_refused = value("france_identite", f"{system.lower()}_refuse_jusqua")
    agent = {
        "iOS": "Mozilla/5.0 (iPhone; CPU iPhone OS {}_0 like Mac OS X) AppleWebKit/605.1.15",
        "Android": "Mozilla/5.0 (Linux; Android {}; Pixel 8) AppleWebKit/537.36",
    }[system]
    assert phone_refusal(agent.format(newest_refused)) == PHONE_TOO_OLD
    assert phone_refusal(agent.format(newest_refused + 1)) is None
    assert f"{system} {newest_refused + 1} ou plus récent" in PHONE_TOO_OLD


def test_france_identite_code_and_notice_delay() -> None:
    digits = value("france_identite", "code_personnel_chiffres")
    assert PIN.fullmatch("1" * digits) and not PIN.fullmatch("1" * (digits - 1))
    earliest, latest = rule("france_identite", "notification_resultat").value  # type: ignore[misc]
    delays = [result_delay("graine", f"personne-{n}@exemple.fr") for n in range(50)]
    assert all(earliest * HOUR <= delay <= latest * HOUR for delay in delays)


def test_only_the_declared_departements_certify() -> None:
    names = rule("mairie", "departements_certification").value
    assert value("mairie", "nombre_departements_certification") == len(names)  # type: ignore[arg-type]
    for mairie in MAIRIES.values():
        assert (refusal(mairie) is None) == (mairie.departement_name in names)  # type: ignore[operator]


def test_ants_code_photo_and_file_size() -> None:
    length = value("ants", "code_photo_caracteres")
    code = generate_code(random.Random(1))
    assert len(code) == length and check_code(code) == code
    with pytest.raises(CodePhotoError, match=f"compte {length} caractères"):
        check_code(code[:-1])
    limit = value("ants", "taille_fichier_mo") * 1024 * 1024
    assert check_upload("photo.png", PNG + b"0" * (limit - len(PNG))).size == limit
    with pytest.raises(UploadError, match=f"{value('ants', 'taille_fichier_mo')} Mo au plus"):
        check_upload("photo.png", PNG + b"0" * limit)


def test_franceconnect_shows_the_declared_accounts(mock_sites: RunningSites) -> None:
    hub = mock_sites.app("franceconnect").extensions[EXTENSION]
    assert (
        tuple(account.label for account in hub.accounts.values())
        == rule("franceconnect", "comptes_proposes").value
    )
    assert value("franceconnect", "nombre_comptes") == len(hub.accounts)


def test_the_ameli_button_bears_the_tutorials_words(mock_sites: RunningSites) -> None:
    hub = mock_sites.app("franceconnect").extensions[EXTENSION]
    assert hub.accounts["ameli"].label == "Compte de l'Assurance Maladie (Compte Ameli)"
    assert hub.accounts["impots"].label == "impots.gouv.fr"  # the others keep their site's title


@pytest.mark.parametrize(
    ("key", "path", "element"),
    [
        ("position_espace_particulier", "/", '<nav aria-label="Accès particulier"'),
        (
            "position_connexion_creation",
            "/espace-particulier",
            '<section aria-labelledby="connexion-creation"',
        ),
    ],
)
def test_impots_places_its_rubriques_where_its_rules_say(
    mock_sites: RunningSites, monkeypatch: pytest.MonkeyPatch, key: str, path: str, element: str
) -> None:
    client = mock_sites.app("impots").test_client()
    declared = CLASSES[str(rule("impots", key).value)]
    assert f'{element} class="{declared}"' in client.get(path).text
    monkeypatch.setitem(PLACES, key, "à droite")  # the template follows the declared place
    assert f'{element} class="{CLASSES["à droite"]}"' in client.get(path).text


@pytest.mark.parametrize("zone", ZONES, ids=lambda zone: f"{zone.first}-{zone.last}")
def test_declaration_deadlines_by_departement(zone: object) -> None:
    first, last = zone.first, zone.last  # type: ignore[attr-defined]
    declared = str(rule("impots", f"echeance_departements_{first:02d}_{last}").value)
    day = zone.deadline_day  # type: ignore[attr-defined]
    assert re.search(rf"\b{'1er' if day.day == 1 else day.day}\b", declared) and "23h59" in declared
    departement = f"{last:02d}" if last < 100 else str(last)
    assert is_open(departement, zone.deadline)  # type: ignore[attr-defined]
    assert not is_open(departement, zone.closes_at)  # type: ignore[attr-defined]
