"""Reading a person's mailbox at the webmail: each mail's sender, subject, text and links."""

from __future__ import annotations

import re
from contextlib import closing
from dataclasses import dataclass
from html.parser import HTMLParser

from ..common.storage import connect
from ..messagerie.mailbox import Mail as StoredMail
from ..messagerie.mailbox import inbox
from ..runner import RunningSites
from .sites import database_of

URL = re.compile(r"https?://\S+")


@dataclass(frozen=True)
class Link:
    """A link of a mail: what it reads, where it goes."""

    text: str
    url: str


@dataclass(frozen=True)
class Mail:
    """One mail as its recipient reads it."""

    sender: str
    subject: str
    text: str
    links: tuple[Link, ...]
    received_at: float  # the shared clock's timestamp

    def link(self, text: str) -> Link:
        """The link reading `text`; a missing one lists those the mail has."""
        for link in self.links:
            if link.text == text:
                return link
        known = ", ".join(f"« {link.text} »" for link in self.links) or "aucun"
        raise LookupError(f"lien « {text} » absent du courriel « {self.subject} » (liens : {known})")


class _LinkParser(HTMLParser):
    """Collects the <a href> of an HTML body with their visible text."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[Link] = []
        self._href: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._href, self._text = dict(attrs).get("href"), []

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            self.links.append(Link(" ".join("".join(self._text).split()), self._href))
            self._href = None


def links_of(stored: StoredMail) -> tuple[Link, ...]:
    """The links of the HTML body, or the bare addresses of a text-only mail (text = address)."""
    if stored.html_body is None:
        return tuple(Link(url, url) for url in URL.findall(stored.text_body))
    parser = _LinkParser()
    parser.feed(stored.html_body)
    return tuple(parser.links)


def read_mailbox(sites: RunningSites, address: str) -> list[Mail]:
    """The mails of `address`, newest first."""
    with closing(connect(database_of(sites, "messagerie"))) as db:
        stored = inbox(db, address)
    return [Mail(m.sender, m.subject, m.text_body, links_of(m), m.received_at) for m in stored]
