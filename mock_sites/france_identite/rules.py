"""Who may ask for certification: a recent enough phone (read from its user agent), since the
experiment's start date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from ..common.french_dates import MONTHS
from ..rules import Rule

# The tutorial: « seuls les téléphones iOs (>16) et Android disposant d'un système supérieur à 10 ».
NEWEST_REFUSED = {"iOS": 16, "Android": 10}
PARIS = ZoneInfo("Europe/Paris")  # the dates of the tutorial are French dates
EXPERIMENT_START = date(2023, 11, 13)  # « Depuis le 13 novembre 2023 »
PIN_DIGITS = 6  # the code personnel: a supposed format (seeds: FI-CODE-PERSONNEL-6-CHIFFRES)

# iPhone user agents say "iPhone OS 17_0" (Safari) or "CPU OS 17_0"; Android ones "Android 14".
IOS_VERSION = re.compile(r"(?:iPhone|iPad|CPU)(?: iPhone)? OS (\d+)[_.]")
ANDROID_VERSION = re.compile(r"Android (\d+)")

NOT_A_PHONE = (
    "L'application France Identité s'utilise sur un téléphone iPhone ou Android : "
    "ouvrez-la depuis votre téléphone."
)
PHONE_TOO_OLD = (
    "Pour des raisons de sécurité, la certification du compte demande un iPhone sous "
    f"iOS {NEWEST_REFUSED['iOS'] + 1} ou plus récent, ou un téléphone Android "
    f"{NEWEST_REFUSED['Android'] + 1} ou plus récent. "
    "Mettez à jour votre téléphone ou utilisez-en un autre."
)
START_TEXT = f"{EXPERIMENT_START.day} {MONTHS[EXPERIMENT_START.month - 1]} {EXPERIMENT_START.year}"
NOT_YET_OFFERED = (
    "La certification du compte France Identité n'est pas encore disponible : "
    f"elle sera proposée à partir du {START_TEXT}."
)


@dataclass(frozen=True)
class PhoneSystem:
    """The phone's operating system and its major version."""

    name: str  # "iOS" or "Android"
    major: int


def phone_system(user_agent: str) -> PhoneSystem | None:
    """The phone system a user agent announces, or None for a computer or an unknown device."""
    android = ANDROID_VERSION.search(user_agent)
    if android:
        return PhoneSystem("Android", int(android.group(1)))
    ios = IOS_VERSION.search(user_agent)
    if ios and ("iPhone" in user_agent or "iPad" in user_agent):
        return PhoneSystem("iOS", int(ios.group(1)))
    return None


def phone_refusal(user_agent: str) -> str | None:
    """Why this phone may not ask for certification, or None when it may."""
    system = phone_system(user_agent)
    if system is None:
        return NOT_A_PHONE
    if system.major <= NEWEST_REFUSED[system.name]:
        return PHONE_TOO_OLD
    return None


def certification_offered(today: date) -> bool:
    """Whether the experiment has started on `today`."""
    return today >= EXPERIMENT_START


def _rules() -> tuple[Rule, ...]:
    """The rules above, in the words of the tutorials, for the proofreader."""
    from .notices import CONFIRMATION_SUBJECT, RESULT_SUBJECT, SENDER
    from .results import EARLIEST, HOUR, LATEST

    ios, android = NEWEST_REFUSED["iOS"], NEWEST_REFUSED["Android"]
    start = START_TEXT
    return (
        Rule(SITE, "ios_refuse_jusqua", "version", ios, ("ios",), f"iOS plus récent que {ios} (iOS > {ios})"),
        Rule(
            SITE,
            "android_refuse_jusqua",
            "version",
            android,
            ("android",),
            f"Android plus récent que {android}",
        ),
        Rule(
            SITE,
            "debut_certification",
            "echeance",
            start,
            ("certification",),
            f"certification depuis le {start}",
        ),
        Rule(
            SITE,
            "notification_resultat",
            "delai",
            (EARLIEST // HOUR, LATEST // HOUR),  # templates: « sous 24 à 48 heures »
            ("notifie",),
            f"le résultat est notifié {EARLIEST // HOUR} à {LATEST // HOUR} heures après la décision",
            "heures",
        ),
        Rule(
            SITE,
            "code_personnel_chiffres",
            "format",
            PIN_DIGITS,
            ("code personnel",),
            f"le code personnel compte {PIN_DIGITS} chiffres",
            "chiffres",
        ),
        Rule(SITE, "courriel_expediteur", "courriel", SENDER, ("france-identite.gouv.fr",), f"de {SENDER}"),
        Rule(
            SITE,
            "courriel_confirmation_objet",
            "courriel",
            CONFIRMATION_SUBJECT,
            ("confirmez votre adresse",),
            f"objet « {CONFIRMATION_SUBJECT} »",
        ),
        Rule(
            SITE,
            "courriel_resultat_objet",
            "courriel",
            RESULT_SUBJECT,
            ("resultat de votre demande",),
            f"objet « {RESULT_SUBJECT} »",
        ),
    )


SITE = "france_identite"
RULES = _rules()
