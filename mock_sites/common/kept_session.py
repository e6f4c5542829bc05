"""The HTTP sessions of the back channels: kept from one call to the next (its pooled connections
too), never reading a proxy from the environment (every back channel stays on loopback), and
carrying no cookie, as the former one-session-per-call `requests.get/post` carried none.

A session belongs to one process: a process forked from another (serve's site processes) opens its
own on first use, so no pooled connection is ever shared between two processes.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from http.cookiejar import DefaultCookiePolicy
from typing import Generic, TypeVar

import requests
from requests.adapters import HTTPAdapter

# Connections kept per site called: waitress serves each site with 16 threads.
POOL_SIZE = 32
Session = TypeVar("Session", bound=requests.Session)


def prepared(session: Session) -> Session:
    """`session` for back channels: no proxy or netrc from the environment, no cookie kept."""
    session.trust_env = False
    session.cookies.set_policy(DefaultCookiePolicy(allowed_domains=[]))
    adapter = HTTPAdapter(pool_connections=16, pool_maxsize=POOL_SIZE)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


class KeptSession:
    """One `requests.Session` per process, shared by its threads (requests' pool is thread-safe;
    with no cookie kept, no call leaves state for the next)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._session: requests.Session | None = None
        self._pid = 0

    def get(self) -> requests.Session:
        """This process's session, opened on first use."""
        with self._lock:
            if self._session is None or self._pid != os.getpid():
                self._session, self._pid = prepared(requests.Session()), os.getpid()
            return self._session


class ThreadSessions(Generic[Session]):
    """One session per thread and process, for a session that keeps state between the calls of one
    exchange (Authlib's OAuth2Session keeps the token it fetched)."""

    def __init__(self, factory: Callable[[], Session]) -> None:
        self._factory = factory
        self._local = threading.local()

    def get(self) -> Session:
        """This thread's session, opened on first use."""
        local = self._local
        if getattr(local, "pid", None) != os.getpid():
            local.session, local.pid = prepared(self._factory()), os.getpid()
        session: Session = local.session
        return session
