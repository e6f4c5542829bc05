"""What the ANTS site offers: its three spaces, the démarches each one's shortcuts open, the
documents each démarche asks for, and the steps of its form."""

from __future__ import annotations

from dataclasses import dataclass

IDENTITY_DOCUMENT = "Pièce d'identité"
DRIVING_LICENCE = "Permis de conduire"
PROOF_OF_ADDRESS = "Justificatif de domicile"
# The tutorial's list of what to have in digital form before starting.
DOCUMENTS_TO_PREPARE = (
    IDENTITY_DOCUMENT,
    DRIVING_LICENCE,
    PROOF_OF_ADDRESS,
    "Code photo ou photo d'identité numérisée",
)


@dataclass(frozen=True)
class Field:
    """A text field of the "Vos informations" step."""

    name: str
    label: str
    hint: str = ""
    pattern: str = ""  # a regular expression the typed value must match, if any
    error: str = ""  # the site's message when it does not


@dataclass(frozen=True)
class Space:
    """One of the three spaces of the personal space."""

    slug: str
    title: str  # "Mon espace Conducteur": its heading and its blue button
    purpose: str
    home_title: str  # how the home page names it, before logging in: its link to the space's page


@dataclass(frozen=True)
class Demarche:
    """A kind of démarche: its shortcut, its form's fields and documents, whether it needs a photo."""

    slug: str
    title: str
    space: str  # Space.slug
    shortcut: str
    documents: tuple[str, ...]
    photo: bool
    predemande: bool  # a pré-demande is finished at the mairie, with its récapitulatif
    fields: tuple[Field, ...] = ()

    @property
    def steps(self) -> tuple[str, ...]:
        """The steps of its form, in order."""
        return tuple(step for step in STEPS if step != "photo" or self.photo)

    @property
    def number_label(self) -> str:
        """How the site names its number once it is finished."""
        return "Numéro de pré-demande" if self.predemande else "Numéro de demande"


# Step slug → the page's title.
STEPS: dict[str, str] = {
    "informations": "Vos informations",
    "pieces": "Pièces justificatives",
    "photo": "Photo d'identité",
    "recapitulatif": "Récapitulatif",
}

SPACES: tuple[Space, ...] = (
    Space(
        "conducteur",
        "Mon espace Conducteur",
        "demande de permis de conduire",
        "Demandes de permis de conduire",
    ),
    Space(
        "identite",
        "Mon espace Identité",
        "pré-demande de passeport ou de carte nationale d'identité",
        "Pièces d'identité",
    ),
    Space(
        "vehicule", "Mon espace Véhicule", "immatriculation de son véhicule", "Certificats d'immatriculation"
    ),
)

ADDRESS = Field("adresse", "Adresse de domicile", "Numéro, rue, code postal et commune")
REGISTRATION = Field(
    "immatriculation",
    "Numéro d'immatriculation",
    "Comme sur votre certificat, par exemple AB-123-CD",
    r"[A-Z]{2}-?[0-9]{3}-?[A-Z]{2}",
    "Le numéro d'immatriculation s'écrit 2 lettres, 3 chiffres, 2 lettres, par exemple AB-123-CD.",
)

# The tutorial names a first driving licence request (« Mon espace Conducteur : demande de permis de
# conduire ») and a vehicle's registration (« Mon espace Véhicule : immatriculation de son véhicule »);
# what their forms ask is ours, as small as the other démarches' (seeds: ANTS-PERMIS-DEMANDE,
# ANTS-IMMATRICULATION).
DEMARCHES: tuple[Demarche, ...] = (
    Demarche(
        "cni",
        "Pré-demande de carte nationale d'identité",
        "identite",
        "Faire une pré-demande de carte nationale d'identité",
        (IDENTITY_DOCUMENT, PROOF_OF_ADDRESS),
        photo=True,
        predemande=True,
        fields=(ADDRESS,),
    ),
    Demarche(
        "passeport",
        "Pré-demande de passeport",
        "identite",
        "Faire une pré-demande de passeport",
        (IDENTITY_DOCUMENT, PROOF_OF_ADDRESS),
        photo=True,
        predemande=True,
        fields=(ADDRESS,),
    ),
    Demarche(
        "permis-demande",
        "Demande de permis de conduire",
        "conducteur",
        "Faire une demande de permis de conduire",
        (IDENTITY_DOCUMENT, PROOF_OF_ADDRESS),
        photo=True,
        predemande=False,
        fields=(ADDRESS,),
    ),
    Demarche(
        "permis-renouvellement",
        "Renouvellement du permis de conduire",
        "conducteur",
        "Renouveler mon permis de conduire",
        (IDENTITY_DOCUMENT, DRIVING_LICENCE, PROOF_OF_ADDRESS),
        photo=True,
        predemande=False,
        fields=(ADDRESS,),
    ),
    Demarche(
        "permis-perte",
        "Déclaration de perte du permis de conduire",
        "conducteur",
        "Déclarer la perte de mon permis de conduire",
        (IDENTITY_DOCUMENT, PROOF_OF_ADDRESS),
        photo=True,
        predemande=False,
        fields=(ADDRESS,),
    ),
    Demarche(
        "changement-adresse",
        "Changement d'adresse sur le certificat d'immatriculation",
        "vehicule",
        "Changer l'adresse de mon certificat d'immatriculation",
        (IDENTITY_DOCUMENT, PROOF_OF_ADDRESS),
        photo=False,
        predemande=False,
        fields=(REGISTRATION, ADDRESS),
    ),
    Demarche(
        "immatriculation-vehicule",
        "Demande de certificat d'immatriculation",
        "vehicule",
        "Immatriculer mon véhicule",
        (IDENTITY_DOCUMENT, PROOF_OF_ADDRESS),
        photo=False,
        predemande=False,
        fields=(ADDRESS,),
    ),
)


def space(slug: str) -> Space:
    """The space with this slug (KeyError if none)."""
    return {item.slug: item for item in SPACES}[slug]


def demarche(slug: str) -> Demarche:
    """The kind of démarche with this slug (KeyError if none)."""
    return {item.slug: item for item in DEMARCHES}[slug]


def shortcuts(space_slug: str) -> tuple[Demarche, ...]:
    """The démarches a space's shortcuts open."""
    return tuple(item for item in DEMARCHES if item.space == space_slug)
