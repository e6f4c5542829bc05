"""What the sites showed during a run: each page state's elements, each mail, each SMS.

The browser records it while the journeys run (`reports/inventaire.json`, merged across workers and
shards); the proofreader checks a tutorial's claims against it. Names stay French in the file, as in
`relecture.json`, since trainers' tools read both.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

INVENTORY_FILE = "inventaire.json"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Box:
    """An element's box on the page, in CSS pixels from the page's top left."""

    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Element:
    """One thing a person sees and names: a button, a link, a heading, a field, a list item."""

    role: str  # ARIA role: button, link, heading, textbox, checkbox, radio, combobox, option, listitem
    nom: str  # its accessible name (a field: its label)
    boite: Box | None = None
    niveau: int | None = None  # a heading's level
    aide: str = ""  # a field's hint or description (aria-describedby)
    valeurs: tuple[str, ...] = ()  # a select's options, a radio group's choices


@dataclass(frozen=True)
class PageState:
    """One state of one page, as a step left it."""

    site: str  # the catalogue's name of the site ("impots")
    chemin: str  # the URL's path and query, without host and port
    titre: str
    largeur: int  # the viewport's width: a phone's page is narrower
    hauteur: int
    elements: tuple[Element, ...]
    textes: tuple[str, ...] = ()  # visible paragraphs and list items, in reading order
    capture: str | None = None  # the step's screenshot, relative to the reports folder
    scenario: str = ""
    etape: str = ""


@dataclass(frozen=True)
class Mail:
    """One mail a site sent."""

    site: str
    expediteur: str
    objet: str
    texte: str


@dataclass(frozen=True)
class Sms:
    """One SMS a site sent."""

    site: str
    expediteur: str
    texte: str


@dataclass
class Inventory:
    """Everything a run saw, deduplicated."""

    pages: list[PageState] = field(default_factory=list)
    courriels: list[Mail] = field(default_factory=list)
    sms: list[Sms] = field(default_factory=list)
    profil: str = "tutoriel"

    def merge(self, other: Inventory) -> None:
        """Add another worker's or shard's inventory, keeping each state, mail and SMS once."""
        pairs = ((self.pages, other.pages), (self.courriels, other.courriels), (self.sms, other.sms))
        for mine, theirs in pairs:
            seen = {_identity(item) for item in mine}
            for item in theirs:
                if _identity(item) not in seen:
                    seen.add(_identity(item))
                    mine.append(item)  # type: ignore[arg-type]


def _identity(item: PageState | Mail | Sms) -> str:
    """What makes two records the same, whatever scenario or screenshot they came from."""
    data = asdict(item)
    for incidental in ("capture", "scenario", "etape"):
        data.pop(incidental, None)
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


def save(inventory: Inventory, path: Path) -> None:
    """Write the inventory as JSON."""
    data = {"version": FORMAT_VERSION, **asdict(inventory)}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def load(path: Path) -> Inventory:
    """Read an inventory written by `save` (ValueError when it is not one)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
        raise ValueError(f"{path} n'est pas un inventaire de Parcours (version {FORMAT_VERSION})")
    return Inventory(
        pages=[_page(page) for page in data.get("pages", [])],
        courriels=[Mail(**mail) for mail in data.get("courriels", [])],
        sms=[Sms(**sms) for sms in data.get("sms", [])],
        profil=data.get("profil", "tutoriel"),
    )


def _page(data: dict) -> PageState:
    elements = tuple(
        Element(
            **{key: value for key, value in element.items() if key not in ("boite", "valeurs")},
            boite=Box(**element["boite"]) if element.get("boite") else None,
            valeurs=tuple(element.get("valeurs", ())),
        )
        for element in data.get("elements", [])
    )
    rest = {key: value for key, value in data.items() if key not in ("elements", "textes")}
    return PageState(**rest, elements=elements, textes=tuple(data.get("textes", ())))
