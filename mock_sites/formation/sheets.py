"""The printable sheet of each learner (PDF): who they are, what to type at each provider, where
their mails and SMS arrive."""

from __future__ import annotations

import errno
from datetime import date
from pathlib import Path

from ..catalogue import SiteEntry
from ..common.documents import Document, render_pdf
from ..common.identities import Person
from ..common.sitemap import SiteMap
from .classroom import FormationError, Learner, opened_for_learners

REASONS = {
    errno.EACCES: "permission refusée",
    errno.EPERM: "permission refusée",
    errno.EROFS: "disque en lecture seule",
    errno.ENOENT: "chemin introuvable",
    errno.ENOTDIR: "un fichier y porte déjà un nom du chemin",
    errno.EEXIST: "un fichier porte déjà ce nom",
    errno.ENOSPC: "disque plein",
}


def account_line(entry: SiteEntry, person: Person) -> str:
    """What the learner types at one provider once they chose its account on FranceConnect."""
    assert entry.identity_provider is not None  # identity_providers() only
    form = entry.identity_provider.login_form
    line = (
        f"{entry.title} - {form.identifier_label} : {form.identifier_of(person)} ; "
        f"{form.secret_label} : {person.password}"
    )
    if form.confirmation is not None:
        line += f" ; {form.confirmation.label} : {form.confirmation.code_of(person)}"
    return line


def tax_space_line(learner: Learner) -> str:
    """The identifiers to create the espace particulier with (the account the learner opens)."""
    person = learner.person
    return (
        f"impots.gouv.fr - espace particulier à créer vous-même : numéro fiscal {person.numero_fiscal}, "
        f"numéro d'accès en ligne {person.online_access_number}, revenu fiscal de référence "
        f"{learner.household.reference_income} ; mot de passe à choisir : {person.password}"
    )


def sheet(learner: Learner, sites: SiteMap, seed: str) -> Document:
    """The sheet of one learner."""
    person = learner.person
    born = date.fromisoformat(person.birthdate)
    accounts = [account_line(entry, person) for entry in opened_for_learners()]
    return Document(
        title=f"Fiche apprenant {learner.number} - {person.full_name}",
        lines=[
            f"Vous êtes {person.full_name}, né(e) le {born:%d/%m/%Y} à {person.birthplace_name}.",
            "",
            "Vos comptes utilisables avec FranceConnect (choisissez le compte, puis saisissez) :",
            *accounts,
            tax_space_line(learner),
            "",
            f"Vos courriels arrivent à {person.email} : lisez-les sur {sites.url('messagerie', '/')}",
            f"Vos SMS arrivent au {person.phone} : lisez-les sur {sites.url('telephone', '/')}",
            f"Code de votre fiche (il ouvre votre messagerie et votre téléphone) : {learner.secret}",
            f"Pour commencer : {sites.url('franceconnect', '/')} ; votre formateur suit la classe sur "
            f"{sites.url('formation', '/')}",
            f"Classe de la graine {seed} : identités fictives, environnement de test.",
        ],
    )


def _reason(error: OSError) -> str:
    """Why a folder cannot take the sheets, in French."""
    return REASONS.get(error.errno or 0, f"erreur système {error.errno}")


def write_sheets(learners: list[Learner], sites: SiteMap, seed: str, folder: Path) -> list[Path]:
    """Write `apprenant-N.pdf` for each learner into `folder` (created if needed); returns the files."""
    written = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for learner in learners:
            path = folder / f"apprenant-{learner.number}.pdf"
            path.write_bytes(render_pdf(sheet(learner, sites, seed)))
            written.append(path)
    except OSError as error:
        raise FormationError(
            f"impossible d'écrire les fiches dans « {folder} » ({_reason(error)}) ; "
            "choisissez avec --sortie un dossier où vous pouvez écrire"
        ) from error
    return written
