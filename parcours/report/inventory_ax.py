"""A page state read from Chromium's own accessibility tree: each element's role, accessible name
and description as the browser computes them for screen readers, and its box from a DOM snapshot.

Two DevTools calls and nothing sent into the page. Measured under load on the bundled sites: about
25 ms a state, where axe-core's `accessibleText` costs as much once axe-core is in the document but
300 to 450 ms to bring its 570 kB into each new one (and Playwright's aria snapshot has no boxes).
"""

from __future__ import annotations

from typing import Any

from playwright.sync_api import CDPSession, ViewportSize

# Chromium's roles of what a tutorial names, as the inventory writes them (ARIA's names).
ROLES = {
    "button": "button",
    "link": "link",
    "heading": "heading",
    "textbox": "textbox",
    "searchbox": "searchbox",
    "spinbutton": "spinbutton",
    "slider": "slider",
    "checkbox": "checkbox",
    "radio": "radio",
    "switch": "switch",
    "combobox": "combobox",
    "PopUpButton": "combobox",
    "group": "group",
    "radiogroup": "radiogroup",
    "tab": "tab",
    "menuitem": "menuitem",
    "image": "img",
    "img": "img",
    "alert": "alert",
    "status": "status",
    "dialog": "dialog",
}
CHOICES = ("option", "MenuListOption", "radio", "checkbox")
# What a person reads as one text: paragraphs, list items, table cells, labels, terms, captions.
TEXTS = frozenset(
    {"paragraph", "listitem", "cell", "gridcell", "rowheader", "columnheader", "LabelText", "Legend"}
    | {"term", "definition", "caption", "Figcaption", "figcaption"}
)
Node = dict[str, Any]


def read_state(session: CDPSession, viewport: ViewportSize | None) -> dict[str, Any]:
    """The document's title, viewport, elements and texts, in the shape INVENTORY_SCRIPT gives."""
    nodes = [node for node in session.send("Accessibility.getFullAXTree")["nodes"] if not node.get("ignored")]
    snapshot = session.send("DOMSnapshot.captureSnapshot", {"computedStyles": []})
    boxes = _boxes(snapshot["documents"][0])
    by_id = {node["nodeId"]: node for node in nodes}
    elements, texts = [], []
    for node in nodes:
        role = _value(node, "role")
        box = boxes.get(node.get("backendDOMNodeId", -1))
        if role in ROLES and box is not None and box["width"] > 0 and box["height"] > 0:
            elements.append(_element(node, ROLES[role], box, by_id))
        elif role in TEXTS:
            text = " ".join(_text(node, by_id).split())
            if text:
                texts.append(text)
    width, height = (viewport["width"], viewport["height"]) if viewport else _viewport(session)
    root: Node = next((node for node in nodes if _value(node, "role") == "RootWebArea"), {})
    title = _value(root, "name")
    return {"titre": title, "largeur": width, "hauteur": height, "elements": elements, "textes": texts}


def _element(node: Node, role: str, box: dict[str, float], by_id: dict[str, Node]) -> dict[str, Any]:
    level = next((p["value"].get("value") for p in node.get("properties", []) if p["name"] == "level"), None)
    choices = [] if role not in ("combobox", "group", "radiogroup") else _choices(node, by_id)
    return {
        "role": role,
        "nom": " ".join(_value(node, "name").split()),
        "aide": " ".join(_value(node, "description").split()),
        "niveau": level if role == "heading" else None,
        "valeurs": choices,
        "boite": box,
    }


def _choices(node: Node, by_id: dict[str, Node]) -> list[str]:
    """A select's options, a group's radio buttons and checkboxes, in order."""
    found = []
    for child in _descendants(node, by_id):
        if _value(child, "role") in CHOICES:
            found.append(" ".join(_value(child, "name").split()))
    return found


def _descendants(node: Node, by_id: dict[str, Node]) -> list[Node]:
    found = []
    for child_id in node.get("childIds", []):
        child = by_id.get(child_id)
        if child is not None:
            found += [child, *_descendants(child, by_id)]
    return found


def _text(node: Node, by_id: dict[str, Node]) -> str:
    """The text a node shows: its StaticText descendants, in order."""
    descendants = _descendants(node, by_id)
    return "".join(_value(child, "name") for child in descendants if _value(child, "role") == "StaticText")


def _value(node: Node, field: str) -> str:
    return str((node.get(field) or {}).get("value") or "")


def _boxes(document: dict[str, Any]) -> dict[int, dict[str, float]]:
    """Each laid-out DOM node's box, in CSS pixels from the page's top left, by its backend id."""
    backend_ids = document["nodes"]["backendNodeId"]
    layout = document["layout"]
    return {
        backend_ids[index]: {"x": x, "y": y, "width": width, "height": height}
        for index, (x, y, width, height) in zip(layout["nodeIndex"], layout["bounds"], strict=True)
    }


def _viewport(session: CDPSession) -> tuple[int, int]:
    """The layout viewport in CSS pixels, for a page opened without a set viewport."""
    metrics = session.send("Page.getLayoutMetrics")["cssLayoutViewport"]
    return int(metrics["clientWidth"]), int(metrics["clientHeight"])
