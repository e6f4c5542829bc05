"""The printable sheet of each learner (PDF): a table per account with each field as its site labels
it and what to type there, the lessons in the tutorial's order, each address with its QR code."""

from __future__ import annotations

import errno
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import segno
from jinja2 import Environment, PackageLoader, select_autoescape

from ..catalogue import SiteEntry, site
from ..common.documents import BANNER
from ..common.sitemap import SiteMap
from .classroom import FormationError, Learner, opened_for_learners
from .labels import template_label
from .printing import print_pdfs

REASONS = {
    errno.EACCES: "permission refusée",
    errno.EPERM: "permission refusée",
    errno.EROFS: "disque en lecture seule",
    errno.ENOENT: "chemin introuvable",
    errno.ENOTDIR: "un fichier y porte déjà un nom du chemin",
    errno.EEXIST: "un fichier porte déjà ce nom",
    errno.ENOSPC: "disque plein",
}
# The sections of tutorial 000 a class follows, in its order, and what the learner does in each.
LESSONS = (
    (
        "Se créer un compte utilisable avec France Connect",
        "créez votre espace particulier sur impots.gouv.fr",
    ),
    ("Se connecter avec France Connect", "choisissez l'un de vos comptes, puis saisissez ce qu'il demande"),
    ("Utiliser le site des impôts", "entrez dans votre espace particulier avec FranceConnect"),
    ("Utiliser le site de l'ANTS", "entrez sur le site de l'ANTS avec FranceConnect"),
)
TEMPLATES = Environment(
    loader=PackageLoader("mock_sites.formation", "templates"), autoescape=select_autoescape(["html"])
)


@dataclass(frozen=True)
class Account:
    """One table of the sheet: where to go, then each field as the site labels it and what to type."""

    site: str
    where: str  # how to reach it, in a beginner's words
    address: str | None  # printed with its QR code (None: reached through FranceConnect)
    fields: list[tuple[str, str]]


@lru_cache(maxsize=256)
def qr_svg(address: str) -> str:
    """The QR code of `address` as inline SVG (a phone's camera opens it); a viewBox and no size, so
    the CSS scales the whole code instead of clipping it. Drawn once per address: every sheet of a
    class shows the same sites' addresses (drawing them for each of thirty sheets took seconds)."""
    return str(segno.make_qr(address, error="m").svg_inline(border=4, omitsize=True, title=address))


def provider_account(entry: SiteEntry, learner: Learner) -> Account:
    """The account opened for the learner at one identity provider, as FranceConnect offers it."""
    assert entry.identity_provider is not None  # opened_for_learners() lists providers only
    person, form = learner.person, entry.identity_provider.login_form
    fields = [
        (form.identifier_label, form.identifier_of(person)),
        (form.secret_label, form.secret_of(person)),
    ]
    if form.confirmation is not None:
        fields.append((form.confirmation.label, form.confirmation.code_of(person)))
    return Account(entry.title, f"Sur FranceConnect, le bouton « {entry.account_label} »", None, fields)


def tax_space_account(learner: Learner, sites: SiteMap) -> Account:
    """The espace particulier the learner creates (the first lesson), field by field."""
    person, package = learner.person, "mock_sites.impots"
    asked = "impots/creation/formulaire_identifiants.html"
    filled = "impots/creation/informations.html"
    fields = [
        (template_label(package, asked, "numero_fiscal"), person.numero_fiscal),
        (template_label(package, asked, "numero_acces"), person.online_access_number),
        (template_label(package, asked, "revenu_fiscal"), str(learner.household.reference_income)),
        (template_label(package, filled, "courriel"), person.email),
        (template_label(package, filled, "courriel_confirmation"), person.email),
        (template_label(package, filled, "mot_de_passe"), person.password),
        (template_label(package, filled, "mot_de_passe_confirmation"), person.password),
        (template_label(package, filled, "portable"), person.phone),
    ]
    where = "Espace particulier, à créer vous-même (leçon 1)"
    return Account(site("impots").title, where, sites.url("impots", "/"), fields)


def box_accounts(learner: Learner, sites: SiteMap) -> list[Account]:
    """The webmail and the phone where the learner's mails and SMS arrive, opened with the sheet's code."""
    person, code = learner.person, learner.secret
    mail = ("mock_sites.messagerie", "messagerie/accueil.html")
    phone = ("mock_sites.telephone", "telephone/accueil.html")
    return [
        Account(
            site("messagerie").title,
            "Vos courriels arrivent ici",
            sites.url("messagerie", "/"),
            [(template_label(*mail, "adresse"), person.email), (template_label(*mail, "code"), code)],
        ),
        Account(
            site("telephone").title,
            "Vos SMS arrivent ici",
            sites.url("telephone", "/"),
            [(template_label(*phone, "numero"), person.phone), (template_label(*phone, "code"), code)],
        ),
    ]


def sheet_html(learner: Learner, sites: SiteMap, seed: str) -> str:
    """The sheet of one learner, as the HTML page printed to PDF."""
    person = learner.person
    return TEMPLATES.get_template("formation/fiche.html").render(
        banner=BANNER,
        learner=learner,
        born=f"{date.fromisoformat(person.birthdate):%d/%m/%Y}",
        lessons=LESSONS,
        start=sites.url("franceconnect", "/"),
        first=[tax_space_account(learner, sites), *box_accounts(learner, sites)],
        providers=[provider_account(entry, learner) for entry in opened_for_learners()],
        trainer=sites.url("formation", "/"),
        seed=seed,
        qr=qr_svg,
    )


def _reason(error: OSError) -> str:
    """Why a folder cannot take the sheets, in French."""
    return REASONS.get(error.errno or 0, f"erreur système {error.errno}")


def write_sheets(learners: list[Learner], sites: SiteMap, seed: str, folder: Path) -> list[Path]:
    """Write `apprenant-N.pdf` for each learner into `folder` (created if needed); returns the files."""
    pages = [
        (sheet_html(learner, sites, seed), folder / f"apprenant-{learner.number}.pdf") for learner in learners
    ]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        print_pdfs(pages)
    except OSError as error:
        raise FormationError(
            f"impossible d'écrire les fiches dans « {folder} » ({_reason(error)}) ; "
            "choisissez avec --sortie un dossier où vous pouvez écrire"
        ) from error
    return [path for _, path in pages]
