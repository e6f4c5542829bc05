"""The mairies of the agent portal, and which ones offer the France Identité certification."""

from __future__ import annotations

from dataclasses import dataclass

# « expérimentée dans certaines mairies de trois départements : l'Eure-et-Loir, le Rhône et
# les Hauts-de-Seine »
EXPERIMENT_DEPARTEMENTS = {"28": "Eure-et-Loir", "69": "Rhône", "92": "Hauts-de-Seine"}
# How a sentence says « of » each of them: « de l'Eure-et-Loir, du Rhône et des Hauts-de-Seine ».
OF_DEPARTEMENT = {"28": "de l'", "69": "du ", "92": "des "}


@dataclass(frozen=True)
class Mairie:
    """A town hall: its commune and département."""

    commune: str
    departement: str  # code
    departement_name: str

    @property
    def name(self) -> str:
        """ "mairie de Chartres", as sentences name it."""
        return f"mairie de {self.commune}"

    @property
    def offers_certification(self) -> bool:
        """Whether this mairie takes part in the experiment."""
        return self.departement in EXPERIMENT_DEPARTEMENTS


MAIRIES = {
    mairie.commune: mairie
    for mairie in (
        Mairie("Chartres", "28", "Eure-et-Loir"),
        Mairie("Villeurbanne", "69", "Rhône"),
        Mairie("Nanterre", "92", "Hauts-de-Seine"),
        Mairie("Rennes", "35", "Ille-et-Vilaine"),
        Mairie("Bordeaux", "33", "Gironde"),
    )
}


def _of_experiment() -> str:
    """« de l'Eure-et-Loir, du Rhône et des Hauts-de-Seine »."""
    parts = [f"{OF_DEPARTEMENT[code]}{name}" for code, name in EXPERIMENT_DEPARTEMENTS.items()]
    return f"{', '.join(parts[:-1])} et {parts[-1]}" if len(parts) > 1 else parts[0]


NOT_OFFERED = (
    "La {name} ({departement_name}) ne propose pas la certification du compte France Identité : "
    f"seules des mairies {_of_experiment()} l'expérimentent."
)


def refusal(mairie: Mairie) -> str | None:
    """Why this mairie cannot certify, or None when it can."""
    if mairie.offers_certification:
        return None
    return NOT_OFFERED.format(name=mairie.name, departement_name=mairie.departement_name)
