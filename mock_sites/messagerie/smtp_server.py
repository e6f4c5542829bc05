"""The run's SMTP server on loopback (aiosmtpd): every mail the sites send lands in the webmail."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope

from ..common.clock import Clock
from ..common.storage import connect
from .mailbox import SCHEMA, store


class _StoreInMailbox:
    def __init__(self, database: Path, clock: Clock) -> None:
        self.database = database
        self.clock = clock

    async def handle_DATA(self, server: Any, session: Any, envelope: Envelope) -> str:  # noqa: N802
        content = envelope.original_content or b""
        with connect(self.database) as db:
            store(db, content, [str(r) for r in envelope.rcpt_tos], self.clock.now())
        return "250 Message accepted for delivery"


def free_port() -> int:
    """A port nobody listens on right now (aiosmtpd needs a number before it binds)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def start_smtp_server(database: Path, clock: Clock, port: int | None = None) -> Controller:
    """Start the SMTP server on 127.0.0.1; mails are stored in `database`."""
    with connect(database) as db:
        db.executescript(SCHEMA)
    controller = Controller(
        _StoreInMailbox(database, clock),
        hostname="127.0.0.1",
        # The name it greets with: given, so that no connection looks the machine's name up.
        server_hostname="localhost",
        port=port or free_port(),
        enable_SMTPUTF8=True,
    )
    controller.start()
    return controller
