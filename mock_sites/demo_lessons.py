"""The lessons of tutorials 000 and 003 `serve` can be followed in by hand, and the demo accounts
each one uses, as `serve` prints them."""

from __future__ import annotations

from .demo_accounts import DemoAccount
from .federation.behaviours import Behaviour


def lesson_lines(accounts: list[DemoAccount]) -> list[str]:
    """One line per lesson: its title and the accounts it logs in with."""
    normal = {a.idp: a for a in accounts if a.behaviour is Behaviour.NORMAL}
    ameli = normal.get("ameli")
    ameli_text = f"compte ameli {ameli.identifier}" if ameli else "un compte ameli"
    any_account = "n'importe quel compte ci-dessus de " + (
        next(iter(normal.values())).person.full_name if normal else "la personne de démonstration"
    )
    return [
        f"# leçon « Se connecter à mesdroitssociaux avec FranceConnect » (tutoriel 000) : {ameli_text}",
        "# leçon « Se créer un espace particulier impots.gouv.fr » (tutoriel 000) :"
        " le foyer fiscal ci-dessous",
        f"# leçon « Déclarer ses revenus en ligne » (tutoriel 000) : {any_account},"
        " après l'espace particulier",
        f"# leçon « Pré-demande de carte nationale d'identité à l'ANTS » (tutoriel 000) : {any_account}",
        "# leçon « Obtenir le compte certifié France Identité » (tutoriel 003) : le compte s'ouvre dans"
        " l'application France Identité, puis à la mairie",
    ]
