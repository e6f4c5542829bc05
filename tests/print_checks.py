"""What a printed page is made of, read back from the PDF: its ink (pypdfium2 renders it) and which
picture is on which page (the tagged PDF's figures, each with its alternative text)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import cast

import pypdfium2
from PIL import Image, ImageFilter
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

SCALE = 72 / 72  # one pixel a point: 595 × 842 for an A4 page
INK = 235  # a pixel darker than this is ink
TOP_MM, BOTTOM_MM = 15, 18  # the guides' page margins (parcours.report.pdf.MARGINS)
LINE_GAP_MM = 4  # blank rows between the lines of a paragraph are not blank space on the page
STEP = re.compile(r"^(?:Étape|Écran entier de l'étape) (\d+)")


def blank_fractions(pdf: Path) -> list[float]:
    """For each page, the share of its printable height with no ink within LINE_GAP_MM."""
    fractions = []
    for page in pypdfium2.PdfDocument(pdf):
        image = page.render(scale=SCALE).to_pil().convert("L")
        mm = image.height / 297
        area = image.crop((0, round(TOP_MM * mm), image.width, image.height - round(BOTTOM_MM * mm)))
        ink = area.point(lambda value: 255 if value < INK else 0)
        rows = ink.resize((1, ink.height), Image.Resampling.BOX).point(lambda value: 255 if value else 0)
        gap = 2 * round(LINE_GAP_MM * mm / 2) + 1
        inked = rows.filter(ImageFilter.MaxFilter(gap)).histogram()[255]
        fractions.append(1 - inked / rows.height)
    return fractions


def figures(pdf: Path) -> list[tuple[int, str]]:
    """(page index, alternative text) of each figure of a tagged PDF, in the document's order."""
    reader = PdfReader(pdf)
    numbers = {
        page.indirect_reference.idnum: index
        for index, page in enumerate(reader.pages)
        if page.indirect_reference is not None
    }
    found: list[tuple[int, str]] = []

    def walk(node: DictionaryObject, page: int) -> None:
        if "/Pg" in node:
            page = numbers.get(node.raw_get("/Pg").idnum, page)
        if node.get("/S") == "/Figure" and "/Alt" in node:
            found.append((page, str(node["/Alt"])))
        kids = node.get("/K", [])
        for kid in kids if isinstance(kids, list) else [kids]:
            kid = kid.get_object() if hasattr(kid, "get_object") else kid
            if isinstance(kid, DictionaryObject) and "/S" in kid:
                walk(kid, page)

    catalog = reader.root_object
    if "/StructTreeRoot" in catalog:  # an untagged PDF has no figures to find
        walk(cast(DictionaryObject, catalog["/StructTreeRoot"]), -1)
    return found


def squeezed(text: str) -> str:
    """`text` without any space, its ligatures (ﬁ) as letters: a sentence the page wraps is found whole."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def page_texts(pdf: Path) -> list[str]:
    """Each page's text, without spaces."""
    return [squeezed(page.extract_text() or "") for page in PdfReader(pdf).pages]


def misplaced_steps(pdf: Path) -> list[str]:
    """The steps whose picture is not on a page that holds the step's sentence, or whose whole screen
    is not on the page of its zoom, in French."""
    texts, problems, pages_of_step = page_texts(pdf), [], {}
    for page, alt in figures(pdf):
        number = STEP.match(alt)
        if number is None:
            continue
        if alt.startswith("Étape"):
            pages_of_step[number.group(1)] = page
            sentence = squeezed(alt.split(" : ", 1)[1])[:40]
            if sentence not in texts[page]:
                problems.append(f"page {page + 1} : image de l'étape {number.group(1)} sans sa phrase")
        elif pages_of_step.get(number.group(1)) != page:
            problems.append(f"page {page + 1} : écran entier de l'étape {number.group(1)} loin de son zoom")
    return problems
