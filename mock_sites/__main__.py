"""`python -m mock_sites serve`: every mock site on loopback, one line per site, until Ctrl-C."""

from __future__ import annotations

import argparse
import secrets
import sys
import threading

from .runner import SiteStartError, start_sites


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line of `python -m mock_sites`."""
    parser = argparse.ArgumentParser(
        prog="python -m mock_sites", description="Parcours mock sites (loopback only)."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="start every site and serve until Ctrl-C")
    serve.add_argument("--port", type=int, default=None, help="first port (default: free ports)")
    serve.add_argument("--seed", default=None, help="seed of the generated test data")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the command; returns the exit status."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    seed = args.seed or secrets.token_hex(4)
    try:
        running = start_sites(seed, first_port=args.port)
    except SiteStartError as error:
        print(f"mock_sites : {error}.", file=sys.stderr)
        return 2
    print(f"# seed {seed} — sites fictifs, sur la boucle locale uniquement", flush=True)
    for name in running.servers:
        print(f"{name} {running.url(name)}", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        running.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
