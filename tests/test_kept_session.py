"""The back channels' kept HTTP sessions (no proxy from the environment, no cookie, one per process),
and `serve`'s templates compiled at start-up."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from authlib.integrations.requests_client import OAuth2Session

from mock_sites.common.kept_session import KeptSession, ThreadSessions
from mock_sites.runner import start_sites


class _SetsCookie(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        body = (self.headers.get("Cookie") or "aucun").encode()
        self.send_response(200)
        self.send_header("Set-Cookie", "traceur=1; Path=/")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    """A loopback server that sets a cookie and echoes the one it got."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _SetsCookie)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def test_a_kept_session_reads_no_proxy_and_keeps_no_cookie(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A proxy in the environment would swallow every back channel: it must not be read.
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("NO_PROXY", "")
    session = KeptSession()
    assert session.get().get(server, timeout=5).text == "aucun"
    assert session.get().get(server, timeout=5).text == "aucun"  # the cookie set before is not sent
    assert session.get() is session.get()  # kept from one call to the next


def test_a_forked_process_opens_its_own_session() -> None:
    session = KeptSession()
    first = session.get()
    child = os.fork()
    if child == 0:  # the child: its own session, not its parent's pooled connections
        os._exit(0 if session.get() is not first and session.get() is session.get() else 1)
    _pid, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert session.get() is first


def test_each_thread_has_its_own_oauth_session() -> None:
    sessions = ThreadSessions(lambda: OAuth2Session("client"))
    mine = sessions.get()
    assert mine is sessions.get() and mine.trust_env is False
    other: list[OAuth2Session] = []
    thread = threading.Thread(target=lambda: other.append(sessions.get()))
    thread.start()
    thread.join()
    assert other[0] is not mine


def test_serve_compiles_every_template_at_start_up() -> None:
    running = start_sites("gabarits", names=["messagerie", "telephone"], production=True)
    try:
        for app in running.apps.values():
            cache = app.jinja_env.cache
            assert cache is not None
            compiled = {name for _loader, name in cache}
            assert compiled == set(app.jinja_env.list_templates())
    finally:
        running.stop()
