"""The security headers every site sends: no sniffing, no framing by another origin, no full
referrer leaving the site. A site may send a stricter Content-Security-Policy of its own."""

from __future__ import annotations

from flask import Flask
from werkzeug.wrappers import Response

BASE_POLICY = "frame-ancestors 'none'"
# The webmail shows what any SMTP client sent: nothing in it may run, load, or post elsewhere.
STRICT_POLICY = (
    "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


def add_security_headers(app: Flask, policy: str = BASE_POLICY) -> None:
    """Send the headers on every answer of `app`, with this Content-Security-Policy."""

    @app.after_request
    def secure(response: Response) -> Response:
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("Content-Security-Policy", policy)
        return response
