"""impots.gouv.fr's rules, as the proofreader reads them: each value is the one the site enforces."""

from __future__ import annotations

from ..rules import Rule
from .creation.notices import SENDER, SMS_SENDER, SUBJECT
from .creation.records import LINK_LIFETIME
from .creation.validation import (
    ACCESS_NUMBER_DIGITS,
    PASSWORD_MIN_DIGITS,
    PASSWORD_MIN_LENGTH,
    PASSWORD_MIN_LETTERS,
    SMS_CODE_LENGTH,
)
from .declaration.calendrier import DAYS, MONTHS, OPENING, PAPER_DEADLINE, ZONES, Zone, french_date
from .declaration.documents import ANSWER_SUBJECT, RECEIPT_SUBJECT
from .disposition import PLACES
from .identity import NUMERO_FISCAL_DIGITS

SITE = "impots"


def _deadline(zone: Zone) -> Rule:
    """A zone's online deadline, as the tutorial words it (« Mercredi 26 Mai au plus tard à 23h59 »)."""
    day, moment = zone.deadline_day, zone.deadline
    told = f"{DAYS[day.weekday()]} {'1er' if day.day == 1 else day.day} {MONTHS[day.month - 1]}"
    at = f"{moment.hour}h{moment.minute:02d}"
    return Rule(
        SITE,
        f"echeance_departements_{zone.first:02d}_{zone.last}",
        "echeance",
        f"{told} à {at}",
        (f"{zone.first:02d} a {zone.last}",),
        f"la déclaration en ligne des {zone.label} se fait au plus tard le {french_date(day)} à {at}",
    )


def _position(key: str, subject: str, label: str) -> Rule:
    """Where an element sits on the desktop page, as the layout's templates place it."""
    return Rule(SITE, key, "position", PLACES[key], (subject,), f"« {label} » est {PLACES[key]} de la page")


HOURS = LINK_LIFETIME // 3600
COMPOSITION = f"{PASSWORD_MIN_DIGITS} chiffre et {PASSWORD_MIN_LETTERS} lettre"
RULES = (
    Rule(
        SITE,
        "numero_fiscal_chiffres",
        "format",
        NUMERO_FISCAL_DIGITS,
        ("numero fiscal",),
        f"le numéro fiscal compte {NUMERO_FISCAL_DIGITS} chiffres",
        "chiffres",
    ),
    Rule(
        SITE,
        "numero_acces_chiffres",
        "format",
        ACCESS_NUMBER_DIGITS,
        ("numero d'acces en ligne",),
        f"le numéro d'accès en ligne compte {ACCESS_NUMBER_DIGITS} chiffres",
        "chiffres",
    ),
    Rule(
        SITE,
        "mot_de_passe_caracteres",
        "format",
        PASSWORD_MIN_LENGTH,
        ("mot de passe",),
        f"le mot de passe compte au moins {PASSWORD_MIN_LENGTH} caractères",
        "caractères",
    ),
    Rule(
        SITE,
        "mot_de_passe_composition",
        "format",
        COMPOSITION,
        ("mot de passe",),
        f"le mot de passe contient au moins {COMPOSITION}",
    ),
    Rule(
        SITE,
        "code_sms_chiffres",
        "format",
        SMS_CODE_LENGTH,
        ("code", "sms"),
        f"le code reçu par SMS compte {SMS_CODE_LENGTH} chiffres",
        "chiffres",
    ),
    Rule(
        SITE,
        "lien_activation_heures",
        "delai",
        HOURS,
        ("activation",),
        f"le lien d'activation est valable {HOURS} heures",
        "heures",
    ),
    Rule(SITE, "courriel_expediteur", "courriel", SENDER, ("dgfip",), f"de {SENDER}"),
    Rule(SITE, "courriel_objet", "courriel", SUBJECT, ("objet", "activation"), f"objet « {SUBJECT} »"),
    Rule(
        SITE,
        "accuse_reception_objet",
        "courriel",
        RECEIPT_SUBJECT,
        ("accuse de reception",),
        f"objet « {RECEIPT_SUBJECT} »",
    ),
    Rule(
        SITE,
        "message_objet",
        "courriel",
        ANSWER_SUBJECT,
        ("messagerie securisee",),
        f"objet « {ANSWER_SUBJECT} »",
    ),
    Rule(
        SITE,
        "ouverture_declaration",
        "echeance",
        french_date(OPENING.date()).rsplit(" ", 1)[0],  # « jeudi 8 avril », the tutorial's words
        ("ouvert",),
        f"la déclaration en ligne ouvre le {french_date(OPENING.date())}",
    ),
    *(_deadline(zone) for zone in ZONES),
    Rule(
        SITE,
        "echeance_papier",
        "echeance",
        french_date(PAPER_DEADLINE),
        ("papier",),
        f"la déclaration papier se dépose jusqu'au {french_date(PAPER_DEADLINE)}",
    ),
    _position("position_espace_particulier", "votre espace particulier", "Votre espace particulier"),
    _position(
        "position_connexion_creation", "connexion ou creation", "Connexion ou Création de votre espace"
    ),
    _position("position_vos_informations", "vos informations", "Vos informations"),
    Rule(SITE, "sms_expediteur", "courriel", SMS_SENDER, ("sms",), f"SMS envoyé par {SMS_SENDER}"),
)
