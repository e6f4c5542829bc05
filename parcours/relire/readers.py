"""A tutorial file read into numbered lines: .txt/.md as they are, .pdf by page, .docx, .odt."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .normalise import join_cut_words

FORMATS = (".txt", ".md", ".pdf", ".docx", ".odt")


class ReadError(Exception):
    """A tutorial that cannot be read; the message is one French line for the trainer."""


@dataclass(frozen=True)
class Line:
    """One line of the text as read: 1-based number, page when the format has pages."""

    numero: int
    page: int | None
    texte: str


def read(path: Path) -> list[Line]:
    """The file's lines, or ReadError saying in French what is wrong."""
    if path.is_dir():
        raise ReadError(f"« {path} » est un dossier : indiquez le fichier du tutoriel à relire.")
    if not path.is_file():
        raise ReadError(f"Le fichier « {path} » n'existe pas : indiquez le chemin d'un tutoriel.")
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ReadError(
            f"Le format « {suffix or path.name} » n'est pas lu : donnez un fichier {', '.join(FORMATS)}."
        )
    try:
        pages = _pages(path, suffix)
    except ReadError:
        raise
    except Exception as error:  # each library raises its own errors on a damaged file
        raise ReadError(
            f"Le fichier « {path.name} » n'a pas pu être lu ({type(error).__name__}) : est-il abîmé ?"
        ) from error
    lines = _numbered(pages, has_pages=suffix == ".pdf")
    if not any(line.texte.strip() for line in lines):
        raise ReadError(f"Le fichier « {path.name} » ne contient aucun texte à relire.")
    return lines


def _pages(path: Path, suffix: str) -> list[str]:
    if suffix in (".txt", ".md"):
        try:
            return [path.read_text(encoding="utf-8")]
        except UnicodeDecodeError:
            return [path.read_text(encoding="cp1252")]
    if suffix == ".pdf":
        from pypdf import PdfReader

        return [page.extract_text() or "" for page in PdfReader(path).pages]
    if suffix == ".docx":
        import docx

        return ["\n".join(paragraph.text for paragraph in docx.Document(str(path)).paragraphs)]
    from odf import teletype, text
    from odf.opendocument import load

    document = load(str(path))
    paragraphs = document.getElementsByType(text.H) + document.getElementsByType(text.P)
    return ["\n".join(teletype.extractText(paragraph) for paragraph in paragraphs)]


def _numbered(pages: list[str], has_pages: bool) -> list[Line]:
    """Number the lines across pages; a cut word is joined where the text is not the file's own."""
    lines: list[Line] = []
    for index, page in enumerate(pages, start=1):
        for texte in page.splitlines():
            lines.append(Line(len(lines) + 1, index if has_pages else None, texte))
    return lines


def join_lines(lines: list[Line]) -> list[Line]:
    """Each line with the rest of a word a line break cut after a hyphen (`ne-` / `pas-repondre@`)."""
    joined: list[Line] = []
    for index, line in enumerate(lines):
        texte = line.texte
        if texte.rstrip().endswith("-") and index + 1 < len(lines):
            following = lines[index + 1].texte.strip().split(" ", 1)[0]
            texte = join_cut_words(texte.rstrip() + "\n" + following)
        joined.append(Line(line.numero, line.page, texte))
    return joined
