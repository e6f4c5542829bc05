"""One site served by waitress, the production WSGI server `serve` runs (the test harness keeps
Werkzeug's, which starts and stops faster): the same few methods the runner calls on Werkzeug's."""

from __future__ import annotations

import socket
from typing import Any

from waitress.server import create_server

# Thirty learners each load a page and its redirects at once: enough threads that none waits long.
THREADS = 16
# Over-long addresses reach the app, which answers a French 414 page (common/error_pages.py);
# waitress's own (English) refusal only comes past this size.
MAX_HEADER_BYTES = 1 << 20


class WaitressSite:
    """A waitress server on a socket already bound, serving whichever app `app` is set to."""

    def __init__(self, listener: socket.socket) -> None:
        self.app: Any = None
        self.socket = listener
        self.port: int = listener.getsockname()[1]
        self._server = create_server(
            self._dispatch,
            sockets=[listener],
            threads=THREADS,
            max_request_header_size=MAX_HEADER_BYTES,
            ident="mock_sites",
            clear_untrusted_proxy_headers=True,
        )

    def _dispatch(self, environ: dict[str, Any], start_response: Any) -> Any:
        """The app the runner set once every site's address was known."""
        return self.app(environ, start_response)

    def serve_forever(self, _poll_interval: float = 0.0) -> None:
        """Serve until shutdown()."""
        self._server.run()

    def shutdown(self) -> None:
        """Stop serving: no new connection is accepted, the loop ends."""
        self._server.close()

    def server_close(self) -> None:
        """Release the worker threads and the socket."""
        self._server.task_dispatcher.shutdown(cancel_pending=True, timeout=1)
        self.socket.close()
