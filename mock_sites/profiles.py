"""Profiles: the state of the sites at a date, as data; each difference names the seeds/ fact that
sources it (a tutorial's sentence, or public documentation with its address).

A run shows one profile. `tutoriel` is the default: each journey sees the state its own tutorial
describes (tutorial 000 in spring 2021, tutorial 003 at the end of 2023). The sites read the state in
force from a file of the run's data folder, written by the harness at the start of each scenario
(mock_sites.testing.profiles) or by `python -m mock_sites serve --profil=NOM`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

TUTORIAL_PROFILE = "tutoriel"
STATE_FILE = "profil.txt"  # in the run's data folder: the name of the state in force

# Hooks of the site packages, by key: what a state may set.
FC_ACCOUNTS = "franceconnect.comptes"  # FranceConnect's choice page: the providers' sites, in order
IMPOTS_CALENDAR = "impots.calendrier"  # the year of the income-tax return calendar
FI_CERTIFICATION = "france_identite.certification"  # where a mairie certifies an account
FI_FRANCECONNECT_PLUS = "france_identite.franceconnect_plus"  # France Identité on FranceConnect+

# The hooks the sites read; a setting of another key is documented (the drift page) but not shown yet.
# FranceConnect+ offers France Identité in every state (tutorial 003's journeys log in with it).
SHOWN_BY_SITES = frozenset({FC_ACCOUNTS, FI_FRANCECONNECT_PLUS})

FIVE_PROVIDERS = ("impots", "ameli", "laposte", "yris", "msa")
SIX_PROVIDERS = (*FIVE_PROVIDERS, "france_identite")


@dataclass(frozen=True)
class Setting:
    """One value of a state for one hook, and the seeds/ fact that sources it."""

    key: str
    value: tuple[str, ...] | int | str
    fact: str
    text: str  # the difference, in French, as a trainer reads it


@dataclass(frozen=True)
class State:
    """The sites at one date: only the settings that some state sets differently."""

    name: str
    date: str  # ISO date the state describes
    title: str
    settings: tuple[Setting, ...]

    def setting(self, key: str) -> Setting | None:
        """This state's setting for a hook, or None (the site's own default)."""
        return next((s for s in self.settings if s.key == key), None)


STATES: dict[str, State] = {
    "tutoriel-000": State(
        "tutoriel-000",
        "2021-04-08",
        "Les sites comme le tutoriel 000 les décrit (printemps 2021)",
        (
            Setting(
                FC_ACCOUNTS,
                FIVE_PROVIDERS,
                "FC-FOURNISSEURS-5",
                "FranceConnect propose cinq comptes : impots.gouv.fr, ameli.fr, l'Identité Numérique "
                "La Poste, Yris, msa.fr.",
            ),
            Setting(IMPOTS_CALENDAR, 2021, "DECL-OUVERTURE", "La déclaration 2021 des revenus 2020."),
        ),
    ),
    "tutoriel-003": State(
        "tutoriel-003",
        "2023-11-13",
        "Les sites comme le tutoriel 003 les décrit (fin 2023)",
        (
            Setting(
                FC_ACCOUNTS,
                SIX_PROVIDERS,
                "FI-FCPLUS-CONNEXION",
                "France Identité est l'un des comptes proposés par FranceConnect.",
            ),
            Setting(
                FI_CERTIFICATION,
                "experimentation",
                "FI-EXPERIMENTATION-3-DEPARTEMENTS",
                "La certification en mairie est expérimentée dans trois départements : Eure-et-Loir, "
                "Hauts-de-Seine, Rhône.",
            ),
            Setting(
                FI_FRANCECONNECT_PLUS,
                "prevu",
                "FI-USAGE-FRANCECONNECT-PLUS",
                "L'accès à FranceConnect+ est l'un des premiers usages prévus du compte certifié.",
            ),
        ),
    ),
    "2025": State(
        "2025",
        "2025-04-10",
        "Les sites tels que la documentation publique les décrit en 2025",
        (
            Setting(
                FC_ACCOUNTS,
                SIX_PROVIDERS,
                "PROFIL-FC-FOURNISSEURS-6",
                "FranceConnect propose six comptes : impots.gouv.fr, ameli.fr, L'Identité Numérique "
                "La Poste, MSA, Yris et France Identité.",
            ),
            Setting(
                IMPOTS_CALENDAR,
                2025,
                "PROFIL-IMPOTS-CALENDRIER-2025",
                "La déclaration en ligne 2025 (revenus 2024) ouvre le jeudi 10 avril 2025 ; dates "
                "limites : jeudi 22 mai (départements 01 à 19 et non-résidents), mercredi 28 mai (20 à "
                "54), jeudi 5 juin (55 à 976) à 23 h 59 ; papier : mardi 20 mai 2025.",
            ),
            Setting(
                FI_CERTIFICATION,
                "generalisation",
                "PROFIL-FI-CERTIFICATION-GENERALISEE",
                "La certification en mairie est en généralisation progressive (communes volontaires "
                "désignées par les préfectures), au-delà des trois départements de l'expérimentation.",
            ),
            Setting(
                FI_FRANCECONNECT_PLUS,
                "en_service",
                "PROFIL-FI-FRANCECONNECT-PLUS",
                "France Identité est un moyen de connexion de FranceConnect+ depuis juillet 2024.",
            ),
        ),
    ),
}
# The state each tutorial describes, by its file in ../shared/seeds/ (see seeds/sources.toml).
TUTORIAL_STATES = {"000_7829f83b93e98f95.txt": "tutoriel-000", "003_8f34ae2baa350dfb.txt": "tutoriel-003"}
# `serve --profil=tutoriel` has no journey to follow: the latest tutorial's state.
SERVE_TUTORIAL_STATE = "tutoriel-003"
PROFILES = (TUTORIAL_PROFILE, *STATES)


class UnknownProfile(ValueError):
    """A profile name that is not one of PROFILES."""

    def __init__(self, name: str) -> None:
        super().__init__(f"profil inconnu « {name} » : profils connus : {', '.join(PROFILES)}.")


def checked(name: str) -> str:
    """`name` if it is a known profile (raises UnknownProfile, its message in French)."""
    if name not in PROFILES:
        raise UnknownProfile(name)
    return name


def state_of(profile: str, tutorial_file: str | None = None) -> State:
    """The state a profile shows; under `tutoriel`, the state of `tutorial_file` (or the latest)."""
    if checked(profile) != TUTORIAL_PROFILE:
        return STATES[profile]
    return STATES[TUTORIAL_STATES.get(tutorial_file or "", SERVE_TUTORIAL_STATE)]


def show(data_dir: Path, state: State) -> None:
    """Make the run's sites show `state` from their next request."""
    (data_dir / STATE_FILE).write_text(state.name, encoding="utf-8")


def in_force(data_dir: Path) -> State:
    """The state the run's sites show (the latest tutorial's when none was chosen)."""
    path = data_dir / STATE_FILE
    name = path.read_text(encoding="utf-8").strip() if path.is_file() else SERVE_TUTORIAL_STATE
    return STATES.get(name, STATES[SERVE_TUTORIAL_STATE])


def setting_in_force(data_dir: Path, key: str) -> Setting | None:
    """The in-force state's setting for one hook, or None."""
    return in_force(data_dir).setting(key)
