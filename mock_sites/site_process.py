"""One site served by waitress in a process of its own, so that `serve`'s sites use every core
instead of sharing one interpreter lock: the same few methods the runner calls on a server.

The process is forked once the site's app is built (and every other site's), so it starts with the
run's very objects: its app, the SiteMap, the Clock, the client secrets and keys drawn at build time.
What the sites share while serving lives in the run's SQLite files and files in data_dir (accounts,
mails, the class, the state in force), which every process reads at each request; the SMTP server
stays in the parent. Ctrl-C reaches the parent, which stops each process (SIGTERM); a process whose
parent is gone (killed) stops by itself.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import socket
import sys
import threading
import time
from multiprocessing.process import BaseProcess
from typing import Any

from .waitress_site import WaitressSite

# How often a site's process checks that `serve` (its parent) is still there.
PARENT_POLL_SECONDS = 0.5
# How long a process may take to end after SIGTERM before it is killed.
STOP_TIMEOUT = 5.0


class ProcessSite:
    """A site's waitress server, run in its own forked process on a socket already bound."""

    def __init__(self, name: str, listener: socket.socket) -> None:
        self.name = name
        self.app: Any = None
        self.socket = listener
        self.port: int = listener.getsockname()[1]
        self.process: BaseProcess | None = None

    def serve_forever(self, _poll_interval: float = 0.0) -> None:
        """Start the site's process (from the thread that starts the sites: a fork copies only it)."""
        context = multiprocessing.get_context("fork")
        self.process = context.Process(
            target=_serve, args=(self.app, self.socket, os.getpid()), name=f"site-{self.name}", daemon=True
        )
        self.process.start()

    def shutdown(self) -> None:
        """Ask the process to end (SIGTERM)."""
        if self.process is not None and self.process.is_alive():
            self.process.terminate()

    def server_close(self) -> None:
        """Wait for the process (killed if it does not end in time), then release the socket."""
        if self.process is not None:
            self.process.join(STOP_TIMEOUT)
            if self.process.is_alive():
                self.process.kill()
                self.process.join()
        self.socket.close()


def _serve(app: Any, listener: socket.socket, parent: int) -> None:
    """In the site's process: serve `app` on `listener` until SIGTERM or the parent's end."""
    # Ctrl-C in a terminal reaches every process of the group: the parent alone handles it, and
    # ends the sites' processes itself, so no site stops before the others or prints a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_end_with_parent, args=(parent,), daemon=True).start()
    try:
        server = WaitressSite(listener)
    except Exception as error:
        print(f"mock_sites : le site ne peut pas servir : {type(error).__name__}: {error}", file=sys.stderr)
        os._exit(1)
    server.app = app
    server.serve_forever()


def _end_with_parent(parent: int) -> None:
    """End this process as soon as its parent is gone (killed without stopping its sites)."""
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(0)
