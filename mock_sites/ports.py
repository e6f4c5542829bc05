"""Which first port `serve --port` may take: every site's consecutive port must exist, be
unprivileged and be one Chromium agrees to open (it refuses its "unsafe" ports, ERR_UNSAFE_PORT)."""

from __future__ import annotations

# Chromium's restricted ports from 1024 up (net/base/port_util.cc, kRestrictedPorts); every port
# below 1024 is refused anyway, being privileged.
UNSAFE_PORTS = frozenset(
    {1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669}
    | {6679, 6697, 10080}
)
LOWEST = 1024
HIGHEST = 65535


class PortError(ValueError):
    """A first port that cannot serve every site; the message says which range to pick."""


def check_first_port(first: int, count: int) -> None:
    """Raise PortError unless ports first … first+count-1 are all usable."""
    last = first + count - 1
    if first < LOWEST or last > HIGHEST:
        raise PortError(
            f"--port {first} : les {count} sites prennent des ports consécutifs, qui doivent tenir entre "
            f"{LOWEST} et {HIGHEST} ; choisissez un premier port entre {LOWEST} et {HIGHEST - count + 1}, "
            "ou aucun pour des ports libres"
        )
    refused = sorted(set(range(first, last + 1)) & UNSAFE_PORTS)
    if refused:
        raise PortError(
            f"--port {first} : le port {refused[0]} est refusé par Chromium (ERR_UNSAFE_PORT) ; "
            f"choisissez un premier port au-delà de {refused[-1]}, ou aucun pour des ports libres"
        )
