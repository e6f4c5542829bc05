"""The calendars of the income-tax return: 2021's (revenus 2020) as the tutorial gives it, 2025's
(revenus 2024) as public sources give it (seeds/profils.toml); the dated profile in force picks one.

Opening day; online deadlines at 23:59 Paris time by département of residence; the paper returns'
deadline. Read from the shared clock, never from the machine's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from flask import has_app_context

from ...common.french_dates import DAYS, MONTHS
from ...common.site import site_config
from ...profiles import IMPOTS_CALENDAR, setting_in_force

PARIS = ZoneInfo("Europe/Paris")
YEAR = 2021  # the return filed in 2021, on the revenus 2020
INCOME_YEAR = YEAR - 1
# The tutorial gives the day only; the service is supposed open from midnight, Paris time.
OPENING = datetime(2021, 4, 8, 0, 0, tzinfo=PARIS)
PAPER_DEADLINE = date(2021, 5, 20)
NON_RESIDENT = "non-résident"
CORSICA = ("2A", "2B")
CORSICA_NUMBER = 20  # Corse-du-Sud and Haute-Corse were département 20: placed as 20 (supposé)
OVERSEAS = range(971, 977)


@dataclass(frozen=True)
class Zone:
    """Départements sharing one online deadline."""

    label: str
    deadline_day: date
    first: int
    last: int

    @property
    def deadline(self) -> datetime:
        """The last minute of the online return, « au plus tard à 23h59 »."""
        return datetime.combine(self.deadline_day, time(23, 59), tzinfo=PARIS)

    @property
    def closes_at(self) -> datetime:
        """The first moment the online return is refused: the minute after 23:59."""
        return self.deadline + timedelta(minutes=1)


ZONES = (
    Zone("départements n° 01 à 19 et non-résidents", date(2021, 5, 26), 1, 19),
    Zone("départements n° 20 à 54", date(2021, 6, 1), 20, 54),
    Zone("départements n° 55 à 976", date(2021, 6, 8), 55, 976),
)


@dataclass(frozen=True)
class Calendar:
    """One year's return: its opening, its zones' online deadlines, its paper deadline."""

    year: int
    opening: datetime
    zones: tuple[Zone, ...]
    paper_deadline: date

    @property
    def income_year(self) -> int:
        """The year whose income the return declares."""
        return self.year - 1


CALENDARS = {
    YEAR: Calendar(YEAR, OPENING, ZONES, PAPER_DEADLINE),
    # PROFIL-IMPOTS-CALENDRIER-2025 (seeds/profils.toml); opening at midnight is supposed, as in 2021.
    2025: Calendar(
        2025,
        datetime(2025, 4, 10, 0, 0, tzinfo=PARIS),
        (
            Zone(ZONES[0].label, date(2025, 5, 22), 1, 19),
            Zone(ZONES[1].label, date(2025, 5, 28), 20, 54),
            Zone(ZONES[2].label, date(2025, 6, 5), 55, 976),
        ),
        date(2025, 5, 20),
    ),
}


def calendar_in_force() -> Calendar:
    """The calendar of the profile in force on the running site (the tutorial's outside a request)."""
    if not has_app_context():
        return CALENDARS[YEAR]
    setting = setting_in_force(site_config().data_dir, IMPOTS_CALENDAR)
    year = setting.value if setting is not None and isinstance(setting.value, int) else YEAR
    return CALENDARS[year]


class UnknownDepartement(ValueError):
    """A département code that does not exist."""


def departement_number(code: str) -> int:
    """The number the tutorial's ranges compare: 2A and 2B count as 20, overseas as 971 to 976."""
    code = code.strip().upper()
    if code in CORSICA:
        return CORSICA_NUMBER
    if code.isdigit() and (len(code) == 2 or (len(code) == 3 and int(code) in OVERSEAS)):
        number = int(code)
        if 1 <= number <= 95 or number in OVERSEAS:
            return number
    raise UnknownDepartement(
        f"Département inconnu : « {code} ». Indiquez son numéro : 01 à 95, 2A, 2B ou 971 à 976."
    )


def zone_of(departement: str) -> Zone:
    """The zone whose deadline applies to a département code, or to a non-resident."""
    zones = calendar_in_force().zones
    if departement == NON_RESIDENT:
        return zones[0]
    number = departement_number(departement)
    return next(zone for zone in zones if zone.first <= number <= zone.last)


def is_open(departement: str, now: datetime) -> bool:
    """Whether the online return can be filed, signed or corrected at `now`."""
    return calendar_in_force().opening <= now < zone_of(departement).closes_at


def not_yet_open(now: datetime) -> bool:
    """Before the opening day (Thursday 8 April 2021 in the tutorial)."""
    return now < calendar_in_force().opening


def french_date(day: date) -> str:
    """« mercredi 26 mai 2021 »."""
    return f"{DAYS[day.weekday()]} {_day(day.day)} {MONTHS[day.month - 1]} {day.year}"


def french_moment(moment: datetime) -> str:
    """« mercredi 26 mai 2021 à 23 h 59 » (Paris time)."""
    local = moment.astimezone(PARIS)
    return f"{french_date(local.date())} à {local.hour} h {local.minute:02d}"


def _day(number: int) -> str:
    return "1er" if number == 1 else str(number)


def opening_message() -> str:
    """What the espace says before the opening."""
    calendar = calendar_in_force()
    opening = french_date(calendar.opening.date())
    return f"Le service de déclaration en ligne des revenus {calendar.income_year} ouvrira le {opening}."


def closed_message(departement: str) -> str:
    """What the site says once the département's deadline is past."""
    label = "les non-résidents" if departement == NON_RESIDENT else f"le département {departement}"
    deadline = french_moment(zone_of(departement).deadline)
    return (
        f"La date limite de déclaration en ligne est dépassée : pour {label}, elle était fixée "
        f"au {deadline}. "
        "Contactez votre centre des impôts par la messagerie sécurisée."
    )


def deadline_sentence(departement: str) -> str:
    """The deadline the person must keep, shown on the page to read before starting."""
    zone = zone_of(departement)
    return f"Date limite de déclaration en ligne pour les {zone.label} : {french_moment(zone.deadline)}."


def paper_sentence() -> str:
    """The paper returns' deadline."""
    deadline = french_date(calendar_in_force().paper_deadline)
    return f"Le dépôt des déclarations de revenus papier est possible jusqu'au {deadline}."
