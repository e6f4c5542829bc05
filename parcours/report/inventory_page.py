"""What the inventory reads in a page where Chromium's accessibility tree is not at hand (Firefox,
WebKit), and whose a page, a mail or an SMS is.

Names there are axe-core's (`axe.commons.text.accessibleText`, the accessible name computation it checks
pages with, bundled by axe-playwright-python), not a hand-made one: a label, aria-label, aria-labelledby,
a button's text or an image's alt give the name a person hears from a screen reader.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from parcours_mock_sites.rules import all_rules

from ..inventory import Box, Element

# Elements a tutorial names, by ARIA role, and the visible texts around them; one evaluation, in a
# document where axe-core is (null where it is not, so the caller sends it along).
INVENTORY_SCRIPT = """() => {
  if (typeof axe === "undefined") return null;
  const roles = {A: "link", BUTTON: "button", SELECT: "combobox", TEXTAREA: "textbox", SUMMARY: "button",
                 H1: "heading", H2: "heading", H3: "heading", H4: "heading", H5: "heading", H6: "heading",
                 FIELDSET: "group", IMG: "img"};
  const inputRoles = {checkbox: "checkbox", radio: "radio", submit: "button", button: "button",
                      reset: "button", image: "button", file: "button", search: "searchbox",
                      number: "spinbutton", range: "slider", hidden: null};
  const kept = new Set(["link", "button", "combobox", "textbox", "searchbox", "spinbutton", "slider",
    "checkbox", "radio", "switch", "heading", "group", "radiogroup", "tab", "menuitem", "option",
    "img", "alert", "status", "dialog"]);
  const text = axe.commons.text;
  const shown = (e) => {
    const r = e.getBoundingClientRect();
    const visible = !e.checkVisibility || e.checkVisibility({visibilityProperty: true});
    return r.width > 0 && r.height > 0 && visible;
  };
  const roleOf = (e) => e.getAttribute("role") ||
    (e.tagName === "INPUT" ? (e.type in inputRoles ? inputRoles[e.type] : "textbox") : roles[e.tagName]);
  const clean = (s) => (s || "").replace(/\\s+/g, " ").trim();
  const described = (e) => clean((e.getAttribute("aria-describedby") || "").split(/\\s+/)
    .map((id) => document.getElementById(id)).filter(Boolean).map((d) => d.innerText).join(" "))
    || clean(e.getAttribute("title"));
  const choices = (e) => e.tagName === "SELECT" ? [...e.options].map((o) => clean(o.text))
    : [...e.querySelectorAll("input[type=radio], input[type=checkbox], [role=radio]")]
        .map((choice) => clean(text.accessibleText(choice)));
  axe.setup(document);
  const elements = [];
  const named = "a[href], button, input, select, textarea, summary, h1, h2, h3, h4, h5, h6, fieldset, " +
    "img[alt]:not([alt='']), [role]";
  try {
    for (const e of document.querySelectorAll(named)) {
      const role = roleOf(e);
      if (!kept.has(role) || !shown(e)) continue;
      const r = e.getBoundingClientRect();
      const level = role === "heading" ? Number(e.getAttribute("aria-level") || e.tagName.slice(1)) : 0;
      elements.push({role, nom: clean(text.sanitize(text.accessibleText(e))), aide: described(e),
        niveau: level || null, valeurs: ["combobox", "group", "radiogroup"].includes(role) ? choices(e) : [],
        boite: {x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height}});
    }
  } finally {
    axe.teardown();
  }
  const textes = [...document.querySelectorAll("p, li, dt, dd, td, th, legend, label, caption, figcaption")]
    .filter(shown).map((e) => clean(e.innerText)).filter(Boolean);
  return {titre: document.title, largeur: innerWidth, hauteur: innerHeight, elements, textes};
}"""
LOCAL_SUFFIX = ".localhost"
# Query parameters drawn afresh on each run (OpenID Connect's state, nonce, code): without them, the
# same page of two runs or two workers is one state of the inventory.
VOLATILE = frozenset({"state", "nonce", "code", "code_challenge", "session_state", "iss"})
PORT = re.compile(r"(localhost)(?::|%3A)\d+", re.IGNORECASE)


def element(found: dict[str, Any]) -> Element:
    """An element as INVENTORY_SCRIPT found it."""
    box = found.get("boite")
    return Element(
        role=found["role"],
        nom=found["nom"],
        boite=Box(**box) if box else None,
        niveau=found.get("niveau"),
        aide=found.get("aide", ""),
        valeurs=tuple(found.get("valeurs", ())),
    )


def stable_path(url: str) -> str:
    """The address's path and query, without what changes from run to run (ports, OIDC nonces)."""
    parts = urlsplit(url)
    query = [(key, PORT.sub(r"\1", value)) for key, value in parse_qsl(parts.query) if key not in VOLATILE]
    return parts.path + (f"?{urlencode(query)}" if query else "")


def site_of_host(host: str) -> str:
    """The catalogue's name of a bundled site (`impots.localhost` → "impots"); another host as is."""
    return host.removesuffix(LOCAL_SUFFIX)


@cache
def _senders() -> dict[str, str]:
    """Each sender a site declares in its rules (kind "courriel", key ending in "expediteur")."""
    return {
        str(rule.value).lower(): rule.site
        for rule in all_rules()
        if rule.kind == "courriel" and rule.key.endswith("expediteur")
    }


def site_of_sender(sender: str) -> str:
    """The site a mail or SMS comes from, by the senders the sites declare; else the sender's domain."""
    plain = sender.lower().strip()
    address = plain.rpartition("<")[2].strip(">").strip()
    for declared, site in _senders().items():
        if declared in (plain, address) or declared.rpartition("<")[2].strip(">") == address:
            return site
    return address.rpartition("@")[2]
